"""Realistic Korean demo cases across every stage, for trying caseapp out, screenshots and benchmarks.

The two paths from the practice notes are always among them: a family with unstable housing (emergency housing →
housing subsidy → job training) and a young adult with a mental illness (specialist care → vocational
rehabilitation). Content is deterministic for a given seed and dates are relative to today, so overdue and
this-week deadlines show up. Row ids are fresh UUIDs, so running it twice on one file never collides.

Speed: rows are built as objects and written in batches inside a few write sessions (each commit fsyncs). Every row
still gets its audit event and goes through ``vault.after_write`` so the search index is filled.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from sqlalchemy import insert
from sqlmodel import Session, select

from caseapp.domain.checklists import CHECKLISTS
from caseapp.domain.deadlines import PLAN_WITHIN_DAYS, add_months
from caseapp.domain.vocab import (
    AssessmentKind, ConferenceKind, ConfirmationTarget, ConsentGiver, ConsentMethod, ConsentPurpose, ContactMode,
    ContactTarget, EcoDirection, EcoKind, EcoPhase, EcoStrength, FollowUpMethod, GoalOutcome, NeedArea, PracticeType,
    ReferralStatus, ResourceCategory, ResourceKind, ReviewDecision, RiskLevel, SelectionLevel, ServicePerformance,
    Stage, TaskPerformer, TerminationReason, Vulnerability,
)
from caseapp.errors import ValidationError
from caseapp.services import audit, case_summaries, demo_intake, sync_log
from caseapp.services.records import is_signed_content
from caseapp.services.selection import NO_LEVEL
from caseapp.services.selection_decisions import agency_uses_intensive
from caseapp.services.vault import Vault
from caseapp.storage.engine import CACHE_CEILING_KIB
from caseapp.storage.models import (
    Addendum, Assessment, Case, CaseConference, CaseSelection, ChecklistCheck, Client, Consent, EcoRelation,
    FollowUp, Goal, GoalScore, HouseholdMember, MonitoringReview, NeedRating, PlanTask, Practitioner, Referral,
    Resource, ServiceEntry, Signable, StageTransition, Termination,
)
from caseapp.storage.models import (
    ConferenceAttendee, ReviewGoalChange, ReviewServiceRating, SupervisionRecord, SupervisorConfirmation,
    TerminationGoalOutcome,
)
from caseapp.storage.models import BudgetLine
from caseapp.services.demo_survey import SURVEYS, budget_at, crisis_at
from caseapp.storage.models import PlanAgreement

# Case numbers are YYYY-NNNN: a year holds at most 9,999 cases, so demo data fills each year up to that (a file may
# hold more cases in all, spread over years).
MAX_PER_YEAR = 9_999
CASES_PER_COMMIT = 250
PROGRESS_EVERY = 25  # cases between progress reports

ProgressFn = Callable[[int, int], None]  # (cases done, cases asked for); called from the generating thread


@dataclass
class DemoResult:
    cases: int
    first_number: str
    last_number: str
    seed: int


# --- the resource directory -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ResourceSpec:
    key: str
    name: str
    category: ResourceCategory
    services: str
    contact_person: str
    phone: str
    address: str
    kind: ResourceKind = ResourceKind.ORGANISATION
    eco_kind: EcoKind = EcoKind.WELFARE_AGENCY


R = ResourceSpec
RESOURCES: tuple[ResourceSpec, ...] = (
    R("hcc", "대화면 행정복지센터", ResourceCategory.PUBLIC, "기초생활보장 신청, 긴급복지지원, 맞춤형 복지 상담",
      "맞춤형복지팀 이주무관", "033-330-4711", "강원특별자치도 평창군 대화면 대화중앙로 51", eco_kind=EcoKind.PUBLIC_AGENCY),
    R("hcc2", "평창읍 행정복지센터", ResourceCategory.PUBLIC, "통합사례관리 의뢰, 긴급지원, 주거급여 신청 접수",
      "복지팀 최주무관", "033-330-4511", "강원특별자치도 평창군 평창읍 중앙로 100", eco_kind=EcoKind.PUBLIC_AGENCY),
    R("hope", "평창군청 희망복지지원단", ResourceCategory.PUBLIC, "통합사례관리, 긴급복지 심의, 민관 사례회의",
      "통합사례관리사 김은영", "033-330-2345", "강원특별자치도 평창군 평창읍 군청길 77", eco_kind=EcoKind.PUBLIC_AGENCY),
    R("emergency_housing", "평창군 긴급주거지원(임시거처)", ResourceCategory.HOUSING,
      "주거 상실 위기 가구 임시거처 최대 3개월, 긴급 주거비", "주거지원 담당 박주무관", "033-330-2350",
      "강원특별자치도 평창군 평창읍 군청길 77", eco_kind=EcoKind.PUBLIC_AGENCY),
    R("housing_centre", "강원주거복지센터", ResourceCategory.HOUSING, "주거급여·주거비 지원 상담, 임대주택 신청 지원, 집수리",
      "주거복지사 정하늘", "033-255-8899", "강원특별자치도 춘천시 중앙로 12"),
    R("lh", "한국토지주택공사(LH) 강원지역본부", ResourceCategory.HOUSING, "매입임대·전세임대 주택, 주거급여 조사",
      "주거복지부 담당자", "1600-1004", "강원특별자치도 춘천시 경춘로 2330", eco_kind=EcoKind.PUBLIC_AGENCY),
    R("mental_centre", "평창군 정신건강복지센터", ResourceCategory.MENTAL_HEALTH,
      "정신건강 상담, 사례관리, 위기개입, 자살예방, 중독 상담", "정신건강전문요원 윤지수", "033-330-4992",
      "강원특별자치도 평창군 평창읍 종부로 21", eco_kind=EcoKind.HEALTH),
    R("psych_clinic", "강릉 마음편한 정신건강의학과의원", ResourceCategory.MENTAL_HEALTH, "정신건강의학과 진료, 약물치료",
      "원무과", "033-641-7575", "강원특별자치도 강릉시 경강로 2100", eco_kind=EcoKind.HEALTH),
    R("voc_rehab", "새봄 정신재활시설(직업재활 프로그램)", ResourceCategory.EMPLOYMENT,
      "직업재활 훈련, 취업 연계, 동료지원, 일상생활 훈련", "직업재활교사 한도윤", "033-333-1200",
      "강원특별자치도 평창군 평창읍 노성로 44"),
    R("job_centre", "강릉고용복지플러스센터", ResourceCategory.EMPLOYMENT, "국민취업지원제도, 직업훈련(내일배움카드), 구직 상담",
      "취업지원팀 상담사", "033-650-9114", "강원특별자치도 강릉시 남부로 222", eco_kind=EcoKind.PUBLIC_AGENCY),
    R("self_sufficiency", "평창지역자활센터", ResourceCategory.EMPLOYMENT, "자활근로, 직업훈련, 자산형성 통장",
      "실장 오세훈", "033-332-8844", "강원특별자치도 평창군 평창읍 제방안길 9"),
    R("health_centre", "평창군보건의료원", ResourceCategory.HEALTH, "진료, 만성질환 관리, 방문건강관리, 치매안심센터",
      "방문간호사 서미영", "033-330-4800", "강원특별자치도 평창군 평창읍 군청길 55", eco_kind=EcoKind.HEALTH),
    R("hospital", "강릉의료원", ResourceCategory.HEALTH, "입원·외래 진료, 의료급여 진료, 무료 간병", "의료사회복지사 장민호",
      "033-610-1234", "강원특별자치도 강릉시 경강로 2007", eco_kind=EcoKind.HEALTH),
    R("elder_care", "평창노인통합지원센터(노인맞춤돌봄)", ResourceCategory.CARE, "안부 확인, 생활지원사 방문, 식사·반찬 지원",
      "생활지원사 김순옥", "033-334-5050", "강원특별자치도 평창군 대화면 하안미로 7"),
    R("family_centre", "평창군가족센터", ResourceCategory.EDUCATION, "가족상담, 다문화가족 한국어교육, 자녀 양육 지원",
      "가족상담사 이수진", "033-332-0321", "강원특별자치도 평창군 평창읍 하리 11"),
    R("child_centre", "대화지역아동센터", ResourceCategory.EDUCATION, "방과후 돌봄, 학습 지원, 급식", "센터장 문경희",
      "033-334-2233", "강원특별자치도 평창군 대화면 신리 3", eco_kind=EcoKind.SCHOOL_WORK),
    R("legal_aid", "대한법률구조공단 강릉출장소", ResourceCategory.LEGAL, "채무·임대차 법률 상담, 개인회생 지원",
      "상담 변호사", "132", "강원특별자치도 강릉시 율곡로 2800"),
    R("finance", "서민금융통합지원센터 강릉", ResourceCategory.FINANCE, "채무조정 상담, 소액대출, 신용회복", "상담창구",
      "1397", "강원특별자치도 강릉시 하슬라로 33"),
    R("food_bank", "평창군 푸드뱅크", ResourceCategory.COMMUNITY, "식품·생필품 지원", "담당 류정민", "033-332-1377",
      "강원특별자치도 평창군 평창읍 중앙로 50"),
    R("volunteers", "평창군자원봉사센터", ResourceCategory.COMMUNITY, "집수리·말벗·이동 지원 봉사자 연계", "코디네이터 신유나",
      "033-330-2790", "강원특별자치도 평창군 평창읍 군청길 77"),
    R("village_head", "하안미리 이장 박영호", ResourceCategory.COMMUNITY, "마을 안부 확인, 이웃 연결", "박영호",
      "010-4432-1187", "강원특별자치도 평창군 대화면 하안미리", kind=ResourceKind.PERSON,
      eco_kind=EcoKind.RELIGION_COMMUNITY),
    R("church", "대화중앙교회 나눔부", ResourceCategory.COMMUNITY, "반찬 나눔, 명절 물품, 말벗", "권사 홍정숙",
      "033-334-0691", "강원특별자치도 평창군 대화면 대화중앙로 20", eco_kind=EcoKind.RELIGION_COMMUNITY),
)


# Words by which a service note names a resource, so a logged contact links the resource it is about.
RESOURCE_KEYWORDS: dict[str, tuple[str, ...]] = {
    "hcc": ("행정복지센터",), "hcc2": ("행정복지센터",), "hope": ("희망복지지원단",),
    "emergency_housing": ("긴급주거", "임시거처"), "housing_centre": ("주거복지센터",), "lh": ("LH", "임대주택"),
    "mental_centre": ("정신건강복지센터",), "psych_clinic": ("정신건강의학과",), "voc_rehab": ("정신재활", "직업재활"),
    "job_centre": ("고용복지플러스센터", "고용센터"), "self_sufficiency": ("자활",), "health_centre": ("보건의료원",),
    "hospital": ("의료원", "병원"), "elder_care": ("생활지원사", "노인맞춤돌봄"), "family_centre": ("가족센터",),
    "child_centre": ("지역아동센터",), "legal_aid": ("법률",), "finance": ("채무조정", "서민금융"),
    "food_bank": ("푸드뱅크",), "volunteers": ("자원봉사센터",), "village_head": ("이장",), "church": ("교회",),
}


# --- scenarios ------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class GoalSpec:
    area: NeedArea
    statement: str  # in the client's words
    gas: tuple[str, str, str, str, str]  # −2, −1, 0, +1, +2


@dataclass(frozen=True)
class TaskSpec:
    performer: TaskPerformer
    description: str
    frequency: str = ""
    resource: str | None = None
    goal: int = 0  # index into the scenario's goals


@dataclass(frozen=True)
class Scenario:
    key: str
    age_range: tuple[int, int]
    sex: str | None  # None = either
    flags: tuple[Vulnerability, ...]
    referral_sources: tuple[str, ...]
    requests: tuple[str, ...]  # presenting request, as the client put it
    crisis: str
    needs: dict[NeedArea, tuple[int, str]]  # area -> (intake level, narrative); others rated 0–1
    strengths: tuple[str, str, str]  # personal, family, community
    risk: RiskLevel
    risk_reasons: str
    # relation, age (positive: years older than the client, 0: about the same, negative: that age), sex, note
    household: tuple[tuple[str, int, str, str], ...]
    family_eco: tuple[tuple[str, EcoKind, EcoStrength], ...]
    resources: tuple[str, ...]  # resource keys used for eco-map and referrals, in referral order
    goals: tuple[GoalSpec, ...]
    tasks: tuple[TaskSpec, ...]
    services: tuple[tuple[PracticeType, ContactMode, str], ...]  # in the order they happen
    review_notes: tuple[str, ...]
    changed_needs: tuple[str, ...]
    client_words: tuple[str, ...]  # at termination
    termination_summary: str
    conference: tuple[str, str, str]  # attendees, agenda, decisions


G, T = GoalSpec, TaskSpec
P, M = PracticeType, ContactMode

HOUSING_FAMILY = Scenario(
    key="housing_family", age_range=(34, 46), sex="F",  # the mother comes in: "남편이 일을 그만두고…"
    flags=(Vulnerability.HOUSING_INSECURE, Vulnerability.CHILD_IN_HOUSEHOLD, Vulnerability.NEAR_POVERTY),
    referral_sources=("대화면 행정복지센터 의뢰", "평창군청 희망복지지원단 의뢰", "아동 담임교사 연락"),
    requests=(
        "월세가 넉 달 밀려서 집주인이 이달 말까지 나가라고 해요. 아이들 데리고 갈 데가 없어요.",
        "남편이 일을 그만두고 나서 월세를 못 냈어요. 당장 살 곳이 걱정이고, 애들 학교는 옮기고 싶지 않아요.",
    ),
    crisis="퇴거 통보로 2주 안에 주거 상실 위기. 아동 2명 동거. 자해·타해 위험 없음.",
    needs={
        NeedArea.HOUSING_ENVIRONMENT: (3, "월세 4개월 체납, 퇴거 통보 받음. 곰팡이 심한 반지하, 난방 고장."),
        NeedArea.ECONOMY: (3, "배우자 실직 후 월 소득 80만 원 내외, 카드 대금 연체."),
        NeedArea.EMPLOYMENT: (2, "어머니는 식당 시간제 근무, 아버지는 건설 일용직 후 구직 중."),
        NeedArea.FAMILY_RELATIONS: (1, "경제 문제로 부부 다툼이 잦아졌으나 자녀 양육에는 함께 노력함."),
        NeedArea.EDUCATION: (1, "큰아이가 이사 걱정으로 학교에서 위축됨."),
    },
    strengths=("자녀를 지키려는 의지가 강하고, 스스로 행정복지센터를 찾아올 만큼 도움을 요청할 줄 안다.",
               "부부가 자녀 양육에 협력하고, 외할머니가 가끔 아이들을 돌봐 준다.",
               "아이들이 다니는 지역아동센터와 관계가 좋고, 이웃 주민이 이사를 도와주겠다고 했다."),
    risk=RiskLevel.CRISIS, risk_reasons="퇴거 예정일이 임박했고 대체 거처가 없음. 아동 동거 가구.",
    household=(("배우자", 0, "M", "건설 일용직, 현재 구직 중"), ("자녀", -11, "F", "초등학교 5학년"),
               ("자녀", -7, "M", "초등학교 1학년"), ("모", 27, "F", "별거, 인근 거주")),
    family_eco=(("배우자", EcoKind.FAMILY, EcoStrength.STRESSFUL), ("자녀들", EcoKind.FAMILY, EcoStrength.STRONG),
                ("외할머니", EcoKind.RELATIVE, EcoStrength.WEAK), ("집주인", EcoKind.OTHER, EcoStrength.STRESSFUL)),
    resources=("emergency_housing", "hcc", "housing_centre", "lh", "job_centre", "self_sufficiency", "child_centre"),
    goals=(
        G(NeedArea.HOUSING_ENVIRONMENT, "애들이랑 길에 나앉지 않고 안전한 곳에서 지내고 싶어요.",
          ("거처 없이 지인 집을 전전함", "임시거처 입주가 지연됨", "긴급 임시거처에 입주함",
           "임시거처에서 지내며 주거비 지원이 결정됨", "임대주택 계약까지 마침")),
        G(NeedArea.ECONOMY, "월세 걱정 없이 살 수 있게 주거비 지원을 받고 싶어요.",
          ("지원 신청을 하지 않음", "서류 준비만 함", "주거급여(주거비 지원)를 신청함",
           "주거급여가 결정되어 지급됨", "주거급여와 함께 밀린 월세 정리 계획을 세움")),
        G(NeedArea.EMPLOYMENT, "남편이 기술을 배워서 일정한 일자리를 갖게 하고 싶어요.",
          ("구직 활동을 하지 않음", "상담만 받음", "직업훈련 과정에 등록함", "직업훈련을 80% 이상 출석함",
           "훈련 수료 후 취업함")),
    ),
    tasks=(
        T(TaskPerformer.CLIENT, "임시거처 입주 서류(신분증, 퇴거 통보서) 준비", "1회", "emergency_housing", 0),
        T(TaskPerformer.PRACTITIONER, "긴급주거지원 신청 동행 및 임시거처 확인", "1회", "emergency_housing", 0),
        T(TaskPerformer.CLIENT, "행정복지센터에 주거급여 신청", "1회", "hcc", 1),
        T(TaskPerformer.RESOURCE, "주거복지센터 주거비·임대주택 상담", "월 1회", "housing_centre", 1),
        T(TaskPerformer.FAMILY, "배우자 고용복지플러스센터 방문, 내일배움카드 발급", "1회", "job_centre", 2),
        T(TaskPerformer.CLIENT, "가계부 작성해서 매주 함께 보기", "주 1회", None, 1),
    ),
    services=(
        (P.CRISIS_INTERVENTION, M.HOME_VISIT, "퇴거 통보 확인. 어머니가 많이 울었으나 아이들 앞에서는 침착하려 애씀. 긴급 주거 지원 요건을 함께 확인하고 오늘 바로 신청하기로 함."),
        (P.COLLABORATIVE_ACTIVITY, M.OUTREACH, "긴급주거지원 창구에 동행. 임시거처 입주 결정. 아이들 학교와 가까운 곳이라 안도함."),
        (P.INFORMATION, M.OFFICE, "주거급여(주거비 지원) 제도와 신청 서류를 그림으로 정리해 안내. 본인이 직접 신청하겠다고 함."),
        (P.REFERRAL_LINKAGE, M.PHONE, "강원주거복지센터에 주거비 지원 및 매입임대주택 상담 의뢰. 다음 주 방문 상담 잡힘."),
        (P.SELF_ADVOCACY_SUPPORT, M.OFFICE, "주거급여 신청 시 본인이 상황을 설명할 말을 함께 연습. 스스로 신청 완료."),
        (P.EDUCATION_TRAINING, M.HOME_VISIT, "가계부 쓰는 법을 함께 연습. 고정 지출과 줄일 수 있는 지출을 스스로 구분함."),
        (P.COUNSELLING_THERAPY, M.HOME_VISIT, "부부 상담. 남편이 일자리를 잃은 뒤 자책이 컸다고 처음 이야기함. 서로의 노력을 인정하는 시간을 가짐."),
        (P.REFERRAL_LINKAGE, M.OUTREACH, "배우자와 고용복지플러스센터 동행. 굴착기 운전 직업훈련 과정 상담, 내일배움카드 신청."),
        (P.COORDINATION, M.PHONE, "주거복지센터·행정복지센터와 통화하여 주거급여 결정 시기와 임대주택 입주 일정을 맞춤."),
        (P.CASE_CONFERENCE, M.OFFICE, "희망복지지원단 통합사례회의에서 주거 안정 이후 자립 계획 논의."),
    ),
    review_notes=("임시거처에서 안정적으로 지내고 있음. 아이들 등교 정상.",
                  "주거급여 결정 통지 받음. 배우자 직업훈련 출석률 90%."),
    changed_needs=("주거 위기는 해소되었고 이제 소득 안정이 가장 큰 과제임.",
                   "임대주택 입주 후 가구·생필품이 부족함."),
    client_words=("처음엔 아이들이랑 어디로 가야 하나 막막했는데, 이제는 우리 집이 생겼어요.",
                  "남편이 다시 일을 시작해서 집 분위기가 달라졌어요. 고맙습니다."),
    termination_summary="임시거처에서 매입임대주택으로 이주, 주거급여 수급, 배우자 직업훈련 수료 후 취업. 목표 대부분 기대 이상 달성.",
    conference=("사례관리자, 희망복지지원단 통합사례관리사, 주거복지센터 주거복지사, 행정복지센터 담당",
                "긴급 주거 이후 장기 주거 안정과 가구 소득 확보 방안",
                "매입임대주택 신청은 주거복지센터가 지원. 배우자 직업훈련 기간 생계비는 긴급복지로 2개월 지원."),
)

YOUNG_ADULT_MENTAL_HEALTH = Scenario(
    key="young_adult_mh", age_range=(21, 29), sex=None,
    flags=(Vulnerability.MENTAL_HEALTH, Vulnerability.BASIC_LIVELIHOOD),
    referral_sources=("어머니가 행정복지센터에 상담 요청", "정신건강복지센터 의뢰", "본인 내방"),
    requests=(
        "밖에 나가는 게 무서워요. 그래도 언젠가는 일을 하고 싶어요.",
        "약을 끊었더니 잠을 못 자요. 사람들 만나는 게 힘들고 돈도 벌고 싶어요.",
    ),
    crisis="우울·불안 증상으로 1년 넘게 외출을 거의 안 함. 자해 생각은 부인함(위기 선별 시 확인). 치료 중단 상태.",
    needs={
        NeedArea.HEALTH: (3, "조현정동장애 진단 후 6개월째 치료 중단. 불면, 환청 호소."),
        NeedArea.SOCIAL_RELATIONS: (3, "고등학교 졸업 후 친구 관계 단절. 하루 대부분 방에서 지냄."),
        NeedArea.EMPLOYMENT: (2, "편의점 아르바이트 2주 만에 그만둔 뒤 일해 본 적 없음. 일하고 싶은 마음은 있음."),
        NeedArea.DAILY_LIVING: (2, "생활 리듬이 무너져 낮에 자고 밤에 깨어 있음. 식사 불규칙."),
        NeedArea.FAMILY_RELATIONS: (1, "어머니와 갈등이 있으나 어머니가 가장 든든한 지지자임."),
    },
    strengths=("그림 그리기를 좋아하고 꼼꼼함. 일하고 싶다는 동기가 분명함.",
               "어머니가 치료와 자립을 적극 지지함.",
               "정신건강복지센터와 직업재활 프로그램이 가까이 있음."),
    risk=RiskLevel.HIGH, risk_reasons="치료 중단과 사회적 고립. 자해 위험은 낮으나 증상 악화 가능성 있음.",
    household=(("모", 26, "F", "식당 근무, 주 양육자"), ("동생", -20, "M", "대학생, 타지 거주")),
    family_eco=(("어머니", EcoKind.FAMILY, EcoStrength.STRONG), ("동생", EcoKind.FAMILY, EcoStrength.WEAK),
                ("고등학교 친구", EcoKind.FRIEND_NEIGHBOUR, EcoStrength.WEAK)),
    resources=("mental_centre", "psych_clinic", "voc_rehab", "job_centre", "hcc"),
    goals=(
        G(NeedArea.HEALTH, "잠을 제대로 자고 머릿속 소리가 줄었으면 좋겠어요.",
          ("치료를 거부함", "진료 예약만 함", "정신건강의학과 진료를 다시 시작함", "한 달 이상 꾸준히 약을 먹음",
           "3개월 이상 치료를 유지하며 증상이 줄었다고 말함")),
        G(NeedArea.SOCIAL_RELATIONS, "일주일에 한 번은 집 밖에서 사람을 만나고 싶어요.",
          ("외출하지 않음", "사례관리자와만 외출함", "주 1회 센터 프로그램에 참여함", "주 2회 이상 참여함",
           "프로그램에서 만난 사람과 따로 만남")),
        G(NeedArea.EMPLOYMENT, "제 힘으로 돈을 벌어 보고 싶어요.",
          ("직업재활 상담을 거부함", "상담만 받음", "직업재활 프로그램에 참여함", "현장 실습을 마침",
           "시간제라도 취업해서 3개월 이상 다님")),
    ),
    tasks=(
        T(TaskPerformer.CLIENT, "정신건강의학과 진료 예약하고 다녀오기", "월 1회", "psych_clinic", 0),
        T(TaskPerformer.FAMILY, "어머니가 복약 달력 함께 확인", "매일", None, 0),
        T(TaskPerformer.RESOURCE, "정신건강복지센터 사례관리·낮 프로그램", "주 1회", "mental_centre", 1),
        T(TaskPerformer.CLIENT, "정해진 시간에 일어나 산책하기", "매일", None, 1),
        T(TaskPerformer.RESOURCE, "직업재활 프로그램 평가 및 훈련", "주 3회", "voc_rehab", 2),
        T(TaskPerformer.PRACTITIONER, "직업재활시설 첫 방문 동행", "1회", "voc_rehab", 2),
    ),
    services=(
        (P.COUNSELLING_THERAPY, M.HOME_VISIT, "방 안에서 짧게 면담. 눈을 잘 마주치지 않았으나 좋아하는 그림 이야기를 할 때 표정이 밝아짐. 우울감, 불면 호소."),
        (P.CRISIS_INTERVENTION, M.PHONE, "어머니 전화. 밤새 잠을 못 자고 환청이 심해졌다고 함. 안전 확인 후 정신건강복지센터 위기팀과 연결."),
        (P.REFERRAL_LINKAGE, M.OUTREACH, "정신건강복지센터 의뢰 및 정신건강의학과 진료 동행. 약물치료 재개."),
        (P.INFORMATION, M.HOME_VISIT, "정신재활시설과 직업재활 프로그램을 사진으로 보여 주며 안내. '한 번 가 볼게요'라고 함."),
        (P.COLLABORATIVE_ACTIVITY, M.OUTREACH, "새봄 정신재활시설 첫 방문 동행. 낮 프로그램 견학 후 미술 프로그램에 관심 보임."),
        (P.EDUCATION_TRAINING, M.OFFICE, "수면 일지 쓰는 법 연습. 알람 맞추기, 낮잠 줄이기 스스로 정함."),
        (P.SELF_ADVOCACY_SUPPORT, M.OFFICE, "진료 때 부작용(손 떨림)을 직접 말할 수 있도록 할 말을 메모로 정리."),
        (P.COUNSELLING_THERAPY, M.ONLINE, "화상 통화 상담. 직업재활 현장 실습 후 자신감이 생겼다고 함. 실패에 대한 두려움을 함께 다룸."),
        (P.COORDINATION, M.PHONE, "직업재활교사와 통화. 실습 평가 양호, 지역 카페 시간제 일자리 연계 가능."),
        (P.CASE_CONFERENCE, M.OFFICE, "정신건강복지센터·직업재활시설과 사례회의. 취업 후 지지 체계 논의."),
    ),
    review_notes=("진료와 복약을 꾸준히 유지. 수면이 하루 6시간으로 늘었다고 함.",
                  "직업재활 프로그램 주 3회 출석. 동료와 점심을 함께 먹기 시작함."),
    changed_needs=("증상이 안정되면서 일자리에 대한 욕구가 커짐.", "취업 후 출퇴근과 스트레스 관리 지원이 필요함."),
    client_words=("예전엔 방 밖으로 나오는 것도 힘들었는데 이제 카페에서 일해요. 제가 번 돈으로 엄마 선물 샀어요.",
                  "힘들 때 어디에 연락하면 되는지 알아서 덜 무서워요."),
    termination_summary="치료 유지, 직업재활 수료 후 카페 시간제 취업 4개월 유지. 정신건강복지센터 사례관리로 지지 체계 확보.",
    conference=("사례관리자, 정신건강복지센터 정신건강전문요원, 직업재활교사, 어머니",
                "치료 유지와 직업재활 이후 취업 지원",
                "정신건강복지센터가 증상 관리 지속, 직업재활시설이 취업 후 3개월 직무 지원. 사례관리자는 월 1회 점검."),
)

ELDER_ALONE = Scenario(
    key="elder_alone", age_range=(72, 89), sex=None,
    flags=(Vulnerability.LIVING_ALONE, Vulnerability.OLDER_ADULT, Vulnerability.BASIC_LIVELIHOOD),
    referral_sources=("마을 이장 연락", "노인맞춤돌봄 생활지원사 의뢰", "행정복지센터 방문 상담"),
    requests=("무릎이 아파서 병원 가기가 힘들어. 혼자 밥해 먹는 것도 귀찮고.",
              "겨울에 보일러가 자주 꺼져. 아들은 바빠서 못 와."),
    crisis="독거, 거동 불편. 지난달 집 안에서 낙상. 난방 불안정.",
    needs={
        NeedArea.HEALTH: (2, "퇴행성 관절염, 고혈압. 병원 정기 방문 어려움."),
        NeedArea.DAILY_LIVING: (2, "식사 준비와 청소에 도움 필요."),
        NeedArea.SAFETY: (2, "지난달 낙상, 욕실 미끄럼 위험."),
        NeedArea.HOUSING_ENVIRONMENT: (2, "보일러 노후, 단열 불량. 주거 환경 개선 필요."),
        NeedArea.SOCIAL_RELATIONS: (1, "경로당 발길 끊김. 이웃 한 명과 가끔 통화."),
    },
    strengths=("젊을 때 농사를 지어 부지런하고 텃밭 가꾸기를 즐김.", "아들이 매주 전화함.",
               "마을 이장과 교회 나눔부가 안부를 살핌."),
    risk=RiskLevel.MODERATE, risk_reasons="독거와 낙상 이력, 겨울철 난방 문제.",
    household=(("아들", -52, "M", "서울 거주, 주 1회 통화"), ("딸", -49, "F", "원주 거주")),
    family_eco=(("아들", EcoKind.FAMILY, EcoStrength.WEAK), ("옆집 할머니", EcoKind.FRIEND_NEIGHBOUR, EcoStrength.STRONG)),
    resources=("elder_care", "health_centre", "housing_centre", "volunteers", "village_head", "church"),
    goals=(
        G(NeedArea.HEALTH, "무릎 치료 받고 병원에 제때 다니고 싶어.",
          ("진료를 받지 않음", "한 번만 다녀옴", "월 1회 정기 진료를 받음", "진료와 함께 방문건강관리를 받음",
           "통증이 줄어 혼자 마을회관까지 걸어감")),
        G(NeedArea.HOUSING_ENVIRONMENT, "겨울에 따뜻하게 지내고 싶어.",
          ("보일러 고장 그대로", "수리 신청만 함", "보일러 수리와 단열 작업을 마침", "욕실 안전손잡이까지 설치함",
           "집수리 후 겨울을 무사히 남")),
    ),
    tasks=(
        T(TaskPerformer.RESOURCE, "노인맞춤돌봄 생활지원사 주 2회 방문", "주 2회", "elder_care", 0),
        T(TaskPerformer.CLIENT, "보건의료원 방문건강관리 날짜 달력에 적기", "월 1회", "health_centre", 0),
        T(TaskPerformer.RESOURCE, "주거복지센터 집수리(보일러·단열) 지원", "1회", "housing_centre", 1),
        T(TaskPerformer.RESOURCE, "자원봉사센터 욕실 안전손잡이 설치", "1회", "volunteers", 1),
    ),
    services=(
        (P.INFORMATION, M.HOME_VISIT, "노인맞춤돌봄서비스와 방문건강관리를 안내. 집수리 지원 신청 방법 설명."),
        (P.REFERRAL_LINKAGE, M.PHONE, "주거복지센터에 보일러 교체와 단열 집수리 지원 의뢰. 현장 실사 일정 잡음."),
        (P.COLLABORATIVE_ACTIVITY, M.OUTREACH, "보건의료원 진료 동행. 무릎 주사 치료 시작."),
        (P.COUNSELLING_THERAPY, M.HOME_VISIT, "남편 사별 이야기를 하며 눈물을 보임. 텃밭 이야기로 마무리, 봄에 상추를 심겠다고 함."),
        (P.COORDINATION, M.PHONE, "생활지원사, 이장님과 안부 확인 역할을 나눔. 겨울철 한파 시 이장님이 하루 한 번 방문."),
        (P.EDUCATION_TRAINING, M.HOME_VISIT, "낙상 예방 운동과 약 먹는 시간표를 함께 연습."),
    ),
    review_notes=("보일러 교체 완료. 생활지원사 방문 규칙적.", "진료 꾸준히 받음. 통증이 줄었다고 함."),
    changed_needs=("난방 문제 해결. 외로움 호소가 늘어 경로당 연계 필요.", "아들과 통화 횟수가 늘어남."),
    client_words=("이제 겨울이 무섭지 않아. 선생님이 자주 와 줘서 고마웠어.",),
    termination_summary="집수리와 돌봄 연계로 주거·건강 목표 달성. 노인맞춤돌봄이 안부 확인 지속.",
    conference=("사례관리자, 생활지원사, 보건의료원 방문간호사, 마을 이장", "독거 어르신 겨울철 안전망",
                "한파 기간 이장님 일일 방문, 생활지원사 주 2회, 응급안전 장비 설치 신청."),
)

SINGLE_PARENT = Scenario(
    key="single_parent", age_range=(33, 44), sex="F",
    flags=(Vulnerability.SINGLE_PARENT, Vulnerability.CHILD_IN_HOUSEHOLD, Vulnerability.NEAR_POVERTY),
    referral_sources=("지역아동센터 의뢰", "행정복지센터 의뢰", "본인 전화 상담"),
    requests=("혼자 아이 둘 키우면서 일하기가 너무 벅차요. 아이들 공부를 봐 줄 수가 없어요.",
              "이혼하고 양육비를 못 받고 있어요. 생활비가 모자라요."),
    crisis="긴급한 위기 없음. 양육 부담과 소득 부족.",
    needs={
        NeedArea.ECONOMY: (2, "한부모가족 지원 외 소득 월 150만 원. 양육비 미지급."),
        NeedArea.EDUCATION: (2, "자녀 학습 지원과 방과후 돌봄 공백."),
        NeedArea.EMPLOYMENT: (1, "마트 계산원 근무, 야간 근무 부담."),
        NeedArea.FAMILY_RELATIONS: (1, "전 배우자와 연락 단절."),
        NeedArea.HEALTH: (1, "만성 피로와 두통."),
    },
    strengths=("성실하게 직장을 다니고 아이들과 사이가 좋음.", "친정 언니가 주말에 아이를 돌봐 줌.",
               "지역아동센터와 학교가 아이들을 잘 챙김."),
    risk=RiskLevel.LOW, risk_reasons="소득 부족과 양육 부담이 있으나 지지 체계가 있음.",
    household=(("자녀", -12, "M", "초등학교 6학년"), ("자녀", -8, "F", "초등학교 2학년")),
    family_eco=(("자녀들", EcoKind.FAMILY, EcoStrength.STRONG), ("친정 언니", EcoKind.RELATIVE, EcoStrength.STRONG),
                ("전 배우자", EcoKind.FAMILY, EcoStrength.STRESSFUL)),
    resources=("child_centre", "hcc", "legal_aid", "family_centre", "self_sufficiency"),
    goals=(
        G(NeedArea.EDUCATION, "퇴근 전까지 애들이 안전하게 공부할 곳이 있었으면 해요.",
          ("돌봄 공백이 그대로", "대기 신청만 함", "지역아동센터를 주 5일 이용함", "학습 지원까지 받음",
           "아이들 성적과 생활이 나아졌다고 말함")),
        G(NeedArea.ECONOMY, "양육비를 받아서 생활비 걱정을 덜고 싶어요.",
          ("아무 조치 안 함", "상담만 받음", "양육비 이행 신청을 함", "일부 양육비를 받음", "정기적으로 양육비를 받음")),
    ),
    tasks=(
        T(TaskPerformer.CLIENT, "양육비이행관리원 상담 신청", "1회", "legal_aid", 1),
        T(TaskPerformer.RESOURCE, "지역아동센터 방과후 돌봄과 학습 지원", "주 5회", "child_centre", 0),
        T(TaskPerformer.PRACTITIONER, "한부모가족 지원 추가 급여 확인", "1회", "hcc", 1),
    ),
    services=(
        (P.INFORMATION, M.OFFICE, "한부모가족 지원 제도와 양육비 이행 지원 절차 안내."),
        (P.REFERRAL_LINKAGE, M.PHONE, "지역아동센터에 두 자녀 이용 의뢰. 다음 달부터 이용 가능."),
        (P.SELF_ADVOCACY_SUPPORT, M.OFFICE, "양육비 청구 상담 때 할 말을 함께 정리. 본인이 직접 신청."),
        (P.COUNSELLING_THERAPY, M.PHONE, "피로와 죄책감 호소. 지금까지 해 온 노력을 함께 짚어 봄."),
        (P.EDUCATION_TRAINING, M.OFFICE, "자녀와 주간 계획표 만들기 연습."),
    ),
    review_notes=("지역아동센터 이용 안정. 아이들이 센터를 좋아함.", "양육비 이행 절차 진행 중."),
    changed_needs=("돌봄 공백 해소 후 본인 건강 관리 욕구가 커짐.",),
    client_words=("아이들 맡길 곳이 생기니 일하면서도 마음이 편해요.",),
    termination_summary="돌봄 공백 해소, 양육비 일부 이행. 지역아동센터와 가족센터가 지속 지원.",
    conference=("사례관리자, 지역아동센터장, 가족센터 상담사", "한부모 가정 돌봄과 소득 지원",
                "지역아동센터가 학습 지원, 가족센터가 자녀 상담. 사례관리자는 양육비 이행 진행 점검."),
)

MIDDLE_AGED_DEBT = Scenario(
    key="middle_aged_debt", age_range=(48, 62), sex="M",
    flags=(Vulnerability.LIVING_ALONE, Vulnerability.BASIC_LIVELIHOOD),
    referral_sources=("행정복지센터 의뢰", "병원 의료사회복지사 의뢰"),
    requests=("사업 망하고 빚만 남았어요. 술 없으면 잠이 안 와요.",
              "일을 다시 하고 싶은데 빚 독촉 전화 때문에 아무것도 못 하겠어요."),
    crisis="음주 문제와 채무 독촉으로 불안 높음. 자살 생각 질문에 '가끔 그런 생각이 든다'고 답함 → 정신건강복지센터 연계.",
    needs={
        NeedArea.ECONOMY: (3, "채무 약 4천만 원, 독촉 전화. 소득 없음."),
        NeedArea.HEALTH: (2, "잦은 음주, 간 수치 높음."),
        NeedArea.EMPLOYMENT: (2, "자영업 폐업 후 1년째 무직."),
        NeedArea.SOCIAL_RELATIONS: (2, "가족과 연락 끊김, 지인 관계 단절."),
        NeedArea.SAFETY: (2, "자살 생각 간헐적 호소."),
    },
    strengths=("손재주가 좋아 목공 경험이 있음. 다시 일하고 싶은 의지.", "누나가 가끔 연락함.",
               "교회 나눔부와 이장님이 안부를 물음."),
    risk=RiskLevel.HIGH, risk_reasons="음주와 채무 스트레스, 간헐적 자살 생각.",
    household=(("누나", 4, "F", "강릉 거주, 가끔 연락"),),
    family_eco=(("누나", EcoKind.FAMILY, EcoStrength.WEAK), ("전 부인", EcoKind.FAMILY, EcoStrength.STRESSFUL)),
    resources=("mental_centre", "legal_aid", "finance", "self_sufficiency", "food_bank", "church"),
    goals=(
        G(NeedArea.ECONOMY, "빚 독촉에서 벗어나고 싶어요.",
          ("채무 상담을 거부함", "상담 예약만 함", "채무조정(개인회생) 상담을 받음", "채무조정을 신청함",
           "채무조정이 확정되어 변제를 시작함")),
        G(NeedArea.HEALTH, "술을 줄이고 잠을 자고 싶어요.",
          ("음주가 늘어남", "상담만 받음", "중독 상담에 주 1회 참여함", "한 달간 음주 횟수가 절반으로 줄어듦",
           "3개월간 금주를 유지함")),
        G(NeedArea.EMPLOYMENT, "목공 일을 다시 하고 싶어요.",
          ("구직 의사 없음", "자활센터 상담만 받음", "자활근로 사업단에 참여함", "자활근로를 3개월 지속함",
           "일반 취업으로 이어짐")),
    ),
    tasks=(
        T(TaskPerformer.CLIENT, "법률구조공단 채무 상담 예약", "1회", "legal_aid", 0),
        T(TaskPerformer.RESOURCE, "정신건강복지센터 중독 상담", "주 1회", "mental_centre", 1),
        T(TaskPerformer.CLIENT, "자활센터 목공 사업단 면담", "1회", "self_sufficiency", 2),
        T(TaskPerformer.PRACTITIONER, "푸드뱅크 식품 지원 연계", "월 1회", "food_bank", 0),
    ),
    services=(
        (P.CRISIS_INTERVENTION, M.HOME_VISIT, "자살 생각 확인, 안전 계획 작성. 정신건강복지센터 당일 상담 연결."),
        (P.REFERRAL_LINKAGE, M.PHONE, "대한법률구조공단 채무 상담 의뢰. 개인회생 요건 검토 예정."),
        (P.COUNSELLING_THERAPY, M.OFFICE, "음주 패턴과 계기 탐색. 저녁 시간 목공 취미를 대안으로 이야기함."),
        (P.COLLABORATIVE_ACTIVITY, M.OUTREACH, "법률 상담 동행, 필요 서류 목록 함께 정리."),
        (P.INFORMATION, M.OFFICE, "자활근로 사업단과 목공 사업 안내."),
        (P.SELF_ADVOCACY_SUPPORT, M.PHONE, "채권자 독촉 전화에 대응하는 말을 함께 연습."),
    ),
    review_notes=("채무조정 신청 완료. 독촉 전화가 줄어 잠을 잔다고 함.", "자활근로 목공 사업단 참여 2개월째."),
    changed_needs=("음주는 줄었으나 외로움 호소.",),
    client_words=("빚 때문에 숨도 못 쉬었는데 이제 조금씩 갚아 나갈 수 있을 것 같아요.",),
    termination_summary="채무조정 확정, 자활근로 지속, 중독 상담 유지. 정신건강복지센터로 사례 연계.",
    conference=("사례관리자, 정신건강복지센터, 자활센터 실장", "채무·음주 문제 통합 지원",
                "정신건강복지센터 주 1회 상담, 자활센터 목공 사업단 참여, 사례관리자는 채무조정 진행 점검."),
)

DISABILITY_HOUSING = Scenario(
    key="disability_housing", age_range=(40, 65), sex=None,
    flags=(Vulnerability.DISABILITY, Vulnerability.BASIC_LIVELIHOOD),
    referral_sources=("행정복지센터 의뢰", "보건의료원 방문간호사 의뢰"),
    requests=("휠체어로 화장실에 들어갈 수가 없어요. 집이 너무 불편해요.",
              "현관 턱 때문에 혼자서는 밖에 못 나가요."),
    crisis="지체장애(하지), 주거 내 이동 제한. 긴급 위기는 없음.",
    needs={
        NeedArea.HOUSING_ENVIRONMENT: (3, "현관 턱, 좁은 화장실로 휠체어 이용 불가. 주거 환경 개선 필요."),
        NeedArea.DAILY_LIVING: (2, "목욕·외출에 도움 필요."),
        NeedArea.SOCIAL_RELATIONS: (2, "외출 제한으로 고립."),
        NeedArea.HEALTH: (1, "욕창 예방 관리 필요."),
    },
    strengths=("스마트폰을 잘 다루고 정보 검색을 잘함.", "배우자가 돌봄에 헌신적임.", "장애인 자조모임 회원이 연락함."),
    risk=RiskLevel.MODERATE, risk_reasons="주거 환경으로 인한 낙상·고립 위험.",
    household=(("배우자", 0, "F", "주 돌봄자"),),
    family_eco=(("배우자", EcoKind.FAMILY, EcoStrength.STRONG),),
    resources=("housing_centre", "volunteers", "hcc", "health_centre"),
    goals=(
        G(NeedArea.HOUSING_ENVIRONMENT, "혼자서 화장실이랑 현관을 드나들고 싶어요.",
          ("개선 없음", "견적만 받음", "현관 경사로와 화장실 개조를 마침", "안전손잡이까지 설치함",
           "혼자 외출을 시작함")),
        G(NeedArea.SOCIAL_RELATIONS, "한 달에 두 번은 밖에 나가고 싶어요.",
          ("외출 없음", "병원 외출만 함", "월 2회 외출함", "자조모임에 참여함", "자조모임에서 역할을 맡음")),
    ),
    tasks=(
        T(TaskPerformer.RESOURCE, "주거복지센터 장애인 주거 편의 개조", "1회", "housing_centre", 0),
        T(TaskPerformer.RESOURCE, "자원봉사센터 이동 지원 봉사자 연계", "월 2회", "volunteers", 1),
        T(TaskPerformer.CLIENT, "장애인 콜택시 회원 가입", "1회", None, 1),
    ),
    services=(
        (P.INFORMATION, M.HOME_VISIT, "장애인 주거 편의시설 개조 지원 제도 안내."),
        (P.REFERRAL_LINKAGE, M.PHONE, "주거복지센터에 주거 환경 개선(경사로, 화장실 개조) 의뢰."),
        (P.COLLABORATIVE_ACTIVITY, M.HOME_VISIT, "개조 공사 현장 확인. 본인이 원하는 손잡이 위치를 직접 설명하도록 지원."),
        (P.COORDINATION, M.PHONE, "자원봉사센터와 외출 지원 일정 조정."),
    ),
    review_notes=("경사로 설치 완료, 혼자 현관 출입 가능.",),
    changed_needs=("외출이 가능해지면서 일자리 욕구가 생김.",),
    client_words=("제 힘으로 문 밖에 나간 게 몇 년 만인지 몰라요.",),
    termination_summary="주거 개조로 이동권 확보, 자조모임 참여 시작.",
    conference=("사례관리자, 주거복지센터, 자원봉사센터", "주거 개조와 이동 지원",
                "주거복지센터 개조 공사 진행, 자원봉사센터 월 2회 외출 지원."),
)

MULTICULTURAL = Scenario(
    key="multicultural", age_range=(26, 38), sex="F",
    flags=(Vulnerability.MULTICULTURAL, Vulnerability.CHILD_IN_HOUSEHOLD),
    referral_sources=("가족센터 의뢰", "어린이집 교사 연락"),
    requests=("한국말이 아직 어려워서 아이 학교 서류를 못 읽어요.", "남편이 아파서 일을 못 해요. 제가 일하고 싶어요."),
    crisis="긴급 위기 없음. 배우자 건강 악화로 소득 감소.",
    needs={
        NeedArea.EDUCATION: (2, "한국어 읽기 어려움. 자녀 학교 안내문 이해 곤란."),
        NeedArea.EMPLOYMENT: (2, "취업 희망, 자격 없음."),
        NeedArea.ECONOMY: (2, "배우자 투병으로 소득 감소."),
        NeedArea.SOCIAL_RELATIONS: (1, "같은 나라 출신 친구 두 명 외 관계 적음."),
    },
    strengths=("배우려는 의지가 강하고 요리를 잘함.", "시어머니가 손주를 돌봐 줌.", "가족센터 한국어 교실이 가까움."),
    risk=RiskLevel.LOW, risk_reasons="지지 체계 있음, 소득 감소 관찰 필요.",
    household=(("배우자", 7, "M", "투병 중"), ("자녀", -6, "F", "어린이집"), ("시어머니", 34, "F", "손주 돌봄")),
    family_eco=(("배우자", EcoKind.FAMILY, EcoStrength.STRONG), ("시어머니", EcoKind.FAMILY, EcoStrength.STRONG),
                ("고향 친구", EcoKind.FRIEND_NEIGHBOUR, EcoStrength.WEAK)),
    resources=("family_centre", "job_centre", "hcc", "hospital"),
    goals=(
        G(NeedArea.EDUCATION, "아이 학교 안내문을 혼자 읽고 싶어요.",
          ("한국어 수업에 가지 않음", "가끔 참여함", "한국어 교실 주 2회 참여", "안내문을 대부분 혼자 읽음",
           "한국어능력시험 응시")),
        G(NeedArea.EMPLOYMENT, "요리 일을 하고 싶어요.",
          ("구직 안 함", "상담만 받음", "조리 직업훈련 등록", "훈련 수료", "식당 취업")),
    ),
    tasks=(
        T(TaskPerformer.CLIENT, "가족센터 한국어 교실 등록", "주 2회", "family_centre", 0),
        T(TaskPerformer.RESOURCE, "고용복지플러스센터 결혼이민자 취업 상담", "1회", "job_centre", 1),
    ),
    services=(
        (P.INFORMATION, M.OFFICE, "통역 지원을 받아 한국어 교실과 취업 지원 제도 안내."),
        (P.REFERRAL_LINKAGE, M.PHONE, "가족센터 한국어 교실과 통번역 서비스 연계."),
        (P.EDUCATION_TRAINING, M.HOME_VISIT, "학교 안내문 읽는 법 함께 연습."),
        (P.COLLABORATIVE_ACTIVITY, M.OUTREACH, "고용복지플러스센터 동행, 조리 훈련 과정 상담."),
    ),
    review_notes=("한국어 교실 꾸준히 참여.",),
    changed_needs=("배우자 치료비 부담 증가.",),
    client_words=("이제 아이 선생님이랑 문자로 이야기해요.",),
    termination_summary="한국어 학습과 직업훈련 연계로 목표 달성. 가족센터가 지속 지원.",
    conference=("사례관리자, 가족센터, 고용복지플러스센터", "결혼이민자 취업 지원", "조리 직업훈련 연계, 훈련 중 아이 돌봄은 시어머니."),
)

GENERAL_SCENARIOS = (HOUSING_FAMILY, YOUNG_ADULT_MENTAL_HEALTH, ELDER_ALONE, SINGLE_PARENT, MIDDLE_AGED_DEBT,
                     DISABILITY_HOUSING, MULTICULTURAL)
SCENARIO_WEIGHTS = (18, 14, 20, 14, 12, 10, 12)

SURNAMES = ("김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송",
            "류", "전", "홍", "문", "배", "노")
GIVEN_OLD_F = ("순자", "영자", "정숙", "말순", "옥자", "춘자", "영순", "정자", "금순", "복순")
GIVEN_OLD_M = ("영수", "상철", "영호", "정호", "광수", "만석", "춘길", "병철", "종수", "재만")
GIVEN_MID_F = ("미경", "은정", "지영", "현숙", "선영", "미영", "수진", "정희", "경희", "혜진")
GIVEN_MID_M = ("성호", "준호", "동현", "정훈", "상욱", "재혁", "민호", "성민", "대현", "승철")
GIVEN_YOUNG_F = ("서연", "지은", "수빈", "예린", "하은", "민지", "유진", "다은", "채원", "지아")
GIVEN_YOUNG_M = ("민수", "지훈", "현우", "도윤", "준서", "태민", "건우", "시우", "우진", "민재")
FOREIGN_GIVEN_F = ("응우옌 티 란", "레 티 흐엉", "마리아 산토스", "팜 티 투", "왕 리")
CHILD_F = ("서윤", "하린", "지유", "수아", "예은")
CHILD_M = ("도현", "시윤", "하준", "은우", "주원")
PLACES = ("강원특별자치도 평창군 대화면 대화중앙로", "강원특별자치도 평창군 평창읍 중앙로", "강원특별자치도 평창군 봉평면 창동리",
          "강원특별자치도 평창군 진부면 진부중앙로", "강원특별자치도 평창군 미탄면 평창동로", "강원특별자치도 평창군 방림면 방림로")

ASSESSMENT_SUMMARY = "주호소와 9개 욕구 영역을 함께 살폈고, 대상자가 가장 먼저 바꾸고 싶은 것은 '{goal}'이다."
REASSESS_SUMMARY = "재사정: 초기 대비 주요 욕구 수준이 낮아졌고 새로운 욕구를 반영하여 계획을 보완함."
CLOSING_SUMMARY = "종결사정: 목표 영역의 욕구 수준이 초기보다 뚜렷이 낮아짐."
ADDENDA = ("통화 내용 보충: 대상자가 다음 방문 일정을 스스로 정함.", "날짜 정정: 실제 방문은 오후였음.",
           "보호자 의견 추가: 어머니도 같은 변화를 느낀다고 함.", "자원 연계 결과 보충: 담당자 회신 받음.")
REVIEW_NOTES = ("계획한 서비스가 제공되는지 자원 담당자와 통화로 확인함.",
                "대상자가 스스로 과업을 해낸 경험을 이야기함. 달라진 점을 함께 짚어 봄.",
                "일부 과업이 늦어져 대상자와 일정을 다시 정함.")
FOLLOW_UP_RESULTS = ("전화로 안부 확인. 변화가 유지되고 있음.", "방문 확인. 생활 안정적, 추가 지원 필요 없음.",
                     "연락 닿지 않아 문자 남김.", "새로운 어려움 호소, 재개입 여부 검토.")

# A practitioner who keeps up has a few cases running late, not a wall of red: one case in fifteen has a deadline
# that has passed (from the third case on, so even a small demo shows what "late" looks like on the today list).
LATE_EVERY = 15
LATE_FIRST = 2

CHILD_RELATIONS = ("자녀", "아들", "딸", "손자", "손녀")
PARENT_RELATIONS = ("모", "부", "어머니", "아버지", "시어머니", "시아버지", "장모", "장인")
YOUNGER_SIBLINGS = ("동생", "남동생", "여동생")
OLDER_SIBLINGS = ("누나", "언니", "형", "오빠")

# What else a client says at the first meeting, so no two presenting requests read the same.
REQUEST_DETAILS = (
    "이런 일이 {months}개월째예요.", "{place}에서 산 지 {years}년 됐는데 이렇게 힘든 건 처음이에요.",
    "요즘은 밤에 {hours}시간도 못 자요.", "누구한테 말해야 할지 몰라서 {months}개월을 그냥 버텼어요.",
    "{place} 이웃들한테는 아직 말 못 했어요.", "지난 {months}개월 동안 혼자 알아보다가 찾아왔어요.",
    "가족들한테 짐이 되는 것 같아서 미안해요.", "어디서부터 손대야 할지 모르겠어요.",
    "전화로 먼저 물어보려다가 용기 내서 왔어요.", "예전에 {years}년쯤 도움을 받은 적이 있어서 다시 찾았어요.",
)
# How the practitioner noted the screening: when and where the first meeting took place.
SCREENING_NOTES = (
    "{day} {place} 자택 방문 초기상담에서 확인.", "{day} 기관 내방 초기상담에서 확인.",
    "{day} 전화 초기상담 후 {place} 자택 방문으로 재확인.", "{day} 행정복지센터 동행 상담에서 확인.",
)

# --- plan and service record (issue 11 part 3): 단기 goals, service-row details, agreement, contact target ---------

# 단기 goals under a scenario's 장기 goals: (index of the 장기 goal, the 단기 goal in the client's words, its GAS).
SHORT_TERM_GOALS: dict[str, tuple[tuple[int, GoalSpec], ...]] = {
    "housing_family": (
        (0, GoalSpec(NeedArea.HOUSING_ENVIRONMENT, "이번 달 안에 아이들과 들어갈 임시거처를 구해요.",
                     ("거처를 구하지 못함", "신청만 함", "긴급 임시거처 입주", "입주 후 학교 통학 안정",
                      "임시거처에서 다음 집 계약 준비"))),
        (1, GoalSpec(NeedArea.ECONOMY, "밀린 월세 넉 달 치를 어떻게 갚을지 계획을 세워요.",
                     ("계획 없음", "금액만 확인함", "상환 계획을 세움", "긴급지원으로 일부 정리",
                      "밀린 월세를 모두 정리함"))),
    ),
    "young_adult_mh": (
        (0, GoalSpec(NeedArea.HEALTH, "한 달 동안 병원 예약한 날에 빠지지 않고 가요.",
                     ("진료에 가지 않음", "한 번 다녀옴", "예약한 날 모두 진료받음", "스스로 예약까지 함",
                      "복약 시간도 스스로 지킴"))),
        (1, GoalSpec(NeedArea.SOCIAL_RELATIONS, "일주일에 세 번은 아침에 일어나 동네를 걸어요.",
                     ("산책하지 않음", "주 1회 산책", "주 3회 산책", "매일 산책", "산책 모임에 나감"))),
    ),
    "elder_alone": (
        (0, GoalSpec(NeedArea.HEALTH, "약을 빠뜨리지 않고 챙겨 먹어요.",
                     ("복약을 자주 잊음", "가끔 잊음", "약 달력으로 거의 지킴", "스스로 다 지킴",
                      "이웃에게도 방법을 알려 줌"))),
    ),
}

# How the plan's free-text frequency reads as a count and a unit (the text stays as the detail).
FREQUENCY_CODES = {"1회": (1, "in_total"), "주 1회": (1, "per_week"), "주 2회": (2, "per_week"),
                   "주 3회": (3, "per_week"), "월 1회": (1, "per_month"), "월 2회": (2, "per_month"),
                   "매일": (1, "per_day")}
TARGET_OF_PERFORMER = {TaskPerformer.FAMILY: "가족", TaskPerformer.CLIENT: "본인",
                       TaskPerformer.PRACTITIONER: "본인", TaskPerformer.RESOURCE: "본인"}
# 내용 구분 a practice type usually has (one contact can be several)
CONTENT_OF_PRACTICE = {
    PracticeType.CRISIS_INTERVENTION: ("counselling", "check"), PracticeType.EDUCATION_TRAINING: ("info_given",),
    PracticeType.COLLABORATIVE_ACTIVITY: ("accompanying", "advocacy"),
    PracticeType.COUNSELLING_THERAPY: ("counselling", "emotional_support"),
    PracticeType.INFORMATION: ("info_given", "info_gathered"), PracticeType.SELF_ADVOCACY_SUPPORT: ("advocacy",),
    PracticeType.REFERRAL_LINKAGE: ("linkage",), PracticeType.COORDINATION: ("linkage", "check"),
    PracticeType.CASE_CONFERENCE: ("info_gathered",),
}
FAMILY_WORDS = ("어머니", "아버지", "배우자", "남편", "아내", "딸", "아들", "보호자", "가족")
AGREEMENT_NOTES = ("계획서 사본을 드림.", "계획을 함께 읽고 목표를 대상자의 말로 고침.", "자녀와 함께 설명을 들음.")


def _contact_target(ptype: PracticeType, mode: ContactMode, text: str) -> str:
    """접촉 대상 as the practice note reads: family when the note is about a family member on the phone, the agency
    for linkage and coordination, otherwise the client."""
    if ptype in (PracticeType.REFERRAL_LINKAGE, PracticeType.COORDINATION, PracticeType.CASE_CONFERENCE):
        return ContactTarget.RESOURCE.value
    if mode is ContactMode.PHONE and any(word in text[:20] for word in FAMILY_WORDS):
        return ContactTarget.FAMILY.value
    return ContactTarget.CLIENT.value


def _demo_signature() -> bytes:
    """A drawn signature as the canvas stores it (opaque white 600×200 PNG, dark strokes); made once."""
    global _SIGNATURE
    if _SIGNATURE is None:
        import io

        from PIL import Image, ImageDraw
        image = Image.new("RGB", (600, 200), "white")
        pen = ImageDraw.Draw(image)
        pen.line([(60, 140), (110, 60), (150, 150), (200, 70), (250, 140), (330, 90), (420, 120), (540, 100)],
                 fill="#10243e", width=5, joint="curve")
        out = io.BytesIO()
        image.save(out, "PNG")
        _SIGNATURE = out.getvalue()
    return _SIGNATURE


_SIGNATURE: bytes | None = None


STAGE_WEIGHTS = {Stage.INTAKE: 12, Stage.PLANNING: 12, Stage.IMPLEMENTATION: 26, Stage.MONITORING: 22,
                 Stage.TERMINATION: 12, Stage.FOLLOW_UP: 16}
# How long ago (days) a case in each stage was opened, and how long each earlier stage lasted.
OPENED_DAYS_AGO = {Stage.INTAKE: (0, 40), Stage.PLANNING: (12, 45), Stage.IMPLEMENTATION: (40, 160),
                   Stage.MONITORING: (80, 260), Stage.TERMINATION: (150, 380), Stage.FOLLOW_UP: (200, 520)}


# --- writing --------------------------------------------------------------------------------------------------------

class _Row(dict):  # type: ignore[type-arg]
    """Column values of one row, readable as attributes (``row.id``) like the model it will become."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name: str, value: Any) -> None:
        self[name] = value


