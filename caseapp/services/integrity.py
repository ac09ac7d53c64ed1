"""Is the case file healthy? Checks on open, the ``check`` command, and the corruption flow's helpers.

On open (:func:`check_file`, called by :class:`Vault` before it opens the file for writing): a truncated or empty
file, a damaged ``-wal`` header and damaged pages (``PRAGMA quick_check``: flipped bytes, pages that fail SQLCipher's
per-page HMAC, a ``-wal`` from another file) raise :class:`CorruptDatabase` with a clear message instead of a crash
or a silently empty file. The GUI then offers :func:`newest_good_backup` and
:func:`caseapp.services.backup.restore_backup` (or, for a damaged ``-wal`` only, :func:`set_aside_journal`).

``caseapp check`` runs :func:`run_checks`: integrity and foreign keys, the audit chain, the content hashes of signed
entries, the key file, backups present and fresh, and (as information) old drafts.
"""

from __future__ import annotations

import json
import os
import struct
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from sqlmodel import select

from caseapp import paths
from caseapp import settings as settings_mod
from caseapp.errors import CorruptDatabase, StorageUnavailable, UserError
from caseapp.storage.atomic import write_bytes_atomic
from caseapp.storage.engine import disk_full
from caseapp.storage.keystore import KeyFile, kdf_cost
from caseapp.storage.models import SIGNABLE_MODELS, Case, Draft

WAL_MAGIC = (0x377F0682, 0x377F0683)
WAL_HEADER_BYTES = 32
BACKUP_MAX_AGE = timedelta(days=2)
OLD_DRAFT_DAYS = 14
PAGE_GRANULE = 512  # every SQLite page size is a multiple of this
MIN_KDF_LOG2_N = 14  # below this a stolen key file is cheap to brute-force

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
    readable with this key and not empty. The full page scan (``PRAGMA quick_check``: every page decrypted and
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
        full = pending_wal or not closed_cleanly(db_path)
    try:
        found = _read_only_check(db_path, key, immutable=False, full=full)
    except CannotOpen:
        # A read-only folder (write-protected stick, disk remounted read-only) cannot hold the -shm a WAL reader
        # needs. Without pending WAL content the file alone is the whole truth, so it can be checked as immutable.
        if pending_wal or (_folder_writable(db_path.parent) and not disk_full(db_path.parent)):
            raise StorageUnavailable(
                f"사례 파일을 열 수 없습니다(폴더가 읽기 전용이거나 접근할 수 없음): {db_path.parent}",
                f"Cannot open the case file (the folder is read-only or unreachable): {db_path.parent}") from None
        found = _read_only_check(db_path, key, immutable=True, full=full)
    if found.check != ["ok"]:
        raise corrupt("무결성 검사 실패", "integrity check failed")
    if found.tables == 0:
        raise corrupt("빈 파일", "the file is empty")
    if not pending_wal and size < found.page_count * found.page_size:
        raise corrupt("파일이 잘렸음", "the file is truncated")


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


def _read_only_check(db_path: Path, key: bytes, *, immutable: bool, full: bool) -> _Found:
    import sqlcipher3
    uri = f"{db_path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")
    try:
        conn = sqlcipher3.connect(uri, uri=True, check_same_thread=False)
    except sqlcipher3.OperationalError as exc:
        raise CannotOpen() from exc
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        tables = int(conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0])
        page_count = int(conn.execute("PRAGMA page_count").fetchone()[0])
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        check = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()] if full else ["ok"]
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
    import sqlalchemy.exc
    if isinstance(exc, (sqlalchemy.exc.IntegrityError, sqlalchemy.exc.ProgrammingError)):
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


# --- the corruption flow ----------------------------------------------------------------------------------------------

def newest_good_backup(passphrase: str | None = None, key: bytes | None = None,
                       settings: settings_mod.Settings | None = None) -> Any:
    """The newest backup (local or mirror) that is verifiably good, or None.

    With ``key`` or ``passphrase`` a backup counts as good when it opens (with that key, the current key file or its
    own key file) and passes ``integrity_check``; without either, when it has its key file and a plausible size."""
    from caseapp.services import backup
    for info in backup.list_backups(settings):
        if passphrase is None and key is None:
            if info.has_key_file and info.size > 0 and info.size % 1024 == 0:
                return info
            continue
        if key is not None and backup._opens_with(info.path, key):
            return info
        try:
            backup.choose_key(info.path, passphrase=passphrase)
        except UserError:
            continue
        return info
    return None


