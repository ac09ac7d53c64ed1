"""Retention periods, destruction (파기) and consent withdrawal.

A closed case is kept for the agency's retention period (``Agency.retention_years``, default from Settings, 5 years)
counted from its closing date; after that it is listed by :func:`past_retention` and can be destroyed. Destruction
removes the personal data for good: the case's records, the client's personal fields (or the client row's content
when no other case uses it), household members, drafts and the search index. The deletes run with
``PRAGMA secure_delete`` and are followed by ``VACUUM`` and a truncating WAL checkpoint, so nothing is left on free
pages or in the journal that a later backup could copy. What remains is the case number, dates and an audit entry
saying what was destroyed, when, why and by whom.

Destroyed case ids (UUIDs only, no personal data) are also kept in ``destroyed-cases.json`` beside the case file,
so that restoring an older backup destroys those cases again (see :func:`reapply_destructions`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete
from sqlmodel import Session, col, select

from caseapp import paths
from caseapp import settings as settings_mod
from caseapp.domain.vocab import ConsentPurpose
from caseapp.errors import NotFound, ValidationError
from caseapp.services import audit, records
from caseapp.services.vault import Vault
from caseapp.storage.atomic import write_bytes_atomic
from caseapp.storage.models import (
    Addendum, Agency, Assessment, Case, CaseConference, ChecklistCheck, Client, Consent, Draft, EcoRelation,
    ExportRecord, FollowUp, Goal, GoalScore, HouseholdMember, MonitoringReview, NeedRating, PlanTask, Referral,
    SearchDoc, ServiceEntry, StageTransition, Termination, utcnow,
)

DESTROYED_CLIENT_NAME = "(파기됨)"
REGISTRY_NAME = "destroyed-cases.json"


def registry_file() -> Path:
    return paths.data_dir() / REGISTRY_NAME


# --- retention dates -------------------------------------------------------------------------------------------------

def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February -> 28 February
        return day.replace(year=day.year + years, day=28)


def retention_years(vault: Vault, settings: settings_mod.Settings | None = None) -> int:
    """The agency's retention period (stored in the case file) or, without an agency row, the Settings default."""
    with vault.session() as s:
        agency = s.exec(select(Agency)).first()
    if agency is not None and agency.retention_years and agency.retention_years > 0:
        return int(agency.retention_years)
    return (settings or settings_mod.load()).retention_years


def set_retention_years(vault: Vault, years: int, settings: settings_mod.Settings | None = None) -> None:
    """Change the retention period (Settings dialog): stored on the agency and as the Settings default."""
    if not isinstance(years, int) or not 1 <= years <= 100:
        raise ValidationError("보존 기간은 1–100년이어야 합니다.", "The retention period must be 1–100 years.")
    with vault.session(write=True) as s:
        agency = s.exec(select(Agency)).first()
        if agency is not None and agency.retention_years != years:
            agency.retention_years, agency.updated_at = years, utcnow()
            s.add(agency)
            audit.record(s, vault.actor, "update", "agency", agency.id, None, detail="retention_years")
    current = settings or settings_mod.load()
    current.retention_years = years
    settings_mod.save(current)
    refresh_retention_dates(vault)


def refresh_retention_dates(vault: Vault, years: int | None = None) -> int:
    """Set ``retention_until`` = closing date + retention years on every closed case (clear it on reopened ones).
    Returns how many cases changed; cheap enough to call at start-up and before listing."""
    years = years or retention_years(vault)
    changed = 0
    with vault.session(write=True) as s:
        for case in s.exec(select(Case).where(Case.destroyed_at == None)):  # noqa: E711
            wanted = add_years(case.closed_on, years) if case.closed_on is not None else None
            if case.retention_until != wanted:
                case.retention_until = wanted
                s.add(case)
                changed += 1
        if changed:
            audit.record(s, vault.actor, "retention_dates", "case", "", None, detail=f"{changed} case(s), {years}y")
    return changed


@dataclass(frozen=True)
class RetentionItem:
    case_id: str
    case_number: str
    client_name: str
    closed_on: date
    retention_until: date

    def to_json(self) -> dict[str, Any]:
        return {"case_id": self.case_id, "case_number": self.case_number, "client": self.client_name,
                "closed_on": self.closed_on.isoformat(), "retention_until": self.retention_until.isoformat()}