# Insert order that satisfies every foreign key (checked at commit anyway, see _Writer).
TABLE_ORDER: tuple[type[Any], ...] = (
    Resource, Client, HouseholdMember, Case, StageTransition, ChecklistCheck, Consent, Assessment, NeedRating,
    BudgetLine, EcoRelation, Goal, PlanTask, ServiceEntry, Referral, CaseConference, MonitoringReview, Termination, GoalScore,
    FollowUp, Addendum, CaseSelection,
    ConferenceAttendee, SupervisionRecord, SupervisorConfirmation, ReviewGoalChange, ReviewServiceRating,
    TerminationGoalOutcome,  # migration 0007
    PlanAgreement,
)


def _column_defaults(model: type[Any]) -> dict[str, Any]:
    """Each column's default (a callable for default factories), so bulk rows carry every column."""
    out: dict[str, Any] = {}
    for column in model.__table__.columns:
        default = column.default
        if default is None:
            out[column.name] = None
        elif default.is_callable:
            out[column.name] = default.arg  # SQLAlchemy wraps factories as fn(context)
        else:
            out[column.name] = default.arg
    return out


# The column holding the day a record describes (rows without one take the writer's current day).
RECORD_DATE: dict[type[Any], str] = {
    Case: "opened_on", StageTransition: "moved_on", ChecklistCheck: "checked_on", Consent: "given_on",
    Assessment: "assessed_on", ServiceEntry: "occurred_on", Referral: "sent_on", CaseConference: "held_on",
    MonitoringReview: "reviewed_on", Termination: "terminated_on", GoalScore: "scored_on", Addendum: "written_on",
    CaseSelection: "decided_on",
    SupervisionRecord: "held_on", SupervisorConfirmation: "confirmed_on",
}

