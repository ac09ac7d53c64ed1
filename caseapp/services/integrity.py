"""Is the case file healthy? Checks on open, the ``check`` command, and the corruption flow's helpers.

On open (:func:`check_file`, called by :class:`Vault` before it opens the file for writing): a truncated or empty
file, a damaged ``-wal`` header and damaged pages (:func:`full_page_scan`: flipped bytes, pages that fail SQLCipher's
per-page HMAC, free pages included, a ``-wal`` from another file) raise :class:`CorruptDatabase` with a clear
message instead of a crash or a silently empty file. The GUI then offers
:func:`caseapp.services.backup_inspect.newest_good_backup` and :func:`caseapp.services.backup.restore_backup` (or,
for a damaged ``-wal`` only, :func:`set_aside_journal`).

This module sits below every other service (it imports none): :class:`Vault` uses it on open, the backup code to
inspect copies. ``caseapp check`` itself (:mod:`caseapp.services.checkup`) reports in its :class:`Problem` terms.
"""

from __future__ import annotations

import json
import os
import re
import struct
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from caseapp import paths
from caseapp.errors import CorruptDatabase, StorageUnavailable
from caseapp.storage.atomic import write_bytes_atomic
from caseapp.storage.connect import disk_full

WAL_MAGIC = (0x377F0682, 0x377F0683)
WAL_HEADER_BYTES = 32
WAL_FRAME_HEADER_BYTES = 24  # page number, size after commit, salt (8 bytes), checksum (8)
PAGE_GRANULE = 512  # every SQLite page size is a multiple of this

ERROR, WARNING, INFO = "error", "warning", "info"


@dataclass(frozen=True)
class Problem:
    severity: str  # "error" (data at risk), "warning" (act soon), "info" (for your attention)
    code: str  # stable identifier for scripts and tests
    ko: str
    en: str

    def message(self, lang: str = "ko") -> str:
        return self.ko if lang == "ko" else self.en

    def to_json(self) -> dict[str, str]:
        return {"severity": self.severity, "code": self.code, "ko": self.ko, "en": self.en}


def corrupt(ko_detail: str, en_detail: str) -> CorruptDatabase:
    return CorruptDatabase(
        f"사례 파일이 손상되었습니다({ko_detail}). 가장 최근의 정상 백업에서 복원할 수 있습니다. 파일은 변경되지 않았습니다.",
        f"The case file is damaged ({en_detail}). You can restore the newest good backup. The file was not changed.")


# --- on open ----------------------------------------------------------------------------------------------------------

def wal_file(db_path: Path) -> Path:
    return Path(str(db_path) + "-wal")


def wal_header_ok(db_path: Path) -> bool:
    """A missing or empty ``-wal`` is fine; otherwise its header must be a valid WAL header (magic, format version
    and checksum). SQLite would silently ignore a garbage journal, dropping whatever it held."""
    wal = wal_file(db_path)
    try:
        with open(wal, "rb") as fh:
            header = fh.read(WAL_HEADER_BYTES)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    if not header:
        return True
    if len(header) < WAL_HEADER_BYTES:
        return False
    magic, version = struct.unpack(">II", header[:8])
    if magic not in WAL_MAGIC or version != 3007000:
        return False
    big_endian = magic & 1
    s1, s2 = _wal_checksum(header[:24], big_endian)
    return (s1, s2) == struct.unpack(">II", header[24:32])


def _wal_checksum(data: bytes, big_endian: int) -> tuple[int, int]:
    fmt = ">II" if big_endian else "<II"
    s1 = s2 = 0
    for i in range(0, len(data), 8):
        x0, x1 = struct.unpack(fmt, data[i:i + 8])
        s1 = (s1 + x0 + s2) & 0xFFFFFFFF
        s2 = (s2 + x1 + s1) & 0xFFFFFFFF
    return s1, s2


def check_file(db_path: Path, key: bytes, *, full: bool | None = None) -> None:
    """Run before the case file is opened for writing; raise CorruptDatabase when it is damaged.

    Always (cheap): truncation (file size against the page count in the header), the ``-wal`` header, the schema
    readable with this key and not empty. The full page scan (:func:`full_page_scan`: every page decrypted and
    HMAC-checked, ~1 s per 100 MB) runs when it can find something: when the file was not closed cleanly by caseapp
    (WAL content left, or the file changed since the last clean close: copied over, truncated, edited, restored by
    hand). An unchanged file is not rescanned on every open; a page that rots on disk in between is still caught
    when it is read (CorruptDatabase, never a crash), by every backup and by ``caseapp check``.

    The check uses a read-only connection: a read-write connection that found a foreign ``-wal`` would copy its
    pages into the file when it closed (checkpoint), making the damage permanent."""
    pending_wal = _wal_has_content(db_path)
    size = db_path.stat().st_size
    # With WAL content pending, a short or ragged main file can be a checkpoint cut off by a full disk or a crash;
    # the WAL still holds those pages, so only the read check below can tell.
    if (size < PAGE_GRANULE or size % PAGE_GRANULE) and not pending_wal:
        raise corrupt("파일이 잘렸음", "the file is truncated")
    if not wal_header_ok(db_path):
        raise corrupt("저널 파일 -wal 손상", "the -wal journal is damaged")
    if full is None:
        full = needs_page_scan(db_path)
    found = _checked(db_path, key, full=full, pending_wal=pending_wal)
    if found.check != ["ok"]:
        raise corrupt("무결성 검사 실패", "integrity check failed")
    if found.tables == 0:
        raise corrupt("빈 파일", "the file is empty")
    if not pending_wal and size < found.page_count * found.page_size:
        raise corrupt("파일이 잘렸음", "the file is truncated")


