"""Demo data for the 욕구·위기도 조사 of each demo scenario: family and personal history, obstacles, whom each need
concerns with its cause and priority, the 위기도 checklist and the household's monthly income and expenses.

Kept beside :mod:`caseapp.services.demo_data` (which writes it) so the scenarios there stay readable. Amounts are
realistic for 2025–2026 Korea (e.g. 아동수당 10만 원, a 4-person 긴급복지 생계지원 약 183만 원).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from caseapp.domain import crisis_scale
from caseapp.domain.vocab import AssessmentKind, NeedArea

Budget = dict[str, tuple[int | None, str]]  # item code -> (won a month, note)


@dataclass(frozen=True)
class SurveySpec:
    family_history: str
    personal_history: str
    obstacles: tuple[str, str, str]  # personal, family, community
    crisis: dict[str, int]  # at intake; later assessments score lower (see crisis_at)
    budget: Budget  # at intake
    needs: dict[NeedArea, tuple[str, str, int]] = field(default_factory=dict)  # area -> (concerns, cause, priority)
    budget_later: Budget | None = None  # at re-assessment and closing, when the household's money changed
    crisis_later: dict[str, int] | None = None  # at re-assessment, when not simply one step lower


N = NeedArea

SURVEYS: dict[str, SurveySpec] = {
    "housing_family": SurveySpec(
        family_history="(아동기) 농촌에서 3남매 중 장녀로 성장, 부모 맞벌이. (청소년기) 고교 때 부친 사업 실패로 가계 어려움. "
                       "(성인기) 24세 결혼, 두 자녀 출산. 3년 전 평창으로 이주. (현재) 배우자 실직 6개월, 월세 4개월 체납. "
                       "친정어머니는 인근에 별거하며 가끔 아이들을 돌봄.",
        personal_history="고교 졸업 후 마트·식당에서 일함. 둘째 출산 후 시간제 근무. 지병 없음. 최근 불면과 두통 호소.",
        obstacles=("당장 살 곳 걱정으로 다른 일을 생각할 여유가 없음. 서류 준비를 어려워함.",
                   "배우자가 실직 후 자책하며 도움 요청을 꺼림. 부부 다툼 잦음.",
                   "읍내에 저렴한 임대주택이 거의 없고 대기가 김. 대중교통이 불편함."),
        crisis={"livelihood": 2, "housing": 3, "mental_health": 1, "care_gap": 1, "debt_arrears": 3,
                "family_breakdown": 1},
        crisis_later={"livelihood": 2, "housing": 1, "debt_arrears": 2, "family_breakdown": 1},
        budget={"earned": (800_000, "어머니 식당 시간제(배우자 실직 6개월)"), "child_allowance": (100_000, "둘째(7세)"),
                "private_transfer": (100_000, "친정어머니 가끔 지원"), "housing": (450_000, "반지하 월세, 4개월 체납"),
                "food": (600_000, ""), "medical": (30_000, ""), "education": (80_000, "방과후 수업"),
                "utilities": (120_000, "난방 고장, 전기장판 사용"), "telecom": (110_000, "휴대전화 2대"),
                "transport": (50_000, ""), "debt_repayment": (200_000, "카드 대금 연체, 최소 결제만")},
        budget_later={"earned": (800_000, "어머니 식당 시간제, 배우자 직업훈련 중"),
                      "housing_benefit": (350_000, "주거급여(임차급여) 결정"), "child_allowance": (100_000, "둘째(7세)"),
                      "other_public": (1_830_000, "긴급복지 생계지원(4인), 2개월 한시"),
                      "housing": (450_000, "매입임대주택 입주 전까지 임시거처"), "food": (650_000, ""),
                      "education": (80_000, "방과후 수업"), "utilities": (110_000, ""), "telecom": (110_000, ""),
                      "transport": (90_000, "배우자 훈련기관 통학"), "debt_repayment": (300_000, "밀린 월세 분할 상환")},
        needs={N.HOUSING_ENVIRONMENT: ("가구 전체", "배우자 실직으로 월세 체납, 퇴거 통보", 1),
               N.ECONOMY: ("가구 전체", "주 소득자 실직, 카드 대금 연체", 2),
               N.EMPLOYMENT: ("배우자", "건설 일용직 중단, 자격·기술 없음", 3),
               N.FAMILY_RELATIONS: ("배우자", "경제적 스트레스로 부부 갈등", 4),
               N.EDUCATION: ("자녀", "이사 걱정으로 큰아이 위축", 5)},
    ),
    "young_adult_mh": SurveySpec(
        family_history="(아동기) 부모와 남동생, 4인 가족. (청소년기) 중3 때 부모 이혼, 어머니와 동생과 함께 삶. "
                       "(성인기) 동생은 타지 대학 진학. (현재) 어머니와 둘이 월세로 거주, 어머니가 식당 일로 생계를 책임짐.",
        personal_history="고교 시절 성적 우수, 미술 동아리 활동. 졸업 무렵 첫 증상(불면·환청). 21세 조현정동장애 진단, "
                         "입원 1회. 편의점 아르바이트 2주 만에 그만둠. 6개월 전 스스로 약을 끊음.",
        obstacles=("약 부작용(손 떨림)과 낙인에 대한 두려움으로 치료를 피함. 외출 자체가 힘듦.",
                   "어머니가 장시간 근무로 복약을 챙기기 어렵고, 갈등이 생기면 대화가 끊김.",
                   "군 단위라 정신건강의학과가 멀고(강릉), 청년 대상 낮 프로그램이 적음."),
        crisis={"livelihood": 1, "mental_health": 3, "isolation": 3, "family_breakdown": 1},
        budget={"earned": (1_100_000, "어머니 식당 근무"), "livelihood_benefit": (250_000, "소득인정액 차감 후 생계급여"),
                "housing_benefit": (200_000, "주거급여(임차급여)"), "housing": (350_000, "월세"),
                "food": (450_000, ""), "medical": (20_000, "의료급여 1종, 외래 본인부담"),
                "utilities": (100_000, ""), "telecom": (80_000, ""), "transport": (40_000, ""),
                "other_expense": (50_000, "생필품")},
        budget_later={"earned": (1_800_000, "어머니 110만 + 본인 카페 시간제 70만"),
                      "housing_benefit": (150_000, "주거급여(임차급여)"),
                      "livelihood_benefit": (None, "본인 취업으로 재산정 중"), "housing": (350_000, "월세"),
                      "food": (480_000, ""), "medical": (20_000, "의료급여 1종, 외래 본인부담"),
                      "utilities": (100_000, ""), "telecom": (90_000, ""), "transport": (80_000, "출퇴근 버스"),
                      "other_expense": (50_000, "생필품")},
        needs={N.HEALTH: ("대상자 본인", "치료 중단, 약 부작용에 대한 두려움", 1),
               N.SOCIAL_RELATIONS: ("대상자 본인", "증상과 낙인으로 외출 회피", 2),
               N.EMPLOYMENT: ("대상자 본인", "일 경험 부족, 실패에 대한 두려움", 3),
               N.DAILY_LIVING: ("대상자 본인", "불면으로 낮밤이 바뀜", 4),
               N.FAMILY_RELATIONS: ("모", "돌봄 부담과 대화 단절", 5)},
    ),
    "elder_alone": SurveySpec(
        family_history="(성인기) 농사를 지으며 1남 1녀 양육. (노년기) 10년 전 배우자 사별, 아들은 서울, 딸은 연락 드묾.",
        personal_history="평생 농사. 5년 전부터 무릎 관절염, 고혈압 약 복용. 지난달 집 안에서 낙상.",
        obstacles=("자녀에게 짐이 되기 싫어 도움을 거절하는 편.", "아들이 멀리 살아 급할 때 올 수 없음.",
                   "마을버스가 하루 세 번뿐이라 병원 가기가 어려움."),
        crisis={"livelihood": 1, "housing": 1, "physical_health": 2, "care_gap": 2, "isolation": 2},
        budget={"basic_pension": (342_510, "기초연금(단독)"), "livelihood_benefit": (420_000, "생계급여"),
                "private_transfer": (100_000, "아들 가끔 송금"), "food": (250_000, ""),
                "medical": (60_000, "관절염·고혈압 약"), "utilities": (150_000, "겨울 난방비(기름보일러)"),
                "telecom": (20_000, ""), "other_expense": (50_000, "경조사비")},
        needs={N.HEALTH: ("대상자 본인", "관절염으로 통원 어려움", 1),
               N.SAFETY: ("대상자 본인", "욕실 미끄럼, 낙상 경험", 2),
               N.HOUSING_ENVIRONMENT: ("대상자 본인", "보일러 노후·단열 불량", 3)},
    ),
    "single_parent": SurveySpec(
        family_history="(성인기) 결혼 후 두 자녀 출산, 4년 전 이혼. 전 배우자는 양육비를 보내지 않음. 친정은 멀리 있음.",
        personal_history="전문대 졸업 후 사무직. 이혼 뒤 마트 계산원으로 야간 근무를 병행.",
        obstacles=("야간 근무로 지쳐 상담 시간을 내기 어려움.", "방과후 아이를 돌볼 가족이 없음.",
                   "지역아동센터 정원이 차 대기 중."),
        crisis={"livelihood": 2, "care_gap": 2, "debt_arrears": 1, "family_breakdown": 1},
        budget={"earned": (1_500_000, "마트 계산원"), "other_public": (230_000, "한부모가족 아동양육비(2명)"),
                "child_allowance": (100_000, ""), "housing": (400_000, "월세"), "food": (550_000, ""),
                "education": (200_000, "학원·돌봄"), "utilities": (120_000, ""), "telecom": (90_000, ""),
                "insurance": (80_000, "자녀 실손보험"), "debt_repayment": (150_000, "생활비 대출 상환")},
    ),
    "middle_aged_debt": SurveySpec(
        family_history="(성인기) 결혼 후 자영업(식당) 운영. 5년 전 이혼, 자녀와 연락 끊김. (현재) 고시원에서 혼자 삶.",
        personal_history="식당 폐업 후 1년째 무직. 음주가 늘고 간 수치가 높음. 자살 생각을 가끔 함.",
        obstacles=("음주로 약속을 지키기 어려움. 채무 독촉 전화에 불안이 큼.", "가족과 연락이 끊겨 지지할 사람이 없음.",
                   "신용 문제로 일자리와 주거 선택이 좁음."),
        crisis={"livelihood": 3, "mental_health": 2, "suicide_self_harm": 2, "debt_arrears": 3, "isolation": 2,
                "family_breakdown": 2},
        budget={"earned": (None, "무직, 일용 근로 가끔"), "other_public": (None, "긴급복지 생계지원 신청 중"),
                "housing": (350_000, "고시원"), "food": (300_000, ""), "telecom": (50_000, ""),
                "debt_repayment": (None, "채무 약 4천만 원, 상환 중단 상태"), "other_expense": (150_000, "술·담배")},
    ),
    "disability_housing": SurveySpec(
        family_history="(성인기) 배우자와 자녀 1명. 8년 전 교통사고로 하지 마비. 배우자가 생계와 돌봄을 함께 맡음.",
        personal_history="사고 전 운송업 종사. 이후 휠체어 사용, 지체장애(심한 장애). 욕창 관리 필요.",
        obstacles=("집 밖으로 나가기 어려워 정보를 얻을 길이 적음.", "배우자의 돌봄 부담이 큼.",
                   "저상버스와 장애인 콜택시가 부족함."),
        crisis={"housing": 2, "physical_health": 2, "care_gap": 2, "isolation": 2},
        budget={"earned": (1_200_000, "배우자 시간제 근무"), "disability_pension": (430_000, "장애인연금"),
                "housing": (300_000, "전세대출 이자"), "food": (500_000, ""), "medical": (150_000, "욕창 드레싱 재료"),
                "utilities": (130_000, ""), "telecom": (70_000, ""), "transport": (80_000, "장애인 콜택시")},
    ),
    "multicultural": SurveySpec(
        family_history="(성인기) 베트남에서 성장, 25세에 결혼 이주. 두 자녀. (현재) 배우자 투병으로 소득 감소.",
        personal_history="이주 7년째. 한국어 말하기는 가능하나 읽기가 어려움. 취업을 원하나 자격이 없음.",
        obstacles=("한국어 읽기가 어려워 학교·행정 안내문을 이해하지 못함.", "배우자 간병으로 시간이 부족함.",
                   "가까운 곳에 통번역 지원이 없음."),
        crisis={"livelihood": 2, "physical_health": 1, "care_gap": 1, "isolation": 1, "family_breakdown": 1},
        budget={"earned": (900_000, "배우자 투병 전보다 줄어든 농장 일"), "child_allowance": (100_000, ""),
                "housing": (250_000, "월세"), "food": (500_000, ""), "medical": (200_000, "배우자 항암 치료"),
                "education": (100_000, ""), "utilities": (110_000, ""), "telecom": (80_000, "본국 통화 포함")},
    ),
}


def crisis_at(spec: SurveySpec, kind: AssessmentKind) -> dict[str, int]:
    """Scores for the kind of assessment: the intake ones, then lower as the crisis eases."""
    if kind is AssessmentKind.INTAKE:
        return crisis_scale.clean_scores(spec.crisis)
    if kind is AssessmentKind.REASSESSMENT and spec.crisis_later is not None:
        return crisis_scale.clean_scores(spec.crisis_later)
    steps = 1 if kind is AssessmentKind.REASSESSMENT else 2
    return crisis_scale.clean_scores({k: max(0, v - steps) for k, v in spec.crisis.items()})


def budget_at(spec: SurveySpec, kind: AssessmentKind) -> Budget:
    if kind is AssessmentKind.INTAKE or spec.budget_later is None:
        return spec.budget
    return spec.budget_later
