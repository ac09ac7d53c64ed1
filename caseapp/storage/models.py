"""Every table of the case file.

Rows carry a UUID primary key and created/updated timestamps so that a field laptop's file and an office PC's file
can later be merged without collisions. Enumerated columns store the codes from :mod:`caseapp.domain.vocab`.
Entries that a practitioner can sign carry ``signed_at``/``signed_by``/``content_hash``; once signed the service
layer refuses edits and deletes and only accepts an :class:`Addendum` that references them.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

from typing import Any

from sqlalchemy import JSON, Column, Integer, LargeBinary, String, TypeDecorator, UniqueConstraint
from sqlalchemy.dialects import sqlite
from sqlalchemy import Index  # searchdoc (migration 0012)
from sqlmodel import Field, SQLModel

from caseapp.storage.audit_codes import ACTIONS, ENTITY_TYPES
from caseapp.storage.audit_codes import read as audit_code_read
from caseapp.storage.audit_codes import stored as audit_code_stored
from caseapp.storage.compact_values import micros_read, micros_stored, uuid_read, uuid_stored
from caseapp.storage.ids import new_id, utcnow  # noqa: F401 (re-exported: every service imports them from here)
from caseapp.storage.packed_text import unpack as unpack_text


# --- compact stored forms (used by the tables below) ------------------------------------------------------------

class Sha256Hex(TypeDecorator[str]):
    """A SHA-256 digest stored as its 32 bytes (migration 0019; it was 64 hex characters) and read back as the
    lower-case hex text the code, ``meta``'s audit head and the anchors in signed PDFs use."""

    impl = LargeBinary
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> bytes | None:
        return None if value is None else bytes.fromhex(str(value))

    def process_result_value(self, value: Any, dialect: Any) -> str | None:
        if value is None:
            return None
        return bytes(value).hex() if isinstance(value, (bytes, bytearray, memoryview)) else str(value)


class UuidText(TypeDecorator[str]):
    """A UUID stored as its 16 bytes where it is canonical text, read back as that text (the audit trail since
    migration 0024, ``searchdoc``'s since 0027, every case table's keys since 0030; see
    :mod:`caseapp.storage.compact_values` and :mod:`caseapp.storage.case_keys`). Compared values are converted the
    same way, so ``==``, ``IN`` and a join of two such columns work; a join with a column that keeps text ids does
    not: compare in Python, or through ``case_keys.key_sql``. Raw SQL binds and reads keys through
    :mod:`caseapp.storage.case_keys`."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> bytes | str | None:
        return uuid_stored(value)

    def process_result_value(self, value: Any, dialect: Any) -> str | None:
        return uuid_read(value)

    def result_processor(self, dialect: Any, coltype: Any) -> Any:
        return uuid_read  # process_result_value without the wrapper's call per value (String has no processor)


class UtcMicros(TypeDecorator[datetime]):
    """An aware datetime stored as microseconds since 1970 UTC (migration 0024; it was 26 characters of text), read
    back as the same UTC datetime. A value left as text by the migration is read as SQLAlchemy read it before."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> int | None:
        return None if value is None else micros_stored(value)

    def process_result_value(self, value: Any, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, int):
            return micros_read(value)
        parsed = _DATETIME_TEXT.result_processor(dialect, None)(value)  # type: ignore[misc]
        return parsed if parsed.utcoffset() is not None else parsed.replace(tzinfo=timezone.utc)


_DATETIME_TEXT = sqlite.DATETIME()


class AuditCode(TypeDecorator[str]):
    """An audit action or entity type stored as its frozen code where the table has the name (migration 0027; see
    :mod:`caseapp.storage.audit_codes`), read back as the name. Compared values are converted the same way, so
    ``==`` and ``IN`` work (and seek the ``(action, at)`` index); an ORDER BY or LIKE on the column would not."""

    impl = String
    cache_ok = True

    def __init__(self, names: tuple[str, ...]) -> None:
        super().__init__()
        self.names = names

    def process_bind_param(self, value: Any, dialect: Any) -> Any:
        return audit_code_stored(self.names, value)

    def process_result_value(self, value: Any, dialect: Any) -> str | None:
        return audit_code_read(self.names, value)


