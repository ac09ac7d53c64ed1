"""A case with something in every stage, for export tests and for looking at the pages."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from caseapp.domain.rules import PendingWarnings
from caseapp.domain.vocab import NeedArea, Stage
from caseapp.services import cases, entries, records
from caseapp.storage.models import ServiceEntry

RESIDENT_NUMBER = "750312-2345678"
PHONE = "010-9876-5432"
ADDRESS = "강원도 평창군 대화면 하안미로 123-4"

# One distinctive Korean phrase per section, so tests can find every section in the extracted text.
SECTION_MARKERS = {
    "intake": "월세 체납으로 퇴거 위기",
    "assessment": "딸과의 정서적 유대가 강점",
    "ecomap": "평창군정신건강복지센터",
    "plan": "이번 겨울을 내 집에서 따뜻하게 지내고 싶어요",
    "services": "주거급여 신청서 작성을 함께",
    "monitoring": "난방비 지원 후 생활 안정",
    "termination": "이제 혼자서도 할 수 있을 것 같아요",
    "follow_up": "전화 안부 확인 결과 안정적",
    "referrals": "긴급 주거비 지원 의뢰",
    "conferences": "통합사례회의에서 주거 지원 우선",
}


def build_demo_case(vault: Any, service_entries: int = 12, sharing_withdrawn: bool = False) -> Any:
    """Open and fill a case through the public services (what a practitioner would do)."""
    start = date(2026, 1, 5)
    case = cases.open_case(
        vault,
        {"name": "박영희", "birth_date": "1975-03-12", "sex": "F", "resident_number": RESIDENT_NUMBER,
         "phone": PHONE, "address": ADDRESS, "referral_source": "대화면 행정복지센터",
         "vulnerability_flags": ["living_alone", "housing_insecure", "mental_health"],
         "notes": f"연락은 오후에 {PHONE}로. 주민번호 {RESIDENT_NUMBER} 확인함."},
        {"opened_on": start.isoformat(), "presenting_request": SECTION_MARKERS["intake"] + ". 긴급 지원 요청.",
         "crisis_screening": f"자해 위험 없음, 겨울철 난방 중단 위험. 긴급 연락 {PHONE}", "crisis_flag": True,
         "monitoring_interval_days": 30},
        household=[{"relation": "딸", "name": "김하늘", "age": 19, "sex": "F", "lives_together": False,
                    "notes": "서울에서 대학 재학"}],
    )
    cid = case.id
    housing = entries.add_resource(vault, {"name": "평창군 주거복지센터", "kind": "organisation",
                                           "category": "housing", "services": "긴급 주거비, 주거급여 상담",
                                           "contact_person": "이담당", "phone": "033-330-1234"})
    mental = entries.add_resource(vault, {"name": SECTION_MARKERS["ecomap"], "kind": "organisation",
                                          "category": "mental_health", "phone": "033-330-4000"})
    entries.add(vault, cid, "consent", {"purpose": "service", "given_on": start.isoformat(), "method": "written"},
                sign=True)
    # 고유식별정보 consent: the original record may show the resident number (without it, it is masked).
    entries.add(vault, cid, "consent", {"purpose": "unique_id", "given_on": start.isoformat(), "method": "written",
                                        "consented_by": "self"})
    entries.add(vault, cid, "consent", {"purpose": "sharing", "given_on": start.isoformat(), "method": "written",
                                        "withdrawn_on": (start + timedelta(days=40)).isoformat()
                                        if sharing_withdrawn else None})
    ratings = {a.value: {"level": lvl, "narrative": f"{a.label.ko} 영역 설명"}
               for a, lvl in zip(NeedArea, [2, 2, 1, 1, 2, 3, 0, 2, 3])}
    ratings["family"]["narrative"] = SECTION_MARKERS["assessment"]
    first = entries.add_assessment(vault, cid, {"kind": "intake", "assessed_on": (start + timedelta(days=3)).isoformat(),
                                                "strengths_personal": "성실함, 요리 솜씨",
                                                "strengths_family": SECTION_MARKERS["assessment"],
                                                "strengths_community": "이웃 반찬 나눔",
                                                "risk_level": "high", "risk_reasons": "월세 3개월 체납",
                                                "summary": "주거 안정이 최우선"}, ratings, sign=True)
    for rel in [("김하늘(딸)", "family", "strong", "mutual"), ("집주인", "other", "stressful", "to_client"),
                (SECTION_MARKERS["ecomap"], "health", "weak", "to_client"), ("대화면 행정복지센터", "public_agency",
                                                                               "strong", "to_client"),
                ("교회 구역모임", "community", "weak", "mutual")]:
        entries.add(vault, cid, "eco_relation", {"name": rel[0], "kind": rel[1], "strength": rel[2],
                                                 "direction": rel[3]})
    _move(vault, cid, Stage.PLANNING, start + timedelta(days=10))
    goal1 = entries.add(vault, cid, "goal", {"statement": SECTION_MARKERS["plan"], "need_area": "housing_rights",
                                             "target_date": (start + timedelta(days=90)).isoformat(),
                                             "gas_minus2": "퇴거", "gas_minus1": "체납 지속", "gas_zero": "체납 해소",
                                             "gas_plus1": "주거급여 수급", "gas_plus2": "임대주택 입주"}, sign=True)
    goal2 = entries.add(vault, cid, "goal", {"statement": "마음이 편해지고 잠을 잘 자고 싶어요", "need_area": "health",
                                             "gas_minus2": "상담 중단", "gas_minus1": "간헐 참여", "gas_zero": "월 2회 상담",
                                             "gas_plus1": "주 1회 상담", "gas_plus2": "자조모임 참여"})
    entries.add(vault, cid, "plan_task", {"description": "주거급여 신청", "goal_id": goal1.id, "performer": "client",
                                          "frequency": "1회", "resource_id": housing.id})
    entries.add(vault, cid, "plan_task", {"description": "정신건강복지센터 동행", "goal_id": goal2.id,
                                          "performer": "practitioner", "frequency": "월 1회",
                                          "resource_id": mental.id})
    _move(vault, cid, Stage.IMPLEMENTATION, start + timedelta(days=14))
    for i in range(service_entries):
        text = SECTION_MARKERS["services"] if i == 0 else f"{i}번째 상담: 생활 상황 점검과 정서 지지. " * (1 + i % 3)
        entries.add_service_entry(vault, cid, "counselling" if i % 2 else "collaborative", text,
                                  occurred_on=start + timedelta(days=15 + i), contact_mode="home_visit",
                                  duration_min=30 + i % 60, sign=(i == 0))
    signed = _first_service(vault, cid)
    records.add_addendum(vault, ServiceEntry, signed, {"written_on": (start + timedelta(days=20)).isoformat(),
                                                       "text": "신청서 접수번호 추가 기재"}, sign_it=True)
    entries.add(vault, cid, "referral", {"resource_id": housing.id, "status": "accepted",
                                         "sent_on": (start + timedelta(days=16)).isoformat(),
                                         "accepted_on": (start + timedelta(days=18)).isoformat(),
                                         "reason": SECTION_MARKERS["referrals"]})
    entries.add(vault, cid, "case_conference", {"held_on": (start + timedelta(days=25)).isoformat(),
                                                "attendees": "사례관리자, 주거복지센터, 행정복지센터",
                                                "agenda": "주거 지원 방안",
                                                "decisions": SECTION_MARKERS["conferences"]})
    _move(vault, cid, Stage.MONITORING, start + timedelta(days=40))
    for j, (s1, s2) in enumerate([(-1, -1), (0, 0), (1, 0)]):
        entries.add_review(vault, cid, {"reviewed_on": (start + timedelta(days=45 + 30 * j)).isoformat(),
                                        "adherence": "full", "satisfaction": "4",
                                        "changed_needs": SECTION_MARKERS["monitoring"], "decision": "continue"},
                           {goal1.id: s1, goal2.id: s2})
    closing = entries.add_assessment(vault, cid, {"kind": "closing",
                                                  "assessed_on": (start + timedelta(days=130)).isoformat(),
                                                  "risk_level": "low", "summary": "주거 안정"},
                                     {a.value: {"level": max(0, lvl - 1)} for a, lvl in
                                      zip(NeedArea, [2, 2, 1, 1, 2, 3, 0, 2, 3])})
    _move(vault, cid, Stage.TERMINATION, start + timedelta(days=131))
    entries.add_termination(vault, cid, {"terminated_on": (start + timedelta(days=131)).isoformat(),
                                         "reason": "goals_achieved", "client_words": SECTION_MARKERS["termination"],
                                         "summary": "주거 안정 달성", "follow_up_plan": "3개월 뒤 전화"},
                            {goal1.id: 2, goal2.id: 1}, closing_assessment_id=closing.id, sign=True)
    entries.add(vault, cid, "follow_up", {"due_on": (start + timedelta(days=220)).isoformat(), "method": "phone",
                                          "done_on": (start + timedelta(days=221)).isoformat(),
                                          "result": SECTION_MARKERS["follow_up"]})
    del first
    return cases.find_case(vault, case.case_number)


def _move(vault: Any, case_id: str, stage: Stage, on: date) -> None:
    """Move on, overriding whatever practice warnings apply (the test data is deliberately incomplete)."""
    try:
        cases.move_stage(vault, case_id, stage, on=on)
    except PendingWarnings as pending:
        cases.move_stage(vault, case_id, stage, reason="시험 데이터", overridden={w.code for w in pending.warnings},
                         on=on)


def _first_service(vault: Any, case_id: str) -> str:
    from sqlmodel import select
    with vault.session() as s:
        row = s.exec(select(ServiceEntry).where(ServiceEntry.case_id == case_id)
                     .order_by(ServiceEntry.occurred_on)).first()
        assert row is not None
        return row.id


def pdftotext(path: Path, first: int | None = None, last: int | None = None) -> str:
    args = ["pdftotext", "-raw"]  # content-stream order keeps each wrapped cell together
    if first:
        args += ["-f", str(first)]
    if last:
        args += ["-l", str(last)]
    return subprocess.run(args + [str(path), "-"], check=True, capture_output=True, text=True).stdout


def squash(text: str) -> str:
    """Text without whitespace: table cells wrap lines anywhere, so compare content only."""
    return "".join(text.split())


requires_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdfsig") is None,
                                      reason="poppler-utils not installed")
