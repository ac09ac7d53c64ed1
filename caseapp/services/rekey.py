"""``caseapp rekey``: re-encrypt the case file under a fresh random key, with a new key file and recovery key.

Changing the passphrase rewrites one envelope only, so an old copy of ``caseapp.key`` (in a backup, on the USB mirror)
still opens today's file with the old passphrase. A rekey ends that: afterwards only the new key file opens the
case file. Backups made before keep their own key files (they are copies, not re-encrypted) and still open with the
passphrase that was valid when they were made.

One recoverable commit point. The re-encrypted copy (``caseapp.db.rekey``) and the new key file
(``caseapp.key.rekey``) are written and checked beside the current ones while the write lock keeps every other writer
out; then the journal ``rekey-journal.json`` is written atomically: that is the commit. Killed before it, the next
open deletes the staged files and the old key stays; killed after it, the next open finishes the swap. Either way
the file opens with the current passphrase.
"""

from __future__ import annotations

import errno
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from caseapp import paths
from caseapp.errors import AlreadyRunning, StorageUnavailable
from caseapp.services import audit, commit_mark, key_state
from caseapp.storage.atomic import fsync_dir, write_bytes_atomic
from caseapp.storage.connect import raw_connect
from caseapp.storage.keystore import KeyFile, key_file_lock, key_file_write_error
from caseapp.storage.sqlite_backup import copy_database, verify_copy

if TYPE_CHECKING:
    from caseapp.services.vault import Vault


@dataclass
class PendingRekey:
    """A new key file in memory; nothing on disk has changed yet. Show ``recovery_key``, then ``Vault.rekey``."""

    keyfile: KeyFile
    key: bytes
    recovery_key: str


def prepare(vault: "Vault", passphrase: str) -> PendingRekey:
    """Check the passphrase and make the new key (kept under the same passphrase) and the new recovery key."""
    vault.keyfile.unwrap_with_passphrase(passphrase)  # proves knowledge of the current passphrase
    vault.require_writable()  # a full disk: refuse before a new recovery key is shown
    _require_room_for_copy(vault.db_path)
    generation = max(vault.keyfile.generation, key_state.stored_generation(vault)) + 1
    keyfile, key, recovery = KeyFile.fresh(paths.key_file(), passphrase, generation=generation)
    return PendingRekey(keyfile, key, recovery)


def swap(vault: "Vault", pending: PendingRekey) -> None:
    """Swap in the re-encrypted file (``vault`` is closed here: :meth:`Vault.rekey` opens the new one)."""
    actor = vault.actor
    vault.close()
    _remove_staged()
    holder = _take_write_lock(vault.db_path, vault.key)
    try:
        seq = _write_staged_copy(vault.db_path, vault.key, pending, actor)
        write_bytes_atomic(paths.staged_key_file(), pending.keyfile.to_bytes())
        write_bytes_atomic(paths.rekey_journal_file(), json.dumps(
            {"state": "commit", "file_id": pending.keyfile.file_id, "generation": pending.keyfile.generation,
             "seq": seq}).encode("ascii"))  # the commit point
    except OSError as exc:
        _remove_staged()
        raise _write_error(exc) from exc
    except sqlcipher3.OperationalError as exc:  # SQLITE_FULL and friends while copying
        _remove_staged()
        raise _write_error(OSError(errno.ENOSPC if "full" in str(exc).lower() else errno.EIO, str(exc))) from exc
    except BaseException:
        _remove_staged()
        raise
    finally:
        holder.close()
    recover_interrupted()


def _require_room_for_copy(db: Path) -> None:
    try:
        st = os.statvfs(db.parent)
        free, needed = st.f_bavail * st.f_frsize, db.stat().st_size * 2 + (1 << 20)
    except (OSError, AttributeError):  # AttributeError: no statvfs (Windows): the copy itself reports a full disk
        return
    if free < needed:
        mib = (needed - free + (1 << 20) - 1) >> 20
        raise StorageUnavailable(f"키를 바꾸려면 사례 파일을 한 번 더 쓸 공간이 필요합니다. {mib} MiB를 더 확보하세요. 아무것도 "
                                 f"바뀌지 않았습니다.",
                                 f"Re-keying writes the case file once more: free {mib} MiB more. Nothing changed.")


