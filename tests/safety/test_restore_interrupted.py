"""A restore, a destruction or a backup cut off at the worst moment: the next open ends in a state the user chose,
with nothing lost and destroyed cases still destroyed."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
import sqlcipher3
from sqlmodel import select

from caseapp import paths, settings
from caseapp.errors import WrongPassphrase
from caseapp.services import audit, backup, backup_inspect, checkup, destruction, entries, retention
from caseapp.services.vault import Vault
from caseapp.storage import case_keys
from caseapp.storage.models import AuditEvent, Case, ServiceEntry

from .conftest import PASSPHRASE
from .helpers import REPO

OTHER_PASSPHRASE = "다른 설치의 암호 5678"
SECRET = "파기될비밀상담내용QQ"

# Runs one CLI command and dies (like kill -9) right after a rename or a file copy lands on the data-folder file
# named in argv[1].
KILL_AFTER_WRITE = textwrap.dedent("""
    import os, shutil, sys
    from pathlib import Path
    from caseapp import paths

    def dying_after(real):
        def write(src, dst, *args, **kwargs):
            result = real(src, dst, *args, **kwargs)
            if Path(dst).name == sys.argv[1] and Path(dst).parent == paths.data_dir():
                os._exit(137)
            return result
        return write

    os.replace = dying_after(os.replace)
    shutil.copyfile = dying_after(shutil.copyfile)
    from caseapp.cli import main
    sys.exit(main(sys.argv[2:]))
