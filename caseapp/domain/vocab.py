"""The controlled vocabularies of Korean case-management practice (codes stored, labels shown)."""

from __future__ import annotations

from caseapp.domain.labels import LabelledEnum


class Stage(LabelledEnum):
    INTAKE = ("intake", "초기상담·사정", "Intake & assessment")
    PLANNING = ("planning", "계획수립", "Planning")
    IMPLEMENTATION = ("implementation", "실행", "Implementation")
    MONITORING = ("monitoring", "모니터링·재평가", "Monitoring & re-assessment")
    TERMINATION = ("termination", "종결", "Evaluation & termination")
    FOLLOW_UP = ("follow_up", "사후관리", "Follow-up")

    @property
    def order(self) -> int:
        return list(Stage).index(self)

    def next(self) -> "Stage | None":
        stages = list(Stage)
        return stages[self.order + 1] if self.order + 1 < len(stages) else None


class NeedArea(LabelledEnum):
    SAFETY = ("safety", "안전", "Safety")
    HEALTH = ("health", "건강", "Health")
    DAILY_LIVING = ("daily_living", "일상생활유지", "Daily living")
    FAMILY_RELATIONS = ("family", "가족관계", "Family relations")
    SOCIAL_RELATIONS = ("social", "사회적관계", "Social relations")
    ECONOMY = ("economy", "경제", "Economy")
    EDUCATION = ("education", "교육", "Education")
    EMPLOYMENT = ("employment", "직업", "Employment")
    HOUSING_ENVIRONMENT = ("housing_rights", "생활환경·권익보장", "Living environment & rights")


NEED_LEVELS = {
    0: ("문제없음", "No need"),
    1: ("약간", "Mild"),
    2: ("상당", "Considerable"),
    3: ("심각", "Severe"),
}


class PracticeType(LabelledEnum):
    CRISIS_INTERVENTION = ("crisis_intervention", "위기개입", "Crisis intervention")
    EDUCATION_TRAINING = ("education_training", "교육·훈련", "Education & training")
    COLLABORATIVE_ACTIVITY = ("collaborative", "협력적 활동(동행·옹호)", "Collaborative activity (accompanying, advocacy)")
    COUNSELLING_THERAPY = ("counselling", "상담·치료", "Counselling & therapy")
    INFORMATION = ("information", "정보제공", "Information")
    SELF_ADVOCACY_SUPPORT = ("self_advocacy", "자기옹호 지원", "Self-advocacy support")
    REFERRAL_LINKAGE = ("referral", "자원연계·의뢰", "Resource linkage & referral")
    COORDINATION = ("coordination", "서비스 조정", "Coordination")
    CASE_CONFERENCE = ("case_conference", "사례회의", "Case conference")

    @property
    def is_direct(self) -> bool:
        return self in DIRECT_PRACTICE


DIRECT_PRACTICE = frozenset({
    PracticeType.CRISIS_INTERVENTION, PracticeType.EDUCATION_TRAINING, PracticeType.COLLABORATIVE_ACTIVITY,
    PracticeType.COUNSELLING_THERAPY, PracticeType.INFORMATION, PracticeType.SELF_ADVOCACY_SUPPORT,
})


class ContactMode(LabelledEnum):
    HOME_VISIT = ("home_visit", "가정방문", "Home visit")
    OFFICE = ("office", "내방", "Office")
    PHONE = ("phone", "전화", "Phone")
    ONLINE = ("online", "온라인", "Online")
    OUTREACH = ("outreach", "기관방문·동행", "Outreach / accompanying")


class Sex(LabelledEnum):
    FEMALE = ("F", "여", "Female")
    MALE = ("M", "남", "Male")
    OTHER = ("X", "기타/미상", "Other / unknown")


class RiskLevel(LabelledEnum):
    LOW = ("low", "낮음", "Low")
    MODERATE = ("moderate", "보통", "Moderate")
    HIGH = ("high", "높음", "High")
    CRISIS = ("crisis", "위기", "Crisis")


