"""Destruction (파기) of a case's personal data, and the registry that keeps it destroyed.

Destruction removes the personal data for good: the case's records, the client's personal fields (or the client
row's content when no other case uses it), household members, drafts and the search index. The deletes run with
``PRAGMA secure_delete`` and are followed by ``VACUUM`` and a truncating WAL checkpoint (:func:`compact`), so nothing
is left on free pages or in the journal that a later backup could copy. What remains is the case number, dates and
an audit entry saying what was destroyed, when, why and by whom.

The registry ``destroyed-cases.json`` beside the case file lists every destroyed case id (UUIDs only, no personal
data) and whether the file was compacted since. It lives outside the case file so that a restored older backup, or
a restore killed half-way, cannot bring a destroyed case back: every open runs :func:`keep_destroyed`, which destroys
those cases again, retries a compaction that failed (a full disk), and adds to the registry any destruction the
file knows of that the registry missed (a kill or a full disk right after the commit).
"""

from __future__ import annotations

import functools
import logging
import time
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy.exc
import sqlcipher3
from sqlalchemy import Table, delete
from sqlmodel import Session, SQLModel, col, select

from caseapp.errors import Notice, NotFound, StorageUnavailable, ValidationError
from caseapp.services import access_log, audit, open_checks, search, sync_log
from caseapp.services.destroyed_registry import (  # noqa: F401 (re-exported: the registry's home was here)
    REGISTRY_NAME, compaction_pending, destroyed_registry, mark_compacted, registry_file, remember,
)
from caseapp.storage.models import Case, Client, DestructionLog, Draft, SearchDoc, utcnow
from caseapp.storage.sql_chunks import chunks

if TYPE_CHECKING:
    from caseapp.services.vault import Vault

log = logging.getLogger("caseapp.destruction")

DESTROYED_CLIENT_NAME = "(파기됨)"
REAPPLY_REASON = "복원 후 재파기 / destroyed again after restoring an older backup"
# How the data was destroyed, for the 파기 대장 (개인정보 보호법 시행령 제16조: 복원이 불가능한 방법).
METHOD = ("영구 삭제(지운 자리 0으로 덮어쓰기, 파일 재작성) / deleted from the encrypted file "
          "(freed space overwritten with zeros, file rewritten)")


# --- destroying ----------------------------------------------------------------------------------------------------

@dataclass
class DestructionReport:
    case_id: str
    case_number: str
    destroyed_at: datetime
    by: str
    reason: str
    counts: dict[str, int]
    compacted: bool = True  # False: the file could not be compacted yet (full disk); retried on every open

    def kinds(self) -> list[str]:
        """``table=count`` of every kind of data that went (the register names them in words)."""
        return [f"{table}={n}" for table, n in sorted(self.counts.items()) if n]

    def detail(self) -> str:
        parts = ", ".join(f"{table}={n}" for table, n in sorted(self.counts.items()) if n)
        return f"{self.case_number}: {self.reason} [{parts}]"


def _delete(s: Session, counts: dict[str, int], model: Any, *where: Any) -> None:
    result = s.exec(delete(model).where(*where))  # type: ignore[call-overload]
    counts[model.__tablename__] = counts.get(model.__tablename__, 0) + (result.rowcount or 0)


def destroy_case(vault: "Vault", case_id: str, reason: str = "", *, require_closed: bool = True) -> DestructionReport:
    """Irreversibly remove the personal data of one case (signed entries included: destruction is the legal end of
    their life). Leaves the case number, dates and an audit entry with counts, time and actor."""
    reason = (reason or "").strip() or "보존기간 경과 / retention period ended"
    if "\x00" in reason or len(reason) > 500:
        raise ValidationError("파기 사유가 올바르지 않습니다.", "The reason for destruction is not valid.")
    now = utcnow()
    with vault.session(write=True) as s:
        case = s.get(Case, case_id)
        if case is None:
            raise NotFound("사례를 찾을 수 없습니다.", "No such case.")
        if case.destroyed_at is not None and not _holds_data(s, case):
            raise ValidationError(f"이미 파기된 사례입니다: {case.case_number}",
                                  f"This case was already destroyed: {case.case_number}")
        # (a destroyed case that holds personal data again, put back outside caseapp, is destroyed again)
        if require_closed and case.closed_on is None:
            raise ValidationError(f"종결되지 않은 사례는 파기할 수 없습니다: {case.case_number}. 먼저 종결하세요.",
                                  f"Case {case.case_number} is not closed; terminate it before destroying it.")
        report = destroy_in_session(s, case, vault.actor, reason, now)
        s.add(DestructionLog(case_id=case.id, case_number=case.case_number, destroyed_at=now, actor=vault.actor,
                             reason=reason, kinds=report.kinds(), method=METHOD))
    try:
        remember({case_id: now}, compacted=False)
    except OSError:
        log.info("destroyed-cases registry not written; the next open adds it from the case file")
    report.compacted = compact_or_defer(vault)
    return report


