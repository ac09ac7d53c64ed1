"""사후관리: scheduled contacts and their results; reopening moves the case back (with a reason)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from caseapp.domain import forms
from caseapp.domain.vocab import FollowUpMethod, Stage
from caseapp.services import entries
from caseapp.ui.views.intake_tab import date_text, enum_text
from caseapp.ui.views.section_tab import Column, RecordSection, StageTab, scroll, short


class FollowUpTab(StageTab):
    stage = Stage.FOLLOW_UP
    reopen_requested = Signal()

    def build(self) -> QWidget:
        ctx = self.ctx
        vault = ctx.vault
        page = QWidget()
        col = QVBoxLayout(page)
        self.follow_ups = RecordSection(
            ctx, forms.FOLLOW_UP, rows=lambda snap: snap.follow_ups, table_height=150,
            columns=[Column(self.tr("Due"), lambda f: date_text(f.due_on)),
                     Column(self.tr("Method"), lambda f: enum_text(FollowUpMethod, f.method)),
                     Column(self.tr("Done"), lambda f: date_text(f.done_on)),
                     Column(self.tr("Result"), lambda f: short(f.result, 60), stretch=True),
                     Column(self.tr("Reopen"), lambda f: self.tr("yes") if f.reopen else "")],
            create=lambda values, _x: entries.add(vault, ctx.case_id, "follow_up", values), parent=page)
        col.addWidget(self.follow_ups)
        row = QHBoxLayout()
        self.reopen_hint = QLabel(page)
        self.reopen_hint.setWordWrap(True)
        self.reopen_hint.setStyleSheet("color: #9a7d0a;")
        row.addWidget(self.reopen_hint, 1)
        self.reopen_button = QPushButton(self.tr("Reopen case…"), page)
        self.reopen_button.setObjectName("reopenButton")
        self.reopen_button.clicked.connect(self.reopen_requested)
        row.addWidget(self.reopen_button)
        col.addLayout(row)
        col.addStretch(1)
        return scroll(page)

    def refresh_own(self) -> None:
        snap = self.ctx.snap
        closed = Stage(snap.case.stage).order >= Stage.TERMINATION.order
        self.reopen_button.setEnabled(closed)
        wants = any(f.reopen for f in snap.follow_ups)
        self.reopen_hint.setText(self.tr("A follow-up contact found that the case should be reopened.")
                                 if wants and closed else "")
