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
    CONTINUE = ("continue", "계획 유지", "Continue")
    REVISE_PLAN = ("revise_plan", "계획 수정", "Revise plan")
    REASSESS = ("reassess", "재사정", "Re-assess")
    TERMINATE = ("terminate", "종결", "Terminate")


class TerminationReason(LabelledEnum):
    GOALS_ACHIEVED = ("goals_achieved", "목표 달성", "Goals achieved")
    CLIENT_REQUEST = ("client_request", "대상자 요청", "Client's request")
    TRANSFERRED = ("transferred", "타 기관 이관", "Transferred to another agency")
    MOVED = ("moved", "전출·이사", "Moved away")
    NO_CONTACT = ("no_contact", "연락 두절", "Lost contact")
    DECEASED = ("deceased", "사망", "Deceased")
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
    INTERNAL = ("internal", "내부 사례회의", "Internal case meeting")
    INTEGRATED = ("integrated", "통합사례회의", "Integrated (multi-agency) case conference")
    EXPERT = ("expert", "전문가 자문회의", "Expert consultation")
    FAMILY = ("family", "대상자·가족 참여 회의", "Meeting with the client and family")


class Satisfaction(LabelledEnum):
    VERY_LOW = ("1", "매우 불만족", "Very dissatisfied")
    LOW = ("2", "불만족", "Dissatisfied")
    NEUTRAL = ("3", "보통", "Neutral")
    HIGH = ("4", "만족", "Satisfied")
    VERY_HIGH = ("5", "매우 만족", "Very satisfied")
