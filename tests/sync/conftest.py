"""Replicas for sync tests: copies of one initialised data folder (like a second machine set up from the first),
each with its own device id, exchanging in-memory change lists (bundle files are the transport's own tests)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from caseapp import paths
from caseapp.domain.sync_protocol import ApplyResult, Change, Keep
from caseapp.services import sync_apply, sync_log

PASSPHRASE = "테스트 암호 correct-horse"


@dataclass
class Replica:
    name: str
    folder: Path
    vault: Any = None

    @contextmanager
    def use(self) -> Iterator[Any]:
        """Make this replica's folder the data folder for what runs inside (device id, audit files, registry)."""
        before = paths.data_dir_override()
        paths.set_data_dir(self.folder)
        try:
            yield self.vault
        finally:
            paths.set_data_dir(before)

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

    def close(self) -> None:
        with self.use():
            self.vault.close()


@pytest.fixture
def replicas(tmp_path: Path) -> Iterator[Any]:
    from caseapp.services.setup import initialise
    from caseapp.services.vault import Vault
    made: list[Replica] = []
    first = tmp_path / "r0"

    def make(n: int) -> list[Replica]:
        paths.set_data_dir(first)
        vault, _ = initialise(PASSPHRASE, "김사회", "행복종합사회복지관")
        vault.close()
        for i in range(1, n):
            target = tmp_path / f"r{i}"
            shutil.copytree(first, target)
            (target / paths.device_id_file().name).unlink()
        for i in range(n):
            replica = Replica(f"r{i}", tmp_path / f"r{i}")
            with replica.use():
                replica.vault = Vault.open(PASSPHRASE)
            made.append(replica)
        paths.set_data_dir(None)
        return made

    yield make
    for replica in made:
        replica.close()
    paths.set_data_dir(None)


def exchange_all(reps: list[Replica], rounds: int = 2) -> None:
    """Every replica pulls from every other, twice round (so relayed changes arrive everywhere)."""
    for _ in range(rounds):
        for a in reps:
            for b in reps:
                if a is not b:
                    a.pull(b)
