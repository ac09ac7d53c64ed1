"""The official clock: 욕구·위기도 조사 within 10 days of 접수, 선정 within 5 days of it, the plan within 15 days of
selection and 30 of intake, monitoring by selection level — all from the rules table, and the agency's numbers."""

from __future__ import annotations

from datetime import date

import pytest

from caseapp.domain.deadlines import (
    DEFAULT_RULES, RULES, CaseFacts, DeadlineKind, DeadlineRules, RuleError, deadlines_for,
)
from caseapp.domain.vocab import Stage

OPENED = date(2026, 6, 1)


def facts(**kw: object) -> CaseFacts:
    base: dict[str, object] = dict(case_id="c1", case_number="2026-0001", client_name="김민수", stage=Stage.INTAKE,
                                   opened_on=OPENED, stage_since=OPENED)
    base.update(kw)
    return CaseFacts(**base)  # type: ignore[arg-type]


def due(f: CaseFacts, rules: DeadlineRules = DEFAULT_RULES) -> dict[DeadlineKind, date]:
    return {d.kind: d.due for d in deadlines_for(f, rules)}


def test_defaults_follow_the_guidance() -> None:
    assert due(facts()) == {DeadlineKind.ASSESSMENT: date(2026, 6, 11), DeadlineKind.PLAN: date(2026, 7, 1)}
    assessed = facts(assessment_count=1, first_assessed_on=date(2026, 6, 8))
    assert due(assessed) == {DeadlineKind.SELECTION: date(2026, 6, 13), DeadlineKind.PLAN: date(2026, 7, 1)}


def test_plan_within_fifteen_days_of_selection_but_never_later_than_thirty_of_intake() -> None:
    early = facts(stage=Stage.PLANNING, assessment_count=1, selected_on=date(2026, 6, 5))
    assert due(early) == {DeadlineKind.PLAN: date(2026, 6, 20)}
    late = facts(stage=Stage.PLANNING, assessment_count=1, selected_on=date(2026, 6, 25))
    assert due(late) == {DeadlineKind.PLAN: date(2026, 7, 1)}


def test_selection_is_due_only_while_in_intake_and_not_yet_selected() -> None:
    base = dict(assessment_count=1, first_assessed_on=date(2026, 6, 8))
    assert DeadlineKind.SELECTION not in due(facts(selected_on=date(2026, 6, 10), **base))
    assert DeadlineKind.SELECTION not in due(facts(stage=Stage.PLANNING, **base))


def test_monitoring_interval_by_level_unless_the_case_sets_its_own() -> None:
    running = dict(stage=Stage.IMPLEMENTATION, implementation_since=date(2026, 7, 1))
    assert due(facts(selection_level="intensive", **running))[DeadlineKind.MONITORING] == date(2026, 7, 31)
    assert due(facts(selection_level="general", **running))[DeadlineKind.MONITORING] == date(2026, 9, 29)
    assert due(facts(selection_level=None, **running))[DeadlineKind.MONITORING] == date(2026, 7, 31)
    own = facts(selection_level="general", monitoring_interval_days=14, **running)
    assert due(own)[DeadlineKind.MONITORING] == date(2026, 7, 15)


def test_changed_rules_move_every_deadline() -> None:
    rules = DeadlineRules.from_mapping({"assessment_within_days": 7, "selection_within_days": 3,
                                        "plan_after_selection_days": 10, "plan_within_days": 20,
                                        "monitoring_general_days": 60})
    assert due(facts(), rules) == {DeadlineKind.ASSESSMENT: date(2026, 6, 8), DeadlineKind.PLAN: date(2026, 6, 21)}
    assert due(facts(assessment_count=1, first_assessed_on=date(2026, 6, 4)), rules)[DeadlineKind.SELECTION] \
        == date(2026, 6, 7)
    assert due(facts(stage=Stage.PLANNING, selected_on=date(2026, 6, 5)), rules)[DeadlineKind.PLAN] \
        == date(2026, 6, 15)
    running = facts(stage=Stage.MONITORING, implementation_since=date(2026, 7, 1), selection_level="general")
    assert due(running, rules)[DeadlineKind.MONITORING] == date(2026, 8, 30)


def test_bad_numbers_are_refused_when_typed_and_ignored_when_stored() -> None:
    with pytest.raises(RuleError, match="between 1 and 365"):
        DeadlineRules.from_mapping({"assessment_within_days": 0})
    with pytest.raises(RuleError, match="Unknown"):
        DeadlineRules.from_mapping({"asessment_within_days": 7})
    with pytest.raises(RuleError):
        DeadlineRules.from_mapping({"plan_within_days": "열흘"})
    damaged = DeadlineRules.from_mapping({"plan_within_days": "x", "selection_within_days": 4, "old": 1},
                                         strict=False)
    assert damaged.plan_within_days == 30 and damaged.selection_within_days == 4


def test_the_table_names_every_rule_with_both_languages() -> None:
    assert [r.name for r in RULES] == list(DEFAULT_RULES.to_dict())
    assert all(r.label.ko and r.label.en and r.minimum <= r.default <= r.maximum for r in RULES)


@pytest.mark.parametrize("level", ["linkage_only", "information_only"])
def test_a_case_not_selected_awaits_closing_or_referral_not_a_plan(level: str) -> None:
    """미선정: no plan and no assessment clock; what is still owed (tasks, consent renewals, follow-ups) stays."""
    decided = date(2026, 6, 9)
    not_selected = facts(selected_on=decided, selection_level=level,
                         open_tasks=[("t1", "주민센터 연계", date(2026, 6, 20))],
                         consents=[("k1", "service", date(2026, 12, 31), None)])
    assert due(not_selected) == {DeadlineKind.TASK: date(2026, 6, 20), DeadlineKind.CONSENT_EXPIRY: date(2026, 12, 31)}
    planning = facts(stage=Stage.PLANNING, assessment_count=1, selected_on=decided, selection_level=level)
    assert due(planning) == {}
    closed = facts(stage=Stage.FOLLOW_UP, selected_on=decided, selection_level=level,
                   open_follow_ups=[("f1", date(2026, 9, 9))])
    assert due(closed) == {DeadlineKind.FOLLOW_UP: date(2026, 9, 9)}


def test_a_later_decision_to_select_brings_the_plan_clock_back() -> None:
    selected = facts(assessment_count=1, selected_on=date(2026, 6, 12), selection_level="general")
    assert due(selected) == {DeadlineKind.PLAN: date(2026, 6, 27)}
