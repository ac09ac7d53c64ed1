"""The report's tables, declared once: the XLSX sheets, the CSV, the PDF, the HWPX and the window all show these.

A *list* table shows figures one per row; a *matrix* table shows breakdowns that share their codes side by side
(e.g. count and minutes per practice type). ``build_tables`` fills them from a :class:`StatsResult` in one language.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date

from caseapp.domain import statistics as defs
from caseapp.domain.labels import Label
from caseapp.domain.statistics import StatsResult
from caseapp.domain.vocab import SelectionLevel

Cell = str | int | float | date | None


@dataclass(frozen=True)
class ListTable:
    key: str
    title: Label
    keys: tuple[str, ...]


@dataclass(frozen=True)
class MatrixTable:
    key: str
    title: Label
    prefixes: tuple[str, ...]  # breakdowns with the same codes, one column each


@dataclass
class Table:
    """A filled table: ``keys[i]`` is the figure key of row i's first value (None for header-like rows)."""

    key: str
    title: str
    header: list[str]
    rows: list[list[Cell]]
    keys: list[list[str | None]]  # per row, the figure key of each value column (for drill-down)


def _breakdown(prefix: str) -> defs.Breakdown:
    return next(b for b in defs.BREAKDOWNS if b.prefix == prefix)


_L = Label
TABLES: tuple[ListTable | MatrixTable, ...] = (
    ListTable("cases", _L("사례 현황", "Caseload"),
              ("cases.held_start", "cases.opened", "cases.reopened", "cases.closed", "cases.held_end", "cases.served",
               "cases.closed_without_plan", "cases.selected", "cases.not_selected")),
    MatrixTable("routes", _L("접수 경로별 신규 접수", "Cases opened by intake route"), ("cases.opened_by_route",)),
    MatrixTable("selection", _L("선정 수준별 결정", "Selection decisions by level"), ("cases.selected_by_level",)),
    MatrixTable("stages", _L("말일 현재 단계별 사례", "Cases by stage on the last day"), ("cases.by_stage",)),
    MatrixTable("sex", _L("성별(관리 사례)", "Cases served by sex"), ("cases.by_sex",)),
    MatrixTable("age", _L("연령대(관리 사례)", "Cases served by age band"), ("cases.by_age_band",)),
    MatrixTable("household", _L("가구 유형(관리 사례)", "Cases served by household type"),
                ("cases.by_household_type",)),
    MatrixTable("livelihood", _L("생활 구분(관리 사례)", "Cases served by 생활 구분"), ("cases.by_livelihood",)),
    ListTable("services", _L("서비스 제공", "Services"),
              ("services.clients", "services.total", "services.minutes", "services.home_visits")),
    MatrixTable("kind", _L("직접·간접 실천", "Direct and indirect practice"), ("services.by_kind",)),
    MatrixTable("practice_types", _L("실천 유형별 서비스", "Services by practice type"),
                ("services.by_type", "services.minutes_by_type")),
    MatrixTable("contact_modes", _L("접촉 방법별 서비스", "Services by contact mode"),
                ("services.by_mode", "services.minutes_by_mode")),
    MatrixTable("need_areas", _L("욕구 영역별 서비스", "Services by need area"), ("services.by_need_area",)),
    ListTable("referrals", _L("자원 의뢰", "Referrals"),
              ("referrals.total", "referrals.accepted", "referrals.acceptance_rate", "referrals.days_to_acceptance")),
    MatrixTable("referral_status", _L("의뢰 상태별", "Referrals by status"), ("referrals.by_status",)),
    MatrixTable("referral_category", _L("자원 분야별 의뢰", "Referrals by resource category"),
                ("referrals.by_category",)),
    ListTable("meetings", _L("사례회의·점검·사후관리", "Conferences, reviews, follow-up"),
              ("conferences.total", "reviews.total", "supervision.total", "follow_ups.due", "follow_ups.done")),
    MatrixTable("conference_kinds", _L("사례회의 유형별", "Case conferences by type"), ("conferences.by_kind",)),
    MatrixTable("closing", _L("종결 유형별", "Closed by termination type"), ("cases.closed_by_reason",)),
    ListTable("outcomes", _L("성과", "Outcomes"),
              ("plans.made", "plans.mean_days", "plans.within_deadline", "plans.within_deadline_share",
               "outcomes.gas_cases", "outcomes.gas_t_intake", "outcomes.gas_t_termination", "outcomes.goals_scored",
               "outcomes.goals_achieved")),
    MatrixTable("need_change", _L("욕구 영역별 변화(초기→종결)", "Need level change per area (intake → closing)"),
                ("outcomes.need_pairs", "outcomes.need_intake", "outcomes.need_closing", "outcomes.need_change")),
)


def build_tables(result: StatsResult, lang: str) -> list[Table]:
    out: list[Table] = []
    refs = defs.figure_refs()
    item = _L("항목", "Item").text(lang)
    for spec in TABLES:
        if isinstance(spec, ListTable):
            rows: list[list[Cell]] = [[refs[k].label.text(lang), result.figures.get(k)] for k in spec.keys]
            keys: list[list[str | None]] = [[k] for k in spec.keys]
            out.append(Table(spec.key, spec.title.text(lang), [item, _L("값", "Value").text(lang)], rows, keys))
            continue
        breakdowns = [_breakdown(p) for p in spec.prefixes]
        header = [item] + ([_L("값", "Value").text(lang)] if len(breakdowns) == 1 else
                           [b.label.text(lang) for b in breakdowns])
        rows, keys = [], []
        for code, label in breakdowns[0].codes:
            rows.append([label.text(lang)] + [result.figures.get(b.key(code)) for b in breakdowns])
            keys.append([b.key(code) for b in breakdowns])
        out.append(Table(spec.key, spec.title.text(lang), header, rows, keys))
    return out


