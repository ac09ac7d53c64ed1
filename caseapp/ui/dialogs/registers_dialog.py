"""The privacy registers window (Tools ▸ Privacy registers): 파기 대장 with a button that prints it as a signed PDF
and one that destroys a case past retention (choosing whether to purge the backups), 제3자 제공 대장, and the
correction requests with their outcome. Plus the PDF dialogs it and the File menu open: the destruction register
and the client's own copy (본인 열람)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QInputDialog, QLabel, QMessageBox, QPushButton, QTabWidget, QVBoxLayout, QWidget,
)

from caseapp.domain.korean import fill
from caseapp.errors import UserError
from caseapp.services import corrections, register_documents, registers
from caseapp.services.vault import Vault
from caseapp.storage.models import Case
from caseapp.ui import background
from caseapp.ui.dialogs.pdf_document_dialog import PdfDocumentDialog
from caseapp.ui.i18n import error_text, language
from caseapp.ui.widgets.read_only_table import read_only_table


class RegistersDialog(QDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(self.tr("Privacy registers"))
        self.resize(1000, 560)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("registerTabs")
        self.print_button = QPushButton(self.tr("Save destruction register as signed PDF…"), self)
        self.print_button.setObjectName("printDestructionRegister")
        self.print_button.clicked.connect(self.print_destruction_register)
        self.answer_button = QPushButton(self.tr("Record outcome…"), self)
        self.answer_button.setObjectName("answerCorrection")
        self.answer_button.clicked.connect(self.answer_selected)
        self.destroy_button = QPushButton(self.tr("Destroy a case past retention…"), self)
        self.destroy_button.setObjectName("openDestroy")
        self.destroy_button.clicked.connect(self.destroy_case)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.destroy_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.answer_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(buttons)
        self.pdf_dialog: QDialog | None = None
        self.reload()

    def reload(self) -> None:
        lang = language()
        current = self.tabs.currentIndex()
        self.tabs.clear()
        destroyed = registers.destruction_register(self.vault)
        self.destruction_table = read_only_table(self, "destructionTable", [
            self.tr("Case"), self.tr("Destroyed"), self.tr("By"), self.tr("Data destroyed"), self.tr("Reason"),
            self.tr("Backups")], [
            [d.case_number, d.destroyed_at.astimezone().strftime("%Y-%m-%d %H:%M"), d.actor,
             registers.kinds_text(list(d.kinds or []), lang), registers.in_language(d.reason, lang),
             registers.backups_text(list(d.backups or []), lang).replace("\n", "; ")] for d in destroyed])
        self.tabs.addTab(self.destruction_table, self.tr("Destructions (%1)").replace("%1", str(len(destroyed))))
        given = registers.disclosures(self.vault)
        self.disclosure_table = read_only_table(self, "disclosureTable", [
            self.tr("Date"), self.tr("Case"), self.tr("Kind"), self.tr("Recipient"), self.tr("Items"),
            self.tr("Basis")], [
            [d.disclosed_at.astimezone().strftime("%Y-%m-%d"), d.case_number, registers.kind_text(d.kind, lang),
             d.recipient, d.items, registers.in_language(d.basis, lang) if d.consent_covered
             else self.tr("no consent: %1").replace("%1", registers.in_language(d.reason, lang))]
            for d in given])
        self.tabs.addTab(self.disclosure_table, self.tr("Disclosures (%1)").replace("%1", str(len(given))))
        self.requests = corrections.requests(self.vault)
        with self.vault.session() as s:
            numbers = {r.case_id: getattr(s.get(Case, r.case_id), "case_number", "") for r in self.requests}
        self.request_table = read_only_table(self, "correctionTable", [
            self.tr("Case"), self.tr("Received"), self.tr("Answer by"), self.tr("Request"), self.tr("Outcome")], [
            [numbers.get(r.case_id, ""), r.received_on.isoformat(), r.due_on.isoformat(), r.request,
             corrections.outcome_text(r.outcome, lang) + (f" ({r.outcome_on.isoformat()})" if r.outcome_on else "")]
            for r in self.requests])
        self.tabs.addTab(self.request_table, self.tr("Correction requests (%1)").replace(
            "%1", str(len(self.requests))))
        self.tabs.setCurrentIndex(max(0, current))

    def print_destruction_register(self) -> QDialog:
        dialog = DestructionRegisterDialog(self.vault, self)
        self.pdf_dialog = dialog
        dialog.open()
        return dialog

    def destroy_case(self) -> QDialog:
        dialog = DestroyDialog(self.vault, self)
        dialog.finished.connect(lambda *_: self.reload())
        self.pdf_dialog = dialog
        dialog.open()
        return dialog

    def answer_selected(self) -> bool:
        """The selected correction request's outcome, asked in two small steps."""
        self.tabs.setCurrentWidget(self.request_table)
        row = self.request_table.currentRow()
        if not 0 <= row < len(self.requests):
            QMessageBox.information(self, self.tr("Correction requests"), self.tr("Select a request first."))
            return False
        labels = [corrections.outcome_text(code, language()) for code in corrections.OUTCOMES]
        choice, ok = QInputDialog.getItem(self, self.tr("Outcome"), self.tr("What was done?"), labels, 0, False)
        if not ok:
            return False
        note, ok = QInputDialog.getText(self, self.tr("Outcome"), self.tr("What the client was told (needed for "
                                                                          "a refusal):"))
        if not ok:
            return False
        try:
            corrections.answer(self.vault, self.requests[row].id, list(corrections.OUTCOMES)[labels.index(choice)],
                               note=note)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Outcome"), error_text(exc))
            return False
        self.reload()
        return True


