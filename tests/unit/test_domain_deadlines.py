"""Deadlines: plan within 30 days, monitoring cadence, follow-ups, consent expiry, and the this-week filter."""

from __future__ import annotations

from datetime import date, timedelta

from caseapp.domain.deadlines import (
    CaseFacts, Deadline, DeadlineKind, add_months, by_urgency, deadlines_for, follow_up_dates, next_due, plan_due,
    relevant, still_to_plan,
)
from caseapp.domain.vocab import Stage

TODAY = date(2026, 6, 15)


def facts(**kw: object) -> CaseFacts:
    base: dict[str, object] = dict(case_id="c1", case_number="2026-0001", client_name="김민수", stage=Stage.INTAKE,
                                   opened_on=date(2026, 6, 1), stage_since=date(2026, 6, 1))
    base.update(kw)
    return CaseFacts(**base)  # type: ignore[arg-type]


def kinds(f: CaseFacts) -> dict[DeadlineKind, date]:
    return {d.kind: d.due for d in deadlines_for(f)}


def test_plan_due_thirty_days_after_intake() -> None:
    assert plan_due(date(2026, 6, 1)) == date(2026, 7, 1)
    assert kinds(facts(assessment_count=1)) == {DeadlineKind.PLAN: date(2026, 7, 1)}


def test_no_plan_deadline_once_a_goal_exists_or_after_planning() -> None:
    assert DeadlineKind.PLAN not in kinds(facts(stage=Stage.PLANNING, goal_count=1))
    assert DeadlineKind.PLAN not in kinds(facts(stage=Stage.IMPLEMENTATION))


def test_monitoring_follows_last_review_then_implementation_start() -> None:
    f = facts(stage=Stage.IMPLEMENTATION, stage_since=date(2026, 3, 1), implementation_since=date(2026, 3, 1),
              monitoring_interval_days=30)
    assert kinds(f)[DeadlineKind.MONITORING] == date(2026, 3, 31)
    f.last_review_on = date(2026, 5, 20)
    assert kinds(f)[DeadlineKind.MONITORING] == date(2026, 6, 19)


def test_follow_ups_and_consent_expiry() -> None:
    f = facts(stage=Stage.MONITORING, open_follow_ups=[("f1", date(2026, 6, 10))],
              consents=[("k1", "sharing", date(2026, 7, 1), None), ("k2", "photos", date(2026, 6, 1), date(2026, 5, 1))])
    found = deadlines_for(f)
    assert {(d.kind, d.ref_id) for d in found} >= {(DeadlineKind.CONSENT_EXPIRY, "k1")}
    assert all(d.ref_id != "k2" for d in found)  # withdrawn consent does not expire
    assert DeadlineKind.FOLLOW_UP not in kinds(f)  # an active (e.g. reopened) case has no follow-up contact due
    assert kinds(facts(stage=Stage.FOLLOW_UP, open_follow_ups=[("f1", date(2026, 6, 10))]))[DeadlineKind.FOLLOW_UP] \
        == date(2026, 6, 10)
    closed = facts(stage=Stage.FOLLOW_UP, consents=[("k1", "sharing", date(2026, 7, 1), None)])
    assert DeadlineKind.CONSENT_EXPIRY not in kinds(closed)


def test_overdue_and_this_week() -> None:
    f = facts(stage=Stage.IMPLEMENTATION, implementation_since=TODAY - timedelta(days=40),
              stage_since=TODAY - timedelta(days=40), open_tasks=[("t1", "서류 준비", TODAY + timedelta(days=3))])
    by_kind = {d.kind: d for d in deadlines_for(f)}
    assert by_kind[DeadlineKind.MONITORING].is_overdue(TODAY)
    assert by_kind[DeadlineKind.TASK].is_due_this_week(TODAY) and not by_kind[DeadlineKind.TASK].is_overdue(TODAY)
    assert by_kind[DeadlineKind.TASK].days_left(TODAY) == 3


def test_relevant_keeps_overdue_week_and_month_for_consents_sorted() -> None:
    f = facts(stage=Stage.MONITORING, stage_since=TODAY, implementation_since=TODAY, last_review_on=TODAY,
              open_tasks=[("t1", "a", TODAY + timedelta(days=20)), ("t2", "b", TODAY - timedelta(days=2))],
              consents=[("k1", "sharing", TODAY + timedelta(days=25), None)])
    kept = relevant(deadlines_for(f), TODAY)
    assert [d.ref_id for d in kept] == ["t2", "k1"]
    assert next_due(deadlines_for(f)) == TODAY - timedelta(days=2)
    assert next_due([]) is None


def test_urgency_puts_the_most_overdue_first_and_a_missed_contact_before_paperwork() -> None:
    def d(kind: DeadlineKind, due: date, number: str = "2026-0001") -> Deadline:
        return Deadline(kind, due, "c", number)
    listed = by_urgency([d(DeadlineKind.CONSENT_EXPIRY, TODAY), d(DeadlineKind.PLAN, TODAY + timedelta(days=3)),
                         d(DeadlineKind.FOLLOW_UP, TODAY), d(DeadlineKind.MONITORING, TODAY - timedelta(days=9))])
    assert [x.kind for x in listed] == [DeadlineKind.MONITORING, DeadlineKind.FOLLOW_UP, DeadlineKind.CONSENT_EXPIRY,
                                        DeadlineKind.PLAN]
    assert relevant(listed, TODAY) == listed


def test_months_keep_the_day_or_end_of_month() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 15), 2) == date(2027, 1, 15)
    assert add_months(date(2028, 1, 29), 1) == date(2028, 2, 29)
    assert follow_up_dates(date(2026, 6, 30), 1, 3) == [date(2026, 7, 30), date(2026, 8, 30), date(2026, 9, 30)]
    assert follow_up_dates(date(2026, 6, 30), 2, 2) == [date(2026, 8, 30), date(2026, 10, 30)]


def test_only_dates_ahead_and_away_from_a_planned_contact_are_still_to_plan() -> None:
    schedule = follow_up_dates(date(2026, 5, 1), 1, 3)  # Jun 1, Jul 1, Aug 1
    assert still_to_plan(schedule, [], TODAY) == [date(2026, 7, 1), date(2026, 8, 1)]  # Jun 1 has passed
    assert still_to_plan(schedule, [date(2026, 7, 10)], TODAY) == [date(2026, 8, 1)]  # postponed Jul contact
    assert still_to_plan(schedule, [date(2026, 7, 17)], TODAY) == [date(2026, 7, 1), date(2026, 8, 1)]  # 16, 15 days
