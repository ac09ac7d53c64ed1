"""Backups: encrypted, verified, rotated, mirrored; restore keeps the current file and brings the backup back."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from caseapp import paths, settings
from caseapp.errors import CorruptDatabase, StorageUnavailable, WrongPassphrase
from caseapp.services import audit, backup, entries
from caseapp.services.vault import Vault
from caseapp.storage.models import AuditEvent, ServiceEntry
from caseapp.storage.sqlite_backup import verify_copy
from sqlmodel import select

from .conftest import PASSPHRASE


def _note(vault: Vault, case, text: str) -> str:  # type: ignore[no-untyped-def]
    return entries.add_service_entry(vault, case.id, "counselling", text).id


def test_backup_is_encrypted_verified_and_comes_with_its_key_file(vault, case) -> None:  # type: ignore[no-untyped-def]
    result = backup.create_backup(vault, "manual")
    info = result.info
    assert info.path.parent == paths.backups_dir()
    assert info.reason == "manual" and info.location == "local"
    assert info.path.name.startswith("caseapp-") and info.path.name.endswith("-manual.db")
    assert info.key_path.read_bytes() == paths.key_file().read_bytes()
    raw = info.path.read_bytes()
    assert "김민수".encode() not in raw and b"SQLite format 3" not in raw
    verify_copy(info.path, vault.key)  # opens with the same key and passes integrity_check
    assert not Path(str(info.path) + "-wal").exists()


def test_rotation_keeps_the_newest_and_mirror_gets_a_checked_copy(vault, case, settings_with_mirror) -> None:  # type: ignore[no-untyped-def]
    start = datetime(2026, 1, 1, 9, 0, 0)
    made = [backup.create_backup(vault, "daily", now=start + timedelta(days=i)) for i in range(5)]
    local = [b for b in backup.list_backups() if b.location == "local"]
    mirror = [b for b in backup.list_backups() if b.location == "mirror"]
    assert [b.path.name for b in local] == [m.info.path.name for m in reversed(made[-3:])]
    assert [b.path.name for b in mirror] == [b.path.name for b in local]
    assert all(b.has_key_file for b in local + mirror)
    assert made[-1].mirrored is not None and made[-1].mirror_error is None
    verify_copy(made[-1].mirrored, vault.key)
    assert not made[0].info.path.exists() and not made[0].info.key_path.exists()


def test_unplugged_usb_stick_does_not_fail_the_local_backup(vault, case, tmp_path) -> None:  # type: ignore[no-untyped-def]
    s = settings.Settings(backup_folder=str(tmp_path / "not-plugged-in"))
    result = backup.create_backup(vault, "on-close", settings=s)
    assert result.info.path.exists()
    assert isinstance(result.mirror_error, StorageUnavailable)
    assert "USB" in result.mirror_error.ko and "USB" in result.mirror_error.en


def test_same_second_backups_get_distinct_names_and_listing_includes_pre_migration(vault) -> None:  # type: ignore[no-untyped-def]
    now = datetime(2026, 3, 1, 10, 0, 0)
    a = backup.create_backup(vault, "manual", now=now).info
    b = backup.create_backup(vault, "manual", now=now).info
    assert a.path != b.path
    vault._backup_before_migration("0001", "0002")  # the copy the vault makes before a schema upgrade
    reasons = [x.reason for x in backup.list_backups()]
    assert reasons.count("manual") == 2 and "pre-migration" in reasons


def test_backup_due_for_the_daily_timer(vault) -> None:  # type: ignore[no-untyped-def]
    s = settings.Settings(daily_backup=True)
    assert backup.backup_due(s)
    made = backup.create_backup(vault, "daily", settings=s).info
    assert not backup.backup_due(s, now=made.created + timedelta(hours=23))
    assert backup.backup_due(s, now=made.created + timedelta(hours=25))
    assert not backup.backup_due(settings.Settings(daily_backup=False))
    assert backup.daily_backup_if_due(vault, s, now=made.created + timedelta(hours=1)) is None


def test_backup_to_a_missing_folder_is_a_clear_error(vault, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(StorageUnavailable):
        backup.create_backup(vault, "manual", dest=tmp_path / "nope" / "x.db")


def test_restore_brings_back_the_backup_and_keeps_the_current_file(vault, case) -> None:  # type: ignore[no-untyped-def]
    kept = _note(vault, case, "백업 전에 쓴 기록")
    made = backup.create_backup(vault, "manual").info
    later = _note(vault, case, "백업 후에 쓴 기록")
    result = backup.restore_backup(made.path, vault=vault)
    restored = result.vault
    try:
        with restored.session() as s:
            ids = set(s.exec(select(ServiceEntry.id)).all())
            assert kept in ids and later not in ids
            assert audit.verify_chain(s) == []
            last = s.exec(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()  # type: ignore[union-attr]
            assert last is not None and last.action == "restore" and made.path.name in last.detail
        assert result.set_aside is not None and "pre-restore" in result.set_aside.name
        assert not result.key_from_backup
        # the pre-restore backup still holds the entry written after the restored backup
        again = backup.restore_backup(result.set_aside, vault=restored)
        with again.vault.session() as s:
            assert later in set(s.exec(select(ServiceEntry.id)).all())
        again.vault.close()
    finally:
        restored.close()
    assert Vault.open(PASSPHRASE).close() is None


def test_restore_removes_a_stale_wal(vault, case) -> None:  # type: ignore[no-untyped-def]
    made = backup.create_backup(vault, "manual").info
    vault.close()
    wal = Path(str(paths.database_file()) + "-wal")
    wal.write_bytes(b"left over from the old file" * 100)
    result = backup.restore_backup(made.path, passphrase=PASSPHRASE)
    result.vault.close()
    assert not wal.exists() or wal.read_bytes()[:4] != b"left"
    Vault.open(PASSPHRASE).close()


def test_restore_a_backup_made_under_another_key_file(vault, case, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A backup from a previous installation (other key) restores with *its* passphrase, and says so."""
    foreign = tmp_path / "other.db"
    backup.create_backup(vault, "manual", dest=foreign)
    vault.close()
    # a brand-new installation with a different key and passphrase
    for p in (paths.database_file(), paths.key_file()):
        p.unlink()
    for suffix in ("-wal", "-shm"):
        Path(str(paths.database_file()) + suffix).unlink(missing_ok=True)
    from caseapp.services.setup import initialise
    other, _ = initialise("새 설치의 다른 암호 1234", "이사회", "다른기관")
    with pytest.raises(WrongPassphrase) as info:
        backup.restore_backup(foreign, vault=other)  # the current key does not open it and no passphrase given
    assert "백업을 만들 당시의 암호" in info.value.ko and "valid when the backup was made" in info.value.en
    other = Vault.open("새 설치의 다른 암호 1234")  # refused restores change nothing
    result = backup.restore_backup(foreign, vault=other, passphrase=PASSPHRASE)
    assert result.key_from_backup
    assert "백업을 만들 당시의 암호" in result.message("ko")
    result.vault.close()
    Vault.open(PASSPHRASE).close()
    with pytest.raises(WrongPassphrase):
        Vault.open("새 설치의 다른 암호 1234")


