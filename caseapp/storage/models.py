"""Every table of the case file.

Rows carry a UUID primary key and created/updated timestamps so that a field laptop's file and an office PC's file
can later be merged without collisions. Enumerated columns store the codes from :mod:`caseapp.domain.vocab`.
Entries that a practitioner can sign carry ``signed_at``/``signed_by``/``content_hash``; once signed the service
layer refuses edits and deletes and only accepts an :class:`Addendum` that references them.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timezone

from sqlalchemy import JSON, Column, LargeBinary, UniqueConstraint
from sqlmodel import Field, SQLModel


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Row(SQLModel):
    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class Signable(Row):
    signed_at: datetime | None = None
    signed_by: str | None = None
    content_hash: str | None = None  # SHA-256 of the canonical content at signing time


# --- installation -----------------------------------------------------------------------------------------------

class Practitioner(Row, table=True):
    name: str
    title: str = ""  # e.g. 사회복지사
    phone: str = ""
    email: str = ""
    is_current: bool = True


class Agency(Row, table=True):
    name: str
    address: str = ""
    phone: str = ""
    head_name: str = ""  # 기관장, for the 결재란
    supervisor_name: str = ""
    retention_years: int = 5


class SigningIdentity(Row, table=True):
    """The practitioner's signing key and certificate chain; the file itself is encrypted, so is this."""

    practitioner_id: str = Field(foreign_key="practitioner.id")
    key_pem: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    cert_pem: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    chain_pem: bytes = Field(default=b"", sa_column=Column(LargeBinary, nullable=False))
    source: str = "local"  # "local" (made at init) or "pkcs12" (organisation's own)
    active: bool = True


class TrustedCertificate(Row, table=True):
    """Roots that ``verify`` accepts: this installation's own root plus any imported from partner agencies."""

    subject: str
    cert_pem: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    own: bool = False


class Meta(SQLModel, table=True):
    """Small key/value facts about the file (audit head, sequences)."""

    key: str = Field(primary_key=True)
    value: str = ""


# --- clients and cases ------------------------------------------------------------------------------------------

class Client(Row, table=True):
    name: str = Field(index=True)
    birth_date: date | None = None
    sex: str = ""  # vocab.Sex
    resident_number: str = ""  # 주민등록번호; masked in redacted exports
    phone: str = ""
    address: str = ""
    referral_source: str = ""
    vulnerability_flags: list[str] = Field(default_factory=list, sa_type=JSON)
    notes: str = ""


class HouseholdMember(Row, table=True):
    client_id: str = Field(foreign_key="client.id", index=True)
    name: str = ""
    relation: str  # e.g. 배우자, 자녀, 모
    age: int | None = None
    sex: str = ""
    lives_together: bool = True
    deceased: bool = False
    notes: str = ""


class Case(Row, table=True):
    __table_args__ = (UniqueConstraint("case_number"),)

    case_number: str = Field(index=True)  # YYYY-NNNN
    client_id: str = Field(foreign_key="client.id", index=True)
    practitioner_id: str | None = Field(default=None, foreign_key="practitioner.id")
    opened_on: date
    closed_on: date | None = None
    stage: str = "intake"  # vocab.Stage
    stage_since: date
    presenting_request: str = ""  # 주호소
    crisis_screening: str = ""
    crisis_flag: bool = False
    monitoring_interval_days: int = 30
    retention_until: date | None = None
    destroyed_at: datetime | None = None


class StageTransition(Row, table=True):
    case_id: str = Field(foreign_key="case.id", index=True)
    from_stage: str | None = None
    to_stage: str
    moved_on: date
    reason: str = ""
    overridden_warnings: list[str] = Field(default_factory=list, sa_type=JSON)


class ChecklistCheck(Row, table=True):
    __table_args__ = (UniqueConstraint("case_id", "stage", "item_key"),)

    case_id: str = Field(foreign_key="case.id", index=True)
    stage: str
    item_key: str
    checked_on: date
    note: str = ""


