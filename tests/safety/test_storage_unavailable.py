"""Disk full, read-only or missing folders: a clear StorageUnavailable, committed data intact, and the text the user
typed is still in the caller's hands to save once there is room again.

A real small filesystem (tmpfs) is used when this machine lets the tests mount one (root in a container or VM); a
file-size limit (RLIMIT_FSIZE, any user) covers the same path everywhere else. ``chmod`` cannot simulate a
read-only folder for root, so the read-only case remounts the tmpfs read-only."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select

from caseapp import paths
from caseapp.errors import StorageUnavailable
from caseapp.services import backup, cases, drafts, entries
from caseapp.services.setup import initialise
from caseapp.services.vault import Vault
from caseapp.storage.models import ServiceEntry

from .conftest import PASSPHRASE
from .helpers import REPO, data_dir_on_tmpfs, tmpfs

BIG_NOTE = "상담 내용이 아주 길게 이어집니다. " * 1200  # ~50 kB of UTF-8


@pytest.fixture
def small_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    # where it is skipped (not root), the RLIMIT_FSIZE test covers this path
    with data_dir_on_tmpfs(tmp_path / f"disk-{uuid.uuid4().hex[:6]}", monkeypatch, "3m") as mnt:
        yield mnt


def _fill_until_full(vault: Vault, case_id: str) -> list[str]:
    saved = []
    with pytest.raises(StorageUnavailable) as info:
        for _ in range(500):
            saved.append(entries.add_service_entry(vault, case_id, "counselling", BIG_NOTE).id)
    assert "디스크 공간이 부족" in info.value.ko and "disk is full" in info.value.en
    assert "kept" in info.value.en  # tells the user their typing is not lost
    return saved


def test_disk_full_keeps_committed_data_and_saves_later(small_disk: Path) -> None:
    vault, _ = initialise(PASSPHRASE, "김사회", "기관")
    case = cases.open_case(vault, {"name": "김민수"}, {})
    other_files = small_disk / "other-files.bin"  # something the user can delete to make room
    other_files.write_bytes(b"\0" * 600_000)
    saved = _fill_until_full(vault, case.id)
    assert saved, "some entries must fit before the disk fills"
    typed = "디스크가 꽉 찼을 때 쓴 중요한 기록 ✍️"
    with pytest.raises(StorageUnavailable):
        entries.add_service_entry(vault, case.id, "counselling", typed + BIG_NOTE)
    with pytest.raises(StorageUnavailable):
        backup.create_backup(vault, "manual")  # a backup on the same full disk fails clearly too
    assert not list(paths.backups_dir().glob(".*partial*"))  # and leaves no half-written file
    other_files.unlink()  # the user frees space; the text the caller kept is saved unchanged
    row = entries.add_service_entry(vault, case.id, "counselling", typed)
    vault.close()
    vault = Vault.open(PASSPHRASE)
    try:
        with vault.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
        with vault.session() as s:
            assert s.get(ServiceEntry, row.id).text == typed
            present = set(s.exec(select(ServiceEntry.id)).all())
        assert set(saved) <= present
    finally:
        vault.close()


def test_draft_autosave_on_a_full_disk_is_reported_not_lost(small_disk: Path) -> None:
    vault, _ = initialise(PASSPHRASE, "김사회", "기관")
    case = cases.open_case(vault, {"name": "김민수"}, {})
    filler = small_disk / "filler.bin"
    with open(filler, "wb", buffering=0) as fh:  # someone else fills the disk (unbuffered: close has nothing
        # left to flush onto the full disk, however the last write fell)
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        except OSError:
            pass
    values = {"text": "자동 저장 중인 글 " * 2000}
    with pytest.raises(StorageUnavailable):
        drafts.save_draft(vault, f"case:{case.id}:service_entry:new", values, case_id=case.id)
    filler.unlink()
    drafts.save_draft(vault, f"case:{case.id}:service_entry:new", values, case_id=case.id)
    assert drafts.load_draft(vault, f"case:{case.id}:service_entry:new") == values
    vault.close()


def test_read_only_folder(small_disk: Path) -> None:
    vault, _ = initialise(PASSPHRASE, "김사회", "기관")
    cases.open_case(vault, {"name": "김민수"}, {})
    vault.close()
    before = paths.database_file().read_bytes()
    assert subprocess.run(["mount", "-o", "remount,ro", str(small_disk)]).returncode == 0
    with pytest.raises(StorageUnavailable) as info:
        Vault.open(PASSPHRASE)
    assert "읽기 전용" in info.value.ko and "read-only" in info.value.en  # not "damaged": nothing to restore
    assert paths.database_file().read_bytes() == before
    assert subprocess.run(["mount", "-o", "remount,rw", str(small_disk)]).returncode == 0
    Vault.open(PASSPHRASE).close()


FSIZE_WRITER = textwrap.dedent("""
    import resource, signal, sys
    from caseapp.errors import StorageUnavailable
    from caseapp.services import entries
    from caseapp.services.vault import Vault
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG from write() instead of being killed
    vault = Vault.open(sys.argv[1])
    resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[3]), resource.RLIM_INFINITY))
    saved = 0
    try:
        for _ in range(400):
            entries.add_service_entry(vault, sys.argv[2], "counselling", "긴 기록 " * 4000)
            saved += 1
    except StorageUnavailable as exc:
        print("unavailable", saved, exc.en, flush=True)
    vault.close()
""")


def test_file_size_limit_is_a_clear_error_in_any_environment(vault, case) -> None:  # type: ignore[no-untyped-def]
    vault.close()
    limit = paths.database_file().stat().st_size + 400_000
    env = {**os.environ, "CASEAPP_DATA_DIR": str(paths.data_dir()), "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-c", FSIZE_WRITER, PASSPHRASE, case.id, str(limit)],
                         capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    kind, saved, message = out.stdout.strip().split(" ", 2)
    assert kind == "unavailable" and int(saved) > 0
    assert "nothing was saved" in message or "Cannot reach" in message
    reopened = Vault.open(PASSPHRASE)
    try:
        with reopened.session() as s:
            assert len(s.exec(select(ServiceEntry)).all()) == int(saved)
    finally:
        reopened.close()


def test_backup_folder_gone_is_reported_and_local_backup_made(vault, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from caseapp import settings
    usb = tmp_path / "usb"
    usb.mkdir()
    s = settings.Settings(backup_folder=str(usb))
    assert backup.create_backup(vault, "manual", settings=s).mirror_error is None
    usb.rename(tmp_path / "unplugged")
    result = backup.create_backup(vault, "manual", settings=s)
    assert result.info.path.exists() and isinstance(result.mirror_error, StorageUnavailable)


def test_restore_from_a_write_protected_stick(vault, case, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with tmpfs(tmp_path / "stick", "8m") as stick:
        made = backup.create_backup(vault, "manual", dest=stick / "backup.db").info
        assert subprocess.run(["mount", "-o", "remount,ro", str(stick)]).returncode == 0
        result = backup.restore_backup(made.path, vault=vault)
        result.vault.close()
        assert sorted(p.name for p in stick.iterdir()) == ["backup.db", "backup.key"]  # nothing written there
