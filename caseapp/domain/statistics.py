"""What the service statistics (실적) count: periods, record sets and the declared figures.

Pure declarations: :mod:`caseapp.services.statistics` turns each record set ("source") into one SQL query and each
figure into an aggregate over it, so a new figure or a new breakdown (e.g. household type once the field exists) is
one line here. ``DEFINITIONS_VERSION`` goes into every JSON and report; bump it whenever a definition's meaning
changes (a new figure alone does not change the meaning of the old ones).
"""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from caseapp.domain.labels import Label, LabelledEnum
from caseapp.domain.vocab import (
    DIRECT_PRACTICE, ConferenceKind, ContactMode, HouseholdType, NeedArea, PracticeType, ReferralRoute,
    ReferralStatus, ResourceCategory, SelectionLevel, Sex, Stage, TerminationReason,
)

DEFINITIONS_VERSION = "1"

ACTIVE_STAGES: tuple[str, ...] = tuple(s.value for s in (Stage.INTAKE, Stage.PLANNING, Stage.IMPLEMENTATION,
                                                         Stage.MONITORING))
CLOSED_STAGES: tuple[str, ...] = (Stage.TERMINATION.value, Stage.FOLLOW_UP.value)
DIRECT_TYPES: tuple[str, ...] = tuple(sorted(p.value for p in DIRECT_PRACTICE))

NONE = "none"  # breakdown bucket: the record has no value for this dimension (e.g. a service without a goal)
UNKNOWN = "unknown"  # breakdown bucket: the value is missing (e.g. no birth date)


