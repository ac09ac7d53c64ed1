"""Forms declared as data.

Each record kind's fields are declared once here and drive the Qt form builder, validation, the PDF sections, CSV
columns and the search index. A new field is one line here plus a column in ``storage/models.py`` (and a migration).
Field names equal the model's column names.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from caseapp.domain.dates import DateError, DateSense, read_typed_date
from caseapp.domain.labels import Label, LabelledEnum
from caseapp.domain import resident_number, vocab
from caseapp.domain.budget import BudgetItem
from caseapp.errors import ValidationError

MAX_TEXT = 200_000  # characters; a 100k-character note must fit, a runaway paste must not


class Kind(enum.Enum):
    TEXT = "text"
    MULTILINE = "multiline"
    DATE = "date"
    INT = "int"
    CHOICE = "choice"
    MULTI_CHOICE = "multi_choice"
    BOOL = "bool"
    REFERENCE = "reference"  # id of another row (resource, goal); the UI offers a picker


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: Label
    kind: Kind = Kind.TEXT
    required: bool = False
    choices: type[LabelledEnum] | None = None
    help: Label | None = None
    minimum: int | None = None
    maximum: int | None = None
    max_length: int = MAX_TEXT
    searchable: bool = False  # text fed to the search index
    sensitive: bool = False  # masked in redacted exports
    reference: str | None = None  # table name for REFERENCE fields
    default_today: bool = False
    not_future: bool = False  # records of something that already happened (a typo like 2062 must not be locked in)
    sense: DateSense | None = None  # what a date holds (century of 550315, calendar page, what typing refuses)
    normalize: Callable[[str], str] | None = None  # text in its stored form; ValueError(.label) refuses it

    @property
    def date_sense(self) -> DateSense:
        if self.sense is not None:
            return self.sense
        return DateSense.PAST if self.not_future else DateSense.ANY


@dataclass(frozen=True)
class FormSpec:
    key: str
    title: Label
    fields: tuple[FieldSpec, ...]
    help: Label | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)

    def field(self, name: str) -> FieldSpec:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    @property
    def names(self) -> list[str]:
        return [f.name for f in self.fields]

    def searchable_names(self) -> list[str]:
        return [f.name for f in self.fields if f.searchable]


def F(name: str, ko: str, en: str, kind: Kind = Kind.TEXT, **kw: Any) -> FieldSpec:
    help_ = kw.pop("help", None)
    if isinstance(help_, tuple):
        help_ = Label(*help_)
    return FieldSpec(name, Label(ko, en), kind, help=help_, **kw)


T, ML, D, I, C, MC, B, R = (Kind.TEXT, Kind.MULTILINE, Kind.DATE, Kind.INT, Kind.CHOICE, Kind.MULTI_CHOICE,
                           Kind.BOOL, Kind.REFERENCE)

CLIENT = FormSpec("client", Label("대상자 정보", "Client details"), (
    F("name", "성명", "Name", T, required=True, max_length=100, searchable=True),
    F("birth_date", "생년월일", "Date of birth", D, not_future=True, sense=DateSense.BIRTH),
    F("sex", "성별", "Sex", C, choices=vocab.Sex),
    F("resident_number", "주민등록번호", "Resident registration no.", T, max_length=20, sensitive=True,
      normalize=resident_number.normalize),
    F("phone", "연락처", "Phone", T, max_length=40, searchable=True, sensitive=True),
    F("address", "실거주지 주소", "Address (lives at)", T, max_length=300, searchable=True,
      sensitive=True),
    # intake facts of the 초기상담지 (issue 11 part 1)
    F("registered_address", "등본상 주소", "Registered address", T, max_length=300, searchable=True,
      sensitive=True, help=("실거주지와 다를 때만 적습니다.", "Only where it differs from where the client lives.")),
    F("household_type", "가구 유형", "Household type", C, choices=vocab.HouseholdType),
    F("housing_type", "주거 유형", "Housing type", C, choices=vocab.HousingType),
    F("tenure", "점유 형태", "Tenure", C, choices=vocab.Tenure),
    F("livelihood", "생활 구분", "Public assistance", MC, choices=vocab.Livelihood,
      help=("수급 급여는 받는 것을 모두 표시합니다.", "Tick every basic livelihood benefit received.")),
    F("referral_route", "접수 경로", "Referral route", C, choices=vocab.ReferralRoute),
    F("referral_source", "접수 경로 상세", "Referral detail", T, max_length=200, searchable=True,
      help=("누가, 어느 기관에서(예: 대화면 행정복지센터 맞춤형복지팀)",
            "Who referred, from which office (e.g. the community centre's welfare team)")),
    F("vulnerability_flags", "취약 요인", "Vulnerability", MC, choices=vocab.Vulnerability),
    F("notes", "메모", "Notes", ML, searchable=True),
))

INTAKE = FormSpec("intake", Label("초기상담", "Intake"), (
    F("opened_on", "접수일", "Opened on", D, required=True, default_today=True),
    F("presenting_request", "주호소·요청 내용", "Presenting request", ML, searchable=True,
      help=("클라이언트가 말한 그대로 적습니다.", "Write it down in the client's own words.")),
    F("crisis_screening", "위기 선별", "Crisis screening", ML, searchable=True,
      help=("자해·타해 위험, 주거 상실, 학대, 긴급 의료 여부", "Risk of harm, loss of housing, abuse, urgent medical need")),
    F("crisis_flag", "긴급 위기 사례", "Urgent crisis", B),
    F("monitoring_interval_days", "점검 주기(일)", "Monitoring every (days)", I, minimum=7, maximum=365),
), help=Label("기관을 소개하고 서비스를 설명하며, 진심 어린 관심으로 강점을 탐색합니다.",
              "Introduce the agency, explain the service, show genuine interest and explore strengths."))

HOUSEHOLD_MEMBER = FormSpec("household_member", Label("가구원", "Household member"), (
    F("relation", "관계", "Relation", T, required=True, max_length=50,
      help=("배우자, 자녀, 모, 부, 형제 …", "Spouse, child, mother, father, sibling …")),
    F("name", "성명", "Name", T, max_length=100, searchable=True),
    F("age", "나이", "Age", I, minimum=0, maximum=130),
    F("sex", "성별", "Sex", C, choices=vocab.Sex),
    F("lives_together", "동거", "Lives together", B),
    F("deceased", "사망", "Deceased", B),
    F("notes", "비고", "Notes", T, max_length=500, searchable=True),
    # the 초기상담지's household table (issue 11 part 1)
    F("disability_type", "장애 유형", "Disability", C, choices=vocab.DisabilityType),
    F("disability_degree", "장애 정도", "Degree of disability", C, choices=vocab.DisabilityDegree),
    F("education", "학력", "Education", C, choices=vocab.Education),
    F("occupation", "직업", "Occupation", T, max_length=100, searchable=True),
    F("health", "건강 상태", "Health", T, max_length=500, searchable=True),
    F("problem", "주요 문제", "Main problem", ML, max_length=2000, searchable=True,
      help=("이 가구원 자신의 어려움", "This member's own difficulty")),
    F("wanted_support", "원하는 도움", "Support wanted", ML, max_length=2000, searchable=True),
    F("priority", "개입 우선순위", "Priority", I, minimum=1, maximum=20,
      help=("1이 가장 먼저입니다.", "1 comes first.")),
))
# The member fields beyond one line of a household table (printed and shown per member).
HOUSEHOLD_DETAILS = ("disability_type", "disability_degree", "education", "occupation", "health", "problem",
                     "wanted_support", "priority")

CONSENT = FormSpec("consent", Label("동의", "Consent"), (
    F("purpose", "동의 목적", "Purpose", C, required=True, choices=vocab.ConsentPurpose),
    F("given_on", "동의일", "Given on", D, default_today=True, sense=DateSense.PAST),
    F("method", "동의 방법", "How given", C, choices=vocab.ConsentMethod),
    F("expires_on", "만료일", "Expires on", D, sense=DateSense.DUE),
    F("withdrawn_on", "철회일", "Withdrawn on", D, sense=DateSense.PAST),
    F("notes", "비고", "Notes", T, max_length=1000),
    # Consents by kind (migration 0008): what the form told the client, and who consented.
    F("purpose_detail", "수집·이용 목적", "Purpose of collection and use", ML, max_length=2000, searchable=True,
      help=("비워 두면 동의 종류의 표준 문구가 동의서에 인쇄됩니다.", "Left empty, the kind's usual wording is printed.")),
    F("items", "수집 항목", "Items collected", ML, max_length=2000, searchable=True),
    F("recipients", "제공받는 자(제3자 제공)", "Recipients (third-party provision)", T, max_length=1000,
      searchable=True),
    F("retention", "보유·이용 기간", "Retention period", T, max_length=200, help=("예: 종결 후 5년",
                                                                             "e.g. 5 years after closing")),
    F("refusal_consequence", "동의 거부 시 불이익", "Consequence of refusing", ML, max_length=2000),
    F("consented_by", "동의한 사람", "Consented by", C, choices=vocab.ConsentGiver),
    F("guardian_name", "법정대리인 성명", "Representative's name", T, max_length=100, searchable=True),
    F("guardian_relation", "법정대리인 관계", "Representative's relation", T, max_length=50,
      help=("예: 부, 모, 후견인", "e.g. father, mother, guardian")),
), help=Label("자기결정(자율성) 존중: 목적마다 따로 동의를 받습니다.",
              "Respect autonomy: ask consent separately for each purpose."))

ASSESSMENT = FormSpec("assessment", Label("사정", "Assessment"), (
    F("kind", "사정 구분", "Kind", C, required=True, choices=vocab.AssessmentKind),
    F("assessed_on", "사정일", "Assessed on", D, required=True, default_today=True, not_future=True),
    # issue 11 (욕구·위기도 조사): family and personal history, one text each in life-stage order (see README)
    F("family_history", "가족력", "Family history", ML, searchable=True,
      help=("생애 단계 순서로(출생·아동기 → 청소년기 → 성인기 → 현재): 부모·형제, 결혼·이혼, 사별, 이주 등",
            "In life-stage order (birth and childhood → youth → adulthood → now): parents, siblings, marriage, "
            "divorce, bereavement, moves")),
    F("personal_history", "개인력", "Personal history", ML, searchable=True,
      help=("생애 단계 순서로: 성장 과정, 학교, 일, 질병·장애, 중요한 사건",
            "In life-stage order: growing up, school, work, illness or disability, key events")),
    F("strengths_personal", "개인 강점", "Personal strengths", ML, searchable=True),
    F("strengths_family", "가족 강점", "Family strengths", ML, searchable=True),
    F("strengths_community", "지역사회 강점", "Community strengths", ML, searchable=True),
    F("obstacles_personal", "개인 장애물", "Personal obstacles", ML, searchable=True),  # issue 11
    F("obstacles_family", "가족 장애물", "Family obstacles", ML, searchable=True),  # issue 11
    F("obstacles_community", "지역사회 장애물", "Community obstacles", ML, searchable=True),  # issue 11
    F("risk_level", "위기도", "Risk level", C, required=True, choices=vocab.RiskLevel),
    F("risk_reasons", "위기도 판단 근거", "Reasons for the risk level", ML, searchable=True),
    F("summary", "종합 의견", "Overall opinion", ML, searchable=True),
))

NEED_RATING = FormSpec("need_rating", Label("욕구 영역", "Need area"), (
    F("area", "영역", "Area", C, required=True, choices=vocab.NeedArea),
    F("level", "욕구 수준(0–3)", "Level (0–3)", I, minimum=0, maximum=3),
    F("narrative", "내용", "Narrative", ML, searchable=True),
    # issue 11: whom it concerns (the client, a household member by relation and name, the household), cause, rank
    F("concerns", "대상 가구원", "Concerns", T, max_length=100, searchable=True,
      help=("대상자 본인, 가구원(관계·이름) 또는 가구 전체", "The client, a household member (relation, name) or the "
            "whole household")),
    F("cause", "원인", "Cause", T, max_length=500, searchable=True),
    F("priority", "우선순위", "Priority", I, minimum=1, maximum=9),
))

# issue 11: one line of the monthly income and expense table kept with an assessment (domain/budget.py lists them)
BUDGET_LINE = FormSpec("budget_line", Label("월 소득·지출", "Monthly income and expenses"), (
    F("item", "항목", "Item", C, required=True, choices=BudgetItem),
    F("amount", "금액(원/월)", "Amount (won a month)", I, minimum=0, maximum=100_000_000),
    F("note", "비고", "Note", T, max_length=300, searchable=True),
))

ECO_RELATION = FormSpec("eco_relation", Label("생태도 관계", "Eco-map relation"), (
    F("name", "대상(사람·자원)", "Person or resource", T, required=True, max_length=100, searchable=True),
    F("kind", "구분", "Kind", C, choices=vocab.EcoKind),
    F("strength", "관계 강도", "Strength", C, choices=vocab.EcoStrength),
    F("direction", "에너지 방향", "Direction", C, choices=vocab.EcoDirection),
    F("resource_id", "자원망 연결", "Linked resource", R, reference="resource"),
    F("notes", "비고", "Notes", T, max_length=1000, searchable=True),
    F("phase", "생태도 시점", "Eco-map", C, choices=vocab.EcoPhase,
      help=("초기 생태도와 종결 시 생태도를 따로 그립니다.", "The map at intake and the map at closing are drawn apart.")),
))

GOAL = FormSpec("goal", Label("목표", "Goal"), (
    F("statement", "목표(대상자의 말로)", "Goal (in the client's words)", ML, required=True, searchable=True,
      help=("클라이언트가 원하는 변화를 합의하여 그 말 그대로 적습니다.",
            "Agree the change the client wants and write it in their words.")),
    F("parent_id", "상위 장기 목표", "Under long-term goal", R, reference="long_goal",
      help=("비워 두면 장기 목표, 고르면 그 아래의 단기 목표가 됩니다.",
            "Leave empty for a long-term goal; pick one to make this a short-term goal under it.")),
    F("need_area", "욕구 영역", "Need area", C, choices=vocab.NeedArea),
    F("target_date", "목표일", "Target date", D, sense=DateSense.DUE),
    F("gas_minus2", "GAS −2 (매우 못 미침)", "GAS −2 (much less)", T, max_length=500, searchable=True),
    F("gas_minus1", "GAS −1 (못 미침)", "GAS −1 (less)", T, max_length=500, searchable=True),
    F("gas_zero", "GAS 0 (기대 수준)", "GAS 0 (expected)", T, max_length=500, searchable=True),
    F("gas_plus1", "GAS +1 (나음)", "GAS +1 (more)", T, max_length=500, searchable=True),
    F("gas_plus2", "GAS +2 (매우 나음)", "GAS +2 (much more)", T, max_length=500, searchable=True),
), help=Label("강점이 발휘될 수 있는 목표를 세우고, 대상자가 스스로 할 일을 포함합니다.",
              "Set goals that use the client's strengths and include what the client will do."))

PLAN_TASK = FormSpec("plan_task", Label("실행 과업", "Task"), (
    F("description", "과업", "Task", T, required=True, max_length=1000, searchable=True,
      help=("제공할 서비스나 할 일", "The service given or the thing to do")),
    F("goal_id", "관련 목표", "Goal", R, reference="goal"),
    F("target_person", "서비스 대상", "For whom", T, max_length=100, searchable=True,
      help=("본인, 자녀(민지) 등", "The client, a child (Minji) …")),
    F("performer", "수행자", "Who does it", C, required=True, choices=vocab.TaskPerformer),
    F("resource_id", "연계 자원", "Linked resource", R, reference="resource"),
    F("person_in_charge", "담당자", "Person in charge", T, max_length=100, searchable=True,
      help=("제공 기관의 담당자 이름", "The providing agency's contact person")),
    F("starts_on", "시작일", "Starts on", D),
    F("ends_on", "종료일", "Ends on", D),
    F("frequency_count", "빈도(횟수)", "Frequency (times)", I, minimum=1, maximum=99),
    F("frequency_unit", "빈도 단위", "Frequency unit", C, choices=vocab.FrequencyUnit),
    F("frequency", "빈도", "Frequency", T, max_length=100, help=("예: 주 1회", "e.g. once a week")),
    F("priority", "우선순위", "Priority", I, minimum=1, maximum=20),
    F("due_date", "기한", "Due", D, sense=DateSense.DUE),
    F("done_on", "완료일", "Done on", D, sense=DateSense.PAST),
))

SERVICE_ENTRY = FormSpec("service_entry", Label("서비스 제공 기록", "Service log entry"), (
    F("occurred_on", "일자", "Date", D, required=True, default_today=True, not_future=True),
    F("practice_type", "실천 유형", "Type", C, required=True, choices=vocab.PracticeType),
    F("contact_mode", "접촉 방법", "Contact", C, required=True, choices=vocab.ContactMode),
    F("contact_target", "접촉 대상", "Contact with", C, choices=vocab.ContactTarget),
    F("content_kinds", "내용 구분", "Content", MC, choices=vocab.ServiceContent),
    F("duration_min", "소요 시간(분)", "Duration (min)", I, minimum=0, maximum=24 * 60),
    F("goal_id", "관련 목표", "Goal", R, reference="goal"),
    F("resource_id", "관련 자원", "Resource", R, reference="resource"),
    F("text", "내용", "Notes", ML, required=True, searchable=True),
), help=Label("새로운 시도를 지지하고 자원망과의 관계를 강화합니다.",
              "Support new attempts and strengthen the resource network."))

REFERRAL = FormSpec("referral", Label("자원 의뢰", "Referral"), (
    F("resource_id", "의뢰 기관·사람", "Resource", R, required=True, reference="resource"),
    F("status", "상태", "Status", C, required=True, choices=vocab.ReferralStatus),
    F("sent_on", "의뢰일", "Sent on", D, required=True, default_today=True,
      sense=DateSense.PAST),
    F("accepted_on", "접수일", "Accepted on", D, sense=DateSense.PAST),
    F("started_on", "서비스 시작일", "Service started", D, sense=DateSense.PAST),
    F("completed_on", "완료일", "Completed on", D, sense=DateSense.PAST),
    F("declined_on", "거절일", "Declined on", D, sense=DateSense.PAST),
    F("reason", "의뢰 사유", "Reason", ML, searchable=True),
    F("notes", "비고", "Notes", ML, searchable=True),
))

MONITORING_REVIEW = FormSpec("monitoring_review", Label("모니터링·재평가", "Monitoring review"), (
    F("reviewed_on", "점검일", "Reviewed on", D, required=True, default_today=True, not_future=True),
    F("adherence", "계획 이행", "Plan adherence", C, required=True, choices=vocab.Adherence),
    F("satisfaction", "만족도", "Satisfaction", C, choices=vocab.Satisfaction),
    F("changed_needs", "욕구 변화", "Changed needs", ML, searchable=True),
    F("decision", "결정", "Decision", C, required=True, choices=vocab.ReviewDecision),
    F("notes", "점검 내용", "Notes", ML, searchable=True),
))

TERMINATION = FormSpec("termination", Label("종결", "Termination"), (
    F("terminated_on", "종결일", "Closed on", D, required=True, default_today=True, not_future=True),
    F("reason", "종결 사유", "Reason", C, required=True, choices=vocab.TerminationReason),
    F("client_words", "대상자의 말", "In the client's words", ML, searchable=True),
    F("summary", "종결 평가", "Evaluation", ML, searchable=True,
      help=("그동안의 노력과 달성된 변화를 인정하고 격려합니다.", "Acknowledge the effort and the change achieved.")),
    F("follow_up_plan", "사후관리 계획", "Follow-up plan", ML, searchable=True),
    F("follow_up_every_months", "사후관리 간격(개월)", "Follow-up every (months)", I, minimum=1, maximum=12),
    F("follow_up_count", "사후관리 횟수", "Follow-up contacts", I, minimum=1, maximum=12),
    F("emergency_contact", "비상 연락처", "Emergency contact", T, max_length=200, searchable=True, sensitive=True,
      help=("위기 때 연락할 사람·기관과 전화", "Person or agency to call in a crisis, with the number")),
))

FOLLOW_UP = FormSpec("follow_up", Label("사후관리", "Follow-up"), (
    F("due_on", "예정일", "Due on", D, required=True, sense=DateSense.DUE),
    F("method", "방법", "Method", C, choices=vocab.FollowUpMethod),
    F("done_on", "실시일", "Done on", D, sense=DateSense.PAST),
    F("result", "결과", "Result", ML, searchable=True),
    F("observed_change", "관찰된 변화", "Observed change", ML, searchable=True),
    F("satisfaction", "만족도", "Satisfaction", C, choices=vocab.Satisfaction),
    F("reopen", "재접수(재개입) 필요", "Re-entry needed", B),
))

RESOURCE = FormSpec("resource", Label("자원", "Resource"), (
    F("name", "이름", "Name", T, required=True, max_length=200, searchable=True),
    F("kind", "구분", "Kind", C, required=True, choices=vocab.ResourceKind),
    F("category", "분야", "Category", C, required=True, choices=vocab.ResourceCategory),
    F("services", "제공 서비스", "Services", ML, searchable=True),
    F("contact_person", "담당자", "Contact person", T, max_length=100, searchable=True),
    F("phone", "전화", "Phone", T, max_length=40, searchable=True),
    F("email", "이메일", "Email", T, max_length=200),
    F("address", "주소", "Address", T, max_length=300),
    F("notes", "비고", "Notes", ML, searchable=True),
    F("active", "활동 중", "Active", B),
))

CASE_CONFERENCE = FormSpec("case_conference", Label("사례회의", "Case conference"), (
    F("held_on", "회의일", "Held on", D, required=True, default_today=True, not_future=True),
    F("kind", "회의 유형", "Kind of meeting", C, choices=vocab.ConferenceKind),
    F("attendees", "참석자(메모)", "Attendees (note)", T, max_length=1000, searchable=True,
      help=("참석자는 아래 표에 소속별로 적고, 여기에는 덧붙일 말만 적습니다.",
            "List attendees by organisation in the table below; note anything else here.")),
    F("agenda", "안건", "Agenda", ML, searchable=True),
    F("case_summary", "사례 개요", "Case summary", ML, searchable=True),
    F("practitioner_view", "사례관리자 의견", "Practitioner's view", ML, searchable=True),
    F("discussion", "논의 내용", "Discussion", ML, searchable=True),
    F("decisions", "결정 사항", "Decisions", ML, required=True, searchable=True),
    F("plan_change", "계획 변경 내용", "Resulting plan change", ML, searchable=True),
    F("next_steps", "향후 계획(누가·언제)", "Next steps (who, by when)", ML, searchable=True),
), help=Label("참석 기관마다 맡을 역할과 기한을 정하고, 대상자의 뜻을 회의에 전합니다.",
              "Agree who does what by when, and bring the client's own view into the meeting."))

ADDENDUM = FormSpec("addendum", Label("추가기록", "Addendum"), (
    F("written_on", "작성일", "Written on", D, required=True, default_today=True, not_future=True),
    F("text", "내용", "Text", ML, required=True, searchable=True),
))

PRACTITIONER = FormSpec("practitioner", Label("사례관리자", "Practitioner"), (
    F("name", "성명", "Name", T, required=True, max_length=100),
    F("title", "직함", "Title", T, max_length=100),
    F("phone", "연락처", "Phone", T, max_length=40),
    F("email", "이메일", "Email", T, max_length=200),
))

AGENCY = FormSpec("agency", Label("기관 정보", "Agency"), (
    F("name", "기관명", "Agency name", T, required=True, max_length=200),
    F("address", "주소", "Address", T, max_length=300),
    F("phone", "전화", "Phone", T, max_length=40),
    F("head_name", "기관장", "Head of agency", T, max_length=100),
    F("supervisor_name", "슈퍼바이저", "Supervisor", T, max_length=100),
    F("retention_years", "보존기간(년)", "Retention (years)", I, minimum=1, maximum=100),
    F("uses_intensive_level", "집중사례 구분 사용", "Use the intensive case level", B,
      help=("대상자 선정에서 일반·고난도 외에 집중사례를 씁니다.",
            "Selection offers 집중 (intensive) besides general and complex.")),
))

CASE_SELECTION = FormSpec("case_selection", Label("대상자 선정", "Case selection"), (
    F("decided_on", "선정일", "Decided on", D, required=True, default_today=True, not_future=True),
    F("level", "선정 결과", "Outcome", C, required=True, choices=vocab.SelectionLevel),
    F("conference_id", "결정한 사례회의", "Decided at case conference", R, reference="case_conference"),
    F("reason", "선정 사유·판단 근거", "Reasons", ML, searchable=True,
      help=("초기상담과 욕구·위기도 조사에서 무엇을 보고 정했는지; 미선정이면 그 사유",
            "What in the intake and the needs and risk assessment decided it; for not selected, why")),
), help=Label("초기상담과 욕구·위기도 조사 뒤 사례회의에서 사례관리 대상 여부와 수준을 정합니다.",
              "After intake and the needs and risk assessment, a case conference decides whether and at which "
              "level the case is managed."))

# Forms of an action rather than a table (their fields are arguments of a service, not columns).

CONSENT_SHEET = FormSpec("consent_sheet", Label("동의서", "Consent sheet"), (
    F("purposes", "동의한 목적", "Purposes agreed to", MC, required=True, choices=vocab.ConsentPurpose),
    F("given_on", "동의일", "Given on", D, required=True, default_today=True, not_future=True),
    F("method", "동의 방법", "How given", C, choices=vocab.ConsentMethod),
    F("expires_on", "만료일", "Expires on", D),
    F("notes", "비고", "Notes", T, max_length=1000),
    F("consented_by", "동의한 사람", "Consented by", C, choices=vocab.ConsentGiver),
    F("guardian_name", "법정대리인 성명", "Representative's name", T, max_length=100),
    F("guardian_relation", "법정대리인 관계", "Representative's relation", T, max_length=50),
    F("retention", "보유·이용 기간", "Retention period", T, max_length=200, help=("예: 종결 후 5년",
                                                                             "e.g. 5 years after closing")),
    F("recipients", "제공받는 자(제3자 제공)", "Recipients (third-party provision)", T, max_length=1000),
), help=Label("한 장의 동의서로 함께 받은 목적을 모두 표시합니다. 목적마다 따로 철회할 수 있습니다.",
              "Tick every purpose agreed on the one sheet; each can still be withdrawn on its own."))

FOLLOW_UP_DONE = FormSpec("follow_up_done", Label("사후관리 실시", "Follow-up done"), (
    F("done_on", "실시일", "Done on", D, required=True, default_today=True, not_future=True),
    F("method", "방법", "Method", C, choices=vocab.FollowUpMethod),
    F("result", "결과", "Result", ML),
    F("observed_change", "관찰된 변화", "Observed change", ML),
    F("satisfaction", "만족도", "Satisfaction", C, choices=vocab.Satisfaction),
    F("reopen", "재접수(재개입) 필요", "Re-entry needed", B),
))

FOLLOW_UP_SNOOZE = FormSpec("follow_up_snooze", Label("사후관리 연기", "Postpone follow-up"), (
    F("until", "새 예정일", "New date", D, required=True),
    F("reason", "연기 사유", "Reason", C, required=True, choices=vocab.SnoozeReason),
    F("note", "메모", "Note", T, max_length=500),
))

FOLLOW_UP_SCHEDULE = FormSpec("follow_up_schedule", Label("사후관리 일정", "Follow-up schedule"), (
    F("every_months", "간격(개월)", "Every (months)", I, required=True, minimum=1, maximum=12),
    F("count", "횟수", "Contacts", I, required=True, minimum=1, maximum=12),
    F("method", "방법", "Method", C, required=True, choices=vocab.FollowUpMethod),
), help=Label("종결일부터 셉니다. 지난 날짜와 이미 잡힌 연락 무렵의 날짜는 만들지 않습니다.",
              "Counted from the closing date; dates passed or near a contact already planned are left out."))

# --- conferences, supervision, monitoring detail, closing (migration 0007) -----------------------------------------

CONFERENCE_ATTENDEE = FormSpec("conference_attendee", Label("참석자", "Attendee"), (
    F("name", "성명", "Name", T, required=True, max_length=100, searchable=True),
    F("organisation", "소속", "Organisation", T, max_length=200, searchable=True),
    F("role", "직위·역할", "Role", T, max_length=100, searchable=True),
))

SUPERVISION = FormSpec("supervision", Label("슈퍼비전 기록", "Supervision record"), (
    F("held_on", "일자", "Date", D, required=True, default_today=True, not_future=True),
    F("supervisor", "슈퍼바이저", "Supervisor", T, required=True, max_length=100, searchable=True),
    F("topic", "주제", "Topic", T, max_length=300, searchable=True),
    F("content", "내용", "Content", ML, searchable=True),
    F("agreed_actions", "합의된 조치", "Agreed actions", ML, searchable=True),
), help=Label("슈퍼바이저와 함께 사례를 점검하고, 합의한 조치는 누가 언제 할지까지 적습니다.",
              "Review the case with the supervisor; write down who does each agreed action and by when."))

SUPERVISOR_CONFIRMATION = FormSpec("supervisor_confirmation", Label("슈퍼바이저 확인", "Supervisor's confirmation"), (
    F("target", "확인 대상", "Confirms", C, required=True, choices=vocab.ConfirmationTarget),
    F("confirmed_by", "확인자", "Confirmed by", T, required=True, max_length=100),
    F("confirmed_on", "확인일", "Confirmed on", D, required=True, default_today=True, not_future=True),
    F("note", "비고", "Note", T, max_length=500, searchable=True),
))

REVIEW_GOAL_CHANGE = FormSpec("review_goal_change", Label("목표별 변화(사전·사후)", "Change per goal (before / after)"), (
    F("goal_id", "목표", "Goal", R, required=True, reference="goal"),
    F("before", "사전", "Before", T, max_length=1000, searchable=True),
    F("after", "사후", "After", T, max_length=1000, searchable=True),
))

REVIEW_SERVICE_RATING = FormSpec("review_service_rating", Label("서비스 수행 정도", "Service performance"), (
    F("task_id", "서비스(과업)", "Service (task)", R, required=True, reference="plan_task"),
    F("performance", "수행 정도", "Performance", C, required=True, choices=vocab.ServicePerformance),
    F("note", "비고", "Note", T, max_length=500, searchable=True),
))

TERMINATION_GOAL_OUTCOME = FormSpec("termination_goal_outcome", Label("목표별 성과", "Outcome per goal"), (
    F("goal_id", "목표", "Goal", R, required=True, reference="goal"),
    F("outcome", "성과", "Outcome", C, required=True, choices=vocab.GoalOutcome),
    F("note", "내용", "Note", T, max_length=1000, searchable=True),
))


# --- the client's agreement to the plan (issue 11 part 3) ---

PLAN_AGREEMENT = FormSpec("plan_agreement", Label("계획 동의", "Agreement to the plan"), (
    F("agreed_on", "동의일", "Agreed on", D, required=True, default_today=True, not_future=True),
    F("method", "동의 방법", "How agreed", C, required=True, choices=vocab.PlanAgreementMethod),
    F("guardian_name", "보호자 성명", "Guardian's name", T, max_length=100, searchable=True, sensitive=True,
      help=("보호자가 동의한 경우", "When the guardian agreed")),
    F("guardian_relation", "보호자 관계", "Guardian's relation", T, max_length=50,
      help=("모, 후견인 등", "Mother, legal guardian …")),
    F("notes", "비고", "Notes", T, max_length=1000, searchable=True),
), help=Label("계획을 대상자와 함께 읽고, 대상자의 뜻으로 동의를 받습니다.",
              "Read the plan through with the client and record their agreement in their own way."))

ALL_FORMS: dict[str, FormSpec] = {f.key: f for f in (
    CLIENT, INTAKE, HOUSEHOLD_MEMBER, CONSENT, ASSESSMENT, NEED_RATING, ECO_RELATION, GOAL, PLAN_TASK,
    SERVICE_ENTRY, REFERRAL, MONITORING_REVIEW, TERMINATION, FOLLOW_UP, RESOURCE, CASE_CONFERENCE, ADDENDUM,
    PRACTITIONER, AGENCY, CONSENT_SHEET, FOLLOW_UP_DONE, FOLLOW_UP_SNOOZE, FOLLOW_UP_SCHEDULE,
    CASE_SELECTION,

    CONFERENCE_ATTENDEE, SUPERVISION, SUPERVISOR_CONFIRMATION, REVIEW_GOAL_CHANGE, REVIEW_SERVICE_RATING,
    TERMINATION_GOAL_OUTCOME,

    BUDGET_LINE, PLAN_AGREEMENT)}


def _clean_text(spec: FieldSpec, value: Any) -> str:
    text = "" if value is None else str(value)
    if "\x00" in text:
        raise _invalid(spec, "NUL 문자는 저장할 수 없습니다", "NUL characters cannot be stored")
    try:
        text.encode("utf-8")  # lone surrogates (e.g. undecodable CLI arguments) cannot be stored
    except UnicodeEncodeError:
        raise _invalid(spec, "저장할 수 없는 깨진 문자가 있습니다", "contains broken characters that cannot be stored") from None
    if len(text) > spec.max_length:
        raise _invalid(spec, f"{spec.max_length:,}자를 넘을 수 없습니다", f"must be at most {spec.max_length:,} characters")
    if spec.kind is Kind.TEXT and ("\n" in text or "\r" in text):
        text = " ".join(text.splitlines())
    return text


def _invalid(spec: FieldSpec, ko: str, en: str) -> ValidationError:
    return ValidationError(f"‘{spec.label.ko}’: {ko}.", f"‘{spec.label.en}’: {en}.")


def clean_value(spec: FieldSpec, value: Any) -> Any:
    """Convert one raw value (from a widget, CLI or import) to its stored type, or raise ValidationError."""
    empty = value is None or (isinstance(value, str) and value.strip() == "")
    if spec.kind in (Kind.TEXT, Kind.MULTILINE):
        text = _clean_text(spec, value)
        if spec.required and not text.strip():
            raise _invalid(spec, "반드시 입력해야 합니다", "is required")
        if spec.normalize is not None:
            try:
                text = spec.normalize(text)
            except ValueError as exc:
                label = getattr(exc, "label", None)
                if label is None:
                    raise
                raise _invalid(spec, label.ko, label.en) from None
        return text
    if empty:
        if spec.required:
            raise _invalid(spec, "반드시 입력해야 합니다", "is required")
        return [] if spec.kind is Kind.MULTI_CHOICE else (False if spec.kind is Kind.BOOL else None)
    if spec.kind is Kind.DATE:
        if isinstance(value, date):
            parsed = value  # a date widget's value gets the same range check as typed text
        else:
            try:  # typed text (GUI, CLI, import) also gets the field's sense check: a due date years back is a typo
                parsed = read_typed_date(str(value), date.today(), spec.date_sense)  # type: ignore[assignment]
            except DateError as exc:
                raise _invalid(spec, exc.label.ko, exc.label.en[:1].lower() + exc.label.en[1:]) from None
        if not (1900 <= parsed.year <= 2200):
            raise _invalid(spec, "1900–2200년 사이여야 합니다", "must be between 1900 and 2200")
        if spec.not_future and parsed > date.today() + timedelta(days=1):  # a day's slack for time zones
            raise _invalid(spec, "미래 날짜일 수 없습니다", "cannot be in the future")
        return parsed
    if spec.kind is Kind.INT:
        try:
            number = int(str(value).strip()) if not isinstance(value, int) or isinstance(value, bool) else value
        except ValueError:
            raise _invalid(spec, "숫자가 아닙니다", "is not a whole number") from None
        if spec.minimum is not None and number < spec.minimum or spec.maximum is not None and number > spec.maximum:
            raise _invalid(spec, f"{spec.minimum}–{spec.maximum} 사이여야 합니다",
                           f"must be between {spec.minimum} and {spec.maximum}")
        return number
    if spec.kind is Kind.CHOICE:
        assert spec.choices is not None
        try:
            return spec.choices.parse(str(value)).value
        except ValueError:
            allowed = ", ".join(m.label.ko for m in spec.choices)
            allowed_en = ", ".join(m.value for m in spec.choices)
            raise _invalid(spec, f"다음 중 하나여야 합니다: {allowed}", f"must be one of: {allowed_en}") from None
    if spec.kind is Kind.MULTI_CHOICE:
        assert spec.choices is not None
        items = value if isinstance(value, (list, tuple, set)) else str(value).split(",")
        out = []
        for item in items:
            if str(item).strip():
                try:
                    out.append(spec.choices.parse(str(item)).value)
                except ValueError:
                    raise _invalid(spec, f"알 수 없는 값: {item}", f"unknown value: {item}") from None
        return sorted(set(out), key=out.index)
    if spec.kind is Kind.BOOL:
        if isinstance(value, bool):
            return value
        return str(value).strip().lower() in ("1", "true", "yes", "y", "on", "예", "네")
    if spec.kind is Kind.REFERENCE:
        return str(value)
    raise AssertionError(spec.kind)


def validate(form: FormSpec, values: Mapping[str, Any], *, partial: bool = False) -> dict[str, Any]:
    """Clean every declared field present in ``values`` (all fields unless ``partial``). Unknown keys are an error,
    so a typo in a script never silently drops data."""
    unknown = set(values) - set(form.names)
    if unknown:
        names = ", ".join(sorted(unknown))
        raise ValidationError(f"알 수 없는 항목: {names}", f"Unknown field(s): {names}")
    cleaned: dict[str, Any] = {}
    for spec in form.fields:
        if spec.name in values:
            cleaned[spec.name] = clean_value(spec, values[spec.name])
        elif not partial:
            if spec.required and not spec.default_today:
                raise _invalid(spec, "반드시 입력해야 합니다", "is required")
            if spec.default_today:
                cleaned[spec.name] = date.today()
    return cleaned