def test_restore_refuses_a_damaged_backup_and_changes_nothing(vault, case) -> None:  # type: ignore[no-untyped-def]
    from .helpers import flip_bytes
    made = backup.create_backup(vault, "manual").info
    flip_bytes(made.path, 4096 * 2 + 100, 64)
    before = paths.database_file().read_bytes()
    with pytest.raises(CorruptDatabase):
        backup.restore_backup(made.path, vault=vault)
    assert paths.database_file().read_bytes() == before
    with vault.session() as s:
        assert s.exec(select(ServiceEntry)).all() is not None


def test_restoring_the_oldest_backup_survives_the_pre_restore_rotation(vault, case) -> None:  # type: ignore[no-untyped-def]
    s = settings.Settings(backups_to_keep=2)
    start = datetime(2026, 2, 1, 8, 0, 0)
    oldest = backup.create_backup(vault, "daily", settings=s, now=start).info
    backup.create_backup(vault, "daily", settings=s, now=start + timedelta(days=1))
    result = backup.restore_backup(oldest.path, vault=vault, settings=s)
    result.vault.close()
    assert oldest.path.exists() and oldest.key_path.exists()


def test_restore_rebuilds_the_search_index(vault, case) -> None:  # type: ignore[no-untyped-def]
    from caseapp.services import search
    _note(vault, case, "백업에 들어간 주거 상담")
    made = backup.create_backup(vault, "manual").info
    _note(vault, case, "백업 뒤의 우울 상담")
    assert search.search(vault, "우울")
    result = backup.restore_backup(made.path, vault=vault)
    try:
        assert search.search(result.vault, "주거")
        assert search.search(result.vault, "우울") == []  # nothing indexed that the restored file lacks
    finally:
        result.vault.close()


def test_close_hook_follows_settings(vault) -> None:  # type: ignore[no-untyped-def]
    assert backup.backup_on_close(vault, settings.Settings(backup_on_close=False)) is None
    made = backup.backup_on_close(vault, settings.Settings(backup_on_close=True))
    assert made is not None and made.info.reason == "on-close"


def test_backup_from_a_newer_caseapp_is_refused_before_anything_changes(vault, case) -> None:  # type: ignore[no-untyped-def]
    from caseapp.errors import NewerSchema
    from caseapp.storage.engine import raw_connect
    made = backup.create_backup(vault, "manual").info
    conn = raw_connect(made.path, vault.key)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    before = paths.database_file().read_bytes()
    with pytest.raises(NewerSchema):
        backup.restore_backup(made.path, vault=vault)
    assert paths.database_file().read_bytes() == before
    assert [b.reason for b in backup.list_backups()] == ["manual"]  # not even a pre-restore backup was needed
