"""The day's work through the services: follow-ups done or put off from the today list, the follow-up schedule a
termination plans, reopening drops planned contacts, one consent sheet for several purposes, entry defaults."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlmodel import select

from caseapp.domain.deadlines import DeadlineKind, add_months
from caseapp.domain.rules import PendingWarnings
from caseapp.domain.vocab import SnoozeReason, Stage
from caseapp.errors import ValidationError
from caseapp.services import audit, cases, entries
from caseapp.storage.models import AuditEvent, Consent
from tests.dates import today


MONTHLY_3 = {"every_months": 1, "count": 3, "method": "phone"}


def move(vault: Any, case_id: str, target: Stage, reason: str = "테스트 진행") -> None:
    try:
        cases.move_stage(vault, case_id, target)
    except PendingWarnings as pending:
        cases.move_stage(vault, case_id, target, reason, {w.code for w in pending.warnings})


def closed_case(vault: Any, case: Any, closed_on: date | None = None) -> None:
    for target in (Stage.PLANNING, Stage.IMPLEMENTATION, Stage.MONITORING):
        move(vault, case.id, target)
    if closed_on is None:
        closed_on = today() - timedelta(days=25)
    entries.add_termination(vault, case.id, {"terminated_on": closed_on, "reason": "goals_achieved"})
    move(vault, case.id, Stage.TERMINATION)


def follow_up_deadlines(vault: Any) -> list[Any]:
    return [d for d in cases.upcoming_deadlines(vault) if d.kind is DeadlineKind.FOLLOW_UP]


def test_termination_plans_a_monthly_schedule_once(vault: Any, case: Any) -> None:
    closed_on = today() - timedelta(days=25)
    closed_case(vault, case, closed_on)
    made = entries.schedule_follow_ups(vault, case.id, MONTHLY_3)
    assert [f.due_on for f in made] == [add_months(closed_on, i) for i in (1, 2, 3)]
    assert entries.schedule_follow_ups(vault, case.id, MONTHLY_3) == []  # not planned twice
    assert len(entries.schedule_follow_ups(vault, case.id, {**MONTHLY_3, "every_months": 2})) == 2  # month 2 exists
    assert [d.due for d in follow_up_deadlines(vault)] == [add_months(closed_on, 1)]  # due within the week


def test_a_late_schedule_plans_only_what_is_still_ahead(vault: Any, case: Any) -> None:
    closed_on = today() - timedelta(days=70)
    closed_case(vault, case, closed_on)
    made = entries.schedule_follow_ups(vault, case.id, MONTHLY_3)
    assert [f.due_on for f in made] == [add_months(closed_on, 3)]  # months 1 and 2 have passed
    assert follow_up_deadlines(vault) == []  # nothing instantly overdue


def test_a_postponed_contact_stands_for_its_slot(vault: Any, case: Any) -> None:
    closed_case(vault, case)
    first = entries.schedule_follow_ups(vault, case.id, {**MONTHLY_3, "count": 1})[0]
    entries.snooze_follow_up(vault, first.id, {"until": first.due_on + timedelta(days=10), "reason": "away"})
    assert entries.schedule_follow_ups(vault, case.id, {**MONTHLY_3, "count": 1}) == []
    with pytest.raises(ValidationError):
        entries.schedule_follow_ups(vault, case.id, {**MONTHLY_3, "every_months": 0})
    with pytest.raises(ValidationError):
        entries.schedule_follow_ups(vault, case.id, {**MONTHLY_3, "count": 13})


def test_no_schedule_without_a_termination_date(vault: Any, case: Any) -> None:
    with pytest.raises(ValidationError) as info:
        entries.schedule_follow_ups(vault, case.id, MONTHLY_3)
    assert "종결" in info.value.message("ko")
    assert cases.snapshot(vault, case.id).follow_ups == []


def test_reopening_drops_planned_contacts_but_keeps_what_was_written(vault: Any, case: Any) -> None:
    closed_case(vault, case)
    planned, noted, _third = entries.schedule_follow_ups(vault, case.id, MONTHLY_3)
    entries.edit(vault, "follow_up", noted.id, {"result": "문자 남김"})
    done = entries.add(vault, case.id, "follow_up", {"due_on": today() - timedelta(days=3), "done_on": today(),
                                                     "result": "잘 지내심"})
    move(vault, case.id, Stage.FOLLOW_UP)
    cases.move_stage(vault, case.id, Stage.INTAKE, "다시 주거 위기")
    left = {f.id for f in cases.snapshot(vault, case.id).follow_ups}
    assert left == {noted.id, done.id}
    assert follow_up_deadlines(vault) == []  # the open case has no follow-up contact due
    with vault.session() as s:
        deleted = s.exec(select(AuditEvent).where(AuditEvent.action == "delete",
                                                  AuditEvent.entity_id == planned.id)).one()
        assert "reopened" in deleted.detail
        assert audit.verify_chain(s) == []


def test_snooze_moves_the_date_and_keeps_the_reason(vault: Any, case: Any) -> None:
    closed_case(vault, case)
    first = entries.schedule_follow_ups(vault, case.id, {**MONTHLY_3, "count": 1})[0]
    until = today() + timedelta(days=7)
    entries.snooze_follow_up(vault, first.id, {"until": until, "reason": SnoozeReason.NO_ANSWER.value,
                                               "note": "두 번 전화함"})
    row = cases.snapshot(vault, case.id).follow_ups[0]
    assert row.due_on == until and row.done_on is None
    assert f"{first.due_on.isoformat()} → {until.isoformat()}: 연락 안 됨 (두 번 전화함)" in row.result
    assert follow_up_deadlines(vault)[0].due == until
    history = cases.case_history(vault, case.id)
    assert any(e.action == "snooze" and e.detail.endswith(":no_answer") for e in history)


@pytest.mark.parametrize("until, reason, note", [
    (today(), "no_answer", ""),  # not after today
    (today() - timedelta(days=3), "no_answer", ""),
    (today() + timedelta(days=3), "bored", ""),  # not on the list
    (today() + timedelta(days=3), "other", "  "),  # "other" says why
    ("내일", "no_answer", ""),
])
def test_a_bad_snooze_changes_nothing(vault: Any, case: Any, until: Any, reason: str, note: str) -> None:
    closed_case(vault, case)
    first = entries.schedule_follow_ups(vault, case.id, {**MONTHLY_3, "count": 1})[0]
    with pytest.raises(ValidationError):
        entries.snooze_follow_up(vault, first.id, {"until": until, "reason": reason, "note": note})
    row = cases.snapshot(vault, case.id).follow_ups[0]
    assert (row.due_on, row.result) == (first.due_on, "")


def test_done_from_the_list_leaves_the_list(vault: Any, case: Any) -> None:
    closed_case(vault, case)
    first = entries.schedule_follow_ups(vault, case.id, {**MONTHLY_3, "count": 1})[0]
    entries.complete_follow_up(vault, first.id, {"result": "잘 지내고 계심", "method": "visit"})
    row = cases.snapshot(vault, case.id).follow_ups[0]
    assert (row.done_on, row.result, row.method) == (today(), "잘 지내고 계심", "visit")
    assert follow_up_deadlines(vault) == []
    assert any(e.action == "done" for e in cases.case_history(vault, case.id))
    with pytest.raises(ValidationError):
        entries.complete_follow_up(vault, first.id)  # done once is done
    with pytest.raises(ValidationError):
        entries.snooze_follow_up(vault, first.id, {"until": today() + timedelta(days=3), "reason": "no_answer"})


def test_done_cannot_be_in_the_future(vault: Any, case: Any) -> None:
    closed_case(vault, case)
    first = entries.schedule_follow_ups(vault, case.id, {**MONTHLY_3, "count": 1})[0]
    with pytest.raises(ValidationError):
        entries.complete_follow_up(vault, first.id, {"done_on": today() + timedelta(days=5)})
    assert cases.snapshot(vault, case.id).follow_ups[0].done_on is None


def test_one_consent_sheet_records_each_purpose_given_together(vault: Any, case: Any) -> None:
    given = today() - timedelta(days=2)
    made = entries.add_consents(vault, case.id, {"purposes": ["service", "personal_info", "sharing", "service"],
                                                 "given_on": given, "method": "written",
                                                 "expires_on": today() + timedelta(days=365), "notes": "동의서 1매"})
    assert [c.purpose for c in made] == ["service", "personal_info", "sharing"]
    snap = cases.snapshot(vault, case.id)
    assert {(c.purpose, c.given_on, c.method, c.notes) for c in snap.consents} == {
        (p, given, "written", "동의서 1매") for p in ("service", "personal_info", "sharing")}
    with vault.session() as s:
        assert cases.facts_for(s, case.id).service_consent_given


@pytest.mark.parametrize("values", [
    {"purposes": []},
    {"purposes": ["service", "lottery"]},
    {"purposes": ["service"], "given_on": "어제"},
    {"purposes": ["service"], "given_on": today() + timedelta(days=30)},  # a sheet signed next month is a typo
])
def test_a_bad_consent_sheet_saves_nothing(vault: Any, case: Any, values: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        entries.add_consents(vault, case.id, values)
    with vault.session() as s:
        assert s.exec(select(Consent)).all() == []


def test_new_entries_start_from_the_last_type_and_mode(vault: Any, case: Any) -> None:
    assert entries.last_entry_choices(vault) == ("counselling", "phone")
    entries.add_service_entry(vault, case.id, "collaborative", "동행", contact_mode="outreach")
    entries.add_service_entry(vault, case.id, "education_training", "가계부", contact_mode="home_visit")
    assert entries.last_entry_choices(vault) == ("education_training", "home_visit")

