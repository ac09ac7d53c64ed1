"""Deadlines of the practice (the official clock): 욕구·위기도 조사, 선정, plan, monitoring, follow-ups, consent expiry.

Pure functions over :class:`CaseFacts` and :class:`DeadlineRules`; services build the facts from the database and
read the agency's rules from the case file. The numbers live in one table, :data:`RULES`, with the common guidance
(사회보장급여법 제42조의2 practice) as defaults.
"""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass, field
from datetime import date, timedelta

from caseapp.domain.labels import Label
from caseapp.domain.vocab import SelectionLevel, Stage

CONSENT_WARNING_DAYS = 30
DUE_SOON_DAYS = 7
CLOSED_STAGES = (Stage.TERMINATION, Stage.FOLLOW_UP)  # follow-up contacts belong to a closed case only


@dataclass(frozen=True)
class RuleSpec:
    """One number of the clock: its name (a :class:`DeadlineRules` field), label, default and allowed range."""

    name: str
    label: Label
    default: int
    minimum: int = 1
    maximum: int = 365


RULES: tuple[RuleSpec, ...] = (
    RuleSpec("assessment_within_days", Label("욕구·위기도 조사: 접수 후", "Needs & crisis assessment: days after intake"),
             10),
    RuleSpec("selection_within_days", Label("대상자 선정: 조사 후", "Selection: days after the assessment"), 5),
    RuleSpec("plan_after_selection_days", Label("서비스 제공 계획: 선정 후", "Service plan: days after selection"),
             15),
    RuleSpec("plan_within_days", Label("서비스 제공 계획: 접수 후", "Service plan: days after intake"), 30),
    RuleSpec("monitoring_intensive_days", Label("모니터링 주기: 고난도", "Monitoring interval: intensive"), 30,
             7),
    RuleSpec("monitoring_general_days", Label("모니터링 주기: 일반", "Monitoring interval: general"), 90, 7),
    RuleSpec("monitoring_default_days", Label("모니터링 주기: 선정 수준 미상",
                                              "Monitoring interval: level not recorded"), 30, 7),
)

# Selection levels (h1's selection decisions) whose monitoring interval the rules set; other levels use the default.
INTENSIVE_LEVELS = frozenset({SelectionLevel.COMPLEX.value, SelectionLevel.INTENSIVE.value})  # 고난도, 집중
GENERAL_LEVELS = frozenset({SelectionLevel.GENERAL.value})  # 일반
NOT_SELECTED_LEVELS = frozenset(level.value for level in SelectionLevel if not level.selected)  # 미선정


class RuleError(ValueError):
    def __init__(self, label: Label) -> None:
        super().__init__(label.en)
        self.label = label


@dataclass(frozen=True)
class DeadlineRules:
    assessment_within_days: int = 10
    selection_within_days: int = 5
    plan_after_selection_days: int = 15
    plan_within_days: int = 30
    monitoring_intensive_days: int = 30
    monitoring_general_days: int = 90
    monitoring_default_days: int = 30

    @classmethod
    def from_mapping(cls, values: dict[str, object], *, strict: bool = True) -> "DeadlineRules":
        """Rules from stored or typed values; unknown names and out-of-range numbers raise RuleError when
        ``strict``, else fall back to the default (a damaged stored value never stops the clock)."""
        known = {r.name: r for r in RULES}
        unknown = sorted(set(values) - set(known))
        if unknown and strict:
            raise RuleError(Label(f"알 수 없는 기한 규칙: {', '.join(unknown)}", f"Unknown deadline rule(s): "
                                                                             f"{', '.join(unknown)}"))
        out: dict[str, int] = {}
        for name, spec in known.items():
            if name not in values:
                continue
            raw = values[name]
            try:
                number = int(str(raw).strip()) if not isinstance(raw, bool) else None
            except ValueError:
                number = None
            if number is None or not spec.minimum <= number <= spec.maximum:
                if strict:
                    raise RuleError(Label(f"‘{spec.label.ko}’: {spec.minimum}–{spec.maximum} 사이여야 합니다.",
                                          f"‘{spec.label.en}’: must be between {spec.minimum} and {spec.maximum}."))
                continue
            out[name] = number
        return cls(**out)

    def to_dict(self) -> dict[str, int]:
        return {r.name: getattr(self, r.name) for r in RULES}

    def monitoring_days(self, selection_level: str | None) -> int:
        if selection_level in INTENSIVE_LEVELS:
            return self.monitoring_intensive_days
        if selection_level in GENERAL_LEVELS:
            return self.monitoring_general_days
        return self.monitoring_default_days