class Vulnerability(LabelledEnum):
    LIVING_ALONE = ("living_alone", "독거", "Lives alone")
    DISABILITY = ("disability", "장애", "Disability")
    SINGLE_PARENT = ("single_parent", "한부모", "Single parent")
    BASIC_LIVELIHOOD = ("basic_livelihood", "기초생활수급", "Basic livelihood recipient")
    NEAR_POVERTY = ("near_poverty", "차상위", "Near poverty")
    OLDER_ADULT = ("older_adult", "노인", "Older adult")
    CHILD_IN_HOUSEHOLD = ("child", "아동 양육", "Children in household")
    MULTICULTURAL = ("multicultural", "다문화", "Multicultural family")
    MENTAL_HEALTH = ("mental_health", "정신건강", "Mental health")
    HOUSING_INSECURE = ("housing_insecure", "주거불안", "Housing insecure")


class ConsentPurpose(LabelledEnum):
    """Consent purposes; four of them are the statutory kinds (개인정보 보호법 제15·17·23·24조), see
    :mod:`caseapp.domain.consent_terms`. The codes of files made before the kinds existed are kept unchanged."""

    SERVICE = ("service", "사례관리 서비스 제공", "Case-management service")
    PERSONAL_INFO = ("personal_info", "일반 개인정보 수집·이용", "Collecting and using personal data")
    SHARING = ("sharing", "개인정보 제3자 제공(자원망 정보 공유)", "Provision to third parties (resource network)")
    PHOTOS = ("photos", "사진 촬영·활용", "Photos")
    SENSITIVE_INFO = ("sensitive_info", "민감정보(건강 등) 처리", "Sensitive data (health etc.)")
    UNIQUE_ID = ("unique_id", "고유식별정보(주민등록번호) 처리", "Unique identifiers (resident registration no.)")


class ConsentGiver(LabelledEnum):
    """Who gave the consent: the client, or the legal representative (법정대리인; required under 14)."""

    SELF = ("self", "본인", "The client")
    GUARDIAN = ("guardian", "법정대리인", "Legal representative")


class ConsentMethod(LabelledEnum):
    WRITTEN = ("written", "서면", "Written")
    VERBAL = ("verbal", "구두", "Verbal")
    ELECTRONIC = ("electronic", "전자서명", "Electronic")
    GUARDIAN = ("guardian", "보호자 대리", "By guardian")


class AssessmentKind(LabelledEnum):
    INTAKE = ("intake", "초기사정", "Intake assessment")
    REASSESSMENT = ("reassessment", "재사정", "Re-assessment")
    CLOSING = ("closing", "종결사정", "Closing assessment")


class EcoKind(LabelledEnum):
    FAMILY = ("family", "가족", "Family")
    RELATIVE = ("relative", "친척", "Relative")
    FRIEND_NEIGHBOUR = ("friend", "친구·이웃", "Friend / neighbour")
    PUBLIC_AGENCY = ("public_agency", "공공기관", "Public agency")
    WELFARE_AGENCY = ("welfare_agency", "복지기관", "Welfare agency")
    HEALTH = ("health", "의료기관", "Health service")
    SCHOOL_WORK = ("school_work", "학교·직장", "School / work")
    RELIGION_COMMUNITY = ("community", "종교·지역사회", "Religion / community")
    OTHER = ("other", "기타", "Other")


class EcoStrength(LabelledEnum):
    STRONG = ("strong", "강한 관계", "Strong")
    WEAK = ("weak", "약한 관계", "Weak")
    STRESSFUL = ("stressful", "갈등·스트레스", "Stressful")


class EcoDirection(LabelledEnum):
    TO_CLIENT = ("to_client", "대상자에게로", "Towards the client")
    FROM_CLIENT = ("from_client", "대상자로부터", "From the client")
    MUTUAL = ("mutual", "상호", "Mutual")
    NONE = ("none", "방향 없음", "No direction")


