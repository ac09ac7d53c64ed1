"""모니터링·재평가: reviews with a GAS score per goal and a decision, and a GAS progress chart per goal."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from caseapp.domain import forms
from caseapp.domain.gas import GAS_FIELDS, GAS_LEVELS, t_score
from caseapp.domain.goal_tree import goal_numbers
from caseapp.domain.vocab import Adherence, ReviewDecision, Stage
from caseapp.services import entries, outcome_records
from caseapp.services.cases import CaseSnapshot
from caseapp.ui.views.intake_tab import date_text, enum_text
from caseapp.ui.views.section_tab import Column, RecordSection, StageTab, scroll, short
from caseapp.ui.widgets.charts import GasChart, GasLine
from caseapp.ui.widgets.form_builder import DraftPart, label_text
from caseapp.ui.widgets.rows_editor import PartsEditor, RowsEditor


class ScoresEditor(DraftPart):
    """One GAS picker per goal; each level shows the goal's own description of it."""

    def __init__(self, title: str, parent: QWidget | None = None, *, which: str = "review") -> None:
        super().__init__(parent)
        self.which = which  # "review" or "termination": whose scores to show for a saved row
        self.title = title
        self.layout_ = QFormLayout(self)
        self.layout_.setContentsMargins(0, 4, 0, 0)
        self.combos: dict[str, QComboBox] = {}
        self._goals: list[Any] = []

    def _rebuild(self, goals: list[Any]) -> None:
        if [g.id for g in goals] == [g.id for g in self._goals] and self.combos:
            return
        while self.layout_.rowCount():
            self.layout_.removeRow(0)
        self.combos.clear()
        self._goals = list(goals)
        self.layout_.addRow(QLabel(f"<b>{self.title}</b>", self))
        if not goals:
            self.layout_.addRow(QLabel(self.tr("No goals yet: set goals in the planning stage."), self))
        numbers = goal_numbers(goals)  # 1, 1-1 …: as the plan numbers them
        for goal in goals:
            combo = QComboBox(self)
            combo.setObjectName(f"gas_{goal.id}")
            # The GAS descriptions are sentences: sized by the longest, the page would scroll sideways at 1366 px.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
            combo.addItem("—", None)
            for score in range(-2, 3):
                description = getattr(goal, GAS_FIELDS[score]) or label_text(GAS_LEVELS[score])
                combo.addItem(f"{score:+d}  {description}" if score else f" 0  {description}", score)
            combo.currentIndexChanged.connect(self._user_edit)
            label = QLabel(f"{numbers[goal.id]}. {short(goal.statement, 34)}", self)
            label.setToolTip(goal.statement)
            self.layout_.addRow(label, combo)
            self.combos[goal.id] = combo

    def load(self, row: Any | None, snap: CaseSnapshot) -> None:
        self._rebuild(snap.goals)
        scores: dict[str, int] = {}
        if row is not None:
            key = "review_id" if self.which == "review" else "termination_id"
            scores = {s.goal_id: s.score for s in snap.scores if getattr(s, key) == row.id}
        self.set_raw_values(scores)

    def raw_values(self) -> dict[str, int]:
        return {goal_id: combo.currentData() for goal_id, combo in self.combos.items()
                if combo.currentData() is not None}

    def values(self) -> dict[str, int]:
        return self.raw_values()

    def set_raw_values(self, values: Any) -> None:
        self._loading = True
        try:
            for goal_id, combo in self.combos.items():
                score = (values or {}).get(goal_id)
                combo.setCurrentIndex(combo.findData(score) if score is not None else 0)
        finally:
            self._loading = False


def t_score_text(snap: CaseSnapshot, *, review_id: str | None = None, termination_id: str | None = None) -> str:
    """The aggregate GAS T-score of one review's (or termination's) scores; 50 means goals met as expected."""
    scores = [s.score for s in snap.scores
              if (review_id and s.review_id == review_id) or (termination_id and s.termination_id == termination_id)]
    value = t_score(scores)
    return "" if value is None else f"{value:.1f}"


def gas_lines(snap: CaseSnapshot) -> list[GasLine]:
    numbers = snap.goal_numbers()
    return [GasLine(f"{numbers[g.id]}. {g.statement}", [(s.scored_on, s.score) for s in snap.scores_for_goal(g.id)])
            for g in snap.goals]


class MonitoringTab(StageTab):
    stage = Stage.MONITORING

    def build(self) -> QWidget:
        ctx = self.ctx
        vault = ctx.vault
        self.scores = ScoresEditor(self.tr("GAS score per goal"))
        self.goal_changes = RowsEditor(
            forms.REVIEW_GOAL_CHANGE, lambda row, snap: [{"goal_id": c.goal_id, "before": c.before, "after": c.after}
                                                         for c in snap.goal_changes if c.review_id == row.id],
            key="goal_id", items=lambda snap: ctx.goal_choices(), empty_text=self.tr("No goals yet."))
        self.service_ratings = RowsEditor(
            forms.REVIEW_SERVICE_RATING,
            lambda row, snap: [{"task_id": r.task_id, "performance": r.performance, "note": r.note}
                               for r in snap.service_ratings if r.review_id == row.id],
            key="task_id", items=lambda snap: [(t.id, short(t.description, 40)) for t in snap.tasks],
            empty_text=self.tr("No service rows (tasks) in the plan yet."))
        self.extras = PartsEditor({"scores": self.scores, "goal_changes": self.goal_changes,
                                   "service_ratings": self.service_ratings})

        def create(values: dict[str, Any], extra: Any) -> Any:
            outcome_records.clean_review_detail(extra["goal_changes"], extra["service_ratings"])  # before saving
            row = entries.add_review(vault, ctx.case_id, values, extra["scores"])
            outcome_records.set_review_detail(vault, row.id, extra["goal_changes"], extra["service_ratings"])
            return row

        def update(row_id: str, values: dict[str, Any], extra: Any) -> Any:
            outcome_records.clean_review_detail(extra["goal_changes"], extra["service_ratings"])
            row = entries.edit_kind(vault, "monitoring_review", row_id, values)
            entries.replace_scores(vault, "monitoring_review", row_id, extra["scores"])
            outcome_records.set_review_detail(vault, row_id, extra["goal_changes"], extra["service_ratings"])
            return row

        self.reviews = RecordSection(
            ctx, forms.MONITORING_REVIEW, rows=lambda snap: snap.reviews, extra=self.extras, table_height=120,
            columns=[Column(self.tr("Date"), lambda r: date_text(r.reviewed_on)),
                     Column(self.tr("Adherence"), lambda r: enum_text(Adherence, r.adherence)),
                     Column(self.tr("Decision"), lambda r: enum_text(ReviewDecision, r.decision)),
                     Column(self.tr("GAS T"), lambda r: t_score_text(ctx.snap, review_id=r.id)),
                     Column(self.tr("Notes"), lambda r: short(r.notes, 60), stretch=True)],
            create=create, update=update)
        self.chart = GasChart()
        self.chart.setObjectName("gasChart")
        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(scroll(self.reviews), 3)
        side = QVBoxLayout()
        side.addWidget(QLabel("<b>" + self.tr("GAS progress per goal") + "</b>", page))
        side.addWidget(scroll(self.chart), 1)
        note = QLabel(self.tr("GAS T-score: 50 means the goals were met as expected; above 50, better than expected."),
                      page)
        note.setWordWrap(True)
        note.setStyleSheet("color: #566573;")
        side.addWidget(note)
        row.addLayout(side, 2)
        return page

    def refresh_own(self) -> None:
        self.chart.set_data(gas_lines(self.ctx.snap), self.tr("No goals yet"))
