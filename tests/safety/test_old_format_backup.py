"""A backup made before migration 0019 (audit hashes as 64-character hex text) is still read right: its history is
found in a newer backup that holds it (32-byte hashes) and not in one that does not, and the rotation lets a
pre-migration copy go only once a newer backup contains its whole history."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta
from pathlib import Path

import sqlcipher3
from alembic import command

from caseapp import paths
from caseapp.services import backup, backup_catalogue, backup_inspect, entries
from caseapp.services.vault import Vault
from caseapp.storage import migrate

from .conftest import PASSPHRASE


def _query(path: Path, key: bytes, sql: str) -> list[tuple[object, ...]]:
    rows = backup_inspect.read_query(path, key, sql)
    assert rows is not None
    return rows


def _made_before_0019(vault, case) -> tuple[Path, bytes]:  # type: ignore[no-untyped-def]
    """The file taken back to 0018 with the migration tools, then opened: the open migrates it and keeps the copy
    it made first (``pre-migration-0018-to-...``), a backup in the old format made by caseapp itself."""
    for i in range(4):
        entries.add_service_entry(vault, case.id, "counselling", f"{i + 1}회기 상담")
    with vault.engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0018")
    key = vault.key
    vault.close()
    Vault.open(PASSPHRASE).close()
    made = sorted(paths.backups_dir().glob("pre-migration-0018-to-*.db"))
    assert len(made) == 1
    return made[0], key


def test_an_old_format_backup_is_found_in_a_newer_one(vault, case) -> None:  # type: ignore[no-untyped-def]
    old, key = _made_before_0019(vault, case)
    assert backup_inspect.refuse_newer_schema(old, key) is None
    assert _query(old, key, "SELECT version_num FROM alembic_version") == [("0018",)]
    assert _query(old, key, "SELECT DISTINCT typeof(hash), length(hash) FROM auditevent") == [("text", 64)]
    head = backup_inspect.audit_head(old, key)
    assert head is not None and len(head[1]) == 64

    with Vault.open(PASSPHRASE) as reopened:
        entries.add_service_entry(reopened, case.id, "information", "이후 기록")
        newer = backup.create_backup(reopened, "manual", dest=paths.data_dir().parent / "newer.db").info.path
    assert _query(newer, key, "SELECT DISTINCT typeof(hash), length(hash) FROM auditevent") == [("blob", 32)]
    assert backup_inspect.contains_history(newer, old, key)  # the hex head matched against 32-byte hashes
    assert backup_inspect.contains_history(old, old, key)  # hex against hex
    assert not backup_inspect.contains_history(old, newer, key)  # the newer rows are not in the old file

    forged = paths.data_dir().parent / "forged.db"
    shutil.copy2(newer, forged)
    conn = sqlcipher3.connect(str(forged))
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("UPDATE auditevent SET hash = randomblob(32) WHERE seq = ?", (head[0],))
        conn.commit()
    finally:
        conn.close()
    assert not backup_inspect.contains_history(forged, old, key)  # another history at that row: not contained


def test_rotation_lets_an_old_format_pre_migration_copy_go_once_a_newer_backup_holds_it(vault, case) -> None:  # type: ignore[no-untyped-def]
    old, key = _made_before_0019(vault, case)
    folder = paths.backups_dir()
    assert [b.path for b in backup_catalogue.scan(folder, "local") if b.kept_apart] == [old]
    assert backup.rotate(folder, 5, key=key) == []  # nothing newer holds its history yet
    assert old.exists()
    later = datetime.now() + timedelta(seconds=2)  # backups are told apart by their names' second
    with Vault.open(PASSPHRASE) as reopened:
        result = backup.create_backup(reopened, "manual", now=later)  # rotates with the vault's key
    assert old in result.removed and not old.exists()
    assert result.info.path.exists()