def needs_page_scan(db_path: Path) -> bool:
    """Whether an open should scan every page (see :func:`check_file`): WAL content left, or a file changed since
    caseapp's last clean close."""
    return _wal_has_content(db_path) or not closed_cleanly(db_path)


def scan_pages(db_path: Path, key: bytes, *, on_connect: Callable[[Any], None] | None = None) -> None:
    """The full page scan that :func:`check_file` was told to leave out (``full=False``), run while the file is
    already open (the GUI runs it in the background after an unclean shutdown). Raises :func:`damage_found_later`
    when a page is damaged. ``on_connect`` receives the scan's connection (``interrupt()`` stops the scan; it then
    raises :class:`CannotOpen`, as does a folder that cannot be read). It is called again before the HMAC pass of
    :func:`full_page_scan`, which no ``interrupt()`` stops (SQLCipher runs it while the pragma is prepared): raising
    :class:`CannotOpen` there stops the scan as well."""
    try:
        try:
            found = _read_only_check(db_path, key, immutable=False, full=True, on_connect=on_connect)
        except CannotOpen:
            if _wal_has_content(db_path) or _folder_writable(db_path.parent):
                raise  # interrupted, or a folder that cannot be read: the scan is still due
            found = _read_only_check(db_path, key, immutable=True, full=True, on_connect=on_connect)
    except CorruptDatabase as exc:  # a page SQLCipher cannot decrypt at all
        raise damage_found_later() from exc
    if found.check != ["ok"] or found.tables == 0:
        raise damage_found_later()


def damage_found_later() -> CorruptDatabase:
    """The page scan found damage after the file was opened: the open's own writes (the unlock record) went into
    it, so the message does not say the file is unchanged; a restore sets the damaged file aside, never deletes it."""
    return CorruptDatabase(
        "사례 파일이 손상되었습니다(열린 뒤 전체 검사에서 손상된 페이지 발견). 가장 최근의 정상 백업에서 복원할 수 있습니다. "
        "손상된 파일은 지우지 않고 따로 보관합니다.",
        "The case file is damaged (the full check after opening found damaged pages). You can restore the newest "
        "good backup. The damaged file is kept aside, not deleted.")


def _checked(db_path: Path, key: bytes, *, full: bool, pending_wal: bool) -> "_Found":
    try:
        return _read_only_check(db_path, key, immutable=False, full=full)
    except CannotOpen:
        # A read-only folder (write-protected stick, disk remounted read-only) cannot hold the -shm a WAL reader
        # needs. Without pending WAL content the file alone is the whole truth, so it can be checked as immutable.
        if pending_wal or (_folder_writable(db_path.parent) and not disk_full(db_path.parent)):
            raise StorageUnavailable(
                f"사례 파일을 열 수 없습니다(폴더가 읽기 전용이거나 접근할 수 없음): {db_path.parent}",
                f"Cannot open the case file (the folder is read-only or unreachable): {db_path.parent}") from None
        return _read_only_check(db_path, key, immutable=True, full=full)


class CannotOpen(Exception):
    """The file could not even be opened read-only (folder unreachable or without the WAL index)."""


@dataclass
class _Found:
    tables: int
    page_count: int
    page_size: int
    check: list[str]  # ["ok"] when the page scan passed or was not run
    revision: str | None


def inspect_copy(path: Path, key: bytes) -> str | None:
    """Check a backup file without writing to it (it may sit on a write-protected stick): raise CorruptDatabase if
    it is damaged or does not open with ``key``; return its schema revision."""
    immutable = not _wal_has_content(path)  # a lone backup file is all there is; with a -wal beside, read both
    try:
        found = _read_only_check(path, key, immutable=immutable, full=True)
    except CannotOpen as exc:
        raise StorageUnavailable(f"백업 파일을 열 수 없습니다: {path}", f"Cannot open the backup file: {path}") from exc
    if found.check != ["ok"] or found.tables == 0:
        raise corrupt("백업 무결성 검사 실패", "the backup failed its integrity check")
    return found.revision


