"""Schema migrations, run before anything else touches the file.

Order on open: refuse a file from a newer caseapp; copy the file (online backup) if a migration is pending;
then upgrade to head. Alembic runs with ``render_as_batch`` so SQLite column changes work.
"""

from __future__ import annotations

from collections.abc import Callable

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, Engine

from caseapp import paths
from caseapp.errors import NewerSchema


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(paths.migrations_dir()))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def ensure_known(revision: str | None) -> None:
    if revision is None:
        return
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
    return current, head_revision()


def upgrade(engine: Engine, before_migration: Callable[[str | None, str], None] | None = None,
            target: str = "head") -> None:
    """Bring the schema to ``target``; call ``before_migration(current, head)`` first when there is work to do."""
    current, head = needs_upgrade(engine)
    if current == head and target == "head":
        return
    if before_migration is not None and current is not None:
        before_migration(current, head)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), target)
