"""The backup before a sync import is a byte copy taken under the write lock: quick, yet restorable like any other."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import select

from caseapp import paths
from caseapp.services import backup, entries
from caseapp.storage import sqlite_backup
from caseapp.storage.engine import raw_connect
from caseapp.storage.models import ServiceEntry


def test_presync_backup_is_a_restorable_snapshot_without_a_wal(vault, case) -> None:  # type: ignore[no-untyped-def]
    kept = entries.add_service_entry(vault, case.id, "counselling", "동기화 전에 쓴 기록").id
    made = backup.create_backup(vault, "pre-sync").info
    assert made.reason == "pre-sync" and made.key_path.read_bytes() == paths.key_file().read_bytes()
    raw = made.path.read_bytes()
    assert "김민수".encode() not in raw and b"SQLite format 3" not in raw  # still encrypted: the file's own bytes
    assert not Path(f"{made.path}-wal").exists() and not list(made.path.parent.glob(".*partial*"))
    sqlite_backup.verify_copy(made.path, vault.key)
    later = entries.add_service_entry(vault, case.id, "counselling", "동기화 후에 쓴 기록").id
    restored = backup.restore_backup(made.path, vault=vault).vault
    try:
        with restored.session() as s:
            ids = set(s.exec(select(ServiceEntry.id)).all())
        assert kept in ids and later not in ids
    finally:
        restored.close()


def test_snapshot_refuses_while_a_reader_pins_the_wal_and_the_backup_still_gets_made(vault, case, tmp_path) -> None:  # type: ignore[no-untyped-def]
    entries.add_service_entry(vault, case.id, "counselling", "읽는 중에 남은 기록")
    reader = raw_connect(vault.db_path, vault.key)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM serviceentry").fetchone()  # an open snapshot: the WAL cannot be emptied
        entries.add_service_entry(vault, case.id, "counselling", "스냅숏 뒤의 기록")
        assert sqlite_backup.snapshot_copy(vault.db_path, vault.key, tmp_path / "snap.db") is False
        assert not (tmp_path / "snap.db").exists()
        made = backup.create_backup(vault, "pre-sync").info  # falls back to the page-by-page copy
        sqlite_backup.verify_copy(made.path, vault.key)
        check = raw_connect(made.path, vault.key)
        try:
            texts = {t for (t,) in check.execute("SELECT text FROM serviceentry")}
        finally:
            check.close()
        assert "스냅숏 뒤의 기록" in texts
    finally:
        reader.rollback()
        reader.close()