class TaskPerformer(LabelledEnum):
    CLIENT = ("client", "대상자", "Client")
    FAMILY = ("family", "가족", "Family")
    PRACTITIONER = ("practitioner", "사례관리자", "Case manager")
    RESOURCE = ("resource", "자원(기관·사람)", "Resource")


class Adherence(LabelledEnum):
    FULL = ("full", "계획대로 진행", "As planned")
    PARTIAL = ("partial", "일부 진행", "Partly")
    NONE = ("none", "진행 안 됨", "Not carried out")


class ReviewDecision(LabelledEnum):
    """The 모니터링 decision (유지, 계획 변경, 재사정, 의뢰, 종결); the codes of the earlier four are kept as they were."""

    CONTINUE = ("continue", "유지", "Continue the plan")
    REVISE_PLAN = ("revise_plan", "계획 변경", "Change the plan")
    REASSESS = ("reassess", "재사정", "Re-assess")
    REFER = ("refer", "의뢰", "Refer elsewhere")
    TERMINATE = ("terminate", "종결", "Terminate")


class TerminationReason(LabelledEnum):
    """종결 유형 as the 통합사례관리 forms list them. Migration 0007 recoded ``client_request`` (대상자 요청) to
    ``refused`` and keeps the earlier code in ``termination.reason_before_0007``."""

    GOALS_ACHIEVED = ("goals_achieved", "장기 목표 달성", "Long-term goals achieved")
    SHORT_TERM_ACHIEVED = ("short_term_achieved", "단기 목표 달성", "Short-term goals achieved")
    IMPROVED = ("improved", "상황 호전", "Situation improved")
    REFUSED = ("refused", "대상자 거부·포기", "Client refused or gave up")
    NO_CONTACT = ("no_contact", "연락 두절", "Lost contact")
    MOVED = ("moved", "이사", "Moved away")
    DECEASED = ("deceased", "사망", "Deceased")
    TRANSFERRED = ("transferred", "타 기관 이관", "Transferred to another agency")
    OTHER = ("other", "기타", "Other")


class ReferralStatus(LabelledEnum):
    SENT = ("sent", "의뢰", "Sent")
    ACCEPTED = ("accepted", "접수", "Accepted")
    IN_SERVICE = ("in_service", "서비스 중", "In service")
    COMPLETED = ("completed", "완료", "Completed")
    DECLINED = ("declined", "거절", "Declined")


class ResourceKind(LabelledEnum):
    ORGANISATION = ("organisation", "기관", "Organisation")
    PERSON = ("person", "개인", "Person")


class ResourceCategory(LabelledEnum):
    PUBLIC = ("public", "공공(행정복지센터 등)", "Public administration")
    HOUSING = ("housing", "주거", "Housing")
    HEALTH = ("health", "보건·의료", "Health")
    MENTAL_HEALTH = ("mental_health", "정신건강", "Mental health")
    EMPLOYMENT = ("employment", "고용·직업훈련", "Employment & training")
    EDUCATION = ("education", "교육", "Education")
    FINANCE = ("finance", "경제·금융", "Finance")
    CARE = ("care", "돌봄", "Care")
    LEGAL = ("legal", "법률·권익", "Legal & rights")
    COMMUNITY = ("community", "지역사회·자원봉사", "Community & volunteers")
    OTHER = ("other", "기타", "Other")


class SnoozeReason(LabelledEnum):
    """Why a follow-up contact is put off (picked from the today list; recorded with the follow-up)."""

    NO_ANSWER = ("no_answer", "연락 안 됨", "Could not reach the client")
    CLIENT_ASKED = ("client_asked", "대상자 요청", "The client asked to postpone")
    AWAY = ("away", "입원·출타 중", "In hospital or away")
    WORKLOAD = ("workload", "업무 일정 조정", "Rescheduled for workload")
    OTHER = ("other", "기타", "Other")