_DEFAULTS: dict[type[Any], dict[str, Any]] = {m: _column_defaults(m) for m in TABLE_ORDER}
_FACTORIES: dict[type[Any], tuple[str, ...]] = {
    m: tuple(name for name, default in d.items() if callable(default)) for m, d in _DEFAULTS.items()}


class _Writer:
    """Collects rows and their audit events for one write session and inserts them in bulk.

    Thousands of cases would take minutes row by row through the ORM; here each table gets one executemany per
    batch and the audit chain one bulk append (:func:`audit.record_many`). ``vault.after_write`` hooks still see every
    row as a model object; the search index hook is the exception: it is replaced by one bulk rebuild at the end
    (:func:`caseapp.services.search.rebuild_index`), which produces the same documents.
    """

    def __init__(self, vault: Vault, session: Session) -> None:
        self.vault = vault
        self.session = session
        self.rows: dict[type[Any], list[_Row]] = {m: [] for m in TABLE_ORDER}
        self.events: list[tuple[str, str, str, str | None, str, datetime | None]] = []
        self.day: date | None = None  # the day being written about, for rows without a date of their own
        self._now = datetime.now(timezone.utc)
        self._tick = 0
        # Rows go in table order; the foreign keys are still checked, at commit.
        session.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        _use_full_cache(session)

    def stamp(self, on: date | None) -> datetime | None:
        """A moment on ``on`` in office hours (09:00–17:00 local time, wherever the demo is made), a minute after
        the previous one, never later than now: demo history reads as if each record was written on the day it
        describes, and the access-log review's night-time flag (22:00–06:00 local) does not fire on all of it."""
        if on is None:
            return None
        self._tick += 1
        at = datetime.combine(on, time(9, 0)).astimezone() + timedelta(minutes=self._tick % 480)
        return min(at.astimezone(timezone.utc), self._now)

    def add(self, model: type[Any], *, detail: str = "", audited: bool = True, on: date | None = None,
            **values: Any) -> _Row:
        row = _Row(_DEFAULTS[model])
        row.update(values)
        for name in _FACTORIES[model]:
            if name not in values:
                row[name] = _DEFAULTS[model][name](None)
        column = RECORD_DATE.get(model)
        at = self.stamp(on or (values.get(column) if column else None) or self.day)
        if at is not None and "created_at" in row:
            row["created_at"] = row["updated_at"] = at
        self.rows[model].append(row)
        if audited:
            self.events.append(("create", model.__tablename__, row["id"], row.get("case_id"), detail, at))
        return row

    def touch(self, row: _Row, on: date) -> None:
        """The row was changed on ``on`` (a follow-up done, a case moved on)."""
        row["updated_at"] = self.stamp(on)

    def sign(self, model: type[Signable], row: _Row, on: date) -> None:
        row.signed_at = self.stamp(on)
        row.signed_by = self.vault.actor
        row.content_hash = _content_hash(row, model)
        self.events.append(("sign", model.__tablename__, row.id, row.get("case_id"), row.content_hash, row.signed_at))

    def addendum(self, model: type[Signable], target: _Row, on: date, text: str) -> _Row:
        add = self.add(Addendum, audited=False, case_id=target.case_id, target_type=model.__tablename__,
                       target_id=target.id, written_on=on, author=self.vault.actor, text=text)
        self.events.append(("addendum", "addendum", add.id, add.case_id, f"{model.__tablename__}:{target.id}",
                            add.created_at))
        return add

    def write(self) -> None:
        """Insert everything collected, append the audit events and run the after-write hooks."""
        conn = self.session.connection()
        for model in TABLE_ORDER:
            if self.rows[model]:
                conn.execute(insert(model.__table__), self.rows[model])
        sync_log.record_existing(conn, only={m.__tablename__: [r["id"] for r in self.rows[m]]  # bulk rows: logged
                                             for m in TABLE_ORDER if self.rows[m]})
        audit.record_many(self.session, self.vault.actor, self.events)
        case_summaries.refresh(self.session, {r["id"] for r in self.rows[Case]} |  # bulk rows bypass the ORM
                               {r["case_id"] for rows in self.rows.values() for r in rows if r.get("case_id")})
        hooks = [h for h in self.vault.after_write if not _is_search_hook(h)]
        if hooks:
            for model in TABLE_ORDER:
                for row in self.rows[model]:
                    obj = model(**row)
                    for hook in hooks:
                        hook(self.session, obj)
        self.rows = {m: [] for m in TABLE_ORDER}
        self.events = []