class DestructionRegisterDialog(PdfDocumentDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        self.vault = vault
        super().__init__(self.tr("Destruction register"),
                         self.tr("The register of destroyed personal data (파기 대장), signed like every record."),
                         "destruction-register.pdf", parent)

    def writer(self, target: Path, language: str) -> Callable[[background.Job], Path]:
        from caseapp.services import outputs
        outputs.guard(target)
        vault = self.vault
        return lambda job: register_documents.export_destruction_register(vault, target, language).path


class ClientCopyDialog(PdfDocumentDialog):
    """The client's own copy (File ▸ Client's own copy…), in plain Korean whatever the interface language."""

    def __init__(self, vault: Vault, case_id: str, parent: QWidget | None = None) -> None:
        self.vault, self.case_id = vault, case_id
        super().__init__(self.tr("Client's own copy"),
                         self.tr("Everything the file holds about this client, in plain Korean, signed: to hand "
                                 "to the client who asks to see their data (개인정보 보호법 제35조)."),
                         "client-copy.pdf", parent)
        self.language.setEnabled(False)  # the copy is written for the client: always Korean
        self.fields.addRow(QLabel(self.tr("Correction requests are recorded with File ▸ Correction request…"),
                                  self))

    def writer(self, target: Path, language: str) -> Callable[[background.Job], Path]:
        from caseapp.services import outputs
        from caseapp.services.client_copy import write_client_copy
        outputs.guard(target)
        vault, case_id = self.vault, self.case_id
        return lambda job: write_client_copy(vault, case_id, target).path



class DestroyDialog(QDialog):
    """Destroy a case past its retention period (the CLI's ``destroy``), with the choice to purge the backups."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit

        from caseapp.services import retention
        self.vault = vault
        self.job: background.Job | None = None
        self.setWindowTitle(self.tr("Destroy a case"))
        self.setMinimumWidth(560)
        self.case_combo = QComboBox(self)
        self.case_combo.setObjectName("destroyCase")
        for item in retention.past_retention(vault):
            kept = self.tr("kept until %1").replace("%1", item.retention_until.isoformat())
            self.case_combo.addItem(f"{item.case_number} · {item.client_name} ({kept})", item.case_id)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("destroyReason")
        self.reason_edit.setPlaceholderText(self.tr("default: retention period ended"))
        self.purge_check = QCheckBox(self.tr("Also remove it from existing backups (each backup is rewritten "
                                             "without it)"), self)
        self.purge_check.setObjectName("purgeBackups")
        self.purge_check.setChecked(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        warning = QLabel(self.tr("The case's personal data is removed for good; this cannot be undone. The case "
                                 "number, dates and a line in the destruction register remain."), self)
        warning.setWordWrap(True)
        self.destroy_button = QPushButton(self.tr("Destroy"), self)
        self.destroy_button.setObjectName("destroyButton")
        self.destroy_button.clicked.connect(self.start)
        self.destroy_button.setEnabled(self.case_combo.count() > 0)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        form = QFormLayout()
        form.addRow(self.tr("Case past retention"), self.case_combo)
        form.addRow(self.tr("Reason"), self.reason_edit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.destroy_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.purge_check)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        if self.case_combo.count() == 0:
            self.message.setText(self.tr("No case is past its retention period."))

    def start(self) -> background.Job | None:
        case_id = self.case_combo.currentData()
        if not case_id or (self.job is not None and self.job.running):
            return None
        vault, reason, purge = self.vault, self.reason_edit.text(), self.purge_check.isChecked()
        self.destroy_button.setEnabled(False)
        self.message.setText(self.tr("Destroying…"))
        self.job = background.start(lambda job: registers.destroy(vault, case_id, reason, purge_backups=purge),
                                    parent=self, on_success=self._done, on_error=self._failed)
        return self.job

    def _done(self, done: registers.Destroyed) -> None:
        purged = sum(1 for o in done.backups if o.purged_at)
        held = sum(1 for o in done.backups if o.held)
        self.message.setText(fill(self.tr("Case %1 destroyed. Removed from %2 backup(s); %3 backup(s) still hold it."),
                                  done.report.case_number, str(purged), str(held)))
        self.case_combo.removeItem(self.case_combo.currentIndex())
        self.destroy_button.setEnabled(self.case_combo.count() > 0)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, UserError):
            raise exc
        self.message.setText(error_text(exc))
        self.destroy_button.setEnabled(True)
