"""A small declared form in a dialog: Save hands its values to a service; a refused value shows inline and the
dialog stays open with what was typed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from caseapp.domain import forms
from caseapp.errors import UserError
from caseapp.ui.widgets.form_builder import FormWidget, ReferenceProviders


class FormDialog(QDialog):
    def __init__(self, title: str, about: str, spec: forms.FormSpec, save: Callable[[dict[str, Any]], Any],
                 parent: QWidget | None = None, *, references: ReferenceProviders | None = None,
                 show_form_help: bool = False, min_width: int = 440) -> None:
        super().__init__(parent)
        self.save_fn = save
        self.saved: Any = None  # what the service returned
        self.setWindowTitle(title)
        self.setMinimumWidth(min_width)
        layout = QVBoxLayout(self)
        about_label = QLabel(about, self)
        about_label.setStyleSheet("font-weight: bold;")
        layout.addWidget(about_label)
        self.form = FormWidget(spec, references, self, show_form_help=show_form_help)
        self.form.refresh_references()
        layout.addWidget(self.form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def save(self) -> bool:
        try:
            self.saved = self.save_fn(self.form.values())
        except UserError as exc:
            self.form.show_error(exc)
            return False
        self.accept()
        return True