def _read_only_check(db_path: Path, key: bytes, *, immutable: bool, full: bool,
                     on_connect: Callable[[Any], None] | None = None) -> _Found:
    import sqlcipher3
    uri = f"{db_path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")
    try:
        conn = sqlcipher3.connect(uri, uri=True, check_same_thread=False)
    except sqlcipher3.OperationalError as exc:
        raise CannotOpen() from exc
    try:
        if on_connect is not None:
            on_connect(conn)  # may raise CannotOpen (a scan cancelled before it started); the finally closes conn
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        tables = int(conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0])
        page_count = int(conn.execute("PRAGMA page_count").fetchone()[0])
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        check = full_page_scan(conn, db_path, wal=not immutable, before_hmac=on_connect) if full else ["ok"]
        revision = None
        if check == ["ok"] and tables:
            has_version = conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'alembic_version'")
            if has_version.fetchone()[0]:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
    except sqlcipher3.DatabaseError as exc:
        if isinstance(exc, sqlcipher3.OperationalError) and not is_corruption(exc):
            raise CannotOpen() from exc
        raise corrupt("읽을 수 없는 페이지 또는 키 파일과 맞지 않음",
                      "unreadable pages, or it does not match the key file") from exc
    finally:
        conn.close()
    return _Found(tables, page_count, page_size, check, revision)


def full_page_scan(conn: Any, db_path: Path, *, wal: bool,
                   before_hmac: Callable[[Any], None] | None = None) -> list[str]:
    """``["ok"]``, or what is wrong with the file's pages.

    ``quick_check`` walks every b-tree and the freelist's structure but never reads a free leaf page (no b-tree
    points to it), so SQLCipher's ``cipher_integrity_check`` follows: it checks the HMAC of every page of the main
    file, free ones included (a rotted free page is damage too: the next write that reuses it fails). It reads the
    main file only, never the ``-wal``, so it also checks pages a WAL frame supersedes; a checkpoint cut short by a
    full disk or a file-size limit leaves such a page torn in a file that is whole (SQLite reads the WAL's copy and
    the next checkpoint rewrites it). Those pages (:func:`wal_page_numbers`) are left out of its report.

    Both run in one read transaction: while it is open no checkpoint writes a page of the main file that the WAL
    does not hold (a checkpoint copies frames up to the oldest reader's snapshot at most and needs every reader
    that reads the main file alone to have finished), and the WAL is not restarted under the reader, so the page
    numbers read from the ``-wal`` afterwards cover every page a checkpoint may write meanwhile."""
    conn.execute("BEGIN")
    try:
        problems = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
        if problems != ["ok"]:
            return problems
        if before_hmac is not None:
            before_hmac(conn)  # may raise (a scan cancelled meanwhile: see scan_pages)
        damaged = unreadable_pages(conn.execute("PRAGMA cipher_integrity_check").fetchall(), db_path, wal=wal)
    finally:
        if conn.in_transaction:  # an interrupted or failed statement may have ended it already
            conn.execute("ROLLBACK")
    return damaged or ["ok"]


def unreadable_pages(rows: Iterable[Any], db_path: Path, *, wal: bool = True) -> list[str]:
    """The lines of ``PRAGMA cipher_integrity_check`` (``rows``) that name a damaged page, less the pages the
    ``-wal`` supersedes (``wal``: the file was read with its ``-wal``). Call it inside the read transaction that
    ran the pragma (see :func:`full_page_scan`)."""
    lines = [str(r[0]) for r in rows]
    superseded = wal_page_numbers(db_path) if wal and lines else frozenset()
    return [line for line in lines if _page_named(line) not in superseded]


_PAGE_NUMBER = re.compile(r"page (\d+)")


def _page_named(line: str) -> int | None:
    """The page a ``cipher_integrity_check`` line names ("HMAC verification failed for page 7", "error reading
    4096 bytes from file page 7 at offset ...", "page 7 has an invalid size of ..."), None if it names none."""
    found = _PAGE_NUMBER.search(line)
    return int(found.group(1)) if found else None


def wal_page_numbers(db_path: Path) -> frozenset[int]:
    """The page numbers of every frame of the ``-wal``'s current generation (the frames whose salt is the
    header's; frames after the first other salt are left from before the WAL was restarted and SQLite ignores
    them). A superset of the pages the WAL supersedes: frames after the last commit are counted too."""
    pages: set[int] = set()
    try:
        with open(wal_file(db_path), "rb") as fh:
            header = fh.read(WAL_HEADER_BYTES)
            if len(header) < WAL_HEADER_BYTES or struct.unpack(">I", header[:4])[0] not in WAL_MAGIC:
                return frozenset()
            page_size, = struct.unpack(">I", header[8:12])
            salt = header[16:24]
            offset = WAL_HEADER_BYTES
            while True:
                fh.seek(offset)
                frame = fh.read(WAL_FRAME_HEADER_BYTES)
                if len(frame) < WAL_FRAME_HEADER_BYTES or frame[8:16] != salt:
                    break
                pages.add(struct.unpack(">I", frame[:4])[0])
                offset += WAL_FRAME_HEADER_BYTES + page_size
    except OSError:
        pass
    return frozenset(pages)


