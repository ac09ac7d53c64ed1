"""Schema migrations, run before anything else touches the file.

Order on open: refuse a file from a newer caseapp; copy the file (online backup) if a migration is pending;
then upgrade to head. Alembic runs with ``render_as_batch`` so SQLite column changes work.

Alembic is imported only when there is migration work: opening an up-to-date file compares the stored revision with
:data:`HEAD_REVISION` (a test keeps that constant equal to the newest script), which keeps every CLI command and the
GUI's unlock ~0.2 s faster.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from caseapp import paths
from caseapp.errors import NewerSchema

if TYPE_CHECKING:  # SQLAlchemy is imported where it runs: HEAD_REVISION and ensure_known serve read_vault without it
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy import Connection, Engine

# The newest migration script's revision. Add a migration -> update this (tests/storage/test_migrations.py checks).
HEAD_REVISION = "0030"


def alembic_config(connection: Connection | None = None) -> "Config":
    from alembic.config import Config
    cfg = Config()
    cfg.set_main_option("script_location", str(paths.migrations_dir()))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def script_directory() -> "ScriptDirectory":
    from alembic.script import ScriptDirectory
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    """The file's schema revision, read directly (no Alembic import); ``None`` for a new, empty file."""
    return revision_of(connection.connection.cursor())


def revision_of(cur: Any) -> str | None:
    """:func:`current_revision` on a DB-API cursor: what the ORM-free open (services/read_vault.py) compares with
    :data:`HEAD_REVISION`, by the same rule as the full open."""
    if cur.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'").fetchone() is None:
        return None
    row = cur.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None


def ensure_known(revision: str | None) -> None:
    if revision is None or revision == HEAD_REVISION:
        return
    from alembic.util.exc import CommandError
    try:
        script_directory().get_revision(revision)
    except CommandError as exc:
        raise NewerSchema(
            "이 사례 파일은 더 새로운 버전의 caseapp에서 만들어졌습니다. caseapp을 업데이트한 뒤 여십시오. "
            "파일은 변경되지 않았습니다.",
            "This case file was written by a newer version of caseapp. Update caseapp to open it. "
            "The file was not changed.",
        ) from exc


def needs_upgrade(engine: Engine) -> tuple[str | None, str]:
    with engine.connect() as conn:
        current = current_revision(conn)
    ensure_known(current)
    return current, HEAD_REVISION


def upgrade(engine: Engine, before_migration: Callable[[str | None, str], None] | None = None,
            target: str = "head") -> None:
    """Bring the schema to ``target``; call ``before_migration(current, head)`` first when there is work to do."""
    current, head = needs_upgrade(engine)
    if current == head and target in ("head", head):
        return
    if before_migration is not None and current is not None:
        before_migration(current, head)
    from alembic import command
    with engine.begin() as conn:
        config = alembic_config(conn)
        command.upgrade(config, target)
    if config.attributes.get(VACUUM_AFTER):
        vacuum(engine)


VACUUM_AFTER = "caseapp_vacuum_after"  # set by a migration that freed much of the file (0012: the search index)


def vacuum(engine: Engine) -> None:
    """Rewrite the file without its free pages (VACUUM cannot run inside a transaction, hence after the
    migration's commit), then fold the rewrite out of the -wal so the file on disk is the smaller one."""
    raw = engine.raw_connection()
    try:
        dbapi = raw.driver_connection
        assert dbapi is not None
        dbapi.execute("VACUUM")
        dbapi.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