DEFAULT_RULES = DeadlineRules()
assert DEFAULT_RULES.to_dict() == {r.name: r.default for r in RULES}, "RULES and DeadlineRules disagree"

RULES_KEY = "deadline_rules"  # the file's Meta key that holds the agency's deadline numbers (services.deadline_rules)


def stored_rules(text: str | None) -> DeadlineRules:
    """The rules as the file keeps them (JSON in ``Meta``); the guidance defaults when none or damaged."""
    if not text:
        return DEFAULT_RULES
    try:
        stored = json.loads(text)
    except ValueError:
        return DEFAULT_RULES
    return DeadlineRules.from_mapping(stored, strict=False) if isinstance(stored, dict) else DEFAULT_RULES
PLAN_WITHIN_DAYS = DEFAULT_RULES.plan_within_days  # the guidance's number, for statistics that report against it


class DeadlineKind(enum.Enum):
    ASSESSMENT = Label("욕구·위기도 조사 기한", "Needs & crisis assessment due")
    SELECTION = Label("대상자 선정 기한", "Selection due")
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
    monitoring_interval_days: int | None = None  # set for this case; None: the rules' interval for its level
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
    first_assessed_on: date | None = None  # the first 욕구·위기도 조사
    selected_on: date | None = None  # 선정 decided at a case conference (None: not recorded / not known)
    selection_level: str | None = None  # vocab.SelectionLevel code of the decision in force; None when none


def plan_due(opened_on: date, selected_on: date | None = None, rules: DeadlineRules = DEFAULT_RULES) -> date:
    """Within ``plan_within_days`` of intake and, once selected, within ``plan_after_selection_days`` of that."""
    due = opened_on + timedelta(days=rules.plan_within_days)
    if selected_on is not None:
        due = min(due, selected_on + timedelta(days=rules.plan_after_selection_days))
    return due


def monitoring_interval(facts: CaseFacts, rules: DeadlineRules = DEFAULT_RULES) -> int:
    """The interval set for the case, else the agency's interval for its selection level."""
    return facts.monitoring_interval_days or rules.monitoring_days(facts.selection_level)


def not_selected(facts: CaseFacts) -> bool:
    """The decision in force is 미선정 (단순 서비스 연계, 정보 제공 후 종결)."""
    return facts.selection_level in NOT_SELECTED_LEVELS


def deadlines_for(facts: CaseFacts, rules: DeadlineRules = DEFAULT_RULES) -> list[Deadline]:
    out: list[Deadline] = []
    base = dict(case_id=facts.case_id, case_number=facts.case_number, client_name=facts.client_name)
    active = facts.stage in (Stage.INTAKE, Stage.PLANNING, Stage.IMPLEMENTATION, Stage.MONITORING)
    # A case not selected for case management is linked to a service or given information and then closed: no
    # plan is owed, nor the assessment that prepares one. What it still owes a person (a task promised, a consent
    # to renew, a follow-up after closing) keeps its date. A later decision to select it brings the clock back.
    awaits_closing = not_selected(facts)
    if facts.stage is Stage.INTAKE and facts.assessment_count == 0 and not awaits_closing:
        out.append(Deadline(DeadlineKind.ASSESSMENT, facts.opened_on + timedelta(days=rules.assessment_within_days),
                            **base))
    if facts.stage is Stage.INTAKE and facts.first_assessed_on is not None and facts.selected_on is None:
        # Moving to planning means the case was selected, so only an intake-stage case can be late for it.
        out.append(Deadline(DeadlineKind.SELECTION,
                            facts.first_assessed_on + timedelta(days=rules.selection_within_days), **base))
    if facts.stage in (Stage.INTAKE, Stage.PLANNING) and facts.goal_count == 0 and not awaits_closing:
        out.append(Deadline(DeadlineKind.PLAN, plan_due(facts.opened_on, facts.selected_on, rules), **base))
    if facts.stage in (Stage.IMPLEMENTATION, Stage.MONITORING):
        since = facts.last_review_on or facts.implementation_since or facts.stage_since
        out.append(Deadline(DeadlineKind.MONITORING, since + timedelta(days=monitoring_interval(facts, rules)),
                            **base))
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
KIND_URGENCY = {DeadlineKind.FOLLOW_UP: 0, DeadlineKind.MONITORING: 1, DeadlineKind.CORRECTION_REQUEST: 1,
                DeadlineKind.ASSESSMENT: 2, DeadlineKind.SELECTION: 3, DeadlineKind.PLAN: 4, DeadlineKind.TASK: 5,
                DeadlineKind.CONSENT_EXPIRY: 6}


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
