"""Everything caseapp writes is owner-only, and the process leaves no core dump holding keys or client data."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from caseapp import paths, settings

from .conftest import PASSPHRASE
from .helpers import REPO

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")


def _loose(*folders: Path) -> list[str]:
    """Files not 0600 and folders not 0700 below (and including) each folder."""
    found = []
    for folder in folders:
        for p in [folder, *folder.rglob("*")]:
            mode = stat.S_IMODE(p.lstat().st_mode)
            if p.is_symlink():
                continue
            want = 0o700 if p.is_dir() else 0o600
            if mode != want:
                found.append(f"{p.relative_to(folder.parent)} {mode:o}")
    return found


def test_every_file_and_folder_caseapp_writes_is_owner_only(data_dir, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from caseapp import cli
    usb = tmp_path / "usb"
    usb.mkdir(mode=0o755)
    out = tmp_path / "out"
    out.mkdir(mode=0o755)
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)
    old = os.umask(0o022)  # as a desktop session leaves it: caseapp must not rely on it
    try:
        assert cli.main(["init", "--name", "김사회", "--org", "기관"]) == 0
        settings.save(settings.Settings(backup_folder=str(usb)))
        for command in (["demo-data", "--cases", "2"], ["add-entry", "2026-0001", "--type", "counselling", "--text",
                                                        "상담"], ["backup"], ["backup", "-o", str(out / "copy.db")],
                        ["export", "2026-0001", "--unsigned", "-o", str(out / "case.pdf")],
                        ["blank-forms", "-o", str(out / "forms.pdf")], ["export-cert", "-o", str(out / "root.pem")],
                        ["cases"], ["check"]):
            assert cli.main(command) in (0, 1), command  # check may warn about the demo data
    finally:
        os.umask(old)
    assert (data_dir / "backups").is_dir() and list(usb.iterdir())
    assert _loose(data_dir) == []
    assert _loose(usb) == ["usb 755"]  # the user's own folder keeps its mode; what caseapp put in it does not
    assert _loose(out) == ["out 755"]


def test_the_error_log_is_owner_only_and_named(data_dir, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    from caseapp import cli
    old = os.umask(0o022)  # as a desktop session leaves it
    try:
        path = cli.write_internal_error_log(RuntimeError("boom"), "cases")
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(paths.logs_dir().stat().st_mode) == 0o700


def test_loose_files_of_an_older_version_are_tightened_on_start(vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from caseapp import cli
    vault.close()
    data = paths.data_dir()
    for p in [data, *data.rglob("*")]:
        p.chmod(0o755 if p.is_dir() else 0o644)
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)
    assert cli.main(["cases"]) == 0
    assert _loose(data) == []


PROBE = textwrap.dedent("""
    import ctypes, resource, sys
    import caseapp.ui.app
    caseapp.ui.app.run_gui = lambda data_dir, lang: 0  # the GUI path without a window
    from caseapp.__main__ import main
    main(sys.argv[1:])
    libc = ctypes.CDLL(None, use_errno=True)
    PR_GET_DUMPABLE = 3
    print(resource.getrlimit(resource.RLIMIT_CORE)[0], libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), oct(__import__("os").umask(0)))
""")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux")
@pytest.mark.parametrize("argv", [[], ["backups"]], ids=["gui", "cli"])
def test_no_core_dumps_and_owner_only_umask_in_gui_and_cli(data_dir, argv) -> None:  # type: ignore[no-untyped-def]
    env = {**os.environ, "CASEAPP_DATA_DIR": str(data_dir), "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, env=env,
                         timeout=60, cwd=str(REPO))
    assert out.returncode == 0, out.stderr
    assert out.stdout.split()[-3:] == ["0", "0", "0o77"]
