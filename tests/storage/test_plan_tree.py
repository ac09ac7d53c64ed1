"""The plan's goal tree (장기 goals with 단기 goals under them), the service-row fields and the client's agreement."""

from __future__ import annotations

from datetime import date

import pytest

from caseapp.errors import LockedEntry, ValidationError
from caseapp.services import cases, entries, plan, records
from caseapp.storage.models import Goal, PlanAgreement

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32  # check_signature only looks at the magic and the size


def _goal(vault, case, statement: str, parent=None):  # type: ignore[no-untyped-def]
    values = {"statement": statement}
    if parent is not None:
        values["parent_id"] = parent.id
    return entries.add(vault, case.id, "goal", values)


def _numbers(vault, case) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    snap = cases.snapshot(vault, case.id)
    numbers = snap.goal_numbers()
    return [(numbers[g.id], g.statement) for g in snap.goals]


def test_short_term_goals_sit_under_their_long_term_goal_in_order(vault, case) -> None:  # type: ignore[no-untyped-def]
    housing = _goal(vault, case, "집에서 계속 살고 싶어요")
    work = _goal(vault, case, "일을 다시 하고 싶어요")
    _goal(vault, case, "밀린 월세를 갚는다", parent=housing)
    _goal(vault, case, "고용센터 상담을 받는다", parent=work)
    _goal(vault, case, "주거급여를 신청한다", parent=housing)

    assert _numbers(vault, case) == [("1", "집에서 계속 살고 싶어요"), ("1-1", "밀린 월세를 갚는다"),
                                     ("1-2", "주거급여를 신청한다"), ("2", "일을 다시 하고 싶어요"),
                                     ("2-1", "고용센터 상담을 받는다")]
    snap = cases.snapshot(vault, case.id)
    assert [g.term for g in snap.goals] == ["long", "short", "short", "long", "short"]


def test_moving_a_goal_reorders_its_level_and_its_short_term_goals_follow(vault, case) -> None:  # type: ignore[no-untyped-def]
    first = _goal(vault, case, "A")
    second = _goal(vault, case, "B")
    a1 = _goal(vault, case, "A1", parent=first)
    a2 = _goal(vault, case, "A2", parent=first)

    assert plan.move_goal(vault, second.id, -1)
    assert _numbers(vault, case) == [("1", "B"), ("2", "A"), ("2-1", "A1"), ("2-2", "A2")]
    assert plan.move_goal(vault, a2.id, -1)
    assert _numbers(vault, case) == [("1", "B"), ("2", "A"), ("2-1", "A2"), ("2-2", "A1")]
    assert not plan.move_goal(vault, a2.id, -1)  # already first under its goal
    assert not plan.move_goal(vault, first.id, +1)  # already the last 장기 goal
    del a1


def test_a_goal_can_move_under_another_long_term_goal_but_the_tree_keeps_two_levels(vault, case) -> None:  # type: ignore[no-untyped-def]
    first = _goal(vault, case, "A")
    second = _goal(vault, case, "B")
    child = _goal(vault, case, "A1", parent=first)

    entries.edit_kind(vault, "goal", second.id, {"parent_id": first.id})
    assert _numbers(vault, case) == [("1", "A"), ("1-1", "A1"), ("1-2", "B")]
    assert records.get(vault, Goal, second.id).term == "short"

    with pytest.raises(ValidationError, match="단기 목표 아래"):
        entries.add(vault, case.id, "goal", {"statement": "C", "parent_id": child.id})
    with pytest.raises(ValidationError, match="자기 자신"):
        entries.edit_kind(vault, "goal", first.id, {"parent_id": first.id})
    other = cases.open_case(vault, {"name": "이영희"}, {})
    with pytest.raises(ValidationError, match="이 사례의 목표가 아닙니다"):
        entries.add(vault, other.id, "goal", {"statement": "D", "parent_id": first.id})

    entries.edit_kind(vault, "goal", second.id, {"parent_id": ""})  # back to a 장기 goal, last of its level
    assert _numbers(vault, case) == [("1", "A"), ("1-1", "A1"), ("2", "B")]
    assert records.get(vault, Goal, second.id).term == "long"


def test_a_long_term_goal_with_short_term_goals_cannot_move_under_another(vault, case) -> None:  # type: ignore[no-untyped-def]
    first = _goal(vault, case, "A")
    second = _goal(vault, case, "B")
    _goal(vault, case, "B1", parent=second)
    with pytest.raises(ValidationError, match="딸린"):
        entries.edit_kind(vault, "goal", second.id, {"parent_id": first.id})


def test_a_signed_goal_keeps_its_place_and_verifies(vault, case) -> None:  # type: ignore[no-untyped-def]
    first = entries.add(vault, case.id, "goal", {"statement": "A"}, sign=True)
    second = _goal(vault, case, "B")
    third = _goal(vault, case, "C")
    assert plan.move_goal(vault, third.id, -1)  # B and C swap; the signed A is not renumbered
    assert _numbers(vault, case) == [("1", "A"), ("2", "C"), ("3", "B")]
    with pytest.raises(ValidationError, match="서명된 목표"):
        plan.move_goal(vault, third.id, -1)  # C would take the signed A's place
    assert _numbers(vault, case) == [("1", "A"), ("2", "C"), ("3", "B")]
    del second
    with vault.session() as s:
        assert records.verify_signed(s, Goal) == []
    with pytest.raises(LockedEntry):
        entries.edit_kind(vault, "goal", first.id, {"statement": "changed"})


