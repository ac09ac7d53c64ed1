"""The client's agreement to the plan: date, how, a guardian's name, and a signature drawn on screen."""

from __future__ import annotations

import base64
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from caseapp.domain import forms
from caseapp.domain.vocab import PlanAgreementMethod
from caseapp.services import plan
from caseapp.ui.views.intake_tab import date_text, enum_text
from caseapp.ui.views.section_tab import CaseContext, Column, RecordSection
from caseapp.ui.widgets.form_builder import DraftPart
from caseapp.ui.widgets.signature_pad import SignaturePad


class SignaturePart(DraftPart):
    """The signature canvas under the agreement form, with Clear; saved with the agreement as a PNG."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePart")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Client's signature (draw with the mouse or a pen):"), self))
        row = QHBoxLayout()
        self.pad = SignaturePad(self)
        row.addWidget(self.pad)
        side = QVBoxLayout()
        self.clear_button = QPushButton(self.tr("Clear signature"), self)
        self.clear_button.setObjectName("clearSignature")
        side.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.state.setStyleSheet("color: #566573;")
        side.addWidget(self.state)
        side.addStretch(1)
        row.addLayout(side, 1)
        layout.addLayout(row)
        self.clear_button.clicked.connect(self.pad.clear)
        self.pad.changed.connect(self._user_edit)
        self.pad.changed.connect(self._show_state)
        self._show_state()

    def _show_state(self) -> None:
        self.state.setText(self.tr("No signature drawn.") if self.pad.is_empty()
                           else self.tr("Signature drawn: it is saved with the agreement and printed on the plan."))

    def load(self, row: Any | None, snap: Any) -> None:
        self._loading = True
        try:
            self.pad.set_png(getattr(row, "signature_png", None) if row is not None else None)
        finally:
            self._loading = False

    def values(self) -> bytes | None:
        return self.pad.png_bytes()

    def raw_values(self) -> str:
        png = self.pad.png_bytes()
        return base64.b64encode(png).decode("ascii") if png else ""

    def set_raw_values(self, values: Any) -> None:
        try:
            png = base64.b64decode(values) if values else None
        except (ValueError, TypeError):
            png = None
        self.pad.set_png(png)

    def set_read_only(self, read_only: bool) -> None:
        self.pad.set_read_only(read_only)
        self.clear_button.setEnabled(not read_only)


def agreement_section(ctx: CaseContext, parent: QWidget) -> RecordSection:
    vault = ctx.vault
    part = SignaturePart(parent)
    section = RecordSection(
        ctx, forms.PLAN_AGREEMENT, rows=lambda snap: snap.agreements, table_height=80, form_columns=2,
        columns=[Column(QCoreApplication.translate("AgreementSection", "Agreed on"),
                        lambda a: date_text(a.agreed_on)),
                 Column(QCoreApplication.translate("AgreementSection", "How"),
                        lambda a: enum_text(PlanAgreementMethod, a.method)),
                 Column(QCoreApplication.translate("AgreementSection", "Guardian"), lambda a: a.guardian_name),
                 Column(QCoreApplication.translate("AgreementSection", "Signature"),
                        lambda a: "✔" if a.signature_png else "", stretch=True)],
        create=lambda values, png: plan.add_agreement(vault, ctx.case_id, values, signature=png),
        update=lambda row_id, values, png: plan.edit_agreement(vault, row_id, values, signature=png,
                                                               replace_signature=True),
        extra=part, signable=False, deletable=True, select_latest=True, parent=parent)
    section.signature = part  # type: ignore[attr-defined]
    return section
