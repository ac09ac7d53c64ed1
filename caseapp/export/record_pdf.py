"""The case record as an A4 PDF, rendered from the forms-as-data declarations.

Each section walks a :class:`~caseapp.domain.forms.FormSpec` for labels and field order, so a new field in
``forms.py`` appears here without touching this module. Input is an already narrowed/redacted
:class:`~caseapp.services.cases.CaseSnapshot` (see :mod:`content`); output is unsigned PDF bytes.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak, Flowable, Image, KeepTogether, NextPageTemplate, PageBreak, Paragraph, Spacer, Table,
)

from caseapp.domain import budget, crisis_scale, forms
from caseapp.domain.checklists import find_item
from caseapp.domain.forms import FieldSpec, FormSpec, Kind
from caseapp.domain.gas import GAS_FIELDS, GAS_LEVELS
from caseapp.domain.korean import with_particle
from caseapp.domain.labels import Label
from caseapp.domain.service_plan import period_label, task_frequency
from caseapp.domain.vocab import EARLIER_CODE_LABELS, NEED_LEVELS, EcoKind, EcoPhase, EcoStrength, NeedArea, Stage
from caseapp.export import charts, fonts
from caseapp.export.approval_box import approval_box
from caseapp.export.cell_paragraph import cell_paragraph
from caseapp.export.content import SharingConsent
from caseapp.export.fieldtext import field_text, fmt_date
from caseapp.export.genogram import Person, genogram
from caseapp.export.layout import (
    CONTENT_W, STAMP_BOX, Bookmark, PageFurniture, glyph_safe, make_doc, numbered_canvas,
)
from caseapp.export.options import SECTIONS, ExportOptions
from caseapp.export.plan_table import SERVICE_ROW_WIDTHS, service_row_heads
from caseapp.export.pdfa import to_pdfa
from caseapp.export.plain_cells import plain_cells
from caseapp.export.qr import payload, qr_table
from caseapp.export.styles import LABEL_BG, MUTED, RULE, Styles, grid, make_styles
from caseapp.storage.models import Agency, Practitioner, Signable

# Table rows cannot split across pages; long text is cut into chunks on consecutive rows instead.
CHUNK_CHARS = 600

if TYPE_CHECKING:  # export/ renders what services hand it; it never calls services
    from caseapp.services.cases import CaseSnapshot


# Consent fields printed as lines under the consent's row rather than as columns (consents by kind, 0008).
CONSENT_TERMS = ("consented_by", "guardian_name", "guardian_relation", "purpose_detail", "items", "recipients",
                 "retention", "refusal_consequence")


@dataclass(frozen=True)
class RecordMeta:
    agency: Agency
    practitioner: Practitioner | None
    export_id: str
    content_sha256: str
    exported_at: datetime
    language: str
    signed: bool
    visible_signature: bool
    sharing: SharingConsent = SharingConsent(True)
    approval_roles: tuple[str, ...] = ()  # the 결재란 titles; () = 담당 / 팀장 / 관장 (Staff / Team lead / Director)


class _Renderer:
    def __init__(self, snap: CaseSnapshot, meta: RecordMeta, options: ExportOptions) -> None:
        self.snap, self.meta, self.options = snap, meta, options
        self.lang = meta.language
        self.st: Styles = make_styles()

    # --- small helpers ------------------------------------------------------------------------------------------

    def t(self, ko: str, en: str) -> str:
        return ko if self.lang == "ko" else en

    def L(self, label: Label) -> str:  # noqa: N802
        return label.text(self.lang)

    def p(self, text: str, style: Any = None) -> Paragraph:
        return cell_paragraph(glyph_safe(text), style or self.st.cell)  # escaped, newlines as <br/>

    def resolve(self, table: str | None, row_id: str) -> str:
        if table == "resource":
            res = self.snap.resources.get(row_id)
            return res.name if res else ""
        if table in ("goal", "long_goal"):
            number = self.snap.goal_numbers().get(row_id)
            return f"{self.t('목표', 'Goal')} {number}" if number else ""
        if table == "case_conference":
            for conf in self.snap.conferences:
                if conf.id == row_id:
                    return f"{self.L(forms.CASE_CONFERENCE.title)} {fmt_date(conf.held_on)}"
        if table == "plan_task":
            task = next((t for t in self.snap.tasks if t.id == row_id), None)
            return task.description if task else ""
        return ""

    def value(self, spec: FieldSpec, row: Any) -> str:
        return field_text(spec, getattr(row, spec.name, None), self.lang, self.resolve)

    @staticmethod
    def chunks(text: str) -> list[str]:
        if len(text) <= CHUNK_CHARS:
            return [text]
        out, rest = [], text
        while len(rest) > CHUNK_CHARS:
            cut = rest.rfind("\n", 0, CHUNK_CHARS)
            if cut < CHUNK_CHARS // 2:
                cut = rest.rfind(" ", 0, CHUNK_CHARS)
            if cut < CHUNK_CHARS // 2:
                cut = CHUNK_CHARS
            out.append(rest[:cut])
            rest = rest[cut:].lstrip("\n")
        out.append(rest)
        return out

    def kv_table(self, form: FormSpec, row: Any, skip: Iterable[str] = (),
                 extra: Sequence[tuple[str, str]] = ()) -> Table:
        """Label | value rows in the form's field order (empty values shown as blank lines for paper)."""
        skipped = set(skip)
        rows: list[list[Any]] = []
        pairs = [(self.L(f.label), self.value(f, row)) for f in form.fields if f.name not in skipped]
        for label, text in list(pairs) + list(extra):
            for i, part in enumerate(self.chunks(text)):
                rows.append([self.p(label if i == 0 else "", self.st.cell_bold), self.p(part)])
        table = Table(rows, colWidths=[38 * mm, CONTENT_W - 38 * mm], hAlign="LEFT")
        table.setStyle(grid(label_column=True))
        return table

    def list_table(self, form: FormSpec, rows: Sequence[Any], widths: dict[str, float],
                   skip: Iterable[str] = (), after_text: Any = None) -> Table:
        """One row per record, one column per field (form order); header repeated on every page."""
        skipped = set(skip)
        # Link columns (goal, resource) that no row uses would only narrow the text column.
        specs = [f for f in form.fields if f.name not in skipped
                 and not (f.kind is Kind.REFERENCE and not any(getattr(r, f.name, None) for r in rows))]
        fixed = sum(widths.get(f.name, 0) for f in specs)
        flexible = [f for f in specs if f.name not in widths]
        flex_w = (CONTENT_W - fixed) / max(len(flexible), 1)
        col_widths = [widths.get(f.name, flex_w) for f in specs]
        data: list[list[Any]] = [[self.p(self.L(f.label), self.st.head) for f in specs]]
        long_col = next((i for i, f in enumerate(specs) if f.kind is Kind.MULTILINE), len(specs) - 1)
        for row in rows:
            cells = [self.value(f, row) for f in specs]
            parts = self.chunks(cells[long_col])
            extra_lines = after_text(row) if after_text else []
            for i, part in enumerate(parts):
                line: list[Any] = [self.p(c) if i == 0 else "" for c in cells]
                content: list[Any] = [self.p(part)]
                if i == len(parts) - 1:
                    content += extra_lines
                line[long_col] = content
                data.append(line)
        table = Table(data, colWidths=col_widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(grid(header_rows=1))
        return table

    def consent_terms(self, row: Any) -> list[Flowable]:
        """A consent's form wording and who consented (0008), under its row: too long for columns of their own."""
        lines = [f"{self.L(forms.CONSENT.field(name).label)}: {self.value(forms.CONSENT.field(name), row)}"
                 for name in CONSENT_TERMS if getattr(row, name, None)]
        return [self.p(line, self.st.small) for line in lines]

    def signed_note(self, row: Signable) -> list[Flowable]:
        """Who signed a locked entry and when, then its addenda (each possibly signed too)."""
        out: list[Flowable] = []
        if row.signed_at is not None:
            short = (row.content_hash or "")[:12]
            out.append(self.p(self.t(f"[서명·잠금] {row.signed_by} · {fmt_date(row.signed_at)} · 해시 {short}",
                                     f"[Signed & locked] {row.signed_by} · {fmt_date(row.signed_at)} · hash {short}"),
                              self.st.signed))
        for add in self.snap.addenda_for(row.id):
            head = self.t(f"추가기록 {fmt_date(add.written_on)} · {add.author}",
                          f"Addendum {fmt_date(add.written_on)} · {add.author}")
            if add.signed_at is not None:
                head += self.t(f" · 서명 {fmt_date(add.signed_at)}", f" · signed {fmt_date(add.signed_at)}")
            out.append(self.p(f"{head}\n{add.text}", self.st.small))
        return out

    def h1(self, key: str) -> list[Flowable]:
        title = self.L(SECTIONS[key])
        return [CondPageBreak(60 * mm), Bookmark(title), self.p(title, self.st.h1)]

    def empty(self) -> Paragraph:
        return self.p(self.t("기록 없음", "Nothing recorded"), self.st.muted)

    # --- cover --------------------------------------------------------------------------------------------------

    def retention_text(self) -> str:
        years = self.meta.agency.retention_years
        until = self.snap.case.retention_until
        if until is None and self.snap.case.closed_on is not None:
            closed = self.snap.case.closed_on
            try:
                until = closed.replace(year=closed.year + years)
            except ValueError:  # 29 February
                until = closed.replace(year=closed.year + years, day=28)
        if until is not None:
            return self.t(f"{years}년 ({fmt_date(until)}까지)", f"{years} years (until {fmt_date(until)})")
        return self.t(f"종결 후 {years}년", f"{years} years after closing")

    def scope_text(self) -> str:
        o = self.options
        parts = []
        if o.is_whole_case:
            parts.append(self.t("사례 전체", "Whole case"))
        if o.sections:
            parts.append(", ".join(self.L(SECTIONS[s]) for s in o.sections))
        if o.date_from or o.date_to:
            parts.append(f"{fmt_date(o.date_from) or '…'} ~ {fmt_date(o.date_to) or '…'}")
        return " · ".join(parts)

    def cover(self) -> list[Flowable]:
        case, client, m = self.snap.case, self.snap.client, self.meta
        period_end = fmt_date(case.closed_on) if case.closed_on else self.t("진행 중", "ongoing")
        copy_kind = self.t("가림 사본(공유용)", "Redacted copy (for sharing)") if self.options.redacted \
            else self.t("원본", "Full record")
        rows = [
            (self.t("기관", "Agency"), m.agency.name),
            (self.t("사례번호", "Case number"), case.case_number),
            (self.t("대상자", "Client"), client.name),
            (self.t("사례관리자", "Practitioner"), m.practitioner.name if m.practitioner else ""),
            (self.t("기간", "Period"), f"{fmt_date(case.opened_on)} ~ {period_end}"),
            (self.t("현재 단계", "Current stage"), Stage(case.stage).text(self.lang)),
            (self.t("보존기간", "Retention"), self.retention_text()),
            (self.t("출력 범위", "Scope"), self.scope_text()),
            (self.t("사본 구분", "Copy"), copy_kind),
            (self.t("출력 일시", "Exported at"), fmt_date(m.exported_at)),
            (self.t("출력 번호", "Export id"), m.export_id),
            (self.t("내용 SHA-256", "Content SHA-256"), m.content_sha256),
        ]
        table = Table([[self.p(k, self.st.cell_bold), self.p(v, self.st.body)] for k, v in rows],
                      colWidths=[40 * mm, CONTENT_W - 40 * mm])
        table.setStyle(grid(label_column=True))
        out: list[Flowable] = [approval_box(m.approval_roles, self.st, self.lang), Spacer(1, 2 * mm),
                               self.p(self.t("사례관리 기록", "Case management record"),
                                                           self.st.title),
                               self.p(f"{m.agency.name} · {case.case_number}", self.st.center),
                               Spacer(1, 12 * mm), table, Spacer(1, 8 * mm)]
        sharing = m.sharing
        if self.options.redacted:
            note = self.t("주민등록번호·연락처·주소 등 민감 항목은 가렸습니다(●●●●).",
                          "Resident number, phone, address and other sensitive fields are masked (●●●●).")
            if sharing.withdrawn_on is not None:
                note += self.t(f" 대상자가 {fmt_date(sharing.withdrawn_on)}에 자원망 정보 공유 동의를 철회하여 "
                               "성명·생년월일·가구원 이름도 가렸습니다.",
                               f" The client withdrew consent to sharing on {fmt_date(sharing.withdrawn_on)}, so "
                               "names and the date of birth are masked as well.")
            elif not sharing.in_force:
                note += self.t(" 유효한 자원망 정보 공유 동의가 없어 성명·생년월일·가구원 이름도 가렸습니다.",
                               " There is no consent to sharing in force, so names and the date of birth are "
                               "masked as well.")
            out.append(self.p(note, self.st.muted))
            out.append(Spacer(1, 4 * mm))
        out.append(self.qr_block())
        out += [NextPageTemplate("body"), PageBreak()]
        return out

    def qr_block(self) -> Table:
        m = self.meta
        text = payload(self.snap.case.case_number, m.export_id, m.content_sha256)
        explain = self.t("이 QR 코드에는 출력 번호, 기록 내용 SHA-256의 앞 32자리, 사례번호가 들어 있습니다. "
                         "'caseapp lookup-hash'에 QR 내용을 넣으면 이 종이 사본이 어느 출력인지, 그 뒤 사례가 "
                         "바뀌었는지 알 수 있습니다.",
                         "This QR code holds the export id, the first 32 digits of the content SHA-256 and the case "
                         "number. Give its text to 'caseapp lookup-hash' to learn which export this paper copy is "
                         "and whether the case changed since.")
        return qr_table(text, self.p(explain, self.st.small))

    # --- sections -----------------------------------------------------------------------------------------------

    def intake(self) -> list[Flowable]:
        s = self.snap
        out = self.h1("intake")
        out += [self.p(self.L(forms.CLIENT.title), self.st.h2), self.kv_table(forms.CLIENT, s.client)]
        out.append(self.p(self.t("가구원", "Household"), self.st.h2))
        out.append(self.list_table(forms.HOUSEHOLD_MEMBER, s.household,
                                   {"age": 12 * mm, "sex": 16 * mm, "lives_together": 17 * mm, "deceased": 17 * mm},
                                   skip=forms.HOUSEHOLD_DETAILS) if s.household else self.empty())
        out += self.household_details()
        if s.household:
            out.append(self.genogram_block())
        out += [self.p(self.L(forms.INTAKE.title), self.st.h2), self.kv_table(forms.INTAKE, s.case)]
        out.append(self.p(self.L(forms.CONSENT.title), self.st.h2))
        if s.consents:
            out.append(self.list_table(forms.CONSENT, s.consents,
                                       {"given_on": 22 * mm, "expires_on": 22 * mm, "withdrawn_on": 22 * mm,
                                        "method": 20 * mm, "purpose": 40 * mm}, skip=CONSENT_TERMS,
                                       after_text=lambda row: self.consent_terms(row) + self.signed_note(row)))
        else:
            out.append(self.empty())
        out += self.selection_block()
        return out

    def household_details(self) -> list[Flowable]:
        """The 초기상담지's per-member rows (disability … priority), for members with any of them written down."""
        out: list[Flowable] = []
        basics = [n for n in forms.HOUSEHOLD_MEMBER.names if n not in forms.HOUSEHOLD_DETAILS]
        for m in self.snap.household:
            if not any(getattr(m, n, None) not in (None, "") for n in forms.HOUSEHOLD_DETAILS):
                continue
            title = " · ".join(x for x in (m.relation, m.name) if x)
            out.append(KeepTogether([self.p(f"{self.t('가구원 상세', 'Household member')}: {title}", self.st.h3),
                                     self.kv_table(forms.HOUSEHOLD_MEMBER, m, skip=basics)]))
        return out

    def selection_block(self) -> list[Flowable]:
        """대상자 선정: every dated decision, the last one in force."""
        out: list[Flowable] = [self.p(self.L(forms.CASE_SELECTION.title), self.st.h2)]
        if not self.snap.selections:
            return out + [self.empty()]
        out.append(self.list_table(forms.CASE_SELECTION, self.snap.selections,
                                   {"decided_on": 22 * mm, "level": 38 * mm, "conference_id": 32 * mm}))
        return out

    def genogram_block(self) -> Flowable:
        s = self.snap
        client = Person(s.client.name, self.t("대상자", "Client"), s.client.sex or "", None, False, True)
        if s.client.birth_date is not None:
            born = s.client.birth_date
            today = self.meta.exported_at.date()
            client = Person(client.name, client.relation, client.sex,
                            today.year - born.year - ((today.month, today.day) < (born.month, born.day)), False, True)
        members = [Person(m.name, m.relation, m.sex or "", m.age, m.deceased, m.lives_together) for m in s.household]
        legend = {"shaded": self.t("음영: 함께 사는 가구원", "shaded: lives in the household"),
                  "deceased": self.t("사망", "deceased"), "client": self.t("겹선: 대상자", "double line: client")}
        title = self.t("가계도", "Genogram")
        return KeepTogether([CondPageBreak(90 * mm), Bookmark(title, level=1), self.p(title, self.st.h2),
                             genogram(client, members, CONTENT_W, legend)])

    def assessment(self) -> list[Flowable]:
        s = self.snap
        out = self.h1("assessment")
        if not s.assessments:
            return out + [self.empty()]
        for view in s.assessments:
            out += self.assessment_block(view)
        first, latest = s.intake_and_latest()
        if first is not None:
            areas = list(NeedArea)
            labels = [a.text(self.lang) for a in areas]
            levels = [getattr(first.ratings.get(a.value), "level", 0) for a in areas]
            second = None
            if latest is not None and latest is not first:
                second = [getattr(latest.ratings.get(a.value), "level", 0) for a in areas]
            name_first = f"{field_text(forms.ASSESSMENT.field('kind'), first.assessment.kind, self.lang)} " \
                         f"{fmt_date(first.assessment.assessed_on)}"
            name_latest = ""
            if latest is not None:
                name_latest = f"{field_text(forms.ASSESSMENT.field('kind'), latest.assessment.kind, self.lang)} " \
                              f"{fmt_date(latest.assessment.assessed_on)}"
            title = self.t("욕구 수준 비교(초기 대비 최근, 0–3)", "Need levels, first vs latest (0–3)")
            out.append(KeepTogether([self.p(title, self.st.h3),
                                     charts.radar(labels, levels, second, name_first, name_latest, CONTENT_W)]))
        return out

    # The 욕구·위기도 조사 in the paper form's order: histories, needs, strengths and obstacles, the 위기도
    # checklist, the monthly income and expenses, then the risk level chosen and the overall opinion.
    HISTORY_FIELDS = ("family_history", "personal_history")
    SIDES = (("strengths_personal", "obstacles_personal"), ("strengths_family", "obstacles_family"),
             ("strengths_community", "obstacles_community"))
    CLOSING_FIELDS = ("risk_level", "risk_reasons", "summary")

    def assessment_block(self, view: Any) -> list[Flowable]:
        a = view.assessment
        kind = field_text(forms.ASSESSMENT.field("kind"), a.kind, self.lang)
        fields = forms.ASSESSMENT.names
        shown = {"kind", "assessed_on", *self.HISTORY_FIELDS, *self.CLOSING_FIELDS,
                 *(name for pair in self.SIDES for name in pair)}
        out: list[Flowable] = [CondPageBreak(50 * mm), self.p(f"{kind} · {fmt_date(a.assessed_on)}", self.st.h2),
                               self.kv_table(forms.ASSESSMENT, a, skip=[n for n in fields
                                                                         if n not in self.HISTORY_FIELDS
                                                                         and n in shown])]
        out += [Spacer(1, 3 * mm), self.need_table(view.ratings), Spacer(1, 3 * mm), self.strengths_table(a)]
        out += [self.p(self.t("위기도 조사", "Crisis checklist"), self.st.h3)] + self.crisis_table(a)
        out += [self.p(self.L(forms.BUDGET_LINE.title), self.st.h3)] + self.budget_table(view.budget)
        out += [Spacer(1, 3 * mm), self.kv_table(forms.ASSESSMENT, a, skip=[n for n in fields
                                                                            if n not in self.CLOSING_FIELDS])]
        out += self.signed_note(a)
        out.append(Spacer(1, 3 * mm))
        return out

    def strengths_table(self, a: Any) -> Table:
        form = forms.ASSESSMENT
        data: list[list[Any]] = [[self.p(self.t("구분", "Area"), self.st.head),
                                  self.p(self.t("강점", "Strengths"), self.st.head),
                                  self.p(self.t("장애물", "Obstacles"), self.st.head)]]
        for (strength, obstacle), side in zip(self.SIDES, (self.t("개인", "Personal"), self.t("가족", "Family"),
                                                            self.t("지역사회", "Community"))):
            data.append([self.p(side, self.st.cell_bold), self.p(self.value(form.field(strength), a)),
                         self.p(self.value(form.field(obstacle), a))])
        half = (CONTENT_W - 24 * mm) / 2
        table = Table(data, colWidths=[24 * mm, half, half], repeatRows=1, hAlign="LEFT")
        table.setStyle(grid(header_rows=1))
        return table

    def crisis_table(self, a: Any) -> list[Flowable]:
        scores = a.crisis_scores or {}
        if not scores:
            return [self.p(self.t("점수를 매기지 않았습니다.", "Not scored."), self.st.muted)]
        data: list[list[Any]] = [[self.p(h, self.st.head) for h in (
            self.t("항목", "Item"), self.t("점수(0–3)", "Score (0–3)"), self.t("살펴본 내용", "What to look for"))]]
        for item in crisis_scale.ITEMS:
            score = scores.get(item.key)
            shown = f"{score} {crisis_scale.SCORES[score].text(self.lang)}" if score is not None else ""
            data.append([self.p(self.L(item.label), self.st.cell_bold), self.p(shown), self.p(self.L(item.help),
                                                                                               self.st.small)])
        result = crisis_scale.assess(scores)
        band = result.band.text(self.lang) if result.band else ""
        data.append([self.p(self.t("합계", "Total"), self.st.cell_bold),
                     self.p(f"{result.total} / {crisis_scale.MAX_TOTAL}", self.st.cell_bold),
                     self.p(band + (f" ({self.L(result.why)})" if result.why else ""), self.st.cell_bold)])
        table = Table(data, colWidths=[38 * mm, 26 * mm, CONTENT_W - 64 * mm], repeatRows=1, hAlign="LEFT")
        table.setStyle(grid(header_rows=1))
        out: list[Flowable] = [table]
        if result.differs_from(a.risk_level):
            chosen = field_text(forms.ASSESSMENT.field("risk_level"), a.risk_level, self.lang)
            out.append(self.p(self.t(f"사례관리자 판단 위기도: {chosen} (조사 결과 {with_particle(band, '와')} 다름, 판단 근거는 아래)",
                                     f"Risk level judged by the practitioner: {chosen} (the checklist gives {band}; "
                                     "reasons below)"), self.st.muted))
        return out

    def budget_table(self, lines: dict[str, Any]) -> list[Flowable]:
        if not lines:
            return [self.empty()]
        amounts = {code: line.amount for code, line in lines.items()}
        totals = budget.totals(amounts)
        right_bold = ParagraphStyle("right_bold", parent=self.st.right, fontName=fonts.BOLD)
        data: list[list[Any]] = [[self.p(self.L(f.label), self.st.head) for f in forms.BUDGET_LINE.fields]]
        bold_rows = []

        def add_side(items: Sequence[Any], total_label: Label, total: int) -> None:
            for item in items:
                line = lines.get(item.value)
                if line is None:
                    continue
                name = self.L(item.label)
                if item in budget.PUBLIC_TRANSFERS:
                    name = f"{self.L(budget.PUBLIC_TRANSFERS_LABEL)} · {name}"
                amount = "" if line.amount is None else budget.won_text(line.amount, self.lang)
                data.append([self.p(name), self.p(amount, self.st.right), self.p(line.note)])
            bold_rows.append(len(data))
            data.append([self.p(self.L(total_label), self.st.cell_bold),
                         self.p(budget.won_text(total, self.lang), right_bold), ""])

        add_side(budget.INCOME_LINES, budget.INCOME_LABEL, totals.income)
        add_side(budget.EXPENSE_LINES, budget.EXPENSE_LABEL, totals.expense)
        bold_rows.append(len(data))
        data.append([self.p(self.L(budget.BALANCE_LABEL), self.st.cell_bold),
                     self.p(budget.balance_text(totals.balance, self.lang), right_bold), ""])
        table = Table(data, colWidths=[58 * mm, 32 * mm, CONTENT_W - 90 * mm], repeatRows=1, hAlign="LEFT")
        style = grid(header_rows=1)
        for row in bold_rows:
            style.add("BACKGROUND", (0, row), (-1, row), LABEL_BG)
        table.setStyle(style)
        return [table]

    def need_table(self, ratings: dict[str, Any]) -> Table:
        spec = forms.NEED_RATING.field
        columns = ("area", "level", "priority", "concerns", "cause", "narrative")
        head = [self.p(self.L(spec(name).label), self.st.head) for name in columns]
        data: list[list[Any]] = [head]
        for area in NeedArea:
            r = ratings.get(area.value)
            level_text = ""
            if r is not None and r.level is not None:
                level_text = f"{r.level} {self.t(*NEED_LEVELS[r.level]) if r.level in NEED_LEVELS else ''}"
            priority = "" if r is None or r.priority is None else str(r.priority)
            narrative = r.narrative if r is not None else ""
            parts = self.chunks(narrative or "")
            for i, part in enumerate(parts):
                first = i == 0
                data.append([self.p(area.text(self.lang) if first else "", self.st.cell_bold),
                             self.p(level_text if first else ""), self.p(priority if first else ""),
                             self.p(r.concerns if first and r is not None else ""),
                             self.p(r.cause if first and r is not None else ""), self.p(part)])
        fixed = [27 * mm, 19 * mm, 17 * mm, 24 * mm, 30 * mm]
        table = Table(data, colWidths=fixed + [CONTENT_W - sum(fixed)], repeatRows=1, hAlign="LEFT")
        table.setStyle(grid(header_rows=1))
        return table

    def eco_drawing(self, relations: Sequence[Any], width: float) -> Flowable:
        rel = [(e.name, field_text(forms.ECO_RELATION.field("kind"), e.kind, self.lang) or EcoKind.OTHER.text(self.lang),
                e.strength, e.direction) for e in relations]
        legend = {m.value: m.text(self.lang) for m in EcoStrength}
        return charts.ecomap(self.snap.client.name, rel, width, legend)

    def ecomap(self) -> list[Flowable]:
        s = self.snap
        out = self.h1("ecomap")
        if not s.eco:
            return out + [self.empty()]
        widths = {"kind": 26 * mm, "strength": 24 * mm, "direction": 24 * mm, "name": 34 * mm, "resource_id": 30 * mm}
        for phase in EcoPhase:
            relations = s.eco_in(phase.value)
            if not relations:
                continue
            if len(s.eco_in(EcoPhase.CLOSING.value)):
                out.append(self.p(f"{self.L(SECTIONS['ecomap'])} · {phase.text(self.lang)}", self.st.h2))
            out += [self.eco_drawing(relations, CONTENT_W), Spacer(1, 3 * mm),
                    self.list_table(forms.ECO_RELATION, relations, widths, skip=("phase",))]
        return out

    def plan(self) -> list[Flowable]:
        s = self.snap
        out = self.h1("plan")
        if not s.goals and not s.tasks and not s.agreements:
            return out + [self.empty()] + self.plan_signatures()
        numbers = s.goal_numbers()
        for goal in s.goals:
            out.append(KeepTogether(self.goal_block(goal, numbers[goal.id])))
            tasks = [t for t in s.tasks if t.goal_id == goal.id]
            if tasks:
                out += [Spacer(1, 2 * mm), self.service_rows(tasks)]
        loose = [t for t in s.tasks if t.goal_id not in {g.id for g in s.goals}]
        if loose:
            out += [self.p(self.t("목표와 연결되지 않은 과업", "Tasks not linked to a goal"), self.st.h2),
                    self.service_rows(loose)]
        out += self.confirmations_of("plan", None)
        return out + self.plan_signatures()

    def goal_block(self, goal: Any, number: str) -> list[Flowable]:
        """장기 목표 1 / 단기 목표 1-1: the goal's fields, then its GAS scale."""
        short_term = bool(goal.parent_id)
        title = (self.t(f"단기 목표 {number}", f"Short-term goal {number}") if short_term
                 else self.t(f"장기 목표 {number}", f"Long-term goal {number}"))
        skip = set(GAS_FIELDS.values()) | {"parent_id"}
        block: list[Flowable] = [self.p(title, self.st.h3 if short_term else self.st.h2),
                                 self.kv_table(forms.GOAL, goal, skip=skip)]
        gas_rows = [[self.p(self.t("GAS 척도", "GAS scale"), self.st.head), self.p("", self.st.head)]]
        for score, field_name in sorted(GAS_FIELDS.items()):
            gas_rows.append([self.p(f"{score:+d} {GAS_LEVELS[score].text(self.lang)}" if score
                                    else f"0 {GAS_LEVELS[0].text(self.lang)}", self.st.cell_bold),
                             self.p(getattr(goal, field_name) or "")])
        gas = Table(gas_rows, colWidths=[38 * mm, CONTENT_W - 38 * mm], hAlign="LEFT")
        gas.setStyle(grid(header_rows=1, label_column=True))
        return block + [Spacer(1, 2 * mm), gas] + self.signed_note(goal)

    def service_rows(self, tasks: Sequence[Any]) -> Table:
        """The 서비스 제공 계획 table: service, for whom, who and which resource, in charge, period, frequency,
        priority, due and done; labels from the PLAN_TASK declarations."""
        f = forms.PLAN_TASK.field
        heads = service_row_heads(self.lang)
        col_widths = list(SERVICE_ROW_WIDTHS)
        data: list[list[Any]] = [[self.p(h, self.st.head) for h in heads]]
        for task in tasks:
            who = " / ".join(x for x in (self.value(f("performer"), task), self.value(f("resource_id"), task)) if x)
            period = period_label(task.starts_on, task.ends_on).replace(" ~ ", " ~\n")
            dates = " / ".join(x for x in (fmt_date(task.due_date), fmt_date(task.done_on)) if x)
            cells = [self.value(f("description"), task), task.target_person, who, task.person_in_charge, period,
                     task_frequency(task, self.lang), "" if task.priority is None else str(task.priority), dates]
            line: list[Any] = [self.p(c) for c in cells]
            line[0] = [self.p(cells[0])] + self.signed_note(task)
            data.append(line)
        table = Table(data, colWidths=col_widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(grid(header_rows=1))
        return table

    def plan_signatures(self) -> list[Flowable]:
        """The client's agreement to the plan and the two signature lines that end the plan section; a signature
        drawn on screen is printed in the client's box (not in a copy for sharing)."""
        s, m = self.snap, self.meta
        out: list[Flowable] = [self.p(self.L(forms.PLAN_AGREEMENT.title), self.st.h2)]
        for agreement in s.agreements:
            out.append(self.kv_table(forms.PLAN_AGREEMENT, agreement))
            out.append(Spacer(1, 2 * mm))
        if not s.agreements:
            out.append(self.p(self.t("동의 기록 없음: 아래에 서명을 받습니다.",
                                     "No agreement recorded yet: sign below."), self.st.muted))
        latest = s.agreements[-1] if s.agreements else None
        client_name = s.client.name
        if latest is not None and latest.guardian_name:
            relation = f"{latest.guardian_relation}, " if latest.guardian_relation else ""
            client_name += self.t(f" (보호자 {latest.guardian_name}, {relation.rstrip(', ')})".replace(", )", ")"),
                                  f" (guardian {latest.guardian_name}, {relation.rstrip(', ')})".replace(", )", ")"))
        drawn: Any = ""
        if latest is not None and latest.signature_png:
            drawn = Image(io.BytesIO(latest.signature_png), width=48 * mm, height=16 * mm)
        elif self.options.redacted and latest is not None and latest.method == "signed_screen":
            drawn = self.p(self.t("(공유본: 서명 이미지 제외)", "(copy for sharing: signature image left out)"),
                           self.st.muted)
        col = (CONTENT_W - 24 * mm) / 2
        when = fmt_date(latest.agreed_on) if latest is not None else "______. ____. ____."
        data = [[self.p("", self.st.head), self.p(self.t("대상자", "Client"), self.st.head),
                 self.p(self.t("사례관리자", "Case manager"), self.st.head)],
                [self.p(self.t("성명", "Name"), self.st.cell_bold), self.p(client_name),
                 self.p(m.practitioner.name if m.practitioner else "")],
                [self.p(self.t("서명", "Signature"), self.st.cell_bold), drawn, ""],
                [self.p(self.t("일자", "Date"), self.st.cell_bold), self.p(when), self.p("______. ____. ____.")]]
        table = Table(data, colWidths=[24 * mm, col, col], rowHeights=[None, 9 * mm, 20 * mm, 9 * mm])
        style = grid(header_rows=1, label_column=True)
        style.add("VALIGN", (0, 0), (-1, -1), "MIDDLE")
        style.add("BOX", (0, 0), (-1, -1), 1, RULE)
        table.setStyle(style)
        statement = self.p(self.t("위 서비스 제공 계획에 대해 설명을 듣고 동의합니다.",
                                  "I have had the service plan above explained to me and agree to it."), self.st.body)
        return out + [KeepTogether([statement, Spacer(1, 2 * mm), table])]

    def services(self) -> list[Flowable]:
        s = self.snap
        out = self.h1("services")
        if not s.services:
            return out + [self.empty()]
        total_min = sum(e.duration_min or 0 for e in s.services)
        out.append(self.p(self.t(f"총 {len(s.services)}건, {total_min:,}분", f"{len(s.services)} entries, "
                                 f"{total_min:,} minutes"), self.st.muted))
        out.append(Spacer(1, 2 * mm))
        # The note is what is read: narrow fact columns give it about half the page width (more entries per page).
        # The date column fits "2026-05-01" on one line.
        widths = {"occurred_on": 21 * mm, "practice_type": 17 * mm, "contact_mode": 14 * mm,
                  "contact_target": 13 * mm, "content_kinds": 17 * mm,
                  "duration_min": 10 * mm, "goal_id": 10 * mm, "resource_id": 17 * mm}
        out.append(self.list_table(forms.SERVICE_ENTRY, s.services, widths, after_text=self.signed_note))
        return out

    def monitoring(self) -> list[Flowable]:
        s = self.snap
        out = self.h1("monitoring")
        if not s.reviews:
            out.append(self.empty())
        goal_no = {g.id: i for i, g in enumerate(s.goals, 1)}
        for review in s.reviews:
            block: list[Flowable] = [self.p(f"{self.L(forms.MONITORING_REVIEW.title)} · "
                                            f"{fmt_date(review.reviewed_on)}", self.st.h2),
                                     self.kv_table(forms.MONITORING_REVIEW, review, skip=("reviewed_on",))]
            scores = [g for g in s.scores if g.review_id == review.id]
            if scores:
                block.append(Spacer(1, 2 * mm))
                block.append(self.score_table(scores, goal_no))
            block += self.review_detail(review.id)
            block += self.signed_note(review)
            out.append(KeepTogether(block))
        charts_out = self.gas_charts(goal_no)
        if charts_out:
            out += [self.p(self.t("목표별 GAS 변화", "GAS progress per goal"), self.st.h2)] + charts_out
        return out

    def score_table(self, scores: Sequence[Any], goal_no: dict[str, int]) -> Table:
        data: list[list[Any]] = [[self.p(self.t("목표", "Goal"), self.st.head),
                                  self.p(self.t("GAS 점수", "GAS score"), self.st.head),
                                  self.p(self.t("비고", "Note"), self.st.head)]]
        # in goal order (목표 1, 2, …), not in the order the scores were typed in
        for sc in sorted(scores, key=lambda sc: goal_no.get(sc.goal_id, len(goal_no) + 1)):
            number = self.snap.goal_numbers().get(sc.goal_id)  # 1, 1-1 …: as the plan numbers them
            label = f"{self.t('목표', 'Goal')} {number}" if number else ""
            data.append([self.p(label), self.p(f"{sc.score:+d} {GAS_LEVELS[sc.score].text(self.lang)}"
                                               if sc.score else f"0 {GAS_LEVELS[0].text(self.lang)}"),
                         self.p(sc.note or "")])
        table = Table(data, colWidths=[30 * mm, 60 * mm, CONTENT_W - 90 * mm], hAlign="LEFT")
        table.setStyle(grid(header_rows=1))
        return table

    def gas_charts(self, goal_no: dict[str, int]) -> list[Flowable]:
        out: list[Flowable] = []
        for goal in self.snap.goals:
            points = [(sc.scored_on, sc.score) for sc in self.snap.scores_for_goal(goal.id)]
            if not points:
                continue
            statement = goal.statement if len(goal.statement) <= 60 else goal.statement[:58] + "…"
            title = f"{self.t('목표', 'Goal')} {self.snap.goal_numbers()[goal.id]}: {glyph_safe(statement)}"
            out.append(charts.gas_progress(points, CONTENT_W, title))
        return out

    def termination(self) -> list[Flowable]:
        s = self.snap
        out = self.h1("termination")
        if not s.terminations:
            return out + [self.empty()]
        goal_no = {g.id: i for i, g in enumerate(s.goals, 1)}
        for term in s.terminations:
            extra: list[tuple[str, str]] = []
            if term.closing_assessment_id:
                for view in s.assessments:
                    if view.assessment.id == term.closing_assessment_id:
                        extra.append((self.t("종결사정", "Closing assessment"), fmt_date(view.assessment.assessed_on)))
            extra += self.earlier_code(term.reason_before_0007)
            out.append(self.kv_table(forms.TERMINATION, term, extra=extra))
            finals = [g for g in s.scores if g.termination_id == term.id]
            if finals:
                out += [self.p(self.t("최종 GAS", "Final GAS"), self.st.h3), self.score_table(finals, goal_no)]
            outcomes = [o for o in s.goal_outcomes if o.termination_id == term.id]
            if outcomes:
                out += [self.p(self.L(forms.TERMINATION_GOAL_OUTCOME.title), self.st.h3),
                        self.list_table(forms.TERMINATION_GOAL_OUTCOME, outcomes, {"goal_id": 24 * mm,
                                                                                   "outcome": 26 * mm})]
            out += self.confirmations_of("termination", term.id)
            out += self.signed_note(term)
        out += self.eco_before_after()
        out += self.step_dates()
        return out

    def follow_up(self) -> list[Flowable]:
        s = self.snap
        out = self.h1("follow_up")
        if not s.follow_ups:
            return out + [self.empty()]
        out.append(self.list_table(forms.FOLLOW_UP, s.follow_ups,
                                   {"due_on": 22 * mm, "method": 20 * mm, "done_on": 22 * mm, "reopen": 20 * mm},
                                   after_text=self.signed_note))
        return out

    def referrals(self) -> list[Flowable]:
        s = self.snap
        out = self.h1("referrals")
        if not s.referrals:
            return out + [self.empty()]
        for ref in s.referrals:
            out.append(KeepTogether([self.p(f"{self.resolve('resource', ref.resource_id)} · {fmt_date(ref.sent_on)}",
                                            self.st.h3),
                                     self.kv_table(forms.REFERRAL, ref)] + self.signed_note(ref)))
        return out

    def conferences(self) -> list[Flowable]:
        s = self.snap
        out = self.h1("conferences")
        if not s.conferences:
            return out + [self.empty()]
        for conf in s.conferences:
            out.append(self.p(f"{self.L(forms.CASE_CONFERENCE.title)} · {fmt_date(conf.held_on)}", self.st.h3))
            out.append(self.kv_table(forms.CASE_CONFERENCE, conf, skip=("held_on",),
                                     extra=self.earlier_code(conf.kind_before_0007)))
            attendees = s.attendees_of(conf.id)
            if attendees:
                out += [Spacer(1, 2 * mm), self.list_table(forms.CONFERENCE_ATTENDEE, attendees,
                                                          {"name": 34 * mm, "role": 45 * mm})]
            out += self.signed_note(conf)
        return out

    def history(self) -> list[Flowable]:
        s = self.snap
        out = self.h1("history")
        data: list[list[Any]] = [[self.p(h, self.st.head) for h in (
            self.t("일자", "Date"), self.t("이전 단계", "From"), self.t("단계", "To"), self.t("사유", "Reason"))]]
        for tr in s.transitions:
            data.append([self.p(fmt_date(tr.moved_on)),
                         self.p(Stage(tr.from_stage).text(self.lang) if tr.from_stage else ""),
                         self.p(Stage(tr.to_stage).text(self.lang)), self.p(tr.reason)])
        table = Table(data, colWidths=[22 * mm, 40 * mm, 40 * mm, CONTENT_W - 102 * mm], repeatRows=1, hAlign="LEFT")
        table.setStyle(grid(header_rows=1))
        out.append(table)
        if s.checks:
            out.append(self.p(self.t("실천 체크리스트", "Practice checklist"), self.st.h2))
            rows: list[list[Any]] = [[self.p(h, self.st.head) for h in (
                self.t("단계", "Stage"), self.t("항목", "Item"), self.t("확인일", "Checked on"))]]
            for c in s.checks:
                try:
                    item = find_item(Stage(c.stage), c.item_key).label.text(self.lang)
                except (KeyError, ValueError):
                    item = c.item_key
                rows.append([self.p(Stage(c.stage).text(self.lang)), self.p(item), self.p(fmt_date(c.checked_on))])
            checks = Table(rows, colWidths=[45 * mm, CONTENT_W - 70 * mm, 25 * mm], repeatRows=1, hAlign="LEFT")
            checks.setStyle(grid(header_rows=1))
            out.append(checks)
        return out

    # --- conferences, supervision, monitoring detail, closing (migration 0007) -----------------------------------

    def earlier_code(self, code: str) -> list[tuple[str, str]]:
        """A code migration 0007 recoded, as the row had it (kept so nothing recorded is lost)."""
        if not code:
            return []
        ko, en = EARLIER_CODE_LABELS.get(code, (code, code))
        return [(self.t("이전 구분(0007 이전)", "Earlier code (before 0007)"), self.t(ko, en))]

    def review_detail(self, review_id: str) -> list[Flowable]:
        s, out = self.snap, []
        changes = [c for c in s.goal_changes if c.review_id == review_id]
        if changes:
            out += [Spacer(1, 2 * mm), self.p(self.L(forms.REVIEW_GOAL_CHANGE.title), self.st.h3),
                    self.list_table(forms.REVIEW_GOAL_CHANGE, changes, {"goal_id": 24 * mm})]
        ratings = [r for r in s.service_ratings if r.review_id == review_id]
        if ratings:
            out += [Spacer(1, 2 * mm), self.p(self.L(forms.REVIEW_SERVICE_RATING.title), self.st.h3),
                    self.list_table(forms.REVIEW_SERVICE_RATING, ratings, {"performance": 22 * mm,
                                                                           "note": 50 * mm})]
        return out

    def confirmations_of(self, target: str, termination_id: str | None) -> list[Flowable]:
        rows = [c for c in self.snap.confirmations if c.target == target
                and (termination_id is None or c.termination_id == termination_id)]
        out: list[Flowable] = []
        for c in rows:
            text = self.t(f"슈퍼바이저 확인: {c.confirmed_by} · {fmt_date(c.confirmed_on)}",
                          f"Confirmed by the supervisor: {c.confirmed_by} · {fmt_date(c.confirmed_on)}")
            out.append(self.p(text + (f" · {c.note}" if c.note else ""), self.st.signed))
        return out

    def latest_confirmation(self) -> Any:
        """The supervisor's confirmation of the latest closing (or of the plan, while the case is open)."""
        target = "termination" if self.snap.terminations else "plan"
        rows = [c for c in self.snap.confirmations if c.target == target]
        return max(rows, key=lambda c: c.confirmed_on) if rows else None

    def eco_before_after(self) -> list[Flowable]:
        """The eco-map at intake beside the eco-map at closing."""
        s = self.snap
        before, after = s.eco_in(EcoPhase.INTAKE.value), s.eco_in(EcoPhase.CLOSING.value)
        if not before and not after:
            return []
        half = CONTENT_W / 2 - 2 * mm
        cells: list[Any] = []
        for relations in (before, after):
            cells.append(charts.scaled(self.eco_drawing(relations, 380), half) if relations
                         else self.p(self.t("그리지 않음", "Not drawn"), self.st.muted))
        heads = [self.p(phase.text(self.lang), self.st.head) for phase in EcoPhase]
        table = Table([heads, cells], colWidths=[CONTENT_W / 2] * 2, hAlign="LEFT")
        table.setStyle(grid(header_rows=1))
        title = self.t("생태도 변화(초기 · 종결)", "Eco-map at intake and at closing")
        return [KeepTogether([self.p(title, self.st.h2), table])]

    def step_dates(self) -> list[Flowable]:
        """The date each step was first reached (from the stage moves), with the conferences and closings."""
        s = self.snap
        reached: dict[str, Any] = {}
        for tr in sorted(s.transitions, key=lambda t: t.moved_on):
            reached.setdefault(tr.to_stage, tr.moved_on)
        rows: list[tuple[str, str]] = [(Stage(code).text(self.lang), fmt_date(on)) for code, on in
                                       sorted(reached.items(), key=lambda kv: Stage(kv[0]).order)]
        rows += [(self.L(forms.CASE_CONFERENCE.title), fmt_date(c.held_on)) for c in s.conferences]
        rows += [(self.L(forms.SUPERVISION.title), fmt_date(r.held_on)) for r in s.supervision]
        rows.sort(key=lambda r: r[1])
        if not rows:
            return []
        data = [[self.p(self.t("단계", "Step"), self.st.head), self.p(self.t("일자", "Date"), self.st.head)]]
        data += [[self.p(step), self.p(on)] for step, on in rows]
        table = Table(data, colWidths=[70 * mm, 30 * mm], hAlign="LEFT")
        table.setStyle(grid(header_rows=1))
        return [self.p(self.t("단계별 일자", "Date of every step"), self.st.h2), table]

    def supervision(self) -> list[Flowable]:
        s = self.snap
        out = self.h1("supervision")
        if not s.supervision and not s.confirmations:
            return out + [self.empty()]
        for row in s.supervision:
            out.append(self.p(f"{self.L(forms.SUPERVISION.title)} · {fmt_date(row.held_on)}", self.st.h3))
            out.append(self.kv_table(forms.SUPERVISION, row, skip=("held_on",)))
            out += self.signed_note(row)
        if s.confirmations:
            out.append(self.p(self.L(forms.SUPERVISOR_CONFIRMATION.title), self.st.h2))
            out.append(self.list_table(forms.SUPERVISOR_CONFIRMATION, s.confirmations,
                                       {"target": 40 * mm, "confirmed_by": 35 * mm, "confirmed_on": 25 * mm}))
        return out

    # --- closing page -------------------------------------------------------------------------------------------

    def closing(self) -> list[Flowable]:
        m, s = self.meta, self.snap
        title = self.t("확인 및 결재", "Confirmation and sign-off")
        out: list[Flowable] = [NextPageTemplate("closing"), PageBreak(), Bookmark(title), self.p(title, self.st.h1)]
        out.append(self.p(self.t("아래 서명으로 이 기록의 내용을 확인합니다.",
                                 "By signing below the parties confirm the content of this record."), self.st.body))
        out.append(Spacer(1, 4 * mm))
        roles = (self.t("대상자", "Client"), self.t("사례관리자", "Case manager"), self.t("슈퍼바이저", "Supervisor"))
        confirmed = self.latest_confirmation()
        supervisor = m.agency.supervisor_name or (confirmed.confirmed_by if confirmed else "")
        names = (s.client.name, m.practitioner.name if m.practitioner else "", supervisor)
        blank = "______. ____. ____."
        dates = (blank, blank, fmt_date(confirmed.confirmed_on) if confirmed else blank)
        col = (CONTENT_W - 24 * mm) / 3
        data = [[self.p("", self.st.head)] + [self.p(r, self.st.head) for r in roles],
                [self.p(self.t("성명", "Name"), self.st.cell_bold)] + [self.p(n) for n in names],
                [self.p(self.t("서명", "Signature"), self.st.cell_bold), "", "", ""],
                [self.p(self.t("일자", "Date"), self.st.cell_bold)] + [self.p(d) for d in dates]]
        table = Table(data, colWidths=[24 * mm, col, col, col], rowHeights=[None, 9 * mm, 22 * mm, 9 * mm])
        style = grid(header_rows=1, label_column=True)
        style.add("VALIGN", (0, 0), (-1, -1), "MIDDLE")
        style.add("BOX", (0, 0), (-1, -1), 1, RULE)
        table.setStyle(style)
        out += [table, Spacer(1, 8 * mm), self.qr_block(), Spacer(1, 4 * mm)]
        facts = [(self.t("출력 번호", "Export id"), m.export_id), (self.t("내용 SHA-256", "Content SHA-256"),
                                                                 m.content_sha256)]
        for k, v in facts:
            out.append(self.p(f"{k}: {v}", self.st.small))
        return out

    def on_closing_page(self, canv: Canvas, _doc: Any) -> None:
        x1, y1, x2, y2 = STAMP_BOX
        canv.saveState()
        canv.setFont(fonts.REGULAR, 7.5)
        canv.setFillColor(MUTED)
        if not self.meta.signed:
            canv.drawString(x1, y2 - 10, self.t("전자서명되지 않은 사본입니다.", "This copy is not digitally signed."))
        elif not self.meta.visible_signature:
            canv.drawString(x1, y2 - 10, self.t("전자서명(PAdES)은 PDF 뷰어의 서명 패널에서 확인하세요.",
                                                "Check the digital signature (PAdES) in the PDF viewer's "
                                                "signature panel."))
        canv.restoreState()

    # --- whole document -----------------------------------------------------------------------------------------

    def story(self) -> list[Flowable]:
        story = self.cover()
        builders = {"intake": self.intake, "assessment": self.assessment, "ecomap": self.ecomap, "plan": self.plan,
                    "services": self.services, "monitoring": self.monitoring, "termination": self.termination,
                    "follow_up": self.follow_up, "referrals": self.referrals, "conferences": self.conferences,
                    "supervision": self.supervision, "history": self.history}
        for key in SECTIONS:
            if self.options.includes(key):
                story += builders[key]()
        story += self.closing()
        plain_cells(story)
        return glue_headings(story)

    def render(self) -> bytes:
        m, case = self.meta, self.snap.case
        buf = io.BytesIO()
        doc = make_doc(buf, title=f"{self.t('사례관리 기록', 'Case record')} {case.case_number}",
                       author=m.practitioner.name if m.practitioner else m.agency.name,
                       subject=f"{m.agency.name} {case.case_number}", on_closing_page=self.on_closing_page)
        furniture = PageFurniture(
            header_left=m.agency.name,
            header_right=f"{self.t('사례번호', 'Case')} {case.case_number}",
            footer_left=self.t(f"기록 해시 {m.content_sha256[:16]} · 출력 {m.exported_at.astimezone():%Y-%m-%d}",
                               f"Record hash {m.content_sha256[:16]} · exported {m.exported_at.astimezone():%Y-%m-%d}"),
            page_format=self.t("{page} / {total} 쪽", "page {page} of {total}"),
        )
        doc.build(self.story(), canvasmaker=numbered_canvas(furniture))
        return to_pdfa(buf.getvalue(), self.lang)


HEADING_STYLES = {"h1", "h2", "h3"}


def glue_headings(story: list[Flowable]) -> list[Flowable]:
    """Keep each heading on the same page as what follows it (no heading alone at the foot of a page)."""
    out: list[Flowable] = []
    pending: list[Flowable] = []
    for flowable in story:
        if isinstance(flowable, Bookmark) or (isinstance(flowable, Paragraph)
                                              and flowable.style.name in HEADING_STYLES):
            pending.append(flowable)
            continue
        if pending:
            if isinstance(flowable, KeepTogether):
                out.append(KeepTogether(pending + list(flowable._content)))
            elif isinstance(flowable, (Table, Flowable)) and not isinstance(flowable, (PageBreak, CondPageBreak)):
                out.append(KeepTogether(pending + [flowable]))
            else:
                out += pending + [flowable]
            pending = []
        else:
            out.append(flowable)
    return out + pending


def render_record(snap: CaseSnapshot, meta: RecordMeta, options: ExportOptions) -> bytes:
    """Unsigned PDF bytes of the (already narrowed/redacted) snapshot."""
    return _Renderer(snap, meta, options).render()

