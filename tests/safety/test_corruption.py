"""Damaged files on purpose: every kind is a clear CorruptDatabase with a way back, never a crash or an empty file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlmodel import select

from caseapp import paths
from caseapp.errors import CorruptDatabase, NotInitialised
from caseapp.services import backup, backup_inspect, checkup, entries, integrity
from caseapp.services.vault import Vault
from caseapp.storage.models import ServiceEntry

from .conftest import PASSPHRASE
from .helpers import flip_bytes, open_deferred_over_rot, run_cli, truncate


@pytest.fixture
def filled(vault, case):  # type: ignore[no-untyped-def]
    """A vault with some notes, a backup, and then more notes; closed so tests can break its files."""
    for i in range(40):
        entries.add_service_entry(vault, case.id, "counselling", f"상담 기록 {i} " + "내용 " * 200)
    made = backup.create_backup(vault, "manual").info
    entries.add_service_entry(vault, case.id, "information", "백업 이후 기록")
    vault.close()
    return made


def _wal() -> Path:
    return Path(str(paths.database_file()) + "-wal")


def _assert_refused_unchanged(before: bytes) -> CorruptDatabase:
    with pytest.raises(CorruptDatabase) as info:
        Vault.open(PASSPHRASE)
    assert paths.database_file().read_bytes() == before, "a refused open must not touch the file"
    assert "백업" in info.value.ko and "backup" in info.value.en
    return info.value


def test_truncated_file(filled) -> None:  # type: ignore[no-untyped-def]
    size = paths.database_file().stat().st_size
    truncate(paths.database_file(), size // 2)
    _assert_refused_unchanged(paths.database_file().read_bytes())


def test_truncated_to_nothing(filled) -> None:  # type: ignore[no-untyped-def]
    truncate(paths.database_file(), 0)
    _assert_refused_unchanged(b"")


def test_truncated_not_on_a_page_boundary(filled) -> None:  # type: ignore[no-untyped-def]
    truncate(paths.database_file(), paths.database_file().stat().st_size - 1000)
    _assert_refused_unchanged(paths.database_file().read_bytes())


@pytest.mark.parametrize("where", ["header", "middle", "last_page"])
def test_flipped_bytes(filled, where: str) -> None:  # type: ignore[no-untyped-def]
    size = paths.database_file().stat().st_size
    offset = {"header": 20, "middle": (size // 4096 // 2) * 4096 + 500, "last_page": size - 4096 + 10}[where]
    flip_bytes(paths.database_file(), offset)
    _assert_refused_unchanged(paths.database_file().read_bytes())


def test_garbage_wal_is_detected_and_can_be_set_aside(filled) -> None:  # type: ignore[no-untyped-def]
    _wal().write_bytes(b"\x00garbage journal" * 500)
    _assert_refused_unchanged(paths.database_file().read_bytes())
    moved = integrity.set_aside_journal()
    assert moved is not None and (moved / _wal().name).exists()
    Vault.open(PASSPHRASE).close()  # opens as of the last checkpoint


def test_wal_from_another_file_is_detected(filled, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A -wal left beside the file by someone copying files around (it belongs to a different database)."""
    other_dir = tmp_path / "other"
    monkeypatch.setenv("CASEAPP_DATA_DIR", str(other_dir))
    from caseapp.services import cases
    from caseapp.services.setup import initialise
    other, _ = initialise(PASSPHRASE, "다른", "기관")
    c = cases.open_case(other, {"name": "다른사람"}, {})
    for i in range(30):
        entries.add_service_entry(other, c.id, "counselling", "다른 파일 " * 100)
    foreign_wal = Path(str(other.db_path) + "-wal").read_bytes()  # copied while the other file is open
    other.close()
    monkeypatch.setenv("CASEAPP_DATA_DIR", str(filled.path.parent.parent))
    assert len(foreign_wal) > 32
    _wal().write_bytes(foreign_wal)
    _assert_refused_unchanged(paths.database_file().read_bytes())


def test_missing_key_file_never_starts_an_empty_file(filled) -> None:  # type: ignore[no-untyped-def]
    paths.key_file().unlink()
    before = paths.database_file().read_bytes()
    with pytest.raises(CorruptDatabase) as info:
        Vault.open(PASSPHRASE)
    assert "키 파일" in info.value.ko and "key file" in info.value.en
    assert paths.database_file().read_bytes() == before
    assert integrity.startup_problem() is not None


