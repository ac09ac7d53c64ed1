"""First run: passphrase, practitioner and agency; then the recovery key, printed or written down."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QMessageBox, QPushButton,
    QStackedWidget, QVBoxLayout, QWidget,
)

from caseapp.errors import UserError
from caseapp.services.setup import initialise
from caseapp.services.vault import Vault
from caseapp.ui import background
from caseapp.ui.i18n import error_text
from caseapp.ui.widgets.button_row import right_aligned
from caseapp.ui.widgets.passphrase_fields import NewPassphraseFields
from caseapp.ui.widgets.status import Tone, show_message


def print_recovery_key(parent: QWidget, recovery_key: str, practitioner: str, agency: str) -> bool:
    """Print the recovery key on one page; return True if it was sent to a printer."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("SetupDialog", "Print the recovery key"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    doc = QTextDocument()
    doc.setDefaultFont(QFont(parent.font().family(), 12))
    title = QCoreApplication.translate("SetupDialog", "caseapp recovery key")
    explain = QCoreApplication.translate(
        "SetupDialog", "Keep this page somewhere safe. With it you can open the case file if the passphrase is "
        "forgotten. Anyone holding it and the file can read every case.")
    doc.setHtml(f"<h2>{escape(title)}</h2><p>{escape(agency)} · {escape(practitioner)}</p>"
                f"<p style='font-size:20pt; font-family:monospace'>{escape(recovery_key)}</p><p>{escape(explain)}</p>")
    doc.print_(printer)
    return True


class SetupDialog(QDialog):
    """Creates the encrypted case file. After ``exec()`` returns Accepted, ``vault`` is open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome"))  # the platform appends " — caseapp"
        self.setMinimumWidth(560)
        self.vault: Vault | None = None
        self.recovery_key = ""
        self.job: background.Job | None = None
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._details_page())
        self.pages.addWidget(self._recovery_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    # --- page 1 --------------------------------------------------------------------------------------------------

    def _details_page(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(self.tr("caseapp keeps every case in one encrypted file on this computer. Choose a passphrase "
                               "to lock it; nobody can open the file without it."), page)
        intro.setWordWrap(True)
        self.passphrase = NewPassphraseFields(page)
        self.name_edit = QLineEdit(page)
        self.name_edit.setObjectName("practitioner_name")
        self.agency_edit = QLineEdit(page)
        self.agency_edit.setObjectName("agency_name")
        self.demo_check = QCheckBox(self.tr("Add demo cases to try things out (fictional people)"), page)
        self.passphrase.add_row(self.tr("Your name"), self.name_edit)
        self.passphrase.add_row(self.tr("Agency"), self.agency_edit)
        self.error_label = QLabel(page)
        self.error_label.setWordWrap(True)
        self.create_button = QPushButton(self.tr("Create the case file"), page)
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_vault)
        cancel = QPushButton(self.tr("Quit"), page)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.demo_check)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addLayout(right_aligned(cancel, self.create_button))
        chain = [self.passphrase.passphrase, self.passphrase.confirm, self.name_edit, self.agency_edit,
                 self.demo_check, self.create_button, cancel]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        return page

    def problem(self) -> str:
        if problem := self.passphrase.problem():
            return problem
        if not self.name_edit.text().strip():
            return self.tr("Enter your name.")
        if not self.agency_edit.text().strip():
            return self.tr("Enter the agency's name.")
        return ""

    def create_vault(self) -> None:
        if problem := self.problem():
            show_message(self.error_label, problem, Tone.ERROR)
            return
        show_message(self.error_label, self.tr("Creating the encrypted file…"), Tone.INFO)
        self.create_button.setEnabled(False)
        passphrase, name, agency = self.passphrase.value(), self.name_edit.text(), self.agency_edit.text()
        self.job = background.start(lambda job: initialise(passphrase, name, agency, until_shown=True),
                                    on_success=self._created, on_error=self._failed, parent=self)

    def _failed(self, exc: BaseException) -> None:
        self.create_button.setEnabled(True)
        if isinstance(exc, UserError):
            show_message(self.error_label, error_text(exc), Tone.ERROR)
            return
        raise exc

    def _created(self, result: tuple[Vault, str]) -> None:
        self.vault, self.recovery_key = result
        self.key_label.setText(self.recovery_key)
        self.pages.setCurrentIndex(1)
        self.written_check.setFocus()

    # --- page 2 --------------------------------------------------------------------------------------------------

    def _recovery_page(self) -> QWidget:
        page = QWidget(self)
        explain = QLabel(self.tr("This is your recovery key. If you forget the passphrase, it is the ONLY way to open "
                                 "your cases. Print it or write it down and keep it locked away; it is shown only "
                                 "now."), page)
        explain.setWordWrap(True)
        self.key_label = QLabel(page)
        self.key_label.setObjectName("recovery_key")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        key_font = QFont("monospace", 16)
        key_font.setStyleHint(QFont.StyleHint.Monospace)
        self.key_label.setFont(key_font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setStyleSheet("padding: 12px; border: 1px solid #888; background: #fffbe6")
        self.print_button = QPushButton(self.tr("Print…"), page)
        self.print_button.clicked.connect(
            lambda: print_recovery_key(self, self.recovery_key, self.name_edit.text(), self.agency_edit.text()))
        self.written_check = QCheckBox(self.tr("I have written down or printed the recovery key"), page)
        self.finish_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, page)
        self.finish_button = self.finish_buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.finish_button.setText(self.tr("Continue"))
        self.finish_button.setEnabled(False)
        self.written_check.toggled.connect(self.finish_button.setEnabled)
        self.finish_buttons.accepted.connect(self.finish)
        layout = QVBoxLayout(page)
        layout.addWidget(explain)
        layout.addWidget(self.key_label)
        layout.addLayout(right_aligned(self.print_button))
        layout.addWidget(self.written_check)
        layout.addStretch(1)
        layout.addWidget(self.finish_buttons)
        return page

    def finish(self) -> None:
        if self.vault is not None and self.written_check.isChecked():
            try:
                self.vault.finish_setup()  # only now the folder counts as set up (killed before: setup again)
            except (UserError, OSError):
                pass  # a full disk: the next start warns that the key was never confirmed and offers a new one
            self.accept()

    def wants_demo_data(self) -> bool:
        return self.demo_check.isChecked()

    def reject(self) -> None:
        if self.vault is not None:
            # The file exists now: leaving without confirming the key would strand the user without recovery.
            QMessageBox.information(self, self.windowTitle(),
                                    self.tr("Please write down the recovery key and tick the box to continue."))
            return
        super().reject()
