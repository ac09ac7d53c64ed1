"""Conferences with attendees, supervision, confirmations, per-goal review detail and closing outcomes: saved,
shown by ``show --json``, found by search, and locked with their record once it is signed."""

from __future__ import annotations

from typing import Any

import pytest
from sqlmodel import select

from caseapp.cli import snapshot_json
from caseapp.errors import LockedEntry, ValidationError
from caseapp.services import cases, conference_records, entries, outcome_records, search


def _ids(hits: Any) -> set[str]:
    return {h.entity_id for h in hits}


def test_conference_attendees_by_organisation_are_kept_found_and_locked_when_signed(vault: Any, case: Any) -> None:
    conf = conference_records.add_conference(
        vault, case.id, {"held_on": "2026-03-02", "kind": "solution", "decisions": "주거 이전 지원",
                         "case_summary": "퇴거 위기 가정", "practitioner_view": "긴급 주거 지원 우선",
                         "plan_change": "주거 목표 추가"},
        [{"name": "이수진", "organisation": "주거복지센터", "role": "주거복지사"},
         {"name": "", "organisation": "", "role": ""},  # an empty line left in the table is not an attendee
         {"name": "박정호", "organisation": "행정복지센터", "role": "맞춤형복지팀장"}])
    snap = cases.snapshot(vault, case.id)
    assert [(a.name, a.organisation, a.role) for a in snap.attendees_of(conf.id)] == [
        ("이수진", "주거복지센터", "주거복지사"), ("박정호", "행정복지센터", "맞춤형복지팀장")]
    shown = snapshot_json(snap)["conferences"][0]
    assert shown["kind"] == "solution" and shown["plan_change"] == "주거 목표 추가"
    assert [a["organisation"] for a in shown["attendees"]] == ["주거복지센터", "행정복지센터"]
    assert conf.id in _ids(search.search(vault, "주거복지센터"))

    with pytest.raises(ValidationError):  # an attendee needs a name
        conference_records.edit_conference(vault, conf.id, {}, [{"organisation": "가족센터"}])
    conference_records.edit_conference(vault, conf.id, {}, [{"name": "최민영", "organisation": "가족센터"}])
    assert [a.name for a in cases.snapshot(vault, case.id).attendees_of(conf.id)] == ["최민영"]
    assert conf.id not in _ids(search.search(vault, "주거복지센터"))  # the replaced attendees left the index

    entries.sign_kind(vault, "case_conference", conf.id)
    with pytest.raises(LockedEntry):
        conference_records.edit_conference(vault, conf.id, {}, [{"name": "한미숙"}])
    assert [a.name for a in cases.snapshot(vault, case.id).attendees_of(conf.id)] == ["최민영"]


def test_supervision_record_and_confirmations(vault: Any, case: Any) -> None:
    sup = entries.add(vault, case.id, "supervision", {"held_on": "2026-03-03", "supervisor": "박은정",
                                                       "topic": "자기결정 존중", "agreed_actions": "목표 재확인"})
    with pytest.raises(ValidationError):
        entries.add(vault, case.id, "supervision", {"held_on": "2026-03-03", "topic": "이름 없음"})
    plan = conference_records.confirm(vault, case.id, {"target": "plan", "confirmed_by": "박은정",
                                                       "confirmed_on": "2026-03-04"})
    with pytest.raises(ValidationError):  # no closing yet to confirm
        conference_records.confirm(vault, case.id, {"target": "termination", "confirmed_by": "박은정"})
    term = entries.add_termination(vault, case.id, {"terminated_on": "2026-03-05", "reason": "improved"})
    closing = conference_records.confirm(vault, case.id, {"target": "termination", "confirmed_by": "박은정"})
    assert closing.termination_id == term.id and plan.termination_id is None
    data = snapshot_json(cases.snapshot(vault, case.id))
    assert [s["topic"] for s in data["supervision"]] == ["자기결정 존중"]
    assert [c["target"] for c in data["supervisor_confirmations"]] == ["plan", "termination"]
    assert sup.id in _ids(search.search(vault, "자기결정"))


def test_review_detail_and_goal_outcomes_belong_to_the_case_and_lock_with_their_record(vault: Any, case: Any) -> None:
    goal = entries.add(vault, case.id, "goal", {"statement": "월세를 밀리지 않고 내고 싶어요"})
    task = entries.add(vault, case.id, "plan_task", {"description": "주거급여 신청", "performer": "client",
                                                     "goal_id": goal.id})
    review = entries.add_review(vault, case.id, {"reviewed_on": "2026-03-10", "adherence": "partial",
                                                 "decision": "refer"})
    outcome_records.set_review_detail(vault, review.id, [{"goal_id": goal.id, "before": "4개월 체납",
                                                          "after": "이번 달 납부"}],
                                      [{"task_id": task.id, "performance": "fair", "note": "서류 보완 중"},
                                       {"task_id": task.id, "performance": ""}])  # untouched line: not kept
    snap = cases.snapshot(vault, case.id)
    assert [(c.before, c.after) for c in snap.goal_changes] == [("4개월 체납", "이번 달 납부")]
    assert [r.performance for r in snap.service_ratings] == ["fair"]
    shown = snapshot_json(snap)["reviews"][0]
    assert shown["decision"] == "refer" and shown["goal_changes"][0]["after"] == "이번 달 납부"
    assert review.id in _ids(search.search(vault, "체납"))

    other = cases.open_case(vault, {"name": "정미경"})
    foreign = entries.add(vault, other.id, "goal", {"statement": "다른 사례의 목표"})
    with pytest.raises(ValidationError):
        outcome_records.set_review_detail(vault, review.id, [{"goal_id": foreign.id, "before": "x"}])
    with pytest.raises(ValidationError):
        outcome_records.set_review_detail(vault, review.id, [], [{"task_id": task.id, "performance": "great"}])

    term = entries.add_termination(vault, case.id, {"terminated_on": "2026-03-20", "reason": "goals_achieved"})
    outcome_records.set_goal_outcomes(vault, term.id, [{"goal_id": goal.id, "outcome": "achieved",
                                                        "note": "석 달째 납부"}])
    assert snapshot_json(cases.snapshot(vault, case.id))["terminations"][0]["goal_outcomes"][0]["outcome"] == \
        "achieved"
    entries.sign_kind(vault, "termination", term.id)
    with pytest.raises(LockedEntry):
        outcome_records.set_goal_outcomes(vault, term.id, [])
    entries.sign_kind(vault, "monitoring_review", review.id)
    with pytest.raises(LockedEntry):
        outcome_records.set_review_detail(vault, review.id, [])
    assert len(cases.snapshot(vault, case.id).goal_changes) == 1


