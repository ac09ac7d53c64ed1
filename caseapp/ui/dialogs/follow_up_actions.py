"""Marking a follow-up contact done, or putting it off with a reason, straight from the today list.

Both are small declared forms (``forms.FOLLOW_UP_DONE`` / ``forms.FOLLOW_UP_SNOOZE``) saved through the entries
service; a refused value shows inline and the dialog stays open with what was typed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from caseapp.domain import forms
from caseapp.domain.deadlines import Deadline
from caseapp.errors import UserError
from caseapp.services import entries
from caseapp.services.vault import Vault
from caseapp.ui.widgets.form_builder import FormWidget

SNOOZE_DAYS = 7  # a week on is the usual "try again"


class FollowUpActionDialog(QDialog):
    def __init__(self, title: str, spec: forms.FormSpec, deadline: Deadline, save: Callable[[dict[str, Any]], Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.deadline = deadline
        self.save_fn = save
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        about = QLabel(self.tr("%1 %2 · due %3").replace("%1", deadline.case_number)
                       .replace("%2", deadline.client_name).replace("%3", deadline.due.isoformat()), self)
        about.setStyleSheet("font-weight: bold;")
        layout.addWidget(about)
        self.form = FormWidget(spec, parent=self, show_form_help=False)
        layout.addWidget(self.form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def save(self) -> bool:
        try:
            self.save_fn(self.form.values())
        except UserError as exc:
            self.form.show_error(exc)
            return False
        self.accept()
        return True


def _open_dialog(title: str, spec: forms.FormSpec, deadline: Deadline, save: Callable[[dict[str, Any]], Any],
                 defaults: dict[str, Any], parent: QWidget | None) -> FollowUpActionDialog:
    assert deadline.ref_id is not None
    dialog = FollowUpActionDialog(title, spec, deadline, save, parent)
    dialog.form.set_values(defaults)
    return dialog


def done_dialog(vault: Vault, deadline: Deadline, parent: QWidget | None = None) -> FollowUpActionDialog:
    title = QCoreApplication.translate("FollowUpActionDialog", "Follow-up done")
    return _open_dialog(title, forms.FOLLOW_UP_DONE, deadline,
                        lambda values: entries.complete_follow_up(vault, str(deadline.ref_id), values),
                        {"done_on": date.today()}, parent)


def snooze_dialog(vault: Vault, deadline: Deadline, parent: QWidget | None = None) -> FollowUpActionDialog:
    title = QCoreApplication.translate("FollowUpActionDialog", "Postpone follow-up")
    return _open_dialog(title, forms.FOLLOW_UP_SNOOZE, deadline,
                        lambda values: entries.snooze_follow_up(vault, str(deadline.ref_id), values),
                        {"until": date.today() + timedelta(days=SNOOZE_DAYS)}, parent)
