"""Stage moves: one step forward with gentle warnings, back only with a reason, never skipping."""

from __future__ import annotations

from datetime import date

import pytest

from caseapp.domain.deadlines import CaseFacts
from caseapp.domain.rules import PendingWarnings, TransitionError, check_transition, warnings_for_advance
from caseapp.domain.vocab import Stage


def facts(**kw: object) -> CaseFacts:
    base: dict[str, object] = dict(case_id="c", case_number="2026-0001", client_name="", stage=Stage.INTAKE,
                                   opened_on=date(2026, 1, 1), stage_since=date(2026, 1, 1))
    base.update(kw)
    return CaseFacts(**base)  # type: ignore[arg-type]


def test_skipping_a_stage_is_refused() -> None:
    with pytest.raises(TransitionError) as info:
        check_transition(Stage.INTAKE, Stage.IMPLEMENTATION, "급함", set(), facts())
    assert "skipped" in info.value.label.en


def test_same_stage_is_refused() -> None:
    with pytest.raises(TransitionError):
        check_transition(Stage.PLANNING, Stage.PLANNING, "", set(), facts())


def test_moving_back_needs_a_reason() -> None:
    with pytest.raises(TransitionError):
        check_transition(Stage.MONITORING, Stage.PLANNING, "  ", set(), facts())
    assert check_transition(Stage.MONITORING, Stage.PLANNING, "재사정 결과 목표 수정", set(), facts()) == []


def test_forward_warnings_until_the_practice_is_recorded() -> None:
    assert {w.code for w in warnings_for_advance(facts(), Stage.PLANNING)} == {"no_consent", "no_assessment"}
    ready = facts(service_consent_given=True, assessment_count=1)
    assert check_transition(Stage.INTAKE, Stage.PLANNING, "", set(), ready) == []
    assert {w.code for w in warnings_for_advance(facts(goal_count=1), Stage.IMPLEMENTATION)} == {"no_client_task"}
    assert {w.code for w in warnings_for_advance(facts(), Stage.MONITORING)} == {"no_service"}
    assert {w.code for w in warnings_for_advance(facts(), Stage.TERMINATION)} == \
        {"no_review", "no_termination", "unchecked_checklist"}
    assert {w.code for w in warnings_for_advance(facts(), Stage.FOLLOW_UP)} == {"no_termination", "no_follow_up"}


def test_overriding_warnings_needs_every_code_and_a_reason() -> None:
    with pytest.raises(PendingWarnings) as info:
        check_transition(Stage.INTAKE, Stage.PLANNING, "구두 동의", {"no_consent"}, facts())
    assert [w.code for w in info.value.warnings] == ["no_assessment"]
    with pytest.raises(TransitionError):
        check_transition(Stage.INTAKE, Stage.PLANNING, "", {"no_consent", "no_assessment"}, facts())
    used = check_transition(Stage.INTAKE, Stage.PLANNING, "구두 동의", {"no_consent", "no_assessment"}, facts())
    assert {w.code for w in used} == {"no_consent", "no_assessment"}


def test_moving_to_termination_names_the_unticked_checklist_items() -> None:
    ready = facts(stage=Stage.MONITORING, review_count=1, has_termination=True,
                  checked={("termination", "acknowledge_change"), ("termination", "encourage")})
    [warning] = warnings_for_advance(ready, Stage.TERMINATION)
    assert warning.code == "unchecked_checklist"
    assert "사후관리 계획" in warning.label.ko and "Plan follow-up" in warning.label.en
    assert "격려" not in warning.label.ko
    ready.checked.add(("termination", "plan_follow_up"))
    assert check_transition(Stage.MONITORING, Stage.TERMINATION, "", set(), ready) == []
    with pytest.raises(PendingWarnings) as info:
        check_transition(Stage.MONITORING, Stage.TERMINATION, "", set(), facts(stage=Stage.MONITORING, review_count=1))
    assert {w.code for w in info.value.warnings} == {"no_termination", "unchecked_checklist"}
