"""Wrong passphrase leaves everything untouched; the recovery key and a passphrase change work as promised."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp import paths
from caseapp.errors import WrongPassphrase
from caseapp.services import cases
from caseapp.services.setup import initialise
from caseapp.services.vault import Vault
from caseapp.storage.keystore import KeyFile
from tests.conftest import PASSPHRASE


def _bytes(*files: Path) -> list[bytes]:
    return [f.read_bytes() for f in files]


@pytest.fixture
def closed_file(data_dir):  # type: ignore[no-untyped-def]
    vault, recovery = initialise(PASSPHRASE, "김사회", "행복종합사회복지관")
    case = cases.open_case(vault, {"name": "최영희"}, {"presenting_request": "생계 곤란"})
    vault.close()
    return recovery, case.case_number


def _envelopes() -> dict[str, object]:
    return {name: env.to_json() for name, env in KeyFile.load(paths.key_file()).envelopes.items()}


def test_wrong_passphrase_raises_and_changes_nothing(closed_file) -> None:
    """Nothing but the back-off counter in the key file: the case file and both envelopes stay byte for byte."""
    db = paths.database_file()
    before, envelopes = _bytes(db), _envelopes()
    with pytest.raises(WrongPassphrase) as info:
        Vault.open("틀린 암호 wrong-one")
    assert info.value.exit_code == 2
    assert "Wrong passphrase" in info.value.message("en") and "암호" in info.value.message("ko")
    assert _bytes(db) == before and _envelopes() == envelopes
    assert KeyFile.load(paths.key_file()).attempts.failures == 1
    assert not Path(str(db) + "-wal").exists() or Path(str(db) + "-wal").stat().st_size == 0


def test_recovery_key_unlocks_and_sets_a_new_passphrase(closed_file) -> None:
    recovery, number = closed_file
    vault = Vault.open_with_recovery_key(recovery.lower().replace("-", " "), "새로운 암호 new-pass")
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(PASSPHRASE)
    vault = Vault.open("새로운 암호 new-pass")
    try:
        assert cases.find_case(vault, number).case_number == number
    finally:
        vault.close()


def test_wrong_recovery_key_is_refused(closed_file) -> None:
    before, envelopes = _bytes(paths.database_file()), _envelopes()
    with pytest.raises(WrongPassphrase):
        Vault.open_with_recovery_key("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH", "새로운 암호 new-pass")
    assert _bytes(paths.database_file()) == before and _envelopes() == envelopes
    Vault.open(PASSPHRASE).close()  # the old passphrase still works


def test_change_passphrase_makes_the_old_one_fail(closed_file) -> None:
    _recovery, number = closed_file
    vault = Vault.open(PASSPHRASE)
    vault.change_passphrase(PASSPHRASE, "바뀐 암호 changed!")
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(PASSPHRASE)
    vault = Vault.open("바뀐 암호 changed!")
    try:
        assert cases.find_case(vault, number)
    finally:
        vault.close()


def test_change_passphrase_needs_the_current_one(closed_file) -> None:
    vault = Vault.open(PASSPHRASE)
    try:
        with pytest.raises(WrongPassphrase):
            vault.change_passphrase("not the passphrase", "바뀐 암호 changed!")
    finally:
        vault.close()
    Vault.open(PASSPHRASE).close()