# --- the check command ------------------------------------------------------------------------------------------------

def run_checks(vault: Any, *, now: datetime | None = None,
               settings: settings_mod.Settings | None = None) -> list[Problem]:
    """Everything ``caseapp check`` reports; an empty list means healthy."""
    from caseapp.services import notices  # key generation, recovery key state, changes lost with a damaged -wal
    now = now or datetime.now()
    problems = _database_checks(vault)
    damaged = bool(problems and problems[0].code == "integrity")
    checks = [lambda: _audit_checks(vault), lambda: _signed_checks(vault), lambda: _key_file_checks(vault),
              lambda: _backup_checks(vault, now, settings), lambda: _draft_checks(vault, now),
              lambda: _retention_checks(vault, now.date()),
              lambda: [Problem(n.severity, n.code, n.ko, n.en) for n in notices.for_check(vault)]]
    for check in checks:
        try:
            problems += check()
        except CorruptDatabase:
            if not damaged:  # the page scan passed, so this is new damage: report it once
                problems.append(Problem(ERROR, "integrity", "읽는 중 손상된 부분을 발견했습니다. 최근 백업에서 복원하세요.",
                                        "A damaged part was found while reading. Restore the newest good backup."))
                damaged = True
    return problems


def _retention_checks(vault: Any, today: Any) -> list[Problem]:
    """Cases past their retention period, as information (read-only: the stored dates are not refreshed here)."""
    from caseapp.services import retention
    years = retention.retention_years(vault)
    with vault.session() as s:
        closed = s.exec(select(Case.closed_on).where(Case.destroyed_at == None, Case.closed_on != None)).all()  # noqa: E711
    due = sum(1 for closed_on in closed if retention.add_years(closed_on, years) < today)
    if not due:
        return []
    return [Problem(INFO, "past_retention", f"보존기간이 지난 사례가 {due}건 있습니다('caseapp retention'으로 확인).",
                    f"{due} case(s) are past their retention period (see 'caseapp retention').")]


def _raw(vault: Any, sql: str) -> list[tuple[Any, ...]]:
    with vault.engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(sql).fetchall()]


def _database_checks(vault: Any) -> list[Problem]:
    import sqlalchemy.exc
    try:
        result = [r[0] for r in _raw(vault, "PRAGMA integrity_check")]
    except (sqlalchemy.exc.DatabaseError, UserError):
        result = ["unreadable"]
    out: list[Problem] = []
    if result != ["ok"]:
        out.append(Problem(ERROR, "integrity", "사례 파일 무결성 검사 실패: 파일이 손상되었습니다. 최근 백업에서 복원하세요.",
                           "Integrity check failed: the case file is damaged. Restore the newest good backup."))
        return out  # the other queries would only repeat the damage
    try:
        fk = _raw(vault, "PRAGMA foreign_key_check")
    except sqlalchemy.exc.DatabaseError:
        fk = [("?",)]
    if fk:
        tables = ", ".join(sorted({str(r[0]) for r in fk}))
        out.append(Problem(ERROR, "foreign_keys", f"연결이 끊어진 기록 {len(fk)}건 (표: {tables})",
                           f"{len(fk)} record(s) point to missing rows (tables: {tables})"))
    return out


def _audit_checks(vault: Any) -> list[Problem]:
    from caseapp.services import audit
    with vault.session() as s:
        chain = audit.verify_chain(s)
    return [Problem(ERROR, "audit_chain", f"감사기록: {p.ko}", f"audit trail: {p.en}") for p in chain]


def _signed_checks(vault: Any) -> list[Problem]:
    from caseapp.services import records
    bad: list[tuple[str, str]] = []
    with vault.session() as s:
        for model in SIGNABLE_MODELS.values():
            bad += records.verify_signed(s, model)
    return [Problem(ERROR, "signed_changed", f"서명된 기록이 서명 후 변경되었습니다: {table} {row_id}",
                    f"a signed entry was changed after signing: {table} {row_id}") for table, row_id in bad]