def past_retention(vault: Vault, today: date | None = None) -> list[RetentionItem]:
    """Closed, not yet destroyed cases whose retention period has ended (``retention_until`` before ``today``)."""
    today = today or date.today()
    refresh_retention_dates(vault)
    with vault.session() as s:
        rows = s.exec(select(Case, Client.name).join(Client, Client.id == Case.client_id)
                      .where(Case.destroyed_at == None, Case.retention_until != None,  # noqa: E711
                             col(Case.retention_until) < today)
                      .order_by(Case.retention_until, Case.case_number)).all()
    return [RetentionItem(c.id, c.case_number, name, c.closed_on, c.retention_until)  # type: ignore[arg-type]
            for c, name in rows]


# --- destruction -----------------------------------------------------------------------------------------------------

@dataclass
class DestructionReport:
    case_id: str
    case_number: str
    destroyed_at: datetime
    by: str
    reason: str
    counts: dict[str, int]

    def detail(self) -> str:
        parts = ", ".join(f"{table}={n}" for table, n in sorted(self.counts.items()) if n)
        return f"{self.case_number}: {self.reason} [{parts}]"


def _ids(s: Session, model: Any, *where: Any) -> list[str]:
    return list(s.exec(select(model.id).where(*where)).all())


def _delete(s: Session, counts: dict[str, int], model: Any, *where: Any) -> None:
    result = s.exec(delete(model).where(*where))  # type: ignore[call-overload]
    counts[model.__tablename__] = counts.get(model.__tablename__, 0) + (result.rowcount or 0)


def destroy_case(vault: Vault, case_id: str, reason: str = "", *, require_closed: bool = True) -> DestructionReport:
    """Irreversibly remove the personal data of one case (signed entries included: destruction is the legal end of
    their life). Leaves the case number, dates and an audit entry with counts, time and actor."""
    reason = (reason or "").strip() or "보존기간 경과 / retention period ended"
    if "\x00" in reason or len(reason) > 500:
        raise ValidationError("파기 사유가 올바르지 않습니다.", "The reason for destruction is not valid.")
    counts: dict[str, int] = {}
    now = utcnow()
    with vault.session(write=True) as s:
        case = s.get(Case, case_id)
        if case is None:
            raise NotFound("사례를 찾을 수 없습니다.", "No such case.")
        if case.destroyed_at is not None:
            raise ValidationError(f"이미 파기된 사례입니다: {case.case_number}",
                                  f"This case was already destroyed: {case.case_number}")
        if require_closed and case.closed_on is None:
            raise ValidationError(f"종결되지 않은 사례는 파기할 수 없습니다: {case.case_number}. 먼저 종결하세요.",
                                  f"Case {case.case_number} is not closed; terminate it before destroying it.")
        conn = s.connection()
        # Deleted cells are overwritten with zeros instead of only being unlinked (this connection only).
        conn.exec_driver_sql("PRAGMA secure_delete = ON")
        try:
            _destroy_rows(s, case, counts)
            case.presenting_request = ""
            case.crisis_screening = ""
            case.destroyed_at = now
            case.updated_at = now
            s.add(case)
            report = DestructionReport(case.id, case.case_number, now, vault.actor, reason, counts)
            audit.record(s, vault.actor, "destroy", "case", case.id, case.id, detail=report.detail())
            _forget_in_search(s, case.id)
            s.flush()
        finally:
            conn.exec_driver_sql("PRAGMA secure_delete = OFF")
    _remember_destroyed(case_id, now)
    compact(vault)
    return report


def _destroy_rows(s: Session, case: Case, counts: dict[str, int]) -> None:
    cid = case.id
    goal_ids = _ids(s, Goal, Goal.case_id == cid)
    assessment_ids = _ids(s, Assessment, Assessment.case_id == cid)
    review_ids = _ids(s, MonitoringReview, MonitoringReview.case_id == cid)
    termination_ids = _ids(s, Termination, Termination.case_id == cid)
    # children first: the foreign keys are enforced
    _delete(s, counts, GoalScore, col(GoalScore.goal_id).in_(goal_ids) | col(GoalScore.review_id).in_(review_ids)
            | col(GoalScore.termination_id).in_(termination_ids))
    _delete(s, counts, NeedRating, col(NeedRating.assessment_id).in_(assessment_ids))
    for model in (Addendum, ServiceEntry, PlanTask, Referral, EcoRelation, Termination, MonitoringReview, Goal,
                  Assessment, Consent, FollowUp, CaseConference, ChecklistCheck, StageTransition, ExportRecord):
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
    client.updated_at = utcnow()
    s.add(client)
    counts["client"] = counts.get("client", 0) + 1


