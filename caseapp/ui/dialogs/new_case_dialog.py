"""New case (Ctrl+N): client details and intake, built from ``forms.CLIENT`` and ``forms.INTAKE``."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QGroupBox, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget,
)

from caseapp.domain import forms
from caseapp.domain.intake_rules import check_client
from caseapp.errors import UserError
from caseapp.services import cases as case_service
from caseapp.services.vault import Vault
from caseapp.ui.i18n import tr_label
from caseapp.ui.widgets.form_builder import DraftBanner, DraftKeeper, FormWidget

DRAFT_KEY_CLIENT = "new_case:client"
DRAFT_KEY_INTAKE = "new_case:intake"


class NewCaseDialog(QDialog):
    created = Signal(str)  # new case id

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.case_id = ""
        self.setWindowTitle(self.tr("New case"))
        self.resize(1100, 640)
        self.client_form = FormWidget(forms.CLIENT, parent=self)
        self.intake_form = FormWidget(forms.INTAKE, parent=self)
        self.client_keeper = DraftKeeper(vault, self.client_form, None, DRAFT_KEY_CLIENT, self)
        self.intake_keeper = DraftKeeper(vault, self.intake_form, None, DRAFT_KEY_INTAKE, self)
        self.client_banner = DraftBanner(self.client_keeper, self)
        self.intake_banner = DraftBanner(self.intake_keeper, self)
        client_box = QGroupBox(tr_label(forms.CLIENT.title), self)
        client_layout = QVBoxLayout(client_box)
        client_layout.addWidget(self.client_banner)
        client_layout.addWidget(self.client_form)
        client_layout.addStretch(1)
        intake_box = QGroupBox(tr_label(forms.INTAKE.title), self)
        intake_layout = QVBoxLayout(intake_box)
        intake_layout.addWidget(self.intake_banner)
        intake_layout.addWidget(self.intake_form)
        intake_layout.addStretch(1)
        body = QWidget(self)
        columns = QHBoxLayout(body)
        columns.addWidget(client_box, 1)
        columns.addWidget(intake_box, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Open case"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.client_banner.check()
        self.intake_banner.check()
        first = self.client_form.editors["name"]
        first.setFocus()

    def has_unsaved_changes(self) -> bool:
        return self.client_form.is_dirty() or self.intake_form.is_dirty()

    def save_draft(self) -> None:
        self.client_keeper.save_now()
        self.intake_keeper.save_now()

    def save(self) -> None:
        self.client_form.clear_error()
        self.intake_form.clear_error()
        client_values = self.client_form.values()
        intake_values = self.intake_form.values()
        try:
            check_client(forms.validate(forms.CLIENT, client_values))  # its own errors show on its own form
        except UserError as exc:
            self.client_form.show_error(exc)
            return
        from caseapp.ui.views.consent_tools import confirm_resident_number
        if not confirm_resident_number(self, client_values):
            return  # back to the form to check the number
        try:
            case = case_service.open_case(self.vault, client_values, intake_values)
        except UserError as exc:
            self.intake_form.show_error(exc)
            return
        self.case_id = case.id
        self.client_keeper.discard()
        self.intake_keeper.discard()
        self.client_form.mark_clean()
        self.intake_form.mark_clean()
        self.created.emit(case.id)
        self.accept()

    def reject(self) -> None:
        # Cancel keeps nothing only when asked to: typed text stays as a draft for next time.
        if self.has_unsaved_changes():
            self.save_draft()
        super().reject()