class FollowUpMethod(LabelledEnum):
    PHONE = ("phone", "전화", "Phone")
    VISIT = ("visit", "방문", "Visit")
    OFFICE = ("office", "내방", "Office")
    MESSAGE = ("message", "문자·메신저", "Message")


class ConferenceKind(LabelledEnum):
    """사례회의 types. Migration 0007 recoded ``expert`` (전문가 자문회의) to ``solution`` and ``family`` (대상자·가족
    참여 회의) to ``internal``; the earlier code stays in ``caseconference.kind_before_0007``."""

    INTERNAL = ("internal", "내부 사례회의", "Internal case meeting")
    INTEGRATED = ("integrated", "통합 사례회의", "Integrated case conference")
    SOLUTION = ("solution", "솔루션 회의", "Solution meeting (with outside agencies)")


class Satisfaction(LabelledEnum):
    VERY_LOW = ("1", "매우 불만족", "Very dissatisfied")
    LOW = ("2", "불만족", "Dissatisfied")
    NEUTRAL = ("3", "보통", "Neutral")
    HIGH = ("4", "만족", "Satisfied")
    VERY_HIGH = ("5", "매우 만족", "Very satisfied")


# --- intake (접수·초기상담) and selection (대상자 선정), issue 11 part 1 ------------------------------------------

class ReferralRoute(LabelledEnum):
    """접수 경로; the free-text ``referral_source`` keeps the detail (who, which office)."""

    SELF = ("self", "본인 요청", "Self-referral")
    FAMILY_NEIGHBOUR = ("family_neighbour", "가족·이웃", "Family or neighbour")
    TONGJANG_IJANG = ("tongjang_ijang", "통장·이장", "Village or block head")
    COMMUNITY_CENTRE = ("community_centre", "행정복지센터 의뢰", "Community centre")
    OTHER_AGENCY = ("other_agency", "타 기관 의뢰", "Another agency")
    INTERNAL = ("internal", "기관 내 의뢰", "Within the agency")
    OUTREACH = ("outreach", "사례관리자 발굴(아웃리치)", "Outreach")
    OTHER = ("other", "기타", "Other")


class HouseholdType(LabelledEnum):
    SINGLE = ("single", "1인 가구", "One person")
    COUPLE = ("couple", "부부 가구", "Couple")
    COUPLE_WITH_CHILDREN = ("couple_children", "부부+자녀 가구", "Couple with children")
    SINGLE_PARENT = ("single_parent", "한부모 가구", "Single parent")
    GRANDPARENT = ("grandparent", "조손 가구", "Grandparent-headed")
    OLDER_ALONE = ("older_alone", "노인 단독 가구", "Older person alone")
    OLDER_COUPLE = ("older_couple", "노인 부부 가구", "Older couple")
    DISABILITY = ("disability", "장애인 가구", "Disabled member")
    MULTICULTURAL = ("multicultural", "다문화 가구", "Multicultural family")
    OTHER = ("other", "기타", "Other")


class HousingType(LabelledEnum):
    APARTMENT = ("apartment", "아파트", "Apartment")
    DETACHED = ("detached", "단독주택", "Detached house")
    MULTI_UNIT = ("multi_unit", "다세대·연립", "Multi-unit house")
    OFFICETEL = ("officetel", "오피스텔·원룸", "Studio / officetel")
    GOSIWON = ("gosiwon", "고시원·쪽방", "Gosiwon / jjokbang")
    VINYL_CONTAINER = ("vinyl_container", "비닐하우스·컨테이너", "Vinyl house / container")
    LODGING = ("lodging", "여관·여인숙", "Inn or lodging house")
    FACILITY = ("facility", "시설", "Residential facility")
    HOMELESS = ("homeless", "노숙", "Homeless")
    OTHER = ("other", "기타", "Other")


