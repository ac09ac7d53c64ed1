"""Replicas for sync tests: copies of one initialised data folder, each with its own device id, exchanging
in-memory change lists. A module of its own (not conftest) so that test files can import it by name: every test
folder has a conftest, and ``from conftest import`` picks whichever was loaded first."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import select

from caseapp import paths
from caseapp.domain.sync_protocol import ApplyResult, Change, Keep
from caseapp.services import cases, entries, sync_apply, sync_log
from caseapp.storage.models import ServiceEntry

PASSPHRASE = "테스트 암호 correct-horse"


@dataclass
class Replica:
    name: str
    folder: Path
    vault: Any = None

    @contextmanager
    def use(self) -> Iterator[Any]:
        """Make this replica's folder the data folder for what runs inside (device id, audit files, registry)."""
        with paths.using_data_dir(self.folder):
            yield self.vault

    def vector(self) -> dict[str, int]:
        with self.use(), self.vault.session() as s:
            return sync_log.local_vector(s)

    def missing_for(self, other: "Replica") -> list[Change]:
        have = other.vector()
        with self.use(), self.vault.session() as s:
            return sync_log.changes_missing(s, have)

    def receive(self, changes: list[Change], source: str = "peer") -> ApplyResult:
        with self.use():
            with self.vault.session(write=True) as s:
                result = sync_apply.apply(s, changes, source_device=source)
            sync_apply.after_commit(self.vault, result)
        return result

    def pull(self, other: "Replica") -> ApplyResult:
        return self.receive(other.missing_for(self), other.name)

    def conflicts(self) -> list[Any]:
        with self.use(), self.vault.session() as s:
            return sync_apply.open_conflicts(s, "ko")

    def resolve(self, conflict_id: str, keep: Keep, value: Any = None) -> None:
        with self.use(), self.vault.session(write=True) as s:
            sync_apply.resolve(s, conflict_id, keep, value, actor=self.vault.actor)

    # The writes and reads most sync tests make on a replica.
    def open_case(self, name: str, **client: Any) -> Any:
        with self.use():
            return cases.open_case(self.vault, {"name": name, **client}, {"presenting_request": f"{name}의 주거 문제"})

    def add_entry(self, case_id: str, text: str, sign: bool = False) -> Any:
        with self.use():
            return entries.add_service_entry(self.vault, case_id, "counselling", text, occurred_on="2026-11-02",
                                             sign=sign)

    def edit_entry(self, entry_id: str, text: str) -> None:
        with self.use():
            entries.edit(self.vault, "service_entry", entry_id, {"text": text})

    def entry_texts(self) -> dict[str, str]:
        """Service entry id -> text, as this replica holds them."""
        with self.use(), self.vault.session() as s:
            return {e.id: e.text for e in s.exec(select(ServiceEntry)).all()}

    def sql(self, sql: str, *params: object) -> list[tuple[Any, ...]]:
        """Rows of one raw statement on this replica's file (committed)."""
        with self.use(), self.vault.engine.begin() as conn:
            result = conn.exec_driver_sql(sql, params) if params else conn.exec_driver_sql(sql)
            return [tuple(x) for x in result] if result.returns_rows else []

    def migrate_down(self, revision: str) -> None:
        from alembic import command

        from caseapp.storage import migrate
        with self.use(), self.vault.engine.begin() as conn:
            command.downgrade(migrate.alembic_config(conn), revision)

    def migrate_up(self) -> None:
        from caseapp.storage import migrate
        with self.use():
            migrate.upgrade(self.vault.engine)

    def stored_changes(self) -> list[sync_log.StoredChange]:
        """The log's rows as the text they stand for (:func:`sync_log.stored_changes`)."""
        with self.use(), self.vault.session() as s:
            return sync_log.stored_changes(sync_log.cursor(s))

    def close(self) -> None:
        with self.use():
            self.vault.close()


def exchange_all(reps: list[Replica], rounds: int = 1) -> None:
    """Every replica pulls from every other: the first collects everything, the others then get it all from it."""
    for _ in range(rounds):
        for a in reps:
            for b in reps:
                if a is not b:
                    a.pull(b)