class Row(SQLModel):
    id: str = Field(default_factory=new_id, primary_key=True, sa_type=UuidText)  # 16 bytes (0027)
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
    uses_intensive_level: bool = False  # 대상자 선정 offers 집중사례 (migration 0004)


class SigningIdentity(Row, table=True):
    """The practitioner's signing key and certificate chain; the file itself is encrypted, so is this."""

    practitioner_id: str = Field(foreign_key="practitioner.id", sa_type=UuidText)
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
    # intake facts (migration 0004); codes from vocab
    registered_address: str = ""  # 등본상 주소; ``address`` is where the client lives
    household_type: str = ""  # vocab.HouseholdType
    housing_type: str = ""  # vocab.HousingType
    tenure: str = ""  # vocab.Tenure
    livelihood: list[str] = Field(default_factory=list, sa_type=JSON)  # vocab.Livelihood
    referral_route: str = ""  # vocab.ReferralRoute; ``referral_source`` keeps the detail


class HouseholdMember(Row, table=True):
    client_id: str = Field(foreign_key="client.id", index=True, sa_type=UuidText)
    name: str = ""
    relation: str  # e.g. 배우자, 자녀, 모
    age: int | None = None
    sex: str = ""
    lives_together: bool = True
    deceased: bool = False
    notes: str = ""
    # the 초기상담지's household table (migration 0004)
    disability_type: str = ""  # vocab.DisabilityType
    disability_degree: str = ""  # vocab.DisabilityDegree
    education: str = ""  # vocab.Education
    occupation: str = ""
    health: str = ""
    problem: str = ""
    wanted_support: str = ""
    priority: int | None = None


class Case(Row, table=True):
    __table_args__ = (UniqueConstraint("case_number"),)

    case_number: str  # YYYY-NNNN; looked up through the UNIQUE constraint's index (0022 dropped its second)
    client_id: str = Field(foreign_key="client.id", index=True, sa_type=UuidText)
    practitioner_id: str | None = Field(default=None, foreign_key="practitioner.id", sa_type=UuidText)
    opened_on: date
    closed_on: date | None = None
    stage: str = "intake"  # vocab.Stage
    stage_since: date
    presenting_request: str = ""  # 주호소
    crisis_screening: str = ""
    crisis_flag: bool = False
    monitoring_interval_days: int = 0  # 0: not set, the agency's interval for the selection level (0008)
    retention_until: date | None = None
    destroyed_at: datetime | None = None


class StageTransition(Row, table=True):
    case_id: str = Field(foreign_key="case.id", sa_type=UuidText)  # seeks: ix_stagetransition_stats (0022)
    from_stage: str | None = None
    to_stage: str
    moved_on: date
    reason: str = ""
    overridden_warnings: list[str] = Field(default_factory=list, sa_type=JSON)


class ChecklistCheck(Row, table=True):
    __table_args__ = (UniqueConstraint("case_id", "stage", "item_key"),)

    case_id: str = Field(foreign_key="case.id", sa_type=UuidText)  # seeks: the UNIQUE index (0022)
    stage: str
    item_key: str
    checked_on: date
    note: str = ""


class Consent(Signable, table=True):
    case_id: str = Field(foreign_key="case.id", index=True, sa_type=UuidText)
    purpose: str  # vocab.ConsentPurpose
    given_on: date | None = None
    withdrawn_on: date | None = None
    expires_on: date | None = None
    method: str = "written"  # vocab.ConsentMethod
    notes: str = ""
    # Consents by kind (migration 0008); empty text prints the kind's usual wording (domain/consent_terms.py).
    purpose_detail: str = ""
    items: str = ""
    recipients: str = ""
    retention: str = ""
    refusal_consequence: str = ""
    consented_by: str | None = None  # vocab.ConsentGiver; None: not recorded (files made before 0008)
    guardian_name: str = ""
    guardian_relation: str = ""


# --- assessment -------------------------------------------------------------------------------------------------

