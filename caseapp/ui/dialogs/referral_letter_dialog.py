"""의뢰서: a signed referral letter for one of the case's referrals (the CLI's ``referral-letter``), from the window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from caseapp.domain.vocab import ReferralStatus
from caseapp.errors import UserError
from caseapp.services import cases, exports
from caseapp.services.vault import Vault
from caseapp.ui import background
from caseapp.ui.dialogs.pdf_document_dialog import PdfDocumentDialog
from caseapp.ui.i18n import tr_enum


class ReferralLetterDialog(PdfDocumentDialog):
    def __init__(self, vault: Vault, case_id: str, parent: QWidget | None = None,
                 referral_id: str | None = None) -> None:
        snap = cases.snapshot(vault, case_id)
        if not snap.referrals:
            raise UserError("이 사례에는 자원 의뢰 기록이 없습니다. 실행 단계에서 의뢰를 먼저 기록하세요.",
                            "This case has no referrals yet: record one in the implementation stage first.")
        super().__init__(self.tr("Referral letter"),
                         self.tr("Case %1 (%2): a letter to the organisation or person the client is referred to. "
                                 "It holds only what the referral needs (no resident registration number).")
                         .replace("%1", snap.case.case_number).replace("%2", snap.client.name),
                         f"{exports.safe_file_name(snap.case.case_number)[:-4]}-의뢰서.pdf", parent)
        self.vault = vault
        self.referral_combo = QComboBox(self)
        self.referral_combo.setObjectName("referral_choice")
        for ref in snap.referrals:
            resource = snap.resources.get(ref.resource_id)
            name = resource.name if resource else "?"
            self.referral_combo.addItem(f"{name} · {ref.sent_on.isoformat()} · {tr_enum(ref.status, ReferralStatus)}", ref.id)
        wanted = self.referral_combo.findData(referral_id) if referral_id else -1
        self.referral_combo.setCurrentIndex(wanted if wanted >= 0 else self.referral_combo.count() - 1)
        self.signed_check = QCheckBox(self.tr("Sign digitally"), self)
        self.signed_check.setChecked(True)
        self.format_combo = QComboBox(self)
        self.format_combo.setObjectName("letter_format")
        self.format_combo.addItem(self.tr("PDF (can be signed)"), ".pdf")
        self.format_combo.addItem(self.tr("HWPX for Hangul (not signed)"), ".hwpx")
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.fields.addRow(self.tr("Referral"), self.referral_combo)
        self.fields.addRow(self.tr("Format"), self.format_combo)
        self.fields.addRow("", self.signed_check)

    def suffixes(self) -> tuple[str, ...]:
        chosen = str(self.format_combo.currentData())
        return (chosen,) + tuple(s for s in (".pdf", ".hwpx") if s != chosen)

    def _format_changed(self) -> None:
        """Keep the file name's ending and the signature choice in step with the chosen format."""
        suffix = str(self.format_combo.currentData())
        self.signed_check.setEnabled(suffix == ".pdf")
        self.save_button.setText(self.tr("Save PDF") if suffix == ".pdf" else self.tr("Save HWPX"))
        raw = self.target_edit.text().strip()
        if raw:
            self.target_edit.setText(str(Path(raw).expanduser().with_suffix(suffix)))

    def writer(self, target: Path, language: str) -> Callable[[background.Job], Path]:
        vault, referral_id = self.vault, str(self.referral_combo.currentData())
        signed = self.signed_check.isChecked() and target.suffix.lower() == ".pdf"
        return lambda job: exports.export_referral_letter(vault, referral_id, target, language, signed=signed).path