def _key_file_checks(vault: Any) -> list[Problem]:
    path = paths.key_file()
    try:
        on_disk = KeyFile.load(path)
    except FileNotFoundError:
        return [Problem(ERROR, "key_file_missing", f"키 파일이 없습니다: {path}. 지금 백업을 만들고 키 파일을 복원하세요.",
                        f"The key file is missing: {path}. Make a backup now and restore the key file.")]
    except CorruptDatabase:
        return [Problem(ERROR, "key_file_damaged", f"키 파일이 손상되었습니다: {path}",
                        f"The key file is damaged: {path}")]
    if on_disk.file_id != vault.keyfile.file_id:
        return [Problem(ERROR, "key_file_mismatch", "키 파일이 이 사례 파일의 것이 아닙니다.",
                        "The key file does not belong to this case file.")]
    env = on_disk.envelopes.get("passphrase")
    if env is not None and env.log2_n < min(MIN_KDF_LOG2_N, kdf_cost()):
        return [Problem(WARNING, "weak_kdf", "키 파일의 암호 보호 강도가 낮습니다. 암호를 다시 설정하세요.",
                        "The key file's passphrase protection is weak (fast KDF). Set the passphrase again.")]
    if "recovery" not in on_disk.envelopes:
        return [Problem(WARNING, "no_recovery_key", "복구 키가 없습니다.", "There is no recovery key.")]
    return []


def _has_data(vault: Any) -> bool:
    with vault.session() as s:
        return s.exec(select(Case.id)).first() is not None


def _backup_checks(vault: Any, now: datetime, settings: settings_mod.Settings | None) -> list[Problem]:
    from caseapp.services import backup
    settings = settings or settings_mod.load()
    if not _has_data(vault):
        return []
    found = backup.list_backups(settings)
    if not found:
        return [Problem(WARNING, "no_backup", "백업이 하나도 없습니다. 'caseapp backup'으로 지금 만드세요.",
                        "There is no backup at all. Make one now with 'caseapp backup'.")]
    out: list[Problem] = []
    newest = found[0]
    if now - newest.created > BACKUP_MAX_AGE:
        days = (now - newest.created).days
        out.append(Problem(WARNING, "backup_old", f"가장 최근 백업이 {days}일 전입니다. 새 백업을 만드세요.",
                           f"The newest backup is {days} days old. Make a new one."))
    if not newest.has_key_file:
        out.append(Problem(WARNING, "backup_no_key", f"가장 최근 백업 옆에 키 파일이 없습니다: {newest.path.name}",
                           f"The newest backup has no key file next to it: {newest.path.name}"))
    mirror = backup.mirror_folder(settings)
    if mirror is not None and not mirror.is_dir():
        out.append(Problem(WARNING, "mirror_unreachable", f"백업 폴더에 연결할 수 없습니다: {mirror}",
                           f"The backup folder is not reachable: {mirror}"))
    return out


def _draft_checks(vault: Any, now: datetime) -> list[Problem]:
    cutoff = now.astimezone(timezone.utc) - timedelta(days=OLD_DRAFT_DAYS)
    with vault.session() as s:
        drafts = list(s.exec(select(Draft)))
    old = [d for d in drafts if _aware(d.updated_at) < cutoff]
    if not old:
        return []
    return [Problem(INFO, "old_drafts", f"{OLD_DRAFT_DAYS}일 넘게 저장하지 않은 임시 저장 글이 {len(old)}건 있습니다.",
                    f"{len(old)} draft(s) not saved for more than {OLD_DRAFT_DAYS} days.")]


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)


def has_errors(problems: list[Problem]) -> bool:
    return any(p.severity in (ERROR, WARNING) for p in problems)



def startup_problem() -> CorruptDatabase | None:
    """For the GUI's start screen, before asking for the passphrase: a key file without a database or a database
    without a key file is a damaged installation (offer a restore), not a fresh one (never offer setup)."""
    key_exists, db_exists = paths.key_file().exists(), paths.database_file().exists()
    if key_exists == db_exists:
        return None
    return missing_file_error(key_missing=not key_exists)