def remember_destroyed(vault: "Vault", case_ids: list[str]) -> None:
    """Cases destroyed inside another use case's committed transaction (a sync import): into the registry, then
    compact (a failure here is repaired on the next open, like after :func:`destroy_case`)."""
    try:
        remember({cid: utcnow() for cid in case_ids}, compacted=False)
    except OSError:
        log.info("destroyed-cases registry not written; the next open adds it from the case file")
    compact_or_defer(vault)


def destroy_in_session(s: Session, case: Case, actor: str, reason: str, now: datetime, *,
                       audited: bool = True) -> DestructionReport:
    """The deletes and the "destroy" audit row inside the caller's write session: the case file's own, or a
    backup copy being purged (:mod:`caseapp.services.backup_purge`, ``audited=False``: the backup's audit chain
    stays a prefix of the case file's, which records the purge, so rotation still sees one history)."""
    counts: dict[str, int] = {}
    conn = s.connection()
    # Deleted cells are overwritten with zeros instead of only being unlinked (this connection only).
    conn.exec_driver_sql("PRAGMA secure_delete = ON")
    was_paused = s.info.get(sync_log.PAUSED_KEY, False)
    s.info[sync_log.PAUSED_KEY] = True  # the deletes are not logged one by one: one "destroy" change travels
    try:
        access_log.scrub_case(s, case.id, case.client_id)  # before the client's name is gone: it finds searches
        _destroy_rows(s, case, counts)
        case.presenting_request = ""
        case.crisis_screening = ""
        case.destroyed_at = case.destroyed_at or now
        case.updated_at = now
        s.add(case)
        report = DestructionReport(case.id, case.case_number, now, actor, reason, counts)
        if audited:
            audit.record(s, actor, "destroy", "case", case.id, case.id,
                         detail=f"{report.detail()};{access_log.access_detail()}")
        _forget_in_search(s, case.id)
        s.flush()
        s.info[sync_log.PAUSED_KEY] = was_paused
        sync_log.note_destroyed(s, case.id, case.client_id if counts.get("client") else None, actor)
    finally:
        s.info[sync_log.PAUSED_KEY] = was_paused
        conn.exec_driver_sql("PRAGMA secure_delete = OFF")
    return report


def _destroy_rows(s: Session, case: Case, counts: dict[str, int]) -> None:
    cid = case.id
    _delete_dependants(s, counts, Case.__table__, [cid])
    _delete(s, counts, Draft, (Draft.case_id == cid) | col(Draft.form_key).contains(cid))

    client = s.get(Client, case.client_id)
    if client is None:
        return
    other_live = s.exec(select(Case.id).where(Case.client_id == client.id, Case.id != cid,
                                              Case.destroyed_at == None)).first()  # noqa: E711
    if other_live is not None:
        return  # the client is still served under another case; only this case's records go
    # Household members and whatever else hangs off the client row (the row stays, emptied; its cases stay too).
    _delete_dependants(s, counts, Client.__table__, [client.id], keep=(Case.__table__,))
    client.name = DESTROYED_CLIENT_NAME
    client.birth_date = None
    client.sex = ""
    client.resident_number = ""
    client.phone = ""
    client.address = ""
    client.referral_source = ""
    client.vulnerability_flags = []
    client.notes = ""
    client.registered_address = client.household_type = client.housing_type = client.tenure = ""
    client.referral_route = ""
    client.livelihood = []
    client.updated_at = utcnow()
    s.add(client)
    counts["client"] = counts.get("client", 0) + 1


# A hand-kept list of the tables to delete missed the budget lines of an assessment (a table added later), so the
# delete of the assessments failed on their foreign key, and with it every open that had to destroy a case again.
# The rows to delete and their order are derived from the models' foreign keys instead.


