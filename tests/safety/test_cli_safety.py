"""The safety commands of the CLI contract: backup, restore (--yes), retention, destroy (--yes)."""

from __future__ import annotations

import json
from datetime import date

from caseapp import paths
from caseapp.storage.models import Case

from .conftest import PASSPHRASE
from .helpers import run_cli


def test_backup_to_a_file_and_restore_needs_yes(vault, case, tmp_path) -> None:  # type: ignore[no-untyped-def]
    vault.close()
    data = paths.data_dir()
    target = tmp_path / "usb" / "오늘의 백업.db"
    target.parent.mkdir()
    out = run_cli(data, "backup", "-o", str(target), passphrase=PASSPHRASE)
    assert out.returncode == 0, out.stderr
    assert target.exists() and target.with_suffix(".key").exists()
    assert str(target) in out.stdout

    before = paths.database_file().read_bytes()
    out = run_cli(data, "--lang", "en", "restore", str(target), passphrase=PASSPHRASE)
    assert out.returncode == 1 and "--yes" in out.stderr and len(out.stderr.strip().splitlines()) == 1
    assert paths.database_file().read_bytes() == before

    out = run_cli(data, "--lang", "en", "restore", str(target), "--yes", passphrase=PASSPHRASE)
    assert out.returncode == 0, out.stderr
    assert "Restored" in out.stdout and "pre-restore" in out.stdout
    assert run_cli(data, "show", case.case_number, passphrase=PASSPHRASE).returncode == 0

    out = run_cli(data, "restore", str(tmp_path / "nope.db"), "--yes", passphrase=PASSPHRASE)
    assert out.returncode == 1 and "Traceback" not in out.stderr

    out = run_cli(data, "backups", "--json", passphrase=PASSPHRASE)
    listed = json.loads(out.stdout)
    assert [b["reason"] for b in listed] == ["pre-restore"]


def test_restore_with_the_backups_passphrase_after_a_reinstall(vault, case, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Laptop replaced: a new installation, the old backup from the USB stick and the old passphrase."""
    vault.close()
    old_backup = tmp_path / "old.db"
    assert run_cli(paths.data_dir(), "backup", "-o", str(old_backup), passphrase=PASSPHRASE).returncode == 0
    fresh = tmp_path / "new-laptop"
    assert run_cli(fresh, "init", "--name", "김사회", "--org", "기관", passphrase="새 노트북 암호 9876").returncode == 0
    out = run_cli(fresh, "--lang", "en", "restore", str(old_backup), "--yes", passphrase="새 노트북 암호 9876")
    assert out.returncode == 2 and "valid when the backup was made" in out.stderr
    out = run_cli(fresh, "--lang", "en", "restore", str(old_backup), "--yes", passphrase=PASSPHRASE)
    assert out.returncode == 0, out.stderr
    assert "passphrase and recovery key that were valid when the backup was made" in out.stdout
    assert run_cli(fresh, "show", case.case_number, passphrase=PASSPHRASE).returncode == 0


def test_retention_and_destroy(vault, case) -> None:  # type: ignore[no-untyped-def]
    with vault.session(write=True) as s:
        c = s.get(Case, case.id)
        c.closed_on, c.stage = date(2015, 6, 1), "termination"
        s.add(c)
    vault.close()
    data = paths.data_dir()
    out = run_cli(data, "retention", "--json", passphrase=PASSPHRASE)
    assert out.returncode == 0
    listed = json.loads(out.stdout)
    assert [(i["case_number"], i["retention_until"]) for i in listed] == [(case.case_number, "2020-06-01")]

    out = run_cli(data, "destroy", case.case_number, passphrase=PASSPHRASE)
    assert out.returncode == 1 and "--yes" in out.stderr
    out = run_cli(data, "destroy", case.case_number, "--yes", "--reason", "보존기간 5년 경과", passphrase=PASSPHRASE)
    assert out.returncode == 0, out.stderr
    assert json.loads(run_cli(data, "retention", "--json", passphrase=PASSPHRASE).stdout) == []
    out = run_cli(data, "destroy", case.case_number, "--yes", passphrase=PASSPHRASE)
    assert out.returncode == 1 and "이미 파기된" in out.stderr
    assert run_cli(data, "destroy", "2026-9999", "--yes", passphrase=PASSPHRASE).returncode == 1
