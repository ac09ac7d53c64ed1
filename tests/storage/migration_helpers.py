"""Raw SQL and downgrades on an engine, as the migration tests use them. A module of its own (not conftest): test
files import it by name."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from alembic import command

from caseapp.storage import migrate


def sql(engine: Any, statement: str, *params: object) -> list[tuple[Any, ...]]:
    """Rows of one raw statement, committed."""
    with engine.begin() as conn:
        result = conn.exec_driver_sql(statement, params) if params else conn.exec_driver_sql(statement)
        return [tuple(r) for r in result] if result.returns_rows else []


def downgrade_to(engine: Any, revision: str) -> None:
    with engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), revision)


def schema(engine: Any) -> dict[str, str]:
    """Every schema object's SQL, by name."""
    return {name: text for name, text in sql(engine, "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL")}


def assert_migrated_is_fresh(engine: Any, before: str, folder: Path) -> None:
    """``engine``'s empty file taken to ``before`` and then to head has the schema of a file made new at head."""
    from caseapp.storage.engine import make_engine
    migrate.upgrade(engine, target=before)
    migrate.upgrade(engine)
    fresh = make_engine(folder / "fresh.db", os.urandom(32))
    try:
        migrate.upgrade(fresh)
        assert schema(engine) == schema(fresh)
    finally:
        fresh.dispose()
