"""Deadlines of the practice: plan within 30 days of intake, monitoring cadence, follow-ups, consent expiry.

Pure functions over :class:`CaseFacts`; services build the facts from the database.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, timedelta

from caseapp.domain.labels import Label
from caseapp.domain.vocab import Stage

PLAN_WITHIN_DAYS = 30
CONSENT_WARNING_DAYS = 30
DUE_SOON_DAYS = 7
CLOSED_STAGES = (Stage.TERMINATION, Stage.FOLLOW_UP)  # follow-up contacts belong to a closed case only


class DeadlineKind(enum.Enum):
    PLAN = Label("계획 수립 기한", "Plan due")
    MONITORING = Label("모니터링 점검", "Monitoring review due")
    FOLLOW_UP = Label("사후관리 연락", "Follow-up contact due")
    CONSENT_EXPIRY = Label("동의 만료", "Consent expires")
    TASK = Label("과업 기한", "Task due")
    CORRECTION_REQUEST = Label("정정·삭제 요구 답변", "Correction request answer due")


@dataclass(frozen=True)
class Deadline:
    kind: DeadlineKind
    due: date
    case_id: str
    case_number: str
    client_name: str = ""
    ref_id: str | None = None
    detail: str = ""

    def days_left(self, today: date) -> int:
        return (self.due - today).days

    def is_overdue(self, today: date) -> bool:
        return self.due < today

    def is_due_this_week(self, today: date) -> bool:
        return today <= self.due <= today + timedelta(days=DUE_SOON_DAYS)


@dataclass
class CaseFacts:
    """What the deadline and stage rules need to know about one case."""

    case_id: str
    case_number: str
    client_name: str
    stage: Stage
    opened_on: date
    stage_since: date
    closed_on: date | None = None
    monitoring_interval_days: int = 30
    goal_count: int = 0
    client_task_count: int = 0
    service_count: int = 0
    assessment_count: int = 0
    review_count: int = 0
    has_termination: bool = False
    service_consent_given: bool = False
    last_review_on: date | None = None
    implementation_since: date | None = None
    open_follow_ups: list[tuple[str, date]] = field(default_factory=list)  # (id, due)
    checked: set[tuple[str, str]] = field(default_factory=set)  # (stage code, checklist item key) ticked
    consents: list[tuple[str, str, date | None, date | None]] = field(default_factory=list)  # id, purpose, exp, wd
    open_tasks: list[tuple[str, str, date]] = field(default_factory=list)  # id, description, due


def plan_due(opened_on: date) -> date:
    return opened_on + timedelta(days=PLAN_WITHIN_DAYS)


def deadlines_for(facts: CaseFacts) -> list[Deadline]:
    out: list[Deadline] = []
    base = dict(case_id=facts.case_id, case_number=facts.case_number, client_name=facts.client_name)
    active = facts.stage in (Stage.INTAKE, Stage.PLANNING, Stage.IMPLEMENTATION, Stage.MONITORING)
    if facts.stage in (Stage.INTAKE, Stage.PLANNING) and facts.goal_count == 0:
        out.append(Deadline(DeadlineKind.PLAN, plan_due(facts.opened_on), **base))
    if facts.stage in (Stage.IMPLEMENTATION, Stage.MONITORING):
        since = facts.last_review_on or facts.implementation_since or facts.stage_since
        out.append(Deadline(DeadlineKind.MONITORING, since + timedelta(days=facts.monitoring_interval_days), **base))
    for fid, due in facts.open_follow_ups if facts.stage in CLOSED_STAGES else []:
        out.append(Deadline(DeadlineKind.FOLLOW_UP, due, ref_id=fid, **base))
    if active:
        for cid, purpose, expires, withdrawn in facts.consents:
            if expires is not None and withdrawn is None:
                out.append(Deadline(DeadlineKind.CONSENT_EXPIRY, expires, ref_id=cid, detail=purpose, **base))
        for tid, description, due in facts.open_tasks:
            out.append(Deadline(DeadlineKind.TASK, due, ref_id=tid, detail=description, **base))
    return out


# How far ahead a kind is shown (default: a week). A correction request shows from the day it arrives (10 days).
HORIZON_DAYS = {DeadlineKind.CONSENT_EXPIRY: CONSENT_WARNING_DAYS, DeadlineKind.CORRECTION_REQUEST: 10}


def relevant(deadlines: list[Deadline], today: date) -> list[Deadline]:
    """Overdue plus due within the week, or consent expiring within 30 days; soonest first."""
    keep = []
    for d in deadlines:
        horizon = HORIZON_DAYS.get(d.kind, DUE_SOON_DAYS)
        if d.due <= today + timedelta(days=horizon):
            keep.append(d)
    return by_urgency(keep)


def next_due(deadlines: list[Deadline]) -> date | None:
    return min((d.due for d in deadlines), default=None)


# Among deadlines due the same day, the one that costs the client most when missed comes first.
KIND_URGENCY = {DeadlineKind.FOLLOW_UP: 0, DeadlineKind.MONITORING: 1, DeadlineKind.PLAN: 2, DeadlineKind.TASK: 3,
                DeadlineKind.CONSENT_EXPIRY: 4, DeadlineKind.CORRECTION_REQUEST: 1}


def by_urgency(deadlines: list[Deadline]) -> list[Deadline]:
    """Most overdue first, then the soonest due; ties by kind (a missed contact before paperwork), then case."""
    return sorted(deadlines, key=lambda d: (d.due, KIND_URGENCY[d.kind], d.case_number))


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, on the month's last day when it is shorter (Jan 31 + 1 → Feb 28)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    last = (date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(day.day, last))


NEAR_DAYS = 14  # a contact already planned this close to a scheduled date stands for it (e.g. one postponed)


def follow_up_dates(closed_on: date, every_months: int, count: int) -> list[date]:
    """The follow-up schedule a termination plans: ``count`` contacts, one every ``every_months`` after closing."""
    return [add_months(closed_on, every_months * i) for i in range(1, count + 1)]


def still_to_plan(schedule: list[date], planned: list[date], today: date) -> list[date]:
    """The scheduled dates worth adding: still ahead, and with no contact planned near them already."""
    return [d for d in schedule if d > today and all(abs((d - p).days) > NEAR_DAYS for p in planned)]
