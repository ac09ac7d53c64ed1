"""Commits a damaged -wal drops are reported; a full disk still reads; key changes on a full or read-only disk
fail clearly and change nothing."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from caseapp import paths
from caseapp.errors import StorageUnavailable, WrongPassphrase
from caseapp.services import backup, cases, entries
from caseapp.services.setup import initialise
from caseapp.services.vault import Vault

from .conftest import PASSPHRASE
from .helpers import flip_bytes, run_cli, truncate
from .test_storage_unavailable import small_disk  # noqa: F401 (the fixture: a real 3 MiB tmpfs)

WAL_HEADER, FRAME_HEADER, PAGE = 32, 24, 4096


def _wal() -> Path:
    return Path(str(paths.database_file()) + "-wal")


def _crash_with_wal_content(vault: Vault, case_id: str, n: int) -> None:
    """Commit ``n`` entries, then leave the files as a power cut would (the -wal still holding the commits)."""
    for i in range(n):
        entries.add_service_entry(vault, case_id, "counselling", f"상담 기록 {i}")
    db, wal = paths.database_file().read_bytes(), _wal().read_bytes()
    vault.close()
    paths.database_file().write_bytes(db)
    _wal().write_bytes(wal)
    Path(str(paths.database_file()) + "-shm").unlink(missing_ok=True)


@pytest.fixture
def crashed(vault, case) -> Iterator[str]:  # type: ignore[no-untyped-def]
    entries.add_service_entry(vault, case.id, "counselling", "체크포인트 전 기록")
    _crash_with_wal_content(vault, case.id, 3)
    frames = (_wal().stat().st_size - WAL_HEADER) // (FRAME_HEADER + PAGE)
    assert frames >= 3
    yield case.case_number


@pytest.mark.parametrize("damage", ["flip", "truncate"])
def test_commits_dropped_with_a_damaged_wal_are_reported(crashed: str, damage: str) -> None:
    size = _wal().stat().st_size
    last_frame = size - (FRAME_HEADER + PAGE)
    if damage == "flip":
        flip_bytes(_wal(), last_frame + FRAME_HEADER + 100, 4)
    else:
        truncate(_wal(), last_frame + 1000)
    out = run_cli(paths.data_dir(), "--lang", "en", "cases", passphrase=PASSPHRASE)
    assert out.returncode == 0
    assert "change(s) are missing from the case file" in out.stderr
    assert (paths.backups_dir() / "set-aside").exists()  # the damaged journal was kept for support
    check = run_cli(paths.data_dir(), "--lang", "en", "check", passphrase=PASSPHRASE)
    assert "missing from the case file" in check.stdout and "No backup holds them" in check.stdout
    again = run_cli(paths.data_dir(), "--lang", "en", "cases", passphrase=PASSPHRASE)
    assert "missing" not in again.stderr  # told once on open; the audit trail keeps the record


def test_check_names_the_backup_that_holds_the_lost_changes(vault, case) -> None:  # type: ignore[no-untyped-def]
    entries.add_service_entry(vault, case.id, "counselling", "첫 기록")
    for i in range(2):
        entries.add_service_entry(vault, case.id, "counselling", f"나중 기록 {i}")
    db, wal = paths.database_file().read_bytes(), _wal().read_bytes()
    made = backup.create_backup(vault, "manual").info  # holds everything committed so far
    vault.close()
    paths.database_file().write_bytes(db)
    _wal().write_bytes(wal)
    Path(str(paths.database_file()) + "-shm").unlink(missing_ok=True)
    size = _wal().stat().st_size
    flip_bytes(_wal(), size - PAGE + 200, 4)
    check = run_cli(paths.data_dir(), "--lang", "en", "check", "--json", passphrase=PASSPHRASE)
    assert check.returncode == 1
    assert "changes_missing" in check.stdout and made.path.name in check.stdout


def test_an_undamaged_crash_reports_nothing(crashed: str) -> None:
    out = run_cli(paths.data_dir(), "--lang", "en", "cases", passphrase=PASSPHRASE)
    assert out.returncode == 0 and "missing" not in out.stderr


def test_a_restore_is_not_a_loss(vault, case) -> None:  # type: ignore[no-untyped-def]
    made = backup.create_backup(vault, "manual").info
    for i in range(3):
        entries.add_service_entry(vault, case.id, "counselling", f"복원 뒤에 사라질 기록 {i}")
    result = backup.restore_backup(made.path, vault=vault)
    assert result.vault.warnings == []
    result.vault.close()
    out = run_cli(paths.data_dir(), "--lang", "en", "check", passphrase=PASSPHRASE)
    assert "missing from the case file" not in out.stdout


# --- full and read-only disks --------------------------------------------------------------------------------------

def _fill(disk: Path) -> Path:
    filler = disk / "filler.bin"
    with open(filler, "wb") as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        except OSError:
            pass
    return filler


@pytest.fixture
def full_disk(small_disk: Path) -> Iterator[tuple[Path, str]]:
    vault, _ = initialise(PASSPHRASE, "김사회", "기관")
    number = cases.open_case(vault, {"name": "김민수"}, {}).case_number
    vault.close()
    filler = _fill(small_disk)
    yield filler, number
    filler.unlink(missing_ok=True)


def test_a_full_disk_still_reads_and_says_why_it_cannot_save(full_disk: tuple[Path, str]) -> None:
    _filler, number = full_disk
    out = run_cli(paths.data_dir(), "--lang", "en", "cases", passphrase=PASSPHRASE)
    assert out.returncode == 0, out.stderr
    assert number in out.stdout and "disk is full" in out.stderr
    assert run_cli(paths.data_dir(), "show", number, passphrase=PASSPHRASE).returncode == 0
    write = run_cli(paths.data_dir(), "--lang", "en", "add-entry", number, "--type", "counselling", "--text", "새 기록",
                    passphrase=PASSPHRASE)
    assert write.returncode == 1 and "disk is full" in write.stderr and "read-only" not in write.stderr


def test_change_passphrase_on_a_full_disk_changes_nothing(full_disk: tuple[Path, str]) -> None:
    before = paths.key_file().read_bytes()
    out = run_cli(paths.data_dir(), "--lang", "en", "change-passphrase", passphrase=PASSPHRASE,
                  env={"CASEAPP_NEW_PASSPHRASE": "새 암호 new-passphrase"})
    assert out.returncode == 1, out.stderr
    assert "disk is full" in out.stderr and "still work" in out.stderr
    assert paths.key_file().read_bytes() == before
    for command in ("rekey", "new-recovery-key"):
        refused = run_cli(paths.data_dir(), "--lang", "en", command, passphrase=PASSPHRASE)
        assert refused.returncode == 1 and "disk is full" in refused.stderr
        assert "RECOVERY KEY" not in refused.stdout  # no key shown that would never work
    Vault.open(PASSPHRASE).close()


def test_change_passphrase_on_a_read_only_folder_changes_nothing(small_disk: Path) -> None:
    vault, _ = initialise(PASSPHRASE, "김사회", "기관")
    vault.close()  # (a mount with open files cannot be remounted; the key file change needs no open database)
    assert subprocess.run(["mount", "-o", "remount,ro", str(small_disk)]).returncode == 0
    try:
        with pytest.raises(StorageUnavailable) as info:
            vault.change_passphrase(PASSPHRASE, "새 암호 new-passphrase")
        assert "read-only" in info.value.en and "still work" in info.value.en
        assert vault.keyfile.unwrap_with_passphrase(PASSPHRASE)  # the object in memory is unchanged as well
        with pytest.raises(WrongPassphrase):
            vault.keyfile.unwrap_with_passphrase("새 암호 new-passphrase")
    finally:
        vault.engine.dispose()
        subprocess.run(["mount", "-o", "remount,rw", str(small_disk)])
    Vault.open(PASSPHRASE).close()


def test_rekey_on_a_nearly_full_disk_fails_before_showing_a_key(small_disk: Path) -> None:
    vault, _ = initialise(PASSPHRASE, "김사회", "기관")
    vault.close()
    filler = small_disk / "filler.bin"
    st = os.statvfs(small_disk)
    room = st.f_bavail * st.f_frsize - paths.database_file().stat().st_size - 300_000
    filler.write_bytes(b"\0" * max(0, room))
    out = run_cli(paths.data_dir(), "--lang", "en", "rekey", passphrase=PASSPHRASE)
    assert out.returncode == 1 and "Nothing changed" in out.stderr and "RECOVERY KEY" not in out.stdout
    shutil.rmtree(small_disk / "data" / "tmp", ignore_errors=True)
    Vault.open(PASSPHRASE).close()