class Consent(Signable, table=True):
    case_id: str = Field(foreign_key="case.id", index=True)
    purpose: str  # vocab.ConsentPurpose
    given_on: date | None = None
    withdrawn_on: date | None = None
    expires_on: date | None = None
    method: str = "written"  # vocab.ConsentMethod
    notes: str = ""


# --- assessment -------------------------------------------------------------------------------------------------

class Assessment(Signable, table=True):
    case_id: str = Field(foreign_key="case.id", index=True)
    kind: str = "intake"  # vocab.AssessmentKind
    assessed_on: date
    strengths_personal: str = ""
    strengths_family: str = ""
    strengths_community: str = ""
    risk_level: str = "low"  # vocab.RiskLevel
    risk_reasons: str = ""
    summary: str = ""


class NeedRating(Row, table=True):
    __table_args__ = (UniqueConstraint("assessment_id", "area"),)

    assessment_id: str = Field(foreign_key="assessment.id", index=True)
    area: str  # vocab.NeedArea
    level: int = 0  # 0..3
    narrative: str = ""


class EcoRelation(Row, table=True):
    case_id: str = Field(foreign_key="case.id", index=True)
    name: str
    kind: str = "other"  # vocab.EcoKind
    resource_id: str | None = Field(default=None, foreign_key="resource.id")
    strength: str = "weak"  # vocab.EcoStrength
    direction: str = "mutual"  # vocab.EcoDirection
    notes: str = ""


# --- planning ---------------------------------------------------------------------------------------------------

class Goal(Signable, table=True):
    case_id: str = Field(foreign_key="case.id", index=True)
    position: int = 0
    statement: str  # in the client's own words
    need_area: str = ""  # vocab.NeedArea
    target_date: date | None = None
    gas_minus2: str = ""
    gas_minus1: str = ""
    gas_zero: str = ""
    gas_plus1: str = ""
    gas_plus2: str = ""
    baseline_score: int = -1
    achieved: bool = False


class PlanTask(Signable, table=True):
    case_id: str = Field(foreign_key="case.id", index=True)
    goal_id: str | None = Field(default=None, foreign_key="goal.id", index=True)
    description: str
    performer: str = "client"  # vocab.TaskPerformer
    frequency: str = ""  # e.g. 주 1회
    resource_id: str | None = Field(default=None, foreign_key="resource.id")
    due_date: date | None = None
    done_on: date | None = None


# --- implementation ---------------------------------------------------------------------------------------------

class ServiceEntry(Signable, table=True):
    case_id: str = Field(foreign_key="case.id", index=True)
    occurred_on: date = Field(index=True)
    duration_min: int | None = None
    contact_mode: str = "office"  # vocab.ContactMode
    practice_type: str  # vocab.PracticeType
    goal_id: str | None = Field(default=None, foreign_key="goal.id")
    resource_id: str | None = Field(default=None, foreign_key="resource.id")
    text: str = ""


class Addendum(Signable, table=True):
    """Amends a signed entry without changing it."""

    case_id: str = Field(foreign_key="case.id", index=True)
    target_type: str  # table name of the amended entry
    target_id: str = Field(index=True)
    written_on: date
    author: str = ""
    text: str


# --- monitoring / termination / follow-up -----------------------------------------------------------------------

class MonitoringReview(Signable, table=True):
    case_id: str = Field(foreign_key="case.id", index=True)
    reviewed_on: date
    adherence: str = "full"  # vocab.Adherence
    satisfaction: str = "3"  # vocab.Satisfaction
    changed_needs: str = ""
    decision: str = "continue"  # vocab.ReviewDecision
    notes: str = ""


class GoalScore(Row, table=True):
    """A GAS score for one goal, given in a monitoring review or at termination."""

    goal_id: str = Field(foreign_key="goal.id", index=True)
    review_id: str | None = Field(default=None, foreign_key="monitoringreview.id", index=True)
    termination_id: str | None = Field(default=None, foreign_key="termination.id", index=True)
    scored_on: date
    score: int  # -2..+2
    note: str = ""


