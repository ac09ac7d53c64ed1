"""접속기록 (access records): who opened, searched, printed or exported which client's data, when, on which machine.

Every access record is a row of the tamper-evident audit chain (:mod:`caseapp.services.audit`), written in the same
transaction as the act where the act writes (an export, a destruction) and in a small transaction of its own where
it only reads (a case viewed, a search). See :mod:`caseapp.domain.access` for the kinds and the detail format.

Failed unlocks cannot be written into a file that is still locked: they go to a small plain side file with no
personal data (time, device id; :func:`caseapp.paths.pending_access_file`) and are appended into the chain, with
their own times, at the next successful unlock. An unlock on a full or read-only disk waits there the same way.

Access records are never deleted: the audit chain is append-only (a deleted row breaks it), so they are kept at
least as long as the retention setting says (never below 2 years) and in practice as long as the file. A case's
destruction removes the free text typed with its records (:func:`scrub_case`); the row, the case number and the
text's hash remain.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from caseapp import paths
from caseapp import settings as settings_mod
from caseapp.domain.access import (
    MIN_RETENTION_YEARS, AccessEntry, AccessKind, ExportReason, decode_detail, encode_detail, month_bounds,
)
from caseapp.errors import StorageUnavailable, UserError, ValidationError
from caseapp.services import audit
from caseapp.storage.atomic import write_bytes_atomic
from caseapp.storage.compact_values import micros_read
from caseapp.storage.sql_chunks import chunks

if TYPE_CHECKING:
    from sqlmodel import Session

    from caseapp.services.vault import Vault

# The ORM is imported by the functions that use it: a search's and an unlock's records are written without it by
# a command that only reads (services/read_vault.py: ~0.6 s of imports saved).

# Audit actions that are access records. Record, referral-letter and report PDFs share the older "export" action
# (their entity type tells them apart); a print is an export whose detail says ``pr=1``.
ACCESS_ACTIONS = ("unlock", "unlock_failed", "lock", "view", "search", "export", "backup", "restore", "destroy",
                  "settings", "review", "reveal")
_EXPORT_KINDS = {"referral": AccessKind.LETTER, "report": AccessKind.REPORT}
_device_cache: dict[str, str] = {}


# --- device id ----------------------------------------------------------------------------------------------------

def device_id() -> str:
    """A random id made once per installation (data folder) and kept beside the case file: 12 hex digits."""
    path = paths.device_id_file()
    cached = _device_cache.get(str(path))
    if cached:
        return cached
    try:
        value = path.read_text(encoding="ascii").strip()
    except OSError:
        value = ""
    if len(value) != 12 or any(c not in "0123456789abcdef" for c in value):
        value = uuid.uuid4().hex[:12]
        try:
            paths.ensure_data_dir()
            write_bytes_atomic(path, value.encode("ascii"))
        except OSError:
            return value  # a read-only folder: this run's records still name one device
    _device_cache[str(path)] = value
    return value


def renew_device_id() -> str:
    """Give this folder a new device id (after a restore: see :mod:`caseapp.services.sync_restore`)."""
    value = uuid.uuid4().hex[:12]
    paths.ensure_data_dir()
    write_bytes_atomic(paths.device_id_file(), value.encode("ascii"))
    _device_cache[str(paths.device_id_file())] = value
    return value


# --- reasons --------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Purpose:
    """Why data leaves the program, asked before a PDF is written (GUI dialog, CLI ``--reason``)."""

    reason: ExportReason = ExportReason.SERVICE
    text: str = ""
    printing: bool = False

    def __post_init__(self) -> None:
        if "\x00" in self.text or len(self.text) > 300:
            raise ValidationError("사유는 300자까지 쓸 수 있습니다.", "The reason may be at most 300 characters.")
        if self.reason is ExportReason.OTHER and not self.text.strip():
            raise ValidationError("'기타' 사유는 내용을 적어야 합니다.", "Give the reason in words for 'other'.")


def parse_reason(raw: str | None, text: str = "") -> Purpose:
    """A CLI ``--reason`` value (code or label); None = the documented default (service provision)."""
    if raw is None:
        return Purpose(text=text)
    try:
        reason = ExportReason.parse(raw)
    except ValueError:  # words, not a code: an "other" reason in those words (scripts give the basis this way)
        if not raw.strip():
            codes = ", ".join(r.value for r in ExportReason)
            raise ValidationError(f"사유가 비어 있습니다 (가능한 값: {codes})",
                                  f"The reason is empty (choose from {codes})") from None
        return Purpose(ExportReason.OTHER, " ".join(part for part in (raw.strip(), text.strip()) if part))
    return Purpose(reason, text)  # type: ignore[arg-type]


def _note_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


# --- recording ------------------------------------------------------------------------------------------------------

def access_detail(facts: Mapping[str, object] | None = None, purpose: Purpose | None = None, note: str = "") -> str:
    """The compact detail of an access record: device, reason code, the kind's facts and the note's hash."""
    values: dict[str, object] = {"dv": device_id()}
    if purpose is not None:
        values["r"] = purpose.reason.value
        if purpose.printing:
            values["pr"] = 1
    values.update(facts or {})
    if note:
        values["h"] = _note_hash(note)
    return encode_detail(values)


def keep_note(session: Session, seq: int | None, text: str) -> None:
    """Store the free text of the access record ``seq`` outside the chain (its hash is in the chained detail)."""
    from caseapp.storage.models import AccessNote
    if text and seq is not None:
        session.add(AccessNote(seq=seq, text=text))


def purpose_note(purpose: Purpose | None) -> str:
    return purpose.text.strip() if purpose is not None else ""


# Acts that only read: their records commit without a disk flush (they survive a crash, not always a power cut).
LIGHT_KINDS = frozenset({AccessKind.VIEW, AccessKind.SEARCH, AccessKind.LOCK, AccessKind.REVEAL})


def record_access(vault: "Vault", kind: AccessKind, case_id: str | None = None, *,
                  facts: Mapping[str, object] | None = None, note: str = "", purpose: Purpose | None = None,
                  session: Session | None = None) -> int | None:
    """Append one access record (who = the vault's actor, when = now, which machine = :func:`device_id`).

    ``facts`` are short codes/numbers (e.g. ``{"n": 12}``); ``note`` is free text kept outside the chain. With
    ``session`` the record commits with the caller's change; without, in a transaction of its own (for the
    :data:`LIGHT_KINDS` without waiting for the disk: ~0.2 ms instead of a ~10 ms flush). Returns the record's
    audit sequence number."""
    detail = access_detail(facts, purpose, note or purpose_note(purpose))
    if session is not None:
        event = audit.record(session, vault.actor, kind.value, "", "", case_id, detail=detail)
        keep_note(session, event.seq, note or purpose_note(purpose))
        return event.seq
    if kind in LIGHT_KINDS:
        return _record_light(vault, kind, case_id, detail, note or purpose_note(purpose))
    with vault.session(write=True) as s:
        return record_access(vault, kind, case_id, facts=facts, note=note, purpose=purpose, session=s)


def _record_light(vault: "Vault", kind: AccessKind, case_id: str | None, detail: str, note: str) -> int:
    """An access record of a read in plain SQL (opening a case must stay cheap): the chained row, its note and the
    head in one transaction of their own."""
    with vault.light_cursor() as cursor:
        seq = audit.append_plain(cursor, vault.actor, kind.value, "", "", case_id, detail)
        if note:
            cursor.execute("INSERT INTO accessnote (seq, text) VALUES (?, ?)", (seq, note))
    return seq


def record_view(vault: "Vault", case_id: str) -> None:
    """A case was opened to be read (the window's case view, ``caseapp show``)."""
    record_or_defer(vault, AccessKind.VIEW, case_id)


def record_search(vault: "Vault", query: str, hits: int, cases: int) -> None:
    """A search: the query (kept outside the chain, its hash in it), how many hits and how many cases."""
    record_or_defer(vault, AccessKind.SEARCH, facts={"n": hits, "c": cases}, note=query.strip()[:300])


def record_lock(vault: "Vault") -> None:
    """The window locked (by hand or after idle time); a full disk keeps it for the next unlock."""
    record_or_defer(vault, AccessKind.LOCK)


def record_settings_change(vault: "Vault", changed: Iterable[str]) -> int | None:
    """Settings saved: which settings changed (their names only, never their values: a folder path can be
    personal)."""
    names = ",".join(sorted({name for name in changed if name.isidentifier()}))
    if not names:
        return None
    return record_access(vault, AccessKind.SETTINGS, facts={"keys": names})


def record_or_defer(vault: "Vault", kind: AccessKind, case_id: str | None = None, *,
                    facts: Mapping[str, object] | None = None, note: str = "") -> None:
    """For acts that only read or happen outside the file (a view, a search, a backup copy, a lock): record now,
    or, when the file cannot be written (full disk, busy), keep the record in the side file for the next unlock
    (the note's hash only: the side file is not encrypted). Never refuses the act for that."""
    try:
        if vault.read_only:
            raise StorageUnavailable("read-only", "read-only")
        record_access(vault, kind, case_id, facts=facts, note=note)
    except UserError:  # full disk, busy, a file re-keyed under this window: the act itself must not fail
        _append_pending({"k": kind.value, "at": datetime.now(timezone.utc).isoformat(), "a": vault.actor,
                         "c": case_id or "", "d": access_detail(facts, note=note), "p": uuid.uuid4().hex[:12]})


def flush_pending(vault: "Vault") -> int:
    """Append what waits in the side file now (after a restore, which opens the file without an unlock)."""
    pending = _read_pending()
    if not pending or vault.read_only:
        return 0
    with vault.session(write=True) as s:
        _flush_pending(s, vault.actor, pending)
    _forget_pending()
    return len(pending)


def _forget_pending() -> None:
    try:
        paths.pending_access_file().unlink(missing_ok=True)
    except OSError:
        pass  # left for next time: each line's id ("p") is looked up before it is appended again


def note_failed_unlock(via: str = "passphrase") -> None:
    """A wrong passphrase or recovery key: remembered in the side file until the next unlock (no personal data)."""
    _append_pending({"k": AccessKind.UNLOCK_FAILED.value, "at": datetime.now(timezone.utc).isoformat(),
                     "dv": device_id(), "via": via, "p": uuid.uuid4().hex[:12]})


def _append_pending(item: dict[str, str]) -> None:
    try:
        paths.ensure_data_dir()
        fd = os.open(paths.pending_access_file(), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)  # owner only
        with os.fdopen(fd, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(item) + "\n")
    except OSError:
        pass  # a read-only folder: the key file's attempt counter still throttles


def _read_pending() -> list[dict[str, str]]:
    try:
        lines = paths.pending_access_file().read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    out = []
    for line in lines:
        try:
            item = json.loads(line)
        except ValueError:
            continue  # a line torn by a kill mid-write
        if isinstance(item, dict) and item.get("k") in ACCESS_ACTIONS and isinstance(item.get("at"), str):
            out.append(item)
    return out


def record_unlock(vault: "Vault", via: str = "passphrase") -> None:
    """The file was unlocked: append the failed attempts waiting in the side file, then this unlock, in one
    transaction; then empty the side file. Cannot write (full disk, read-only file): the unlock waits there too."""
    pending = _read_pending()
    if vault.read_only:
        defer_unlock(vault, via)
        return
    try:
        with vault.session(write=True) as s:
            _flush_pending(s, vault.actor, pending)
            record_access(vault, AccessKind.UNLOCK, facts=unlock_facts(via), session=s)
    except (StorageUnavailable, UserError):
        defer_unlock(vault, via)
        return
    if pending:
        _forget_pending()


def unlock_facts(via: str = "passphrase") -> dict[str, object]:
    """The facts of an unlock record: how it was unlocked, when not with the passphrase."""
    return {"via": via} if via != "passphrase" else {}


def defer_unlock(vault: "Vault", via: str = "passphrase") -> None:
    """An unlock that cannot be written now (full disk, read-only file) waits in the side file for the next one."""
    _append_pending({"k": AccessKind.UNLOCK.value, "at": datetime.now(timezone.utc).isoformat(),
                     "dv": device_id(), "via": via, "p": uuid.uuid4().hex[:12], "a": vault.actor})


def has_pending() -> bool:
    """Records wait in the side file (failed unlocks, acts on a full disk): the next unlock appends them."""
    return bool(_read_pending())


def _flush_pending(s: Session, actor: str, pending: list[dict[str, str]]) -> None:
    from sqlmodel import col, select

    from caseapp.storage.models import AuditEvent
    if not pending:
        return
    done = set(s.exec(select(AuditEvent.detail).where(
        col(AuditEvent.action).in_(ACCESS_ACTIONS), col(AuditEvent.detail).contains("p="))
        .order_by(col(AuditEvent.seq).desc()).limit(5000)).all())
    seen = {decode_detail(d).get("p") for d in done}
    events: list[tuple[str, tuple[str, str, str, str | None, str, datetime]]] = []
    for item in pending:
        if item.get("p") in seen:
            continue  # a kill after the commit, before the side file was emptied
        if _still_here(s, item):
            continue  # carried for a restore that was killed before it was decided: the record never left
        try:
            at = datetime.fromisoformat(item["at"])
        except ValueError:
            continue
        if "d" in item:  # carried over a restore: the record as it was, with a mark saying so
            detail = f"{item['d']};p={item.get('p', '')}"
        else:
            detail = encode_detail({"dv": item.get("dv", ""), "p": item.get("p", ""),
                                    "via": item.get("via", "") if item.get("via") != "passphrase" else ""})
        events.append((item.get("a") or actor, (item["k"], item.get("e", ""), "", item.get("c") or None, detail, at)))
    for who, event in events:
        audit.record_many(s, who, [event])


def _still_here(s: Session, item: dict[str, str]) -> bool:
    """A record :func:`carry_over_restore` put in the side file that this file holds itself: same place in the
    chain (``cf``), same row id. A restore that went ahead brought an older file, whose row there (if any) is
    another."""
    from caseapp.storage.models import AuditEvent
    seq = decode_detail(item.get("d", "")).get("cf", "") if "d" in item else ""
    if not seq.isdigit() or not item.get("p"):
        return False
    row = s.get(AuditEvent, int(seq))
    return row is not None and row.id.startswith(item["p"])


def newest_audit_time(db_path: Path, key: bytes) -> datetime | None:
    """The time of a (backup) file's newest audit row, read without writing anything beside it."""
    from caseapp.storage.engine import read_only_connect
    try:
        conn = read_only_connect(db_path, key)
    except UserError:
        return None
    try:
        row = conn.execute("SELECT max(at) FROM auditevent").fetchone()
    except Exception:  # noqa: BLE001 (an unreadable backup: the restore itself reports it)
        return None
    finally:
        conn.close()
    if not row or not row[0]:
        return None
    if isinstance(row[0], int):  # microseconds since 1970 (migration 0024); a backup made before it holds text
        return micros_read(row[0])
    value = datetime.fromisoformat(str(row[0]))
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def carry_over_restore(vault: "Vault", backup_newest: datetime | None) -> int:
    """Before a restore replaces the file: the access records made after the backup's newest audit row go to the
    side file (codes and ids only; typed text stays behind, its hash travels) and are appended into the restored
    file's chain at the next unlock, so a restore cannot erase who looked at what. Returns how many."""
    from sqlmodel import col, select

    from caseapp.storage.models import AuditEvent
    with vault.session() as s:
        query = select(AuditEvent).where(col(AuditEvent.action).in_(ACCESS_ACTIONS))
        if backup_newest is not None:
            query = query.where(AuditEvent.at > backup_newest)
        events = s.exec(query.order_by(col(AuditEvent.seq))).all()
    for event in events:
        _append_pending({"k": event.action, "at": event.at.isoformat(), "a": event.actor, "c": event.case_id or "",
                         "e": event.entity_type, "d": f"{event.detail};cf={event.seq}", "p": event.id[:12]})
    return len(events)


# --- reading --------------------------------------------------------------------------------------------------------

def _kind(action: str, entity_type: str, detail: dict[str, str]) -> AccessKind:
    if action == "export":
        if detail.get("pr") == "1":
            return AccessKind.PRINT
        return _EXPORT_KINDS.get(entity_type, AccessKind.EXPORT)
    return AccessKind(action)


def _utc_start(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=datetime.now().astimezone().tzinfo).astimezone(timezone.utc)


def _what(kind: AccessKind, detail: dict[str, str]) -> str:
    hidden = {"dv", "r", "h", "pr", "sig", "p", "cf"}
    return ";".join(f"{k}={v}" for k, v in detail.items() if k not in hidden)


def list_records(vault: "Vault", start: date | None = None, end: date | None = None, *,
                 case_number: str | None = None, kinds: Iterable[AccessKind] | None = None,
                 actor: str | None = None, case_id: str | None = None) -> list[AccessEntry]:
    """Access records from ``start`` to ``end`` (local dates, both included), oldest first; optionally of one case
    (its number or id), some kinds, one person. Reads by the (action, at) index: a month is fast in a large file."""
    from sqlmodel import col, select

    from caseapp.storage.models import AccessNote, AuditEvent, Case
    actions = sorted({AccessKind(k).value if not isinstance(k, AccessKind) else k.value for k in kinds}
                     if kinds is not None else set(ACCESS_ACTIONS))
    actions = sorted({"export" if a in ("print", "letter", "report") else a for a in actions})
    wanted = set(kinds) if kinds is not None else None
    with vault.session() as s:
        query = (select(AuditEvent.seq, AuditEvent.at, AuditEvent.actor, AuditEvent.action,  # columns, not
                        AuditEvent.entity_type, AuditEvent.case_id, AuditEvent.detail,  # objects: a month is
                        AccessNote.text)  # thousands of rows
                 .outerjoin(AccessNote, col(AccessNote.seq) == col(AuditEvent.seq))
                 .where(col(AuditEvent.action).in_(actions)))
        if start is not None:
            query = query.where(AuditEvent.at >= _utc_start(start))
        if end is not None:
            query = query.where(AuditEvent.at < _utc_start(date.fromordinal(end.toordinal() + 1)))
        if case_number is not None:
            case = s.exec(select(Case).where(Case.case_number == case_number.strip())).first()
            if case is None:
                from caseapp.errors import NotFound
                raise NotFound(f"사례를 찾을 수 없습니다: {case_number}", f"No such case: {case_number}")
            case_id = case.id
        if case_id is not None:
            query = query.where(AuditEvent.case_id == case_id)
        if actor is not None:
            query = query.where(AuditEvent.actor == actor)
        rows = s.exec(query.order_by(col(AuditEvent.at), col(AuditEvent.seq))).all()
        numbers = _case_numbers(s, {r[5] for r in rows if r[5]})
    out = []
    for seq, at, actor_name, action, entity_type, row_case, raw, note in rows:
        number = numbers.get(row_case) if row_case else None
        detail = decode_detail(raw)
        kind = _kind(action, entity_type, detail)
        if wanted is not None and kind not in wanted:
            continue
        out.append(AccessEntry(seq=seq or 0, at=at.astimezone(), actor=actor_name, kind=kind,
                               case_id=row_case, case_number=number or "", device=detail.get("dv", ""),
                               reason=detail.get("r", ""), what=_what(kind, detail), note=note or ""))
    return out


def _case_numbers(s: Session, case_ids: set[str]) -> dict[str, str]:
    """Case id -> number, read apart: written when the audit trail's case ids were 16 bytes (migration 0024) and
    the case table's text; both are 16 bytes since 0030, so a join would match now."""
    from sqlmodel import col, select

    from caseapp.storage.models import Case
    ids, numbers = sorted(case_ids), dict[str, str]()
    for chunk in chunks(ids):
        numbers.update(s.exec(select(Case.id, Case.case_number).where(col(Case.id).in_(chunk))).all())
    return numbers


def recipients_of(vault: "Vault", case_id: str) -> list[AccessEntry]:
    """Every time the case's data left the program (export, print, referral letter, report), oldest first: for
    the client's own copy ("who received their data", 제35조)."""
    return list_records(vault, case_id=case_id, kinds=[AccessKind.EXPORT, AccessKind.PRINT, AccessKind.LETTER,
                                                        AccessKind.REPORT])


def month_records(vault: "Vault", month: date) -> list[AccessEntry]:
    first, after = month_bounds(month)
    return list_records(vault, first, date.fromordinal(after.toordinal() - 1))


# --- checking -------------------------------------------------------------------------------------------------------

def altered_notes(vault: "Vault") -> list[int]:
    """Audit numbers of access records whose kept text no longer matches the hash in the chain (``caseapp check``).
    A note removed by a destruction is not a problem: the hash stays, the text is gone on purpose."""
    from sqlmodel import col, select

    from caseapp.storage.models import AccessNote, AuditEvent
    with vault.session() as s:
        rows = s.exec(select(AccessNote.seq, AccessNote.text, AuditEvent.detail)
                      .join(AuditEvent, col(AuditEvent.seq) == col(AccessNote.seq), isouter=True)).all()
    return [seq for seq, text, detail in rows if detail is None or decode_detail(detail).get("h") != _note_hash(text)]


# --- retention ------------------------------------------------------------------------------------------------------

def retention_years(settings: settings_mod.Settings | None = None) -> int:
    return max(MIN_RETENTION_YEARS, (settings or settings_mod.load()).access_log_years)


def set_retention_years(years: int, settings: settings_mod.Settings | None = None) -> settings_mod.Settings:
    """Keep access records at least ``years``; below the legal minimum of 2 years is refused (nothing changes)."""
    check_retention_years(years)
    current = settings or settings_mod.load()
    current.access_log_years = years
    settings_mod.save(current)
    return current


def check_retention_years(years: int) -> None:
    if not isinstance(years, int) or years < MIN_RETENTION_YEARS or years > 100:
        raise ValidationError(
            f"접속기록은 최소 {MIN_RETENTION_YEARS}년 보관해야 합니다(개인정보의 안전성 확보조치 기준). 2–100년으로 정하세요.",
            f"Access records must be kept at least {MIN_RETENTION_YEARS} years (the personal-information safety "
            f"standard). Choose 2–100 years.")


# --- destruction ----------------------------------------------------------------------------------------------------

def scrub_case(s: Session, case_id: str, client_id: str | None) -> int:
    """Inside a destruction's transaction: remove the free text of the case's access records, and of searches
    whose query names the client. The chained rows, the case number and the text's hash remain."""
    from sqlalchemy import delete
    from sqlmodel import col, select

    from caseapp.storage.models import AccessNote, AuditEvent, Client
    seqs = set(s.exec(select(AccessNote.seq).join(AuditEvent, col(AuditEvent.seq) == col(AccessNote.seq))
                      .where(AuditEvent.case_id == case_id)).all())
    client = s.get(Client, client_id) if client_id else None
    names = {n for n in (client.name.strip() if client else "", client.phone.strip() if client else "") if n}
    if names:
        for seq, text in s.exec(select(AccessNote.seq, AccessNote.text).join(
                AuditEvent, col(AuditEvent.seq) == col(AccessNote.seq))
                .where(AuditEvent.action == AccessKind.SEARCH.value)).all():
            if any(name in text or (len(text.strip()) >= 2 and text.strip() in name) for name in names):
                seqs.add(seq)
    if seqs:
        s.exec(delete(AccessNote).where(col(AccessNote.seq).in_(sorted(seqs))))  # type: ignore[call-overload]
    return len(seqs)