def _content_hash(row: _Row, model: type[Any]) -> str:
    """:func:`records.content_hash` of the model this row becomes, computed from its column values (a test checks
    that :func:`records.verify_signed` accepts every signed demo row)."""
    content = {k: v.isoformat() if isinstance(v, (date, datetime)) else v
               for k, v in sorted(row.items()) if is_signed_content(model.__tablename__, k, v)}
    canonical = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _add_short_term_goals(w: _Writer, case_id: str, scenario: str, goals: list[_Row],
                          rng: random.Random) -> list[_Row]:
    """The scenario's 단기 goals under the 장기 goals this case has (each with its own GAS and baseline)."""
    out = []
    for pos, (parent, spec) in enumerate(SHORT_TERM_GOALS.get(scenario, ())):
        if parent >= len(goals):
            continue
        out.append(w.add(Goal, case_id=case_id, position=pos, statement=spec.statement, need_area=spec.area.value,
                         parent_id=goals[parent].id, term="short",
                         target_date=goals[parent].target_date - timedelta(days=60),
                         gas_minus2=spec.gas[0], gas_minus1=spec.gas[1], gas_zero=spec.gas[2],
                         gas_plus1=spec.gas[3], gas_plus2=spec.gas[4],
                         baseline_score=-1 if rng.random() < 0.7 else -2, detail="goal"))
    return out


