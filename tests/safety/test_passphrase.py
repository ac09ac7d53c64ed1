"""Passphrase protection: slow KDF, back-off after wrong attempts, recovery key, changing the passphrase."""

from __future__ import annotations

import json
import time

import pytest

from caseapp import paths
from caseapp.errors import TooManyAttempts, WrongPassphrase
from caseapp.services.setup import initialise
from caseapp.services.vault import Vault
from caseapp.storage import keystore

from .conftest import PASSPHRASE
from .helpers import run_cli

WRONG = "틀린 암호 wrong-horse"


def test_production_key_file_uses_the_slow_kdf(data_dir, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(keystore.ENV_KDF_COST, raising=False)
    assert keystore.DEFAULT_SCRYPT_LOG2_N >= 17  # 128 MiB of memory per guess
    vault, _recovery = initialise(PASSPHRASE, "김사회", "기관")
    vault.close()
    data = json.loads(paths.key_file().read_text())
    for name in ("passphrase", "recovery"):
        env = data["envelopes"][name]
        assert env["kdf"] == "scrypt" and env["log2_n"] == keystore.DEFAULT_SCRYPT_LOG2_N and env["r"] == 8
    assert PASSPHRASE not in paths.key_file().read_text()


def _age_throttle(seconds: float) -> None:
    kf = keystore.KeyFile.load(paths.key_file())
    kf.attempts.last = time.time() - seconds
    kf.save()


def test_wrong_attempts_back_off_and_a_success_resets(vault) -> None:  # type: ignore[no-untyped-def]
    vault.close()
    for _ in range(keystore.AttemptThrottle.FREE_ATTEMPTS):
        with pytest.raises(WrongPassphrase):
            Vault.open(WRONG)
    with pytest.raises(TooManyAttempts) as info:
        Vault.open(PASSPHRASE)  # even the right one waits: guessing gets slower, not just failing
    assert "초 후에" in info.value.ko and "seconds" in info.value.en
    assert info.value.exit_code == 2
    _age_throttle(3)
    with pytest.raises(WrongPassphrase):
        Vault.open(WRONG)
    with pytest.raises(TooManyAttempts):
        Vault.open(PASSPHRASE)
    throttle = keystore.AttemptThrottle(paths.key_file())
    assert throttle.wait_seconds() > 2  # doubled after the fourth failure
    _age_throttle(keystore.AttemptThrottle.MAX_DELAY)
    Vault.open(PASSPHRASE).close()
    assert keystore.KeyFile.load(paths.key_file()).attempts.failures == 0


def test_cli_wrong_passphrase_exit_2_and_file_untouched(vault) -> None:  # type: ignore[no-untyped-def]
    vault.close()
    before = paths.database_file().read_bytes()
    out = run_cli(paths.data_dir(), "cases", passphrase=WRONG)
    assert out.returncode == 2 and len(out.stderr.strip().splitlines()) == 1
    assert paths.database_file().read_bytes() == before


def test_recovery_key_opens_and_sets_a_new_passphrase(data_dir) -> None:  # type: ignore[no-untyped-def]
    vault, recovery = initialise(PASSPHRASE, "김사회", "기관")
    key = vault.key
    vault.close()
    messy = "  " + recovery.lower().replace("-", " ") + " "  # as typed from paper
    with pytest.raises(WrongPassphrase):
        Vault.open_with_recovery_key(keystore.new_recovery_key(), "새 암호 new-passphrase")
    reopened = Vault.open_with_recovery_key(messy, "새 암호 new-passphrase")
    assert reopened.key == key  # same database, nothing re-encrypted
    reopened.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(PASSPHRASE)
    Vault.open("새 암호 new-passphrase").close()


def test_change_passphrase_old_stops_working(vault) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(WrongPassphrase):
        vault.change_passphrase(WRONG, "바뀐 암호 changed-1")
    Vault.open(PASSPHRASE).close()  # a failed change changed nothing
    vault.change_passphrase(PASSPHRASE, "바뀐 암호 changed-1")
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(PASSPHRASE)
    Vault.open("바뀐 암호 changed-1").close()


def test_cli_change_passphrase(vault) -> None:  # type: ignore[no-untyped-def]
    vault.close()
    out = run_cli(paths.data_dir(), "change-passphrase", passphrase=PASSPHRASE,
                  env={"CASEAPP_NEW_PASSPHRASE": "CLI로 바꾼 암호 1234"})
    assert out.returncode == 0, out.stderr
    assert run_cli(paths.data_dir(), "cases", passphrase=PASSPHRASE).returncode == 2
    assert run_cli(paths.data_dir(), "cases", passphrase="CLI로 바꾼 암호 1234").returncode == 0
