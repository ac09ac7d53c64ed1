"""After a crash (or any start with leftover drafts): offer to go back to the unsaved text."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QLabel, QPushButton, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from caseapp.domain import forms
from caseapp.errors import UserError
from caseapp.services import cases as case_service, drafts
from caseapp.services.vault import Vault
from caseapp.storage.models import Draft
from caseapp.ui.i18n import tr_label

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
CASE_ROLE = Qt.ItemDataRole.UserRole + 2


def form_title(form_key: str) -> str:
    """``case:<id>:service_entry:new`` / ``new_case:client`` -> the form's title in the UI language."""
    for part in form_key.split(":"):
        if part in forms.ALL_FORMS:
            return tr_label(forms.ALL_FORMS[part].title)
    return form_key.split(":")[0]


class DraftsDialog(QDialog):
    open_case = Signal(str)
    open_new_case = Signal()

    def __init__(self, vault: Vault, pending: list[Draft], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(self.tr("Unsaved text found"))
        self.resize(720, 360)
        explain = QLabel(self.tr("caseapp found text that was typed but not saved, for example because the program "
                                 "was closed unexpectedly. Open the form to restore it, or discard it."), self)
        explain.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Case"), self.tr("Form"), self.tr("Last typed")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 220)
        self.table.setColumnWidth(1, 220)
        self.table.cellDoubleClicked.connect(lambda row, _col: self.open_row(row))
        self._fill(pending)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.clicked.connect(lambda: self.open_row(self.table.currentRow()))
        self.discard_button = QPushButton(self.tr("Discard"), self)
        self.discard_button.clicked.connect(self.discard_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        if self.table.rowCount():
            self.table.selectRow(0)

    def _fill(self, pending: list[Draft]) -> None:
        numbers: dict[str, str] = {}
        self.table.setRowCount(len(pending))
        for row, draft in enumerate(pending):
            case_text = self.tr("(new case)")
            if draft.case_id:
                if draft.case_id not in numbers:
                    try:
                        snap = case_service.snapshot(self.vault, draft.case_id)
                        numbers[draft.case_id] = f"{snap.case.case_number} {snap.client.name}"
                    except UserError:
                        numbers[draft.case_id] = "?"
                case_text = numbers[draft.case_id]
            updated = draft.updated_at.replace(tzinfo=draft.updated_at.tzinfo or timezone.utc).astimezone()
            cells = [case_text, form_title(draft.form_key), datetime.strftime(updated, "%Y-%m-%d %H:%M")]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(KEY_ROLE, draft.form_key)
                item.setData(CASE_ROLE, draft.case_id or "")
                self.table.setItem(row, col, item)

    def open_row(self, row: int) -> None:
        item = self.table.item(row, 0) if row >= 0 else None
        if item is None:
            return
        case_id = str(item.data(CASE_ROLE))
        self.accept()
        if case_id:
            self.open_case.emit(case_id)  # the case view's draft banner offers the text back
        else:
            self.open_new_case.emit()

    def discard_selected(self) -> None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        if item is None:
            return
        drafts.discard_draft(self.vault, str(item.data(KEY_ROLE)))
        self.table.removeRow(row)
        if self.table.rowCount() == 0:
            self.accept()
