"""Round two on the keys: rekey, new recovery keys, the key generation, a newer key file, the back-off counter and
setups killed before their recovery key was shown."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from caseapp import paths
from caseapp.errors import CorruptDatabase, NotInitialised, TooManyAttempts, WrongPassphrase
from caseapp.services import backup, backup_inspect, cases, rekey
from caseapp.services.setup import initialise
from caseapp.services.vault import Vault
from caseapp.storage import keystore
from caseapp.storage.keystore import KeyFile

from .conftest import PASSPHRASE
from .helpers import REPO, run_cli

NEW = "바뀐 암호 changed-2"


def _recovery_from(stdout: str) -> str:
    return next(line.split(":", 1)[1].strip() for line in stdout.splitlines() if line.startswith("Recovery key:"))


@pytest.fixture
def filled(data_dir: Path) -> tuple[str, str]:
    vault, recovery = initialise(PASSPHRASE, "김사회", "기관")
    case = cases.open_case(vault, {"name": "김민수", "phone": "010-1234-5678"}, {"presenting_request": "주거 불안"})
    vault.close()
    return recovery, case.case_number


def _case_numbers(vault: Vault) -> list[str]:
    return [c.case_number for c in cases.list_cases(vault)]


# --- rekey ---------------------------------------------------------------------------------------------------------

def test_rekey_makes_old_key_file_copies_useless(filled: tuple[str, str], tmp_path: Path) -> None:
    old_recovery, number = filled
    stolen = tmp_path / "stolen.key"
    shutil.copy2(paths.key_file(), stolen)  # e.g. the copy next to a backup on the USB stick
    vault = Vault.open(PASSPHRASE)
    old_key, old_file_id = vault.key, vault.keyfile.file_id
    pending = rekey.prepare(vault, PASSPHRASE)
    vault = vault.rekey(pending)
    try:
        assert vault.key != old_key and vault.keyfile.file_id != old_file_id
        assert _case_numbers(vault) == [number]  # nothing lost
    finally:
        vault.close()
    # The stolen key file with the (still valid) passphrase yields the old key, which no longer opens today's file.
    key_from_copy = KeyFile.load(stolen).unwrap_with_passphrase(PASSPHRASE)
    assert key_from_copy == old_key
    assert not backup_inspect.opens_with(paths.database_file(), key_from_copy)
    with pytest.raises(WrongPassphrase):  # the old recovery key is gone too
        Vault.open_with_recovery_key(old_recovery, NEW)
    reopened = Vault.open(PASSPHRASE)  # the passphrase itself did not change
    assert reopened.warnings == [] or all(w.code != "key_file_older" for w in reopened.warnings)
    reopened.close()
    assert not paths.staged_database_file().exists() and not paths.rekey_journal_file().exists()


def test_cli_rekey_shows_a_working_recovery_key_and_old_backups_keep_their_keys(filled: tuple[str, str]) -> None:
    _old_recovery, number = filled
    vault = Vault.open(PASSPHRASE)
    made = backup.create_backup(vault, "manual").info
    vault.close()
    out = run_cli(paths.data_dir(), "rekey", passphrase=PASSPHRASE)
    assert out.returncode == 0, out.stderr
    assert "Earlier backups keep their own key files" in out.stdout or "이전 백업" in out.stdout
    recovery = _recovery_from(out.stdout)
    reopened = Vault.open_with_recovery_key(recovery, NEW)  # the key shown is the one that works
    reopened.close()
    # The backup made before the rekey still opens, with its own key file and the passphrase of its time.
    key, own_key_file = backup.choose_key(made.path, passphrase=PASSPHRASE)
    assert own_key_file and backup_inspect.opens_with(made.path, key)
    assert run_cli(paths.data_dir(), "show", number, passphrase=NEW).returncode == 0


def test_rekey_needs_the_passphrase_and_changes_nothing_without_it(filled: tuple[str, str]) -> None:
    vault = Vault.open(PASSPHRASE)
    before = paths.database_file().read_bytes()
    with pytest.raises(WrongPassphrase):
        rekey.prepare(vault, "틀린 암호 wrong-one")
    vault.close()
    assert KeyFile.load(paths.key_file()).unwrap_with_passphrase(PASSPHRASE)
    assert paths.database_file().read_bytes() == before or Vault.open(PASSPHRASE).close() is None


KILL_SCRIPT = """
import os, sys
from caseapp.services import rekey
from caseapp.services.vault import Vault
where = sys.argv[1]
if where == "before_commit":  # everything staged, the journal not yet written
    real = rekey.write_bytes_atomic
    def write(path, data, *a, **k):
        if path.name == "rekey-journal.json":
            os._exit(9)
        return real(path, data, *a, **k)
    rekey.write_bytes_atomic = write
