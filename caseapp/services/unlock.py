"""Unlocking: what every open does before the case file itself is read, without the ORM.

Finish or undo what an interrupted restore or rekey left (:func:`load_keyfile`), then unwrap the database key with
the passphrase under the attempt back-off (:func:`passphrase_key`). :class:`caseapp.services.vault.Vault` opens the
file with the key afterwards; so does :mod:`caseapp.services.read_vault` for a command that only reads, which is
why this sits apart from the vault (importing SQLAlchemy, SQLModel and the models costs ~0.6 s).
"""

from __future__ import annotations

from caseapp import paths
from caseapp.errors import NotInitialised, WrongPassphrase
from caseapp.services import access_log
from caseapp.services import rekey as rekeying
from caseapp.services.installed import unfinished_setup
from caseapp.storage.keystore import AttemptThrottle, EarlyUnwrap, KeyFile


def load_keyfile() -> KeyFile:
    """The key file, after an interrupted restore or rekey was finished or undone; NotInitialised or a clear
    CorruptDatabase when the folder holds no case file, or only half of one."""
    from caseapp.services.on_open import tidy_before_open  # an interrupted restore is finished first
    tidy_before_open()
    rekeying.recover_interrupted()  # a rekey killed on either side of its commit point: finish or undo it first
    if unfinished_setup():
        raise NotInitialised()
    key_exists, db_exists = paths.key_file().exists(), paths.database_file().exists()
    if not key_exists and not db_exists:
        raise NotInitialised()
    if not key_exists or not db_exists:  # never fall through to SQLite, which would create an empty file
        from caseapp.services.integrity import missing_file_error
        raise missing_file_error(key_missing=not key_exists)
    return KeyFile.load(paths.key_file())


def passphrase_key(keyfile: KeyFile, passphrase: str, early: EarlyUnwrap | None = None) -> bytes:
    """The database key unwrapped with ``passphrase`` (``early``: its derivation already started), under the
    attempt back-off; a wrong passphrase is counted and noted for the access records (exit as WrongPassphrase)."""
    throttle = AttemptThrottle(paths.key_file())
    throttle.check()
    try:
        key = early.unwrap(keyfile) if early is not None else keyfile.unwrap_with_passphrase(passphrase)
    except WrongPassphrase:
        throttle.failed()
        access_log.note_failed_unlock()
        raise
    throttle.succeeded()
    forget_legacy_counter()
    return key


def forget_legacy_counter() -> None:
    """Versions before key file 2 kept the counter in its own file (deleting it reset the back-off)."""
    try:
        paths.lockout_file().unlink(missing_ok=True)
    except OSError:
        pass
