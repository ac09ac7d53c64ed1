"""Assessment (욕구·위기도 조사 / 사정): the form (histories, strengths and obstacles, risk level, overall opinion) above
tabs holding the 9 need areas (level, priority, whom it concerns, cause, narrative), the 위기도 checklist, the monthly
income and expenses, and a radar chart of the 9 areas at intake against the latest assessment."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QTabWidget, QVBoxLayout, QWidget,
)

from caseapp.domain import budget, crisis_scale, forms
from caseapp.domain.budget import BudgetItem
from caseapp.domain.korean import fill
from caseapp.domain.labels import Label
from caseapp.domain.vocab import NEED_LEVELS, AssessmentKind, NeedArea, RiskLevel
from caseapp.services import entries
from caseapp.services.cases import AssessmentView, CaseSnapshot
from caseapp.ui.views.section_tab import CaseContext, Column, RecordSection, scroll
from caseapp.ui.widgets.charts import RadarChart, RadarSeries
from caseapp.ui.i18n import language
from caseapp.ui.widgets.amount_table import AmountGroup, AmountRow, AmountTable
from caseapp.ui.widgets.form_builder import DraftPart, label_text
from caseapp.ui.widgets.score_checklist import ScaleItem, ScoreChecklist


def level_text(level: int) -> str:
    return label_text(Label(*NEED_LEVELS[level]))


CLIENT_ITSELF = Label("대상자 본인", "The client themself")  # English unlike vocab's "The client" (본인)
WHOLE_HOUSEHOLD = Label("가구 전체", "The whole household")


def person_choices(snap: CaseSnapshot | None) -> list[tuple[str, str]]:
    """(shown, stored) pairs for "whom it concerns": the client, each household member, the household. What is
    stored is the record's own text, in Korean like the rest, so it stays readable if a member is removed later."""
    out = [(label_text(CLIENT_ITSELF), CLIENT_ITSELF.ko)]
    for m in snap.household if snap is not None else []:
        text = " ".join(p for p in (m.relation, m.name) if p)
        out.append((text, text))
    out.append((label_text(WHOLE_HOUSEHOLD), WHOLE_HOUSEHOLD.ko))
    return out