class Assessment(Signable, table=True):
    case_id: str = Field(foreign_key="case.id", index=True, sa_type=UuidText)
    kind: str = "intake"  # vocab.AssessmentKind
    assessed_on: date
    strengths_personal: str = ""
    strengths_family: str = ""
    strengths_community: str = ""
    risk_level: str = "low"  # vocab.RiskLevel
    risk_reasons: str = ""
    summary: str = ""  # 종합 의견
    # added in migration 0005 (issue 11, 욕구·위기도 조사)
    family_history: str = ""
    personal_history: str = ""
    obstacles_personal: str = ""
    obstacles_family: str = ""
    obstacles_community: str = ""
    crisis_scores: dict[str, int] = Field(default_factory=dict, sa_type=JSON)  # domain.crisis_scale item -> 0..3


class NeedRating(Row, table=True):
    __table_args__ = (UniqueConstraint("assessment_id", "area"),)

    assessment_id: str = Field(foreign_key="assessment.id", sa_type=UuidText)  # seeks: the UNIQUE index (0022)
    area: str  # vocab.NeedArea
    level: int = 0  # 0..3
    narrative: str = ""
    # added in migration 0005: who in the household it concerns (text as written then), cause, 우선순위 1..9
    concerns: str = ""
    cause: str = ""
    priority: int | None = None


class BudgetLine(Row, table=True):
    """One line of the monthly income and expense table of an assessment (migration 0005)."""

    __table_args__ = (UniqueConstraint("assessment_id", "item"),)

    assessment_id: str = Field(foreign_key="assessment.id", sa_type=UuidText)  # seeks: the UNIQUE index (0022)
    item: str  # domain.budget.BudgetItem
    amount: int | None = None  # won per month; blank when only a note is known (e.g. 신청 중)
    note: str = ""


class EcoRelation(Row, table=True):
    case_id: str = Field(foreign_key="case.id", index=True, sa_type=UuidText)
    name: str
    kind: str = "other"  # vocab.EcoKind
    resource_id: str | None = Field(default=None, foreign_key="resource.id", sa_type=UuidText)
    strength: str = "weak"  # vocab.EcoStrength
    direction: str = "mutual"  # vocab.EcoDirection
    notes: str = ""
    phase: str = "intake"  # vocab.EcoPhase: the map drawn at intake or the one drawn at closing (0007)


# --- planning ---------------------------------------------------------------------------------------------------

class Goal(Signable, table=True):
    case_id: str = Field(foreign_key="case.id", index=True, sa_type=UuidText)
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
    # 장기/단기 (migration 0006): a 단기 goal sits under a 장기 goal; term follows parent_id (set by the service)
    term: str = "long"  # vocab.GoalTerm
    parent_id: str | None = Field(default=None, foreign_key="goal.id", index=True, sa_type=UuidText)


class PlanTask(Signable, table=True):
    case_id: str = Field(foreign_key="case.id", index=True, sa_type=UuidText)
    goal_id: str | None = Field(default=None, foreign_key="goal.id", index=True, sa_type=UuidText)
    description: str
    performer: str = "client"  # vocab.TaskPerformer
    frequency: str = ""  # e.g. 주 1회
    resource_id: str | None = Field(default=None, foreign_key="resource.id", sa_type=UuidText)
    due_date: date | None = None
    done_on: date | None = None
    # service-row details of the 서비스 제공 계획서 (migration 0006)
    target_person: str = ""
    person_in_charge: str = ""
    starts_on: date | None = None
    ends_on: date | None = None
    frequency_count: int | None = None
    frequency_unit: str | None = None  # vocab.FrequencyUnit
    priority: int | None = None


# --- implementation ---------------------------------------------------------------------------------------------

class ServiceEntry(Signable, table=True):
    case_id: str = Field(foreign_key="case.id", index=True, sa_type=UuidText)
    occurred_on: date  # seeks: ix_serviceentry_stats (0022)
    duration_min: int | None = None
    contact_mode: str = "office"  # vocab.ContactMode
    practice_type: str  # vocab.PracticeType
    goal_id: str | None = Field(default=None, foreign_key="goal.id", sa_type=UuidText)  # ix_serviceentry_goal_id (0026)
    resource_id: str | None = Field(default=None, foreign_key="resource.id", sa_type=UuidText)
    text: str = ""
    contact_target: str | None = None  # vocab.ContactTarget (migration 0006; older entries: not recorded)
    content_kinds: list[str] = Field(default_factory=list, sa_type=JSON)  # vocab.ServiceContent codes


