"""Adding an addendum to a signed (locked) entry: the original stays untouched, the addendum references it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from caseapp.domain import forms
from caseapp.domain.forms import FormSpec, Kind
from caseapp.errors import UserError
from caseapp.services import entries
from caseapp.services.vault import Vault
from caseapp.ui.widgets.form_builder import DraftBanner, DraftKeeper, FormWidget, ReferenceProviders, label_text


def _choice(enum_type: Any, code: str) -> str:
    try:
        return label_text(enum_type(code).label)
    except ValueError:
        return code


def entry_text(spec: FormSpec, row: Any, references: ReferenceProviders | None = None) -> str:
    """The signed entry as plain text, field by field, so the writer sees what they amend."""
    lines = []
    for f in spec.fields:
        value = getattr(row, f.name, None)
        if value in (None, "", []) or (f.kind is Kind.BOOL and not value):
            continue
        if f.kind is Kind.CHOICE and f.choices is not None:
            value = _choice(f.choices, value)
        elif f.kind is Kind.MULTI_CHOICE and f.choices is not None:
            value = ", ".join(_choice(f.choices, v) for v in value)
        elif f.kind is Kind.BOOL:
            value = "✓"
        elif f.kind is Kind.REFERENCE:
            provider = (references or {}).get(f.reference or "")
            value = dict(provider()).get(value, value) if provider else value
        lines.append(f"{label_text(f.label)}: {value}")
    return "\n".join(lines)


class AddendumDialog(QDialog):
    def __init__(self, vault: Vault, case_id: str, spec: FormSpec, row: Any, parent: QWidget | None = None,
                 references: ReferenceProviders | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.spec = spec
        self.row = row
        self.setWindowTitle(self.tr("Add addendum"))
        self.setMinimumSize(520, 440)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Signed entry (unchanged):"), self))
        original = QPlainTextEdit(entry_text(spec, row, references), self)
        original.setReadOnly(True)
        original.setMaximumHeight(130)
        layout.addWidget(original)
        self.form = FormWidget(forms.ADDENDUM, parent=self)
        self.keeper = DraftKeeper(vault, self.form, case_id, f"case:{case_id}:addendum:{row.id}", self)
        self.banner = DraftBanner(self.keeper, self)
        layout.addWidget(self.banner)
        layout.addWidget(self.form, 1)
        self.sign_box = QCheckBox(self.tr("Sign the addendum now (it is locked too)"), self)
        layout.addWidget(self.sign_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.banner.check()

    def reject(self) -> None:
        self.keeper.save_now()  # Cancel keeps the typing as a draft rather than losing it
        super().reject()

    def save(self) -> bool:
        try:
            entries.add_addendum_kind(self.vault, self.spec.key, self.row.id, self.form.values(),
                                      sign_it=self.sign_box.isChecked())
        except UserError as exc:
            self.form.show_error(exc)
            return False
        self.form.mark_clean()
        self.keeper.discard()
        self.accept()
        return True
