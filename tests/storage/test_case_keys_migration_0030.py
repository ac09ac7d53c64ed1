"""Migration 0030 stores the case tables' UUID keys as 16 bytes: a file comes through up, down and up again with
every row as the code reads it, the change log, and every representative read (case list, whole cases, search,
statistics, the CLI's JSON) exactly as a file written at 0030 from the start gives them; the downgrade writes the
very text back; writes after it (ORM and raw SQL) keep the change log's values text."""

from __future__ import annotations

import json
from typing import Any

import pytest
from alembic import command
from sqlalchemy import select
from sqlmodel import SQLModel

from caseapp.services import cases, demo_data, destruction, entries, search, sync_log
from caseapp.storage import case_keys, migrate
from caseapp.storage.compact_values import uuid_read, uuid_stored
from caseapp.storage.models import UuidText

WINDOW = ("--from", "2024-01-01", "--to", "2027-12-31")


def _migration() -> Any:
    import importlib
    return importlib.import_module("caseapp.storage.migrations.versions.0030_compact_case_keys")


def _to(vault: Any, revision: str) -> None:
    with vault.engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), revision)


def _up(vault: Any) -> None:
    migrate.upgrade(vault.engine)


def _sql(vault: Any, sql: str, *params: object) -> list[tuple[Any, ...]]:
    with vault.engine.begin() as conn:
        result = conn.exec_driver_sql(sql, params) if params else conn.exec_driver_sql(sql)
        return [tuple(r) for r in result] if result.returns_rows else []


def _raw_tables(vault: Any) -> dict[str, list[dict[str, Any]]]:
    """Every key table as stored (``SELECT *``), sorted."""
    out = {}
    with vault.engine.connect() as conn:
        for table in case_keys.KEY_COLUMNS:
            result = conn.exec_driver_sql(f'SELECT * FROM "{table}"')
            names = list(result.keys())
            out[table] = sorted((dict(zip(names, r)) for r in result), key=repr)
    return out


# Written by the reads themselves (each CLI command is an access record): not touched by 0030, not compared.
_GROWING = ("auditevent", "accessnote", "meta")


def _orm_rows(vault: Any) -> dict[str, list[str]]:
    """Every table's rows as the ORM reads them, and the change log as its text columns."""
    with vault.session() as s:
        rows = {t.name: sorted(repr(tuple(r)) for r in s.execute(select(t)))
                for t in SQLModel.metadata.sorted_tables if t.name not in _GROWING}
        rows["stored_changes"] = [repr(c) for c in sync_log.stored_changes(sync_log.cursor(s))]
    return rows


def _reads(vault: Any, run_cli: Any) -> dict[str, Any]:
    """What a user sees: the case list, every whole case, search hits, the case filter, statistics, the CLI's JSON."""
    vault.engine.dispose()  # the CLI opens the file itself
    listed = cases.list_cases(vault)
    out: dict[str, Any] = {
        "list": [repr(c) for c in listed],
        "snapshots": [repr(cases.snapshot(vault, c.case_id)) for c in listed],
        "search": [repr(h) for h in search.search(vault, "상담", limit=40)],
        "search_cases": search.search_cases(vault, listed[0].client_name),
    }
    for args in (("cases", "--json"), ("show", listed[0].case_number, "--json"), ("search", "상담", "--json"),
                 ("stats", *WINDOW, "--json")):
        code, text, err = run_cli(*args)
        assert code == 0, err
        out[" ".join(args)] = json.loads(text)
    return out


@pytest.fixture
def filled(vault: Any) -> Any:
    demo_data.generate(vault, 12, seed=27)
    return vault


def test_the_key_columns_are_the_models_and_the_migrations() -> None:
    own_rules = ("auditevent", "searchdoc")  # 16-byte ids of their own (migrations 0024 and 0027)
    found = {t.name: {c.name for c in t.columns if isinstance(c.type, UuidText)}
             for t in SQLModel.metadata.sorted_tables if t.name not in own_rules}
    assert {t: cols for t, cols in found.items() if cols} == {t: set(c) for t, c in case_keys.KEY_COLUMNS.items()}
    assert _migration().COLUMNS == case_keys.KEY_COLUMNS  # equal at 0030; the migration's copy stays frozen


@pytest.mark.parametrize("text", ["0f1e2d3c-4b5a-4978-8a9b-abcdef012345", "0F1E2D3C-4B5A-4978-8A9B-ABCDEF012345",
                                  "", "not-a-uuid", "0f1e2d3c4b5a49788a9babcdef012345", None])