def monthly_table(result: StatsResult, lang: str) -> Table:
    months = [m.start for m in result.period.months()]
    header = [_L("월", "Month").text(lang)] + [label.text(lang) for _k, label in defs.MONTHLY_SERIES]
    rows: list[list[Cell]] = []
    for month in months:
        ym = month.strftime("%Y-%m")
        rows.append([month] + [result.monthly.get(k, {}).get(ym, 0) for k, _l in defs.MONTHLY_SERIES])
    keys: list[list[str | None]] = [[k for k, _l in defs.MONTHLY_SERIES] for _ in months]
    return Table("monthly", _L("월별 추이", "By month").text(lang), header, rows, keys)


def transcription_table(result: StatsResult, lang: str) -> Table:
    """The month's figures in the order the public system's screens ask for them (see TRANSCRIPTION)."""
    refs = defs.figure_refs()
    header = [_L("화면", "Screen").text(lang), _L("항목", "Item").text(lang), _L("값", "Value").text(lang)]
    rows: list[list[Cell]] = []
    keys: list[list[str | None]] = []
    for step in defs.TRANSCRIPTION:
        for n, key in enumerate(step.keys):
            ref = refs[key]
            label = f"{ref.group_label.text(lang)}: {ref.label.text(lang)}" if ref.group_label else ref.label.text(lang)
            rows.append([step.screen.text(lang) if n == 0 else "", label, result.figures.get(key)])
            keys.append([key])
    return Table("transcription", _L("행복이음·희망이음 입력용 전사표", "Transcription sheet (행복이음/희망이음)")
                 .text(lang), header, rows, keys)


TRANSCRIPTION_NOTE = Label(
    "화면 순서는 가정입니다: 사례가 거쳐 가는 순서(대상 현황 → 대상자 특성 → 서비스 → 유형·방법 → 연계 → 회의 → 종결)를 "
    "따랐으며 실제 화면과 대조하지 않았습니다.",
    "The screen order is an assumption: it follows the order a case moves through (caseload → clients → services "
    "→ type and mode → linkage → meetings → closing) and has not been checked against the live screens.")


def format_value(value: Cell, unit: str = "") -> str:
    if value is None:
        return "–"
    if isinstance(value, date):
        return value.strftime("%Y-%m")
    if unit == "share" and isinstance(value, (int, float)):
        return f"{value * 100:.1f}%"
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def unit_of(key: str | None) -> str:
    if key is None:
        return ""
    ref = defs.figure_refs().get(key)
    return ref.unit if ref else ""


@dataclass(frozen=True)
class ReportDoc:
    """Everything a report file shows, already in one language (exporters only lay it out)."""

    result: StatsResult
    lang: str
    agency: str
    approvers: tuple[tuple[str, str], ...]  # (role, name) for the 결재란: 담당, 팀장, 관장
    generated_on: date
    report_id: str

    def t(self, ko: str, en: str) -> str:
        return ko if self.lang == "ko" else en

    @property
    def title(self) -> str:
        return self.t("사례관리 실적 보고서", "Case-management activity report")

    @property
    def scope(self) -> str:
        who = self.result.practitioner
        period = self.result.period.text()
        text = self.t(f"기간 {period}" + (f" · 사례관리자 {who}" if who else " · 전체 사례"),
                      f"Period {period}" + (f" · case manager {who}" if who else " · all cases"))
        if self.result.level:
            text += f" · {SelectionLevel(self.result.level).label.text(self.lang)}"
        return text

    @property
    def version_line(self) -> str:
        return self.t(f"정의 버전 {defs.DEFINITIONS_VERSION}", f"Definitions version {defs.DEFINITIONS_VERSION}")

    def tables(self) -> list[Table]:
        return build_tables(self.result, self.lang) + [monthly_table(self.result, self.lang),
                                                      transcription_table(self.result, self.lang)]

    def definitions(self) -> list[str]:
        placed = [f"{s.label.text(self.lang)}: {s.placed_by.text(self.lang)}" for s in defs.SOURCES.values()]
        return [d.text(self.lang) for d in defs.DEFINITIONS] + placed

    def content_sha256(self) -> str:
        """SHA-256 of what the report says (scope, approvers, every table cell as shown): printed in the PDF's
        footer and QR code, and logged, so ``caseapp lookup-hash`` tells which report a paper copy is."""
        shown = [self.lang, self.agency, self.scope, self.version_line, [list(a) for a in self.approvers],
                 [[t.title, t.header, [[format_value(v) for v in row] for row in t.rows]] for t in self.tables()]]
        return hashlib.sha256(json.dumps(shown, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()


APPROVAL_ROLES = (Label("담당", "Prepared"), Label("팀장", "Team lead"), Label("관장", "Director"))