class RatingsEditor(DraftPart):
    """One row per need area: level (0–3), priority, whom it concerns, cause, and the narrative next to them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 0)
        grid.setColumnStretch(4, 1)
        grid.setColumnStretch(5, 2)
        spec = forms.NEED_RATING.field
        heads = [forms.NEED_RATING.title, spec("level").label, spec("priority").label, spec("concerns").label,
                 spec("cause").label, spec("narrative").label]
        for col, head in enumerate(heads):
            text = label_text(head)
            grid.addWidget(QLabel(f"<b>{text}</b>" if col == 0 else text, self), 0, col)
        self.levels: dict[str, QComboBox] = {}
        self.priorities: dict[str, QComboBox] = {}
        self.concerns: dict[str, QComboBox] = {}
        self.causes: dict[str, QLineEdit] = {}
        self.narratives: dict[str, QPlainTextEdit] = {}
        for row, area in enumerate(NeedArea, 1):
            grid.addWidget(QLabel(label_text(area.label), self), row, 0)
            combo = QComboBox(self)
            combo.setObjectName(f"level_{area.value}")
            combo.addItem("—", None)
            for level in sorted(NEED_LEVELS):
                combo.addItem(f"{level} {level_text(level)}", level)
            combo.currentIndexChanged.connect(self._user_edit)
            priority = QComboBox(self)
            priority.setObjectName(f"priority_{area.value}")
            priority.addItem("—", None)
            low, high = spec("priority").minimum or 1, spec("priority").maximum or 9
            for rank in range(low, high + 1):
                priority.addItem(str(rank), rank)
            priority.currentIndexChanged.connect(self._user_edit)
            concerns = QComboBox(self)
            concerns.setObjectName(f"concerns_{area.value}")
            concerns.setEditable(True)  # anyone else (e.g. 손자) can be typed
            concerns.setMinimumContentsLength(8)
            concerns.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            concerns.currentTextChanged.connect(self._user_edit)
            cause = QLineEdit(self)
            cause.setObjectName(f"cause_{area.value}")
            cause.setMaxLength(spec("cause").max_length)
            cause.textEdited.connect(self._user_edit)
            text = QPlainTextEdit(self)
            text.setObjectName(f"narrative_{area.value}")
            text.setTabChangesFocus(True)
            text.setFixedHeight(44)
            text.textChanged.connect(self._user_edit)
            for col, widget in enumerate((combo, priority, concerns, cause, text), 1):
                grid.addWidget(widget, row, col)
            self.levels[area.value] = combo
            self.priorities[area.value] = priority
            self.concerns[area.value] = concerns
            self.causes[area.value] = cause
            self.narratives[area.value] = text
        self.set_people(None)

    def set_people(self, snap: CaseSnapshot | None) -> None:
        """Offer the case's household in the "concerns" pickers (typed text stays)."""
        choices = person_choices(snap)
        was_loading, self._loading = self._loading, True
        try:
            for combo in self.concerns.values():
                current = self._concerns_text(combo)
                combo.clear()
                combo.addItem("", "")
                for shown, stored in choices:
                    combo.addItem(shown, stored)
                self._show_concerns(combo, current)
        finally:
            self._loading = was_loading

    @staticmethod
    def _concerns_text(combo: QComboBox) -> str:
        text = combo.currentText().strip()
        index = combo.findText(text)
        return str(combo.itemData(index)) if index >= 0 and combo.itemData(index) is not None else text

    @staticmethod
    def _show_concerns(combo: QComboBox, stored: str) -> None:
        index = combo.findData(stored) if stored else 0
        if index >= 0:
            combo.setCurrentIndex(index)
        else:
            combo.setEditText(stored)

    def text_editors(self) -> list[QWidget]:
        return [*self.narratives.values(), *self.causes.values(), *self.concerns.values()]

    def has_text(self) -> bool:
        return any(t.toPlainText().strip() for t in self.narratives.values()) or \
            any(c.text().strip() for c in self.causes.values())

    def raw_values(self) -> dict[str, dict[str, Any]]:
        return {area: {"level": self.levels[area].currentData(), "narrative": self.narratives[area].toPlainText(),
                       "priority": self.priorities[area].currentData(),
                       "concerns": self._concerns_text(self.concerns[area]), "cause": self.causes[area].text()}
                for area in self.levels}

    def values(self) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        for area, raw in self.raw_values().items():
            if all(v is None or (isinstance(v, str) and not v.strip()) for v in raw.values()):
                continue  # an area not assessed yet is simply left out
            out[area] = {k: v for k, v in raw.items() if v is not None}
        return out

    def set_raw_values(self, values: Any) -> None:
        self._loading = True
        try:
            for area in self.levels:
                raw = (values or {}).get(area) or {}
                for combo, key in ((self.levels[area], "level"), (self.priorities[area], "priority")):
                    value = raw.get(key)
                    combo.setCurrentIndex(max(combo.findData(value), 0) if value is not None else 0)
                self._show_concerns(self.concerns[area], str(raw.get("concerns") or ""))
                self.causes[area].setText(str(raw.get("cause") or ""))
                self.narratives[area].setPlainText(raw.get("narrative") or "")
        finally:
            self._loading = False

    def load(self, row: Any | None, snap: CaseSnapshot) -> None:
        self.set_people(snap)
        view = next((a for a in snap.assessments if row is not None and a.assessment.id == row.id), None)
        ratings = view.ratings if view else {}
        self.set_raw_values({area: {"level": r.level, "narrative": r.narrative, "priority": r.priority,
                                    "concerns": r.concerns, "cause": r.cause} for area, r in ratings.items()})

    def set_read_only(self, read_only: bool) -> None:
        for combo in (*self.levels.values(), *self.priorities.values(), *self.concerns.values()):
            combo.setEnabled(not read_only)
        for edit in (*self.causes.values(), *self.narratives.values()):
            edit.setReadOnly(read_only)


