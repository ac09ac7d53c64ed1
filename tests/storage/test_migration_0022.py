"""Migration 0022 drops the one-column indexes that another index of their table already leads with: a file with
demo cases comes through with every stored value and every case's ``show --json`` unchanged; each column is still
sought through an index (the lookups, and the foreign-key checks of a parent's delete); the hub keeps an index on
each; the downgrade puts back the indexes a file made at 0021 has."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from caseapp.services import demo_data, hub_schema
from caseapp.services.setup import initialise
from caseapp.storage import case_keys, migrate
from caseapp.storage.engine import make_engine
from tests.conftest import PASSPHRASE

from migration_helpers import downgrade_to, sql  # type: ignore[import-not-found]

# (dropped index, table, its column): stated here again, apart from the migration, as what the test checks
DROPPED = (
    ("ix_needrating_assessment_id", "needrating", "assessment_id"),
    ("ix_budgetline_assessment_id", "budgetline", "assessment_id"),
    ("ix_checklistcheck_case_id", "checklistcheck", "case_id"),
    ("ix_case_case_number", "case", "case_number"),
    ("ix_stagetransition_case_id", "stagetransition", "case_id"),
    ("ix_caseselection_case_id", "caseselection", "case_id"),
    ("ix_goalscore_termination_id", "goalscore", "termination_id"),
    ("ix_serviceentry_occurred_on", "serviceentry", "occurred_on"),
)


# The change log, the search index and the audit trail: other migrations of the same round change their form, so
# going to head they are not this migration's to compare.
OTHERS = ("sync", "search", "audit", "accessnote")


def _schema(engine: Any) -> dict[str, str]:
    """The case tables' and their indexes' SQL, by name."""
    return {name: text for name, table, text in sql(engine, "SELECT name, tbl_name, sql FROM sqlite_master "
                                                           "WHERE sql IS NOT NULL") if not table.startswith(OTHERS)}


def _rows(engine: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every case table, in row order, keys as text (16 bytes from migration 0030 on)."""
    tables = [t for (t,) in sql(engine, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                         "'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'") if not t.startswith(OTHERS)]
    keyed = {"casesummary": "case_id"}  # WITHOUT ROWID since 0029: in key order, before and after alike
    out = {}
    with engine.connect() as conn:
        for t in tables:
            result = conn.exec_driver_sql(f'SELECT * FROM "{t}" ORDER BY {keyed.get(t, "rowid")}')
            out[t] = [tuple(case_keys.texts(dict(zip(result.keys(), r))).values()) for r in result]
    return out


def _leading(engine: Any, table: str) -> set[str]:
    """The first column of each index of ``table`` (the automatic ones of its constraints included)."""
    out = set()
    for _seq, name, *_rest in sql(engine, f'PRAGMA index_list("{table}")'):
        columns = sql(engine, f'PRAGMA index_info("{name}")')
        out |= {c[2] for c in columns if c[0] == 0}
    return out


def _foreign_keys_without_index(engine: Any) -> set[tuple[str, str]]:
    tables = [t for (t,) in sql(engine, "SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {(t, fk[3]) for t in tables for fk in sql(engine, f'PRAGMA foreign_key_list("{t}")')
            if fk[3] not in _leading(engine, t)}


@pytest.fixture
def demo(data_dir: Path) -> Any:
    vault, _ = initialise(PASSPHRASE, "김사회", "행복종합사회복지관")
    demo_data.generate(vault, 12, seed=5)
    yield vault
    vault.close()


def _shown(run_cli: Any, numbers: list[str]) -> dict[str, Any]:
    out = {}
    for number in numbers:
        code, text, err = run_cli("show", number, "--json")
        assert code == 0, err
        out[number] = json.loads(text)
    return out


def test_every_value_and_every_case_shown_comes_through(demo: Any, run_cli: Any) -> None:
    numbers = [n for (n,) in sql(demo.engine, 'SELECT case_number FROM "case" WHERE destroyed_at IS NULL '
                                               "ORDER BY case_number")]
    assert len(numbers) >= 10
    shown_before = _shown(run_cli, numbers)
    downgrade_to(demo.engine, "0021")
    assert {name for name, _t, _c in DROPPED} <= set(_schema(demo.engine))
    before = _rows(demo.engine)
    assert sum(len(rows) for rows in before.values()) > 1000
    migrate.upgrade(demo.engine)
    with demo.engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.HEAD_REVISION
    assert not {name for name, _t, _c in DROPPED} & set(_schema(demo.engine))
    assert sql(demo.engine, "PRAGMA freelist_count") == [(0,)]  # vacuumed after the migration
    after = _rows(demo.engine)
    assert after.keys() == before.keys()
    changed = [t for t in before if after[t] != before[t]]
    assert changed == ["alembic_version"], changed  # the revision alone
    assert _shown(run_cli, numbers) == shown_before


def test_each_column_is_still_sought_through_an_index(vault: Any) -> None:
    engine = vault.engine
    for name, table, column in DROPPED:
        assert column in _leading(engine, table), (table, column)
        plan = " ".join(str(r[-1]) for r in sql(engine, f'EXPLAIN QUERY PLAN SELECT * FROM "{table}" '
                                                         f'WHERE "{column}" = ?', "x"))
        assert "USING INDEX" in plan and name not in plan, plan
    at_head = _foreign_keys_without_index(engine)
    downgrade_to(engine, "0021")
    at_0021 = _foreign_keys_without_index(engine)
    assert at_head <= at_0021  # no parent's delete scans a table it seeked before (later ones add indexes)
    assert ("serviceentry", "goal_id") in at_0021  # (the check sees a foreign key without an index: 0026 added it)


def test_the_hub_keeps_an_index_on_each_column() -> None:
    tables = {t.name: t for t in hub_schema.case_tables()}
    for _name, table, column in DROPPED:
        assert any(next(iter(i.columns)).name == column for i in tables[table].indexes), (table, column)


def test_the_downgrade_gives_back_the_schema_of_a_file_made_at_0021(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "caseapp.db", os.urandom(32))
    try:
        migrate.upgrade(engine, target="0021")
        made_at_0021 = _schema(engine)
        migrate.upgrade(engine)
        assert set(made_at_0021) - set(_schema(engine)) == {name for name, _t, _c in DROPPED}
        downgrade_to(engine, "0021")
        assert _schema(engine) == made_at_0021
    finally:
        engine.dispose()