""")


def _run_killed_after(live_name: str, *cli_args: str, passphrase: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CASEAPP_DATA_DIR": str(paths.data_dir()), "CASEAPP_KDF_COST": "10",
           "PYTHONPATH": str(REPO), "CASEAPP_PASSPHRASE": passphrase}
    return subprocess.run([sys.executable, "-c", KILL_AFTER_WRITE, live_name, *cli_args], capture_output=True,
                          text=True, env=env, cwd=str(REPO), stdin=subprocess.DEVNULL, timeout=120)


def _entry_ids_in_copy(path: Path, key: bytes) -> set[str]:
    """Read a backup without writing to it."""
    conn = sqlcipher3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        return {case_keys.key_text(r[0]) for r in conn.execute("SELECT id FROM serviceentry")}  # any revision
    finally:
        conn.close()


def _closed_case_with_secret(vault):  # type: ignore[no-untyped-def]
    from caseapp.services import cases
    doomed = cases.open_case(vault, {"name": "파기대상김비밀"}, {"presenting_request": SECRET})
    entries.add_service_entry(vault, doomed.id, "counselling", SECRET + " 상담", sign=True)
    with vault.session(write=True) as s:
        c = s.get(Case, doomed.id)
        c.closed_on = date(2015, 1, 5)
        s.add(c)
    return doomed


def _assert_destroyed(v: Vault, case_id: str) -> None:
    with v.session() as s:
        assert s.get(Case, case_id).destroyed_at is not None
        assert s.exec(select(ServiceEntry).where(ServiceEntry.case_id == case_id)).all() == []
        assert audit.verify_chain(s) == []
    codes = [p.code for p in checkup.run_checks(v)]
    assert "destroyed_data_left" not in codes and "audit_chain" not in codes


# --- 1: restore killed right after the swap --------------------------------------------------------------------

def test_restore_killed_right_after_the_swap_keeps_destroyed_cases_destroyed(vault, case) -> None:  # type: ignore[no-untyped-def]
    doomed = _closed_case_with_secret(vault)
    old = backup.create_backup(vault, "manual").info
    retention.destroy_case(vault, doomed.id, "보존기간 경과")
    later = entries.add_service_entry(vault, case.id, "counselling", "파기 후에 쓴 기록").id
    key = vault.key
    vault.close()

    out = _run_killed_after("caseapp.db", "restore", str(old.path), "--yes", passphrase=PASSPHRASE)
    assert out.returncode == 137, out.stderr  # killed exactly after the database file was replaced

    v = Vault.open(PASSPHRASE)
    try:
        _assert_destroyed(v, doomed.id)
        with v.session() as s:
            last = s.exec(select(AuditEvent).where(AuditEvent.action == "restore")).all()
        assert len(last) == 1 and old.path.name in last[0].detail  # the restore is in the audit trail, once
    finally:
        v.close()
    assert not (paths.data_dir() / "restore-journal.json").exists()
    pre = [b for b in backup.list_backups() if b.reason == "pre-restore"]
    assert len(pre) == 1 and later in _entry_ids_in_copy(pre[0].path, key)  # nothing lost


def test_check_fails_when_a_destroyed_cases_personal_data_exists(vault, case) -> None:  # type: ignore[no-untyped-def]
    doomed = _closed_case_with_secret(vault)
    retention.destroy_case(vault, doomed.id)
    backup.create_backup(vault, "manual")
    assert "destroyed_data_left" not in [p.code for p in checkup.run_checks(vault)]
    # personal data put back by hand (or by a tool that bypasses caseapp)
    with vault.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE \"case\" SET presenting_request = ? WHERE id = ?",
                             (SECRET, case_keys.key(doomed.id)))
    found = [p for p in checkup.run_checks(vault) if p.code == "destroyed_data_left"]
    assert found and found[0].severity == "error" and doomed.case_number in found[0].en
    with vault.session() as s:
        first = s.get(Case, doomed.id).destroyed_at
    retention.destroy_case(vault, doomed.id)  # what the message says to do
    assert "destroyed_data_left" not in [p.code for p in checkup.run_checks(vault)]
    with vault.session() as s:
        assert s.get(Case, doomed.id).destroyed_at == first  # the original date of destruction stays


def test_every_open_destroys_again_what_a_hand_restored_file_brought_back(vault, case) -> None:  # type: ignore[no-untyped-def]
    doomed = _closed_case_with_secret(vault)
    old = backup.create_backup(vault, "manual").info
    retention.destroy_case(vault, doomed.id)
    vault.close()
    # the user copies an old backup over the case file with a file manager
    for suffix in ("-wal", "-shm"):
        Path(str(paths.database_file()) + suffix).unlink(missing_ok=True)
    paths.database_file().write_bytes(old.path.read_bytes())
    v = Vault.open(PASSPHRASE)
    try:
        _assert_destroyed(v, doomed.id)
    finally:
        v.close()


# --- 3: cross-installation restore killed between database and key file ---------------------------------------

def _foreign_backup(vault, tmp_path: Path) -> tuple[Path, str]:  # type: ignore[no-untyped-def]
    """A backup of another installation (other key, OTHER_PASSPHRASE); this data folder is left as it was."""
    from caseapp.services.setup import initialise
    other_dir = tmp_path / "other-install"
    paths.set_data_dir(other_dir)
    try:
        other, _ = initialise(OTHER_PASSPHRASE, "이사회", "다른기관")
        from caseapp.services import cases
        theirs = cases.open_case(other, {"name": "다른설치사례"}, {})
        marker = entries.add_service_entry(other, theirs.id, "counselling", "다른 설치의 기록").id
        made = backup.create_backup(other, "manual", dest=tmp_path / "foreign.db").info
        other.close()
    finally:
        paths.set_data_dir(None)
    return made.path, marker


def test_cross_installation_restore_killed_between_database_and_key_file(vault, case, tmp_path) -> None:  # type: ignore[no-untyped-def]
    mine = entries.add_service_entry(vault, case.id, "counselling", "이 설치의 마지막 기록").id
    key = vault.key
    vault.close()
    foreign, marker = _foreign_backup(vault, tmp_path)

    out = _run_killed_after("caseapp.db", "restore", str(foreign), "--yes", passphrase=OTHER_PASSPHRASE)
    assert out.returncode == 137, out.stderr

    v = Vault.open(OTHER_PASSPHRASE)  # the restore was decided: it is finished, key file included
    try:
        with v.session() as s:
            assert marker in set(s.exec(select(ServiceEntry.id)).all())
    finally:
        v.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(PASSPHRASE)
    # the previous installation was set aside whole, and is what check names for the old passphrase
    good = backup_inspect.newest_good_backup(PASSPHRASE)
    assert good is not None and "set-aside" in good.path.parts
    assert mine in _entry_ids_in_copy(good.path, key)


def test_restore_hint_prefers_a_newer_set_aside_copy_to_an_older_backup(vault, case, tmp_path) -> None:  # type: ignore[no-untyped-def]
    older = backup.create_backup(vault, "manual", now=datetime.now() - timedelta(hours=1)).info
    mine = entries.add_service_entry(vault, case.id, "counselling", "백업 후에 쓴 기록").id
    vault.close()
    foreign, _marker = _foreign_backup(vault, tmp_path)
    backup.restore_backup(foreign, passphrase=OTHER_PASSPHRASE).vault.close()

    good = backup_inspect.newest_good_backup(PASSPHRASE)
    assert good is not None and good.path != older.path and good.reason == "set-aside"
    # and restoring it brings this installation back, the entry that only its -wal may have held included
    result = backup.restore_backup(good.path, passphrase=PASSPHRASE)
    try:
        with result.vault.session() as s:
            assert mine in set(s.exec(select(ServiceEntry.id)).all())
    finally:
        result.vault.close()
    Vault.open(PASSPHRASE).close()


def test_a_restore_killed_before_it_was_decided_changes_nothing(vault, case, tmp_path) -> None:  # type: ignore[no-untyped-def]
    mine = entries.add_service_entry(vault, case.id, "counselling", "그대로 남을 기록").id
    vault.close()
    foreign, _marker = _foreign_backup(vault, tmp_path)
    # both staging copies written, the journal not yet: the restore was not decided
    out = _run_killed_after(".caseapp.key.restore-staged", "restore", str(foreign), "--yes",
                            passphrase=OTHER_PASSPHRASE)
    assert out.returncode == 137, out.stderr
    with pytest.raises(WrongPassphrase):
        Vault.open(OTHER_PASSPHRASE)
    v = Vault.open(PASSPHRASE)
    try:
        with v.session() as s:
            assert mine in set(s.exec(select(ServiceEntry.id)).all())
    finally:
        v.close()
    assert [p.name for p in paths.data_dir().iterdir() if "restore-staged" in p.name] == []

    # decided (the journal landed) and killed: the next open finishes it
    out = _run_killed_after("restore-journal.json", "restore", str(foreign), "--yes", passphrase=OTHER_PASSPHRASE)
    assert out.returncode == 137, out.stderr
    Vault.open(OTHER_PASSPHRASE).close()
    assert not (paths.data_dir() / "restore-journal.json").exists()


# --- 5: pre-restore and pre-migration backups kept apart from the rotation ---------------------------------------

def test_fourteen_restores_in_a_row_keep_every_pre_restore_backup(vault, case) -> None:  # type: ignore[no-untyped-def]
    s = settings.Settings()
    assert s.backups_to_keep == 10
    start = datetime(2026, 3, 2, 9, 0, 0)
    target = backup.create_backup(vault, "manual", settings=s, now=start).info
    written: list[str] = []
    for i in range(14):
        written.append(entries.add_service_entry(vault, case.id, "counselling", f"복원 전 기록 {i}").id)
        vault = backup.restore_backup(target.path, vault=vault, settings=s,
                                      now=start + timedelta(minutes=i + 1)).vault
    key = vault.key
    vault.close()
    pre = [b for b in backup.list_backups(s) if b.reason == "pre-restore"]
    assert len(pre) == 14
    held = set().union(*(_entry_ids_in_copy(b.path, key) for b in pre))
    assert set(written) <= held


def test_a_pre_migration_backup_goes_once_newer_kept_backups_contain_it(vault, case) -> None:  # type: ignore[no-untyped-def]
    s = settings.Settings(backups_to_keep=2)
    start = datetime(2026, 3, 2, 9, 0, 0)
    pre = paths.backups_dir() / f"pre-migration-0001-to-0002-{start:%Y%m%d-%H%M%S}.db"
    paths.backups_dir().mkdir(parents=True, exist_ok=True)
    backup.create_backup(vault, "manual", dest=pre)
    foreign_key = backup.create_backup(vault, "daily", settings=s, now=start - timedelta(days=1)).info
    assert pre.exists()  # only an older backup exists: nothing newer holds what it holds
    entries.add_service_entry(vault, case.id, "counselling", "업데이트 후 기록")
    newer = backup.create_backup(vault, "daily", settings=s, now=start + timedelta(days=1)).info
    names = [b.path for b in backup.list_backups(s)]
    assert pre not in names and names == [newer.path, foreign_key.path]


def test_a_pre_restore_backup_whose_history_is_elsewhere_too_is_rotated_normally(vault, case) -> None:  # type: ignore[no-untyped-def]
    s = settings.Settings(backups_to_keep=1)
    start = datetime(2026, 3, 2, 9, 0, 0)
    target = backup.create_backup(vault, "manual", settings=s, now=start).info
    restored = backup.restore_backup(target.path, vault=vault, settings=s, now=start + timedelta(minutes=1))
    pre = restored.set_aside
    # restoring the pre-restore backup back: from then on newer backups hold its whole history
    again = backup.restore_backup(pre, vault=restored.vault, settings=s, now=start + timedelta(minutes=2))
    backup.create_backup(again.vault, "manual", settings=s, now=start + timedelta(minutes=3))
    again.vault.close()
    assert not pre.exists()


# --- partial files of a killed backup -------------------------------------------------------------------------

def test_a_killed_backups_partial_files_are_removed_on_the_next_start(vault, settings_with_mirror) -> None:  # type: ignore[no-untyped-def]
    vault.close()
    dead_pid = 2 ** 22 + 12345  # above Linux's pid_max default: no such process
    mirror = Path(settings_with_mirror.backup_folder)  # type: ignore[attr-defined]
    paths.backups_dir().mkdir(parents=True, exist_ok=True)
    stale = [paths.backups_dir() / f".caseapp-20260301-090000-manual.db.partial-{dead_pid}",
             paths.backups_dir() / f".caseapp-20260301-090000-manual.db.partial-{dead_pid}-journal",
             paths.backups_dir() / f".caseapp-20260301-090000-manual.key.tmp-{dead_pid}",
             mirror / f".caseapp-20260301-090000-manual.db.partial-{dead_pid}"]
    live = paths.backups_dir() / f".caseapp-20260301-090001-manual.db.partial-{os.getpid()}"  # still being written
    for p in stale + [live]:
        p.write_bytes(b"\0" * 4096)
    Vault.open(PASSPHRASE).close()
    assert [p for p in stale if p.exists()] == [] and live.exists()


# --- destroy on a full disk ---------------------------------------------------------------------------------------

def test_destroy_when_compaction_hits_a_full_disk_is_reported_and_retried_on_open(vault, case, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    doomed = _closed_case_with_secret(vault)
    backup.create_backup(vault, "manual")

    def full_disk(_vault, attempts: int = 20) -> bool:
        raise sqlcipher3.OperationalError("database or disk is full")

    with monkeypatch.context() as disk:
        disk.setattr(destruction, "compact", full_disk)
        report = retention.destroy_case(vault, doomed.id, "보존기간 경과")  # committed; no crash
        assert not report.compacted
        pending = [p for p in checkup.run_checks(vault) if p.code == "compaction_pending"]
        assert pending and pending[0].severity == "warning"
        vault.close()
        Vault.open(PASSPHRASE).close()  # still full: the open works and the mark stays
        assert destruction.compaction_pending()

    v = Vault.open(PASSPHRASE)  # space freed
    try:
        assert not destruction.compaction_pending()
        assert "compaction_pending" not in [p.code for p in checkup.run_checks(v)]
        _assert_destroyed(v, doomed.id)
    finally:
        v.close()


def test_cli_destroy_on_a_full_disk_says_compaction_was_postponed(vault, case, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    from caseapp.cli import main
    doomed = _closed_case_with_secret(vault)
    vault.close()

    def full_disk(_vault, attempts: int = 20) -> bool:
        raise sqlcipher3.OperationalError("database or disk is full")

    monkeypatch.setattr(destruction, "compact", full_disk)
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)
    assert main(["--lang", "en", "destroy", doomed.case_number, "--yes"]) == 0  # the destruction committed
    err = capsys.readouterr().err
    assert "postponed" in err and "retried" in err


def test_opening_on_a_read_only_file_system_is_not_blocked_by_the_restore_bookkeeping(vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import errno
    from caseapp.services import restore_journal
    vault.close()

    def read_only(self: Path, missing_ok: bool = False) -> None:
        raise OSError(errno.EROFS, "Read-only file system", str(self))

    monkeypatch.setattr(Path, "unlink", read_only)  # Linux refuses even a missing file's unlink there
    assert restore_journal.finish_interrupted() is False
