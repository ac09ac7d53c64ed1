"""A case's facts (what the deadline and stage rules read), for one case or all of them, in a fixed number of
grouped queries. Kept apart from :mod:`caseapp.services.cases` so the summary upkeep that every write session runs
(:mod:`caseapp.services.case_summaries`) needs nothing above the storage layer."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from operator import itemgetter
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from caseapp.domain.dates import IsoDays
from caseapp.domain.deadlines import RULES_KEY, CaseFacts, DeadlineRules, stored_rules
from caseapp.domain.vocab import ConsentPurpose, SelectionLevel, Stage, TaskPerformer
from caseapp.storage.case_keys import key_text
from caseapp.storage.models import (
    Assessment, Case, CaseSelection, ChecklistCheck, Client, Consent, FollowUp, Goal, MonitoringReview, PlanTask, ServiceEntry,
    Meta, StageTransition, Termination,
)



def rules_in(s: Session) -> DeadlineRules:
    """The agency's deadline rules stored in the file (the guidance defaults when none or damaged)."""
    row = s.get(Meta, RULES_KEY)
    return stored_rules(row.value if row is not None else None)




def _count_by_case(s: Session, model: Any, *where: Any) -> dict[str, int]:
    stmt = select(model.case_id, func.count()).group_by(model.case_id)
    for w in where:
        stmt = stmt.where(w)
    return dict(s.exec(stmt).all())  # type: ignore[arg-type]


@dataclass(frozen=True)
class CurrentSelection:
    level: SelectionLevel
    decided_on: date

    def to_json(self) -> dict[str, Any]:
        return {"level": self.level.value, "label": self.level.label.ko, "decided_on": self.decided_on.isoformat()}


def current_levels(s: Session, case_ids: list[str] | None = None) -> dict[str, CurrentSelection]:
    """Case id -> the decision in force, for many cases in one query (cases with no decision are absent)."""
    if case_ids is None:  # every case (the case list): plain SQL, not 10,000 rows through the ORM's result layer
        rows = s.connection().connection.cursor().execute(
            "SELECT case_id, level, decided_on, created_at FROM caseselection").fetchall()
        # Sorted here: SQLite's ORDER BY of the 10,000 rows took three times the read itself (~17 of 23 ms). Both
        # columns are ISO text, so Python's order is SQLite's.
        rows.sort(key=_DECISION_ORDER)
        days = IsoDays()  # the list keeps these for as long as it is shown: one date object per distinct day
        return _in_force((key_text(case_id), level, days[on]) for case_id, level, on, _made in rows)
    stmt = select(CaseSelection.case_id, CaseSelection.level, CaseSelection.decided_on) \
        .order_by(CaseSelection.decided_on, CaseSelection.created_at)
    return _in_force(s.exec(stmt.where(col(CaseSelection.case_id).in_(case_ids))).all())


def _in_force(rows: Iterable[tuple[str, str, date]]) -> dict[str, CurrentSelection]:
    """Rows in decision order: the last of each case is the one in force."""
    out: dict[str, CurrentSelection] = {}
    made: dict[tuple[SelectionLevel, date], CurrentSelection] = {}  # frozen: cases decided alike share one
    for case_id, level, decided_on in rows:
        known = _LEVELS.get(level)
        if known is not None:  # a code from a newer caseapp: shown as no level rather than a crash
            key = (known, decided_on)
            chosen = made.get(key)
            if chosen is None:
                chosen = made[key] = CurrentSelection(known, decided_on)
            out[case_id] = chosen  # later rows overwrite earlier
    return out


_LEVELS = {level.value: level for level in SelectionLevel}
_DECISION_ORDER = itemgetter(2, 3)  # (decided_on, created_at) of a current_levels row