def _dependant_ids(s: Session, root: Table, root_ids: list[str], keep: tuple[Table, ...]) -> dict[Table, set[str]]:
    """Every row that points at a row of ``root_ids`` by a foreign key, directly or through another such row (a
    budget line through its assessment, a sub-goal through its goal), by table. ``keep``: tables never collected."""
    doomed: dict[Table, set[str]] = {root: set(root_ids)}
    fresh = dict(doomed)  # the rows found in the last round: only they can lead to more
    while fresh:  # chains of any length, and a table pointing at itself (a sub-goal of a sub-goal)
        found: dict[Table, set[str]] = {}
        for table in SQLModel.metadata.sorted_tables:
            if table is root or table in keep:
                continue
            for fk in table.foreign_keys:
                parents = fresh.get(fk.column.table)
                if parents:
                    found.setdefault(table, set()).update(_ids_where_in(s, table, fk.parent, parents))
        fresh = {table: ids - doomed.get(table, set()) for table, ids in found.items()}
        fresh = {table: ids for table, ids in fresh.items() if ids}
        for table, ids in fresh.items():
            doomed.setdefault(table, set()).update(ids)
    del doomed[root]
    return doomed


def _ids_where_in(s: Session, table: Table, column: Any, values: set[str]) -> set[str]:
    ordered = sorted(values)
    found: set[str] = set()
    for chunk in chunks(ordered):
        found.update(s.exec(select(table.c.id).where(column.in_(chunk))).all())  # type: ignore[call-overload]
    return found


def _delete_dependants(s: Session, counts: dict[str, int], root: Table, root_ids: list[str], *,
                       keep: tuple[Table, ...] = ()) -> None:
    """Delete what :func:`_dependant_ids` finds, children before parents (``sorted_tables`` is parents first)."""
    doomed = _dependant_ids(s, root, root_ids, keep)
    # Checked at commit: a table pointing at itself (a sub-goal) may need more than one chunk, in any order.
    s.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    for table in reversed(SQLModel.metadata.sorted_tables):
        ids = sorted(doomed.get(table, ()))
        for chunk in chunks(ids):
            result = s.exec(delete(table).where(table.c.id.in_(chunk)))  # type: ignore[call-overload]
            counts[table.name] = counts.get(table.name, 0) + (result.rowcount or 0)


@functools.cache
def case_links() -> tuple[Any, ...]:
    """The columns that point at the case by a foreign key: what a case holds directly (its other rows hang off
    these rows, and cannot outlive them while foreign keys are enforced)."""
    return tuple(fk.parent for table in SQLModel.metadata.sorted_tables for fk in table.foreign_keys
                 if fk.column.table is Case.__table__)


def _forget_in_search(s: Session, case_id: str) -> None:
    search.forget_case(s, case_id)
    # Whatever the search service does, no indexed text of this case may stay behind.
    s.exec(delete(SearchDoc).where(SearchDoc.case_id == case_id))  # type: ignore[call-overload]


def compact(vault: "Vault", attempts: int = 20) -> bool:
    """Rewrite the file without free pages and empty the WAL, so deleted data is not left on disk or in backups.
    Returns False if a reader kept the WAL from being emptied (its frames are still encrypted; the next
    checkpoint overwrites them)."""
    with vault.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("VACUUM")
        for _ in range(attempts):
            busy = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            if not busy:
                return True
            time.sleep(0.05)  # another connection is reading; it finishes within moments
    return False


def compact_or_defer(vault: "Vault") -> bool:
    """:func:`compact`, and on success clear the registry's "not compacted" marks. A full or read-only disk leaves
    the marks in place (reported by ``check``, retried on the next open) instead of failing what already
    committed."""
    try:
        compact(vault)
    except (sqlalchemy.exc.OperationalError, sqlcipher3.OperationalError, OSError) as exc:
        log.info("compaction after destruction deferred: %s", type(exc).__name__)
        return False
    try:
        mark_compacted()
    except OSError:
        pass  # compacted once more at the next open: harmless
    return True


# --- keeping destroyed cases destroyed --------------------------------------------------------------------------

def _destroyed_in_file(vault: "Vault") -> dict[str, datetime]:
    with vault.session() as s:
        rows = s.exec(select(Case.id, Case.destroyed_at).where(Case.destroyed_at != None)).all()  # noqa: E711
    return {cid: when for cid, when in rows}


