"""Commits a damaged ``-wal`` dropped without a word.

SQLite stops reading a ``-wal`` at the first frame whose checksum fails (a flipped byte, a file cut short) and opens
the file as of the frame before: committed changes after it are simply gone, and the file passes every check. So
after each commit that appended to the audit trail, the newest audit number is written to ``commit-mark.json``
beside the file (no fsync: after a power cut it may lag behind, never run ahead, since the database commit was made
durable first). On open, a database whose audit trail ends *before* the mark has lost the last changes: the user is
told how many and which backup still holds them, the journal is copied aside for support, and the loss is written
into the audit trail itself, where ``check`` keeps reporting it.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from caseapp import paths
from caseapp.services import audit, open_checks
from caseapp.errors import Notice, UserError
from caseapp.storage.atomic import write_bytes_atomic

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from caseapp.services.vault import Vault

# The ORM is imported by the functions that read with it: the mark itself is read and moved without it (by a
# command that only reads, services/read_vault.py).

LOSS_ACTION = "changes_missing"


@dataclass(frozen=True)
class Mark:
    file_id: str
    seq: int


def read_mark() -> Mark | None:
    try:
        data = json.loads(paths.commit_mark_file().read_text(encoding="ascii"))
        return Mark(str(data["file_id"]), int(data["seq"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_mark(file_id: str, seq: int) -> None:
    try:
        write_bytes_atomic(paths.commit_mark_file(), json.dumps({"file_id": file_id, "seq": seq}).encode("ascii"),
                           durable=False)
    except OSError:
        pass  # full or read-only disk: the mark lags behind, which only ever under-reports


def forget() -> None:
    """The case file is being replaced on purpose (restore): its audit trail may end earlier, and that is no loss."""
    try:
        paths.commit_mark_file().unlink(missing_ok=True)
    except OSError:
        pass


def note_commit(vault: "Vault", session: Session) -> None:
    """Called after a write session committed: if it appended to the audit trail, move the mark."""
    seq = session.info.pop(audit.HEAD_KEY, None)
    if seq is None:
        return
    if seq != vault.noted_seq:
        vault.noted_seq = seq
        write_mark(vault.keyfile.file_id, seq)


def audit_head(vault: "Vault") -> int:
    with vault.read_cursor() as cur:
        return open_checks.audit_head(cur)  # the rule the ORM-free open reads too


def check_on_open(vault: "Vault") -> list[Notice]:
    """Right after the file opened, before anything is written (the damaged journal is still as it was found)."""
    mark = read_mark()
    head = audit_head(vault)
    vault.noted_seq = head
    if mark is None or mark.file_id != vault.keyfile.file_id or mark.seq <= head:
        if mark is None or mark.file_id != vault.keyfile.file_id or mark.seq < head:
            write_mark(vault.keyfile.file_id, head)
        return []
    missing = mark.seq - head
    kept = _keep_journal()
    detail = f"audit {head + 1}-{mark.seq} missing after open; journal kept at {kept.name if kept else '-'}"
    try:
        audit.record_standalone(vault, LOSS_ACTION, "caseapp", "", detail=detail)  # moves the mark past the gap
    except UserError:
        pass  # full or read-only disk: the mark stays ahead, so the next open reports it again
    return [loss_notice(missing, head, mark.seq)]


def loss_notice(missing: int, head: int, had: int, holder: Path | None | bool = True) -> Notice:
    """``holder``: the backup that holds the lost changes, None when none does, True when not looked for yet."""
    if holder is True:
        ko_do, en_do = ("'caseapp check'가 그 변경이 들어 있는 백업을 알려 줍니다.",
                        "'caseapp check' names the backup that holds them.")
    elif isinstance(holder, Path):
        ko_do, en_do = (f"그 변경이 들어 있는 백업: {holder} — 'caseapp restore \"{holder}\" --yes'로 복원하세요.",
                        f"A backup that holds them: {holder} — restore it with 'caseapp restore \"{holder}\" --yes'.")
    else:
        ko_do, en_do = ("그 변경이 들어 있는 백업이 없습니다. 마지막 작업을 다시 입력하세요.",
                        "No backup holds them. Enter the last work again.")
    return Notice(
        "changes_missing",
        f"마지막 변경 {missing}건이 사례 파일에 없습니다(감사기록 №{head + 1}–№{had}). 저널 파일(-wal)이 손상되었거나 "
        f"잘렸습니다. {ko_do}",
        f"The last {missing} change(s) are missing from the case file (audit №{head + 1}–№{had}): its journal "
        f"(-wal) was damaged or cut short. {en_do}", severity="error")


def recorded_losses(vault: "Vault") -> list[tuple[int, int]]:
    """(first, last) audit numbers of each loss found on an open and not followed by a restore."""
    from sqlmodel import col, select

    from caseapp.storage.models import AuditEvent
    with vault.session() as s:
        losses = list(s.exec(select(AuditEvent).where(AuditEvent.action == LOSS_ACTION)
                             .order_by(col(AuditEvent.seq))))
        restores = [e.seq or 0 for e in s.exec(select(AuditEvent).where(AuditEvent.action == "restore"))]
    out = []
    for event in losses:
        if any(r > (event.seq or 0) for r in restores):
            continue  # a restore since then replaced the file
        try:
            first, _, last = event.detail.split()[1].partition("-")
            out.append((int(first), int(last)))
        except (IndexError, ValueError):
            continue
    return out


def backup_audit_head(path: Path, key: bytes) -> int:
    """The newest audit number in a backup file (0 when it does not open with ``key``); read-only."""
    import sqlcipher3
    try:
        conn = sqlcipher3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlcipher3.Error:
        return 0
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        row = conn.execute("SELECT max(seq) FROM auditevent").fetchone()
        return int(row[0] or 0)
    except sqlcipher3.Error:
        return 0
    finally:
        conn.close()


def _keep_journal() -> Path | None:
    """Copy the damaged ``-wal`` aside (it may still hold the lost pages, for support) before SQLite reuses it."""
    wal = Path(str(paths.database_file()) + "-wal")
    if not wal.exists():
        return None
    folder = paths.backups_dir() / "set-aside" / datetime.now().strftime("%Y%m%d-%H%M%S-missing-changes")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy2(wal, folder / wal.name)
    except OSError:
        return None
    return folder
