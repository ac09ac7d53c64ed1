"""The case file opened for one command that only reads (``caseapp search``, ``caseapp show``), without the ORM.

Importing SQLAlchemy, SQLModel and the 52 table models takes ~0.6 s of CPU, more than the key derivation it
overlaps with; a search, or one case read in plain SQL (:mod:`caseapp.services.case_show`), needs none of it.
:func:`open_for_reading` unlocks exactly as :meth:`Vault.open <caseapp.services.vault.Vault.open>` does
(:mod:`caseapp.services.unlock`: an interrupted restore or rekey finished, the attempt back-off, a wrong passphrase
noted), runs the same file checks (:func:`caseapp.services.integrity.check_file`: truncation, the ``-wal`` header,
the full page scan when the file was not closed cleanly),
and then reads on its plain connection what the full open checks, with the full open's own readings
(:mod:`caseapp.services.open_checks`, which the full open's services call on :meth:`Vault.read_cursor
<caseapp.services.vault.Vault.read_cursor>`: one rule, not a copy of it):

* the schema revision is the program's own (a newer file is refused, an older one migrated: by the full open);
* the commit mark is not ahead of the audit trail (lost changes are reported and recorded: by the full open);
* the registry of destroyed cases agrees with the file and no compaction is pending, no stored case summary is
  stale, no restore waits for its audit entry, the key file's generation is not ahead of the file's, no access
  record waits in the side file (each of these is repaired or written: by the full open).

When any of them finds work to do, or cannot read what it checks, nothing has been written yet: the open goes on
as :meth:`Vault.open_unlocked <caseapp.services.vault.Vault.open_unlocked>`, which repairs, migrates or reports
exactly as the full open always did, and the command runs on that vault. Otherwise the unlock is recorded as the
full open records it (the same chained audit row, durable; the commit mark moved), warnings such as a rolled-back
key file are given the same way, and the command's own reads and access records run on a plain connection with the
same pragmas. A :class:`ReadVault` offers what those services use of a vault: ``read_cursor``, ``light_cursor``,
``actor``, ``read_only``, ``keyfile``, ``warnings`` and ``close`` (which marks a clean close as the vault's does).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3

from caseapp import paths
from caseapp.domain.access import AccessKind
from caseapp.errors import Notice, UserError
from caseapp.services import access_log, audit, commit_mark, destroyed_registry, integrity, key_state
from caseapp.services import open_checks, restore_journal, unlock
from caseapp.services.storage_errors import storage_error
from caseapp.storage import migrate
from caseapp.storage.connect import disk_full, pooled_cache_kib, raw_connect
from caseapp.storage.keystore import EarlyUnwrap, KeyFile

if TYPE_CHECKING:
    from caseapp.services.vault import Vault

def open_for_reading(passphrase: str, early: EarlyUnwrap | None = None) -> "ReadVault | Vault":
    """Unlock and open for a command that only reads: a :class:`ReadVault` when the file needs no repair, else the
    full :class:`~caseapp.services.vault.Vault` (see the module docstring). Raises what :meth:`Vault.open` raises."""
    keyfile = unlock.load_keyfile()
    key = unlock.passphrase_key(keyfile, passphrase, early)
    if disk_full(paths.data_dir()) or restore_journal.pending_note() is not None \
            or destroyed_registry.compaction_pending():
        return _full_open(keyfile, key)  # a read-only open, a restore to record, a compaction to retry
    integrity.check_file(paths.database_file(), key, full=None)
    vault = ReadVault(paths.data_dir(), key, keyfile)
    try:
        mark_due = vault.clean_state()
        if mark_due is None or access_log.has_pending():
            vault.close()
            return _full_open(keyfile, key)
        if mark_due:
            commit_mark.write_mark(keyfile.file_id, vault.noted_seq)  # as commit_mark.check_on_open does
        vault.record_unlock()
    except BaseException:
        vault.close()
        raise
    return vault


def _full_open(keyfile: KeyFile, key: bytes) -> "Vault":
    from caseapp.services.vault import Vault  # the ORM: only when the file needs what the full open does
    return Vault.open_unlocked(keyfile, key)


class ReadVault:
    """One plain SQLCipher connection to the unlocked file (see the module docstring)."""

    def __init__(self, data_dir: Path, key: bytes, keyfile: KeyFile) -> None:
        self.data_dir = data_dir
        self.db_path = data_dir / paths.database_file().name
        self.key = key
        self.keyfile = keyfile
        self.read_only = False  # a full disk takes the full open (it opens read-only)
        self.actor = ""
        self.warnings: list[Notice] = []
        self.noted_seq = 0  # the audit number last written to the commit mark
        # The same connection the vault's pool would make: caseapp's pragmas, one pooled connection's cache.
        self._conn = raw_connect(self.db_path, key, cache_kib=pooled_cache_kib(self.db_path, 1))
        self._conn.isolation_level = None  # transactions are begun here, as the engine's begin hook does
        self._closing = False

    # --- the checks of the full open, read only ---------------------------------------------------------------

    def clean_state(self) -> bool | None:
        """Read what the full open checks. None: it has work to do (or a read failed), so the full open must run;
        else whether the commit mark is to be written (it is missing, another file's, or behind the trail)."""
        try:
            with self.read_cursor() as cur:  # each reading is the full open's own (services/open_checks.py)
                self.actor = open_checks.current_actor(cur)
                head = open_checks.audit_head(cur)
                if open_checks.current_revision(cur) != migrate.HEAD_REVISION \
                        or not open_checks.destroyed_agree(cur, destroyed_registry.destroyed_registry()) \
                        or open_checks.has_stale(cur, open_checks.file_basis(cur)):
                    return None
                generation = open_checks.stored_generation(cur)
        except (UserError, sqlcipher3.Error):
            return None  # the full open reads it again and reports (or tolerates) it as it always did
        self.noted_seq = head
        mark = commit_mark.read_mark()
        own = mark is not None and mark.file_id == self.keyfile.file_id
        if own and mark.seq > head:  # type: ignore[union-attr]
            return None  # changes lost from a damaged -wal: the full open reports and records them
        if self.keyfile.generation > generation:
            return None  # an interrupted passphrase change: the full open brings the file in step
        self.warnings += key_state.flag_notices(self)  # type: ignore[arg-type]
        if self.keyfile.generation < generation:
            self.warnings.append(key_state.rollback_notice(self.keyfile.generation, generation))
        return not own or mark.seq < head  # type: ignore[union-attr]

    def record_unlock(self) -> None:
        """The unlock's access record, as :func:`caseapp.services.access_log.record_unlock` writes it when nothing
        waits in the side file: one chained row in a durable transaction, then the commit mark; a file that cannot
        be written (busy, full) keeps it in the side file for the next unlock."""
        try:
            with self._transaction(durable=True) as cur:
                seq = audit.append_plain(cur, self.actor, AccessKind.UNLOCK.value, "", "", None,
                                         access_log.access_detail(access_log.unlock_facts()))
        except UserError:
            access_log.defer_unlock(self)  # type: ignore[arg-type]
            return
        if seq != self.noted_seq:  # as commit_mark.note_commit after a write session
            self.noted_seq = seq
            commit_mark.write_mark(self.keyfile.file_id, seq)

    # --- what the services use of a vault ------------------------------------------------------------------------

    @contextmanager
    def read_cursor(self) -> Iterator[Any]:
        """A DB-API cursor inside a read transaction (as :meth:`Vault.read_cursor`)."""
        with self._transaction(write=False) as cur:
            yield cur

    @contextmanager
    def light_cursor(self) -> Iterator[Any]:
        """A write transaction committed without waiting for the disk (as :meth:`Vault.light_cursor`)."""
        with self._transaction(durable=False) as cur:
            yield cur

    @property
    def closed(self) -> bool:
        return self._closing

    def close(self) -> None:
        """Close the connection (SQLite checkpoints and removes the -wal) and note the clean close, as
        :meth:`Vault.close` does, so the next open skips the full page scan of an unchanged file."""
        if self._closing:
            return
        self._closing = True
        self._conn.close()
        integrity.note_clean_close(self.db_path)

    def __enter__(self) -> "ReadVault":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self, *, write: bool = True, durable: bool = True) -> Iterator[Any]:
        """BEGIN (IMMEDIATE for a write) ... COMMIT on this connection; a light write runs at ``synchronous =
        NORMAL`` and puts FULL back after (the engine's light transactions). Errors read as a vault's do."""
        conn = self._conn
        light = write and not durable
        try:
            if light:
                conn.execute("PRAGMA synchronous = NORMAL")  # the level may not change inside a transaction
            try:
                cur = conn.cursor()
                cur.execute("BEGIN IMMEDIATE" if write else "BEGIN")
                try:
                    yield cur
                    conn.execute("COMMIT")
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
            finally:
                if light:
                    conn.execute("PRAGMA synchronous = FULL")  # every other commit stays durable
        except sqlcipher3.OperationalError as exc:
            raise storage_error(exc) from exc
        except sqlcipher3.DatabaseError as exc:
            raise (integrity.corrupt_page_error() if integrity.is_corruption(exc) else exc) from exc
