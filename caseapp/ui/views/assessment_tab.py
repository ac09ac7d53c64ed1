"""Assessment (사정): the 9 need areas with level and narrative side by side, strengths, risk level, and a radar
chart of the 9 areas at intake against the latest assessment."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from caseapp.domain import forms
from caseapp.domain.labels import Label
from caseapp.domain.vocab import NEED_LEVELS, AssessmentKind, NeedArea, RiskLevel
from caseapp.services import entries
from caseapp.services.cases import AssessmentView, CaseSnapshot
from caseapp.ui.views.section_tab import CaseContext, Column, RecordSection, scroll
from caseapp.ui.widgets.charts import RadarChart, RadarSeries
from caseapp.ui.widgets.form_builder import DraftPart, label_text


def level_text(level: int) -> str:
    return label_text(Label(*NEED_LEVELS[level]))


class RatingsEditor(DraftPart):
    """One row per need area: level (0–3) and the narrative next to it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 0)
        grid.setColumnStretch(2, 1)
        head = QLabel(f"<b>{label_text(forms.NEED_RATING.title)}</b>", self)
        grid.addWidget(head, 0, 0)
        grid.addWidget(QLabel(label_text(forms.NEED_RATING.field('level').label), self), 0, 1)
        grid.addWidget(QLabel(label_text(forms.NEED_RATING.field('narrative').label), self), 0, 2)
        self.levels: dict[str, QComboBox] = {}
        self.narratives: dict[str, QPlainTextEdit] = {}
        for row, area in enumerate(NeedArea, 1):
            grid.addWidget(QLabel(label_text(area.label), self), row, 0)
            combo = QComboBox(self)
            combo.setObjectName(f"level_{area.value}")
            combo.addItem("—", None)
            for level in sorted(NEED_LEVELS):
                combo.addItem(f"{level} {level_text(level)}", level)
            combo.currentIndexChanged.connect(self._user_edit)
            text = QPlainTextEdit(self)
            text.setObjectName(f"narrative_{area.value}")
            text.setTabChangesFocus(True)
            text.setFixedHeight(44)
            text.textChanged.connect(self._user_edit)
            grid.addWidget(combo, row, 1)
            grid.addWidget(text, row, 2)
            self.levels[area.value] = combo
            self.narratives[area.value] = text

    def text_editors(self) -> list[QWidget]:
        return list(self.narratives.values())

    def raw_values(self) -> dict[str, dict[str, Any]]:
        return {area: {"level": self.levels[area].currentData(), "narrative": self.narratives[area].toPlainText()}
                for area in self.levels}

    def values(self) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        for area, raw in self.raw_values().items():
            if raw["level"] is None and not raw["narrative"].strip():
                continue  # an area not assessed yet is simply left out
            out[area] = {k: v for k, v in raw.items() if v is not None}
        return out

    def set_raw_values(self, values: Any) -> None:
        self._loading = True
        try:
            for area in self.levels:
                raw = (values or {}).get(area) or {}
                level = raw.get("level")
                self.levels[area].setCurrentIndex(max(self.levels[area].findData(level), 0) if level is not None else 0)
                self.narratives[area].setPlainText(raw.get("narrative") or "")
        finally:
            self._loading = False

    def load(self, row: Any | None, snap: CaseSnapshot) -> None:
        view = next((a for a in snap.assessments if row is not None and a.assessment.id == row.id), None)
        ratings = view.ratings if view else {}
        self.set_raw_values({area: {"level": r.level, "narrative": r.narrative} for area, r in ratings.items()})

    def set_read_only(self, read_only: bool) -> None:
        for combo in self.levels.values():
            combo.setEnabled(not read_only)
        for text in self.narratives.values():
            text.setReadOnly(read_only)


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


class AssessmentPage(QWidget):
    def __init__(self, ctx: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ratings = RatingsEditor(self)
        vault = ctx.vault

        def create(values: dict[str, Any], ratings: Any) -> Any:
            return entries.add_assessment(vault, ctx.case_id, values, ratings)

        def update(row_id: str, values: dict[str, Any], ratings: Any) -> Any:
            row = entries.edit_kind(vault, "assessment", row_id, values)
            entries.set_ratings(vault, row_id, ratings)
            return row

        def risk(a: Any) -> str:
            try:
                return label_text(RiskLevel(a.risk_level).label)
            except ValueError:
                return a.risk_level

        self.section = RecordSection(
            ctx, forms.ASSESSMENT, rows=lambda snap: [v.assessment for v in snap.assessments],
            columns=[Column(self.tr("Date"), lambda a: a.assessed_on.isoformat()),
                     Column(self.tr("Kind"), lambda a: label_text(AssessmentKind(a.kind).label)),
                     Column(self.tr("Risk"), risk)],
            create=create, update=update, extra=self.ratings, table_height=110, parent=self)
        self.radar = RadarChart(self)
        self.radar.setObjectName("needRadar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll(self.section), 3)
        side = QVBoxLayout()
        side.addWidget(QLabel("<b>" + self.tr("Need levels: intake and latest") + "</b>", self))
        side.addWidget(self.radar, 1)
        layout.addLayout(side, 2)
        ctx.reloaded.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.radar.set_data([label_text(a.label) for a in NeedArea], intake_vs(self.ctx.snap, None),
                            self.tr("No assessment yet"))
