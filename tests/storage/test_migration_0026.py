"""Migration 0026 gives three foreign keys an index (serviceentry.goal_id, termination.closing_assessment_id,
caseselection.conference_id): a parent's delete checks its children by a seek instead of reading the child table,
and a parent's lookups seek too; a file made new and one migrated from the revision before have the same schema,
which is the one the models declare (the hub builds its tables from them); the downgrade keeps every row."""

from __future__ import annotations

from pathlib import Path
from typing import Any


from caseapp.services import demo_data, hub_schema
from caseapp.services.setup import initialise
from caseapp.storage import case_keys, migrate
from tests.conftest import PASSPHRASE

from migration_helpers import (  # type: ignore[import-not-found]
    assert_migrated_is_fresh, downgrade_to, schema, sql,
)

BEFORE = "0025"  # the revision 0026 follows
# (index, child table, its column, parent table): stated here again, apart from the migration
ADDED = (
    ("ix_serviceentry_goal_id", "serviceentry", "goal_id", "goal"),
    ("ix_termination_closing_assessment_id", "termination", "closing_assessment_id", "assessment"),
    ("ix_caseselection_conference_id", "caseselection", "conference_id", "caseconference"),
)


def _rows(engine: Any, table: str) -> list[dict[str, Any]]:
    """The table's rows as stored, keys as text (16 bytes from migration 0030 on, text before)."""
    with engine.connect() as conn:
        result = conn.exec_driver_sql(f'SELECT * FROM "{table}" ORDER BY rowid')
        return [case_keys.texts(dict(zip(result.keys(), r))) for r in result]


def _indexes(engine: Any, tables: set[str]) -> dict[str, tuple[str, tuple[str, ...], bool]]:
    """Each index of ``tables`` the file holds (not the automatic ones): (table, columns, partial)."""
    out = {}
    for name, table in sql(engine, "SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"):
        if table in tables:
            columns = tuple(c[2] for c in sql(engine, f'PRAGMA index_info("{name}")'))
            partial = next(r[4] for r in sql(engine, f'PRAGMA index_list("{table}")') if r[1] == name)
            out[name] = (table, columns, bool(partial))
    return out


def _plan(engine: Any, statement: str) -> str:
    return " | ".join(str(r[-1]) for r in sql(engine, "EXPLAIN QUERY PLAN " + statement, "x"))


def test_a_new_file_and_a_migrated_one_have_the_schema_the_models_declare(engine: Any, tmp_path: Path) -> None:
    from sqlmodel import SQLModel
    assert_migrated_is_fresh(engine, BEFORE, tmp_path)
    hub_tables = {t.name for t in hub_schema.case_tables()}  # the hub's tables are made from the models
    declared = {i.name: (t.name, tuple(c.name for c in i.columns), i.dialect_options["sqlite"]["where"] is not None)
                for t in SQLModel.metadata.tables.values() if t.name in hub_tables for i in t.indexes}
    assert _indexes(engine, hub_tables) == declared
    for name, table, column, _parent in ADDED:
        assert declared[name] == (table, (column,), True)


def test_a_parents_delete_and_lookup_seek_the_child(engine: Any) -> None:
    migrate.upgrade(engine, target=BEFORE)
    for _name, table, column, parent in ADDED:  # before: the child table read whole
        assert f"SCAN {table}" in _plan(engine, f'DELETE FROM "{parent}" WHERE id = ?')
        assert f"SCAN {table}" in _plan(engine, f'SELECT id FROM "{table}" WHERE "{column}" = ?')
    migrate.upgrade(engine)
    for name, table, column, parent in ADDED:
        deleting = _plan(engine, f'DELETE FROM "{parent}" WHERE id = ?')  # the foreign-key check of the delete
        assert f"SEARCH {table} USING COVERING INDEX {name} ({column}=?)" in deleting, deleting
        assert f"SCAN {table}" not in deleting, deleting
        looking = _plan(engine, f'SELECT id FROM "{table}" WHERE "{column}" = ?')
        assert f"INDEX {name} ({column}=?)" in looking and f"SCAN {table}" not in looking, looking


def test_the_hub_has_an_index_on_each_column() -> None:
    tables = {t.name: t for t in hub_schema.case_tables()}
    for _name, table, column, _parent in ADDED:
        assert any([c.name for c in i.columns] == [column] for i in tables[table].indexes), (table, column)


def test_round_trip_keeps_every_row_and_the_downgrade_gives_back_the_old_schema(data_dir: Path) -> None:
    vault, _ = initialise(PASSPHRASE, "김사회", "행복종합사회복지관")
    try:
        demo_data.generate(vault, 12, seed=5)
        engine = vault.engine
        counts = {t: sql(engine, f'SELECT count(*), count("{c}") FROM "{t}"')[0] for _n, t, c, _p in ADDED}
        assert all(named > 0 for _all, named in counts.values()), counts  # every index has rows to hold
        rows = {t: _rows(engine, t) for _n, t, _c, _p in ADDED}
        downgrade_to(engine, "0026")  # the later migrations' own steps first
        at_head = schema(engine)
        downgrade_to(engine, BEFORE)
        at_before = schema(engine)
        assert set(at_head) - set(at_before) == {name for name, *_ in ADDED}
        assert {t: _rows(engine, t) for t in rows} == rows
        migrate.upgrade(engine, target="0026")
        assert schema(engine) == at_head
        assert {t: _rows(engine, t) for t in rows} == rows
    finally:
        vault.close()
