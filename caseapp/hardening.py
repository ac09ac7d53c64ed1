"""Process-wide protections taken first thing in ``main`` (GUI and CLI alike).

The process holds the passphrase, the raw database key and decrypted client data in memory, so a core dump is a
plaintext copy of the case file on disk: core dumps are switched off. Files and folders caseapp creates are
owner-only (umask 077): a shared family or office computer must not let another account read a backup or a log.

Windows has no core files, but Windows Error Reporting can write a full memory dump of a crashing process when a
``LocalDumps`` registry key is set; caseapp does not change the registry — an administrator who sets LocalDumps
should exclude caseapp (``WerAddExcludedApplication``). macOS honours RLIMIT_CORE.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

OWNER_ONLY_UMASK = 0o077
FILE_MODE = 0o600
FOLDER_MODE = 0o700
_PR_SET_DUMPABLE = 4


def harden_process() -> int:
    """No core dumps; owner-only files from here on. Safe to call more than once; returns the previous umask."""
    previous = os.umask(OWNER_ONLY_UMASK)
    disable_core_dumps()
    return previous


def disable_core_dumps() -> None:
    try:
        import resource
    except ImportError:  # Windows: see the module docstring
        return
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        pass  # cannot happen when lowering, but a locked-down system must not stop the program
    if sys.platform.startswith("linux"):
        # A non-dumpable process also refuses ptrace and /proc/<pid>/mem to other processes of the same user, and the
        # kernel's core_pattern pipe (systemd-coredump) ignores RLIMIT_CORE but honours this flag.
        try:
            import ctypes
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)
        except (OSError, AttributeError):
            pass


def tighten(folder: Path) -> None:
    """Make what an older version left group/world-readable in the data folder owner-only (0600 files, 0700
    folders). Symlinks are not followed: they may point at the user's own folders."""
    if sys.platform == "win32" or not folder.is_dir():
        return
    for path in [folder, *folder.rglob("*")]:
        try:
            st = path.lstat()
        except OSError:
            continue
        if stat.S_ISLNK(st.st_mode):
            continue
        want = FOLDER_MODE if stat.S_ISDIR(st.st_mode) else FILE_MODE
        if stat.S_IMODE(st.st_mode) & ~want:
            try:
                path.chmod(stat.S_IMODE(st.st_mode) & want)
            except OSError:
                pass  # a read-only folder: nothing new can be written there either
