"""One caseapp per data folder; a lock left by a killed process is taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from caseapp import paths
from caseapp.errors import AlreadyRunning
from caseapp.services.instance_lock import InstanceLock, acquire_instance_lock, instance_key, running_pid

from .helpers import REPO

HOLDER = textwrap.dedent("""
    import sys, time
    from caseapp.services.instance_lock import acquire_instance_lock
    lock = acquire_instance_lock()
    print("locked", flush=True)
    time.sleep(120)
""")


def _start_holder(data_dir: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "CASEAPP_DATA_DIR": str(data_dir), "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, "-c", HOLDER], stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    return proc


def test_second_start_in_the_same_process_is_refused(data_dir) -> None:  # type: ignore[no-untyped-def]
    with InstanceLock():
        with pytest.raises(AlreadyRunning) as info:
            InstanceLock().acquire()
        assert info.value.pid == os.getpid()  # type: ignore[attr-defined]
        assert str(os.getpid()) in info.value.en and "이미 실행 중" in info.value.ko
    InstanceLock().acquire().release()  # released on exit


def test_other_process_holds_it_then_is_killed_and_the_stale_lock_is_taken_over(data_dir) -> None:  # type: ignore[no-untyped-def]
    proc = _start_holder(data_dir)
    try:
        with pytest.raises(AlreadyRunning) as info:
            acquire_instance_lock()
        assert info.value.exit_code == 6
        assert info.value.pid == proc.pid  # type: ignore[attr-defined]
        assert running_pid() == proc.pid
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert paths.instance_lock_file().exists()  # the crash left the file behind ...
    assert running_pid() is None  # ... but nobody holds it
    lock = acquire_instance_lock()
    try:
        assert lock.held
        assert str(os.getpid()) in paths.instance_lock_file().read_text()
    finally:
        lock.release()


def test_data_folders_are_independent(tmp_path) -> None:  # type: ignore[no-untyped-def]
    a = InstanceLock(tmp_path / "a" / "caseapp.lock").acquire()
    b = InstanceLock(tmp_path / "b" / "caseapp.lock").acquire()
    a.release()
    b.release()
    assert instance_key(tmp_path / "a") != instance_key(tmp_path / "b")
    assert instance_key(tmp_path / "a") == instance_key(tmp_path / "a")


def test_cli_restore_refuses_while_the_program_runs(vault, case) -> None:  # type: ignore[no-untyped-def]
    from caseapp.services import backup
    from .conftest import PASSPHRASE
    from .helpers import run_cli
    made = backup.create_backup(vault, "manual").info
    vault.close()
    proc = _start_holder(paths.data_dir())
    try:
        out = run_cli(paths.data_dir(), "restore", str(made.path), "--yes", passphrase=PASSPHRASE)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert out.returncode == 6 and "이미 실행 중" in out.stderr