def _take_write_lock(db: Path, key: bytes) -> sqlcipher3.Connection:
    """Hold the write lock for the whole copy: a change made meanwhile by anyone would be lost in the swap."""
    conn = raw_connect(db, key)
    conn.isolation_level = None
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlcipher3.OperationalError as exc:
        conn.close()
        raise AlreadyRunning("다른 프로그램이 사례 파일에 쓰는 중이라 키를 바꾸지 못했습니다. 그 프로그램을 닫고 다시 시도하세요.",
                             "Another program is writing to the case file, so the key was not changed. Close it and "
                             "try again.") from exc
    return conn


def _write_staged_copy(db: Path, key: bytes, pending: PendingRekey, actor: str) -> int:
    """Copy the file page by page under the new key, record the rekey in it, check it; return its audit head."""
    from sqlmodel import Session  # the ORM only when a rekey runs: every open calls recover_interrupted

    from caseapp.storage.engine import make_engine
    from caseapp.storage.models import Meta
    staged = paths.staged_database_file()
    copy_database(db, key, staged, new_key=pending.key)
    engine = make_engine(staged, pending.key, pool_size=1)
    try:
        with Session(engine) as s:
            event = audit.record(s, actor, "rekey", "caseapp", "",
                                 detail=f"new database key; key generation {pending.keyfile.generation}")
            s.merge(Meta(key=key_state.META_KEY, value=str(pending.keyfile.generation)))
            s.commit()
            seq = int(event.seq or 0)
    finally:
        engine.dispose()  # the last connection checkpoints: the staged file stands alone
    verify_copy(staged, pending.key)
    with open(staged, "rb+") as fh:
        os.fsync(fh.fileno())
    return seq


def recover_interrupted() -> None:
    """On every open: finish a committed rekey, or remove what an uncommitted one left behind."""
    journal = paths.rekey_journal_file()
    if not journal.exists():
        try:
            _remove_staged()
        except OSError:
            pass  # a read-only folder: leftovers of an uncommitted rekey are harmless and go next time
        return
    with key_file_lock(paths.key_file()):
        try:
            data = json.loads(journal.read_text(encoding="ascii"))
        except FileNotFoundError:
            return  # another process finished it while this one waited
        except (OSError, ValueError):
            data = {}
        if data.get("state") != "commit":
            _remove_staged()
            journal.unlink(missing_ok=True)
            return
        try:
            _finish(data)
        except OSError as exc:
            raise _write_error(exc, finishing=True) from exc


def _finish(data: dict[str, object]) -> None:
    db, staged_db, staged_key = paths.database_file(), paths.staged_database_file(), paths.staged_key_file()
    if staged_db.exists():
        # -wal/-shm belong to the old key; everything in them is in the staged copy (taken under the write lock).
        for suffix in ("-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
        os.replace(staged_db, db)
    if staged_key.exists():
        os.replace(staged_key, paths.key_file())
    fsync_dir(db.parent)
    commit_mark.write_mark(str(data.get("file_id", "")), int(str(data.get("seq", 0))))
    paths.rekey_journal_file().unlink(missing_ok=True)
    fsync_dir(db.parent)


def _remove_staged() -> None:
    staged = paths.staged_database_file()
    partials = list(staged.parent.glob(f".{staged.name}.partial-*"))  # a copy killed half-way (copy_database)
    for p in (staged, Path(str(staged) + "-wal"), Path(str(staged) + "-shm"), Path(str(staged) + "-journal"),
              paths.staged_key_file(), *partials):
        p.unlink(missing_ok=True)


def _write_error(exc: OSError, *, finishing: bool = False) -> StorageUnavailable:
    if finishing:
        return StorageUnavailable(
            f"새 키로 바꾸는 작업을 마치지 못했습니다({exc.strerror}). 공간을 확보하거나 폴더를 쓸 수 있게 한 뒤 다시 여세요. "
            f"아무것도 잃지 않았고 지금의 암호로 열립니다.",
            f"Could not finish switching to the new key ({exc.strerror}). Free some space or make the folder "
            f"writable, then open it again. Nothing is lost; it opens with the current passphrase.")
    return key_file_write_error(exc)