def all_facts(s: Session, case_ids: list[str] | None = None, include_closed: bool = True) -> list[CaseFacts]:
    """Facts for many cases with a fixed number of grouped queries (the case list must stay fast at 10,000)."""
    # Plain columns, not ORM entities: building 10,000 Case objects was a third of the case list's load time.
    stmt = select(Case.id, Case.case_number, Case.stage, Case.opened_on, Case.stage_since, Case.closed_on,
                  Case.monitoring_interval_days, Client.name).join(Client, Client.id == Case.client_id) \
        .where(Case.destroyed_at == None)  # noqa: E711
    if case_ids is not None:
        stmt = stmt.where(col(Case.id).in_(case_ids))
    rows = s.exec(stmt).all()

    def of(model: Any) -> tuple[Any, ...]:  # a few cases (a write's summary): read only their rows
        return () if case_ids is None else (col(model.case_id).in_(case_ids),)

    goals = _count_by_case(s, Goal, *of(Goal))
    client_tasks = _count_by_case(s, PlanTask, PlanTask.performer == TaskPerformer.CLIENT.value, *of(PlanTask))
    services = _count_by_case(s, ServiceEntry, *of(ServiceEntry))
    assessments = _count_by_case(s, Assessment, *of(Assessment))
    first_assessed = dict(s.exec(select(Assessment.case_id, func.min(Assessment.assessed_on))
                                 .where(*of(Assessment)).group_by(Assessment.case_id)).all())
    selections = current_levels(s, case_ids)  # the 선정 decision in force sets the clock's selection steps
    reviews = _count_by_case(s, MonitoringReview, *of(MonitoringReview))
    last_review = dict(s.exec(select(MonitoringReview.case_id, func.max(MonitoringReview.reviewed_on))
                              .where(*of(MonitoringReview)).group_by(MonitoringReview.case_id)).all())
    terminations = set(s.exec(select(Termination.case_id).where(*of(Termination))).all())
    consent_given = set(s.exec(select(Consent.case_id).where(Consent.purpose == ConsentPurpose.SERVICE.value,
                                                             Consent.given_on != None,  # noqa: E711
                                                             Consent.withdrawn_on == None,  # noqa: E711
                                                             *of(Consent))).all())
    impl_since = dict(s.exec(select(StageTransition.case_id, func.max(StageTransition.moved_on))
                             .where(StageTransition.to_stage == Stage.IMPLEMENTATION.value, *of(StageTransition))
                             .group_by(StageTransition.case_id)).all())
    follow_ups: dict[str, list[tuple[str, date]]] = defaultdict(list)
    for fid, cid, due in s.exec(select(FollowUp.id, FollowUp.case_id, FollowUp.due_on)
                                .where(FollowUp.done_on == None, *of(FollowUp))).all():  # noqa: E711
        follow_ups[cid].append((fid, due))
    consents: dict[str, list[tuple[str, str, date | None, date | None]]] = defaultdict(list)
    for cid_, case_id, purpose, exp, wd in s.exec(select(Consent.id, Consent.case_id, Consent.purpose,
                                                         Consent.expires_on, Consent.withdrawn_on)
                                                  .where(Consent.expires_on != None, *of(Consent))).all():  # noqa: E711
        consents[case_id].append((cid_, purpose, exp, wd))
    checked: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for case_id, stage_code, key in s.exec(select(ChecklistCheck.case_id, ChecklistCheck.stage,
                                                  ChecklistCheck.item_key).where(*of(ChecklistCheck))).all():
        checked[case_id].add((stage_code, key))
    tasks: dict[str, list[tuple[str, str, date]]] = defaultdict(list)
    for tid, case_id, desc, due in s.exec(select(PlanTask.id, PlanTask.case_id, PlanTask.description,
                                                 PlanTask.due_date)
                                          .where(PlanTask.due_date != None, PlanTask.done_on == None,  # noqa: E711
                                                 *of(PlanTask))).all():
        tasks[case_id].append((tid, desc, due))
    out = []
    for case_id, number, stage, opened_on, stage_since, closed_on, interval, client_name in rows:
        if not include_closed and closed_on is not None:
            continue
        chosen = selections.get(case_id)
        out.append(CaseFacts(
            case_id=case_id, case_number=number, client_name=client_name, stage=Stage(stage),
            opened_on=opened_on, stage_since=stage_since, closed_on=closed_on,
            monitoring_interval_days=interval or None, goal_count=goals.get(case_id, 0),
            client_task_count=client_tasks.get(case_id, 0), service_count=services.get(case_id, 0),
            assessment_count=assessments.get(case_id, 0), review_count=reviews.get(case_id, 0),
            has_termination=case_id in terminations, service_consent_given=case_id in consent_given,
            last_review_on=last_review.get(case_id), implementation_since=impl_since.get(case_id),
            open_follow_ups=follow_ups.get(case_id, []), checked=checked.get(case_id, set()),
            consents=consents.get(case_id, []),
            open_tasks=tasks.get(case_id, []), first_assessed_on=first_assessed.get(case_id),
            selected_on=chosen.decided_on if chosen else None,
            selection_level=chosen.level.value if chosen else None,
        ))
    return out
