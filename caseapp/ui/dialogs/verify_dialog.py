"""Checking a signed PDF (the CLI's ``verify``) from the window: who signed it, when, whether it is unchanged since,
and whether the signer is one this installation trusts, in plain words. Same service as the CLI
(:func:`caseapp.services.exports.verify_file`), run off the GUI thread."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTextBrowser, QVBoxLayout, QWidget,
)

from caseapp.errors import UserError
from caseapp.export.verify import SignatureReport, VerifyReport
from caseapp.services import checkup, exports
from caseapp.services.integrity import Problem
from caseapp.services.vault import Vault
from caseapp.ui import background
from caseapp.ui.dialogs.pdf_document_dialog import ERROR_COLOUR, documents_folder
from caseapp.ui.i18n import error_text, language

VALID_COLOUR = "#1e8449"


def _verify_with_anchor(vault: Vault, path: Path) -> "tuple[VerifyReport, list[Problem]]":
    """The signature report, and what the PDF's audit anchor says about this case file's trail (nothing for a PDF
    without one, e.g. a partner agency's)."""
    report = exports.verify_file(vault, path)
    problems = checkup.anchor_problems(vault, path, report)
    return report, [p for p in problems if p.code != "anchor_missing"]


class VerifyDialog(QDialog):
    checked = Signal(object)  # the VerifyReport

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.job: background.Job | None = None
        self.report: VerifyReport | None = None
        self.setWindowTitle(self.tr("Verify a signed PDF"))
        self.resize(640, 460)
        intro = QLabel(self.tr("Choose a PDF exported by caseapp (or by a partner agency whose root certificate "
                               "you imported) to see who signed it, when, and whether it is unchanged."), self)
        intro.setWordWrap(True)
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("verify_path")
        self.path_edit.setPlaceholderText(self.tr("PDF file"))
        browse = QPushButton(self.tr("Choose PDF…"), self)
        browse.clicked.connect(self.choose)
        self.check_button = QPushButton(self.tr("Check"), self)
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.start)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        row.addWidget(self.check_button)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("verify_verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.details = QTextBrowser(self)
        self.details.setObjectName("verify_details")
        self.details.setOpenLinks(False)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.verdict)
        layout.addWidget(self.details, 1)
        layout.addLayout(bottom)

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Verify a signed PDF"), str(documents_folder()),
                                              "PDF (*.pdf)")
        if path:
            self.path_edit.setText(path)
            self.start()

    def start(self) -> background.Job | None:
        raw = self.path_edit.text().strip()
        if not raw:
            self._say(self.tr("Choose a PDF file first."), ok=False)
            return None
        if self.job is not None and self.job.running:
            return None
        path, vault = Path(raw).expanduser(), self.vault
        self.check_button.setEnabled(False)
        self.verdict.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.verdict.setText(self.tr("Checking…"))
        self.details.clear()
        self.job = background.start(lambda job: _verify_with_anchor(vault, path), parent=self,
                                    on_success=self._show, on_error=self._failed)
        return self.job

    def _say(self, text: str, *, ok: bool) -> None:
        colour = VALID_COLOUR if ok else ERROR_COLOUR
        self.verdict.setStyleSheet(f"font-size: 15px; font-weight: bold; color: {colour};")
        self.verdict.setText(text)

    def _failed(self, exc: BaseException) -> None:
        self.check_button.setEnabled(True)
        if not isinstance(exc, UserError):
            raise exc
        self._say(error_text(exc), ok=False)

    def _show(self, result: "tuple[VerifyReport, list[Problem]]") -> None:
        report, anchor = result
        self.check_button.setEnabled(True)
        self.report = report
        if report.error:
            self._say(self.tr("This file cannot be read as a PDF."), ok=False)
            self.details.setPlainText(report.error)
        elif not report.signatures:
            self._say(self.tr("This PDF has no digital signature: nothing shows who made it or that it is "
                              "unchanged."), ok=False)
        elif report.ok:
            self._say(self.tr("Valid: unchanged since it was signed, by a signer this installation trusts."), ok=True)
        else:
            self._say(self.tr("Not valid: see below what is wrong."), ok=False)
        if report.signatures:
            self.details.setHtml("".join(self._signature_html(s) for s in report.signatures)
                                 + self._anchor_html(anchor))
        self.checked.emit(report)

    def _anchor_html(self, problems: "list[Problem]") -> str:
        """Whether this case file's audit trail still holds the head the PDF carries (services.checkup)."""
        if not problems:
            return ""
        rows = []
        for p in problems:
            colour = VALID_COLOUR if p.code in ("anchor_contained", "anchor_before_restore") else ERROR_COLOUR
            rows.append(f"<p style='color: {colour}'>{html.escape(p.message(language()))}</p>")
        title = self.tr("Audit trail of this case file")
        return f"<p><b>{html.escape(title)}</b></p>{''.join(rows)}"

    def _signature_html(self, s: SignatureReport) -> str:
        when = s.signed_at.astimezone().strftime("%Y-%m-%d %H:%M") if s.signed_at else self.tr("unknown")
        lines = [
            (self.tr("Signed by"), s.signer or self.tr("unknown"), None),
            (self.tr("Signed at"), when, None),
            (self.tr("Unchanged"), self.tr("Yes: not a byte has changed since it was signed") if s.intact
             else self.tr("No: the file was changed after it was signed"), s.intact),
            (self.tr("Whole file signed"), self.tr("Yes") if s.whole_file
             else self.tr("No: something was added after the signature"), s.whole_file),
            (self.tr("Trusted signer"), self.tr("Yes: the signer's certificate comes from a root this installation "
                                                "trusts") if s.trusted
             else self.tr("No: the signer's certificate is not from a trusted root (a partner agency's root "
                           "certificate can be imported with the command line's import-cert)"), s.trusted),
        ]
        rows = []
        for label, value, good in lines:
            colour = "" if good is None else f" style='color: {VALID_COLOUR if good else ERROR_COLOUR}'"
            rows.append(f"<tr><td style='padding-right: 12px'><b>{html.escape(label)}</b></td>"
                        f"<td{colour}>{html.escape(value)}</td></tr>")
        if s.problem:
            label = self.tr("Details")
            rows.append(f"<tr><td><b>{html.escape(label)}</b></td><td>{html.escape(s.problem)}</td></tr>")
        return f"<table cellspacing='2'>{''.join(rows)}</table><hr/>"