def test_missing_database_is_not_silently_recreated(filled) -> None:  # type: ignore[no-untyped-def]
    paths.database_file().unlink()
    _wal().unlink(missing_ok=True)
    with pytest.raises(CorruptDatabase) as info:
        Vault.open(PASSPHRASE)
    assert not paths.database_file().exists(), "SQLite must not have created an empty file"
    assert "No empty file" in info.value.en
    assert isinstance(integrity.startup_problem(), CorruptDatabase)


def test_nothing_at_all_is_a_fresh_installation(data_dir) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotInitialised):
        Vault.open(PASSPHRASE)
    assert integrity.startup_problem() is None
    assert not paths.database_file().exists()


@pytest.mark.parametrize("damage", [b"", b"{not json", b'{"version": 1, "envelopes": {}}',
                                    b'{"version": 1, "envelopes": {"passphrase": {"salt": "%%%"}}}'])
def test_damaged_key_file(filled, damage: bytes) -> None:  # type: ignore[no-untyped-def]
    paths.key_file().write_bytes(damage)
    with pytest.raises(CorruptDatabase) as info:
        Vault.open(PASSPHRASE)
    assert "key file" in info.value.en


def test_key_file_of_another_installation(filled, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CASEAPP_DATA_DIR", str(tmp_path / "other"))
    from caseapp.services.setup import initialise
    initialise(PASSPHRASE, "다른", "기관")[0].close()
    foreign_key = (tmp_path / "other" / "caseapp.key").read_bytes()
    monkeypatch.setenv("CASEAPP_DATA_DIR", str(filled.path.parent.parent))
    paths.key_file().write_bytes(foreign_key)
    with pytest.raises(CorruptDatabase) as info:
        Vault.open(PASSPHRASE)
    assert "key file" in info.value.en


def test_damage_found_while_the_file_is_open_is_a_clear_error(vault, case) -> None:  # type: ignore[no-untyped-def]
    for i in range(60):
        entries.add_service_entry(vault, case.id, "counselling", "긴 기록 " * 300)
    with vault.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    vault.engine.dispose()  # drop cached pages so the next read comes from disk
    size = paths.database_file().stat().st_size
    for page in range(3, size // 4096):
        flip_bytes(paths.database_file(), page * 4096 + 100, 8)
    with pytest.raises(CorruptDatabase):
        with vault.session() as s:
            list(s.exec(select(ServiceEntry)))


def test_newest_good_backup_and_restore_after_corruption(filled) -> None:  # type: ignore[no-untyped-def]
    flip_bytes(paths.database_file(), 4096 * 3 + 7, 32)
    with pytest.raises(CorruptDatabase):
        Vault.open(PASSPHRASE)
    # a newer backup that is itself broken must be skipped
    broken = paths.backups_dir() / "caseapp-29990101-000000-daily.db"
    shutil.copyfile(filled.path, broken)
    shutil.copyfile(filled.key_path, backup.key_path_for(broken))
    flip_bytes(broken, 4096 * 2, 64)
    assert backup_inspect.newest_good_backup().path == broken  # without the passphrase: only a plausibility check
    good = backup_inspect.newest_good_backup(PASSPHRASE)
    assert good is not None and good.path == filled.path
    damaged_bytes = paths.database_file().read_bytes()
    result = backup.restore_backup(good.path, passphrase=PASSPHRASE)
    try:
        assert result.set_aside is not None and result.set_aside.parent.name == "set-aside"
        assert (result.set_aside / "caseapp.db").read_bytes() == damaged_bytes  # nothing thrown away
        with result.vault.session() as s:
            assert len(s.exec(select(ServiceEntry)).all()) == 40
    finally:
        result.vault.close()
    Vault.open(PASSPHRASE).close()
    assert backup_inspect.newest_good_backup(PASSPHRASE) is not None
    assert all(b.path.parent == paths.backups_dir() for b in backup.list_backups())


def test_cli_reports_corruption_in_one_line_with_exit_5(filled) -> None:  # type: ignore[no-untyped-def]
    truncate(paths.database_file(), paths.database_file().stat().st_size // 3)
    out = run_cli(filled.path.parent.parent, "cases", passphrase=PASSPHRASE, env={"CASEAPP_LANG": "en"})
    assert out.returncode == 5
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and "damaged" in lines[0] and "Traceback" not in out.stderr


def test_a_half_missing_installation_is_not_offered_setup(filled) -> None:  # type: ignore[no-untyped-def]
    """The start screen asks Vault.exists(): with one file gone it must go to unlock (and the restore offer)."""
    paths.key_file().unlink()
    assert Vault.exists()
    with pytest.raises(CorruptDatabase):
        Vault.open(PASSPHRASE)


def test_full_scan_only_when_the_file_was_not_closed_cleanly(filled, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Opening stays fast for a file caseapp closed itself; anything else gets every page checked."""
    scans: list[bool] = []
    real = integrity._read_only_check

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        scans.append(kwargs["full"])
        return real(*args, **kwargs)

    monkeypatch.setattr(integrity, "_read_only_check", spy)
    Vault.open(PASSPHRASE).close()
    Vault.open(PASSPHRASE).close()
    assert scans[-1] is False  # unchanged since caseapp's own clean close
    data = paths.database_file().read_bytes()
    paths.database_file().write_bytes(data)  # the same bytes written by someone else (a copy over it)
    Vault.open(PASSPHRASE).close()
    assert scans[-1] is True
    (paths.data_dir() / integrity.STATE_FILE_NAME).unlink()
    Vault.open(PASSPHRASE).close()
    assert scans[-1] is True


def test_silent_disk_rot_in_an_unchanged_file_is_caught_by_check_backup_and_reads(filled, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Damage the open check cannot see (bytes rotting on disk without any write): still never silent."""
    size = paths.database_file().stat().st_size
    for page in range(size // 4096 // 2, size // 4096):  # the notes' pages, not the schema the open check reads
        flip_bytes(paths.database_file(), page * 4096 + 200, 4)
    monkeypatch.setattr(integrity, "closed_cleanly", lambda db_path: True)  # as if no write had touched it
    try:
        vault = Vault.open(PASSPHRASE)
    except CorruptDatabase as exc:  # the open's cheap check read a rotten page (the schema spans more pages now)
        assert "손상" in exc.ko and "restore" in exc.en
        return
    try:
        assert [p.code for p in checkup.run_checks(vault)][:1] == ["integrity"]
        with pytest.raises(CorruptDatabase):
            backup.create_backup(vault, "daily")
        with pytest.raises(CorruptDatabase):
            with vault.session() as s:
                list(s.exec(select(ServiceEntry)))
    finally:
        vault.close()


# --- after an unclean shutdown the GUI opens at once and scans every page in the background ----------------------

def test_an_unclean_open_can_leave_the_page_scan_for_later(filled, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    scans: list[bool] = []
    real = integrity._read_only_check

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        scans.append(kwargs["full"])
        return real(*args, **kwargs)

    monkeypatch.setattr(integrity, "_read_only_check", spy)
    (paths.data_dir() / integrity.STATE_FILE_NAME).unlink()
    vault = Vault.open(PASSPHRASE, defer_page_scan=True)
    assert scans == [False] and vault.page_scan_due
    vault.close()  # closed before the scan ran: not marked clean, the next open still scans
    assert not integrity.closed_cleanly(paths.database_file())
    vault = Vault.open(PASSPHRASE, defer_page_scan=True)
    assert vault.run_page_scan() is True and scans[-1] is True and not vault.page_scan_due
    vault.close()
    assert integrity.closed_cleanly(paths.database_file())
    Vault.open(PASSPHRASE).close()
    assert scans[-1] is False  # checked and closed cleanly: no scan on the next open


def test_damage_the_background_scan_finds_is_reported_and_the_next_open_refuses(filled) -> None:  # type: ignore[no-untyped-def]
    vault = open_deferred_over_rot(PASSPHRASE)
    try:
        with pytest.raises(CorruptDatabase) as info:
            vault.run_page_scan()
        assert "손상" in info.value.ko and "백업" in info.value.ko and "backup" in info.value.en
        assert vault.page_scan_due
    finally:
        vault.close()
    assert not integrity.closed_cleanly(paths.database_file())
    with pytest.raises(CorruptDatabase):  # without deferring (the CLI, the unlock window after this), as before
        Vault.open(PASSPHRASE)


def test_a_page_scan_after_close_does_not_run_and_stays_due(filled) -> None:  # type: ignore[no-untyped-def]
    (paths.data_dir() / integrity.STATE_FILE_NAME).unlink()
    vault = Vault.open(PASSPHRASE, defer_page_scan=True)
    vault.close()
    assert vault.run_page_scan() is False  # a scan starting after close does not run
    assert vault.page_scan_due and not integrity.closed_cleanly(paths.database_file())
