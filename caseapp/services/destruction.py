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

import logging
import time
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete
from sqlmodel import Session, col, select

from caseapp.errors import NotFound, StorageUnavailable, ValidationError
from caseapp.services import access_log, audit, search, sync_log
from caseapp.services.destroyed_registry import (  # noqa: F401 (re-exported: the registry's home was here)
    REGISTRY_NAME, compaction_pending, destroyed_registry, mark_compacted, registry_file, remember,
)
from caseapp.storage.models import (
    Addendum, Assessment, Case, CaseConference, CaseSelection, ChecklistCheck, Client, Consent, ConsentScan, CorrectionRequest, DestructionLog, Draft, EcoRelation,
    ExportRecord, FollowUp, Goal, GoalScore, HouseholdMember, MonitoringReview, NeedRating, PlanAgreement, PlanTask, Referral, SearchDoc,
    ServiceEntry, StageTransition, Termination, utcnow,
)
from caseapp.storage.models import (
    ConferenceAttendee, ReviewGoalChange, ReviewServiceRating, SupervisionRecord, SupervisorConfirmation,
    TerminationGoalOutcome,
)

if TYPE_CHECKING:
    from caseapp.services.vault import Vault

log = logging.getLogger("caseapp.destruction")

DESTROYED_CLIENT_NAME = "(파기됨)"
REAPPLY_REASON = "복원 후 재파기 / destroyed again after restoring an older backup"
# Every table whose rows belong to one case and go with it (children before parents: foreign keys are enforced).
CASE_TABLES = (Addendum, ServiceEntry, PlanTask, Referral, EcoRelation, Termination, MonitoringReview, Goal,
               Assessment, ConsentScan, Consent, FollowUp, CaseSelection, CaseConference, ChecklistCheck, StageTransition,
               ExportRecord, PlanAgreement, CorrectionRequest)  # a selection points at its conference: it goes first
# Migration 0007's tables of a case; a confirmation points at a termination, so it goes before it.
CASE_TABLES = (SupervisorConfirmation, SupervisionRecord) + CASE_TABLES
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


def _ids(s: Session, model: Any, *where: Any) -> list[str]:
    return list(s.exec(select(model.id).where(*where)).all())


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
    goal_ids = _ids(s, Goal, Goal.case_id == cid)
    assessment_ids = _ids(s, Assessment, Assessment.case_id == cid)
    review_ids = _ids(s, MonitoringReview, MonitoringReview.case_id == cid)
    termination_ids = _ids(s, Termination, Termination.case_id == cid)
    _delete(s, counts, GoalScore, col(GoalScore.goal_id).in_(goal_ids) | col(GoalScore.review_id).in_(review_ids)
            | col(GoalScore.termination_id).in_(termination_ids))
    _delete(s, counts, NeedRating, col(NeedRating.assessment_id).in_(assessment_ids))
    _destroy_record_children(s, counts, cid, review_ids, termination_ids)
    for model in CASE_TABLES:
        _delete(s, counts, model, model.case_id == cid)
    _delete(s, counts, Draft, (Draft.case_id == cid) | col(Draft.form_key).contains(cid))

    client = s.get(Client, case.client_id)
    if client is None:
        return
    other_live = s.exec(select(Case.id).where(Case.client_id == client.id, Case.id != cid,
                                              Case.destroyed_at == None)).first()  # noqa: E711
    if other_live is not None:
        return  # the client is still served under another case; only this case's records go
    _delete(s, counts, HouseholdMember, HouseholdMember.client_id == client.id)
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


def _destroy_record_children(s: Session, counts: dict[str, int], case_id: str, review_ids: list[str],
                             termination_ids: list[str]) -> None:
    """Rows of migration 0007 that hang off a conference, a review or a termination rather than the case."""
    conference_ids = _ids(s, CaseConference, CaseConference.case_id == case_id)
    _delete(s, counts, ConferenceAttendee, col(ConferenceAttendee.conference_id).in_(conference_ids))
    _delete(s, counts, ReviewGoalChange, col(ReviewGoalChange.review_id).in_(review_ids))
    _delete(s, counts, ReviewServiceRating, col(ReviewServiceRating.review_id).in_(review_ids))
    _delete(s, counts, TerminationGoalOutcome, col(TerminationGoalOutcome.termination_id).in_(termination_ids))


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
    import sqlalchemy.exc
    import sqlcipher3
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


def reapply_destructions(vault: "Vault", case_ids: list[str]) -> int:
    """Destroy again the cases of ``case_ids`` that the file holds undestroyed (an older backup). Returns how many."""
    done = 0
    for case_id in case_ids:
        with vault.session() as s:
            case = s.get(Case, case_id)
            pending = case is not None and case.destroyed_at is None
        if not pending:
            continue
        try:
            destroy_case(vault, case_id, REAPPLY_REASON, require_closed=False)
        except ValidationError:
            continue  # another process destroyed it again a moment ago
        done += 1
    return done


def keep_destroyed(vault: "Vault") -> int:
    """On every open: registry and file agree, destroyed cases are destroyed, compaction is done. Returns how many
    cases were destroyed again. A read-only or full disk postpones the writes (``check`` reports what is left)."""
    try:
        in_file, registry = _destroyed_in_file(vault), set(destroyed_registry())
        missing = {cid: when for cid, when in in_file.items() if cid not in registry}
        if missing:
            remember(missing, compacted=False)
        again = reapply_destructions(vault, sorted(registry - in_file.keys()))
        if compaction_pending():
            compact_or_defer(vault)
        return again
    except (StorageUnavailable, OSError) as exc:
        log.info("keeping destroyed cases destroyed postponed: %s", type(exc).__name__)
        return 0


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
    for model in CASE_TABLES + (Draft,):
        if s.exec(select(model.id).where(model.case_id == case.id)).first() is not None:
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
