"""Printable blank forms for visits where a laptop is not practical: intake, 9-area assessment, the selection decision
(대상자 선정), plan, home visit, case conference minutes (사례회의록), monitoring review, supervision (슈퍼비전 기록)
and closing evaluation (종결 평가서).

Fields come from the same form declarations as the app, so paper and screen ask for the same things in the same
order. Each field kind gets a paper shape: a box, ruled lines, tick boxes for choices, a date line (no printed
century: the form outlives 2099 as well as any year). A tick box and its label are joined by no-break spaces so a
label never wraps away from its box. Each form's title carries a QR code naming the form, so a scanned sheet can be
sorted without reading it.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, NextPageTemplate, PageBreak, Paragraph, Spacer, Table

from caseapp.domain import budget, crisis_scale, forms
from caseapp.domain.forms import FieldSpec, FormSpec, Kind
from caseapp.domain.gas import GAS_FIELDS, GAS_LEVELS
from caseapp.domain.vocab import NEED_LEVELS, ContactMode, PracticeType
from caseapp.domain.vocab import NeedArea
from caseapp.export import fonts
from caseapp.export.approval_box import approval_box, default_roles
from caseapp.export.layout import CONTENT_W, Bookmark, PageFurniture, glyph_safe, make_doc, numbered_canvas
from caseapp.export.pdfa import to_pdfa
from caseapp.export.plan_table import SERVICE_ROW_WIDTHS, service_row_heads
from caseapp.export.qr import MODULE, form_payload, qr_drawing, qr_size
from caseapp.export.styles import RULE, Styles, grid, make_styles

BOX = "\u25a1"  # □ (NanumGothic has it; ☐ it has not)
NBSP = "\u00a0"
FORM_QR_MODULE = MODULE
PLAN_LABEL_W = 56 * mm  # "GAS +2 Much more than expected" on one line
DATE_BLANK = "______. ____. ____."


def tick(label: str) -> str:
    """□ and its label as one unbreakable unit (ReportLab wraps at ordinary spaces only)."""
    return f"{BOX}{NBSP}{label.replace(' ', NBSP)}"


class RuledLines(Flowable):
    """Empty writing lines."""

    def __init__(self, width: float, lines: int, gap: float = 7.5 * mm) -> None:
        super().__init__()
        self.width, self.lines, self.gap = width, lines, gap
        self.height = lines * gap

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(RULE)
        c.setLineWidth(0.4)
        for i in range(self.lines):
            y = self.height - (i + 1) * self.gap + 1.5
            c.line(0, y, self.width, y)


class _Blank:
    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.st: Styles = make_styles()

    def t(self, ko: str, en: str) -> str:
        return ko if self.lang == "ko" else en

    def p(self, text: str, style: Any = None) -> Paragraph:
        from xml.sax.saxutils import escape
        return Paragraph(escape(glyph_safe(text)).replace("\n", "<br/>"), style or self.st.cell)

    def ticks(self, spec: FieldSpec) -> str:
        assert spec.choices is not None
        return "   ".join(tick(m.text(self.lang)) for m in spec.choices)

    def field_cell(self, spec: FieldSpec, width: float, lines: int = 3, gap: float = 7.5 * mm) -> Any:
        if spec.kind is Kind.MULTILINE:
            return RuledLines(width - 8, lines, gap)
        if spec.kind in (Kind.CHOICE, Kind.MULTI_CHOICE):
            return self.p(self.ticks(spec))
        if spec.kind is Kind.BOOL:
            return self.p(f"{tick(self.t('예', 'Yes'))}   {tick(self.t('아니오', 'No'))}")
        if spec.kind is Kind.DATE:
            return self.p(DATE_BLANK)
        return ""

    def form_table(self, form: FormSpec, skip: tuple[str, ...] = (), lines: int = 3, gap: float = 7.5 * mm,
                   refs: Mapping[str, str] | None = None, with_help: bool = False,
                   extra: Sequence[tuple[str, Any]] = ()) -> Table:
        """One row per field. A reference field (an id the app picks from a list) is left out unless ``refs`` gives
        what to write for it on paper; ``with_help`` prints a field's help under its label (what to write there);
        ``extra`` rows (label, cell) follow the declared fields (e.g. a signature)."""
        refs = refs or {}
        label_w = 38 * mm
        value_w = CONTENT_W - label_w
        rows, heights = [], []
        for spec in form.fields:
            if spec.name in skip or (spec.kind is Kind.REFERENCE and spec.name not in refs):
                continue
            label: Any = self.p(spec.label.text(self.lang), self.st.cell_bold)
            if with_help and spec.help is not None:
                label = [label, self.p(spec.help.text(self.lang), self.st.small)]
            cell = self.p(refs[spec.name]) if spec.name in refs else self.field_cell(spec, value_w, lines, gap)
            rows.append([label, cell])
            tall = spec.kind in (Kind.MULTILINE, Kind.CHOICE, Kind.MULTI_CHOICE) or isinstance(label, list)
            heights.append(None if tall else 9 * mm)
        for text, cell in extra:
            rows.append([self.p(text, self.st.cell_bold), cell])
            heights.append(12 * mm)
        table = Table(rows, colWidths=[label_w, value_w], rowHeights=heights, hAlign="LEFT")
        style = grid(label_column=True)
        style.add("VALIGN", (0, 0), (-1, -1), "MIDDLE")
        table.setStyle(style)
        return table

    def guidance(self, form: FormSpec) -> list[Flowable]:
        """The form's help (from the practice notes, as the app shows it) under the title: what the sheet is for."""
        return [] if form.help is None else [self.p(form.help.text(self.lang), self.st.muted), Spacer(1, 2 * mm)]

    def title(self, text: str, form_key: str) -> list[Flowable]:
        code = form_payload(form_key, self.lang)
        side = qr_size(code, FORM_QR_MODULE)
        left = [self.p(text, self.st.h1), self.p(self.t("사례번호: ____________   대상자: ____________",
                                                       "Case no.: ____________   Client: ____________"),
                                                self.st.body)]
        head = Table([[left, qr_drawing(code, FORM_QR_MODULE)]], colWidths=[CONTENT_W - side, side])
        head.setStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONT", (0, 0), (-1, -1), fonts.REGULAR),
                       ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
        return [Bookmark(text), head, Spacer(1, 2 * mm)]

    def sign_line(self) -> Table:
        t = Table([[self.p(self.t("작성자", "Written by"), self.st.cell_bold), "",
                    self.p(self.t("서명", "Signature"), self.st.cell_bold), "",
                    self.p(self.t("작성일", "Date"), self.st.cell_bold), self.p(DATE_BLANK)]],
                  colWidths=[20 * mm, 38 * mm, 20 * mm, 34 * mm, 18 * mm, CONTENT_W - 130 * mm], rowHeights=[10 * mm])
        style = grid(label_column=False)
        style.add("VALIGN", (0, 0), (-1, -1), "MIDDLE")
        t.setStyle(style)
        return t

    # --- the four forms -------------------------------------------------------------------------------------

    def intake(self) -> list[Flowable]:
        out = self.title(self.t("초기상담지", "Intake form"), "intake")
        out += [self.p(forms.CLIENT.title.text(self.lang), self.st.h2), self.form_table(forms.CLIENT)]
        out += [self.p(self.t("가구원", "Household"), self.st.h2), self.household_table(), Spacer(1, 2 * mm),
                self.household_details_table()]
        out += [self.p(forms.INTAKE.title.text(self.lang), self.st.h2), self.form_table(forms.INTAKE)]
        out += [self.p(self.t("동의", "Consent"), self.st.h2), self.consent_table(), Spacer(1, 4 * mm),
                self.sign_line()]
        return out

    def household_table(self) -> Table:
        specs = [f for f in forms.HOUSEHOLD_MEMBER.fields if f.name not in forms.HOUSEHOLD_DETAILS]
        widths = {"relation": 22 * mm, "name": 28 * mm, "age": 12 * mm, "sex": 18 * mm, "lives_together": 17 * mm,
                  "deceased": 17 * mm}
        return self.write_in_table(specs, widths)

    def household_details_table(self) -> Table:
        """The members' disability … priority: one write-in row per member, the relation repeated to match."""
        specs = [forms.HOUSEHOLD_MEMBER.field("relation")] + [forms.HOUSEHOLD_MEMBER.field(n)
                                                              for n in forms.HOUSEHOLD_DETAILS]
        widths = {"relation": 18 * mm, "disability_type": 17 * mm, "disability_degree": 17 * mm,
                  "education": 15 * mm, "occupation": 18 * mm, "health": 20 * mm, "priority": 15 * mm}
        return self.write_in_table(specs, widths)

    def write_in_table(self, specs: list[FieldSpec], widths: dict[str, float], rows: int = 5) -> Table:
        flexible = [f for f in specs if f.name not in widths]
        flex_w = (CONTENT_W - sum(widths.get(f.name, 0) for f in specs)) / max(len(flexible), 1)
        col_w = [widths.get(f.name, flex_w) for f in specs]
        data: list[list[Any]] = [[self.p(f.label.text(self.lang), self.st.head) for f in specs]]
        data += [[""] * len(specs) for _ in range(rows)]
        table = Table(data, colWidths=col_w, rowHeights=[None] + [8 * mm] * rows, hAlign="LEFT")
        table.setStyle(grid(header_rows=1))
        return table

    def consent_table(self) -> Table:
        purposes = forms.CONSENT.field("purpose").choices
        assert purposes is not None
        method = forms.CONSENT.field("method")
        data: list[list[Any]] = [[self.p(h, self.st.head) for h in (
            forms.CONSENT.field("purpose").label.text(self.lang), self.t("동의 여부", "Agreed"),
            method.label.text(self.lang), self.t("대상자 서명", "Client's signature"))]]
        for purpose in purposes:
            data.append([self.p(purpose.text(self.lang)),
                         self.p(f"{tick(self.t('동의', 'Yes'))}   {tick(self.t('미동의', 'No'))}"),
                         self.p(self.ticks(method)), ""])
        table = Table(data, colWidths=[48 * mm, 30 * mm, CONTENT_W - 118 * mm, 40 * mm], hAlign="LEFT")
        table.setStyle(grid(header_rows=1))
        return table

    def assessment(self) -> list[Flowable]:
        """The 욕구·위기도 조사 on paper, in the order the record prints it (see record_pdf)."""
        out = [NextPageTemplate("body"), PageBreak()] + self.title(self.t("욕구·위기도 조사지(9개 영역)",
                                                                          "Needs and crisis assessment (9 areas)"),
                                                                   "assessment")
        names = forms.ASSESSMENT.names
        first = ("kind", "assessed_on", "family_history", "personal_history")
        sides = ("strengths_personal", "strengths_family", "strengths_community", "obstacles_personal",
                 "obstacles_family", "obstacles_community")
        out.append(self.form_table(forms.ASSESSMENT, skip=tuple(n for n in names if n not in first), lines=2,
                                   gap=5.5 * mm))
        out.append(Spacer(1, 3 * mm))
        levels = "  ".join(tick(f"{n} {self.t(*NEED_LEVELS[n])}") for n in sorted(NEED_LEVELS))
        spec = forms.NEED_RATING.field
        head = [spec("area").label.text(self.lang), spec("level").label.text(self.lang),
                spec("priority").label.text(self.lang), spec("concerns").label.text(self.lang),
                f"{spec('cause').label.text(self.lang)} · {spec('narrative').label.text(self.lang)}"]
        data: list[list[Any]] = [[self.p(h, self.st.head) for h in head]]
        widths = [27 * mm, 46 * mm, 15 * mm, 24 * mm]
        for area in NeedArea:
            data.append([self.p(area.text(self.lang), self.st.cell_bold), self.p(levels, self.st.small), "", "",
                         RuledLines(CONTENT_W - sum(widths) - 8, 2, gap=4.5 * mm)])
        table = Table(data, colWidths=widths + [CONTENT_W - sum(widths)], repeatRows=1, hAlign="LEFT")
        style = grid(header_rows=1)
        style.add("VALIGN", (0, 1), (-1, -1), "MIDDLE")
        table.setStyle(style)
        out += [table, Spacer(1, 3 * mm)]
        out.append(self.form_table(forms.ASSESSMENT, skip=tuple(n for n in names if n not in sides), lines=2,
                                   gap=5.5 * mm))
        out += [self.p(self.t("위기도 조사", "Crisis checklist"), self.st.h2), self.crisis_table()]
        out += [self.p(forms.BUDGET_LINE.title.text(self.lang), self.st.h2), self.budget_table()]
        out.append(Spacer(1, 3 * mm))
        out.append(self.form_table(forms.ASSESSMENT, skip=tuple(n for n in names if n in first or n in sides),
                                   lines=2, gap=5.5 * mm))
        out += [Spacer(1, 3 * mm), self.sign_line()]
        return out

    def crisis_table(self) -> Table:
        scores = "  ".join(tick(f"{n} {crisis_scale.SCORES[n].text(self.lang)}") for n in sorted(crisis_scale.SCORES))
        data: list[list[Any]] = [[self.p(h, self.st.head) for h in (
            self.t("항목", "Item"), self.t("점수", "Score"), self.t("살펴볼 점", "What to look for"))]]
        for item in crisis_scale.ITEMS:
            data.append([self.p(item.label.text(self.lang), self.st.cell_bold), self.p(scores, self.st.small),
                         self.p(item.help.text(self.lang), self.st.small)])
        bands = ", ".join(f"{low}+ {band.text(self.lang)}" for low, band in crisis_scale.BANDS)
        data.append([self.p(self.t("합계", "Total"), self.st.cell_bold), self.p(f"______ / {crisis_scale.MAX_TOTAL}"),
                     self.p(bands, self.st.small)])
        table = Table(data, colWidths=[36 * mm, 62 * mm, CONTENT_W - 98 * mm], repeatRows=1, hAlign="LEFT")
        style = grid(header_rows=1)
        style.add("VALIGN", (0, 1), (-1, -1), "MIDDLE")
        table.setStyle(style)
        return table

    def budget_table(self) -> Table:
        data: list[list[Any]] = [[self.p(f.label.text(self.lang), self.st.head) for f in forms.BUDGET_LINE.fields]]
        for items, total in ((budget.INCOME_LINES, budget.INCOME_LABEL), (budget.EXPENSE_LINES, budget.EXPENSE_LABEL)):
            for item in items:
                data.append([self.p(item.text(self.lang)), "", ""])
            data.append([self.p(total.text(self.lang), self.st.cell_bold), "", ""])
        data.append([self.p(budget.BALANCE_LABEL.text(self.lang), self.st.cell_bold), "", ""])
        table = Table(data, colWidths=[60 * mm, 34 * mm, CONTENT_W - 94 * mm], repeatRows=1, hAlign="LEFT",
                      rowHeights=[None] + [6.5 * mm] * (len(data) - 1))
        style = grid(header_rows=1)
        style.add("VALIGN", (0, 1), (-1, -1), "MIDDLE")
        table.setStyle(style)
        return table

    def selection(self) -> list[Flowable]:
        """대상자 선정: the outcome of the conference after intake and assessment, with the reasons behind it. Every
        outcome is offered (집중사례 too): the sheet does not know whether the agency uses that level."""
        out = [PageBreak()] + self.title(self.t("대상자 선정 기록지", "Case selection decision"), "case_selection")
        out += self.guidance(forms.CASE_SELECTION)
        held = self.t(f"회의일 {DATE_BLANK}", f"Held on {DATE_BLANK}")
        out.append(self.form_table(forms.CASE_SELECTION, lines=12, refs={"conference_id": held}, with_help=True))
        out += [Spacer(1, 4 * mm), approval_box(default_roles(self.lang), self.st, self.lang), Spacer(1, 3 * mm),
                self.sign_line()]
        return out

    def supervision(self) -> list[Flowable]:
        """슈퍼비전 기록 and the supervisor's confirmation of the plan or the closing, signed by the supervisor."""
        out = [PageBreak()] + self.title(self.t("슈퍼비전 기록지", "Supervision record"), "supervision")
        out += self.guidance(forms.SUPERVISION)
        out.append(self.form_table(forms.SUPERVISION, lines=6))
        out += [Spacer(1, 3 * mm), self.p(forms.SUPERVISOR_CONFIRMATION.title.text(self.lang), self.st.h2),
                self.form_table(forms.SUPERVISOR_CONFIRMATION,
                                extra=[(self.t("확인자 서명", "Supervisor's signature"), "")])]
        return out + [Spacer(1, 4 * mm), self.sign_line()]

    def plan(self) -> list[Flowable]:
        out = [PageBreak()] + self.title(self.t("서비스 계획서", "Service plan"), "plan")
        gas_names = set(GAS_FIELDS.values())
        for heading in (self.t("장기 목표 1", "Long-term goal 1"), self.t("단기 목표 1-1", "Short-term goal 1-1")):
            rows: list[list[Any]] = [[self.p(heading, self.st.head), ""]]
            for spec in forms.GOAL.fields:
                if spec.name in gas_names or spec.name == "parent_id":  # the heading says where it sits
                    continue
                rows.append([self.p(spec.label.text(self.lang), self.st.cell_bold),
                             self.field_cell(spec, CONTENT_W - PLAN_LABEL_W, lines=2, gap=6.5 * mm)])
            for score in sorted(GAS_FIELDS):
                label = f"GAS {score:+d}" if score else "GAS 0"
                rows.append([self.p(f"{label} {GAS_LEVELS[score].text(self.lang)}", self.st.small), ""])
            table = Table(rows, colWidths=[PLAN_LABEL_W, CONTENT_W - PLAN_LABEL_W], hAlign="LEFT",
                          rowHeights=[None] * (len(rows) - 5) + [6.5 * mm] * 5)
            style = grid(header_rows=1, label_column=True)
            style.add("SPAN", (0, 0), (1, 0))
            style.add("VALIGN", (0, 0), (-1, -1), "MIDDLE")
            table.setStyle(style)
            out += [KeepTogether(table), Spacer(1, 3 * mm)]
        heads = service_row_heads(self.lang)
        data: list[list[Any]] = [[self.p(h, self.st.head) for h in heads]]
        data += [[""] * len(heads) for _ in range(3)]  # three rows keep the signature line on this page
        tasks = Table(data, colWidths=list(SERVICE_ROW_WIDTHS), rowHeights=[None] + [8 * mm] * 3, hAlign="LEFT")
        tasks.setStyle(grid(header_rows=1))
        out += [self.p(forms.PLAN_TASK.title.text(self.lang), self.st.h2), tasks, Spacer(1, 3 * mm),
                self.p(self.t("대상자 확인: 위 계획에 동의합니다.", "Client: I agree to the plan above."), self.st.body),
                Spacer(1, 2 * mm), self.sign_line()]
        return out

    def home_visit(self) -> list[Flowable]:
        out = [PageBreak()] + self.title(self.t("가정방문 기록지", "Home visit log"), "home_visit")
        practice = "   ".join(tick(m.text(self.lang)) for m in PracticeType)
        contact = "   ".join(tick(m.text(self.lang)) for m in ContactMode)
        rows: list[list[Any]] = [
            [self.p(self.t("방문일시", "Visit date and time"), self.st.cell_bold),
             self.p(self.t(f"{DATE_BLANK}   ____시 ____분 ~ ____시 ____분",
                           f"{DATE_BLANK}   ____:____ to ____:____"))],
            [self.p(self.t("방문 장소", "Place"), self.st.cell_bold), ""],
            [self.p(self.t("만난 사람", "People met"), self.st.cell_bold), ""],
            [self.p(forms.SERVICE_ENTRY.field("contact_mode").label.text(self.lang), self.st.cell_bold),
             self.p(contact)],
            [self.p(forms.SERVICE_ENTRY.field("practice_type").label.text(self.lang), self.st.cell_bold),
             self.p(practice)],
            [self.p(forms.SERVICE_ENTRY.field("contact_target").label.text(self.lang), self.st.cell_bold),
             self.p(self.ticks(forms.SERVICE_ENTRY.field("contact_target")))],
            [self.p(forms.SERVICE_ENTRY.field("content_kinds").label.text(self.lang), self.st.cell_bold),
             self.p(self.ticks(forms.SERVICE_ENTRY.field("content_kinds")))],
            [self.p(self.t("주거·생활환경 관찰", "Home and living conditions"), self.st.cell_bold),
             RuledLines(CONTENT_W - 46 * mm, 3)],
            [self.p(self.t("안전 확인(위기 징후)", "Safety check (signs of crisis)"), self.st.cell_bold),
             RuledLines(CONTENT_W - 46 * mm, 3)],
            [self.p(forms.SERVICE_ENTRY.field("text").label.text(self.lang), self.st.cell_bold),
             RuledLines(CONTENT_W - 46 * mm, 7)],  # with 9 (and 4 above) the signature line fell onto a page of its own
            [self.p(self.t("다음 약속·할 일", "Next steps"), self.st.cell_bold), RuledLines(CONTENT_W - 46 * mm, 3)],
        ]
        table = Table(rows, colWidths=[38 * mm, CONTENT_W - 38 * mm], rowHeights=[9 * mm, 9 * mm, 9 * mm] +
                      [None] * 8, hAlign="LEFT")
        style = grid(label_column=True)
        style.add("VALIGN", (0, 0), (-1, -1), "MIDDLE")
        table.setStyle(style)
        return out + [table, Spacer(1, 4 * mm), self.sign_line()]

    def goal_scores(self, title: str) -> list[Flowable]:
        """One row per goal: its number, the GAS score ticked −2…+2, a note."""
        scores = "  ".join(tick(f"{n:+d}" if n else "0") for n in sorted(GAS_LEVELS))
        head = [self.p(h, self.st.head) for h in (self.t("목표", "Goal"), self.t("GAS 점수", "GAS score"),
                                                  self.t("비고", "Note"))]
        data: list[list[Any]] = [head] + [[self.p(f"{self.t('목표', 'Goal')} {n}"), self.p(scores), ""]
                                          for n in (1, 2, 3)]
        table = Table(data, colWidths=[24 * mm, 62 * mm, CONTENT_W - 86 * mm], rowHeights=[None] + [9 * mm] * 3,
                      hAlign="LEFT")
        style = grid(header_rows=1)
        style.add("VALIGN", (0, 0), (-1, -1), "MIDDLE")
        table.setStyle(style)
        return [self.p(title, self.st.h2), table]

    def conference(self) -> list[Flowable]:
        out = [PageBreak()] + self.title(self.t("사례회의록", "Case conference minutes"), "case_conference")
        out.append(self.form_table(forms.CASE_CONFERENCE, lines=6))
        out += [Spacer(1, 3 * mm), self.p(self.t("참석자 확인", "Attendance"), self.st.h2)]
        head = [self.p(h, self.st.head) for h in (self.t("소속", "Organisation"), self.t("성명", "Name"),
                                                  self.t("서명", "Signature"))]
        rows = Table([head] + [[""] * 3 for _ in range(5)], colWidths=[70 * mm, 50 * mm, CONTENT_W - 120 * mm],
                     rowHeights=[None] + [8 * mm] * 5, hAlign="LEFT")
        rows.setStyle(grid(header_rows=1))
        return out + [rows, Spacer(1, 4 * mm), self.sign_line()]

    def monitoring(self) -> list[Flowable]:
        out = [PageBreak()] + self.title(self.t("모니터링 기록지", "Monitoring review"), "monitoring_review")
        out.append(self.form_table(forms.MONITORING_REVIEW, lines=4))
        out += [Spacer(1, 3 * mm)] + self.goal_scores(self.t("목표별 GAS 점검", "GAS per goal"))
        return out + [Spacer(1, 4 * mm), self.sign_line()]

    def termination(self) -> list[Flowable]:
        out = [PageBreak()] + self.title(self.t("종결 평가서", "Closing evaluation"), "termination")
        out.append(self.form_table(forms.TERMINATION, lines=4))
        out += [Spacer(1, 3 * mm)] + self.goal_scores(self.t("최종 GAS", "Final GAS"))
        out += [Spacer(1, 3 * mm),
                self.p(self.t("대상자 확인: 종결에 동의합니다.", "Client: I agree to close the case."), self.st.body),
                Spacer(1, 2 * mm), self.sign_line()]
        return out

    def render(self) -> bytes:
        buf = io.BytesIO()
        doc = make_doc(buf, title=self.t("사례관리 서식", "Case management forms"), author="caseapp",
                       subject=self.t("빈 서식", "Blank forms"))
        furniture = PageFurniture(header_left=self.t("사례관리 서식", "Case management forms"),
                                  header_right=self.t("현장 기록용", "For field visits"),
                                  footer_left=self.t("작성 후 사례관리 프로그램에 옮겨 적고 원본은 잠금 보관하세요.",
                                                     "Copy into caseapp after the visit; keep the paper locked away."),
                                  page_format=self.t("{page} / {total} 쪽", "page {page} of {total}"))
        # In the order of the practice: selection follows intake and assessment; supervision comes with the reviews.
        story = (self.intake() + self.assessment() + self.selection() + self.plan() + self.home_visit()
                 + self.conference() + self.monitoring() + self.supervision() + self.termination())
        doc.build(story, canvasmaker=numbered_canvas(furniture))
        return to_pdfa(buf.getvalue(), self.lang)


def render_blank_forms(lang: str = "ko") -> bytes:
    return _Blank(lang).render()
