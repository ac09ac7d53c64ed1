"""Every kind of case record goes in through the services and comes back the same after the file is reopened."""

from __future__ import annotations

from datetime import date

from sqlmodel import select

from caseapp.domain.vocab import NeedArea, Stage
from caseapp.services import cases, entries, records
from caseapp.services.vault import Vault
from caseapp.storage.models import AuditEvent, Client, HouseholdMember
from tests.conftest import PASSPHRASE


def _reopen(vault: Vault) -> Vault:
    vault.close()
    return Vault.open(PASSPHRASE)


def test_client_household_and_case_survive_reopen(data_dir, vault) -> None:
    case = cases.open_case(
        vault,
        {"name": "이순자", "birth_date": "1948-02-03", "sex": "여", "phone": "010-1111-2222",
         "address": "강원특별자치도 평창군 대화면 1", "referral_source": "마을 이장",
         "vulnerability_flags": ["독거", "older_adult"]},
        {"opened_on": "2026-03-01", "presenting_request": "보일러가 자주 꺼져요.", "monitoring_interval_days": 45},
        household=[{"relation": "아들", "name": "김철수", "age": 52, "lives_together": False}],
    )
    assert case.case_number == "2026-0001"
    second = cases.open_case(vault, {"name": "박민지"}, {"opened_on": "2026-04-01"})
    assert second.case_number == "2026-0002"

    vault = _reopen(vault)
    try:
        snap = cases.snapshot(vault, case.id)
        assert snap.client.name == "이순자"
        assert snap.client.birth_date == date(1948, 2, 3)
        assert snap.client.sex == "F"
        assert snap.client.vulnerability_flags == ["living_alone", "older_adult"]
        assert snap.case.presenting_request == "보일러가 자주 꺼져요."
        assert snap.case.monitoring_interval_days == 45
        assert snap.case.stage == Stage.INTAKE.value
        assert [(m.relation, m.name, m.age, m.lives_together) for m in snap.household] == [("아들", "김철수", 52, False)]
        assert [t.to_stage for t in snap.transitions] == ["intake"]
        assert cases.find_case(vault, "2026-0002").id == second.id
    finally:
        vault.close()


def test_every_stage_record_round_trips(data_dir, vault, case) -> None:
    cid = case.id
    resource = entries.add_resource(vault, {"name": "강원주거복지센터", "kind": "organisation", "category": "housing",
                                            "services": "주거급여 상담", "phone": "033-000-0000"})
    consent = entries.add(vault, cid, "consent", {"purpose": "service", "given_on": "2026-03-02",
                                                  "expires_on": "2027-03-02", "method": "서면"})
    assessment = entries.add_assessment(
        vault, cid, {"kind": "intake", "assessed_on": "2026-03-03", "risk_level": "높음",
                     "strengths_personal": "부지런함", "risk_reasons": "퇴거 통보"},
        {area.value: {"level": i % 4, "narrative": f"{area.label.ko} 내용"} for i, area in enumerate(NeedArea)})
    eco = entries.add(vault, cid, "eco_relation", {"name": "강원주거복지센터", "kind": "welfare_agency",
                                                   "strength": "strong", "direction": "to_client",
                                                   "resource_id": resource.id})
    goal = entries.add(vault, cid, "goal", {"statement": "애들이랑 안전한 집에서 살고 싶어요", "need_area": "housing_rights",
                                            "target_date": "2026-06-30", "gas_minus2": "거처 없음", "gas_minus1": "지연",
                                            "gas_zero": "임시거처 입주", "gas_plus1": "주거비 결정",
                                            "gas_plus2": "임대주택 계약"})
    task = entries.add(vault, cid, "plan_task", {"description": "주거급여 신청", "performer": "client",
                                                 "goal_id": goal.id, "frequency": "1회", "resource_id": resource.id,
                                                 "due_date": "2026-04-01"})
    service = entries.add_service_entry(vault, cid, "collaborative", "행정복지센터 동행", occurred_on="2026-03-10",
                                        contact_mode="outreach", duration_min=90, goal_id=goal.id)
    referral = entries.add(vault, cid, "referral", {"resource_id": resource.id, "status": "접수", "sent_on": "2026-03-11",
                                                    "accepted_on": "2026-03-12", "reason": "주거비 지원"})
    conference = entries.add(vault, cid, "case_conference", {"held_on": "2026-03-20", "attendees": "사례관리자, 주거복지사",
                                                             "decisions": "임대주택 신청 지원"})
    review = entries.add_review(vault, cid, {"reviewed_on": "2026-04-10", "adherence": "partial",
                                             "satisfaction": "4", "decision": "continue", "notes": "임시거처 안정"},
                                {goal.id: 1})
    termination = entries.add_termination(vault, cid, {"terminated_on": "2026-06-30", "reason": "goals_achieved",
                                                       "client_words": "이제 우리 집이 생겼어요",
                                                       "follow_up_plan": "1개월 후 전화"}, {goal.id: 2})
    follow_up = entries.add(vault, cid, "follow_up", {"due_on": "2026-07-30", "method": "phone"})
    cases.set_check(vault, cid, Stage.INTAKE, "introduce_agency", True, on=date(2026, 3, 2))

    vault = _reopen(vault)
    try:
        snap = cases.snapshot(vault, cid)
        assert [c.id for c in snap.consents] == [consent.id] and snap.consents[0].expires_on == date(2027, 3, 2)
        assert snap.consents[0].method == "written"
        view = snap.assessments[0]
        assert view.assessment.id == assessment.id and view.assessment.risk_level == "high"
        assert len(view.ratings) == 9
        assert view.ratings["economy"].narrative == "경제 내용"
        assert [(e.id, e.resource_id, e.strength) for e in snap.eco] == [(eco.id, resource.id, "strong")]
        assert snap.goals[0].id == goal.id and snap.goals[0].gas_plus2 == "임대주택 계약"
        assert snap.tasks[0].id == task.id and snap.tasks[0].due_date == date(2026, 4, 1)
        assert snap.services[0].id == service.id and snap.services[0].duration_min == 90
        assert snap.services[0].contact_mode == "outreach"
        assert snap.referrals[0].id == referral.id and snap.referrals[0].status == "accepted"
        assert snap.resources[resource.id].name == "강원주거복지센터"
        assert snap.conferences[0].id == conference.id
        assert snap.reviews[0].id == review.id and snap.reviews[0].adherence == "partial"
        assert [(s.score, s.review_id, s.termination_id) for s in snap.scores_for_goal(goal.id)] == [
            (1, review.id, None), (2, None, termination.id)]
        assert snap.terminations[0].client_words == "이제 우리 집이 생겼어요"
        assert snap.follow_ups[0].id == follow_up.id and snap.follow_ups[0].done_on is None
        assert [(c.stage, c.item_key) for c in snap.checks] == [("intake", "introduce_agency")]
    finally:
        vault.close()