def _add_agreement(w: _Writer, case_id: str, on: date, rng: random.Random) -> None:
    """The client's agreement to the plan: mostly signed on paper, some drawn on screen, a few verbally."""
    method = rng.choices(("signed_paper", "signed_screen", "verbal"), weights=(6, 3, 1))[0]
    w.add(PlanAgreement, case_id=case_id, agreed_on=on, method=method, notes=rng.choice(AGREEMENT_NOTES),
          signature_png=_demo_signature() if method == "signed_screen" else None, detail="plan agreement", on=on)


def _is_search_hook(hook: Any) -> bool:
    return getattr(hook, "__module__", "") == "caseapp.services.search"


def _use_full_cache(session: Session) -> None:
    """A pooled connection sizes its page cache from the file when it opened; a file that grows by thousands of
    cases needs the engine's full ceiling, or every index insert re-reads (and re-decrypts) evicted pages."""
    session.connection().exec_driver_sql(f"PRAGMA cache_size = -{CACHE_CEILING_KIB}")


def _rebuild_search_index(vault: Vault) -> None:
    """The search service's full rebuild, the bulk counterpart of its per-row hook."""
    if any(_is_search_hook(h) for h in vault.after_write):
        from caseapp.services import search
        with vault.session(write=True) as s:
            _use_full_cache(s)
            search.rebuild_index(s.connection())


@dataclass
class _Context:
    rng: random.Random
    today: date
    resources: dict[str, Resource]
    practitioner_id: str | None
    next_seq: dict[int, int] = field(default_factory=dict)
    used_texts: set[str] = field(default_factory=set)  # presenting requests already told by another client
    assessed_intakes: int = 0  # intake-stage cases with an assessment so far: they take turns at selection outcomes
    outcomes: tuple[str, ...] = ()  # the selection outcomes (levels and NO_LEVEL) the file must show
    shown: set[str] = field(default_factory=set)  # those the cases built so far show
    outcome: str = NO_LEVEL  # that of the case being built (set when its selection is written)


def generate(vault: Vault, cases: int, seed: int | None = None, progress: ProgressFn | None = None) -> DemoResult:
    """Add ``cases`` demo cases (and the resource directory, once) to an open vault."""
    if cases < 1:
        raise ValidationError("예시 사례 수는 1건 이상이어야 합니다.", "The number of demo cases must be at least 1.")
    if seed is None:
        seed = random.SystemRandom().randrange(1_000_000)
    rng = random.Random(seed)
    today = date.today()
    with vault.session(write=True) as s:
        sequences = _sequences(s)
        _check_room(sequences, today, cases)
        writer = _Writer(vault, s)
        resources = _ensure_resources(writer)
        practitioner = s.exec(select(Practitioner).where(Practitioner.is_current == True)).first()  # noqa: E712
        ctx = _Context(rng, today, resources, practitioner.id if practitioner else None, sequences,
                       outcomes=_outcomes(agency_uses_intensive(s)))
        writer.write()
    numbers: list[str] = []
    done = 0
    try:
        while done < cases:
            batch = min(CASES_PER_COMMIT, cases - done)
            with vault.session(write=True) as s:
                writer = _Writer(vault, s)
                for i in range(batch):
                    index = done + i
                    missing = [o for o in ctx.outcomes if o not in ctx.shown]
                    wanted = None
                    if index == 0:
                        scenario, stage = HOUSING_FAMILY, Stage.FOLLOW_UP
                    elif index == 1:
                        scenario, stage = YOUNG_ADULT_MENTAL_HEALTH, Stage.MONITORING
                    elif cases - index <= len(missing):  # the last cases show the outcomes chance left out
                        wanted = missing[0]
                        scenario, stage = _case_showing(rng, wanted)
                    else:
                        scenario = rng.choices(GENERAL_SCENARIOS, SCENARIO_WEIGHTS)[0]
                        stage = rng.choices(list(STAGE_WEIGHTS), list(STAGE_WEIGHTS.values()))[0]
                    late = index % LATE_EVERY == LATE_FIRST
                    ctx.outcome = NO_LEVEL
                    numbers.append(_build_case(writer, ctx, scenario, stage, full=index < 2, late=late,
                                               outcome=wanted))
                    ctx.shown.add(ctx.outcome)
                    if progress is not None and (index + 1) % PROGRESS_EVERY == 0:
                        progress(min(index + 1, cases - 1), cases)  # "all done" only once the index is built too
                writer.write()
            done += batch
    finally:
        if done:  # even when stopped part-way, the batches already committed must be searchable
            _rebuild_search_index(vault)
    if progress is not None:
        progress(cases, cases)
    ordered = sorted(numbers)
    return DemoResult(len(numbers), ordered[0], ordered[-1], seed)