vault = Vault.open(os.environ["CASEAPP_PASSPHRASE"])
if where == "after_commit":  # the journal written, nothing swapped yet
    rekey.recover_interrupted = lambda: os._exit(9)
pending = rekey.prepare(vault, os.environ["CASEAPP_PASSPHRASE"])
print("RECOVERY", pending.recovery_key, flush=True)
vault.rekey(pending)
"""


def _run_script(script: str, *args: str) -> "subprocess.CompletedProcess[str]":
    env = {**os.environ, "CASEAPP_DATA_DIR": str(paths.data_dir()), "CASEAPP_KDF_COST": "10",
           "PYTHONPATH": str(REPO), "CASEAPP_PASSPHRASE": PASSPHRASE}
    return subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, env=env,
                          cwd=str(REPO), timeout=120)


@pytest.mark.parametrize("where", ["before_commit", "after_commit"])
def test_rekey_killed_on_either_side_of_its_commit_point(filled: tuple[str, str], where: str) -> None:
    _old_recovery, number = filled
    old_key = KeyFile.load(paths.key_file()).unwrap_with_passphrase(PASSPHRASE)
    out = _run_script(KILL_SCRIPT, where)
    assert out.returncode == -9 or out.returncode == 9, out.stderr
    new_recovery = out.stdout.split("RECOVERY", 1)[1].split()[0]
    staged = paths.staged_database_file().exists()
    assert staged  # the kill left the staged copy behind
    vault = Vault.open(PASSPHRASE)  # always opens with the current passphrase, and loses nothing
    try:
        assert _case_numbers(vault) == [number]
        assert (vault.key == old_key) is (where == "before_commit")
    finally:
        vault.close()
    assert not paths.staged_database_file().exists() and not paths.staged_key_file().exists()
    assert not paths.rekey_journal_file().exists()
    if where == "after_commit":  # the swap was finished: the new recovery key is the one
        Vault.open_with_recovery_key(new_recovery, NEW).close()
    else:
        with pytest.raises(WrongPassphrase):
            Vault.open_with_recovery_key(new_recovery, NEW)


@pytest.mark.slow
def test_rekey_kill_loop_always_opens(filled: tuple[str, str]) -> None:
    _recovery, number = filled
    env = {**os.environ, "CASEAPP_DATA_DIR": str(paths.data_dir()), "CASEAPP_KDF_COST": "10",
           "PYTHONPATH": str(REPO), "CASEAPP_PASSPHRASE": PASSPHRASE}
    for i in range(25):
        proc = subprocess.Popen([sys.executable, "-m", "caseapp", "rekey"], env=env, cwd=str(REPO),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.2 + (i % 10) * 0.08)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        vault = Vault.open(PASSPHRASE)
        try:
            assert _case_numbers(vault) == [number]
        finally:
            vault.close()


# --- recovery keys -----------------------------------------------------------------------------------------------

def test_new_recovery_key_replaces_the_old_one(filled: tuple[str, str]) -> None:
    old_recovery, _number = filled
    out = run_cli(paths.data_dir(), "new-recovery-key", passphrase=PASSPHRASE)
    assert out.returncode == 0, out.stderr
    recovery = _recovery_from(out.stdout)
    assert recovery != old_recovery
    with pytest.raises(WrongPassphrase):
        Vault.open_with_recovery_key(old_recovery, NEW)
    vault = Vault.open_with_recovery_key(recovery, NEW)
    vault.close()


def test_a_used_recovery_key_is_replaced_and_the_file_rekeyed(filled: tuple[str, str]) -> None:
    old_recovery, number = filled
    old_key = KeyFile.load(paths.key_file()).unwrap_with_passphrase(PASSPHRASE)
    out = run_cli(paths.data_dir(), "unlock-with-recovery-key",
                  env={"CASEAPP_RECOVERY_KEY": old_recovery, "CASEAPP_NEW_PASSPHRASE": NEW})
    assert out.returncode == 0, out.stderr
    new_recovery = _recovery_from(out.stdout)
    with pytest.raises(WrongPassphrase):
        Vault.open_with_recovery_key(old_recovery, "또 다른 암호 another-1")  # used once, gone
    vault = Vault.open(NEW)
    try:
        assert vault.key != old_key and _case_numbers(vault) == [number]
        assert not vault.keyfile.rekey_due and vault.warnings == []
    finally:
        vault.close()
    Vault.open_with_recovery_key(new_recovery, "또 다른 암호 another-1").close()


def test_recovery_used_but_rekey_not_done_is_a_warning_until_rekeyed(filled: tuple[str, str]) -> None:
    old_recovery, _number = filled
    Vault.open_with_recovery_key(old_recovery, NEW).close()  # e.g. the rekey after it was killed
    vault = Vault.open(NEW)
    assert [w.code for w in vault.warnings] == ["rekey_due"]
    vault = vault.rekey(rekey.prepare(vault, NEW))
    vault.recovery_key_shown()
    vault.close()
    again = Vault.open(NEW)
    assert again.warnings == []
    again.close()


# --- init killed before the recovery key was shown ---------------------------------------------------------------

def test_init_killed_before_the_key_was_shown_sets_up_again(data_dir: Path) -> None:
    vault, _unseen = initialise(PASSPHRASE, "김사회", "기관", until_shown=True)
    vault.engine.dispose()  # killed here: nobody saw the recovery key
    assert not Vault.exists()
    with pytest.raises(NotInitialised):
        Vault.open(PASSPHRASE)
    out = run_cli(paths.data_dir(), "init", "--name", "김사회", "--org", "기관", passphrase=NEW)
    assert out.returncode == 0, out.stderr
    Vault.open_with_recovery_key(_recovery_from(out.stdout), PASSPHRASE).close()  # the key shown is the key


def test_recovery_key_never_shown_is_reported_until_a_new_one_is_made(filled: tuple[str, str]) -> None:
    vault = Vault.open(PASSPHRASE)
    vault.new_recovery_key(PASSPHRASE)  # killed before it was printed
    vault.close()
    out = run_cli(paths.data_dir(), "cases", passphrase=PASSPHRASE)
    assert out.returncode == 0 and "new-recovery-key" in out.stderr
    check = run_cli(paths.data_dir(), "check", "--json", passphrase=PASSPHRASE)
    assert "recovery_key_unseen" in check.stdout and check.returncode == 1
    assert run_cli(paths.data_dir(), "new-recovery-key", passphrase=PASSPHRASE).returncode == 0
    assert "new-recovery-key" not in run_cli(paths.data_dir(), "cases", passphrase=PASSPHRASE).stderr


# --- key generation ------------------------------------------------------------------------------------------------

def test_key_file_swapped_for_an_older_copy_is_warned_about(filled: tuple[str, str], tmp_path: Path) -> None:
    old_copy = tmp_path / "old.key"
    shutil.copy2(paths.key_file(), old_copy)
    vault = Vault.open(PASSPHRASE)
    vault.change_passphrase(PASSPHRASE, NEW)
    vault.close()
    shutil.copy2(old_copy, paths.key_file())  # rolls the passphrase back
    vault = Vault.open(PASSPHRASE)
    assert [w.code for w in vault.warnings] == ["key_file_older"]
    vault.close()
    out = run_cli(paths.data_dir(), "cases", passphrase=PASSPHRASE)
    assert out.returncode == 0 and "older than the case file" in run_cli(
        paths.data_dir(), "--lang", "en", "cases", passphrase=PASSPHRASE).stderr
    check = run_cli(paths.data_dir(), "check", "--json", passphrase=PASSPHRASE)
    assert check.returncode == 1 and "key_file_older" in check.stdout


def test_generation_goes_up_with_every_envelope_change(filled: tuple[str, str]) -> None:
    start = KeyFile.load(paths.key_file()).generation
    vault = Vault.open(PASSPHRASE)
    vault.change_passphrase(PASSPHRASE, NEW)
    vault.new_recovery_key(NEW)
    vault.recovery_key_shown()
    vault.close()
    assert KeyFile.load(paths.key_file()).generation == start + 2
    reopened = Vault.open(NEW)
    assert reopened.warnings == []
    reopened.close()


# --- key file format and back-off ---------------------------------------------------------------------------------

def test_a_newer_key_file_is_reported_as_newer_not_damaged(filled: tuple[str, str]) -> None:
    data = json.loads(paths.key_file().read_text())
    data["version"] = keystore.KEYFILE_VERSION + 1
    paths.key_file().write_text(json.dumps(data))
    out = run_cli(paths.data_dir(), "--lang", "en", "cases", passphrase=PASSPHRASE)
    assert out.returncode == 4, out.stderr
    assert "newer caseapp" in out.stderr and "damaged" not in out.stderr


def test_version_1_key_files_still_open(filled: tuple[str, str]) -> None:
    data = json.loads(paths.key_file().read_text())
    v1 = {"version": 1, "file_id": data["file_id"], "envelopes": data["envelopes"]}
    paths.key_file().write_text(json.dumps(v1))
    Vault.open(PASSPHRASE).close()


def _failures(n: int, last: float) -> None:
    kf = KeyFile.load(paths.key_file())
    kf.attempts = keystore.Attempts(n, last)
    kf.save()


def test_a_last_attempt_in_the_future_never_waits_longer_than_the_ceiling(filled: tuple[str, str]) -> None:
    _failures(20, time.time() + 1_000_000)
    wait = keystore.AttemptThrottle(paths.key_file()).wait_seconds()
    assert 0 < wait <= keystore.AttemptThrottle.MAX_DELAY


def test_the_back_off_counter_cannot_be_reset_by_deleting_or_editing_files(filled: tuple[str, str]) -> None:
    for _ in range(keystore.AttemptThrottle.FREE_ATTEMPTS):
        with pytest.raises(WrongPassphrase):
            Vault.open("틀린 암호 wrong-one")
    for name in ("unlock-attempts.json", "integrity-state.json", "commit-mark.json", "settings.json"):
        (paths.data_dir() / name).unlink(missing_ok=True)
    with pytest.raises(TooManyAttempts):
        Vault.open(PASSPHRASE)
    data = json.loads(paths.key_file().read_text())
    data["attempts"]["failures"] = 0  # edited by hand
    paths.key_file().write_text(json.dumps(data))
    with pytest.raises(TooManyAttempts):
        Vault.open(PASSPHRASE)
    del data["attempts"]  # removed by hand
    paths.key_file().write_text(json.dumps(data))
    with pytest.raises(TooManyAttempts):
        Vault.open(PASSPHRASE)
    paths.key_file().unlink()  # deleting the key file is no reset either: nothing opens without it
    with pytest.raises(CorruptDatabase):
        Vault.open(PASSPHRASE)


@pytest.mark.slow
def test_change_passphrase_kill_loop_leaves_exactly_one_passphrase_working(filled: tuple[str, str]) -> None:
    _recovery, number = filled
    current = PASSPHRASE
    for i in range(25):
        new = f"바뀐 암호 changed-{i:02d}"
        env = {**os.environ, "CASEAPP_DATA_DIR": str(paths.data_dir()), "CASEAPP_KDF_COST": "10",
               "PYTHONPATH": str(REPO), "CASEAPP_PASSPHRASE": current, "CASEAPP_NEW_PASSPHRASE": new}
        proc = subprocess.Popen([sys.executable, "-m", "caseapp", "change-passphrase"], env=env, cwd=str(REPO),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.15 + (i % 10) * 0.06)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        works = []
        for candidate in (current, new):
            try:
                vault = Vault.open(candidate)
            except WrongPassphrase:
                continue
            try:
                assert _case_numbers(vault) == [number]
            finally:
                vault.close()
            works.append(candidate)
        assert len(works) == 1, works  # the old one or the new one, never neither
        current = works[0]
