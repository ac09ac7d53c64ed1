"""Destruction (파기) of a demo case holding every kind of record, the first time and again when the open puts a
destruction back (an older backup restored after it): the deletes follow the models' foreign keys, so no record kind
is missed (the budget lines of an assessment once were: FOREIGN KEY constraint failed, and every later open failed
with it). An open whose put-back fails still opens, says what failed, and loses nothing."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest
import sqlalchemy.exc
from sqlmodel import SQLModel, select, text

from caseapp.services import backup, demo_data, destruction, registers
from caseapp.services.vault import Vault
from caseapp.storage import audit_codes, case_keys
from caseapp.storage.models import Assessment, BudgetLine, Case, Client

from .conftest import PASSPHRASE


def _rows_of(vault: Any, case_id: str) -> dict[str, int]:
    """Rows of every table reached from the case by foreign keys (what destruction must remove), by table."""
    found: dict[str, int] = {}
    with vault.session() as s:
        reached = {"case": {case_id}}
        for _ in range(6):  # deeper than any chain of the schema
            for table in SQLModel.metadata.sorted_tables:
                if table.name == "case":
                    continue
                for fk in table.foreign_keys:
                    parents = reached.get(fk.column.table.name)
                    if parents:
                        ids = set(s.exec(select(table.c.id).where(fk.parent.in_(sorted(parents)))).all())
                        reached.setdefault(table.name, set()).update(ids)
        for name, ids in reached.items():
            if name != "case" and ids:
                found[name] = len(ids)
    return found


def _richest_demo_case(vault: Any) -> str:
    demo_data.generate(vault, 14, seed=5)
    with vault.session() as s:
        with_budget = set(s.exec(select(Assessment.case_id).join(BudgetLine,
                                                                  BudgetLine.assessment_id == Assessment.id)).all())
    best = max(sorted(with_budget), key=lambda cid: len(_rows_of(vault, cid)))
    kinds = _rows_of(vault, best)
    # The kinds the demo generator makes, the nested ones included, so the test covers them all.
    assert {"assessment", "needrating", "budgetline", "goal", "goalscore", "serviceentry", "monitoringreview",
            "caseconference"} <= kinds.keys(), kinds
    return best


def _derived_rows(vault: Any, case_id: str) -> dict[str, bool]:
    """Whether the tables that name the case without a foreign key (search index, sync log, summary) hold it."""
    with vault.session() as s:
        conn = s.connection()
        # searchdoc (migration 0027) and casesummary (0030) keep a canonical case id as its 16 bytes
        found = {table: bool(conn.execute(text(f"SELECT count(*) FROM {table} WHERE case_id = :c"),
                                          {"c": stored}).scalar())
                 for table, stored in (("searchdoc", uuid.UUID(case_id).bytes), ("casesummary", case_keys.key(case_id)))}
        # the log and the search index keep a canonical case id as its 16 bytes (migrations 0025 and 0027)
        found["syncchange"] = bool(conn.execute(text("SELECT count(*) FROM syncchange WHERE case_id = :c"),
                                                {"c": uuid.UUID(case_id).bytes}).scalar())
        return found


def _client_name(vault: Any, case_id: str) -> str:
    with vault.session() as s:
        return s.get(Client, s.get(Case, case_id).client_id).name


def test_a_demo_case_with_every_record_kind_is_destroyed_completely(vault) -> None:  # type: ignore[no-untyped-def]
    doomed = _richest_demo_case(vault)
    before = _rows_of(vault, doomed)
    assert _derived_rows(vault, doomed) == {"searchdoc": True, "syncchange": True, "casesummary": True}
    report = destruction.destroy_case(vault, doomed, "보존기간 경과", require_closed=False)
    assert _rows_of(vault, doomed) == {}
    assert {k: v for k, v in report.counts.items() if k in before} == before  # the register counts every kind
    assert [k for k in report.counts if k not in registers.DATA_KINDS] == []  # and names each in words
    assert "budgetline" not in registers.kinds_text(report.kinds(), "ko")
    assert _client_name(vault, doomed) == destruction.DESTROYED_CLIENT_NAME  # its client has no other case
    assert destruction.personal_data_left(vault) == []
    with vault.session() as s:
        conn = s.connection()
        assert conn.execute(text("SELECT count(*) FROM searchdoc WHERE case_id = :c OR case_id = :t"),
                            {"c": uuid.UUID(doomed).bytes, "t": doomed}).scalar() == 0
        unscrubbed = conn.execute(text("SELECT count(*) FROM syncchange WHERE case_id = :c AND op != 'destroy' "
                                       "AND scrubbed = 0"), {"c": doomed}).scalar()
        assert unscrubbed == 0
        assert conn.execute(text("SELECT count(*) FROM casesummary WHERE case_id = :c"),
                            {"c": case_keys.key(doomed)}).scalar() == 0
        assert conn.execute(text("PRAGMA foreign_key_check")).all() == []


def test_the_open_destroys_again_a_demo_case_an_older_backup_brought_back(vault) -> None:  # type: ignore[no-untyped-def]
    doomed = _richest_demo_case(vault)
    before = _rows_of(vault, doomed)
    older = backup.create_backup(vault, "manual").info.path
    destruction.destroy_case(vault, doomed, "보존기간 경과", require_closed=False)

    restored = backup.restore_backup(older, vault=vault, passphrase=PASSPHRASE).vault  # the open puts it back
    try:
        assert _rows_of(restored, doomed) == {} and before
        assert destruction.personal_data_left(restored) == []
        assert "destruction_not_reapplied" not in [w.code for w in restored.warnings]
        with restored.session() as s:
            assert s.get(Case, doomed).destroyed_at is not None
            assert s.connection().execute(text("PRAGMA foreign_key_check")).all() == []
    finally:
        restored.close()


def test_the_open_destroys_a_demo_case_the_registry_lists_and_the_file_holds(vault) -> None:  # type: ignore[no-untyped-def]
    """The registry and the file out of step as h4 found them (the registry written, the file not yet destroyed):
    the open used to fail with FOREIGN KEY constraint failed on the assessments, on every open."""
    doomed = _richest_demo_case(vault)
    others = {cid: _rows_of(vault, cid) for cid in _case_ids(vault) if cid != doomed}
    vault.close()
    destruction.registry_file().write_text(json.dumps([{"case_id": doomed, "destroyed_at": "2026-11-30T09:00:00",
                                                         "compacted": False}]), encoding="utf-8")
    reopened = Vault.open(PASSPHRASE)
    try:
        assert _rows_of(reopened, doomed) == {} and destruction.personal_data_left(reopened) == []
        assert {cid: _rows_of(reopened, cid) for cid in others} == others
        assert not destruction.compaction_pending()
    finally:
        reopened.close()


def test_an_open_whose_put_back_fails_still_opens_says_so_and_loses_nothing(vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    doomed = _richest_demo_case(vault)
    with vault.session() as s:
        number = s.get(Case, doomed).case_number
    others = {cid: _rows_of(vault, cid) for cid in _case_ids(vault) if cid != doomed}
    older = backup.create_backup(vault, "manual").info.path
    destruction.destroy_case(vault, doomed, "보존기간 경과", require_closed=False)
    real = destruction.destroy_case

    def failing(*args: Any, **kwargs: Any) -> Any:
        raise sqlalchemy.exc.IntegrityError("DELETE FROM assessment", {}, Exception("FOREIGN KEY constraint failed"))
    monkeypatch.setattr(destruction, "destroy_case", failing)
    restored = backup.restore_backup(older, vault=vault, passphrase=PASSPHRASE).vault
    try:
        [notice] = [w for w in restored.warnings if w.code == "destruction_not_reapplied"]
        assert number in notice.ko and number in notice.en and "caseapp check" in notice.en
        assert destruction.personal_data_left(restored) == [number]  # check says so until it is done
        assert {cid: _rows_of(restored, cid) for cid in others} == others  # every other case is intact
    finally:
        restored.close()

    monkeypatch.setattr(destruction, "destroy_case", real)
    reopened = Vault.open(PASSPHRASE)  # the next open tries again, and now succeeds
    try:
        assert _rows_of(reopened, doomed) == {} and destruction.personal_data_left(reopened) == []
        assert "destruction_not_reapplied" not in [w.code for w in reopened.warnings]
    finally:
        reopened.close()


def _case_ids(vault: Any) -> list[str]:
    with vault.session() as s:
        return list(s.exec(select(Case.id)).all())


@pytest.mark.parametrize("table", [t.name for t in SQLModel.metadata.sorted_tables if t.foreign_keys])
def test_the_models_foreign_keys_are_the_files(vault, table: str) -> None:  # type: ignore[no-untyped-def]
    """Destruction derives its deletes from the models' foreign keys: the migrated file must enforce no other."""
    model = SQLModel.metadata.tables[table]
    declared = {(fk.parent.name, fk.column.table.name, fk.column.name) for fk in model.foreign_keys}
    with vault.session() as s:
        rows = s.connection().exec_driver_sql(f'PRAGMA foreign_key_list("{table}")').all()
    assert {(r[3], r[2], r[4]) for r in rows} == declared
    assert [c.name for c in model.primary_key.columns] == ["id"]  # destruction deletes by id
    assert table in registers.DATA_KINDS or not _reaches_case(model)  # the register has a word for what goes


