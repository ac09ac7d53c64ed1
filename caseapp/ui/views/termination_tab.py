"""종결: reason, final GAS per goal, the closing assessment compared with intake, and the follow-up plan."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from caseapp.domain import forms
from caseapp.domain.deadlines import follow_up_dates, still_to_plan
from caseapp.domain.vocab import AssessmentKind, FollowUpMethod, NeedArea, Stage, TerminationReason
from caseapp.errors import UserError
from caseapp.services import entries, outcome_records
from caseapp.services.cases import CaseSnapshot
from caseapp.ui.views.assessment_tab import assessment_name, intake_vs
from caseapp.ui.views.intake_tab import date_text, enum_text
from caseapp.ui.views.monitoring_tab import ScoresEditor, t_score_text
from caseapp.ui.views.section_tab import CaseContext, Column, RecordSection, StageTab, scroll, short
from caseapp.ui.widgets.rows_editor import RowsEditor
from caseapp.ui.widgets.charts import RadarChart
from caseapp.ui.widgets.form_builder import DraftPart, FormWidget, label_text

DEFAULT_SCHEDULE = {"every_months": 1, "count": 3, "method": FollowUpMethod.PHONE.value}  # monthly for 3 months


class ClosingEditor(DraftPart):
    """Which assessment is the closing one, and the final GAS score of each goal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.assessment = QComboBox(self)
        self.assessment.setObjectName("closingAssessment")
        self.assessment.currentIndexChanged.connect(self._user_edit)
        form.addRow(self.tr("Closing assessment"), self.assessment)
        layout.addLayout(form)
        self.scores = ScoresEditor(self.tr("Final GAS score per goal"), self, which="termination")
        self.scores.edited.connect(self._user_edit)
        layout.addWidget(self.scores)
        self.outcomes = RowsEditor(
            forms.TERMINATION_GOAL_OUTCOME,
            lambda row, snap: [{"goal_id": o.goal_id, "outcome": o.outcome, "note": o.note}
                               for o in snap.goal_outcomes if o.termination_id == row.id],
            key="goal_id", items=lambda snap: [(g.id, f"{i}. {short(g.statement, 40)}")
                                               for i, g in enumerate(snap.goals, 1)],
            empty_text=self.tr("No goals yet."), parent=self)
        self.outcomes.edited.connect(self._user_edit)
        layout.addWidget(self.outcomes)

    def _fill(self, snap: CaseSnapshot) -> None:
        current = self.assessment.currentData()
        self.assessment.blockSignals(True)
        self.assessment.clear()
        self.assessment.addItem("—", None)
        for view in snap.assessments:
            self.assessment.addItem(assessment_name(view), view.assessment.id)
        self.assessment.setCurrentIndex(max(self.assessment.findData(current), 0))
        self.assessment.blockSignals(False)

    def load(self, row: Any | None, snap: CaseSnapshot) -> None:
        self._fill(snap)
        self.scores.load(row, snap)
        self.outcomes.load(row, snap)
        if row is not None:
            chosen = row.closing_assessment_id
        else:  # suggest the newest closing assessment
            closing = [v for v in snap.assessments if v.assessment.kind == AssessmentKind.CLOSING.value]
            chosen = closing[-1].assessment.id if closing else None
        self._loading = True
        self.assessment.setCurrentIndex(max(self.assessment.findData(chosen), 0))
        self._loading = False

    def raw_values(self) -> dict[str, Any]:
        return {"closing_assessment_id": self.assessment.currentData(), "scores": self.scores.raw_values(),
                "goal_outcomes": self.outcomes.raw_values()}

    def mark_clean(self) -> None:
        super().mark_clean()
        self.outcomes.mark_clean()

    def values(self) -> dict[str, Any]:
        return self.raw_values()

    def set_raw_values(self, values: Any) -> None:
        self._loading = True
        self.assessment.setCurrentIndex(max(self.assessment.findData((values or {}).get("closing_assessment_id")), 0))
        self._loading = False
        self.scores.set_raw_values((values or {}).get("scores") or {})
        self.outcomes.set_raw_values((values or {}).get("goal_outcomes") or [])

    def set_read_only(self, read_only: bool) -> None:
        self.assessment.setEnabled(not read_only)
        self.scores.set_read_only(read_only)
        self.outcomes.set_read_only(read_only)


