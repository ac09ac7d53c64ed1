"""Opening, creating and re-keying the encrypted case file.

A :class:`Vault` is the unlocked case file: the raw database key in memory and an Engine on the SQLCipher file.
Sessions are short and their objects detached (``expire_on_commit=False``), so the GUI can hold rows safely.
"""

from __future__ import annotations

import errno
import hmac
import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlmodel import Session

from caseapp import paths
from caseapp.errors import AlreadyInitialised, Notice, StorageUnavailable, UserError, WrongPassphrase
from caseapp.services import access_log, audit, case_summaries, commit_mark, key_state, open_checks, sync_log
from caseapp.services import rekey as rekeying
from caseapp.services import unlock
from caseapp.services.installed import case_file_exists, unfinished_setup
from caseapp.services.storage_errors import disk_full_error, storage_error
from caseapp.storage import migrate
from caseapp.storage.engine import disk_full, immediate, light, make_engine
from caseapp.storage.keystore import AttemptThrottle, EarlyUnwrap, KeyFile, key_file_write_error
from caseapp.storage.models import Agency, Practitioner
from caseapp.storage.sqlite_backup import copy_database


class Vault:
    def __init__(self, data_dir: Path, key: bytes, keyfile: KeyFile, *, read_only: bool = False) -> None:
        self.data_dir = data_dir
        self.db_path = data_dir / paths.database_file().name
        self.key = key
        self.keyfile = keyfile
        self.read_only = read_only  # the disk is full: reading works, every write is refused with that reason
        self.engine: Engine = make_engine(self.db_path, key, read_only=read_only)
        self._write_engine = immediate(self.engine)
        self._light_engine = light(self.engine)
        self.actor = ""
        self.warnings: list[Notice] = []  # for the user once the file is open (see key_state, commit_mark)
        self.noted_seq = 0  # the audit number last written to the commit mark
        # Called with (session, entity) after every write so derived data (search index) stays in step.
        self.after_write: list[Callable[[Session, object], None]] = []
        from caseapp.services import search; self.after_write.append(search.index_hook)  # noqa: E702 (index in step)
        self.page_scan_due = False  # the open left the full page scan to run_page_scan (see open)
        # The open left the stale-summary refresh to on_open.refresh_deferred_summaries (see open).
        self.summaries_due = False
        self._scan_connections: list[Any] = []
        self._closing = False

    # --- lifecycle ------------------------------------------------------------------------------------------

    @staticmethod
    def exists() -> bool:
        """See :func:`caseapp.services.installed.case_file_exists`."""
        return case_file_exists()

    @classmethod
    def create(cls, passphrase: str, practitioner_name: str, agency_name: str) -> tuple["Vault", str]:
        """Create the encrypted file; return the open vault and the recovery key. The file counts as set up only
        after :meth:`finish_setup`, called once the recovery key was shown."""
        data_dir = paths.ensure_data_dir()
        if unfinished_setup():
            _remove_unfinished_setup()
        if paths.key_file().exists() or paths.database_file().exists():
            raise AlreadyInitialised()
        keyfile, key, recovery = KeyFile.create(paths.key_file(), passphrase)
        vault: Vault | None = None
        try:
            vault = cls(data_dir, key, keyfile)
            migrate.upgrade(vault.engine)
            with vault.session(write=True) as s:
                practitioner = Practitioner(name=practitioner_name.strip(), title="사회복지사")
                s.add(practitioner)
                s.add(Agency(name=agency_name.strip()))
            vault.actor = practitioner_name.strip()
            audit.record_standalone(vault, "init", "caseapp", "", detail="case file created")
            key_state.remember_generation(vault, keyfile.generation)
        except BaseException:
            if vault is not None:
                vault.engine.dispose()
            _remove_unfinished_setup()
            raise
        return vault, recovery

    def finish_setup(self) -> None:
        """The recovery key was shown: from now on the folder holds a case file (before, setup starts over)."""
        self.keyfile.mark(setup_pending=False, recovery_shown=True)

    @classmethod
    def open(cls, passphrase: str, early: EarlyUnwrap | None = None, *, defer_page_scan: bool = False,
             defer_summaries: bool = False, updating: Callable[[], None] | None = None) -> "Vault":
        """``early``: the key derivation already started for ``passphrase`` (see :class:`EarlyUnwrap`).
        ``defer_page_scan``: after an unclean shutdown, open after the cheap checks and leave the full page scan
        (seconds for a big file) to :meth:`run_page_scan`, which the GUI runs in the background.
        ``defer_summaries``: unless the open migrated the file or finishes a restore, leave refreshing the case
        list's stale summaries to :func:`caseapp.services.on_open.refresh_deferred_summaries`, which the GUI runs
        in the background once the list is shown (the list computes a stale one on the fly meanwhile).
        ``updating``: called (on this thread) when the file turns out to need a migration, before its backup: the
        open then takes much longer than an unlock (minutes for a big file), which the caller can say."""
        keyfile = unlock.load_keyfile()
        key = unlock.passphrase_key(keyfile, passphrase, early)
        return cls.open_unlocked(keyfile, key, defer_page_scan=defer_page_scan, defer_summaries=defer_summaries,
                                 updating=updating)

    @classmethod
    def open_unlocked(cls, keyfile: KeyFile, key: bytes, *, defer_page_scan: bool = False,
                      defer_summaries: bool = False, updating: Callable[[], None] | None = None) -> "Vault":
        """The rest of :meth:`open` once the passphrase gave the key: check, migrate and repair the file, then
        record the unlock (:mod:`caseapp.services.read_vault` comes here when its file needs any of that)."""
        vault = cls._open_with_key(keyfile, key, defer_page_scan=defer_page_scan, defer_summaries=defer_summaries,
                                   updating=updating)
        access_log.record_unlock(vault)
        return vault

    @classmethod
    def open_with_recovery_key(cls, recovery_key: str, new_passphrase: str) -> "Vault":
        """Unlock with the printed recovery key and set a new passphrase (the old one stops working). The key file
        then says a rekey is due: the caller runs :mod:`caseapp.services.rekey` next, which also replaces the used
        recovery key."""
        keyfile = unlock.load_keyfile()
        throttle = AttemptThrottle(paths.key_file())
        throttle.check()
        try:
            key = keyfile.unwrap_with_recovery_key(recovery_key)
        except WrongPassphrase:
            throttle.failed()
            access_log.note_failed_unlock("recovery")
            raise
        throttle.succeeded()
        vault = cls._open_with_key(keyfile, key)
        access_log.record_unlock(vault, "recovery")
        try:
            vault._rewrap(lambda at_least: keyfile.rewrap_passphrase(key, new_passphrase, at_least=at_least,
                                                                     rekey_due=True))
            vault.warnings = [w for w in vault.warnings if w.code != "rekey_due"]
            audit.record_standalone(vault, "recover", "caseapp", "", detail="unlocked with recovery key")
        except BaseException:
            vault.close()
            raise
        return vault

    @classmethod
    def _open_with_key(cls, keyfile: KeyFile, key: bytes, *, defer_page_scan: bool = False,
                       defer_summaries: bool = False, updating: Callable[[], None] | None = None) -> "Vault":
        # A check or repair added to this open needs its counterpart in read_vault.ReadVault.clean_state, which
        # decides for `caseapp search` whether this open (with the ORM) is needed at all: its reading belongs in
        # services/open_checks.py, which both opens call.
        from caseapp.services import integrity  # damaged file / -wal: a clear CorruptDatabase, not a crash
        full = disk_full(paths.data_dir())
        scan_later = defer_page_scan and integrity.needs_page_scan(paths.database_file())
        try:
            integrity.check_file(paths.database_file(), key, full=False if scan_later else None)
        except StorageUnavailable as exc:
            raise (disk_full_error(opening=True) if full else exc) from exc
        vault = cls(paths.data_dir(), key, keyfile, read_only=full and not _wal_pending())
        vault.page_scan_due = scan_later
        if vault.read_only:
            vault.warnings.append(Notice(
                "disk_full_read_only", "디스크가 가득 차서 사례 파일을 읽기 전용으로 열었습니다. 저장하려면 공간을 확보하세요.",
                "The disk is full: the case file is open for reading only. Free some space to save changes."))
        try:
            with vault.read_cursor() as cur:
                vault.actor = open_checks.current_actor(cur)
            lost = commit_mark.check_on_open(vault)  # before any write reuses the damaged journal
            migrated: list[str] = []

            def before_migration(current: str | None, head: str) -> None:
                migrated.append(head)
                if updating is not None:
                    updating()
                vault._backup_before_migration(current, head)
            migrate.upgrade(vault.engine, before_migration=before_migration)
            from caseapp.services.on_open import repair_after_open  # destroyed cases stay destroyed, on every open
            # After a migration every summary is stale: refreshed now, not computed by the list and again after it.
            repair_after_open(vault, defer_summaries=defer_summaries and not migrated)
            vault.warnings += lost + key_state.reconcile(vault)
        except BaseException:
            vault.close()
            raise
        return vault

    def _backup_before_migration(self, current: str | None, head: str) -> None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = paths.backups_dir() / f"pre-migration-{current}-to-{head}-{stamp}.db"
        copy_database(self.db_path, self.key, target)
        shutil.copy2(paths.key_file(), target.with_suffix(".key"))

    def verify_passphrase(self, passphrase: str) -> None:
        """Check the passphrase of an open vault (unlocking after auto-lock), with the same back-off as opening."""
        throttle = AttemptThrottle(paths.key_file())
        throttle.check()
        try:
            KeyFile.load(self.keyfile.path).unwrap_with_passphrase(passphrase)  # the file may have been re-keyed
        except WrongPassphrase:
            throttle.failed()
            access_log.note_failed_unlock("lock_screen")
            raise
        throttle.succeeded()
        access_log.record_unlock(self, "lock_screen")

    def recover_while_open(self, recovery_key: str, new_passphrase: str) -> "Vault":
        """The lock screen's "forgot the passphrase": the recovery key sets a new passphrase for this open vault
        (same back-off as opening; the old passphrase stops working). As after any use of the recovery key, the key
        file then says a rekey is due, which also replaces the used recovery key. Returns this vault."""
        throttle = AttemptThrottle(paths.key_file())
        throttle.check()
        keyfile = KeyFile.load(self.keyfile.path)  # the file may have been re-keyed since this vault opened
        try:
            key = keyfile.unwrap_with_recovery_key(recovery_key)
        except WrongPassphrase:
            throttle.failed()
            access_log.note_failed_unlock("recovery")
            raise
        if not hmac.compare_digest(key, self.key):  # a key file that belongs to another case file
            raise WrongPassphrase()
        throttle.succeeded()
        self.keyfile = keyfile
        self.require_writable()
        self._rewrap(lambda at_least: keyfile.rewrap_passphrase(key, new_passphrase, at_least=at_least,
                                                                rekey_due=True))
        self._record_after_key_change("recover")
        return self

    def change_passphrase(self, old: str, new: str) -> None:
        """Only the passphrase envelope changes (the database key stays: ``caseapp rekey`` is offered next). On a
        full or read-only disk nothing changes and the old passphrase keeps working."""
        self.keyfile.unwrap_with_passphrase(old)  # proves knowledge of the current passphrase
        self.require_writable()
        self._rewrap(lambda at_least: self.keyfile.rewrap_passphrase(self.key, new, at_least=at_least))
        self._record_after_key_change("change_passphrase")

    def new_recovery_key(self, passphrase: str) -> str:
        """Replace the recovery envelope; return the new key (to be shown once, then :meth:`recovery_key_shown`)."""
        self.keyfile.unwrap_with_passphrase(passphrase)
        self.require_writable()
        recovery = self._rewrap(lambda at_least: self.keyfile.rewrap_recovery(self.key, at_least=at_least))
        self._record_after_key_change("new_recovery_key")
        return recovery

    def rekey(self, pending: rekeying.PendingRekey) -> "Vault":
        """Re-encrypt under the new key prepared by :func:`caseapp.services.rekey.prepare` (its recovery key shown
        first). This vault is closed; use the returned one. Killed at any point, the file opens with the current
        passphrase afterwards."""
        rekeying.swap(self, pending)
        return Vault._open_with_key(KeyFile.load(paths.key_file()), pending.key)

    def require_writable(self) -> None:
        """Refuse a change up front (before a new key is shown) when the disk is full."""
        if self.read_only or disk_full(self.data_dir):
            raise key_file_write_error(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))

    def recovery_key_shown(self) -> None:
        self.keyfile.mark(recovery_shown=True)
        self.warnings = [w for w in self.warnings if w.code != "recovery_key_unseen"]

    def _rewrap(self, change: Callable[[int], object]) -> Any:
        """Run one envelope change (the key file is saved atomically, or not at all)."""
        try:
            at_least = key_state.stored_generation(self)
        except UserError:
            at_least = 0
        try:
            return change(at_least)
        except OSError as exc:
            raise key_file_write_error(exc) from exc

    def _record_after_key_change(self, action: str) -> None:
        """The key file changed; the database follows (if it cannot, the next open brings it in step)."""
        try:
            key_state.remember_generation(self, self.keyfile.generation)
            audit.record_standalone(self, action, "caseapp", "")
        except StorageUnavailable:
            pass

    def run_page_scan(self) -> bool:
        """The full page scan the open deferred (any thread; nothing to do when none is due). Raises
        CorruptDatabase when a page is damaged; returns False when it did not finish (the vault was closed
        meanwhile, or the folder cannot be read): it stays due, and the next open scans."""
        from caseapp.services import integrity
        if not self.page_scan_due:
            return True

        def register(conn: Any) -> None:
            if self._closing:
                raise integrity.CannotOpen()
            if conn not in self._scan_connections:  # called again before the scan's uninterruptible part
                self._scan_connections.append(conn)
        try:
            integrity.scan_pages(self.db_path, self.key, on_connect=register)
        except integrity.CannotOpen:
            return False
        finally:
            self._scan_connections.clear()
        self.page_scan_due = False
        return True

    @property
    def closed(self) -> bool:
        """``close()`` was called (a background reader then leaves the file alone)."""
        return self._closing

    def close(self) -> None:
        self._closing = True
        for conn in list(self._scan_connections):  # a page scan still running stops (it is due again next open)
            conn.interrupt()
        self.engine.dispose()
        if self.page_scan_due:
            return  # never marked clean before every page was checked: the next open scans again
        from caseapp.services.integrity import note_clean_close  # lets the next open skip the full page scan
        note_clean_close(self.db_path)

    def __enter__(self) -> "Vault":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- sessions -------------------------------------------------------------------------------------------

    @contextmanager
    def session(self, *, write: bool = False, durable: bool = True) -> Iterator[Session]:
        """A short session; commits on success (write sessions take the write lock immediately). ``durable=False``
        commits without waiting for the disk (see :func:`caseapp.storage.engine.light`): for access records of
        reads only; the commit mark does not move for it (a power cut may drop it, and that is no loss to report)."""
        engine = (self._write_engine if durable else self._light_engine) if write else self.engine
        session = Session(engine, expire_on_commit=False)
        if write:
            case_summaries.track(session)
            sync_log.track(session, self.actor)  # every write of a synced table into the change log
        try:
            yield session
            if write:
                case_summaries.refresh_touched(session)  # the case list's summary changes with the records
                if not durable:
                    session.info.pop(audit.HEAD_KEY, None)
                session.commit()
                commit_mark.note_commit(self, session)
        except (OperationalError, sqlcipher3.OperationalError, DatabaseError, sqlcipher3.DatabaseError) as exc:
            session.rollback()  # the driver's own error at commit, too
            problem = self._storage_problem(exc)
            if problem is exc:
                raise
            raise problem from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def read_cursor(self) -> Iterator[Any]:
        """A DB-API cursor inside a read transaction (a :meth:`session`'s), for plain-SQL readers such as search;
        :class:`caseapp.services.read_vault.ReadVault` has the same method without the ORM."""
        with self.session() as s:
            yield s.connection().connection.cursor()

    @contextmanager
    def light_cursor(self) -> Iterator[Any]:
        """A plain-SQL write transaction (BEGIN IMMEDIATE) committed without waiting for the disk, as a DB-API
        cursor: for the one audit row of an act that only reads (:func:`caseapp.services.audit.append_plain`), where
        a session's set-up, flush and summary upkeep cost more than the row. Rolled back on any error; errors read
        as those of :meth:`session`. Writes no case rows, so no summary and no commit mark follow it."""
        try:
            with self._light_engine.begin() as conn:
                yield conn.connection.driver_connection.cursor()
        except (OperationalError, sqlcipher3.OperationalError, DatabaseError, sqlcipher3.DatabaseError) as exc:
            problem = self._storage_problem(exc)
            if problem is exc:
                raise
            raise problem from exc

    def _storage_problem(self, exc: Exception) -> Exception:
        """What a failed transaction tells the user: a full disk, a folder problem, a damaged page; else ``exc``."""
        if isinstance(exc, (OperationalError, sqlcipher3.OperationalError)):
            return disk_full_error() if self.read_only else storage_error(exc)
        from caseapp.services.integrity import corrupt_page_error, is_corruption  # SQLITE_CORRUPT / NOTADB
        return corrupt_page_error() if is_corruption(exc) else exc


def _wal_pending() -> bool:
    try:
        return Path(str(paths.database_file()) + "-wal").stat().st_size > 0
    except OSError:
        return False


def _remove_unfinished_setup() -> None:
    """Nothing in it was ever opened by anyone (an unfinished file does not open): start again from nothing."""
    for p in (paths.database_file(), Path(str(paths.database_file()) + "-wal"),
              Path(str(paths.database_file()) + "-shm"), paths.key_file()):
        p.unlink(missing_ok=True)
