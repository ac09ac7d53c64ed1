"""Cases: opening, numbering, stage moves, checklists, the case list and the whole-case snapshot."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from caseapp.domain import forms
from caseapp.domain.checklists import find_item
from caseapp.domain.deadlines import CaseFacts, Deadline, deadlines_for, next_due, relevant
from caseapp.domain.korean import with_particle
from caseapp.domain.rules import StageWarning, check_transition, warnings_for_advance
from caseapp.domain.vocab import ConsentPurpose, Stage, TaskPerformer
from caseapp.errors import NotFound, ValidationError
from caseapp.services import audit, records
from caseapp.services.vault import Vault
from caseapp.storage.models import (
    Addendum, Assessment, Case, CaseConference, ChecklistCheck, Client, Consent, EcoRelation, FollowUp, Goal,
    GoalScore, HouseholdMember, MonitoringReview, NeedRating, PlanTask, Referral, Resource, ServiceEntry,
    StageTransition, Termination, utcnow,
)


def next_case_number(session: Session, year: int) -> str:
    prefix = f"{year}-"
    last = session.exec(select(func.max(Case.case_number)).where(col(Case.case_number).startswith(prefix))).one()
    seq = int(str(last).split("-", 1)[1]) + 1 if last else 1
    return f"{year}-{seq:04d}"


def open_case(vault: Vault, client_values: dict[str, Any], intake_values: dict[str, Any] | None = None,
              household: list[dict[str, Any]] | None = None) -> Case:
    """Register a client and open a case in the intake stage (one transaction, one audit trail)."""
    client_clean = forms.validate(forms.CLIENT, client_values)
    intake_clean = forms.validate(forms.INTAKE, intake_values or {})
    members = [forms.validate(forms.HOUSEHOLD_MEMBER, m) for m in household or []]
    with vault.session(write=True) as s:
        client = records.add_in_session(vault, s, Client(**client_clean), "client")
        for m in members:
            records.add_in_session(vault, s, HouseholdMember(client_id=client.id, **m), "household")
        opened = intake_clean.pop("opened_on")
        if intake_clean.get("monitoring_interval_days") is None:
            intake_clean.pop("monitoring_interval_days", None)
        case = Case(case_number=next_case_number(s, opened.year), client_id=client.id, opened_on=opened,
                    stage=Stage.INTAKE.value, stage_since=opened, **intake_clean)
        practitioner_id = _current_practitioner_id(s)
        case.practitioner_id = practitioner_id
        records.add_in_session(vault, s, case, case.case_number)
        s.add(StageTransition(case_id=case.id, from_stage=None, to_stage=Stage.INTAKE.value, moved_on=opened,
                              reason="접수"))
        for hook in vault.after_write:  # again, now that the client has a case number to be found by
            hook(s, client)
        return case


def _current_practitioner_id(s: Session) -> str | None:
    from caseapp.storage.models import Practitioner
    p = s.exec(select(Practitioner).where(Practitioner.is_current == True)).first()  # noqa: E712
    return p.id if p else None


def find_case(vault: Vault, case_number: str) -> Case:
    with vault.session() as s:
        case = s.exec(select(Case).where(Case.case_number == case_number.strip())).first()
        if case is None:
            raise NotFound(f"사례번호 {with_particle(case_number, '을')} 찾을 수 없습니다.", f"No case numbered {case_number}.")
        return case


def update_client(vault: Vault, client_id: str, changes: dict[str, Any]) -> Client:
    return records.update(vault, Client, client_id, forms.CLIENT, changes)


def update_intake(vault: Vault, case_id: str, changes: dict[str, Any]) -> Case:
    return records.update(vault, Case, case_id, forms.INTAKE, changes)


# --- facts, deadlines, list --------------------------------------------------------------------------------------

def _count_by_case(s: Session, model: Any, *where: Any) -> dict[str, int]:
    stmt = select(model.case_id, func.count()).group_by(model.case_id)
    for w in where:
        stmt = stmt.where(w)
    return dict(s.exec(stmt).all())  # type: ignore[arg-type]


def all_facts(s: Session, case_ids: list[str] | None = None, include_closed: bool = True) -> list[CaseFacts]:
    """Facts for many cases with a fixed number of grouped queries (the case list must stay fast at 10,000)."""
    # Plain columns, not ORM entities: building 10,000 Case objects was a third of the case list's load time.
    stmt = select(Case.id, Case.case_number, Case.stage, Case.opened_on, Case.stage_since, Case.closed_on,
                  Case.monitoring_interval_days, Client.name).join(Client, Client.id == Case.client_id) \
        .where(Case.destroyed_at == None)  # noqa: E711
    if case_ids is not None:
        stmt = stmt.where(col(Case.id).in_(case_ids))
    rows = s.exec(stmt).all()
    goals = _count_by_case(s, Goal)
    client_tasks = _count_by_case(s, PlanTask, PlanTask.performer == TaskPerformer.CLIENT.value)
    services = _count_by_case(s, ServiceEntry)
    assessments = _count_by_case(s, Assessment)
    reviews = _count_by_case(s, MonitoringReview)
    last_review = dict(s.exec(select(MonitoringReview.case_id, func.max(MonitoringReview.reviewed_on))
                              .group_by(MonitoringReview.case_id)).all())
    terminations = set(s.exec(select(Termination.case_id)).all())
    consent_given = set(s.exec(select(Consent.case_id).where(Consent.purpose == ConsentPurpose.SERVICE.value,
                                                             Consent.given_on != None,  # noqa: E711
                                                             Consent.withdrawn_on == None)).all())  # noqa: E711
    impl_since = dict(s.exec(select(StageTransition.case_id, func.max(StageTransition.moved_on))
                             .where(StageTransition.to_stage == Stage.IMPLEMENTATION.value)
                             .group_by(StageTransition.case_id)).all())
    follow_ups: dict[str, list[tuple[str, date]]] = defaultdict(list)
    for fid, cid, due in s.exec(select(FollowUp.id, FollowUp.case_id, FollowUp.due_on)
                                .where(FollowUp.done_on == None)).all():  # noqa: E711
        follow_ups[cid].append((fid, due))
    consents: dict[str, list[tuple[str, str, date | None, date | None]]] = defaultdict(list)
    for cid_, case_id, purpose, exp, wd in s.exec(select(Consent.id, Consent.case_id, Consent.purpose,
                                                         Consent.expires_on, Consent.withdrawn_on)
                                                  .where(Consent.expires_on != None)).all():  # noqa: E711
        consents[case_id].append((cid_, purpose, exp, wd))
    checked: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for case_id, stage_code, key in s.exec(select(ChecklistCheck.case_id, ChecklistCheck.stage,
                                                  ChecklistCheck.item_key)).all():
        checked[case_id].add((stage_code, key))
    tasks: dict[str, list[tuple[str, str, date]]] = defaultdict(list)
    for tid, case_id, desc, due in s.exec(select(PlanTask.id, PlanTask.case_id, PlanTask.description,
                                                 PlanTask.due_date)
                                          .where(PlanTask.due_date != None, PlanTask.done_on == None)).all():  # noqa: E711
        tasks[case_id].append((tid, desc, due))
    out = []
    for case_id, number, stage, opened_on, stage_since, closed_on, interval, client_name in rows:
        if not include_closed and closed_on is not None:
            continue
        out.append(CaseFacts(
            case_id=case_id, case_number=number, client_name=client_name, stage=Stage(stage),
            opened_on=opened_on, stage_since=stage_since, closed_on=closed_on,
            monitoring_interval_days=interval, goal_count=goals.get(case_id, 0),
            client_task_count=client_tasks.get(case_id, 0), service_count=services.get(case_id, 0),
            assessment_count=assessments.get(case_id, 0), review_count=reviews.get(case_id, 0),
            has_termination=case_id in terminations, service_consent_given=case_id in consent_given,
            last_review_on=last_review.get(case_id), implementation_since=impl_since.get(case_id),
            open_follow_ups=follow_ups.get(case_id, []), checked=checked.get(case_id, set()),
            consents=consents.get(case_id, []),
            open_tasks=tasks.get(case_id, []),
        ))
    return out


def facts_for(s: Session, case_id: str) -> CaseFacts:
    found = all_facts(s, [case_id])
    if not found:
        raise NotFound("사례를 찾을 수 없습니다.", "No such case.")
    return found[0]


@dataclass
class CaseSummary:
    case_id: str
    case_number: str
    client_name: str
    client_phone: str
    stage: Stage
    stage_since: date
    opened_on: date
    closed_on: date | None
    next_due: date | None
    overdue: bool
    due_this_week: bool
    deadlines: list[Deadline] = field(default_factory=list)

    def days_in_stage(self, today: date | None = None) -> int:
        return ((today or date.today()) - self.stage_since).days

    def to_json(self, today: date | None = None) -> dict[str, Any]:
        return {"case_number": self.case_number, "client": self.client_name, "stage": self.stage.value,
                "stage_label": self.stage.label.ko, "stage_since": self.stage_since.isoformat(),
                "days_in_stage": self.days_in_stage(today), "opened_on": self.opened_on.isoformat(),
                "closed_on": self.closed_on.isoformat() if self.closed_on else None,
                "next_due": self.next_due.isoformat() if self.next_due else None,
                "overdue": self.overdue, "due_this_week": self.due_this_week}


def list_cases(vault: Vault, *, stage: Stage | None = None, overdue: bool = False, due_this_week: bool = False,
               today: date | None = None) -> list[CaseSummary]:
    today = today or date.today()
    with vault.session() as s:
        facts = all_facts(s)
        phones = dict(s.exec(select(Case.id, Client.phone).join(Client, Client.id == Case.client_id)).all())
    out = []
    for f in facts:
        if stage is not None and f.stage != stage:
            continue
        dls = deadlines_for(f)
        is_overdue = any(d.is_overdue(today) for d in dls)
        week = any(d.is_due_this_week(today) for d in dls)
        if overdue and not is_overdue or due_this_week and not week:
            continue
        out.append(CaseSummary(f.case_id, f.case_number, f.client_name, phones.get(f.case_id, ""), f.stage,
                               f.stage_since, f.opened_on, f.closed_on, next_due(dls), is_overdue, week, dls))
    out.sort(key=lambda c: c.case_number)
    return out


def upcoming_deadlines(vault: Vault, today: date | None = None) -> list[Deadline]:
    """The "today" view: everything overdue or due soon, across all cases, soonest first."""
    today = today or date.today()
    with vault.session() as s:
        facts = all_facts(s)
    return relevant([d for f in facts for d in deadlines_for(f)], today)


# --- stages and checklists ----------------------------------------------------------------------------------------

def move_stage(vault: Vault, case_id: str, target: Stage, reason: str = "", overridden: set[str] | None = None,
               on: date | None = None) -> Case:
    """Move a case to ``target``. Raises PendingWarnings (override with codes + reason) or TransitionError."""
    on = on or date.today()
    with vault.session(write=True) as s:
        case = s.get(Case, case_id)
        if case is None:
            raise NotFound("사례를 찾을 수 없습니다.", "No such case.")
        facts = facts_for(s, case_id)
        current = Stage(case.stage)
        used = check_transition(current, target, reason, overridden or set(), facts)
        s.add(StageTransition(case_id=case.id, from_stage=current.value, to_stage=target.value, moved_on=on,
                              reason=reason.strip(), overridden_warnings=[w.code for w in used]))
        case.stage, case.stage_since, case.updated_at = target.value, on, utcnow()
        if target is Stage.TERMINATION and case.closed_on is None:
            case.closed_on = on
        elif target.order < Stage.TERMINATION.order:
            case.closed_on = None
            if current.order >= Stage.TERMINATION.order:
                _drop_planned_follow_ups(vault, s, case.id)
        s.add(case)
        audit.record(s, vault.actor, "stage", "case", case.id, case.id, detail=f"{current.value}->{target.value}")
        return case


def _drop_planned_follow_ups(vault: Vault, s: Session, case_id: str) -> None:
    """A reopened case is active again: follow-up contacts planned for after closing are no longer due. Planned
    ones nobody wrote anything on are removed (audited); any with a result or a signature stay as written."""
    planned = s.exec(select(FollowUp).where(FollowUp.case_id == case_id, FollowUp.done_on == None,  # noqa: E711
                                            FollowUp.signed_at == None)).all()  # noqa: E711
    for f in planned:
        if f.result.strip():
            continue
        s.delete(f)
        audit.record(s, vault.actor, "delete", FollowUp.__tablename__, f.id, case_id,
                     detail=f"reopened; due {f.due_on}")
        for hook in vault.after_write:  # out of the search index too
            hook(s, ("deleted", FollowUp.__tablename__, f.id))


def set_check(vault: Vault, case_id: str, stage: Stage, item_key: str, checked: bool,
              on: date | None = None, note: str = "") -> None:
    find_item(stage, item_key)  # unknown keys are a programming error, not user input
    with vault.session(write=True) as s:
        existing = s.exec(select(ChecklistCheck).where(ChecklistCheck.case_id == case_id,
                                                       ChecklistCheck.stage == stage.value,
                                                       ChecklistCheck.item_key == item_key)).first()
        if checked and existing is None:
            s.add(ChecklistCheck(case_id=case_id, stage=stage.value, item_key=item_key,
                                 checked_on=on or date.today(), note=note))
            audit.record(s, vault.actor, "check", "checklistcheck", item_key, case_id, detail=stage.value)
        elif not checked and existing is not None:
            s.delete(existing)
            audit.record(s, vault.actor, "uncheck", "checklistcheck", item_key, case_id, detail=stage.value)


# --- the whole case -----------------------------------------------------------------------------------------------

@dataclass
class AssessmentView:
    assessment: Assessment
    ratings: dict[str, NeedRating]


@dataclass
class CaseSnapshot:
    case: Case
    client: Client
    household: list[HouseholdMember]
    transitions: list[StageTransition]
    checks: list[ChecklistCheck]
    consents: list[Consent]
    assessments: list[AssessmentView]
    eco: list[EcoRelation]
    goals: list[Goal]
    tasks: list[PlanTask]
    services: list[ServiceEntry]
    reviews: list[MonitoringReview]
    scores: list[GoalScore]
    terminations: list[Termination]
    follow_ups: list[FollowUp]
    referrals: list[Referral]
    conferences: list[CaseConference]
    addenda: list[Addendum]
    resources: dict[str, Resource]

    def addenda_for(self, target_id: str) -> list[Addendum]:
        return [a for a in self.addenda if a.target_id == target_id]

    def scores_for_goal(self, goal_id: str) -> list[GoalScore]:
        return sorted((g for g in self.scores if g.goal_id == goal_id), key=lambda g: g.scored_on)

    def intake_and_latest(self) -> tuple[AssessmentView | None, AssessmentView | None]:
        if not self.assessments:
            return None, None
        return self.assessments[0], self.assessments[-1]


def snapshot(vault: Vault, case_id: str) -> CaseSnapshot:
    with vault.session() as s:
        return snapshot_in(s, case_id)


def snapshot_in(s: Session, case_id: str) -> CaseSnapshot:
    case = s.get(Case, case_id)
    if case is None:
        raise NotFound("사례를 찾을 수 없습니다.", "No such case.")
    client = s.get(Client, case.client_id)
    assert client is not None

    def rows(model: Any, order: Any) -> list[Any]:
        return list(s.exec(select(model).where(model.case_id == case_id).order_by(order, model.created_at)))

    assessments = rows(Assessment, Assessment.assessed_on)
    ratings: dict[str, dict[str, NeedRating]] = defaultdict(dict)
    if assessments:
        for r in s.exec(select(NeedRating).where(col(NeedRating.assessment_id).in_([a.id for a in assessments]))):
            ratings[r.assessment_id][r.area] = r
    goals = rows(Goal, Goal.position)
    reviews = rows(MonitoringReview, MonitoringReview.reviewed_on)
    scores = list(s.exec(select(GoalScore).where(col(GoalScore.goal_id).in_([g.id for g in goals]))
                         .order_by(GoalScore.scored_on))) if goals else []
    referrals = rows(Referral, Referral.sent_on)
    eco = rows(EcoRelation, EcoRelation.created_at)
    tasks = rows(PlanTask, PlanTask.created_at)
    services = rows(ServiceEntry, ServiceEntry.occurred_on)
    resource_ids = {r.resource_id for r in referrals} | {e.resource_id for e in eco if e.resource_id} | \
        {t.resource_id for t in tasks if t.resource_id} | {e.resource_id for e in services if e.resource_id}
    resources = {r.id: r for r in s.exec(select(Resource).where(col(Resource.id).in_(resource_ids)))} \
        if resource_ids else {}
    return CaseSnapshot(
        case=case, client=client,
        household=list(s.exec(select(HouseholdMember).where(HouseholdMember.client_id == client.id)
                              .order_by(HouseholdMember.created_at))),
        transitions=rows(StageTransition, StageTransition.created_at),
        checks=rows(ChecklistCheck, ChecklistCheck.checked_on),
        consents=rows(Consent, Consent.given_on),
        assessments=[AssessmentView(a, ratings.get(a.id, {})) for a in assessments],
        eco=eco, goals=goals, tasks=tasks, services=services, reviews=reviews, scores=scores,
        terminations=rows(Termination, Termination.terminated_on),
        follow_ups=rows(FollowUp, FollowUp.due_on), referrals=referrals,
        conferences=rows(CaseConference, CaseConference.held_on),
        addenda=rows(Addendum, Addendum.written_on), resources=resources,
    )


def require_case(s: Session, case_id: str) -> Case:
    case = s.get(Case, case_id)
    if case is None:
        raise NotFound("사례를 찾을 수 없습니다.", "No such case.")
    if case.destroyed_at is not None:
        raise ValidationError("파기된 사례입니다.", "This case has been destroyed.")
    return case


def advance_warnings(vault: Vault, case_id: str, target: Stage) -> list[StageWarning]:
    """The gentle checks a move to ``target`` would raise now (shown before the practitioner confirms)."""
    with vault.session() as s:
        facts = facts_for(s, case_id)
    return warnings_for_advance(facts, target)


def case_history(vault: Vault, case_id: str, limit: int = 1000) -> list[Any]:
    """Audit events of one case, newest first; the case being opened to read is in the access log instead
    (``caseapp access-log --case``), not in its change history."""
    with vault.session() as s:
        return [e for e in audit.history(s, case_id, limit) if e.action not in ("view", "reveal")]