class Addendum(Signable, table=True):
    """Amends a signed entry without changing it."""

    case_id: str = Field(foreign_key="case.id", index=True, sa_type=UuidText)
    target_type: str  # table name of the amended entry
    target_id: str = Field(index=True, sa_type=UuidText)
    written_on: date
    author: str = ""
    text: str


# --- monitoring / termination / follow-up -----------------------------------------------------------------------

class MonitoringReview(Signable, table=True):
    case_id: str = Field(foreign_key="case.id", index=True, sa_type=UuidText)
    reviewed_on: date
    adherence: str = "full"  # vocab.Adherence
    satisfaction: str = "3"  # vocab.Satisfaction
    changed_needs: str = ""
    decision: str = "continue"  # vocab.ReviewDecision
    notes: str = ""


class GoalScore(Row, table=True):
    """A GAS score for one goal, given in a monitoring review or at termination."""

    goal_id: str = Field(foreign_key="goal.id", index=True, sa_type=UuidText)
    review_id: str | None = Field(default=None, foreign_key="monitoringreview.id", index=True, sa_type=UuidText)
    # seeks: ix_goalscore_stats (0022)
    termination_id: str | None = Field(default=None, foreign_key="termination.id", sa_type=UuidText)
    scored_on: date
    score: int  # -2..+2
    note: str = ""


class Termination(Signable, table=True):
    case_id: str = Field(foreign_key="case.id", index=True, sa_type=UuidText)
    terminated_on: date
    reason: str  # vocab.TerminationReason
    closing_assessment_id: str | None = Field(default=None, foreign_key="assessment.id",  # its index: 0026
                                              sa_type=UuidText)
    client_words: str = ""
    summary: str = ""
    follow_up_plan: str = ""
    # 0007: the contact plan as numbers (feeds the follow-up schedule), whom to call, the code before recoding
    follow_up_every_months: int | None = None
    follow_up_count: int | None = None
    emergency_contact: str = ""
    reason_before_0007: str = ""


class FollowUp(Signable, table=True):
    case_id: str = Field(foreign_key="case.id", index=True, sa_type=UuidText)
    due_on: date
    done_on: date | None = None
    method: str = "phone"  # vocab.FollowUpMethod
    result: str = ""
    reopen: bool = False
    observed_change: str = ""  # 0007
    satisfaction: str = ""  # vocab.Satisfaction (0007)


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
    case_id: str = Field(foreign_key="case.id", index=True, sa_type=UuidText)
    resource_id: str = Field(foreign_key="resource.id", index=True, sa_type=UuidText)
    status: str = "sent"  # vocab.ReferralStatus
    sent_on: date
    accepted_on: date | None = None
    started_on: date | None = None
    completed_on: date | None = None
    declined_on: date | None = None
    reason: str = ""
    notes: str = ""


class CaseConference(Signable, table=True):
    case_id: str = Field(foreign_key="case.id", index=True, sa_type=UuidText)
    held_on: date
    kind: str | None = None  # vocab.ConferenceKind (added in migration 0003)
    attendees: str = ""
    agenda: str = ""
    discussion: str = ""
    decisions: str = ""
    next_steps: str = ""
    # 0007: the 사례회의록's other parts, and the kind's code before 0007 recoded it
    case_summary: str = ""
    practitioner_view: str = ""
    plan_change: str = ""
    kind_before_0007: str = ""


# --- case selection (대상자 선정, migration 0004) ---------------------------------------------------------------

class CaseSelection(Row, table=True):
    """One selection decision; the newest (by ``decided_on``, then ``created_at``) is the case's current level.
    Kept as dated history: a new decision supersedes, nothing is overwritten."""

    case_id: str = Field(foreign_key="case.id", sa_type=UuidText)  # seeks: ix_caseselection_stats (0022)
    decided_on: date
    level: str  # vocab.SelectionLevel
    conference_id: str | None = Field(default=None, foreign_key="caseconference.id",  # its index: 0026
                                      sa_type=UuidText)
    reason: str = ""


# --- audit, exports, drafts -------------------------------------------------------------------------------------