def _ensure_resources(writer: _Writer) -> dict[str, Resource]:
    existing = {r.name: r for r in writer.session.exec(select(Resource))}
    out = {}
    for spec in RESOURCES:
        row = existing.get(spec.name)
        if row is None:
            row = writer.add(Resource, name=spec.name, kind=spec.kind.value, category=spec.category.value,
                                      services=spec.services, contact_person=spec.contact_person, phone=spec.phone,
                                      address=spec.address, notes="예시 자원", detail="resource")
        out[spec.key] = row
    return out


def _sequences(s: Session) -> dict[int, int]:
    """Highest case sequence per year already in the file, so demo cases continue the numbering."""
    out: dict[int, int] = {}
    for number in s.exec(select(Case.case_number)):
        year, _, seq = number.partition("-")
        if year.isdigit() and seq.isdigit():
            out[int(year)] = max(out.get(int(year), 0), int(seq))
    return out


def _name(rng: random.Random, age: int, sex: str, scenario: Scenario) -> str:
    if scenario is MULTICULTURAL and sex == "F":
        return rng.choice(FOREIGN_GIVEN_F)
    if age >= 65:
        pool = GIVEN_OLD_F if sex == "F" else GIVEN_OLD_M
    elif age >= 35:
        pool = GIVEN_MID_F if sex == "F" else GIVEN_MID_M
    elif age >= 14:
        pool = GIVEN_YOUNG_F if sex == "F" else GIVEN_YOUNG_M
    else:
        pool = CHILD_F if sex == "F" else CHILD_M
    return rng.choice(SURNAMES) + rng.choice(pool)


def _days(rng: random.Random, lo: int, hi: int) -> int:
    return rng.randint(lo, max(lo, hi))


def _opened_window(stage: Stage, late: bool) -> tuple[int, int]:
    """How many days ago (fewest, most) a case at ``stage`` may have been opened. Before a plan exists the plan is
    due 30 days after intake: an intake or planning case is past that only when it is one of the few running late."""
    lo, hi = OPENED_DAYS_AGO[stage]
    if stage in (Stage.INTAKE, Stage.PLANNING):
        lo, hi = (PLAN_WITHIN_DAYS + 1, PLAN_WITHIN_DAYS + 15) if late else (lo, PLAN_WITHIN_DAYS - 3)
    return lo, max(lo, hi)


def _opened_days_ago(rng: random.Random, stage: Stage, late: bool) -> int:
    return _days(rng, *_opened_window(stage, late))


def _room_per_year(sequences: dict[int, int], today: date) -> dict[int, int]:
    """Case numbers still free in each year a demo case may be opened in."""
    oldest = max(_opened_window(stage, late)[1] for stage in Stage for late in (False, True))
    years = range((today - timedelta(days=oldest)).year, today.year + 1)
    return {year: max(0, MAX_PER_YEAR - sequences.get(year, 0)) for year in years}


def _check_room(sequences: dict[int, int], today: date, cases: int) -> None:
    room = _room_per_year(sequences, today)
    if cases > sum(room.values()):
        years = ", ".join(f"{year}: {free:,}" for year, free in room.items())
        raise ValidationError(
            f"사례번호는 한 해에 {MAX_PER_YEAR:,}번까지여서 예시 사례를 {sum(room.values()):,}건만 더 만들 수 "
            f"있습니다(연도별 남은 번호 {years}).",
            f"Case numbers run to {MAX_PER_YEAR:,} a year, so there is room for {sum(room.values()):,} more demo "
            f"cases (numbers left per year: {years}).")


def _opened_on(ctx: _Context, stage: Stage, late: bool) -> date:
    """The day a case is opened: drawn from its stage's window; when that year's numbers are used up, the nearest
    day of the window in a year that still has numbers."""
    drawn = _opened_days_ago(ctx.rng, stage, late)
    if ctx.next_seq.get((ctx.today - timedelta(days=drawn)).year, 0) < MAX_PER_YEAR:
        return ctx.today - timedelta(days=drawn)
    lo, hi = _opened_window(stage, late)
    free = [d for d in range(lo, hi + 1) if ctx.next_seq.get((ctx.today - timedelta(days=d)).year, 0) < MAX_PER_YEAR]
    if not free:
        year = (ctx.today - timedelta(days=drawn)).year
        raise ValidationError(f"{year}년 사례번호가 {MAX_PER_YEAR:,}번까지 모두 쓰였습니다.",
                              f"Every case number of {year} (up to {MAX_PER_YEAR:,}) is in use.")
    return ctx.today - timedelta(days=min(free, key=lambda d: (abs(d - drawn), d)))


def _household(w: _Writer, rng: random.Random, sc: Scenario, client: _Row, age: int, sex: str) -> None:
    """The scenario's household with ages that fit the client: children at least 20 years younger, parents at
    least 20 years older, a spouse within a few years (of the other sex), siblings on the right side."""
    family_surname = client.name[0]  # children take the father's surname when he is in the household
    for position, (relation, age_spec, m_sex, note) in enumerate(sc.household):
        if relation == "배우자":
            m_sex = "M" if sex == "F" else "F"
        m_age = -age_spec if age_spec < 0 else age + age_spec + rng.randint(-2, 2) if age_spec \
            else age + rng.randint(-3, 3)
        if relation in CHILD_RELATIONS:
            m_age = min(m_age, age - 20)
        elif relation in PARENT_RELATIONS:
            m_age = max(m_age, age + 20)
        elif relation in YOUNGER_SIBLINGS:
            m_age = min(m_age, age - 1)
        elif relation in OLDER_SIBLINGS:
            m_age = max(m_age, age + 1)
        if relation in CHILD_RELATIONS or relation in YOUNGER_SIBLINGS and m_age < 14:
            m_name = family_surname + rng.choice(CHILD_F if m_sex == "F" else CHILD_M)
        elif relation in YOUNGER_SIBLINGS or relation in OLDER_SIBLINGS:
            m_name = client.name[0] + _name(rng, m_age, m_sex, ELDER_ALONE)[1:]
        else:
            m_name = _name(rng, m_age, m_sex, ELDER_ALONE)
            if relation == "배우자" and m_sex == "M":
                family_surname = m_name[0]
        w.add(HouseholdMember, client_id=client.id, name=m_name, relation=relation, age=max(m_age, 0), sex=m_sex,
              lives_together=not any(x in note for x in ("거주", "별거", "연락")), notes=note, detail="household",
              **demo_intake.member_facts(sc.key, position))


def _intake_texts(rng: random.Random, ctx: _Context, sc: Scenario, opened: date, place: str) -> tuple[str, str]:
    """The presenting request in the client's words and the crisis screening, told the way this client told them
    (no two clients come with the same sentence)."""
    for attempt in range(20):
        request = " ".join((rng.choice(sc.requests), rng.choice(REQUEST_DETAILS).format(
            months=rng.randint(2, 8), years=rng.randint(2, 20), hours=rng.randint(2, 5),
            place=place.split()[-2] if len(place.split()) > 2 else place)))
        if attempt >= 10:
            request += f" ({opened.month}월 {opened.day}일 첫 상담)"
        if request not in ctx.used_texts:
            break
    ctx.used_texts.add(request)
    crisis = " ".join((sc.crisis, rng.choice(SCREENING_NOTES).format(
        day=f"{opened.month}월 {opened.day}일", place=place.split()[-2] if len(place.split()) > 2 else place)))
    return request, crisis


def _outcomes(uses_intensive: bool) -> tuple[str, ...]:
    """What the case list filters by and the statistics count apart: each selection level (집중사례 only where the
    agency uses it: its selection form offers nothing else) and not decided yet."""
    levels = [m.value for m in SelectionLevel if m is not SelectionLevel.INTENSIVE or uses_intensive]
    return (*levels, NO_LEVEL)


def _case_showing(rng: random.Random, outcome: str) -> tuple[Scenario, Stage]:
    """A scenario and stage whose case ends in ``outcome``: not selected or not decided means an intake that
    stopped there; a level means a case of that kind past intake (집중: one of the complex kinds)."""
    if outcome == NO_LEVEL:
        return rng.choice(GENERAL_SCENARIOS), Stage.INTAKE
    level = SelectionLevel(outcome)
    if not level.selected:
        fits = [sc for sc in GENERAL_SCENARIOS if demo_intake.FACTS[sc.key].not_selected[0] is level]
        return rng.choice(fits), Stage.INTAKE
    kind = SelectionLevel.COMPLEX if level is SelectionLevel.INTENSIVE else level
    fits = [sc for sc in GENERAL_SCENARIOS if demo_intake.FACTS[sc.key].level is kind]
    later = [st for st in STAGE_WEIGHTS if st is not Stage.INTAKE]
    return rng.choice(fits), rng.choices(later, [STAGE_WEIGHTS[st] for st in later])[0]


