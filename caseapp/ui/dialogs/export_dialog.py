"""Export (Ctrl+E): one case or many to signed PDFs, off the GUI thread with progress and cancel; then open/print."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox, QDateEdit, QDialog, QFileDialog, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QProgressBar, QPushButton, QVBoxLayout, QWidget,
)

from caseapp import paths as app_paths
from caseapp.errors import UserError
from caseapp.services import cases as case_service
from caseapp.services.vault import Vault
from caseapp.ui import background
from caseapp.ui.dialogs.pdf_document_dialog import documents_folder, language_combo
from caseapp.ui.i18n import error_text, tr_label
from caseapp.ui.widgets.reason_fields import ReasonFields
from caseapp.ui.widgets.status import Tone, show_message


class ExportDialog(QDialog):
    finished_export = Signal(list)  # list of written paths

    def __init__(self, vault: Vault, case_ids: list[str], parent: QWidget | None = None, *,
                 print_after: bool = False) -> None:
        """``print_after``: Print record (Ctrl+P) — one case, written to the data folder's scratch space, then the
        print preview opens by itself."""
        super().__init__(parent)
        self.print_after = print_after and len(case_ids) == 1
        from caseapp.export.options import SECTIONS  # the PDF helper's section list (record_pdf)
        self.vault = vault
        self.case_ids = list(case_ids)
        self.job: background.Job | None = None
        self.written: list[Path] = []
        self.setWindowTitle(self.tr("Print record") if self.print_after else self.tr("Export PDF"))
        self.setMinimumWidth(640)
        single = len(self.case_ids) == 1
        if single:
            snap = case_service.snapshot(vault, self.case_ids[0])
            self.case_number = snap.case.case_number
            what = self.tr("Case %1 (%2)").replace("%1", snap.case.case_number).replace("%2", snap.client.name)
        else:
            self.case_number = ""
            what = self.tr("%1 cases, one PDF each").replace("%1", str(len(self.case_ids)))
        heading = QLabel(what, self)
        heading.setObjectName("export_heading")

        options = QGroupBox(self.tr("Contents"), self)
        grid = QGridLayout(options)
        self.section_checks: dict[str, QCheckBox] = {}
        for i, (key, label) in enumerate(SECTIONS.items()):
            check = QCheckBox(tr_label(label), options)
            check.setChecked(True)
            grid.addWidget(check, i // 3, i % 3)
            self.section_checks[key] = check
        self.range_check = QCheckBox(self.tr("Only records dated from"), self)
        self.date_from = QDateEdit(self)
        self.date_from.setCalendarPopup(True)
        self.date_from.setDisplayFormat("yyyy-MM-dd")
        self.date_from.setDate(date.today().replace(month=1, day=1))
        self.date_to = QDateEdit(self)
        self.date_to.setCalendarPopup(True)
        self.date_to.setDisplayFormat("yyyy-MM-dd")
        self.date_to.setDate(date.today())
        for w in (self.date_from, self.date_to):
            w.setEnabled(False)
            self.range_check.toggled.connect(w.setEnabled)
        range_row = QHBoxLayout()
        range_row.addWidget(self.range_check)
        range_row.addWidget(self.date_from)
        range_row.addWidget(QLabel(self.tr("to"), self))
        range_row.addWidget(self.date_to)
        range_row.addStretch(1)
        self.redacted_check = QCheckBox(self.tr("Redacted copy for sharing (resident no., phone, address masked)"),
                                        self)
        self.signed_check = QCheckBox(self.tr("Sign digitally"), self)
        self.signed_check.setChecked(True)
        self.visible_check = QCheckBox(self.tr("Visible signature stamp on the last page"), self)
        self.visible_check.setChecked(True)
        self.signed_check.toggled.connect(self.visible_check.setEnabled)
        self.language_combo = language_combo(self)
        self.reason_fields = ReasonFields(self)  # 접속기록: why the record leaves the program, before it is written

        self.target_edit = QLineEdit(self)
        self.target_edit.setObjectName("export_target")
        folder = app_paths.temp_dir() if self.print_after else documents_folder()
        if single:
            from caseapp.services.exports import safe_file_name
            self.target_edit.setText(str(folder / safe_file_name(self.case_number)))
        else:
            self.target_edit.setText(str(folder))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target_edit, 1)
        target_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language_combo)
        form.addRow(self.tr("Reason"), self.reason_fields)
        form.addRow(self.tr("Save to") if single else self.tr("Folder"), target_row)
        # Given outside the agency: a line in the disclosure register. Without a covering consent the reason's words
        # are its legal basis (one reason for both, as the CLI's --reason).
        self.recipient_edit = QLineEdit(self)
        self.recipient_edit.setObjectName("export_recipient")
        self.recipient_edit.setPlaceholderText(self.tr("empty: for the agency's own use"))
        form.addRow(self.tr("Given to"), self.recipient_edit)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("export_progress")
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.message = QLabel(self)
        self.message.setObjectName("export_message")
        self.message.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Print…") if self.print_after else self.tr("Export"), self)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.clicked.connect(self.open_result)
        self.print_button = QPushButton(self.tr("Print"), self)
        self.print_button.clicked.connect(self.print_result)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.accept)
        for b in (self.open_button, self.print_button):
            b.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(options)
        layout.addLayout(range_row)
        layout.addWidget(self.redacted_check)
        layout.addWidget(self.signed_check)
        layout.addWidget(self.visible_check)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    # --- options -------------------------------------------------------------------------------------------------

    def _browse(self) -> None:
        if len(self.case_ids) == 1:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF"), self.target_edit.text(), "PDF (*.pdf)")
        else:
            path = QFileDialog.getExistingDirectory(self, self.tr("Folder"), self.target_edit.text())
        if path:
            self.target_edit.setText(path)

    def options(self) -> object:
        from caseapp.export.options import ExportOptions
        chosen = tuple(k for k, c in self.section_checks.items() if c.isChecked())
        everything = len(chosen) == len(self.section_checks)
        return ExportOptions(
            sections=() if everything else chosen,
            date_from=self.date_from.date().toPython() if self.range_check.isChecked() else None,
            date_to=self.date_to.date().toPython() if self.range_check.isChecked() else None,
            redacted=self.redacted_check.isChecked(), signed=self.signed_check.isChecked(),
            visible_signature=self.visible_check.isChecked(), language=str(self.language_combo.currentData()))

    # --- running -------------------------------------------------------------------------------------------------

    def start_export(self) -> None:
        if self.job is not None and self.job.running:
            return
        if not any(c.isChecked() for c in self.section_checks.values()):
            show_message(self.message, self.tr("Choose at least one section."), Tone.ERROR)
            return
        try:
            options = self.options()
            purpose = self.reason_fields.purpose(printing=self.print_after)
        except UserError as exc:
            show_message(self.message, error_text(exc), Tone.ERROR)
            return
        target = Path(self.target_edit.text().strip()).expanduser()
        if not self.target_edit.text().strip():
            show_message(self.message, self.tr("Choose where to save."), Tone.ERROR)
            return
        from caseapp.services import exports, outputs
        vault, ids = self.vault, list(self.case_ids)
        recipient, reason = self.recipient_edit.text().strip(), purpose.text
        if recipient and not reason and not self._covered(recipient):
            show_message(self.message, self.tr("No consent of this client covers giving the record to %1. Write "
                                               "the legal basis beside the reason, then export again.")
                         .replace("%1", recipient), Tone.ERROR)
            self.reason_fields.text.setFocus()
            return
        try:  # the CLI's check, before any work: never onto the case file, its key or a backup
            if len(ids) == 1:
                outputs.guard(target)
            else:
                outputs.guard_folder(target)
        except UserError as exc:
            self.message.setText(error_text(exc))
            return

        def work(job: background.Job) -> list[Path]:
            if len(ids) == 1:
                result = exports.export_case(vault, ids[0], target, options, progress=job.report,  # type: ignore[arg-type]
                                             cancel=job.should_cancel, recipient=recipient, reason=reason,
                                             purpose=purpose)
                return [result.path]
            results = exports.export_many(vault, ids, target, options, progress=job.report,  # type: ignore[arg-type]
                                          cancel=job.should_cancel, recipient=recipient, reason=reason,
                                          purpose=purpose)
            return [r.path for r in results]

        self.export_button.setEnabled(False)
        self.open_button.setEnabled(False)
        self.print_button.setEnabled(False)
        self.progress.setValue(0)
        show_message(self.message, self.tr("Exporting…"), Tone.INFO)
        self.job = background.start(work, parent=self, on_success=self._done, on_error=self._failed,
                                    on_progress=self._progressed)

    def _covered(self, recipient: str) -> bool:
        """Does every chosen case have a consent that covers the recipient (checked before any work)?"""
        from caseapp.services import cases, registers
        return all(registers.consent_covers(list(cases.snapshot(self.vault, cid).consents), recipient).covered
                   for cid in self.case_ids)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setValue(int(100 * done / total) if total else 0)
        if len(self.case_ids) > 1:
            show_message(self.message, self.tr("Exporting %1 of %2…").replace("%1", str(min(done + 1, total)))
                         .replace("%2", str(total)), Tone.INFO)

    def _done(self, paths: list[Path]) -> None:
        self.written = paths
        self.progress.setValue(100)
        self.export_button.setEnabled(True)
        self.open_button.setEnabled(bool(paths))
        self.print_button.setEnabled(len(paths) == 1)
        where = str(paths[0]) if len(paths) == 1 else str(paths[0].parent) if paths else ""
        show_message(self.message, self.tr("Saved %1 PDF file(s) to %2").replace("%1", str(len(paths)))
                     .replace("%2", where), Tone.SUCCESS)
        self.finished_export.emit(paths)
        if self.print_after:
            self.print_result()

    def _failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        if not isinstance(exc, UserError):
            raise exc
        self.progress.setValue(0)
        show_message(self.message, error_text(exc), Tone.ERROR)
        self.finished_export.emit([])

    def cancel(self) -> None:
        if self.job is not None and self.job.running:
            self.job.cancel()
            show_message(self.message, self.tr("Cancelling…"), Tone.INFO)
            return
        self.reject()

    def reject(self) -> None:
        if self.job is not None and self.job.running:
            self.job.cancel()  # files already written stay; the dialog closes once the current step ends
        super().reject()

    # --- after ---------------------------------------------------------------------------------------------------

    def open_result(self) -> None:
        if not self.written:
            return
        target = self.written[0] if len(self.written) == 1 else self.written[0].parent
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def print_result(self) -> None:
        """Qt's print preview of the written PDF (no external viewer or ``lp``); without a printer, offers a copy."""
        from caseapp.ui.dialogs.print_preview import print_pdf
        if len(self.written) == 1:
            print_pdf(self, self.written[0])