class Tenure(LabelledEnum):
    OWNED = ("owned", "자가", "Owned")
    JEONSE = ("jeonse", "전세", "Jeonse")
    DEPOSIT_MONTHLY = ("deposit_monthly", "보증부 월세", "Monthly rent")
    MONTHLY = ("monthly", "무보증 월세·사글세", "Monthly, no deposit")
    PERMANENT_RENTAL = ("permanent_rental", "영구임대", "Permanent rental")
    PUBLIC_RENTAL = ("public_rental", "국민·매입임대", "Other public rental")
    FREE = ("free", "무상", "Rent-free")
    NONE = ("none", "거처 없음", "No dwelling")
    OTHER = ("other", "기타", "Other")


class Livelihood(LabelledEnum):
    """생활 구분: the four 기초생활보장 benefits are separate (a household may get any of them), or 차상위, or 일반."""

    LIVING_BENEFIT = ("living_benefit", "기초생활수급(생계)", "Livelihood benefit")
    MEDICAL_BENEFIT = ("medical_benefit", "기초생활수급(의료)", "Medical benefit")
    HOUSING_BENEFIT = ("housing_benefit", "기초생활수급(주거)", "Housing benefit")
    EDUCATION_BENEFIT = ("education_benefit", "기초생활수급(교육)", "Education benefit")
    NEAR_POVERTY = ("near_poverty", "차상위", "Near poverty")
    GENERAL = ("general", "일반", "General")


BASIC_LIVELIHOOD_BENEFITS = frozenset({Livelihood.LIVING_BENEFIT, Livelihood.MEDICAL_BENEFIT,
                                       Livelihood.HOUSING_BENEFIT, Livelihood.EDUCATION_BENEFIT})


class DisabilityType(LabelledEnum):
    """The 15 types of 장애인복지법."""

    PHYSICAL = ("physical", "지체", "Physical")
    BRAIN_LESION = ("brain_lesion", "뇌병변", "Brain lesion")
    VISUAL = ("visual", "시각", "Visual")
    HEARING = ("hearing", "청각", "Hearing")
    SPEECH = ("speech", "언어", "Speech")
    INTELLECTUAL = ("intellectual", "지적", "Intellectual")
    AUTISM = ("autism", "자폐성", "Autism")
    MENTAL = ("mental", "정신", "Mental")
    KIDNEY = ("kidney", "신장", "Kidney")
    HEART = ("heart", "심장", "Heart")
    RESPIRATORY = ("respiratory", "호흡기", "Respiratory")
    LIVER = ("liver", "간", "Liver")
    FACIAL = ("facial", "안면", "Facial")
    STOMA = ("stoma", "장루·요루", "Stoma")
    EPILEPSY = ("epilepsy", "뇌전증", "Epilepsy")


class DisabilityDegree(LabelledEnum):
    SEVERE = ("severe", "심한 장애", "Severe")
    MILD = ("mild", "심하지 않은 장애", "Not severe")
    UNREGISTERED = ("unregistered", "미등록(의심)", "Not registered (suspected)")


class Education(LabelledEnum):
    PRESCHOOL = ("preschool", "미취학", "Not yet at school")
    NONE = ("none", "무학", "No schooling")
    ELEMENTARY = ("elementary", "초등학교", "Elementary school")
    MIDDLE = ("middle", "중학교", "Middle school")
    HIGH = ("high", "고등학교", "High school")
    COLLEGE = ("college", "대학교(전문대 포함)", "College or university")
    GRADUATE = ("graduate", "대학원", "Graduate school")


class SelectionLevel(LabelledEnum):
    """The outcome of 대상자 선정: a level of case management, or not selected (with a reason)."""

    GENERAL = ("general", "일반사례", "General case")
    COMPLEX = ("complex", "고난도사례", "Complex case")
    INTENSIVE = ("intensive", "집중사례", "Intensive case")
    LINKAGE_ONLY = ("linkage_only", "미선정(단순 서비스 연계)", "Not selected: linkage only")
    INFORMATION_ONLY = ("information_only", "미선정(정보 제공 후 종결)", "Not selected: information only")

    @property
    def selected(self) -> bool:
        return self in (SelectionLevel.GENERAL, SelectionLevel.COMPLEX, SelectionLevel.INTENSIVE)