class AuditEvent(SQLModel, table=True):
    """Append-only; ``hash`` = SHA-256 over the canonical row and the previous row's hash (see services/audit.py),
    so an edited or deleted row breaks the chain. The previous hash is not stored where it is the row before's
    ``hash`` (migration 0019)."""

    seq: int | None = Field(default=None, primary_key=True)
    # in the hash; no query looks a row up by it (0019 dropped its index). UUIDs and the time are stored compactly
    # (migration 0024) and read back as the text and datetime the hash was computed over.
    id: str = Field(default_factory=new_id, sa_column=Column(UuidText(), nullable=False))
    at: datetime = Field(default_factory=utcnow, sa_column=Column(UtcMicros(), nullable=False))
    actor: str = ""
    # create / update / delete / sign / addendum / export / restore / destroy / ...; both stored as codes where
    # storage.audit_codes has the name (migration 0027), read back as the name the hash covers
    action: str = Field(sa_column=Column(AuditCode(ACTIONS), nullable=False))
    entity_type: str = Field(default="", sa_column=Column(AuditCode(ENTITY_TYPES), nullable=False))
    entity_id: str = Field(default="", sa_column=Column(UuidText(), nullable=False))
    # a case's history reads only its own events
    case_id: str | None = Field(default=None, sa_column=Column(UuidText(), nullable=True, index=True))
    detail: str = ""
    # The previous row's hash (hex) only where it is not that row's ``hash``: NULL on every row written since 0019;
    # a link that did not match before the upgrade is kept, so verification still reports it.
    prev_hash: str | None = None
    hash: str = Field(sa_column=Column(Sha256Hex(), nullable=False))


class ExportRecord(Row, table=True):
    """One PDF export: the QR on paper carries export id + content hash so a copy can be matched later."""

    case_id: str | None = Field(default=None, foreign_key="case.id", index=True, sa_type=UuidText)
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

    __table_args__ = (Index("ix_searchdoc_case_id_chunk", "case_id", "chunk"),)  # migration 0012

    rowid: int | None = Field(default=None, primary_key=True)
    entity_type: str
    # the record's and its case's ids as 16 bytes where canonical (migration 0027), read back as their text
    entity_id: str = Field(sa_column=Column(UuidText(), nullable=False, index=True, unique=True))
    case_id: str | None = Field(default=None, sa_column=Column(UuidText(), nullable=True))
    # title, 초성 and text for snippets, packed by storage.packed_text (migration 0023: they were three columns)
    text: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    chunk: int = 0  # its case's chunk in the case-list filter's index (migration 0012)

    @property
    def title(self) -> str:
        return unpack_text(self.text)[0]

    @property
    def chosung(self) -> str:
        return unpack_text(self.text)[1]

    @property
    def body(self) -> str:
        return unpack_text(self.text)[2]


# --- the client's agreement to the plan (migration 0006) ---------------------------------------------------------

class PlanAgreement(Row, table=True):
    """The client's agreement to the service plan: when, how, and (optionally) the signature drawn on screen."""

    case_id: str = Field(foreign_key="case.id", index=True, sa_type=UuidText)
    agreed_on: date
    method: str = "signed_paper"  # vocab.PlanAgreementMethod
    guardian_name: str = ""
    guardian_relation: str = ""
    notes: str = ""
    signature_png: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))


# --- consent scans (h5, migration 0008) ------------------------------------------------------------------------

class ConsentScan(Row, table=True):
    """The scanned signed paper of a consent, kept encrypted in the case file like everything else."""

    consent_id: str = Field(foreign_key="consent.id", index=True, sa_type=UuidText)
    case_id: str = Field(foreign_key="case.id", index=True, sa_type=UuidText)
    file_name: str
    media_type: str  # application/pdf, image/jpeg, image/png
    size: int
    sha256: str
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


# --- h8: the case list's maintained summary (services.case_summaries) ---------------------------------------------

class CaseSummaryRow(SQLModel, table=True):
    """Derived: each case's deadlines as computed by ``domain.case_summary.summarise``, kept current on every write,
    so the case list reads 10,000 cases with one plain query. ``basis`` names the rules that made it."""

    __tablename__ = "casesummary"
    __table_args__ = {"sqlite_with_rowid": False}  # read only by case id (migration 0029)

    case_id: str = Field(primary_key=True, sa_type=UuidText)
    basis: str = ""
    next_due: date | None = None
    deadlines: str = "[]"


