"""개인정보 수집·이용 및 제공 동의서: the printable consent form of a case (the CLI's ``consent-form``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from caseapp.services import exports
from caseapp.services.vault import Vault
from caseapp.ui import background
from caseapp.ui.dialogs.pdf_document_dialog import PdfDocumentDialog


class ConsentFormDialog(PdfDocumentDialog):
    def __init__(self, vault: Vault, case_id: str, case_number: str, client_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Consent form"),
                         self.tr("Case %1 (%2): the consent form to print and have signed, one block per kind of "
                                 "consent (purpose, items, retention period, the right to refuse). Consents "
                                 "already recorded are ticked.").replace("%1", case_number).replace("%2", client_name),
                         f"{exports.safe_file_name(case_number)[:-4]}-동의서.pdf", parent)
        self.setObjectName("consentFormDialog")
        self.vault, self.case_id = vault, case_id

    def writer(self, target: Path, language: str) -> Callable[[background.Job], Path]:
        vault, case_id = self.vault, self.case_id
        return lambda job: exports.export_consent_form(vault, case_id, target, language)
