"""사례회의: case conferences of any stage (date, kind, attendees, agenda, discussion, decisions, next steps), from
the one form declaration; each can be signed and, once locked, amended with an addendum like any signed entry."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from caseapp.domain import forms
from caseapp.domain.vocab import ConferenceKind
from caseapp.services import entries
from caseapp.ui.views.intake_tab import date_text, enum_text
from caseapp.ui.views.section_tab import CaseContext, Column, RecordSection, scroll, short


class ConferenceTab(QWidget):
    """Not a stage tab: a conference can be held at any stage, so it has no stage checklist."""

    def __init__(self, ctx: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("tab_conferences")
        page = QWidget()
        col = QVBoxLayout(page)
        self.conferences = RecordSection(
            ctx, forms.CASE_CONFERENCE, rows=lambda snap: snap.conferences, table_height=130, form_columns=1,
            columns=[Column(self.tr("Date"), lambda c: date_text(c.held_on)),
                     Column(self.tr("Kind"), lambda c: enum_text(ConferenceKind, c.kind)),
                     Column(self.tr("Attendees"), lambda c: short(c.attendees, 40)),
                     Column(self.tr("Decisions"), lambda c: short(c.decisions, 60), stretch=True)],
            create=lambda values, _x: entries.add(ctx.vault, ctx.case_id, "case_conference", values), parent=page)
        col.addWidget(self.conferences)
        note = QLabel(self.tr("Sign a conference record once the attendees have agreed it; a signed record is "
                              "locked and corrected with an addendum."), page)
        note.setWordWrap(True)
        note.setStyleSheet("color: #566573;")
        col.addWidget(note)
        col.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(scroll(page))