# --- clean-close bookkeeping (no client data: file size, times and inode only) ---------------------------------------

STATE_FILE_NAME = "integrity-state.json"


def _state_file(db_path: Path) -> Path:
    return db_path.parent / STATE_FILE_NAME


def _signature(db_path: Path) -> dict[str, int]:
    st = db_path.stat()
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "ctime_ns": st.st_ctime_ns, "inode": st.st_ino}


def note_clean_close(db_path: Path) -> None:
    """Called by :meth:`Vault.close` after the last connection closed: if SQLite checkpointed and removed the WAL,
    remember the file's signature so the next open can skip the full scan of an unchanged file."""
    try:
        if not db_path.exists() or _wal_has_content(db_path):
            return  # another process still has it open, or the close was not clean: scan next time
        write_bytes_atomic(_state_file(db_path), json.dumps(_signature(db_path)).encode("ascii"))
    except OSError:
        pass  # a read-only folder: the next open simply scans


def closed_cleanly(db_path: Path) -> bool:
    """True when the file is byte-for-byte the one caseapp closed last (same size, times and inode)."""
    try:
        stored = json.loads(_state_file(db_path).read_text(encoding="ascii"))
        return bool(stored == _signature(db_path))
    except (OSError, ValueError):
        return False


def _wal_has_content(db_path: Path) -> bool:
    try:
        return wal_file(db_path).stat().st_size > 0
    except OSError:
        return False


def _folder_writable(folder: Path) -> bool:
    return os.access(folder, os.W_OK)


_CORRUPTION_WORDS = ("malformed", "not a database", "corrupt", "disk image")


def is_corruption(exc: BaseException) -> bool:
    """SQLITE_CORRUPT / SQLITE_NOTADB (a page failed SQLCipher's HMAC or the b-tree is broken)."""
    sa_exc = sys.modules.get("sqlalchemy.exc")  # not imported: the error cannot be one of its (see read_vault)
    if sa_exc is not None and isinstance(exc, (sa_exc.IntegrityError, sa_exc.ProgrammingError)):
        return False
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).lower()
    return any(word in text for word in _CORRUPTION_WORDS)


def corrupt_page_error() -> CorruptDatabase:
    return corrupt("읽는 중 손상된 부분 발견", "a damaged part was found while reading")


def missing_file_error(*, key_missing: bool) -> CorruptDatabase:
    """The key file or the database is gone while the other is still there: never start an empty file."""
    if key_missing:
        return CorruptDatabase(
            f"키 파일({paths.key_file().name})이 없습니다. 사례 파일은 그대로 있으니 백업에서 키 파일과 함께 복원하세요.",
            f"The key file ({paths.key_file().name}) is missing. The case file is still there; restore it together "
            f"with its key file from a backup.")
    return CorruptDatabase(
        f"사례 파일({paths.database_file().name})이 없습니다(키 파일만 있음). 최근 백업에서 복원하세요. "
        f"빈 파일을 새로 만들지 않았습니다.",
        f"The case file ({paths.database_file().name}) is missing (only the key file is there). Restore the newest "
        f"backup. No empty file was created.")


def set_aside_journal() -> Path | None:
    """Move a damaged ``-wal`` (and ``-shm``) aside so the file opens as of its last checkpoint. The moved files are
    kept under ``backups/set-aside/`` (for support); changes held only in them are not in the opened file."""
    db = paths.database_file()
    wal, shm = wal_file(db), Path(str(db) + "-shm")
    if not wal.exists():
        return None
    folder = paths.backups_dir() / "set-aside" / datetime.now().strftime("%Y%m%d-%H%M%S-journal")
    folder.mkdir(parents=True, exist_ok=True)
    wal.replace(folder / wal.name)
    if shm.exists():
        shm.replace(folder / shm.name)
    return folder


def has_errors(problems: list[Problem]) -> bool:
    return any(p.severity in (ERROR, WARNING) for p in problems)


def startup_problem() -> CorruptDatabase | None:
    """For the GUI's start screen, before asking for the passphrase: a key file without a database or a database
    without a key file is a damaged installation (offer a restore), not a fresh one (never offer setup)."""
    key_exists, db_exists = paths.key_file().exists(), paths.database_file().exists()
    if key_exists == db_exists:
        return None
    return missing_file_error(key_missing=not key_exists)
