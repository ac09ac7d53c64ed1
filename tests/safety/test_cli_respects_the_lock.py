"""While the GUI (or another command) has the data folder open, commands that write are refused with exit 6;
commands that only read still run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from caseapp import cli, paths
from caseapp.services.instance_lock import InstanceLock

from .conftest import PASSPHRASE
from .helpers import run_cli
from .test_instance_lock import _start_holder


@pytest.fixture
def closed(vault, case, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    vault.close()
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CASEAPP_NEW_PASSPHRASE", "새로운 암호 두번째 것")
    assert cli.main(["backup", "-o", str(tmp_path / "earlier.db")]) == 0
    assert cli.main(["backup"]) == 0  # so that `check` has nothing to warn about
    return case


def _state() -> dict[Path, bytes]:
    data = paths.data_dir()
    return {p: p.read_bytes() for p in data.rglob("*")
            if p.is_file() and (p.suffix in (".db", ".key") or p.name.endswith(("-wal", "-shm")))}


def _writes(case_number: str, tmp: Path) -> list[list[str]]:
    (tmp / "root.pem").write_bytes(b"not needed: refused before reading")
    return [
        ["add-entry", case_number, "--type", "counselling", "--text", "상담"],
        ["backup"], ["backup", "-o", str(tmp / "another.db")],
        ["change-passphrase"], ["unlock-with-recovery-key"],
        ["destroy", case_number, "--yes"], ["restore", str(tmp / "earlier.db"), "--yes"],
        ["demo-data", "--cases", "1"], ["export", case_number, "--unsigned", "-o", str(tmp / "x.pdf")],
        ["referral-letter", case_number, "-o", str(tmp / "r.pdf")], ["import-cert", str(tmp / "root.pem")],
        ["import-pkcs12", str(tmp / "root.pem")],
    ]


def test_write_commands_are_refused_while_the_folder_is_open(closed, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    before = _state()
    with InstanceLock():
        for command in _writes(closed.case_number, tmp_path):
            code = cli.main(["--lang", "en", *command])
            err = capsys.readouterr().err
            assert code == 6, (command, err)
            assert "already running" in err and "close it" in err, (command, err)
    assert _state() == before
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "another.db").exists()


def test_reading_commands_still_run_while_the_folder_is_open(closed, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    with InstanceLock():
        for command in (["cases"], ["show", closed.case_number], ["search", "김민수"], ["backups"], ["retention"],
                        ["check"], ["blank-forms", "-o", str(tmp_path / "blank.pdf")]):
            code = cli.main(command)
            assert code == 0, (command, capsys.readouterr().err)
    capsys.readouterr()


def test_init_is_refused_while_a_window_has_the_new_folder_open(data_dir, capsys) -> None:  # type: ignore[no-untyped-def]
    """The setup dialog holds the folder before any file exists."""
    with InstanceLock():
        assert cli.main(["--lang", "en", "init", "--name", "김", "--org", "기관"]) == 6
    assert not paths.database_file().exists() and not paths.key_file().exists()
    assert "close it" in capsys.readouterr().err


def test_another_process_holding_the_folder_blocks_a_write_and_names_itself(closed) -> None:  # type: ignore[no-untyped-def]
    holder = _start_holder(paths.data_dir())
    try:
        out = run_cli(paths.data_dir(), "--lang", "en", "add-entry", closed.case_number, "--type", "counselling",
                      "--text", "상담", passphrase=PASSPHRASE)
        assert out.returncode == 6, out.stderr
        assert str(holder.pid) in out.stderr and "Traceback" not in out.stderr
        listed = run_cli(paths.data_dir(), "cases", "--json", passphrase=PASSPHRASE)
        assert listed.returncode == 0 and json.loads(listed.stdout)[0]["case_number"] == closed.case_number
    finally:
        holder.kill()
        holder.wait()
    out = run_cli(paths.data_dir(), "add-entry", closed.case_number, "--type", "counselling", "--text", "상담",
                  passphrase=PASSPHRASE)
    assert out.returncode == 0, out.stderr  # the lock of a killed process is taken over


def test_a_missing_folder_is_not_created_to_lock_it(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    missing = tmp_path / "typo"
    assert cli.main(["--data-dir", str(missing), "add-entry", "2026-0001", "--type", "counselling",
                     "--text", "상담"]) == 3
    assert not missing.exists()