@dataclass
class KeptDestroyed:
    """What the check on open did: how many cases it destroyed again, and the case numbers it could not."""
    again: int = 0
    failed: list[str] = field(default_factory=list)


def reapply_destructions(vault: "Vault", case_ids: list[str]) -> KeptDestroyed:
    """Destroy again the cases of ``case_ids`` that the file holds undestroyed (an older backup). A case whose
    destruction fails is rolled back and named in ``failed``: the open goes on (the user keeps every other case,
    the next open tries again, ``check`` reports the data left) instead of failing for good."""
    kept = KeptDestroyed()
    for case_id in case_ids:
        with vault.session() as s:
            case = s.get(Case, case_id)
            pending = case is not None and case.destroyed_at is None
            number = case.case_number if case is not None else case_id
        if not pending:
            continue
        try:
            destroy_case(vault, case_id, REAPPLY_REASON, require_closed=False)
        except ValidationError:
            continue  # another process destroyed it again a moment ago
        except (sqlalchemy.exc.DatabaseError, sqlcipher3.DatabaseError) as exc:  # rolled back: nothing written
            log.warning("destroying case %s again failed: %s", case_id, exc)
            kept.failed.append(number)
            continue
        kept.again += 1
    return kept


def keep_destroyed(vault: "Vault") -> KeptDestroyed:
    """On every open: registry and file agree, destroyed cases are destroyed, compaction is done. A read-only or
    full disk postpones the writes (``check`` reports what is left)."""
    try:
        in_file, registry = _destroyed_in_file(vault), set(destroyed_registry())
        missing = {cid: when for cid, when in in_file.items() if cid not in registry}
        if missing:
            remember(missing, compacted=False)
        undestroyed: list[str] = []
        if others := registry - in_file.keys():  # a registry that agrees (every open) costs no reading more
            with vault.read_cursor() as cur:  # the rule the ORM-free open reads too (one query, not a session a case)
                undestroyed = open_checks.undestroyed_among(cur, others)
        kept = reapply_destructions(vault, undestroyed)
        if compaction_pending():
            compact_or_defer(vault)
        return kept
    except (StorageUnavailable, OSError) as exc:
        log.info("keeping destroyed cases destroyed postponed: %s", type(exc).__name__)
        return KeptDestroyed()


def not_destroyed_notice(case_numbers: list[str]) -> Notice:
    """The warning of an open that could not destroy cases again: what failed, that nothing was lost, what to do."""
    listed = ", ".join(case_numbers)
    return Notice(
        "destruction_not_reapplied",
        f"파기된 사례를 다시 파기하지 못했습니다: {listed}. 이 사례의 개인정보가 파일에 다시 들어 있습니다"
        f"(예전 백업 복원). 다른 사례와 기록은 모두 그대로이며 다음에 열 때 다시 시도합니다. "
        f"계속 실패하면 'caseapp check' 결과를 관리자에게 알리세요.",
        f"Destroyed case(s) could not be destroyed again: {listed}. Their personal data is back in the file (an "
        f"older backup was restored). Every other case and record is intact and the next open tries again. If it "
        f"keeps failing, report the output of 'caseapp check' to your administrator.")


def personal_data_left(vault: "Vault") -> list[str]:
    """Case numbers (or registry ids) of destroyed cases that still hold personal data: a destruction not applied
    or undone by hand. For ``check``."""
    registry = set(destroyed_registry())
    left: list[str] = []
    with vault.session() as s:
        cases = s.exec(select(Case).where(col(Case.id).in_(registry) | (Case.destroyed_at != None))).all()  # noqa: E711
        for case in cases:
            if case.destroyed_at is None or _holds_data(s, case):
                left.append(case.case_number)
    return sorted(left)


def _holds_data(s: Session, case: Case) -> bool:
    if case.presenting_request or case.crisis_screening:
        return True
    for column in case_links() + (Draft.case_id,):
        if s.exec(select(column).where(column == case.id)).first() is not None:  # type: ignore[call-overload]
            return True
    client = s.get(Client, case.client_id)
    if client is None:
        return False
    other_live = s.exec(select(Case.id).where(Case.client_id == client.id, Case.id != case.id,
                                              Case.destroyed_at == None)).first()  # noqa: E711
    if other_live is not None:
        return False  # the client is still served under another case and keeps the client row
    return client.name != DESTROYED_CLIENT_NAME or bool(
        client.phone or client.address or client.resident_number or client.notes or client.birth_date
        or client.registered_address)
