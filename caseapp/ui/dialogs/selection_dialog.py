"""Recording a 대상자 선정 decision: the declared form ``forms.CASE_SELECTION`` in a dialog, saved through the
selection service; a refused value shows inline and the dialog stays open with what was typed."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from caseapp.domain import forms
from caseapp.domain.vocab import SelectionLevel
from caseapp.errors import UserError
from caseapp.services.selection_decisions import agency_uses_intensive_level, record_selection
from caseapp.storage.models import CaseSelection
from caseapp.ui.views.section_tab import CaseContext
from caseapp.ui.widgets.form_builder import FormWidget, label_text


def conference_choices(ctx: CaseContext) -> list[tuple[str, str]]:
    """This case's conferences, newest first (the deciding one is usually the latest)."""
    title = label_text(forms.CASE_CONFERENCE.title)
    return [(c.id, f"{title} {c.held_on.isoformat()}")
            for c in sorted(ctx.snap.conferences, key=lambda c: c.held_on, reverse=True)]


class SelectionDialog(QDialog):
    def __init__(self, ctx: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved: CaseSelection | None = None
        self.setObjectName("selectionDialog")
        self.setWindowTitle(self.tr("Record selection decision"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        about = QLabel(self.tr("Case %1 · %2").replace("%1", ctx.snap.case.case_number)
                       .replace("%2", ctx.snap.client.name), self)
        about.setStyleSheet("font-weight: bold;")
        layout.addWidget(about)
        self.form = FormWidget(forms.CASE_SELECTION, {"case_conference": lambda: conference_choices(ctx)}, self)
        self.form.refresh_references()
        if not agency_uses_intensive_level(ctx.vault):  # the level exists only where the agency uses it
            combo = self.form.editors["level"]
            combo.removeItem(combo.findData(SelectionLevel.INTENSIVE.value))  # type: ignore[attr-defined]
        self.form.set_values({"decided_on": date.today()})
        layout.addWidget(self.form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def save(self) -> bool:
        try:
            self.saved = record_selection(self.ctx.vault, self.ctx.case_id, self.form.values())
        except UserError as exc:
            self.form.show_error(exc)
            return False
        self.accept()
        return True
