"""The whole case as one read: :class:`CaseSnapshot`, and :func:`build`, the one definition of what it holds.

The reads are plain SQL, handed to a ``read(table, where, params, order)`` function: :func:`caseapp.services.cases.
snapshot` gives one that makes detached model instances (:mod:`caseapp.storage.plain_read`, for the window and the
exports, which may edit what they read); :func:`read_snapshot` one that makes :class:`~caseapp.storage.plain_rows.
PlainRow` objects on a plain cursor, without the ORM (``caseapp show``). Either way the same rows in the same order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from caseapp.domain import goal_tree
from caseapp.domain.budget import BudgetItem
from caseapp.errors import NotFound
from caseapp.storage import case_keys, plain_rows

if TYPE_CHECKING:
    from caseapp.storage.models import (
        Addendum, Assessment, BudgetLine, Case, CaseConference, CaseSelection, ChecklistCheck, Client, Consent,
        EcoRelation, FollowUp, Goal, GoalScore, HouseholdMember, MonitoringReview, NeedRating, PlanAgreement,
        PlanTask, Referral, Resource, ServiceEntry, StageTransition, Termination,
    )
    from caseapp.storage.models import (
        ConferenceAttendee, ReviewGoalChange, ReviewServiceRating, SupervisionRecord, SupervisorConfirmation,
        TerminationGoalOutcome,
    )

# (table, where, params, order) -> the rows, as model instances or PlainRows
Read = Callable[[str, str, Sequence[Any], str], list[Any]]


@dataclass
class AssessmentView:
    assessment: Assessment
    ratings: dict[str, NeedRating]
    budget: dict[str, BudgetLine] = field(default_factory=dict)  # item code -> line (migration 0005)


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
    selections: list[CaseSelection] = field(default_factory=list)  # 대상자 선정 history, oldest first

    @property
    def current_selection(self) -> CaseSelection | None:
        """The decision in force (its ``decided_on`` is the selection date the deadline rules count from)."""
        return self.selections[-1] if self.selections else None
    # migration 0007: conference attendees, supervision, the per-goal / per-service judgements, confirmations
    attendees: list[ConferenceAttendee] = field(default_factory=list)
    supervision: list[SupervisionRecord] = field(default_factory=list)
    confirmations: list[SupervisorConfirmation] = field(default_factory=list)
    goal_changes: list[ReviewGoalChange] = field(default_factory=list)
    service_ratings: list[ReviewServiceRating] = field(default_factory=list)
    goal_outcomes: list[TerminationGoalOutcome] = field(default_factory=list)
    agreements: list[PlanAgreement] = field(default_factory=list)  # the client's agreement(s) to the plan

    def goal_numbers(self) -> dict[str, str]:
        """Goal id -> "1", "1-1" …: 장기 goals numbered, 단기 goals under them (``goals`` is in this order)."""
        return goal_tree.goal_numbers(self.goals)

    def long_goals(self) -> list[Goal]:
        return [g for g in self.goals if not g.parent_id]

    def addenda_for(self, target_id: str) -> list[Addendum]:
        return [a for a in self.addenda if a.target_id == target_id]

    def scores_for_goal(self, goal_id: str) -> list[GoalScore]:
        return sorted((g for g in self.scores if g.goal_id == goal_id), key=lambda g: g.scored_on)

    def attendees_of(self, conference_id: str) -> list[ConferenceAttendee]:
        return sorted((a for a in self.attendees if a.conference_id == conference_id), key=lambda a: a.position)

    def eco_in(self, phase: str) -> list[EcoRelation]:
        return [e for e in self.eco if (e.phase or "intake") == phase]

    def intake_and_latest(self) -> tuple[AssessmentView | None, AssessmentView | None]:
        if not self.assessments:
            return None, None
        return self.assessments[0], self.assessments[-1]


def build(read_raw: Read, case_id: str) -> CaseSnapshot:
    """Every record of the case, each kind in the order the window and the record PDF show it."""
    def read(table: str, where: str, params: Sequence[Any], order: str) -> list[Any]:
        # every parameter here is a key: bound as the case tables store them (migration 0030)
        return read_raw(table, where, case_keys.keys(params), order)

    found = read("case", "id = ?", (case_id,), "")
    if not found:
        raise NotFound("사례를 찾을 수 없습니다.", "No such case.")
    case = found[0]
    client = read("client", "id = ?", (case.client_id,), "")[0]

    # rowid last: rows written in the same microsecond (a demo file, an import) keep the order they were written in,
    # whichever index SQLite walks (migration 0022 changed the index the checklist's rows are found through).
    def rows(table: str, order: str) -> list[Any]:
        return read(table, "case_id = ?", (case_id,), f"{order}, created_at, rowid")

    def children(table: str, fk: str, parents: list[Any], order: str = "created_at") -> list[Any]:
        if not parents:
            return []
        where, params = plain_rows.in_list(fk, [p.id for p in parents])
        return read(table, where, params, f"{order}, rowid")

    assessments = rows("assessment", "assessed_on")
    ratings: dict[str, dict[str, Any]] = defaultdict(dict)
    budget: dict[str, dict[str, Any]] = defaultdict(dict)
    for r in children("needrating", "assessment_id", assessments, order="area"):  # as the UNIQUE index gave them
        ratings[r.assessment_id][r.area] = r
    for b in children("budgetline", "assessment_id", assessments):
        budget[b.assessment_id][b.item] = b
    goals = goal_tree.tree_order(rows("goal", "position"))
    reviews = rows("monitoringreview", "reviewed_on")
    scores = children("goalscore", "goal_id", goals, order="scored_on")
    referrals = rows("referral", "sent_on")
    eco = rows("ecorelation", "created_at")
    tasks = rows("plantask", "created_at")
    services = rows("serviceentry", "occurred_on")
    resource_ids = {r.resource_id for r in referrals} | {e.resource_id for e in eco if e.resource_id} | \
        {t.resource_id for t in tasks if t.resource_id} | {e.resource_id for e in services if e.resource_id}
    resources = {r.id: r for r in read("resource", *plain_rows.in_list("id", sorted(resource_ids)), "")} \
        if resource_ids else {}
    conferences = rows("caseconference", "held_on")
    terminations = rows("termination", "terminated_on")

    return CaseSnapshot(
        attendees=children("conferenceattendee", "conference_id", conferences),
        supervision=rows("supervisionrecord", "held_on"),
        confirmations=rows("supervisorconfirmation", "confirmed_on"),
        goal_changes=children("reviewgoalchange", "review_id", reviews),
        service_ratings=children("reviewservicerating", "review_id", reviews),
        goal_outcomes=children("terminationgoaloutcome", "termination_id", terminations),
        case=case, client=client,
        household=read("householdmember", "client_id = ?", (client.id,), "created_at"),
        transitions=rows("stagetransition", "created_at"),
        checks=rows("checklistcheck", "checked_on"),
        consents=rows("consent", "given_on"),
        assessments=[AssessmentView(a, ratings.get(a.id, {}), _in_item_order(budget.get(a.id, {})))
                     for a in assessments],
        eco=eco, goals=goals, tasks=tasks, services=services, reviews=reviews, scores=scores,
        terminations=terminations,
        follow_ups=rows("followup", "due_on"), referrals=referrals,
        conferences=conferences,
        addenda=rows("addendum", "written_on"), resources=resources,
        selections=rows("caseselection", "decided_on"),  # as selection.history_in orders them
        agreements=rows("planagreement", "agreed_on"),
    )


def _in_item_order(lines: dict[str, Any]) -> dict[str, Any]:
    return {item.value: lines[item.value] for item in BudgetItem if item.value in lines}


def plain_reader(cursor: Any) -> Read:
    """A ``read`` for :func:`build` making :class:`~caseapp.storage.plain_rows.PlainRow` objects on ``cursor``."""
    def read(table: str, where: str, params: Sequence[Any], order: str) -> list[Any]:
        return plain_rows.rows(cursor, table, where, params, order)
    return read


def read_snapshot(cursor: Any, case_id: str) -> CaseSnapshot:
    """The snapshot read on a DB-API cursor (a vault's or a read vault's ``read_cursor``), without the ORM."""
    return build(plain_reader(cursor), case_id)