class Termination(Signable, table=True):
    case_id: str = Field(foreign_key="case.id", index=True)
    terminated_on: date
    reason: str  # vocab.TerminationReason
    closing_assessment_id: str | None = Field(default=None, foreign_key="assessment.id")
    client_words: str = ""
    summary: str = ""
    follow_up_plan: str = ""


class FollowUp(Signable, table=True):
    case_id: str = Field(foreign_key="case.id", index=True)
    due_on: date
    done_on: date | None = None
    method: str = "phone"  # vocab.FollowUpMethod
    result: str = ""
    reopen: bool = False


# --- resource network -------------------------------------------------------------------------------------------

class Resource(Row, table=True):
    name: str = Field(index=True)
    kind: str = "organisation"  # vocab.ResourceKind
    category: str = "other"  # vocab.ResourceCategory
    services: str = ""
    contact_person: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    notes: str = ""
    active: bool = True


class Referral(Signable, table=True):
    case_id: str = Field(foreign_key="case.id", index=True)
    resource_id: str = Field(foreign_key="resource.id", index=True)
    status: str = "sent"  # vocab.ReferralStatus
    sent_on: date
    accepted_on: date | None = None
    started_on: date | None = None
    completed_on: date | None = None
    declined_on: date | None = None
    reason: str = ""
    notes: str = ""


class CaseConference(Signable, table=True):
    case_id: str = Field(foreign_key="case.id", index=True)
    held_on: date
    kind: str | None = None  # vocab.ConferenceKind (added in migration 0003)
    attendees: str = ""
    agenda: str = ""
    discussion: str = ""
    decisions: str = ""
    next_steps: str = ""


# --- audit, exports, drafts -------------------------------------------------------------------------------------

class AuditEvent(SQLModel, table=True):
    """Append-only; ``hash`` = SHA-256(prev_hash + canonical row), so an edited or deleted row breaks the chain."""

    seq: int | None = Field(default=None, primary_key=True)
    id: str = Field(default_factory=new_id, unique=True)
    at: datetime = Field(default_factory=utcnow)
    actor: str = ""
    action: str  # create / update / delete / sign / addendum / export / restore / destroy / ...
    entity_type: str = ""
    entity_id: str = ""
    case_id: str | None = None
    detail: str = ""
    prev_hash: str
    hash: str


class ExportRecord(Row, table=True):
    """One PDF export: the QR on paper carries export id + content hash so a copy can be matched later."""

    case_id: str | None = Field(default=None, foreign_key="case.id", index=True)
    exported_at: datetime = Field(default_factory=utcnow)
    content_sha256: str = Field(index=True)
    case_state_sha256: str = ""
    options: str = ""  # JSON of sections, range, redaction
    signed: bool = False
    file_name: str = ""


class Draft(Row, table=True):
    """Unsaved form text autosaved by the GUI; offered back after a crash."""

    form_key: str = Field(unique=True)
    case_id: str | None = None
    payload: str = ""  # JSON of field values


class SearchDoc(SQLModel, table=True):
    """Denormalised text per entity, mirrored into the FTS indexes by :mod:`caseapp.services.search`."""

    rowid: int | None = Field(default=None, primary_key=True)
    entity_type: str
    entity_id: str = Field(index=True, unique=True)
    case_id: str | None = Field(default=None, index=True)
    title: str = ""
    body: str = ""
    chosung: str = ""


SIGNABLE_MODELS: dict[str, type[Signable]] = {
    m.__tablename__: m  # type: ignore[misc]
    for m in (Consent, Assessment, Goal, PlanTask, ServiceEntry, Addendum, MonitoringReview, Termination, FollowUp,
              Referral, CaseConference)
}


# --- access records (접속기록; issue 12, see services/access_log.py) --------------------------------------------------

class AccessNote(SQLModel, table=True):
    """Free text typed with an access record (a search query, the words beside an export reason), kept outside the
    hash chain: the chained row holds only this text's hash, so destroying a case can remove the text and the
    chain still verifies. Keyed by the audit row's ``seq``."""

    seq: int = Field(primary_key=True)
    text: str = ""