def radar_series(view: AssessmentView, name: str) -> RadarSeries:
    return RadarSeries(name, [view.ratings[a.value].level if a.value in view.ratings else None for a in NeedArea])


def assessment_name(view: AssessmentView) -> str:
    a = view.assessment
    try:
        kind = label_text(AssessmentKind(a.kind).label)
    except ValueError:
        kind = a.kind
    return f"{kind} {a.assessed_on.isoformat()}"


def intake_vs(snap: CaseSnapshot, other: AssessmentView | None) -> list[RadarSeries]:
    first, latest = snap.intake_and_latest()
    other = other or latest
    if first is None:
        return []
    series = [radar_series(first, assessment_name(first))]
    if other is not None and other.assessment.id != first.assessment.id:
        series.append(radar_series(other, assessment_name(other)))
    return series


def crisis_items() -> list[ScaleItem]:
    return [(item.key, item.label, item.help) for item in crisis_scale.ITEMS]


def budget_groups() -> list[AmountGroup]:
    def rows(items: tuple[BudgetItem, ...]) -> list[AmountRow]:
        out, headed = [], False
        for item in items:
            public = item in budget.PUBLIC_TRANSFERS
            out.append(AmountRow(item.value, item.label, budget.PUBLIC_TRANSFERS_LABEL if public and not headed
                                 else None))
            headed = headed or public
        return out
    return [AmountGroup(budget.INCOME_LABEL, rows(budget.INCOME_LINES)),
            AmountGroup(budget.EXPENSE_LABEL, rows(budget.EXPENSE_LINES))]


def won(amount: int) -> str:
    return budget.won_text(amount, language())


