"""Replacing the case file and its key file as one step that a kill cannot leave half done.

A restore first copies the backup (and, from another installation, its key file) beside the live files under
staging names (a caller may write into the staged database first: the register lines a restore carries over),
then writes the journal: from that moment the restore counts as decided. The live files are then
renamed over. The next open (:func:`finish_interrupted`) finishes a decided restore (roll forward) or, with no
journal, deletes half-written staging copies (roll back: the live files were never touched). The journal stays until
the restored file was opened and the "restore" audit entry written (:func:`pending_note`, :func:`forget`).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from caseapp import paths
from caseapp.storage.atomic import fsync_dir, write_bytes_atomic

JOURNAL_NAME = "restore-journal.json"
SIDE_FILES = ("-wal", "-shm", "-journal")


def journal_file() -> Path:
    return paths.data_dir() / JOURNAL_NAME


def _staged(live: Path) -> Path:
    return live.with_name(f".{live.name}.restore-staged")


def _discard(staged: Path) -> None:
    """A staging copy and what SQLite may have left beside it (a copy written into has a -wal until folded)."""
    for suffix in ("", *SIDE_FILES):
        leftover = Path(str(staged) + suffix)
        if leftover.exists():  # (unlink even of a missing file fails on a read-only file system)
            leftover.unlink()


def copy_synced(source: Path, dest: Path) -> None:
    shutil.copyfile(source, dest)
    with open(dest, "rb+") as fh:
        os.fsync(fh.fileno())


def stage(database: Path, key_file: Path | None, note: str, *, database_ready: bool = False) -> None:
    """Put the new files beside the live ones and decide the restore. ``database_ready``: ``database`` is already
    the staging copy (written by the caller, e.g. with its -wal folded in)."""
    staged_db, staged_key = _staged(paths.database_file()), _staged(paths.key_file())
    staged_key.unlink(missing_ok=True)
    if not database_ready:
        _discard(staged_db)
        copy_synced(database, staged_db)
    if key_file is not None:
        copy_synced(key_file, staged_key)
    fsync_dir(staged_db.parent)
    write_bytes_atomic(journal_file(), json.dumps({"state": "staged", "note": note}).encode("utf-8"))


def staging_path() -> Path:
    """Where a caller may write the staged database itself (see ``database_ready``; :func:`discard_staged` first)."""
    return _staged(paths.database_file())


def discard_staged() -> None:
    _discard(staging_path())


def swap() -> None:
    """Rename the staged files over the live ones (roll forward); safe to run again after a kill at any point."""
    db, key = paths.database_file(), paths.key_file()
    staged_db, staged_key = _staged(db), _staged(key)
    if staged_db.exists():
        # Stale -wal/-shm belong to the old file; applied to the restored one they would corrupt it.
        for suffix in SIDE_FILES:
            Path(str(db) + suffix).unlink(missing_ok=True)
        os.replace(staged_db, db)
    if staged_key.exists():
        os.replace(staged_key, key)
    fsync_dir(db.parent)
    journal = _read()
    if journal.get("state") != "swapped":
        write_bytes_atomic(journal_file(), json.dumps({**journal, "state": "swapped"}).encode("utf-8"))


def _read() -> dict[str, str]:
    try:
        data = json.loads(journal_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def finish_interrupted() -> bool:
    """Before opening: finish a restore that was decided, drop staging copies of one that was not. True when a
    restore was finished here."""
    if journal_file().exists():
        swap()
        return True
    for live in (paths.database_file(), paths.key_file()):
        _discard(_staged(live))
    return False


def pending_note() -> str | None:
    """The description of a restore whose files are in place but whose audit entry is not written yet."""
    journal = _read() if journal_file().exists() else {}
    return str(journal.get("note", "")) if journal.get("state") == "swapped" else None


def forget() -> None:
    journal_file().unlink(missing_ok=True)
    fsync_dir(journal_file().parent)