SIGNABLE_MODELS: dict[str, type[Signable]] = {
    m.__tablename__: m  # type: ignore[misc]
    for m in (Consent, Assessment, Goal, PlanTask, ServiceEntry, Addendum, MonitoringReview, Termination, FollowUp,
              Referral, CaseConference)
}


# --- conferences, supervision, monitoring detail, closing outcomes (migration 0007) --------------------------------

class ConferenceAttendee(Row, table=True):
    """One attendee of a case conference, by organisation; locked with its conference once that is signed."""

    conference_id: str = Field(foreign_key="caseconference.id", index=True, sa_type=UuidText)
    position: int = 0
    name: str = ""
    organisation: str = ""
    role: str = ""


class ReviewGoalChange(Row, table=True):
    """사전/사후: the situation of one agreed goal before and after, judged at a monitoring review."""

    review_id: str = Field(foreign_key="monitoringreview.id", index=True, sa_type=UuidText)
    goal_id: str = Field(foreign_key="goal.id", index=True, sa_type=UuidText)
    before: str = ""
    after: str = ""


class ReviewServiceRating(Row, table=True):
    """How one service row (plan task) went, judged at a monitoring review (vocab.ServicePerformance)."""

    review_id: str = Field(foreign_key="monitoringreview.id", index=True, sa_type=UuidText)
    task_id: str = Field(foreign_key="plantask.id", index=True, sa_type=UuidText)
    performance: str  # vocab.ServicePerformance
    note: str = ""


class TerminationGoalOutcome(Row, table=True):
    """목표별 성과: one goal's outcome at termination (vocab.GoalOutcome)."""

    termination_id: str = Field(foreign_key="termination.id", index=True, sa_type=UuidText)
    goal_id: str = Field(foreign_key="goal.id", index=True, sa_type=UuidText)
    outcome: str  # vocab.GoalOutcome
    note: str = ""


class SupervisionRecord(Signable, table=True):
    """슈퍼비전 기록 of a case."""

    case_id: str = Field(foreign_key="case.id", index=True, sa_type=UuidText)
    held_on: date
    supervisor: str = ""
    topic: str = ""
    content: str = ""
    agreed_actions: str = ""


class SupervisorConfirmation(Row, table=True):
    """A supervisor's confirmation of the plan or of a closing (name and date; the digital approval signature, where
    the agency uses PKCS#12, goes on the exported PDF with ``caseapp cosign``)."""

    case_id: str = Field(foreign_key="case.id", index=True, sa_type=UuidText)
    target: str  # vocab.ConfirmationTarget
    termination_id: str | None = Field(default=None, foreign_key="termination.id", sa_type=UuidText)
    confirmed_by: str
    confirmed_on: date
    note: str = ""


SIGNABLE_MODELS[SupervisionRecord.__tablename__] = SupervisionRecord  # type: ignore[index]


# --- registers: destructions, disclosures, correction requests (migration 0010) --------------------------------

class DestructionLog(Row, table=True):
    """One line of the 파기 대장. No personal data: it outlives the case's records (and names no client)."""

    case_id: str = Field(index=True)  # the case row stays after destruction (number and dates only)
    case_number: str
    destroyed_at: datetime
    actor: str = ""
    reason: str = ""  # legal basis / reason
    kinds: list[str] = Field(default_factory=list, sa_type=JSON)  # what kinds of data went, e.g. "service=12"
    method: str = ""
    backups: list[dict] = Field(default_factory=list, sa_type=JSON)  # [{name, location, held, purged_at, note}]


class Disclosure(Row, table=True):
    """One line of the 제3자 제공 대장: something given outside the agency."""

    case_id: str | None = Field(default=None, index=True, sa_type=UuidText)  # None: a statistics report
    case_number: str = ""
    kind: str  # referral_letter / record_export / report / client_copy
    disclosed_at: datetime = Field(default_factory=utcnow)
    recipient: str
    items: str = ""  # what was given (sections, period)
    basis: str = ""  # legal basis or the consent that allowed it
    # the consent relied on (a withdrawal lists the disclosures to notify)
    consent_id: str | None = Field(default=None, sa_type=UuidText)
    consent_purpose: str = ""  # vocab.ConsentPurpose of that consent
    consent_covered: bool = True
    reason: str = ""  # why it was given although no consent covered the recipient
    export_id: str = Field(default="", sa_type=UuidText)
    actor: str = ""


