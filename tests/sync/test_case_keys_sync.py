"""Sync across migration 0030 (the case tables' keys as 16 bytes): the changes a file sends are the same text
before and after its migration, as a 0029 file sent them; a migrated file and a fresh one exchange records both
ways and hold the same rows, each storing what it received in the compact form."""

from __future__ import annotations

import json
from typing import Any

from alembic import command
from sqlalchemy import select

from caseapp.domain.sync_protocol import Change
from caseapp.services import cases, entries, sync_log
from caseapp.storage import case_keys, migrate
from caseapp.storage.models import SQLModel

from sync_replicas import Replica  # type: ignore[import-not-found]


def _migrate_through_0029(replica: Replica) -> None:
    with replica.use():
        with replica.vault.engine.begin() as conn:
            command.downgrade(migrate.alembic_config(conn), "0029")
        migrate.upgrade(replica.vault.engine)


def _synced_rows(replica: Replica) -> dict[str, list[str]]:
    with replica.use(), replica.vault.session() as s:
        return {t.name: sorted(repr(tuple(r)) for r in s.execute(select(t)))
                for t in SQLModel.metadata.sorted_tables if sync_log.is_synced(t.name) and t.name != "syncsetting"}


def _all_text(changes: list[Change]) -> None:
    """What travels: ids as canonical text, no key column's value as bytes (``{"$hex": ...}``)."""
    for c in changes:
        assert isinstance(c.row_id, str) and len(c.row_id) == 36
        assert c.case_id is None or (isinstance(c.case_id, str) and len(c.case_id) == 36)
        for name, value in c.fields.items():
            if case_keys.is_key_column(name):
                assert value is None or isinstance(value, str), (c.table, name, value)


def _stored_kinds(replica: Replica, table: str, column: str) -> set[str]:
    with replica.use(), replica.vault.engine.connect() as conn:
        return {r[0] for r in conn.exec_driver_sql(f'SELECT DISTINCT typeof("{column}") FROM "{table}"')}


def test_a_migrated_file_and_a_fresh_one_exchange_text_and_store_bytes(replicas: Any) -> None:
    r0, r1 = replicas(2)
    with r0.use():
        case = cases.open_case(r0.vault, {"name": "이영희", "phone": "010-2222-3333"},
                               {"presenting_request": "주거비 부담"})
        entry = entries.add_service_entry(r0.vault, case.id, "counselling", "첫 상담: 월세 체납 3개월")
    sent_before = r0.missing_for(r1)
    _all_text(sent_before)
    inserted = next(c for c in sent_before if c.table == "serviceentry" and c.row_id == entry.id)
    assert inserted.fields["case_id"] == case.id and inserted.case_id == case.id

    _migrate_through_0029(r0)
    assert r0.missing_for(r1) == sent_before  # the log and what it sends are the text they were

    r1.pull(r0)
    assert _synced_rows(r1) == _synced_rows(r0)
    assert _stored_kinds(r1, "serviceentry", "case_id") == {"blob"}  # received text, stored compact
    with r1.use():
        assert [e.text for e in cases.snapshot(r1.vault, case.id).services] == ["첫 상담: 월세 체납 3개월"]
        later = entries.add_service_entry(r1.vault, case.id, "information", "주거급여 신청 안내")
        entries.edit(r1.vault, "service_entry", entry.id, {"text": "첫 상담: 월세 체납 4개월"})
    back = r1.missing_for(r0)
    _all_text(back)
    r0.pull(r1)
    assert _synced_rows(r0) == _synced_rows(r1)
    with r0.use():
        texts = [e.text for e in cases.snapshot(r0.vault, case.id).services]
    assert sorted(texts) == sorted(["첫 상담: 월세 체납 4개월", "주거급여 신청 안내"])
    with r0.use(), r0.vault.session() as s:
        logged = [c for c in sync_log.stored_changes(sync_log.cursor(s)) if c[4] == later.id]
    assert logged and json.loads(logged[0][6])["case_id"] == case.id
    assert r0.conflicts() == [] and r1.conflicts() == []
