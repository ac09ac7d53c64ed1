"""Migration 0029: the case list's joins read no table row (client's name and phone from ``ix_client_list``,
``casesummary`` without a rowid); a new file and a migrated one have the same schema; up, down and up again keep
every row and give the same case list; the downgrade gives back 0028's schema byte for byte."""

from __future__ import annotations

from pathlib import Path
from typing import Any


from caseapp.services import cases, demo_data
from caseapp.services.setup import initialise
from caseapp.storage import case_keys, migrate
from tests.conftest import PASSPHRASE

from migration_helpers import (  # type: ignore[import-not-found]
    assert_migrated_is_fresh, downgrade_to, schema, sql,
)

BEFORE = "0028"


def _rows(engine: Any, table: str) -> list[tuple[Any, ...]]:
    """The table's rows, keys as text (16 bytes from migration 0030 on), in key order."""
    with engine.connect() as conn:
        result = conn.exec_driver_sql(f'SELECT * FROM "{table}"')
        return sorted(tuple(case_keys.texts(dict(zip(result.keys(), r))).values()) for r in result)


def test_a_new_file_and_a_migrated_one_have_the_same_schema(engine: Any, tmp_path: Path) -> None:
    assert_migrated_is_fresh(engine, BEFORE, tmp_path)
    assert schema(engine)["casesummary"].endswith("WITHOUT ROWID")
    assert sql(engine, "SELECT name FROM sqlite_master WHERE tbl_name = 'casesummary' AND type = 'index'") == []


def test_the_list_reads_the_index_and_the_summary_by_its_key(engine: Any) -> None:
    from caseapp.services.cases import _LIST_ORDER, _LIST_SQL
    migrate.upgrade(engine)
    plan = " | ".join(str(r[-1]) for r in sql(engine, "EXPLAIN QUERY PLAN " + _LIST_SQL + _LIST_ORDER,
                                                "2026-01-01", "2026-01-07"))
    assert "SEARCH cl USING COVERING INDEX ix_client_list (id=?)" in plan, plan
    assert "SEARCH s USING PRIMARY KEY (case_id=?)" in plan, plan


def test_up_down_up_keeps_every_row_and_the_same_list(data_dir: Path) -> None:
    vault, _ = initialise(PASSPHRASE, "김사회", "행복종합사회복지관")
    try:
        demo_data.generate(vault, 12, seed=5)
        engine = vault.engine
        listed = cases.list_cases(vault)
        rows = {t: _rows(engine, t) for t in ("casesummary", "client")}
        assert len(rows["casesummary"]) == len(listed) > 0
        at_head = schema(engine)
        downgrade_to(engine, BEFORE)
        at_0028 = schema(engine)
        assert set(at_head) - set(at_0028) == {"ix_client_list"}
        assert set(at_0028) == set(at_head) - {"ix_client_list"}
        assert sql(engine, "SELECT name FROM sqlite_master WHERE tbl_name = 'casesummary' AND type = 'index'") == [
            ("sqlite_autoindex_casesummary_1",)]  # the rowid table's key index, back
        assert at_0028["casesummary"] == at_head["casesummary"].removesuffix(" WITHOUT ROWID")
        assert {t: _rows(engine, t) for t in rows} == rows
        migrate.upgrade(engine)
        assert schema(engine) == at_head
        assert {t: _rows(engine, t) for t in rows} == rows
        assert cases.list_cases(vault) == listed
    finally:
        vault.close()
