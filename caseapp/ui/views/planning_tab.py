"""계획수립: goals in the client's words with their GAS scale (−2..+2 described) as a tree (단기 goals under their
장기 goal, reordered with Alt+↑/↓ or the buttons), the service rows of the 서비스 제공 계획서, the resources the plan
links to, and the client's agreement to the plan with a signature drawn on screen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from caseapp.domain import forms
from caseapp.domain.service_plan import period_label, task_frequency
from caseapp.domain.vocab import GoalTerm, NeedArea, Stage, TaskPerformer
from caseapp.errors import UserError
from caseapp.i18n_text import current_language
from caseapp.services import entries, plan
from caseapp.ui.views.intake_tab import date_text, enum_text
from caseapp.ui.views.plan_agreement import agreement_section
from caseapp.ui.views.section_tab import Column, RecordSection, StageTab, scroll, short
from caseapp.ui.widgets.form_builder import label_text

SHORT_TERM_INDENT = "    └ "


class PlanningTab(StageTab):
    stage = Stage.PLANNING

    def build(self) -> QWidget:
        ctx = self.ctx
        vault = ctx.vault
        page, col = self.jump_page()
        self.goals = RecordSection(
            ctx, forms.GOAL, rows=lambda snap: snap.goals, table_height=150,
            columns=[Column("#", lambda g: ctx.snap.goal_numbers().get(g.id, "")),
                     Column(self.tr("Term"), lambda g: enum_text(GoalTerm, g.term)),
                     Column(self.tr("Goal"), self._goal_text, stretch=True),
                     Column(self.tr("Need area"), lambda g: enum_text(NeedArea, g.need_area)),
                     Column(self.tr("Target date"), lambda g: date_text(g.target_date))],
            create=lambda values, _x: entries.add(vault, ctx.case_id, "goal", values), parent=page)
        self._add_goal_buttons()
        col.addWidget(self.goals)
        self.tasks = RecordSection(
            ctx, forms.PLAN_TASK, rows=lambda snap: snap.tasks, table_height=120, form_columns=2,
            columns=[Column(self.tr("Goal"), lambda t: ctx.snap.goal_numbers().get(t.goal_id or "", "")),
                     Column(self.tr("Task"), lambda t: short(t.description, 40), stretch=True),
                     Column(self.tr("For whom"), lambda t: t.target_person),
                     Column(self.tr("Who"), lambda t: enum_text(TaskPerformer, t.performer)),
                     Column(self.tr("Resource"), lambda t: self._resource_name(t.resource_id)),
                     Column(self.tr("In charge"), lambda t: t.person_in_charge),
                     Column(self.tr("Period"), lambda t: period_label(t.starts_on, t.ends_on)),
                     Column(self.tr("Frequency"), lambda t: task_frequency(t, current_language())),
                     Column(self.tr("Priority"), lambda t: "" if t.priority is None else str(t.priority)),
                     Column(self.tr("Done"), lambda t: date_text(t.done_on))],
            create=lambda values, _x: entries.add(vault, ctx.case_id, "plan_task", values), parent=page)
        self.tasks.show_rows(6)  # a plan has several tasks: six in view at 1366×768 without scrolling the table
        col.addWidget(self.tasks)
        self.linked = QLabel(page)
        self.linked.setWordWrap(True)
        self.linked.setObjectName("linkedResources")
        col.addWidget(self.linked)
        self.agreements = agreement_section(ctx, page)
        col.addWidget(self.agreements)
        col.addStretch(1)
        self.jumps.add("goals", label_text(forms.GOAL.title), self.goals)
        self.jumps.add("tasks", label_text(forms.PLAN_TASK.title), self.tasks)
        self.jumps.add("agreement", label_text(forms.PLAN_AGREEMENT.title), self.agreements)
        return self.jumps.attach(scroll(page))

    # --- the goal tree ------------------------------------------------------------------------------------------

    def _add_goal_buttons(self) -> None:
        section = self.goals
        self.add_short_button = QPushButton(self.tr("New short-term goal"), section)
        self.add_short_button.setObjectName("addShortTermGoal")
        self.add_short_button.setToolTip(self.tr("A short-term goal under the selected long-term goal"))
        self.up_button = QPushButton(self.tr("Move up"), section)
        self.up_button.setObjectName("goalUp")
        self.up_button.setToolTip(self.tr("Alt+Up"))
        self.down_button = QPushButton(self.tr("Move down"), section)
        self.down_button.setObjectName("goalDown")
        self.down_button.setToolTip(self.tr("Alt+Down"))
        for button in (self.up_button, self.down_button, self.add_short_button):
            section.add_action_button(button)
        self.add_short_button.clicked.connect(self.new_short_term_goal)
        self.up_button.clicked.connect(lambda: self.move_goal(-1))
        self.down_button.clicked.connect(lambda: self.move_goal(+1))
        section.table.installEventFilter(self)  # Alt+↑/↓ on the goal table moves the selected goal
        section.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_goal_buttons())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.goals.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.modifiers() & Qt.KeyboardModifier.AltModifier \
                and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_goal(-1 if event.key() == Qt.Key.Key_Up else +1)
            return True
        return super().eventFilter(watched, event)

    def _goal_text(self, goal: Any) -> str:
        text = short(goal.statement, 64)
        return SHORT_TERM_INDENT + text if goal.parent_id else text

    def _selected_goal(self) -> Any | None:
        return self.goals.current_row()

    def new_short_term_goal(self) -> None:
        """A new goal under the selected 장기 goal (or under the 장기 goal of the selected 단기 goal)."""
        goal = self._selected_goal()
        if goal is None:
            return
        parent_id = goal.parent_id or goal.id
        self.goals.start_new()
        self.goals.form.set_values({"parent_id": parent_id})
        self.goals.form.editors["statement"].setFocus()

    def move_goal(self, step: int) -> None:
        goal = self._selected_goal()
        if goal is None or self.goals.has_unsaved_changes() and not self.goals.save():
            return
        try:
            moved = plan.move_goal(self.ctx.vault, goal.id, step)
        except UserError as exc:
            self.goals.form.show_error(exc)
            return
        if moved:
            self.ctx.reload()
            self.goals.table.setFocus()

    def _update_goal_buttons(self) -> None:
        selected = self._selected_goal() is not None
        for button in (self.add_short_button, self.up_button, self.down_button):
            button.setEnabled(selected)

    def _resource_name(self, resource_id: str | None) -> str:
        resource = self.ctx.snap.resources.get(resource_id or "")
        return resource.name if resource else ""

    def refresh_own(self) -> None:
        names = sorted(r.name for r in self.ctx.snap.resources.values())
        self.linked.setText(self.tr("Linked resources: %1").replace("%1", ", ".join(names) if names else "—"))
        if hasattr(self, "add_short_button"):
            self._update_goal_buttons()
