"""계획수립: goals in the client's words with their GAS scale (−2..+2 described), tasks with who does them, and the
resources the plan links to."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from caseapp.domain import forms
from caseapp.domain.vocab import NeedArea, Stage, TaskPerformer
from caseapp.services import entries
from caseapp.ui.views.intake_tab import date_text, enum_text
from caseapp.ui.views.section_tab import Column, RecordSection, StageTab, scroll, short
from caseapp.ui.widgets.form_builder import label_text
from caseapp.ui.widgets.jump_bar import JumpBar


class PlanningTab(StageTab):
    stage = Stage.PLANNING

    def build(self) -> QWidget:
        ctx = self.ctx
        vault = ctx.vault
        page = QWidget()
        col = QVBoxLayout(page)
        self.jumps = JumpBar(page)
        col.addWidget(self.jumps)
        self.goals = RecordSection(
            ctx, forms.GOAL, rows=lambda snap: snap.goals, table_height=120,
            columns=[Column("#", lambda g: str(ctx.snap.goals.index(g) + 1) if g in ctx.snap.goals else ""),
                     Column(self.tr("Goal"), lambda g: short(g.statement, 70), stretch=True),
                     Column(self.tr("Need area"), lambda g: enum_text(NeedArea, g.need_area)),
                     Column(self.tr("Target date"), lambda g: date_text(g.target_date))],
            create=lambda values, _x: entries.add(vault, ctx.case_id, "goal", values), parent=page)
        col.addWidget(self.goals)
        self.tasks = RecordSection(
            ctx, forms.PLAN_TASK, rows=lambda snap: snap.tasks, table_height=120,
            columns=[Column(self.tr("Task"), lambda t: short(t.description, 50), stretch=True),
                     Column(self.tr("Who"), lambda t: enum_text(TaskPerformer, t.performer)),
                     Column(self.tr("Frequency"), lambda t: t.frequency),
                     Column(self.tr("Resource"), lambda t: self._resource_name(t.resource_id)),
                     Column(self.tr("Due"), lambda t: date_text(t.due_date)),
                     Column(self.tr("Done"), lambda t: date_text(t.done_on))],
            create=lambda values, _x: entries.add(vault, ctx.case_id, "plan_task", values), parent=page)
        self.tasks.show_rows(6)  # a plan has several tasks: six in view at 1366×768 without scrolling the table
        col.addWidget(self.tasks)
        self.linked = QLabel(page)
        self.linked.setWordWrap(True)
        self.linked.setObjectName("linkedResources")
        col.addWidget(self.linked)
        col.addStretch(1)
        self.jumps.add("goals", label_text(forms.GOAL.title), self.goals)
        self.jumps.add("tasks", label_text(forms.PLAN_TASK.title), self.tasks)
        return self.jumps.attach(scroll(page))

    def _resource_name(self, resource_id: str | None) -> str:
        resource = self.ctx.snap.resources.get(resource_id or "")
        return resource.name if resource else ""

    def refresh_own(self) -> None:
        names = sorted(r.name for r in self.ctx.snap.resources.values())
        self.linked.setText(self.tr("Linked resources: %1").replace("%1", ", ".join(names) if names else "—"))