def _build_case(w: _Writer, ctx: _Context, sc: Scenario, stage: Stage, full: bool = False,
                late: bool = False, outcome: str | None = None) -> str:
    """One case up to ``stage``; ``full`` walks the whole scenario (every goal, resource and contact). A ``late``
    case has one deadline that has passed; every other case is on time, with its dates drawn after the start of
    the stage they belong to. ``outcome`` (a level or NO_LEVEL, from :func:`_case_showing`) is the selection
    decision the case must end with; otherwise the stage and chance decide it."""
    rng, today = ctx.rng, ctx.today
    opened = _opened_on(ctx, stage, late)
    w.day = opened
    age = rng.randint(*sc.age_range)
    sex = sc.sex or rng.choice(("F", "M"))
    name = _name(rng, age, sex, sc)
    place = rng.choice(PLACES)

    client = w.add(Client,
        name=name, birth_date=date(today.year - age, rng.randint(1, 12), rng.randint(1, 28)), sex=sex,
        phone=f"010-{rng.randint(2000, 9999)}-{rng.randint(1000, 9999)}",
        address=f"{place} {rng.randint(1, 300)}", referral_source=rng.choice(sc.referral_sources),
        vulnerability_flags=[f.value for f in sc.flags], notes="", detail="client")
    # intake facts and selection draw from their own stream (seeded by this client), so the rest stays as it was
    facts_rng = random.Random(f"{client.name}|{client.birth_date}|{client.phone}")
    client.update(demo_intake.client_facts(facts_rng, sc.key, client.referral_source))
    _household(w, rng, sc, client, age, sex)

    stages = list(Stage)[: stage.order + 1]
    # Dates each stage began: spread the time since opening over the stages reached.
    span = max(1, (today - opened).days)
    cuts = sorted(rng.sample(range(1, span + 1), k=min(len(stages) - 1, span))) if len(stages) > 1 else []
    while len(cuts) < len(stages) - 1:
        cuts.append(span)
    starts = [opened] + [opened + timedelta(days=c) for c in cuts]
    interval = rng.choice((30, 30, 30, 45, 60))
    # The stage a case is in began recently enough for its own deadline to lie ahead (the first review after
    # implementation starts, the first follow-up contact a month after closing), unless the case runs late.
    recent = {Stage.IMPLEMENTATION: ((1, interval - 3), (interval + 2, interval + 25)),
              Stage.TERMINATION: ((0, 25), (35, 60))}.get(stage)
    if recent is not None:
        began = today - timedelta(days=rng.randint(*recent[late]))
        if late:  # earlier stages make room
            starts[-1] = max(began, opened + timedelta(days=len(starts) - 1))
            for i in range(len(starts) - 2, 0, -1):
                starts[i] = min(starts[i], starts[i + 1] - timedelta(days=1))
        else:
            starts[-1] = min(today, max(starts[-2] + timedelta(days=1), began))

    year = opened.year
    ctx.next_seq[year] = ctx.next_seq.get(year, 0) + 1
    assert ctx.next_seq[year] <= MAX_PER_YEAR  # _opened_on chose a year with numbers left
    number = f"{year}-{ctx.next_seq[year]:04d}"
    request, crisis = _intake_texts(rng, ctx, sc, opened, place)
    case = w.add(Case, case_number=number, client_id=client.id, practitioner_id=ctx.practitioner_id, opened_on=opened,
                      stage=stage.value, stage_since=starts[-1], presenting_request=request,
                      crisis_screening=crisis, crisis_flag=sc.risk is RiskLevel.CRISIS,
                      monitoring_interval_days=interval, detail=number)
    w.touch(case, starts[-1])
    cid = case.id

    def on_or_before(d: date) -> date:
        return min(d, today)

    def between(a: date, b: date) -> date:
        b = max(a, on_or_before(b))
        return a + timedelta(days=rng.randint(0, (b - a).days))

    def transition(frm: Stage | None, to: Stage, on: date, reason: str) -> None:
        w.add(StageTransition, case_id=cid, from_stage=frm.value if frm else None, to_stage=to.value, moved_on=on,
                              reason=reason, audited=False)

    transition(None, Stage.INTAKE, opened, "접수")

    def check_items(st: Stage, start: date, all_items: bool) -> None:
        items = CHECKLISTS[st]
        count = len(items) if all_items else rng.randint(0, len(items))
        for item in items[:count]:
            w.add(ChecklistCheck, case_id=cid, stage=st.value, item_key=item.key,
                                 checked_on=between(start, start + timedelta(days=10)), audited=False)

    def end_of(st: Stage) -> date:
        i = stages.index(st)
        return starts[i + 1] if i + 1 < len(starts) else today

    # --- intake: consents, assessment, eco-map
    check_items(Stage.INTAKE, opened, stage is not Stage.INTAKE)
    consent_day = between(opened, opened + timedelta(days=3))
    expiring_soon = stage in (Stage.IMPLEMENTATION, Stage.MONITORING) and rng.random() < 0.12
    for purpose in (ConsentPurpose.SERVICE, ConsentPurpose.PERSONAL_INFO, ConsentPurpose.SHARING,
                    ConsentPurpose.SENSITIVE_INFO):
        if purpose is ConsentPurpose.SENSITIVE_INFO and Vulnerability.MENTAL_HEALTH not in sc.flags \
                and rng.random() < 0.6:
            continue
        if stage is Stage.INTAKE and purpose is ConsentPurpose.SERVICE and rng.random() < 0.4:
            continue  # consent still to be asked
        expires = consent_day + timedelta(days=365)
        if purpose is ConsentPurpose.SHARING and expiring_soon:
            expires = today + timedelta(days=rng.randint(1, 25))  # shows on the today list, not yet late
        consent = w.add(Consent, case_id=cid, purpose=purpose.value, given_on=consent_day, expires_on=expires,
                                method=rng.choice((ConsentMethod.WRITTEN, ConsentMethod.WRITTEN,
                                                   ConsentMethod.ELECTRONIC)).value,
                                notes="목적별로 설명하고 서명 받음", detail="consent", **_consent_terms(purpose))
        if rng.random() < 0.5:
            w.sign(Consent, consent, consent_day)
    if Vulnerability.BASIC_LIVELIHOOD in sc.flags or Vulnerability.NEAR_POVERTY in sc.flags:
        # 급여 신청을 대신 도우려면 주민등록번호가 필요하다: 고유식별정보 동의 (no random draw: the rest stays as it was)
        w.add(Consent, case_id=cid, purpose=ConsentPurpose.UNIQUE_ID.value, given_on=consent_day,
              method=ConsentMethod.WRITTEN.value, notes="기초생활보장 급여 신청 대행", detail="consent",
              **_consent_terms(ConsentPurpose.UNIQUE_ID))
    if rng.random() < 0.15:
        w.add(Consent, case_id=cid, purpose=ConsentPurpose.PHOTOS.value, given_on=consent_day,
                      withdrawn_on=between(consent_day, consent_day + timedelta(days=40)),
                      method=ConsentMethod.VERBAL.value, notes="사진 활용 동의 후 철회 의사 밝힘", detail="consent")

    has_assessment = stage is not Stage.INTAKE or rng.random() < 0.6 or outcome not in (None, NO_LEVEL)
    intake_levels: dict[NeedArea, int] = {}
    if has_assessment:
        assessed = between(opened, opened + timedelta(days=14))
        intake_levels = _levels(rng, sc)
        intake = _assessment(w, cid, AssessmentKind.INTAKE, assessed, sc, intake_levels, sc.risk,
                             ASSESSMENT_SUMMARY.format(goal=sc.goals[0].statement))
        if stage.order >= Stage.PLANNING.order and rng.random() < 0.5:
            w.sign(Assessment, intake, assessed)
        _select(w, ctx, facts_rng, sc, cid, stage, assessed, starts[1] if len(starts) > 1 else today, outcome)
    for rel_name, kind, strength in sc.family_eco:
        w.add(EcoRelation, case_id=cid, name=rel_name, kind=kind.value, strength=strength.value,
                          direction=(EcoDirection.MUTUAL if strength is EcoStrength.STRONG
                                     else EcoDirection.FROM_CLIENT if strength is EcoStrength.STRESSFUL
                                     else EcoDirection.TO_CLIENT).value, detail="eco")
    used_resources = list(sc.resources if full else sc.resources[: rng.randint(2, len(sc.resources))])
    spec_by_key = {r.key: r for r in RESOURCES}
    for key in used_resources[:4]:
        res = ctx.resources[key]
        w.add(EcoRelation, case_id=cid, name=res.name, kind=spec_by_key[key].eco_kind.value, resource_id=res.id,
                          strength=rng.choice((EcoStrength.STRONG, EcoStrength.WEAK)).value,
                          direction=EcoDirection.TO_CLIENT.value, notes=spec_by_key[key].services.split(",")[0], detail="eco")
    if stage is Stage.INTAKE:
        return number

    # --- planning: goals with GAS scales in the client's words, tasks for client / practitioner / resources
    plan_start = starts[1]
    transition(Stage.INTAKE, Stage.PLANNING, plan_start, "초기사정 완료, 서비스 동의")
    check_items(Stage.PLANNING, plan_start, stage is not Stage.PLANNING)
    goals: list[Goal] = []
    if stage is not Stage.PLANNING or rng.random() < 0.7:
        planned_on = between(plan_start, plan_start + timedelta(days=7))
        w.day = planned_on
        for pos, gs in enumerate(sc.goals if full else sc.goals[: rng.randint(2, len(sc.goals))]):
            goal = w.add(Goal, case_id=cid, position=pos, statement=gs.statement, need_area=gs.area.value,
                              target_date=plan_start + timedelta(days=rng.choice((90, 120, 180))),
                              gas_minus2=gs.gas[0], gas_minus1=gs.gas[1], gas_zero=gs.gas[2], gas_plus1=gs.gas[3],
                              gas_plus2=gs.gas[4], baseline_score=-1 if rng.random() < 0.7 else -2, detail="goal")
            goals.append(goal)
        short_goals = _add_short_term_goals(w, cid, sc.key, goals, rng)
        if stage.order > Stage.PLANNING.order and rng.random() < 0.6:
            for goal in goals + short_goals:
                w.sign(Goal, goal, planned_on)
        late_task = late and stage is Stage.PLANNING  # later stages run late on their own deadline
        for ts in sc.tasks:
            if ts.goal >= len(goals):
                continue
            res = ctx.resources[ts.resource] if ts.resource else None
            due = planned_on + timedelta(days=rng.randint(7, 60))
            done_on = None
            if due < today and late_task:
                late_task = False  # left undone past its due date
            elif due < today and stage is Stage.PLANNING:
                due = today + timedelta(days=rng.randint(3, 40))  # the plan's tasks start once it is agreed
            elif due < today:
                done_on = between(planned_on, due)  # on time: what fell due was done
            count_unit = FREQUENCY_CODES.get(ts.frequency, (None, None))
            w.add(PlanTask, case_id=cid, goal_id=goals[ts.goal].id, description=ts.description,
                           performer=ts.performer.value, frequency=ts.frequency,
                           resource_id=res.id if res else None, due_date=due, done_on=done_on, detail="task",
                           target_person=TARGET_OF_PERFORMER[ts.performer],
                           person_in_charge=res.contact_person if res else "", starts_on=planned_on, ends_on=due,
                           frequency_count=count_unit[0], frequency_unit=count_unit[1], priority=ts.goal + 1)
        if stage is not Stage.PLANNING or rng.random() < 0.5:  # a plan in force was agreed with the client
            _add_agreement(w, cid, planned_on, rng)
        goals.extend(short_goals)  # from here on every goal is linked, reviewed and scored alike
    if stage is Stage.PLANNING:
        return number
    _supervision(w, rng, cid, sc, between(plan_start, plan_start + timedelta(days=10)), bool(goals))

    # --- implementation: service log of every practice type and contact mode, referrals, a conference
    impl_start = starts[2]
    transition(Stage.PLANNING, Stage.IMPLEMENTATION, impl_start, "계획 합의")
    check_items(Stage.IMPLEMENTATION, impl_start, stage is not Stage.IMPLEMENTATION)
    impl_end = end_of(Stage.IMPLEMENTATION)
    services = list(sc.services)
    count = len(services) if full else rng.randint(3, len(services))
    service_days = sorted(between(impl_start, impl_end) for _ in range(count))
    for i, (ptype, mode, text) in enumerate(services[:count]):
        on = service_days[i]
        linked = next((ctx.resources[k] for k in sc.resources
                       if any(word in text for word in RESOURCE_KEYWORDS.get(k, ()))), None)
        entry = w.add(ServiceEntry, case_id=cid, occurred_on=on, duration_min=rng.choice((15, 30, 40, 60, 90, 120)),
                                   contact_mode=mode.value, practice_type=ptype.value,
                                   goal_id=goals[i % len(goals)].id if goals else None,
                                   resource_id=linked.id if linked else None, text=text, detail="service",
                                   contact_target=_contact_target(ptype, mode, text),
                                   content_kinds=list(CONTENT_OF_PRACTICE.get(ptype, ())))
        if on < today - timedelta(days=3) and rng.random() < 0.35:
            w.sign(ServiceEntry, entry, on)
            if rng.random() < 0.25:
                written = between(on, on + timedelta(days=5))
                addendum = w.addendum(ServiceEntry, entry, written, rng.choice(ADDENDA))
                if rng.random() < 0.5:
                    w.sign(Addendum, addendum, written)
    sent = impl_start
    for key in used_resources:  # one after another, as each step of the plan is reached
        sent = on_or_before(sent + timedelta(days=rng.randint(1, 15)))
        status = _referral_status(rng, stage, sent, today)
        if full:  # the practice-note paths: every linkage worked out
            status = ReferralStatus.COMPLETED if stage.order >= Stage.TERMINATION.order else ReferralStatus.IN_SERVICE
        ref = _Row(case_id=cid, resource_id=ctx.resources[key].id, status=status.value, sent_on=sent,
                       reason=f"{spec_by_key[key].services.split(',')[0]} 필요", notes="")
        if status in (ReferralStatus.ACCEPTED, ReferralStatus.IN_SERVICE, ReferralStatus.COMPLETED):
            ref.accepted_on = on_or_before(sent + timedelta(days=rng.randint(1, 7)))
        if status in (ReferralStatus.IN_SERVICE, ReferralStatus.COMPLETED):
            ref.started_on = on_or_before(sent + timedelta(days=rng.randint(7, 20)))
        if status is ReferralStatus.COMPLETED:
            ref.completed_on = on_or_before(sent + timedelta(days=rng.randint(30, 120)))
        if status is ReferralStatus.DECLINED:
            ref.declined_on = on_or_before(sent + timedelta(days=rng.randint(2, 10)))
            ref.notes = "대기 인원 초과로 거절, 다른 기관 탐색"
        w.add(Referral, detail="referral", **ref)
    if full or rng.random() < 0.3:
        attendees, agenda, decisions = sc.conference
        conference = w.add(CaseConference, case_id=cid, held_on=between(impl_start, impl_end), attendees="",
                           agenda=agenda, decisions=decisions, detail="conference",
                           **_conference_texts(rng, sc, attendees))
        _attendees(w, rng, conference, attendees)
    if stage is Stage.IMPLEMENTATION:
        return number

    # --- monitoring: reviews with GAS scores, re-assessment, sometimes back to planning and forward again
    mon_start = starts[3]
    transition(Stage.IMPLEMENTATION, Stage.MONITORING, mon_start, "서비스 제공 점검 시작")
    check_items(Stage.MONITORING, mon_start, stage is not Stage.MONITORING)
    mon_end = end_of(Stage.MONITORING)
    review_count = rng.randint(1, 3)
    review_days = sorted({between(mon_start, mon_end) for _ in range(review_count)})
    if stage is Stage.MONITORING:  # the latest review is within the cadence, unless the case runs late
        ago = rng.randint(0, interval - 3) if not late else rng.randint(interval + 2, interval + 25)
        latest = min(today, max(mon_start, today - timedelta(days=ago)))
        review_days = sorted({d for d in review_days if d < latest} | {latest})
    scores = {g.id: g.baseline_score for g in goals}
    for r, day in enumerate(review_days):
        last = r == len(review_days) - 1
        before = dict(scores)
        for g in goals:
            scores[g.id] = max(-2, min(2, scores[g.id] + rng.choice((0, 1, 1, 2))))
        progress = sum(scores[g] - before[g] for g in scores) / max(1, len(scores))
        adherence = "full" if progress >= 1 else "partial" if progress > 0 or rng.random() < 0.6 else "none"
        decision = ReviewDecision.TERMINATE if last and stage.order > Stage.MONITORING.order else \
            ReviewDecision.CONTINUE if adherence == "full" else \
            rng.choice((ReviewDecision.CONTINUE, ReviewDecision.REVISE_PLAN))
        review = w.add(MonitoringReview, case_id=cid, reviewed_on=day, adherence=adherence,
                       satisfaction=rng.choice(("3", "4", "4", "5") if adherence != "none" else ("2", "3")),
                       changed_needs=sc.changed_needs[r] if r < len(sc.changed_needs) else "특별한 욕구 변화 없음.",
                       decision=decision.value,
                       notes=sc.review_notes[r] if r < len(sc.review_notes) else rng.choice(REVIEW_NOTES),
                       detail="review")
        for g in goals:
            w.add(GoalScore, goal_id=g.id, review_id=review.id, scored_on=day, score=scores[g.id], audited=False)
        _review_detail(w, rng, review, goals, scores, before, tasks_of(w, cid))
        if rng.random() < 0.4:
            w.sign(MonitoringReview, review, day)
    if intake_levels and (full or rng.random() < 0.5):
        reassessed = review_days[0]
        _assessment(w, cid, AssessmentKind.REASSESSMENT, reassessed, sc, _improved(rng, intake_levels, 1),
                    RiskLevel.MODERATE if sc.risk in (RiskLevel.HIGH, RiskLevel.CRISIS) else RiskLevel.LOW,
                    REASSESS_SUMMARY)
        if rng.random() < 0.25 and stage is Stage.MONITORING and len(review_days) > 1:
            back = review_days[0]
            transition(Stage.MONITORING, Stage.PLANNING, back, "재사정 결과 새 욕구가 확인되어 계획을 수정함")
            transition(Stage.PLANNING, Stage.IMPLEMENTATION, back, "수정 계획 합의")
            transition(Stage.IMPLEMENTATION, Stage.MONITORING, back, "수정 계획 점검")
            case.stage_since = back
    if stage is Stage.MONITORING:
        return number

    # --- termination: final GAS, closing assessment, the client's words, follow-up plan
    term_start = starts[4]
    transition(Stage.MONITORING, Stage.TERMINATION, term_start, "목표 달성, 종결 합의")
    check_items(Stage.TERMINATION, term_start, stage is not Stage.TERMINATION)
    closing = None
    if intake_levels:
        closing = _assessment(w, cid, AssessmentKind.CLOSING, term_start, sc, _improved(rng, intake_levels, 2),
                              RiskLevel.LOW, CLOSING_SUMMARY)
    reason = TerminationReason.GOALS_ACHIEVED if rng.random() < 0.6 else rng.choice(
        (TerminationReason.SHORT_TERM_ACHIEVED, TerminationReason.IMPROVED, TerminationReason.REFUSED,
         TerminationReason.TRANSFERRED, TerminationReason.MOVED))
    term = w.add(Termination, case_id=cid, terminated_on=term_start, reason=reason.value,
                             closing_assessment_id=closing.id if closing else None,
                             client_words=rng.choice(sc.client_words), summary=sc.termination_summary,
                             follow_up_plan="종결 1개월, 3개월 후 전화 또는 방문으로 변화 유지 확인",
                             emergency_contact=rng.choice(EMERGENCY_CONTACTS), detail="termination")
    for g in goals:
        final = max(scores[g.id], min(2, scores[g.id] + rng.choice((0, 0, 1))))
        w.add(GoalScore, goal_id=g.id, termination_id=term.id, scored_on=term_start, score=final, audited=False)
        if final >= 1 and g.signed_at is None:  # a signed goal is locked and stays as it was signed
            g.achieved = True
        w.add(TerminationGoalOutcome, termination_id=term.id, goal_id=g.id, outcome=_outcome(final).value,
              note=GOAL_OUTCOME_NOTES[_outcome(final)], audited=False)
    _closing_eco(w, rng, cid, term_start)
    if rng.random() < 0.7:
        w.add(SupervisorConfirmation, case_id=cid, target=ConfirmationTarget.TERMINATION.value,
              termination_id=term.id, confirmed_by=DEMO_SUPERVISOR, confirmed_on=term_start, note="종결 적정",
              detail="confirmation")

    if rng.random() < 0.6:
        w.sign(Termination, term, term_start)
    case.closed_on = term_start
    w.day = term_start  # the follow-up contacts are planned with the termination: a month and three months on
    fu_first, fu_second = add_months(term_start, 1), add_months(term_start, 3)
    if stage is Stage.TERMINATION:
        w.add(FollowUp, case_id=cid, due_on=fu_first, method=FollowUpMethod.PHONE.value, detail="follow_up")
        return number

    # --- follow-up: contacts done when they fell due; a late case has one still waiting
    fu_start = starts[5]
    transition(Stage.TERMINATION, Stage.FOLLOW_UP, fu_start, "종결 후 사후관리")
    check_items(Stage.FOLLOW_UP, fu_start, False)
    passed = [d for d in (fu_first, fu_second) if d < today]
    waiting = passed[-1] if late and passed else None  # a late case has missed its latest contact
    for due in (fu_first, fu_second):
        done_on = None
        if due < today and due != waiting:
            done_on = min(today, due + timedelta(days=rng.randint(0, 2)))
        fu = w.add(FollowUp, case_id=cid, due_on=due, method=rng.choice(list(FollowUpMethod)).value,
                   done_on=done_on, result=rng.choice(FOLLOW_UP_RESULTS) if done_on else "",
                   observed_change=rng.choice(FOLLOW_UP_CHANGES) if done_on else "",
                   satisfaction=rng.choice(("4", "4", "5", "3")) if done_on else "", detail="follow_up")
        if done_on is not None:
            w.touch(fu, done_on)
            if rng.random() < 0.3:
                w.sign(FollowUp, fu, done_on)
    if rng.random() < 0.2:  # an extra contact agreed for the coming week
        w.day = today
        w.add(FollowUp, case_id=cid, due_on=today + timedelta(days=rng.randint(0, 6)),
                       method=FollowUpMethod.PHONE.value, detail="follow_up")
    return number