# --- periods -----------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Period:
    """Both ends inclusive."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("period ends before it starts")

    @classmethod
    def month(cls, year: int, month: int) -> "Period":
        return cls(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> "Period":
        if not 1 <= quarter <= 4:
            raise ValueError("quarter must be 1..4")
        first = 3 * (quarter - 1) + 1
        return cls(date(year, first, 1), cls.month(year, first + 2).end)

    @classmethod
    def year(cls, year: int) -> "Period":
        return cls(date(year, 1, 1), date(year, 12, 31))

    @property
    def day_before(self) -> date:
        return self.start - timedelta(days=1)

    def months(self) -> list["Period"]:
        """The calendar months the period touches, clipped to it (the bars of the monthly chart)."""
        out: list[Period] = []
        year, month = self.start.year, self.start.month
        while date(year, month, 1) <= self.end:
            whole = Period.month(year, month)
            out.append(Period(max(whole.start, self.start), min(whole.end, self.end)))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return out

    def text(self) -> str:
        return f"{self.start.isoformat()} ~ {self.end.isoformat()}"

    @classmethod
    def parse(cls, text: str) -> "Period":
        """``2026-03`` (month), ``2026-Q2`` (quarter), ``2026`` (year) or ``2026-01-01..2026-06-30``."""
        raw = text.strip()
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})", raw):
            return cls.month(int(m[1]), int(m[2]))
        if m := re.fullmatch(r"(\d{4})-?[Qq]([1-4])", raw):
            return cls.quarter(int(m[1]), int(m[2]))
        if re.fullmatch(r"\d{4}", raw):
            return cls.year(int(raw))
        if m := re.fullmatch(r"(\d{4}-\d{2}-\d{2})\s*(?:\.\.|~)\s*(\d{4}-\d{2}-\d{2})", raw):
            return cls(date.fromisoformat(m[1]), date.fromisoformat(m[2]))
        raise ValueError(text)


def years_before(day: date, years: int) -> date:
    """The same calendar day ``years`` earlier (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


@dataclass(frozen=True)
class AgeBand:
    code: str
    low: int  # age in whole years at the period's last day, inclusive
    high: int | None  # inclusive; None = no upper end
    label: Label


AGE_BANDS: tuple[AgeBand, ...] = (
    AgeBand("0_18", 0, 18, Label("18세 이하", "18 or younger")),
    AgeBand("19_39", 19, 39, Label("19–39세", "19–39")),
    AgeBand("40_64", 40, 64, Label("40–64세", "40–64")),
    AgeBand("65_plus", 65, None, Label("65세 이상", "65 or older")),
)


# --- record sets -------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Source:
    """A set of records the figures count; ``placed_by`` says which date puts a record into the period."""

    key: str
    label: Label
    placed_by: Label


_S = Source
SOURCES: dict[str, Source] = {s.key: s for s in (
    _S("held_start", Label("기간 시작 시 관리 중 사례", "Cases held at the start"),
       Label("기간 첫날 전날에 진행 단계(초기상담·사정~모니터링)에 있던 사례",
             "cases in an active stage (intake to monitoring) on the day before the period")),
    _S("stage_end", Label("기간 말일의 단계별 사례", "Cases by stage on the last day"),
       Label("기간 말일까지 접수된 사례의 말일 현재 단계(단계 이력 기준)",
             "every case opened by the last day, in the stage it had on that day (stage history)")),
    _S("opened", Label("신규 접수 사례", "Cases opened"), Label("접수일(opened_on)", "intake date (opened_on)")),
    _S("closed", Label("종결 사례", "Cases closed"), Label("종결일(closed_on)", "closing date (closed_on)")),
    _S("reopened", Label("재개입 사례", "Cases reopened"),
       Label("종결·사후관리에서 진행 단계로 되돌린 날", "the day the case moved back from termination/follow-up")),
    _S("active", Label("기간 중 관리 사례", "Cases served in the period"),
       Label("기간 시작 시 관리 중이었거나 기간 중 접수·재개입된 사례",
             "held at the start, or opened or reopened during the period")),
    _S("services", Label("서비스 제공", "Services"), Label("제공일(occurred_on)", "service date (occurred_on)")),
    _S("referrals", Label("자원 의뢰", "Referrals"), Label("의뢰일(sent_on)", "date sent (sent_on)")),
    _S("conferences", Label("사례회의", "Case conferences"), Label("회의일(held_on)", "date held (held_on)")),
    _S("selections", Label("대상자 선정 결정", "Selection decisions"),
       Label("선정 결정일(decided_on); 한 사례가 기간 중 여러 번 결정되면 사례는 한 번 셈",
             "date decided (decided_on); a case decided more than once in the period counts once")),
    _S("supervisions", Label("슈퍼비전", "Supervision sessions"), Label("실시일(held_on)", "date held (held_on)")),
    _S("reviews", Label("모니터링 점검", "Monitoring reviews"), Label("점검일(reviewed_on)", "review date")),
    _S("follow_ups", Label("사후관리 연락", "Follow-up contacts"), Label("예정일(due_on)", "due date (due_on)")),
    _S("plans", Label("계획 수립", "Plans"),
       Label("목표가 있는 사례가 처음 실행 단계로 옮긴 날(계획 확정일)",
             "the first move into implementation of a case with goals (plan in place)")),
    _S("gas", Label("종결 사례의 GAS 목표", "GAS goals of closed cases"),
       Label("사례의 종결일(closed_on), 종결 기록의 최종 점수가 있는 장기 목표",
             "the case's closing date; long-term goals with a final score in its termination record")),
    _S("need_pairs", Label("종결 사례의 욕구 영역 변화", "Need-area change of closed cases"),
       Label("사례의 종결일(closed_on), 초기사정과 종결사정이 모두 있는 영역",
             "the case's closing date; areas rated in both the intake and the closing assessment")),
)}


# --- figures -----------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Figure:
    """One number. ``measure``: ``count`` | ``sum:COL`` | ``distinct:COL`` | ``mean:COL`` | ``gas_t:COL`` (mean
    per-case GAS T-score of COL) | ``ratio:KEY/KEY`` (two other figures); ``where`` narrows the source."""

    key: str
    label: Label
    source: str
    measure: str = "count"
    where: tuple[tuple[str, tuple[object, ...]], ...] = ()
    unit: str = ""  # "" count, "min", "days", "share" (0..1), "score", "level"


@dataclass(frozen=True)
class Breakdown:
    """One figure per code of a dimension: ``<prefix>.<code>``; every code is always present (stable keys)."""

    prefix: str
    label: Label
    source: str
    column: str
    codes: tuple[tuple[str, Label], ...]
    measure: str = "count"
    unit: str = ""

    def key(self, code: str) -> str:
        return f"{self.prefix}.{code}"


def _codes(enum_type: type[LabelledEnum], *extra: tuple[str, Label]) -> tuple[tuple[str, Label], ...]:
    return tuple((m.value, m.label) for m in enum_type) + extra


_NO_GOAL = (NONE, Label("목표 연결 없음", "No linked goal"))
_NO_RECORD = (NONE, Label("종결 기록 없음", "No termination record"))
_UNKNOWN_SEX = (UNKNOWN, Label("미기재", "Not recorded"))
_UNKNOWN_AGE = (UNKNOWN, Label("생년월일 미기재", "No birth date"))
_UNKNOWN_CODE = (UNKNOWN, Label("미기재", "Not recorded"))
# 생활 구분 as reports group it: any of the four 기초생활보장 benefits makes a 수급 household.
LIVELIHOOD_GROUPS = (("recipient", Label("기초생활수급", "Basic livelihood recipient")),
                     ("near_poverty", Label("차상위", "Near poverty")), ("general", Label("일반", "General")),
                     _UNKNOWN_CODE)
SELECTED_LEVELS = tuple(m.value for m in SelectionLevel if m.selected)
_KIND = (("direct", Label("직접 실천(6개 유형)", "Direct practice (6 types)")),
         ("indirect", Label("간접 실천", "Indirect practice")))
_STAGES = _codes(Stage)
_ACTIVE = (("stage", ACTIVE_STAGES),)
_L = Label

FIGURES: tuple[Figure, ...] = (
    Figure("cases.held_start", _L("기간 시작 시 관리 중", "Held at the start"), "held_start"),
    Figure("cases.opened", _L("신규 접수", "Opened"), "opened"),
    Figure("cases.reopened", _L("재개입", "Reopened"), "reopened"),
    Figure("cases.closed", _L("종결", "Closed"), "closed"),
    Figure("cases.held_end", _L("기간 말 관리 중", "Held at the end"), "stage_end", where=_ACTIVE),
    Figure("cases.served", _L("기간 중 관리 사례(실인원)", "Cases served (people)"), "active"),
    Figure("cases.closed_without_plan", _L("계획 없이 종결", "Closed without a plan"), "closed",
           where=(("had_plan", (0,)),)),
    Figure("services.total", _L("서비스 제공 건수(연인원)", "Services (contacts)"), "services"),
    Figure("services.minutes", _L("서비스 제공 시간(분)", "Service minutes"), "services", "sum:minutes", unit="min"),
    Figure("services.clients", _L("서비스 받은 대상자(실인원)", "Clients served (people)"), "services",
           "distinct:client_id"),
    Figure("services.home_visits", _L("가정방문", "Home visits"), "services",
           where=(("contact_mode", (ContactMode.HOME_VISIT.value,)),)),
    Figure("referrals.total", _L("자원 의뢰", "Referrals sent"), "referrals"),
    Figure("referrals.accepted", _L("의뢰 접수됨", "Referrals accepted"), "referrals", where=(("accepted", (1,)),)),
    Figure("referrals.acceptance_rate", _L("의뢰 접수율", "Acceptance rate"), "referrals",
           "ratio:referrals.accepted/referrals.total", unit="share"),
    Figure("referrals.days_to_acceptance", _L("접수까지 평균 일수", "Mean days to acceptance"), "referrals",
           "mean:days_to_accept", where=(("accepted", (1,)),), unit="days"),
    Figure("conferences.total", _L("사례회의", "Case conferences"), "conferences"),
    Figure("cases.selected", _L("사례관리 대상 선정(사례)", "Cases selected"), "selections", "distinct:case_id",
           where=(("level", SELECTED_LEVELS),)),
    Figure("cases.not_selected", _L("미선정(사례)", "Cases not selected"), "selections", "distinct:case_id",
           where=(("level", tuple(m.value for m in SelectionLevel if not m.selected)),)),
    Figure("supervision.total", _L("슈퍼비전", "Supervision sessions"), "supervisions"),
    Figure("reviews.total", _L("모니터링 점검", "Monitoring reviews"), "reviews"),
    Figure("follow_ups.due", _L("사후관리 예정", "Follow-ups due"), "follow_ups"),
    Figure("follow_ups.done", _L("사후관리 실시", "Follow-ups done"), "follow_ups", where=(("done", (1,)),)),
    Figure("plans.made", _L("계획 수립", "Plans made"), "plans"),
    Figure("plans.mean_days", _L("접수→계획 평균 일수", "Mean days intake → plan"), "plans", "mean:days",
           unit="days"),
    Figure("plans.within_deadline", _L("기한(30일) 내 계획", "Plans within 30 days"), "plans",
           where=(("within", (1,)),)),
    Figure("plans.within_deadline_share", _L("기한 내 계획 비율", "Share of plans within 30 days"), "plans",
           "ratio:plans.within_deadline/plans.made", unit="share"),
    Figure("outcomes.gas_cases", _L("GAS 평가 종결 사례", "Closed cases with final GAS"), "gas",
           "distinct:case_id"),
    Figure("outcomes.gas_t_intake", _L("GAS T점수(초기)", "GAS T-score at intake"), "gas", "gas_t:baseline",
           unit="score"),
    Figure("outcomes.gas_t_termination", _L("GAS T점수(종결)", "GAS T-score at termination"), "gas", "gas_t:final",
           unit="score"),
    Figure("outcomes.goals_scored", _L("최종 평가 목표", "Goals scored at termination"), "gas"),
    Figure("outcomes.goals_achieved", _L("달성 목표(점수 ≥ 0)", "Goals achieved (score ≥ 0)"), "gas",
           where=(("achieved", (1,)),)),
)

BREAKDOWNS: tuple[Breakdown, ...] = (
    Breakdown("cases.by_stage", _L("말일 현재 단계별", "By stage on the last day"), "stage_end", "stage", _STAGES),
    Breakdown("cases.opened_by_route", _L("접수 경로별 신규 접수", "Opened by intake route"), "opened", "route",
              _codes(ReferralRoute, _UNKNOWN_CODE)),
    Breakdown("cases.selected_by_level", _L("선정 수준별(결정)", "Selection decisions by level"), "selections",
              "level", _codes(SelectionLevel)),
    Breakdown("cases.closed_by_reason", _L("종결 유형별", "Closed by termination type"), "closed", "reason",
              _codes(TerminationReason, _NO_RECORD)),
    Breakdown("cases.by_household_type", _L("가구 유형(관리 사례)", "By household type (cases served)"), "active",
              "household_type", _codes(HouseholdType, _UNKNOWN_CODE)),
    Breakdown("cases.by_livelihood", _L("생활 구분(관리 사례)", "By 생활 구분 (cases served)"), "active",
              "livelihood", LIVELIHOOD_GROUPS),
    Breakdown("cases.by_sex", _L("성별(관리 사례)", "By sex (cases served)"), "active", "sex",
              _codes(Sex, _UNKNOWN_SEX)),
    Breakdown("cases.by_age_band", _L("연령대(관리 사례, 말일 기준)", "By age band (cases served, at the last day)"),
              "active", "age_band", tuple((b.code, b.label) for b in AGE_BANDS) + (_UNKNOWN_AGE,)),
    Breakdown("services.by_type", _L("실천 유형별 건수", "Services by practice type"), "services", "practice_type",
              _codes(PracticeType)),
    Breakdown("services.minutes_by_type", _L("실천 유형별 시간(분)", "Minutes by practice type"), "services",
              "practice_type", _codes(PracticeType), "sum:minutes", "min"),
    Breakdown("services.by_kind", _L("직접·간접 실천", "Direct and indirect practice"), "services", "kind", _KIND),
    Breakdown("services.by_mode", _L("접촉 방법별 건수", "Services by contact mode"), "services", "contact_mode",
              _codes(ContactMode)),
    Breakdown("services.minutes_by_mode", _L("접촉 방법별 시간(분)", "Minutes by contact mode"), "services",
              "contact_mode", _codes(ContactMode), "sum:minutes", "min"),
    Breakdown("services.by_need_area", _L("연결 목표의 욕구 영역별", "By need area of the linked goal"), "services",
              "need_area", _codes(NeedArea, _NO_GOAL)),
    Breakdown("conferences.by_kind", _L("사례회의 유형별", "Case conferences by type"), "conferences", "kind",
              _codes(ConferenceKind, _UNKNOWN_CODE)),
    Breakdown("referrals.by_status", _L("의뢰 상태별", "Referrals by status"), "referrals", "status",
              _codes(ReferralStatus)),
    Breakdown("referrals.by_category", _L("자원 분야별", "Referrals by resource category"), "referrals", "category",
              _codes(ResourceCategory)),
    Breakdown("outcomes.need_pairs", _L("영역별 비교 사례 수", "Cases compared per area"), "need_pairs", "area",
              _codes(NeedArea)),
    Breakdown("outcomes.need_intake", _L("영역별 초기 수준(평균)", "Mean level at intake"), "need_pairs", "area",
              _codes(NeedArea), "mean:intake_level", "level"),
    Breakdown("outcomes.need_closing", _L("영역별 종결 수준(평균)", "Mean level at closing"), "need_pairs", "area",
              _codes(NeedArea), "mean:closing_level", "level"),
    Breakdown("outcomes.need_change", _L("영역별 변화(종결−초기, 평균)", "Mean change (closing − intake)"),
              "need_pairs", "area", _codes(NeedArea), "mean:change", "level"),
)

@dataclass(frozen=True)
class FigureRef:
    """Where a figure key comes from: a plain figure, or one code of a breakdown."""

    key: str
    label: Label
    source: str
    measure: str
    where: tuple[tuple[str, tuple[object, ...]], ...] = ()
    unit: str = ""
    group_label: Label | None = None


@lru_cache(maxsize=1)
def figure_refs() -> dict[str, FigureRef]:
    """Every figure key (plain and breakdown codes) with its declaration; do not modify the returned dict."""
    refs: dict[str, FigureRef] = {f.key: FigureRef(f.key, f.label, f.source, f.measure, f.where, f.unit)
                                  for f in FIGURES}
    for b in BREAKDOWNS:
        for code, label in b.codes:
            refs[b.key(code)] = FigureRef(b.key(code), label, b.source, b.measure, ((b.column, (code,)),), b.unit,
                                          b.label)
    return refs


def find_figure(key: str) -> FigureRef:
    try:
        return figure_refs()[key]
    except KeyError:
        raise KeyError(key) from None


def figure_label(key: str, lang: str | None = None) -> str:
    ref = figure_refs().get(key)
    if ref is None:
        return key
    if ref.group_label is not None:
        return f"{ref.group_label.text(lang)}: {ref.label.text(lang)}"
    return ref.label.text(lang)


# --- definitions written into README and every report -------------------------------------------------------------

DEFINITIONS: tuple[Label, ...] = (
    Label("선정: 기간 중 대상자 선정 결정(일반·고난도·집중)이 있었던 사례 수. 같은 사례를 기간 중 다시 결정하면 한 번 셉니다. "
          "선정 수준별은 결정 건수입니다. 선정 수준을 골라 보면 그 수준이 지금 유효한 사례만 셉니다.",
          "Selected: cases with a selection decision (general, complex, intensive) in the period, each case once; "
          "'by level' counts decisions. Filtering by a level counts only the cases whose level in force is that "
          "level."),
    Label("생활 구분: 기초생활보장 급여(생계·의료·주거·교육) 중 하나라도 받으면 '기초생활수급', 아니면 차상위, 일반 순으로 "
          "봅니다. 가구 유형·생활 구분은 지금 기록된 값입니다.",
          "생활 구분: receiving any of the four basic livelihood benefits counts as a recipient household, otherwise "
          "near poverty, then general. Household type and 생활 구분 are the values recorded now."),
    Label("기간은 시작일과 종료일을 모두 포함합니다. 각 기록은 아래 '기준일'이 기간 안에 있을 때 셉니다.",
          "A period includes both its first and last day; a record counts when its date below falls inside it."),
    Label("관리 중(보유) 사례: 그날 단계 이력상 초기상담·사정, 계획수립, 실행, 모니터링 단계에 있는 사례. 종결·사후관리 "
          "단계의 사례는 관리 중으로 세지 않습니다. '기간 시작 시'는 첫날 전날 기준, '기간 말'은 말일 기준입니다.",
          "Held: on that day the case is (by its stage history) in intake, planning, implementation or monitoring; "
          "cases in termination or follow-up are not held. 'At the start' means the day before the first day, "
          "'at the end' the last day."),
    Label("재개입한 사례는 새 사례가 아닙니다. 신규 접수는 처음 접수일로만 세고, 되돌린 날은 '재개입'으로 따로 셉니다. "
          "종결은 현재 종결일(closed_on)로 세므로 재개입 뒤 다시 종결된 사례는 마지막 종결 기간에 셉니다.",
          "A reopened case is not a new case: 'opened' counts the first intake date only; the day it moved back "
          "counts as 'reopened'. 'Closed' uses the current closing date, so a case closed again after reopening "
          "counts in the period of its last closing."),
    Label("파기된 사례(보존기간 경과)는 기록이 남아 있지 않으므로 어느 수치에도 세지 않습니다.",
          "Destroyed cases (retention ended) have no records left and are not counted in any figure."),
    Label("실인원은 서로 다른 사람 수, 연인원(건수)은 서비스 제공 기록의 수입니다.",
          "People (실인원) counts different clients; contacts (연인원) counts service records."),
    Label("직접 실천은 위기개입, 교육·훈련, 협력적 활동, 상담·치료, 정보제공, 자기옹호 지원의 6개 유형이고 나머지는 "
          "간접 실천입니다.",
          "Direct practice is the six types crisis intervention, education, collaborative activity, counselling, "
          "information and self-advocacy support; the others are indirect."),
    Label("의뢰 상태는 보고 시점의 상태입니다. 접수율 = 접수일이 있는(또는 접수·서비스 중·완료 상태인) 의뢰 ÷ 기간 중 "
          "의뢰. 접수까지 일수 = 접수일 − 의뢰일.",
          "A referral's status is its status now. Acceptance rate = referrals with an acceptance date (or status "
          "accepted, in service or completed) ÷ referrals sent in the period; days to acceptance = accepted − sent."),
    Label("계획은 사례의 목표이며, 목표가 있는 사례가 처음 실행 단계로 옮긴 날을 계획 확정일로 봅니다. 기한 내 계획: "
          "접수 후 30일 이내. 목표가 하나도 없이 종결된 사례는 '계획 없이 종결'로 셉니다.",
          "A plan is the case's goals; it is in place on the day a case with goals first moves into "
          "implementation, and within the deadline means at most 30 days after intake. Cases closed without any "
          "goal count as 'closed without a plan'."),
    Label("GAS T점수는 종결 기록에 최종 점수가 있는 장기 목표로 사례마다 계산(ρ=0.3)해 평균합니다. 초기값은 같은 목표의 "
          "기준 점수입니다. 달성 목표 = 최종 점수 0 이상인 장기 목표. 단기 목표는 장기 목표에 이르는 단계이므로 "
          "목표 수와 달성 목표에 따로 세지 않습니다(같은 변화를 두 번 세지 않도록).",
          "GAS T-scores are computed per case (ρ = 0.3) over the long-term goals scored in its termination record "
          "and averaged; the intake value uses the same goals' baseline scores. Achieved = a long-term goal with a "
          "final score ≥ 0. Short-term goals are steps towards a long-term goal and are not counted as goals or "
          "goals achieved of their own (the same change would be counted twice)."),
    Label("욕구 영역 변화: 기간 중 종결된 사례의 첫 초기사정과 종결사정(종결 기록에 연결된 것, 없으면 가장 최근 종결사정)"
          "의 수준(0–3) 차이. 음수는 욕구가 줄었다는 뜻입니다.",
          "Need-area change: level (0–3) in the closing assessment (the one linked to the termination, else the "
          "latest closing assessment) minus the first intake assessment, for cases closed in the period; negative "
          "means the need went down."),
    Label("연령은 기간 말일 기준 만 나이입니다.", "Age is in whole years on the period's last day."),
)


# --- the transcription sheet --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class TranscriptionStep:
    screen: Label
    keys: tuple[str, ...]


def _all(prefix: str) -> tuple[str, ...]:
    breakdown = next(b for b in BREAKDOWNS if b.prefix == prefix)
    return tuple(breakdown.key(code) for code, _ in breakdown.codes)


# Assumption (not checked against the live screens): 행복이음/희망이음 ask for the month's figures in the order a
# case moves through them — caseload first, then services by type and mode, linkage, meetings, follow-up, closing.
TRANSCRIPTION: tuple[TranscriptionStep, ...] = (
    TranscriptionStep(Label("1. 사례관리 대상 현황", "1. Caseload"),
                      ("cases.held_start", "cases.opened", "cases.reopened", "cases.closed", "cases.held_end",
                       "cases.served") + _all("cases.opened_by_route")
                      + ("cases.selected", "cases.not_selected") + _all("cases.selected_by_level")),
    TranscriptionStep(Label("2. 대상자 특성", "2. Clients"),
                      _all("cases.by_sex") + _all("cases.by_age_band") + _all("cases.by_household_type")
                      + _all("cases.by_livelihood")),
    TranscriptionStep(Label("3. 서비스 제공 실적(실인원·연인원)", "3. Services (people and contacts)"),
                      ("services.clients", "services.total", "services.minutes", "services.home_visits")),
    TranscriptionStep(Label("4. 실천 유형별 제공", "4. By practice type"),
                      _all("services.by_kind") + _all("services.by_type")),
    TranscriptionStep(Label("5. 접촉 방법별 제공", "5. By contact mode"), _all("services.by_mode")),
    TranscriptionStep(Label("6. 자원 연계(의뢰)", "6. Resource linkage"),
                      ("referrals.total", "referrals.accepted") + _all("referrals.by_category")),
    TranscriptionStep(Label("7. 사례회의·점검", "7. Conferences and reviews"),
                      ("conferences.total",) + _all("conferences.by_kind") + ("reviews.total", "supervision.total")),
    TranscriptionStep(Label("8. 종결 및 사후관리", "8. Closing and follow-up"),
                      _all("cases.closed_by_reason") + ("follow_ups.due", "follow_ups.done")),
)


def figure_keys() -> list[str]:
    """Every figure key in declaration order (the JSON's order)."""
    keys = [f.key for f in FIGURES]
    for b in BREAKDOWNS:
        keys += [b.key(code) for code, _ in b.codes]
    return keys


@dataclass
class StatsResult:
    """What the service computed for one period: every figure plus the monthly series for the charts."""

    period: Period
    practitioner: str | None
    figures: dict[str, float | int | None]
    monthly: dict[str, dict[str, float | int]] = field(default_factory=dict)  # series key -> {"YYYY-MM": value}
    level: str | None = None  # the 선정 level the figures are narrowed to (vocab.SelectionLevel code)

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {"definitions_version": DEFINITIONS_VERSION, "from": self.period.start.isoformat(),
                                  "to": self.period.end.isoformat(), "practitioner": self.practitioner,
                                  "selection_level": self.level}
        out.update(self.figures)
        return out


MONTHLY_SERIES: tuple[tuple[str, Label], ...] = (
    ("cases.opened", Label("신규 접수", "Opened")),
    ("cases.closed", Label("종결", "Closed")),
    ("services.total", Label("서비스 제공", "Services")),
    ("services.minutes", Label("서비스 시간(분)", "Service minutes")),
    ("referrals.total", Label("자원 의뢰", "Referrals")),
)


def t_score_of_sum(total: int, n: int, rho: float = 0.3) -> float:
    """The GAS T-score of ``n`` equally weighted goals whose scores add up to ``total`` (same as gas.t_score)."""
    return 50 + 10 * total / math.sqrt((1 - rho) * n + rho * n * n)


def mean_or_none(values: Sequence[float]) -> float | None:
    return round(sum(values) / len(values), 2) if values else None
