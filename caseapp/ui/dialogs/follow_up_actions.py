"""Marking a follow-up contact done, or putting it off with a reason, straight from the today list.

Both are small declared forms (``forms.FOLLOW_UP_DONE`` / ``forms.FOLLOW_UP_SNOOZE``) saved through the entries
service; a refused value shows inline and the dialog stays open with what was typed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from caseapp.domain import forms
from caseapp.domain.deadlines import Deadline
from caseapp.services import entries
from caseapp.services.vault import Vault
from caseapp.ui.dialogs.form_dialog import FormDialog

SNOOZE_DAYS = 7  # a week on is the usual "try again"


class FollowUpActionDialog(FormDialog):
    def __init__(self, title: str, spec: forms.FormSpec, deadline: Deadline, save: Callable[[dict[str, Any]], Any],
                 parent: QWidget | None = None) -> None:
        about = QCoreApplication.translate("FollowUpActionDialog", "%1 %2 · due %3").replace(
            "%1", deadline.case_number).replace("%2", deadline.client_name).replace("%3", deadline.due.isoformat())
        super().__init__(title, about, spec, save, parent)
        self.deadline = deadline


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