def _reaches_case(table: Any, seen: frozenset[str] = frozenset()) -> bool:
    if table.name in seen:
        return False
    return any(fk.column.table.name == "case" or _reaches_case(fk.column.table, seen | {table.name})
               for fk in table.foreign_keys)


def test_an_open_whose_later_repair_fails_still_opens_and_the_next_open_finishes_it(vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sqlcipher3

    from caseapp.services import case_summaries, restore_journal
    doomed = _richest_demo_case(vault)
    older = backup.create_backup(vault, "manual").info.path
    destruction.destroy_case(vault, doomed, "보존기간 경과", require_closed=False)
    real = case_summaries.refresh_stale

    def failing(v: Any) -> int:
        raise sqlcipher3.IntegrityError("UNIQUE constraint failed: casesummary.case_id")
    monkeypatch.setattr(case_summaries, "refresh_stale", failing)
    restored = backup.restore_backup(older, vault=vault, passphrase=PASSPHRASE).vault
    try:
        assert "repair_incomplete" in [w.code for w in restored.warnings]
        assert _rows_of(restored, doomed) == {}  # the destruction before it was put back all the same
        assert restore_journal.pending_note() is not None  # the restore's record waits for the next open
    finally:
        restored.close()

    monkeypatch.setattr(case_summaries, "refresh_stale", real)
    reopened = Vault.open(PASSPHRASE)
    try:
        assert "repair_incomplete" not in [w.code for w in reopened.warnings]
        assert restore_journal.pending_note() is None
        with reopened.session() as s:
            restores = s.connection().execute(text("SELECT count(*) FROM auditevent WHERE action = :a"),
                                              {"a": audit_codes.stored(audit_codes.ACTIONS, "restore")})  # a code
            assert restores.scalar() == 1
    finally:
        reopened.close()
