"""One 욕구·위기도 조사 with every part filled, shared by the storage, export and UI tests of issue 11."""

from __future__ import annotations

from typing import Any

from caseapp.services import entries

FAMILY_HISTORY = "(아동기) 3남매 중 장녀. (성인기) 24세 결혼, 두 자녀. (현재) 배우자 실직 6개월."
PERSONAL_HISTORY = "고교 졸업 후 식당에서 일함. 최근 불면 호소."
OBSTACLE = "배우자가 도움 요청을 꺼림"
CRISIS = {"livelihood": 2, "housing": 3, "debt_arrears": 3, "care_gap": 1, "family_breakdown": 1,
          "mental_health": 1}  # total 11, housing 심각 -> 위기
BUDGET = {"earned": {"amount": "80만", "note": "어머니 식당 시간제"}, "child_allowance": {"amount": "100,000"},
          "private_transfer": {"amount": "10만", "note": "친정어머니 지원"},
          "housing": {"amount": "450000", "note": "반지하 월세 4개월 체납"}, "food": {"amount": "60만"},
          "debt_repayment": {"amount": "20만", "note": "카드 대금 최소 결제"},
          "utilities": {"amount": "12만 5천"}, "housing_benefit": {"amount": "", "note": "주거급여 신청 중"}}
# income 1,000,000; expenses 450,000 + 600,000 + 200,000 + 125,000 = 1,375,000; balance −375,000
RATINGS = {"housing_rights": {"level": 3, "narrative": "퇴거 통보", "concerns": "가구 전체",
                              "cause": "배우자 실직으로 월세 체납", "priority": 1},
           "employment": {"level": 2, "narrative": "구직 중", "concerns": "배우자 홍길동", "cause": "기술 없음",
                          "priority": 2}}


def add_full_assessment(vault: Any, case_id: str, **kw: Any) -> Any:
    values = {"kind": "intake", "assessed_on": "2026-03-04", "risk_level": "high", "risk_reasons": "퇴거 임박",
              "summary": "주거 안정이 최우선", "family_history": FAMILY_HISTORY, "personal_history": PERSONAL_HISTORY,
              "strengths_family": "부부가 양육에 협력", "obstacles_family": OBSTACLE,
              "obstacles_community": "저렴한 임대주택 부족"}
    return entries.add_assessment(vault, case_id, values, RATINGS, crisis=CRISIS, budget_lines=BUDGET, **kw)