SELECTION_MEETING = ("사례관리자, 사례관리팀장(슈퍼바이저), 관장",
                     "대상자 선정: 초기상담과 욕구·위기도 조사 결과 검토")


def _select(w: _Writer, ctx: _Context, rng: random.Random, sc: Scenario, case_id: str, stage: Stage,
            assessed: date, latest: date, outcome: str | None = None) -> None:
    """대상자 선정 at an internal case conference within days of the assessment. Past intake every case was
    selected; assessed intake-stage cases take turns: ended in linkage or information only, selected, or still
    waiting for the meeting. An ``outcome`` asked for (see :func:`generate`) is the decision instead."""
    selected = True
    if outcome == NO_LEVEL:
        return  # the meeting is still to come
    if outcome is not None:
        level, reason = demo_intake.selection(rng, sc.key, selected=SelectionLevel(outcome).selected,
                                              level=SelectionLevel(outcome))
        _decide(w, ctx, rng, case_id, assessed, latest, level, reason)
        return
    if stage is Stage.INTAKE:
        turn = ctx.assessed_intakes % 3
        ctx.assessed_intakes += 1
        if turn == 2:
            return  # the meeting is still to come
        selected = turn == 1
    level, reason = demo_intake.selection(rng, sc.key, selected=selected)
    _decide(w, ctx, rng, case_id, assessed, latest, level, reason)


def _decide(w: _Writer, ctx: _Context, rng: random.Random, case_id: str, assessed: date, latest: date,
            level: SelectionLevel, reason: str) -> None:
    """The conference that decided, and its decision."""
    decided = max(assessed, min(assessed + timedelta(days=rng.randint(1, 5)), latest))
    conference = w.add(CaseConference, case_id=case_id, held_on=decided, kind=ConferenceKind.INTERNAL.value,
                       attendees=SELECTION_MEETING[0], agenda=SELECTION_MEETING[1], discussion=reason,
                       decisions=f"{level.label.ko}(으)로 결정.", detail="conference")
    w.add(CaseSelection, case_id=case_id, decided_on=decided, level=level.value, conference_id=conference.id,
          reason=reason, detail="selection")
    ctx.outcome = level.value


def _consent_terms(purpose: ConsentPurpose) -> dict[str, str]:
    """What the agency's consent form said for this kind (demo: the client signed it themself)."""
    terms = {"consented_by": ConsentGiver.SELF.value, "retention": "종결 후 5년"}
    if purpose is ConsentPurpose.SHARING:
        terms["recipients"] = "관할 행정복지센터, 통합사례관리 참여 기관(주거·정신건강)"
    if purpose is ConsentPurpose.UNIQUE_ID:
        terms["purpose_detail"] = "기초생활보장·차상위 급여 신청과 자격 확인"
    return terms


def _levels(rng: random.Random, sc: Scenario) -> dict[NeedArea, int]:
    return {area: sc.needs[area][0] if area in sc.needs else rng.choice((0, 0, 0, 1)) for area in NeedArea}


def _improved(rng: random.Random, levels: dict[NeedArea, int], steps: int) -> dict[NeedArea, int]:
    return {area: max(0, lv - rng.randint(0, steps)) for area, lv in levels.items()}


def _assessment(w: _Writer, case_id: str, kind: AssessmentKind, on: date, sc: Scenario, levels: dict[NeedArea, int],
                risk: RiskLevel, summary: str) -> Assessment:
    survey = SURVEYS.get(sc.key)
    extra: dict[str, Any] = {}
    if survey is not None:  # the 욕구·위기도 조사 part (issue 11), see demo_survey
        extra = {"family_history": survey.family_history, "personal_history": survey.personal_history,
                 "obstacles_personal": survey.obstacles[0], "obstacles_family": survey.obstacles[1],
                 "obstacles_community": survey.obstacles[2], "crisis_scores": crisis_at(survey, kind)}
    a = w.add(Assessment, case_id=case_id, kind=kind.value, assessed_on=on, strengths_personal=sc.strengths[0],
                         strengths_family=sc.strengths[1], strengths_community=sc.strengths[2], risk_level=risk.value,
                         risk_reasons=sc.risk_reasons, summary=summary, detail="assessment", **extra)
    for area, level in levels.items():
        narrative = sc.needs[area][1] if area in sc.needs else ""
        if kind is not AssessmentKind.INTAKE and area in sc.needs:
            narrative = f"{narrative} → 현재 {level}단계" if level else f"{narrative} → 해소됨"
        concerns, cause, priority = survey.needs.get(area, ("", "", None)) if survey else ("", "", None)
        w.add(NeedRating, assessment_id=a.id, area=area.value, level=level, narrative=narrative, concerns=concerns,
              cause=cause, priority=priority, audited=False, on=on)
    for item, (amount, note) in (budget_at(survey, kind) if survey else {}).items():
        w.add(BudgetLine, assessment_id=a.id, item=item, amount=amount, note=note, audited=False, on=on)
    return a


def _referral_status(rng: random.Random, stage: Stage, sent: date, today: date) -> ReferralStatus:
    if stage.order >= Stage.TERMINATION.order:
        return rng.choice((ReferralStatus.COMPLETED, ReferralStatus.COMPLETED, ReferralStatus.DECLINED))
    if (today - sent).days < 5:
        return ReferralStatus.SENT
    return rng.choice((ReferralStatus.ACCEPTED, ReferralStatus.IN_SERVICE, ReferralStatus.IN_SERVICE,
                       ReferralStatus.COMPLETED, ReferralStatus.DECLINED))


def resource_names() -> list[str]:
    return [r.name for r in RESOURCES]


__all__ = ["DemoResult", "generate", "resource_names", "RESOURCES"]


# --- conferences, supervision, monitoring detail, closing (migration 0007) --------------------------------------

DEMO_SUPERVISOR = "박은정"
STAFF_NAMES = ("김지현", "이수진", "박정호", "최민영", "정현우", "한미숙", "윤성민", "장혜원", "오세훈", "서지은")
EMERGENCY_CONTACTS = ("딸 010-3321-5087", "대화면 행정복지센터 맞춤형복지팀 033-330-4721",
                      "동생 010-7719-2046", "마을 이장 010-5502-8813")
FOLLOW_UP_CHANGES = ("월세를 제때 내고 있으며 아이들 등교도 안정적임.", "복약을 유지하고 주 2회 외출함.",
                     "이웃과 왕래가 늘었다고 함.", "소득이 줄어 다시 불안해함, 다음 연락 때 재확인.")
GOAL_OUTCOME_NOTES = {GoalOutcome.ACHIEVED: "목표 수준 이상 도달, 대상자 스스로 유지 중.",
                      GoalOutcome.PARTLY: "일부 변화는 있으나 유지에 지원이 더 필요함.",
                      GoalOutcome.NOT_ACHIEVED: "상황 변화로 목표에 이르지 못함, 사후관리에서 확인."}
SUPERVISION_TOPICS = (
    ("위기 개입 우선순위", "주거 상실 위기와 소득 문제 중 무엇을 먼저 다룰지 점검함.",
     "긴급지원 신청을 이번 주 안에 마치고, 주거 이전은 다음 사례회의에서 논의."),
    ("대상자의 자기결정 존중", "대상자가 원하지 않는 서비스를 권하고 있지 않은지 되돌아봄.",
     "다음 면담에서 대상자가 고른 목표부터 다시 확인."),
    ("자원 연계의 중복", "두 기관의 서비스가 겹쳐 대상자가 부담을 느낌.", "통합 사례회의에서 역할을 나누기로 함."),
)


def _split_attendee(item: str) -> tuple[str, str]:
    """'주거복지센터 주거복지사' -> (organisation, role); a lone word is a role in this agency or a relative."""
    parts = item.strip().split()
    if len(parts) >= 2:
        return " ".join(parts[:-1]), parts[-1]
    word = parts[0] if parts else ""
    if word == "사례관리자":
        return "본 기관", word
    if word in ("어머니", "아버지", "배우자", "딸", "아들"):
        return "가족", word
    return word, "담당자"


def _attendees(w: _Writer, rng: random.Random, conference: _Row, text: str) -> None:
    names = rng.sample(STAFF_NAMES, k=min(len(STAFF_NAMES), len(text.split(","))))
    for position, (item, name) in enumerate(zip(text.split(","), names)):
        organisation, role = _split_attendee(item)
        w.add(ConferenceAttendee, conference_id=conference.id, position=position, name=name,
              organisation=organisation, role=role, audited=False)


def _conference_texts(rng: random.Random, sc: Scenario, attendees: str) -> dict[str, Any]:
    outside = sum(1 for item in attendees.split(",") if _split_attendee(item)[0] not in ("본 기관", "가족"))
    kind = ConferenceKind.INTERNAL if outside == 0 else \
        ConferenceKind.SOLUTION if outside >= 3 else ConferenceKind.INTEGRATED
    need = next(iter(sc.needs.values()))[1]
    return {"kind": kind.value, "case_summary": f"{sc.requests[0]} {need}",
            "practitioner_view": "대상자의 의지는 분명하나 혼자 감당하기 어려운 부분이 있어 기관 간 역할 분담이 필요함.",
            "plan_change": rng.choice(("서비스 제공 계획에 연계 기관의 역할과 일정을 추가함.",
                                       "목표 기한을 한 달 늦추고 방문 횟수를 주 1회로 늘림.", ""))}


def _supervision(w: _Writer, rng: random.Random, case_id: str, sc: Scenario, on: date, has_plan: bool) -> None:
    topic, content, actions = rng.choice(SUPERVISION_TOPICS)
    if rng.random() < 0.6:
        row = w.add(SupervisionRecord, case_id=case_id, held_on=on, supervisor=DEMO_SUPERVISOR, topic=topic,
                    content=content, agreed_actions=actions, detail="supervision")
        if rng.random() < 0.5:
            w.sign(SupervisionRecord, row, on)
    if has_plan:
        w.add(SupervisorConfirmation, case_id=case_id, target=ConfirmationTarget.PLAN.value,
              confirmed_by=DEMO_SUPERVISOR, confirmed_on=on, note="", detail="confirmation")


def _latest_of_case(rows: list[_Row], case_id: str) -> list[_Row]:
    """The case's rows among the batch's latest (a case is written in one go, so they sit at the end)."""
    out: list[_Row] = []
    for row in reversed(rows):
        if row.case_id != case_id:
            if out:
                break
            continue
        out.append(row)
    return out[::-1]


def tasks_of(w: _Writer, case_id: str) -> list[_Row]:
    return _latest_of_case(w.rows[PlanTask], case_id)


def _review_detail(w: _Writer, rng: random.Random, review: _Row, goals: list[Any], scores: dict[str, int],
                   before: dict[str, int], tasks: list[_Row]) -> None:
    for g in goals:
        w.add(ReviewGoalChange, review_id=review.id, goal_id=g.id, audited=False,
              before=f"GAS {before[g.id]:+d}: {_gas_text(g, before[g.id])}",
              after=f"GAS {scores[g.id]:+d}: {_gas_text(g, scores[g.id])}")
    for t in tasks:
        performance = rng.choice((ServicePerformance.GOOD, ServicePerformance.GOOD, ServicePerformance.FAIR,
                                  ServicePerformance.POOR))
        w.add(ReviewServiceRating, review_id=review.id, task_id=t.id, performance=performance.value,
              note="" if performance is not ServicePerformance.POOR else "일정이 맞지 않아 진행이 더딤", audited=False)


def _gas_text(goal: Any, score: int) -> str:
    return str(goal[{-2: "gas_minus2", -1: "gas_minus1", 0: "gas_zero", 1: "gas_plus1", 2: "gas_plus2"}[score]])


def _outcome(final_score: int) -> GoalOutcome:
    return GoalOutcome.ACHIEVED if final_score >= 1 else GoalOutcome.PARTLY if final_score >= 0 \
        else GoalOutcome.NOT_ACHIEVED


def _closing_eco(w: _Writer, rng: random.Random, case_id: str, on: date) -> None:
    """The eco-map at closing: the intake relations again, stressful ones eased and most resources now strong."""
    w.day = on
    for rel in [r for r in _latest_of_case(w.rows[EcoRelation], case_id) if r.phase == EcoPhase.INTAKE.value]:
        strength = rel.strength
        if strength == EcoStrength.STRESSFUL.value and rng.random() < 0.6:
            strength = EcoStrength.WEAK.value
        elif strength == EcoStrength.WEAK.value and rng.random() < 0.6:
            strength = EcoStrength.STRONG.value
        w.add(EcoRelation, case_id=case_id, name=rel.name, kind=rel.kind, resource_id=rel.resource_id,
              strength=strength, direction=EcoDirection.MUTUAL.value if strength == EcoStrength.STRONG.value
              else rel.direction, notes=rel.notes, phase=EcoPhase.CLOSING.value, detail="eco at closing")