class CorrectionRequest(Row, table=True):
    """A data subject's request to correct or delete (정정·삭제 요구, 개인정보 보호법 제36조); answered in 10 days."""

    case_id: str = Field(foreign_key="case.id", index=True, sa_type=UuidText)
    received_on: date
    due_on: date
    request: str = ""
    outcome: str = ""  # "" (open), corrected, deleted, partly, refused
    outcome_on: date | None = None
    outcome_note: str = ""


# --- access records (접속기록; issue 12, see services/access_log.py) --------------------------------------------------

class AccessNote(SQLModel, table=True):
    """Free text typed with an access record (a search query, the words beside an export reason), kept outside the
    hash chain: the chained row holds only this text's hash, so destroying a case can remove the text and the
    chain still verifies. Keyed by the audit row's ``seq``."""

    seq: int = Field(primary_key=True)
    text: str = ""


# --- h5: sync engine (issue 17, migration 0013; see services/sync_log.py and services/sync_apply.py) --------------

class SyncChange(SQLModel, table=True):
    """The append-only change log: one row per write to a synced table, own or received from another device.
    Stored compactly (migration 0025, :mod:`caseapp.storage.compact_log`): ``id`` is the device's code
    (:class:`SyncDevice`) << 40 | its sequence number; ``hlc``, ``tbl``, ``op``, ``row_id`` and ``case_id`` are
    integers or bytes where canonical, else text; ``fields``/``base`` JSON text (raw stored values; blobs as
    ``{"$hex": ...}``), NULL for ``'{}'``, packed into a BLOB where that is shorter (migration 0028,
    :mod:`caseapp.storage.packed_json`). Read it through ``services/sync_log.py``, which gives back the text
    values. A destroyed case's changes keep their place in the log but lose their values (``scrubbed``)."""

    __tablename__ = "syncchange"

    id: int = Field(primary_key=True)
    hlc: Any = Field(sa_column=Column(LargeBinary, nullable=False))  # no affinity: an integer or text
    tbl: Any = Field(sa_column=Column(LargeBinary, nullable=False))  # (tbl, row_id) indexed, migration 0021
    row_id: Any = Field(sa_column=Column(LargeBinary, nullable=False))
    op: Any = Field(sa_column=Column(LargeBinary, nullable=False))
    fields: str | None = None  # "" (genesis, see sync_log.record_existing): the row's values as they are when sent
    base: str | None = None  # fields and base: a BLOB where packed (0028); the column stays VARCHAR
    actor: str = ""
    case_id: Any = Field(default=None, sa_column=Column(LargeBinary, nullable=True))  # no index (migration 0021)
    scrubbed: bool = False


class SyncDevice(SQLModel, table=True):
    """The devices the change log holds changes of, by the code their changes' ids carry (migration 0025)."""

    __tablename__ = "syncdevice"

    code: int = Field(primary_key=True)
    device: str = Field(unique=True)


class SyncRow(SQLModel, table=True):
    """Each synced row's field clocks (column -> clock of the version held) and the case it belongs to; none for a
    row at its newest insert's clock (``clocks`` empty text: no clocks known; see services/sync_log.py)."""

    __tablename__ = "syncrow"

    tbl: str = Field(primary_key=True)
    row_id: str = Field(primary_key=True, max_length=36)
    case_id: str | None = Field(default=None, index=True)
    clocks: str = "{}"
    deleted: bool = False


class SyncConflict(Row, table=True):
    """A value of a field (or a whole row's deletion) received while this file held another version of it: kept
    here, the local value in place, until the practitioner resolves it (or a resolution arrives)."""

    __tablename__ = "syncconflict"

    tbl: str = Field(index=True)
    row_id: str = Field(index=True)
    field: str  # a column, or "__row__": deleted on one side, changed or signed on the other
    case_id: str | None = Field(default=None, index=True)
    theirs: str = "null"  # JSON of the raw value received
    theirs_clock: str = ""
    theirs_device: str = ""
    signed: bool = False  # the row's signature fixed the value in place; "mine" cannot be kept on it
    closed_at: datetime | None = None
    closed_by: str = ""  # the clock of the change that settled it


