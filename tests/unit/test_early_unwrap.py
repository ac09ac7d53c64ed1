"""The key derivation started early (while the data layer imports) must open exactly what the key file opens."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.errors import WrongPassphrase
from caseapp.storage.keystore import EarlyUnwrap, KeyFile

OLD, NEW = "correct horse battery 1", "another staple phrase 2"


def test_the_early_key_is_the_key_file_key_and_a_wrong_passphrase_stays_wrong(tmp_path: Path) -> None:
    path = tmp_path / "caseapp.key"
    _kf, db_key, _recovery = KeyFile.create(path, OLD)
    assert EarlyUnwrap(path, OLD).unwrap(KeyFile.load(path)) == db_key
    with pytest.raises(WrongPassphrase):
        EarlyUnwrap(path, "not the passphrase 3").unwrap(KeyFile.load(path))


def test_a_key_file_changed_meanwhile_is_derived_against_again(tmp_path: Path) -> None:
    path = tmp_path / "caseapp.key"
    kf, db_key, _recovery = KeyFile.create(path, OLD)
    early_old, early_new = EarlyUnwrap(path, OLD), EarlyUnwrap(path, NEW)
    early_old.unwrap(kf)  # both derivations are done against the old envelope
    kf.rewrap_passphrase(db_key, NEW)  # e.g. a restore finished by the open replaced the key file
    current = KeyFile.load(path)
    with pytest.raises(WrongPassphrase):
        early_old.unwrap(current)  # the old passphrase no longer opens it, whatever was derived before
    assert early_new.unwrap(current) == db_key


def test_an_early_derivation_that_could_not_read_the_file_falls_back_to_the_ordinary_unwrap(tmp_path: Path) -> None:
    path = tmp_path / "caseapp.key"
    KeyFile.create(path, OLD)
    early = EarlyUnwrap(tmp_path / "missing.key", OLD)  # could not even read a file
    assert early.unwrap(KeyFile.load(path)) is not None


def test_the_derivation_is_the_same_scrypt_as_cryptography_s() -> None:
    """Key files written before (cryptography's Scrypt) open with the derivation used now (OpenSSL's, hashlib)."""
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    from caseapp.storage import keystore
    for secret, salt, log2_n in ((b"pass", b"s" * 16, 10), ("한글 암호 문장".encode(), bytes(range(16)), 12)):
        expected = Scrypt(salt=salt, length=32, n=2 ** log2_n, r=8, p=1).derive(secret)
        assert keystore._derive(secret, salt, log2_n) == expected


def test_the_derivation_leaves_the_interpreter_free_for_the_imports() -> None:
    """EarlyUnwrap only helps if scrypt releases the GIL: the main thread keeps running while it derives."""
    import threading
    import time

    from caseapp.storage import keystore
    took: list[float] = []

    def derive() -> None:
        start = time.perf_counter()
        keystore._derive(b"pass", b"s" * 16, 15)  # ~32 MiB, tens of milliseconds
        took.append(time.perf_counter() - start)
    worker = threading.Thread(target=derive)
    last = time.perf_counter()
    longest = 0.0
    worker.start()
    while worker.is_alive():
        now = time.perf_counter()
        longest, last = max(longest, now - last), now
    worker.join()
    # A derivation holding the GIL stops this loop for all of its run; one releasing it, for a thread switch.
    assert longest < 0.5 * took[0]