def test_stage_moves_forward_and_back_with_reason_are_kept(data_dir, vault, case) -> None:
    from caseapp.domain.rules import PendingWarnings, TransitionError
    import pytest

    with pytest.raises(PendingWarnings):
        cases.move_stage(vault, case.id, Stage.PLANNING)
    cases.move_stage(vault, case.id, Stage.PLANNING, reason="동의는 구두로 받음", overridden={"no_consent", "no_assessment"})
    with pytest.raises(TransitionError):
        cases.move_stage(vault, case.id, Stage.INTAKE)  # back without a reason
    cases.move_stage(vault, case.id, Stage.INTAKE, reason="재사정 필요")

    vault = _reopen(vault)
    try:
        snap = cases.snapshot(vault, case.id)
        assert snap.case.stage == "intake"
        assert [(t.from_stage, t.to_stage, t.reason) for t in snap.transitions][1:] == [
            ("intake", "planning", "동의는 구두로 받음"), ("planning", "intake", "재사정 필요")]
        assert sorted(snap.transitions[1].overridden_warnings) == ["no_assessment", "no_consent"]
    finally:
        vault.close()


def test_update_is_saved_and_audited(data_dir, vault, case) -> None:
    from caseapp.services import audit
    cases.update_client(vault, case.client_id, {"phone": "010-9999-0000"})
    vault = _reopen(vault)
    try:
        assert records.get(vault, Client, case.client_id).phone == "010-9999-0000"
        with vault.session() as s:
            events = s.exec(select(AuditEvent).where(AuditEvent.entity_id == case.client_id)).all()
            assert [(e.action, e.detail) for e in events] == [("create", "client"), ("update", "phone")]
            assert audit.verify_chain(s) == []
    finally:
        vault.close()


def test_invalid_input_is_refused_and_nothing_saved(data_dir, vault, case) -> None:
    import pytest
    from caseapp.errors import ValidationError

    with pytest.raises(ValidationError):
        entries.add_service_entry(vault, case.id, "no-such-type", "내용")
    with pytest.raises(ValidationError):
        entries.add(vault, case.id, "goal", {"statement": "   "})
    with pytest.raises(ValidationError):
        entries.add_review(vault, case.id, {"adherence": "full", "decision": "continue"}, {"x": 5})
    snap = cases.snapshot(vault, case.id)
    assert snap.services == [] and snap.goals == [] and snap.reviews == []


def test_household_member_added_later(data_dir, vault, case) -> None:
    member = entries.add_household_member(vault, case.client_id, {"relation": "자녀", "age": 9})
    vault = _reopen(vault)
    try:
        assert records.get(vault, HouseholdMember, member.id).relation == "자녀"
        assert [m.id for m in cases.snapshot(vault, case.id).household] == [member.id]
    finally:
        vault.close()


def test_conference_signed_before_its_new_columns_still_verifies(vault, case) -> None:  # type: ignore[no-untyped-def]
    """Migration 0003 added kind/discussion/next_steps; an entry signed without them must hash as it did then."""
    import hashlib
    import json

    from caseapp.services import records
    from caseapp.storage.models import CaseConference
    conf = entries.add(vault, case.id, "case_conference", {"held_on": "2026-03-20", "decisions": "주거 지원 우선"},
                       sign=True)
    old_content = {"agenda": "", "attendees": "", "case_id": case.id, "decisions": "주거 지원 우선",
                   "held_on": "2026-03-20"}  # the columns a 0002 file had
    canonical = json.dumps(old_content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    assert conf.content_hash == hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    full = entries.add(vault, case.id, "case_conference", {"held_on": "2026-03-21", "kind": "integrated",
                                                           "discussion": "논의", "next_steps": "다음 주 방문",
                                                           "decisions": "결정"}, sign=True)
    with vault.session() as s:
        assert records.verify_signed(s, CaseConference) == []
        stored = s.get(CaseConference, full.id)
        assert stored is not None and "next_steps" in records.content_of(stored)  # filled in: signed too