def test_the_sql_forms_are_the_python_ones(vault: Any, text: str | None) -> None:
    stored = uuid_stored(text)
    assert case_keys.key(text) == stored
    assert _sql(vault, f"SELECT {case_keys.key_sql('?1')}", text) == [(stored,)]  # type: ignore[arg-type]
    assert _sql(vault, f"SELECT {case_keys.text_sql('?1')}", stored) == [(uuid_read(stored),)]  # type: ignore[arg-type]
    assert case_keys.key_text(stored) == text
    assert case_keys.texts({"id": stored, "case_id": stored, "note": b"\x00" * 16}) == {
        "id": text, "case_id": text, "note": b"\x00" * 16}


def test_up_down_up_gives_identical_reads_and_the_text_back(filled: Any, run_cli: Any) -> None:
    fresh_raw, fresh_rows, fresh_reads = _raw_tables(filled), _orm_rows(filled), _reads(filled, run_cli)
    kinds = _sql(filled, 'SELECT DISTINCT typeof(id), length(id), typeof(client_id) FROM "case"')
    assert kinds == [("blob", 16, "blob")]
    assert _sql(filled, "SELECT count(*) FROM serviceentry WHERE typeof(case_id) != 'blob'") == [(0,)]

    _to(filled, "0029")  # the file as 0029 wrote it: every key the text it was
    assert _raw_tables(filled) == {t: sorted((case_keys.texts(r) for r in rows), key=repr)
                                   for t, rows in fresh_raw.items()}
    for table, columns in case_keys.KEY_COLUMNS.items():
        for column in columns:
            assert _sql(filled, f'SELECT count(*) FROM "{table}" WHERE typeof("{column}") = \'blob\'') == [(0,)]
    assert _orm_rows(filled) == fresh_rows

    _up(filled)
    assert _sql(filled, "PRAGMA freelist_count") == [(0,)]  # vacuumed after the rewrite
    assert _sql(filled, "PRAGMA foreign_key_check") == []
    assert _raw_tables(filled) == fresh_raw
    assert _orm_rows(filled) == fresh_rows
    assert _reads(filled, run_cli) == fresh_reads

    _to(filled, "0029")
    _up(filled)
    assert _orm_rows(filled) == fresh_rows
    assert _reads(filled, run_cli) == fresh_reads


def test_writes_after_the_migration_log_text_and_read_back(filled: Any) -> None:
    """An entry added, a case destroyed after the upgrade: the log's values are text (no ``$hex`` of a key), the
    rows are stored compact, the destroyed case leaves the list and the search."""
    _to(filled, "0029")
    _up(filled)
    listed = cases.list_cases(filled)
    case_id = listed[0].case_id
    entry = entries.add_service_entry(filled, case_id, "counselling", "이사 후 첫 상담 기록")
    with filled.session() as s:
        changes = sync_log.stored_changes(sync_log.cursor(s))
    logged = [c for c in changes if c[4] == entry.id]
    assert logged and json.loads(logged[-1][6])["case_id"] == case_id and logged[-1][9] == case_id
    assert not any("$hex" in c[6] and '"case_id":{' in c[6] for c in changes)
    assert _sql(filled, "SELECT typeof(id), typeof(case_id) FROM serviceentry WHERE id = ?",
                case_keys.key(entry.id)) == [("blob", "blob")]
    assert any(h.entity_id == entry.id for h in search.search(filled, "이사 후 첫 상담"))

    closed = next(c for c in listed if c.closed_on is not None)
    destruction.destroy_case(filled, closed.case_id, "보존기간 경과")
    assert closed.case_id not in {c.case_id for c in cases.list_cases(filled)}
    assert all(h.case_id != closed.case_id for h in search.search(filled, "상담", limit=200))


def test_a_backup_of_either_revision_is_read_by_its_keys(vault: Any, case: Any, tmp_path: Any) -> None:
    """A backup is read before it is migrated (the purge survey, a restore's carried lines): a 0029 backup keeps
    text keys, a newer one bytes; both answer for the case."""
    from caseapp.services import backup_purge
    from caseapp.services.backup_inspect import read_query
    from caseapp.storage.sqlite_backup import copy_database
    entries.add_service_entry(vault, case.id, "counselling", "주거 상담")
    copy_database(vault.db_path, vault.key, tmp_path / "new.db")
    _to(vault, "0029")
    copy_database(vault.db_path, vault.key, tmp_path / "old.db")
    _up(vault)
    for name in ("old.db", "new.db"):
        assert backup_purge.holds_case(tmp_path / name, vault.key, case.id) is True, name
        assert backup_purge.holds_case(tmp_path / name, vault.key, "00000000-0000-4000-8000-000000000000") is False
        listed = json.dumps([case.id, "00000000-0000-4000-8000-000000000000"])
        found = read_query(tmp_path / name, vault.key,
                           f'SELECT id FROM "case" WHERE id IN ({case_keys.EITHER_FORM_IN_JSON})', (listed, listed))
        assert [case_keys.key_text(r[0]) for r in found or []] == [case.id], name
