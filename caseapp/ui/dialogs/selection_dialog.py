"""Recording a 대상자 선정 decision: the declared form ``forms.CASE_SELECTION`` in a dialog, saved through the
selection service (집중사례 is offered only where the agency uses it)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from caseapp.domain import forms
from caseapp.domain.vocab import SelectionLevel
from caseapp.services.selection_decisions import agency_uses_intensive_level, record_selection
from caseapp.ui.dialogs.form_dialog import FormDialog
from caseapp.ui.views.section_tab import CaseContext
from caseapp.ui.widgets.form_builder import label_text


def conference_choices(ctx: CaseContext) -> list[tuple[str, str]]:
    """This case's conferences, newest first (the deciding one is usually the latest)."""
    title = label_text(forms.CASE_CONFERENCE.title)
    return [(c.id, f"{title} {c.held_on.isoformat()}")
            for c in sorted(ctx.snap.conferences, key=lambda c: c.held_on, reverse=True)]


class SelectionDialog(FormDialog):
    def __init__(self, ctx: CaseContext, parent: QWidget | None = None) -> None:
        about = QCoreApplication.translate("SelectionDialog", "Case %1 · %2").replace(
            "%1", ctx.snap.case.case_number).replace("%2", ctx.snap.client.name)
        title = QCoreApplication.translate("SelectionDialog", "Record selection decision")
        super().__init__(title, about, forms.CASE_SELECTION,
                         lambda values: record_selection(ctx.vault, ctx.case_id, values), parent,
                         references={"case_conference": lambda: conference_choices(ctx)}, show_form_help=True,
                         min_width=520)
        self.setObjectName("selectionDialog")
        if not agency_uses_intensive_level(ctx.vault):
            combo = self.form.editors["level"]
            combo.removeItem(combo.findData(SelectionLevel.INTENSIVE.value))  # type: ignore[attr-defined]
        self.form.set_values({"decided_on": date.today()})