class FollowUpSchedule(QGroupBox):
    """The termination's follow-up plan as contacts on the calendar: every N months, so many times, from the
    closing date; the dates show before they are made, and land in the 사후관리 tab and the today list."""

    def __init__(self, ctx: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(label_text(forms.FOLLOW_UP_SCHEDULE.title), parent)
        self.ctx = ctx
        self.setObjectName("followUpSchedule")
        layout = QVBoxLayout(self)
        self.form = FormWidget(forms.FOLLOW_UP_SCHEDULE, parent=self, columns=3)
        self.form.set_values(DEFAULT_SCHEDULE)
        self.form.edited.connect(self.refresh)
        layout.addWidget(self.form)
        row = QHBoxLayout()
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setStyleSheet("color: #566573;")
        row.addWidget(self.preview, 1)
        self.create_button = QPushButton(self.tr("Plan these contacts"), self)
        self.create_button.setObjectName("planFollowUps")
        self.create_button.clicked.connect(self.create)
        row.addWidget(self.create_button)
        layout.addLayout(row)
        ctx.reloaded.connect(self.refresh)
        self.refresh()

    def closed_on(self) -> Any:
        dates = [t.terminated_on for t in self.ctx.snap.terminations]
        return max(dates) if dates else None

    def planned_dates(self) -> list[Any]:
        closed, every, count = self.closed_on(), self.form.value("every_months"), self.form.value("count")
        if closed is None or not every or not count:
            return []
        planned = [f.due_on for f in self.ctx.snap.follow_ups]
        return still_to_plan(follow_up_dates(closed, every, count), planned, date.today())

    def plan_of_latest(self) -> None:
        """The contact plan typed on the termination (every N months, so many times) fills the schedule."""
        terms = sorted(self.ctx.snap.terminations, key=lambda t: t.terminated_on)
        if not terms or self.form.is_dirty():
            return
        plan = {k: getattr(terms[-1], f"follow_up_{k}") for k in ("every_months", "count")}
        if all(plan.values()):
            self.form.set_values(DEFAULT_SCHEDULE | plan)

    def refresh(self) -> None:
        self.plan_of_latest()
        closed = self.closed_on()
        dates = self.planned_dates()
        if closed is None:
            text = self.tr("Save the termination first: the contacts are counted from its date.")
        elif dates:
            text = self.tr("Will plan: %1").replace("%1", ", ".join(d.isoformat() for d in dates))
        else:
            text = self.tr("Nothing left to plan: these dates have passed or have a contact near them "
                           "(see the Follow-up tab).")
        self.preview.setText(text)
        self.create_button.setEnabled(bool(dates))

    def create(self) -> bool:
        try:
            made = entries.schedule_follow_ups(self.ctx.vault, self.ctx.case_id, self.form.values())
        except UserError as exc:
            self.form.show_error(exc)
            return False
        self.form.clear_error()
        self.ctx.reload()
        self.ctx.message.emit(self.tr("%1 follow-up contacts planned").replace("%1", str(len(made))))
        return True


class TerminationTab(StageTab):
    stage = Stage.TERMINATION

    def build(self) -> QWidget:
        ctx = self.ctx
        vault = ctx.vault
        self.closing = ClosingEditor()

        def create(values: dict[str, Any], extra: Any) -> Any:
            outcome_records.clean_goal_outcomes(extra["goal_outcomes"])  # a bad line saves nothing
            row = entries.add_termination(vault, ctx.case_id, values, final_scores=extra["scores"],
                                          closing_assessment_id=extra["closing_assessment_id"])
            outcome_records.set_goal_outcomes(vault, row.id, extra["goal_outcomes"])
            return row

        def update(row_id: str, values: dict[str, Any], extra: Any) -> Any:
            outcome_records.clean_goal_outcomes(extra["goal_outcomes"])
            row = entries.edit_kind(vault, "termination", row_id, values)
            entries.replace_scores(vault, "termination", row_id, extra["scores"], extra["closing_assessment_id"])
            outcome_records.set_goal_outcomes(vault, row_id, extra["goal_outcomes"])
            return row

        self.section = RecordSection(
            ctx, forms.TERMINATION, rows=lambda snap: snap.terminations, extra=self.closing, table_height=80,
            select_latest=True,
            columns=[Column(self.tr("Closed on"), lambda t: date_text(t.terminated_on)),
                     Column(self.tr("Reason"), lambda t: enum_text(TerminationReason, t.reason)),
                     Column(self.tr("Final GAS T"), lambda t: t_score_text(ctx.snap, termination_id=t.id))],
            create=create, update=update)
        self.closing.assessment.currentIndexChanged.connect(self.refresh_own)
        self.radar = RadarChart()
        self.radar.setObjectName("closingRadar")
        self.changes = QLabel()
        self.changes.setWordWrap(True)
        left = QWidget()
        left_col = QVBoxLayout(left)
        left_col.setContentsMargins(0, 0, 0, 0)
        left_col.addWidget(self.section)
        self.schedule = FollowUpSchedule(ctx, left)
        left_col.addWidget(self.schedule)
        left_col.addStretch(1)
        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(scroll(left), 3)
        side = QVBoxLayout()
        side.addWidget(QLabel("<b>" + self.tr("Intake compared with the closing assessment") + "</b>", page))
        side.addWidget(self.radar, 1)
        side.addWidget(self.changes)
        row.addLayout(side, 2)
        return page

    def refresh_own(self) -> None:
        snap = self.ctx.snap
        chosen_id = self.closing.assessment.currentData()
        chosen = next((v for v in snap.assessments if v.assessment.id == chosen_id), None)
        series = intake_vs(snap, chosen)
        self.radar.set_data([label_text(a.label) for a in NeedArea], series, self.tr("No assessment yet"))
        lines = []
        if len(series) == 2:
            for area, before, after in zip(NeedArea, series[0].values, series[1].values):
                if before is not None and after is not None and before != after:
                    lines.append(f"{label_text(area.label)} {before} → {after}")
        self.changes.setText(self.tr("Changed: %1").replace("%1", ", ".join(lines)) if lines else "")
