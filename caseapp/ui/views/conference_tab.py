"""사례회의 and 슈퍼비전: case conferences of any stage (kind, attendees by organisation, case summary, the
practitioner's view, discussion, decisions, plan change, next steps), supervision records, and the supervisor's
confirmation of the plan or a closing; each from its form declaration. Conferences and supervision records can be
signed and, once locked, amended with an addendum like any signed entry."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from caseapp.domain import forms
from caseapp.domain.vocab import ConferenceKind, ConfirmationTarget
from caseapp.services import conference_records, entries
from caseapp.ui.views.intake_tab import date_text, enum_text
from caseapp.ui.views.lazy_tab import LazyTab
from caseapp.ui.views.section_tab import CaseContext, Column, RecordSection, scroll, short
from caseapp.ui.widgets.rows_editor import RowsEditor


def muted_note(text: str, parent: QWidget) -> QLabel:
    note = QLabel(text, parent)
    note.setWordWrap(True)
    note.setStyleSheet("color: #566573;")
    return note


def attendee_rows(row: Any, snap: Any) -> list[dict[str, Any]]:
    return [{"name": a.name, "organisation": a.organisation, "role": a.role} for a in snap.attendees_of(row.id)]


def organisations(snap: Any, conference: Any) -> str:
    return ", ".join(dict.fromkeys(a.organisation for a in snap.attendees_of(conference.id) if a.organisation))


class ConferenceTab(LazyTab):
    """Not a stage tab: a conference can be held at any stage, so it has no stage checklist."""

    def __init__(self, ctx: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("tab_conferences")

    def populate(self) -> None:
        ctx = self.ctx
        vault = ctx.vault
        left = QWidget()
        col = QVBoxLayout(left)
        self.attendees = RowsEditor(forms.CONFERENCE_ATTENDEE, attendee_rows)
        self.conferences = RecordSection(
            ctx, forms.CASE_CONFERENCE, rows=lambda snap: snap.conferences, table_height=130, form_columns=1,
            extra=self.attendees,
            columns=[Column(self.tr("Date"), lambda c: date_text(c.held_on)),
                     Column(self.tr("Kind"), lambda c: enum_text(ConferenceKind, c.kind)),
                     Column(self.tr("Organisations"), lambda c: short(organisations(ctx.snap, c) or c.attendees, 40)),
                     Column(self.tr("Decisions"), lambda c: short(c.decisions, 60), stretch=True)],
            create=lambda values, attendees: conference_records.add_conference(vault, ctx.case_id, values, attendees),
            update=lambda row_id, values, attendees: conference_records.edit_conference(vault, row_id, values,
                                                                                        attendees),
            parent=left)
        col.addWidget(self.conferences)
        col.addWidget(muted_note(self.tr("Sign a conference record once the attendees have agreed it; a signed "
                                         "record is locked and corrected with an addendum."), left))
        col.addStretch(1)

        right = QWidget()
        side = QVBoxLayout(right)
        self.supervision = RecordSection(
            ctx, forms.SUPERVISION, rows=lambda snap: snap.supervision, table_height=100,
            columns=[Column(self.tr("Date"), lambda r: date_text(r.held_on)),
                     Column(self.tr("Supervisor"), lambda r: r.supervisor),
                     Column(self.tr("Topic"), lambda r: short(r.topic, 50), stretch=True)],
            create=lambda values, _x: entries.add(vault, ctx.case_id, "supervision", values), parent=right)
        side.addWidget(self.supervision)
        self.confirmations = RecordSection(
            ctx, forms.SUPERVISOR_CONFIRMATION, rows=lambda snap: snap.confirmations, table_height=90,
            signable=False,
            columns=[Column(self.tr("Confirms"), lambda c: enum_text(ConfirmationTarget, c.target)),
                     Column(self.tr("Confirmed by"), lambda c: c.confirmed_by),
                     Column(self.tr("Date"), lambda c: date_text(c.confirmed_on), stretch=True)],
            create=lambda values, _x: conference_records.confirm(vault, ctx.case_id, values),
            update=lambda row_id, values, _x: conference_records.edit_confirmation(vault, row_id, values),
            parent=right)
        side.addWidget(self.confirmations)
        side.addWidget(muted_note(self.tr("Where the agency signs with PKCS#12 certificates, the supervisor also "
                                          "co-signs the exported PDF with “caseapp cosign”."), right))
        side.addStretch(1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(scroll(left), 3)
        layout.addWidget(scroll(right), 2)