# --- conferences, supervision, monitoring, closing, follow-up (migration 0007) -----------------------------------

# Codes migration 0007 recoded away (kept in the row's ``*_before_0007`` column), with what they read as.
EARLIER_CODE_LABELS = {
    "expert": ("전문가 자문회의", "Expert consultation"),
    "family": ("대상자·가족 참여 회의", "Meeting with the client and family"),
    "client_request": ("대상자 요청", "Client's request"),
}


class ServicePerformance(LabelledEnum):
    """How a service row (plan task) went, judged at a monitoring review."""

    GOOD = ("good", "잘됨", "Went well")
    FAIR = ("fair", "보통", "Fair")
    POOR = ("poor", "미흡", "Poor")


class GoalOutcome(LabelledEnum):
    """목표별 성과 at termination."""

    ACHIEVED = ("achieved", "달성", "Achieved")
    PARTLY = ("partly", "부분 달성", "Partly achieved")
    NOT_ACHIEVED = ("not_achieved", "미달성", "Not achieved")


class EcoPhase(LabelledEnum):
    """Which eco-map a relation belongs to: the one drawn at intake or the one drawn at closing."""

    INTAKE = ("intake", "초기(접수·사정)", "At intake")
    CLOSING = ("closing", "종결", "At closing")


class ConfirmationTarget(LabelledEnum):
    """What a supervisor confirms: the service plan or the closing."""

    PLAN = ("plan", "서비스 제공 계획", "Service plan")
    TERMINATION = ("termination", "종결", "Closing")



# --- plan and service record (서비스 제공 계획, 과정기록): issue 11 part 3 ---------------------------------------------

class GoalTerm(LabelledEnum):
    """장기 goals are the plan's aims; 단기 goals are the steps under one of them (each with its own GAS)."""

    LONG = ("long", "장기", "Long-term")
    SHORT = ("short", "단기", "Short-term")


class FrequencyUnit(LabelledEnum):
    PER_WEEK = ("per_week", "회/주", "times a week")
    PER_MONTH = ("per_month", "회/월", "times a month")
    PER_DAY = ("per_day", "회/일", "times a day")
    IN_TOTAL = ("in_total", "회(기간 중)", "times in all")


class PlanAgreementMethod(LabelledEnum):
    SIGNED_PAPER = ("signed_paper", "서면 서명", "Signed on paper")
    SIGNED_SCREEN = ("signed_screen", "화면 서명", "Signed on screen")
    VERBAL = ("verbal", "구두 동의", "Verbally")
    GUARDIAN = ("guardian", "보호자 동의", "By the guardian")


class ContactTarget(LabelledEnum):
    """접촉 대상: whom the contact of a service entry was with."""

    CLIENT = ("client", "본인", "The client")
    FAMILY = ("family", "가족", "Family")
    RESOURCE = ("resource", "기관·자원", "Agency or resource")
    NEIGHBOUR = ("neighbour", "이웃·지인", "Neighbour or acquaintance")
    PUBLIC_OFFICE = ("public_office", "행정복지센터·공공기관", "Community centre or public office")
    OTHER = ("other", "기타", "Other")


class ServiceContent(LabelledEnum):
    """내용 구분 of a service entry (several may apply to one contact)."""

    INFO_GIVEN = ("info_given", "정보 제공", "Information given")
    INFO_GATHERED = ("info_gathered", "정보 탐색", "Information gathered")
    CHECK = ("check", "점검", "Check-in")
    LINKAGE = ("linkage", "자원 연계", "Resource linkage")
    COUNSELLING = ("counselling", "상담", "Counselling")
    ACCOMPANYING = ("accompanying", "동행", "Accompanying")
    EMOTIONAL_SUPPORT = ("emotional_support", "정서 지원", "Emotional support")
    ADVOCACY = ("advocacy", "옹호", "Advocacy")
    OTHER = ("other", "기타", "Other")