def _forget_in_search(s: Session, case_id: str) -> None:
    try:
        from caseapp.services import search
    except ImportError:
        search = None  # type: ignore[assignment]
    forget = getattr(search, "forget_case", None) if search is not None else None
    if callable(forget):
        forget(s, case_id)
    # Whatever the search service does, no indexed text of this case may stay behind.
    s.exec(delete(SearchDoc).where(SearchDoc.case_id == case_id))  # type: ignore[call-overload]


def compact(vault: Vault, attempts: int = 20) -> bool:
    """Rewrite the file without free pages and empty the WAL, so deleted data is not left on disk or in backups.
    Returns False if a reader kept the WAL from being emptied (its frames are still encrypted; the next
    checkpoint overwrites them)."""
    import time
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


def _read_registry() -> list[dict[str, str]]:
    try:
        data = json.loads(registry_file().read_text(encoding="utf-8"))
        return [d for d in data if isinstance(d, dict) and isinstance(d.get("case_id"), str)]
    except (OSError, ValueError, TypeError):
        return []


def _remember_destroyed(case_id: str, when: datetime) -> None:
    entries = _read_registry()
    if any(e["case_id"] == case_id for e in entries):
        return
    entries.append({"case_id": case_id, "destroyed_at": when.isoformat(timespec="seconds")})
    try:
        write_bytes_atomic(registry_file(), json.dumps(entries, indent=1).encode("utf-8"))
    except OSError:
        pass  # the audit entry in the case file is the record; this list only protects against old backups


def destroyed_registry() -> list[str]:
    """Ids of every case destroyed in this data folder (no personal data)."""
    return [e["case_id"] for e in _read_registry()]


def reapply_destructions(vault: Vault, case_ids: list[str]) -> int:
    """After restoring an older backup: destroy again the cases destroyed since. Returns how many."""
    done = 0
    for case_id in case_ids:
        with vault.session() as s:
            case = s.get(Case, case_id)
            pending = case is not None and case.destroyed_at is None
        if pending:
            destroy_case(vault, case_id, "복원 후 재파기 / destroyed again after restoring an older backup",
                         require_closed=False)
            done += 1
    return done


# --- consent ---------------------------------------------------------------------------------------------------------

def withdraw_consent(vault: Vault, consent_id: str, on: date | None = None, note: str = "") -> Consent:
    """Record that the client withdrew a consent. An unsigned consent gets its ``withdrawn_on``; a signed (locked)
    one stays as signed and a withdrawal row for the same purpose is added after it (the newest row decides)."""
    on = on or date.today()
    original = records.get(vault, Consent, consent_id)
    if original.withdrawn_on is not None:
        return original
    if original.signed_at is None:
        return records.update(vault, Consent, consent_id, None, {"withdrawn_on": on})
    from caseapp.domain import forms
    row = records.create(vault, Consent, forms.CONSENT,
                         {"purpose": original.purpose, "given_on": original.given_on, "method": original.method,
                          "withdrawn_on": on, "notes": note or "동의 철회 / consent withdrawn"},
                         case_id=original.case_id)
    return row


def _current(consents: list[Consent], purpose: str) -> Consent | None:
    matching = [c for c in consents if c.purpose == purpose]
    if not matching:
        return None
    return max(matching, key=lambda c: (c.given_on or date.min, c.created_at))


def consent_active(consents: list[Consent], purpose: str, today: date | None = None) -> bool:
    """True when the newest consent for ``purpose`` was given, is not withdrawn and has not expired."""
    today = today or date.today()
    newest = _current(consents, purpose)
    if newest is None or newest.given_on is None or newest.given_on > today:
        return False
    if newest.withdrawn_on is not None and newest.withdrawn_on <= today:
        return False
    return newest.expires_on is None or newest.expires_on >= today


def sharing_allowed(snapshot: Any, today: date | None = None) -> bool:
    """May this case's information be shared with the resource network (exports' sharing section, referrals)?"""
    return consent_active(list(snapshot.consents), ConsentPurpose.SHARING.value, today)