class AssessmentParts(DraftPart):
    """What an assessment holds besides its form, on tabs so the page stays short: the need areas, the 위기도
    checklist, the monthly income and expenses, and the radar of need levels (saved assessments)."""

    def __init__(self, chosen_risk: Callable[[], str | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen_risk = chosen_risk
        self.ratings = RatingsEditor(self)
        self.crisis = ScoreChecklist(crisis_items(), crisis_scale.SCORES, summary=self.crisis_text,
                                     read_row=lambda row: row.crisis_scores, parent=self)
        self.crisis.setObjectName("crisisChecklist")
        self.budget = AmountTable(budget_groups(), budget.parse_won, self.budget_text,
                                  placeholder=self.tr("e.g. 12만"), parent=self)
        self.budget.setObjectName("budgetTable")
        self.radar = RadarChart(self)
        self.radar.setObjectName("needRadar")
        self.radar.setMinimumHeight(300)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("assessmentParts")
        self.tabs.addTab(self.ratings, label_text(forms.NEED_RATING.title))
        self.tabs.addTab(self.crisis, self.tr("Crisis checklist"))
        self.tabs.addTab(self.budget, label_text(forms.BUDGET_LINE.title))
        self.tabs.addTab(self.radar, self.tr("Need levels: intake and latest"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.tabs)
        self.parts: tuple[DraftPart, ...] = (self.ratings, self.crisis, self.budget)
        for part in self.parts:
            part.edited.connect(self._user_edit)

    # --- the lines under the checklist and the table ---------------------------------------------------------------

    def crisis_text(self, scores: dict[str, int]) -> str:
        result = crisis_scale.assess(scores)
        if result.band is None:
            return self.tr("Score the items that apply; the total suggests the risk level.")
        text = fill(self.tr("Total %1 of %2 points: %3"), str(result.total), str(crisis_scale.MAX_TOTAL),
                    label_text(result.band.label))
        if result.why is not None:
            text += f" ({label_text(result.why)})"
        chosen = self.chosen_risk()
        if result.differs_from(chosen):
            text += "\n" + self.tr("The risk level chosen above is %1: it differs from the checklist.").replace(
                "%1", label_text(RiskLevel(chosen).label))
        return text

    def budget_text(self, amounts: dict[str, int | None]) -> str:
        t = budget.totals(amounts)
        return fill(self.tr("Income %1 · Expenses %2 · Balance %3 a month"), won(t.income), won(t.expense),
                    budget.balance_text(t.balance, language()))

    # --- DraftPart ---------------------------------------------------------------------------------------------------

    def is_dirty(self) -> bool:
        return self._dirty or any(part.is_dirty() for part in self.parts)

    def mark_clean(self) -> None:
        self._dirty = False
        for part in self.parts:
            part.mark_clean()

    def text_editors(self) -> list[QWidget]:
        return [w for part in self.parts for w in part.text_editors()]

    def has_text(self) -> bool:
        return any(part.has_text() for part in self.parts)

    def raw_values(self) -> dict[str, Any]:
        return {"ratings": self.ratings.raw_values(), "crisis": self.crisis.raw_values(),
                "budget": self.budget.raw_values()}

    def values(self) -> dict[str, Any]:
        return {"ratings": self.ratings.values(), "crisis": self.crisis.values(), "budget": self.budget.values()}

    def set_raw_values(self, values: Any) -> None:
        values = values or {}
        if not set(values) <= {"ratings", "crisis", "budget"}:
            values = {"ratings": values}  # a draft kept before the assessment had more than its ratings
        self.ratings.set_raw_values(values.get("ratings"))
        self.crisis.set_raw_values(values.get("crisis"))
        self.budget.set_raw_values(values.get("budget"))

    def load(self, row: Any | None, snap: CaseSnapshot) -> None:
        self.ratings.load(row, snap)
        self.crisis.load(row, snap)
        view = next((a for a in snap.assessments if row is not None and a.assessment.id == row.id), None)
        self.budget.set_raw_values({code: {"amount": b.amount, "note": b.note}
                                    for code, b in (view.budget if view else {}).items()})

    def set_read_only(self, read_only: bool) -> None:
        for part in self.parts:
            part.set_read_only(read_only)


class AssessmentPage(QWidget):
    def __init__(self, ctx: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.parts = AssessmentParts(lambda: self.section.form.value("risk_level"), self)
        self.ratings, self.crisis, self.budget, self.radar = (self.parts.ratings, self.parts.crisis,
                                                             self.parts.budget, self.parts.radar)
        vault = ctx.vault

        def create(values: dict[str, Any], parts: dict[str, Any]) -> Any:
            return entries.add_assessment(vault, ctx.case_id, values, parts["ratings"], crisis=parts["crisis"],
                                          budget_lines=parts["budget"])

        def update(row_id: str, values: dict[str, Any], parts: dict[str, Any]) -> Any:
            row = entries.edit_kind(vault, "assessment", row_id, values)
            entries.replace_assessment_parts(vault, row_id, ratings=parts["ratings"], crisis=parts["crisis"],
                                             budget_lines=parts["budget"])
            return row

        def risk(a: Any) -> str:
            try:
                return label_text(RiskLevel(a.risk_level).label)
            except ValueError:
                return a.risk_level

        def checklist(a: Any) -> str:
            result = crisis_scale.assess(a.crisis_scores or {})
            return "" if result.band is None else f"{result.total} · {label_text(result.band.label)}"

        self.section = RecordSection(
            ctx, forms.ASSESSMENT, rows=lambda snap: [v.assessment for v in snap.assessments],
            columns=[Column(self.tr("Date"), lambda a: a.assessed_on.isoformat()),
                     Column(self.tr("Kind"), lambda a: label_text(AssessmentKind(a.kind).label)),
                     Column(self.tr("Risk"), risk), Column(self.tr("Crisis checklist"), checklist)],
            create=create, update=update, extra=self.parts, table_height=110, form_columns=2, parent=self)
        self.section.form.edited.connect(self.crisis.refresh_summary)
        for editor in self.section.form.editors.values():
            if isinstance(editor, QPlainTextEdit):
                editor.setFixedHeight(58)  # eleven notes on two columns: three lines each keeps the tabs in reach
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll(self.section))
        ctx.reloaded.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.crisis.refresh_summary()
        self.radar.set_data([label_text(a.label) for a in NeedArea], intake_vs(self.ctx.snap, None),
                            self.tr("No assessment yet"))
