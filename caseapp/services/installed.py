"""Whether the data folder holds a case file, answered without the data layer (SQLAlchemy loads later)."""

from __future__ import annotations

from caseapp import paths
from caseapp.errors import UserError
from caseapp.storage.keystore import KeyFile


def case_file_exists() -> bool:
    """An installation is here (even a damaged one with a file missing: that goes to unlock and its clear
    CorruptDatabase with the restore offer, never to setup). A setup that never showed its recovery key is not
    one: setup starts again."""
    return (paths.key_file().exists() or paths.database_file().exists()) and not unfinished_setup()


def unfinished_setup() -> bool:
    """A key file whose setup never finished (killed before its recovery key was shown)."""
    try:
        return KeyFile.load(paths.key_file()).setup_pending
    except (OSError, UserError):
        return False