def test_service_row_keeps_the_plan_form_columns(vault, case) -> None:  # type: ignore[no-untyped-def]
    goal = _goal(vault, case, "집에서 계속 살고 싶어요")
    task = entries.add(vault, case.id, "plan_task", {
        "description": "주거급여 신청 동행", "goal_id": goal.id, "target_person": "본인", "performer": "practitioner",
        "person_in_charge": "최주거", "starts_on": "2026-03-02", "ends_on": "2026-05-31", "frequency_count": "2",
        "frequency_unit": "회/월", "frequency": "첫 주와 셋째 주", "priority": 1})
    assert (task.target_person, task.person_in_charge, task.starts_on, task.ends_on) == \
        ("본인", "최주거", date(2026, 3, 2), date(2026, 5, 31))
    assert (task.frequency_count, task.frequency_unit, task.frequency, task.priority) == \
        (2, "per_month", "첫 주와 셋째 주", 1)
    with pytest.raises(ValidationError, match="빈도"):
        entries.add(vault, case.id, "plan_task", {"description": "x", "performer": "client", "frequency_count": 0})


def test_service_entry_records_contact_target_and_content_kinds(vault, case) -> None:  # type: ignore[no-untyped-def]
    entry = entries.add_service_entry(vault, case.id, "collaborative", "행정복지센터에 함께 가서 신청함",
                                      contact_target="가족", content_kinds=["동행", "info_given"])
    assert (entry.contact_target, entry.content_kinds) == ("family", ["accompanying", "info_given"])
    plain = entries.add_service_entry(vault, case.id, "counselling", "전화 상담")
    assert (plain.contact_target, plain.content_kinds) == (None, [])
    with pytest.raises(ValidationError, match="내용 구분"):
        entries.add_service_entry(vault, case.id, "counselling", "x", content_kinds=["잡담"])


def test_agreement_with_a_drawn_signature_is_kept_with_the_case(vault, case) -> None:  # type: ignore[no-untyped-def]
    row = plan.add_agreement(vault, case.id, {"agreed_on": "2026-03-02", "method": "화면 서명"}, signature=PNG)
    snap = cases.snapshot(vault, case.id)
    assert [(a.agreed_on, a.method, a.signature_png) for a in snap.agreements] == \
        [(date(2026, 3, 2), "signed_screen", PNG)]
    plan.edit_agreement(vault, row.id, {"notes": "계획서 사본 전달"})
    assert records.get(vault, PlanAgreement, row.id).signature_png == PNG  # kept unless replaced
    plan.edit_agreement(vault, row.id, {}, signature=None, replace_signature=True)
    assert records.get(vault, PlanAgreement, row.id).signature_png is None


def test_agreement_rejects_what_is_not_a_signature_or_lacks_the_guardian(vault, case) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError, match="PNG"):
        plan.add_agreement(vault, case.id, {"method": "signed_screen"}, signature=b"GIF89a....")
    with pytest.raises(ValidationError, match="보호자 성명"):
        plan.add_agreement(vault, case.id, {"method": "guardian"})
    row = plan.add_agreement(vault, case.id, {"method": "guardian", "guardian_name": "박순자",
                                              "guardian_relation": "모"}, signature=b"")
    assert row.signature_png is None  # an empty canvas is not a signature
    assert cases.snapshot(vault, case.id).agreements[0].guardian_name == "박순자"


def test_show_json_and_text_carry_the_tree_and_the_agreement(vault, case) -> None:  # type: ignore[no-untyped-def]
    import json

    from caseapp.cli import snapshot_json, snapshot_text
    long_goal = _goal(vault, case, "집에서 계속 살고 싶어요")
    _goal(vault, case, "밀린 월세를 갚는다", parent=long_goal)
    entries.add(vault, case.id, "plan_task", {"description": "주거급여 신청", "goal_id": long_goal.id,
                                              "performer": "client", "frequency_count": 1, "frequency_unit": "per_week"})
    plan.add_agreement(vault, case.id, {"agreed_on": "2026-03-02", "method": "signed_screen"}, signature=PNG)
    snap = cases.snapshot(vault, case.id)
    data = json.loads(json.dumps(snapshot_json(snap)))  # the JSON must serialise (no bytes)
    assert [(g["number"], g["term"], g["parent_id"]) for g in data["goals"]] == \
        [("1", "long", None), ("1-1", "short", long_goal.id)]
    assert data["tasks"][0]["frequency_count"] == 1 and data["tasks"][0]["frequency_unit"] == "per_week"
    assert (data["plan_agreements"][0]["method"], data["plan_agreements"][0]["has_signature"],
            data["plan_agreements"][0]["signature_png"]) == ("signed_screen", True, None)
    text = snapshot_text(snap, "ko")
    assert "장기 목표 1" in text and "단기 목표 1-1" in text and "과업 (목표 1)" in text
    assert "계획 동의" in text and "화면 서명 있음" in text


def test_new_plan_text_is_found_by_search(vault, case) -> None:  # type: ignore[no-untyped-def]
    from caseapp.services import search
    goal = _goal(vault, case, "집에서 계속 살고 싶어요")
    task = entries.add(vault, case.id, "plan_task", {"description": "주거비 상담", "goal_id": goal.id,
                                                     "performer": "resource", "person_in_charge": "최주거",
                                                     "target_person": "큰딸 민지"})
    agreement = plan.add_agreement(vault, case.id, {"method": "guardian", "guardian_name": "박순자",
                                                    "notes": "계획서 사본 전달"})
    assert [h.entity_id for h in search.search(vault, "최주거")] == [task.id]
    assert task.id in [h.entity_id for h in search.search(vault, "민지")]  # 2-syllable Korean
    hits = search.search(vault, "사본 전달")
    assert [h.entity_id for h in hits] == [agreement.id]
    assert hits[0].title.startswith("계획 동의")