class CaseNumberAlias(Row, table=True):
    """A case number a case had before sync reconciled two machines' cases of the same number."""

    __tablename__ = "casenumberalias"

    case_id: str = Field(index=True, sa_type=UuidText)  # compared with case.id in SQL (services/case_aliases.py)
    number: str = Field(index=True)


# --- sync peers (issue 17, migration 0014; see services/sync_peers.py) ---------------------------------------------

class SyncPeer(SQLModel, table=True):
    """Another installation of the same practitioner that this one exchanges ``.casesync`` bundles with. Per
    device, never synced itself: each machine keeps its own view of the others."""

    device: str = Field(primary_key=True, max_length=12)  # services.access_log.device_id() of that machine
    name: str = ""  # the label it calls itself (its host name unless set)
    practitioner: str = ""
    root_pem: bytes = Field(sa_column=Column(LargeBinary, nullable=False))  # pinned at pairing: its signing root
    vector: str = "{}"  # JSON VersionVector: what that device holds, as its newest bundle read here said
    paired_at: datetime = Field(default_factory=utcnow)
    last_export_at: datetime | None = None
    last_import_at: datetime | None = None


# --- statistics covering indexes (issue 13, migration 0016; see services/statistics.py) ----------------------------
# Each holds exactly the columns the period's figures read of its table, so those queries never read the rows.
# Each is also the index of its first column's lookups (a case's rows, a termination's scores, a period's
# services): migration 0022 dropped the one-column indexes they cover. Keep that column first.

Index("ix_case_stats", Case.id, Case.destroyed_at, Case.practitioner_id, Case.client_id, Case.opened_on,
      Case.closed_on)
Index("ix_serviceentry_stats", ServiceEntry.occurred_on, ServiceEntry.case_id, ServiceEntry.goal_id,
      ServiceEntry.practice_type, ServiceEntry.contact_mode, ServiceEntry.duration_min)
Index("ix_needrating_stats", NeedRating.assessment_id, NeedRating.area, NeedRating.level)
Index("ix_assessment_stats", Assessment.case_id, Assessment.kind, Assessment.assessed_on, Assessment.id)
Index("ix_termination_stats", Termination.case_id, Termination.terminated_on, Termination.id, Termination.reason,
      Termination.closing_assessment_id)
Index("ix_stagetransition_stats", StageTransition.case_id, StageTransition.moved_on, StageTransition.to_stage,
      StageTransition.from_stage)
Index("ix_referral_stats", Referral.sent_on, Referral.case_id, Referral.resource_id, Referral.status,
      Referral.accepted_on)
Index("ix_goalscore_stats", GoalScore.termination_id, GoalScore.goal_id, GoalScore.score)
Index("ix_caseselection_stats", CaseSelection.case_id, CaseSelection.decided_on, CaseSelection.level)

# Only the destroyed cases (migration 0020): the check on every open that they are in the registry reads this, not
# every case (services/destruction.py).
Index("ix_case_destroyed", Case.destroyed_at, sqlite_where=Case.destroyed_at.isnot(None))  # type: ignore[union-attr]
Index("ix_syncchange_row", SyncChange.tbl, SyncChange.row_id)  # migration 0021, made again by 0025

# Foreign keys no other index leads with (migration 0026): a parent's delete checks its children through these, and
# a parent's lookups seek them. Only the rows that name a parent: ``fk = ?`` implies NOT NULL, so both use them.
Index("ix_serviceentry_goal_id", ServiceEntry.goal_id,
      sqlite_where=ServiceEntry.goal_id.isnot(None))  # type: ignore[union-attr]
Index("ix_termination_closing_assessment_id", Termination.closing_assessment_id,
      sqlite_where=Termination.closing_assessment_id.isnot(None))  # type: ignore[union-attr]
Index("ix_caseselection_conference_id", CaseSelection.conference_id,
      sqlite_where=CaseSelection.conference_id.isnot(None))  # type: ignore[union-attr]

# What the case list reads of each client (migration 0029): its join by id then needs no table row
# (services/cases.py names it). UNIQUE because the id is; the hub leaves unique indexes out.
Index("ix_client_list", Client.id, Client.name, Client.phone, unique=True)