def test_closing_eco_map_starts_from_the_intake_map_once(vault: Any, case: Any) -> None:
    entries.add(vault, case.id, "eco_relation", {"name": "딸", "kind": "family", "strength": "stressful"})
    copies = outcome_records.copy_eco_to_closing(vault, case.id)
    snap = cases.snapshot(vault, case.id)
    assert [e.name for e in snap.eco_in("intake")] == ["딸"] == [e.name for e in snap.eco_in("closing")]
    entries.edit(vault, "eco_relation", copies[0].id, {"strength": "strong"})
    assert cases.snapshot(vault, case.id).eco_in("intake")[0].strength == "stressful"  # intake map unchanged
    with pytest.raises(ValidationError):
        outcome_records.copy_eco_to_closing(vault, case.id)


def test_a_follow_up_done_from_the_today_list_records_change_satisfaction_and_re_entry(vault: Any, case: Any) -> None:
    planned = entries.add(vault, case.id, "follow_up", {"due_on": "2026-12-30", "method": "phone"})
    entries.complete_follow_up(vault, planned.id, {"result": "통화함", "observed_change": "월세를 제때 냄",
                                                   "satisfaction": "5", "reopen": True})
    [done] = cases.snapshot(vault, case.id).follow_ups
    assert (done.observed_change, done.satisfaction, done.reopen) == ("월세를 제때 냄", "5", True)
    assert planned.id in _ids(search.search(vault, "제때"))
    with pytest.raises(ValidationError):
        entries.add(vault, case.id, "follow_up", {"due_on": "2026-12-30", "satisfaction": "10"})


def test_redaction_masks_the_text_of_per_goal_rows_but_keeps_their_links(vault: Any, case: Any) -> None:
    from caseapp.domain import forms
    from caseapp.export.content import MASK, Redactor
    from caseapp.storage.models import ReviewGoalChange
    red = Redactor(cases.snapshot(vault, case.id), hide_identity=False)
    goal_id = "a0123456-7890-4abc-8def-0123456789ab"  # "0123456-7890" reads like a phone number
    row = red.row(ReviewGoalChange(review_id="r", goal_id=goal_id, before="집주인 010-2222-3333에게 연락", after=""),
                  forms.REVIEW_GOAL_CHANGE)
    assert row.goal_id == goal_id and row.before == f"집주인 {MASK}에게 연락"


def test_destroying_a_case_removes_its_conference_supervision_and_closing_rows(vault: Any, case: Any) -> None:
    from caseapp.services import destruction
    from caseapp.storage.models import (
        ConferenceAttendee, ReviewGoalChange, ReviewServiceRating, SupervisionRecord, SupervisorConfirmation,
        TerminationGoalOutcome,
    )
    goal = entries.add(vault, case.id, "goal", {"statement": "집을 지키고 싶어요"})
    task = entries.add(vault, case.id, "plan_task", {"description": "주거급여 신청", "performer": "client"})
    conference_records.add_conference(vault, case.id, {"held_on": "2026-03-02", "decisions": "연계"},
                                      [{"name": "이수진", "organisation": "주거복지센터"}])
    entries.add(vault, case.id, "supervision", {"held_on": "2026-03-03", "supervisor": "박은정"})
    review = entries.add_review(vault, case.id, {"reviewed_on": "2026-03-10", "adherence": "full",
                                                 "decision": "continue"})
    outcome_records.set_review_detail(vault, review.id, [{"goal_id": goal.id, "before": "체납"}],
                                      [{"task_id": task.id, "performance": "good"}])
    term = entries.add_termination(vault, case.id, {"terminated_on": "2026-03-20", "reason": "improved"})
    outcome_records.set_goal_outcomes(vault, term.id, [{"goal_id": goal.id, "outcome": "achieved"}])
    conference_records.confirm(vault, case.id, {"target": "termination", "confirmed_by": "박은정"})
    destruction.destroy_case(vault, case.id, "보존기간 경과", require_closed=False)
    with vault.session() as s:
        for model in (ConferenceAttendee, ReviewGoalChange, ReviewServiceRating, TerminationGoalOutcome,
                      SupervisionRecord, SupervisorConfirmation):
            assert s.exec(select(model)).all() == [], model.__tablename__
    assert destruction.personal_data_left(vault) == []
    assert not search.search(vault, "주거복지센터")
