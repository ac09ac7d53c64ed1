"""Blank home-visit forms (the CLI's ``blank-forms``): printable pages to fill in by hand where no laptop goes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from caseapp.services import exports
from caseapp.ui import background
from caseapp.ui.dialogs.pdf_document_dialog import PdfDocumentDialog


class BlankFormsDialog(PdfDocumentDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Blank forms"),
                         self.tr("Printable blank forms for home visits (intake, assessment, service log and "
                                 "more), to fill in by hand and enter later."), "blank-forms.pdf", parent)

    def writer(self, target: Path, language: str) -> Callable[[background.Job], Path]:
        return lambda job: exports.export_blank_forms(target, language)
