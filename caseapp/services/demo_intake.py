"""Demo data for the 초기상담지's facts and for 대상자 선정, per scenario of :mod:`caseapp.services.demo_data`.

Kept apart from the scenarios themselves so each table of facts reads on its own. Each function draws from the
random stream it is given, so a seed still gives the same cases.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from caseapp.domain.vocab import (
    DisabilityDegree, DisabilityType, Education, HouseholdType, HousingType, Livelihood, ReferralRoute,
    SelectionLevel, Tenure,
)

# How each scenario's referral wording is coded (the wording stays as the detail).
ROUTES: dict[str, ReferralRoute] = {
    "대화면 행정복지센터 의뢰": ReferralRoute.COMMUNITY_CENTRE, "평창군청 희망복지지원단 의뢰": ReferralRoute.OTHER_AGENCY,
    "아동 담임교사 연락": ReferralRoute.OTHER_AGENCY, "어머니가 행정복지센터에 상담 요청": ReferralRoute.FAMILY_NEIGHBOUR,
    "정신건강복지센터 의뢰": ReferralRoute.OTHER_AGENCY, "본인 내방": ReferralRoute.SELF,
    "마을 이장 연락": ReferralRoute.TONGJANG_IJANG, "노인맞춤돌봄 생활지원사 의뢰": ReferralRoute.OTHER_AGENCY,
    "행정복지센터 방문 상담": ReferralRoute.COMMUNITY_CENTRE, "지역아동센터 의뢰": ReferralRoute.OTHER_AGENCY,
    "행정복지센터 의뢰": ReferralRoute.COMMUNITY_CENTRE, "본인 전화 상담": ReferralRoute.SELF,
    "병원 의료사회복지사 의뢰": ReferralRoute.OTHER_AGENCY, "보건의료원 방문간호사 의뢰": ReferralRoute.OTHER_AGENCY,
    "가족센터 의뢰": ReferralRoute.OTHER_AGENCY, "어린이집 교사 연락": ReferralRoute.OTHER_AGENCY,
}


@dataclass(frozen=True)
class IntakeFacts:
    household_types: tuple[HouseholdType, ...]
    housing: tuple[tuple[HousingType, Tenure], ...]  # what such a household is seen living in
    livelihood: tuple[tuple[Livelihood, ...], ...]
    moved_recently: float  # share whose registered address is still the old one
    level: SelectionLevel  # when selected
    reason: str
    not_selected: tuple[SelectionLevel, str]  # the level and reason when an intake ends without selection


FACTS: dict[str, IntakeFacts] = {
    "housing_family": IntakeFacts(
        (HouseholdType.COUPLE_WITH_CHILDREN,),
        ((HousingType.MULTI_UNIT, Tenure.MONTHLY), (HousingType.MULTI_UNIT, Tenure.DEPOSIT_MONTHLY)),
        ((Livelihood.NEAR_POVERTY,),), 0.5, SelectionLevel.COMPLEX,
        "퇴거 통보로 2주 안에 거처를 잃을 위기이고 아동 2명이 함께 살며, 주거·소득·고용 문제가 겹쳐 여러 기관의 "
        "개입이 필요함.",
        (SelectionLevel.LINKAGE_ONLY, "임대인과 체납 월세 분할 납부에 합의하여 주거 위기가 해소됨. 주거급여 신청만 연계.")),
    "young_adult_mh": IntakeFacts(
        (HouseholdType.SINGLE_PARENT, HouseholdType.OTHER),
        ((HousingType.APARTMENT, Tenure.PERMANENT_RENTAL), (HousingType.MULTI_UNIT, Tenure.DEPOSIT_MONTHLY)),
        ((Livelihood.LIVING_BENEFIT, Livelihood.MEDICAL_BENEFIT),
         (Livelihood.MEDICAL_BENEFIT, Livelihood.HOUSING_BENEFIT)), 0.1, SelectionLevel.COMPLEX,
        "치료 중단 6개월, 1년 넘는 고립과 증상 악화 가능성. 정신건강복지센터·직업재활시설과 함께 장기 개입이 필요함.",
        (SelectionLevel.LINKAGE_ONLY, "정신건강복지센터 사례관리를 이미 받고 있어 중복을 피하고 직업재활 정보만 연계.")),
    "elder_alone": IntakeFacts(
        (HouseholdType.OLDER_ALONE,),
        ((HousingType.DETACHED, Tenure.OWNED), (HousingType.DETACHED, Tenure.FREE)),
        ((Livelihood.LIVING_BENEFIT, Livelihood.MEDICAL_BENEFIT),), 0.0, SelectionLevel.GENERAL,
        "독거·낙상 이력이 있으나 돌봄과 집수리 연계로 욕구 해결이 가능하고 지지 체계(아들, 이장)가 있음.",
        (SelectionLevel.INFORMATION_ONLY, "노인맞춤돌봄서비스 이용 중이며 보일러 수리 지원 방법 안내로 충분함. 정보 제공 후 "
                                          "종결.")),
    "single_parent": IntakeFacts(
        (HouseholdType.SINGLE_PARENT,),
        ((HousingType.APARTMENT, Tenure.PUBLIC_RENTAL), (HousingType.MULTI_UNIT, Tenure.JEONSE)),
        ((Livelihood.NEAR_POVERTY,), (Livelihood.EDUCATION_BENEFIT,)), 0.3, SelectionLevel.GENERAL,
        "긴급 위기는 없고 돌봄 공백과 양육비 문제가 중심이며 친정 언니 등 지지 체계가 있음.",
        (SelectionLevel.INFORMATION_ONLY, "양육비 이행 지원 절차와 방과후 돌봄 신청 방법을 안내함. 본인이 직접 진행하기로 하여 "
                                          "정보 제공 후 종결.")),
    "middle_aged_debt": IntakeFacts(
        (HouseholdType.SINGLE,),
        ((HousingType.GOSIWON, Tenure.MONTHLY), (HousingType.VINYL_CONTAINER, Tenure.FREE)),
        ((Livelihood.LIVING_BENEFIT, Livelihood.MEDICAL_BENEFIT, Livelihood.HOUSING_BENEFIT),), 0.7,
        SelectionLevel.COMPLEX,
        "채무·음주·간헐적 자살 생각이 겹치고 가족 관계가 단절됨. 정신건강·법률·자활 기관의 통합 지원이 필요함.",
        (SelectionLevel.LINKAGE_ONLY, "채무 상담만 원하여 법률구조공단에 연계함. 자살 생각은 없다고 확인, 정신건강복지센터 "
                                      "번호 안내.")),
    "disability_housing": IntakeFacts(
        (HouseholdType.DISABILITY, HouseholdType.COUPLE),
        ((HousingType.DETACHED, Tenure.OWNED), (HousingType.MULTI_UNIT, Tenure.PERMANENT_RENTAL)),
        ((Livelihood.LIVING_BENEFIT, Livelihood.MEDICAL_BENEFIT),), 0.0, SelectionLevel.GENERAL,
        "주거 편의 개조와 외출 지원이 중심이며 배우자의 돌봄이 안정적임.",
        (SelectionLevel.LINKAGE_ONLY, "주거 편의시설 개조 지원 신청만 필요하여 주거복지센터에 연계함.")),
    "multicultural": IntakeFacts(
        (HouseholdType.MULTICULTURAL,),
        ((HousingType.MULTI_UNIT, Tenure.DEPOSIT_MONTHLY), (HousingType.APARTMENT, Tenure.JEONSE)),
        ((Livelihood.GENERAL,), (Livelihood.NEAR_POVERTY,)), 0.2, SelectionLevel.GENERAL,
        "한국어와 취업 지원이 중심이며 시어머니의 돌봄과 가족센터가 지지 체계로 있음.",
        (SelectionLevel.INFORMATION_ONLY, "가족센터 한국어 교실과 통번역 서비스를 안내함. 정보 제공 후 종결.")),
}

# Extra facts about household members, by scenario and member position (the scenario's household order).
MEMBER_FACTS: dict[str, dict[int, dict[str, Any]]] = {
    "housing_family": {
        0: {"education": Education.HIGH, "occupation": "건설 일용직(구직 중)", "health": "허리 통증, 진료는 미룸",
            "problem": "실직 뒤 자책이 크고 술이 늘었음", "wanted_support": "기술을 배워 일정한 일자리를 갖고 싶음",
            "priority": 2},
        1: {"education": Education.ELEMENTARY, "occupation": "초등학생", "health": "양호",
            "problem": "이사 걱정으로 학교에서 위축됨", "wanted_support": "지금 학교를 계속 다니고 싶음", "priority": 1},
        2: {"education": Education.ELEMENTARY, "occupation": "초등학생", "health": "비염"},
    },
    "young_adult_mh": {
        0: {"education": Education.HIGH, "occupation": "식당 조리 보조", "health": "고혈압 약 복용",
            "problem": "자녀 돌봄과 생계를 혼자 감당하며 지침", "wanted_support": "아이가 치료를 다시 받았으면 함",
            "priority": 2},
        1: {"education": Education.COLLEGE, "occupation": "대학생", "health": "양호"},
    },
    "elder_alone": {0: {"occupation": "회사원", "health": "양호", "wanted_support": "어머니 안부를 자주 확인받고 싶음"}},
    "single_parent": {
        0: {"education": Education.ELEMENTARY, "occupation": "초등학생", "health": "양호",
            "problem": "방과 후 혼자 지내는 시간이 길어 게임에 몰두", "wanted_support": "친구들과 공부방에 가고 싶음",
            "priority": 1},
        1: {"education": Education.ELEMENTARY, "occupation": "초등학생", "health": "아토피 피부염"},
    },
    "disability_housing": {
        0: {"education": Education.HIGH, "occupation": "주부(주 돌봄자)", "health": "허리 통증(돌봄 부담)",
            "problem": "목욕·외출 보조로 쉬는 시간이 없음", "wanted_support": "외출 지원 봉사자가 와 주었으면 함",
            "priority": 2},
    },
    "multicultural": {
        0: {"education": Education.HIGH, "occupation": "무직(투병 중)", "health": "만성 신부전, 주 3회 투석",
            "disability_type": DisabilityType.KIDNEY, "disability_degree": DisabilityDegree.SEVERE,
            "problem": "투병으로 일을 못 해 소득이 줄어듦", "wanted_support": "치료비 부담을 덜고 싶음", "priority": 1},
        1: {"education": Education.PRESCHOOL, "occupation": "어린이집", "health": "양호"},
        2: {"education": Education.MIDDLE, "occupation": "무직(손주 돌봄)", "health": "무릎 관절염"},
    },
}

OLD_ADDRESSES = ("원주시 단계동", "강릉시 교동", "춘천시 석사동", "서울특별시 중랑구 면목동", "영월군 영월읍 하송리")


def client_facts(rng: random.Random, scenario_key: str, referral_source: str) -> dict[str, Any]:
    """Client columns of the 초기상담지 for a client of ``scenario_key``."""
    facts = FACTS[scenario_key]
    housing, tenure = rng.choice(facts.housing)
    route = ROUTES.get(referral_source, ReferralRoute.OTHER)
    registered = ""
    if rng.random() < facts.moved_recently:  # moved in without moving the 주민등록 yet
        registered = f"{rng.choice(OLD_ADDRESSES)} {rng.randint(1, 400)}"
    return {"household_type": rng.choice(facts.household_types).value, "housing_type": housing.value,
            "tenure": tenure.value, "livelihood": [v.value for v in rng.choice(facts.livelihood)],
            "registered_address": registered, "referral_route": route.value}


def member_facts(scenario_key: str, position: int) -> dict[str, Any]:
    """Column values for the scenario's ``position``-th household member (codes, not enum members)."""
    raw = MEMBER_FACTS.get(scenario_key, {}).get(position, {})
    return {k: getattr(v, "value", v) for k, v in raw.items()}


INTENSIVE_REASON = " 위기 요인이 겹쳐 주 1회 이상 만나며 집중 개입하기로 하여 집중사례로 정함."


def selection(rng: random.Random, scenario_key: str, *, selected: bool,
              level: SelectionLevel | None = None) -> tuple[SelectionLevel, str]:
    """The decision a case conference reaches for this kind of case (``selected=False``: an intake that ends in
    simple linkage or information only). ``level``: the level the decision must have (a scenario whose facts fit
    it; 집중사례 from a complex kind)."""
    facts = FACTS[scenario_key]
    if not selected:
        return facts.not_selected
    if level is SelectionLevel.INTENSIVE:
        return level, facts.reason + INTENSIVE_REASON
    if level is not None:
        return level, facts.reason
    level = facts.level
    if level is SelectionLevel.GENERAL and rng.random() < 0.15:  # now and then a general case turns out harder
        return SelectionLevel.COMPLEX, facts.reason + " 다만 최근 위기 요인이 더해져 고난도사례로 정함."
    return level, facts.reason
