"""A small table of child rows typed beside a record's form (attendees of a conference, before/after per goal,
performance per service row, outcome per goal), drafted and saved with the record.

Columns come from a :class:`~caseapp.domain.forms.FormSpec`: text fields are typed in the cell, choice fields are
picked from a list. With a ``key`` field the rows are fixed, one per goal or task of the case (its label shown, not
typed); without one the practitioner adds and removes rows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)
from PySide6.QtCore import Qt

from caseapp.domain.forms import FieldSpec, FormSpec, Kind
from caseapp.ui.widgets.form_builder import DraftPart, label_text

Items = Callable[[Any], list[tuple[str, str]]]  # snapshot -> (id, label) of the goals / tasks a row is kept for
Existing = Callable[[Any, Any], list[dict[str, Any]]]  # (saved record, snapshot) -> its child rows as values


class RowsEditor(DraftPart):
    def __init__(self, form: FormSpec, existing: Existing, *, key: str | None = None, items: Items | None = None,
                 empty_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form, self.existing, self.key, self.items = form, existing, key, items
        self.setObjectName(f"rows_{form.key}")
        self.columns: list[FieldSpec] = list(form.fields)
        self.keys: list[str] = []  # the goal / task id of each fixed row
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        top = QHBoxLayout()
        top.addWidget(QLabel(f"<b>{label_text(form.title)}</b>", self))
        top.addStretch(1)
        self.add_button = QPushButton(self.tr("Add row"), self)
        self.remove_button = QPushButton(self.tr("Remove row"), self)
        for b in (self.add_button, self.remove_button):
            b.setVisible(key is None)
            top.addWidget(b)
        layout.addLayout(top)
        self.empty_label = QLabel(empty_text, self)
        self.empty_label.setStyleSheet("color: #566573;")
        self.empty_label.hide()
        layout.addWidget(self.empty_label)
        self.table = QTableWidget(0, len(self.columns), self)
        self.table.setHorizontalHeaderLabels([label_text(f.label) for f in self.columns])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(90)
        self.table.itemChanged.connect(self._user_edit)
        layout.addWidget(self.table)
        self.add_button.clicked.connect(self._add_clicked)
        self.remove_button.clicked.connect(self._remove_clicked)

    # --- cells --------------------------------------------------------------------------------------------------

    def _add_row(self, values: dict[str, Any], label: str = "") -> None:
        was_loading, self._loading = self._loading, True
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, spec in enumerate(self.columns):
            value = values.get(spec.name)
            if spec.name == self.key:
                item = QTableWidgetItem(label)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setToolTip(label)
                self.table.setItem(r, c, item)
            elif spec.kind is Kind.CHOICE and spec.choices is not None:
                combo = QComboBox(self.table)
                combo.addItem("—", None)
                for member in spec.choices:
                    combo.addItem(label_text(member.label), member.value)
                combo.setCurrentIndex(max(combo.findData(value), 0))
                combo.currentIndexChanged.connect(self._user_edit)
                self.table.setCellWidget(r, c, combo)
            else:
                self.table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
        self._loading = was_loading

    def _cell(self, r: int, c: int) -> Any:
        spec = self.columns[c]
        if spec.name == self.key:
            return self.keys[r]
        widget = self.table.cellWidget(r, c)
        if isinstance(widget, QComboBox):
            return widget.currentData() or ""
        item = self.table.item(r, c)
        return item.text().strip() if item is not None else ""

    def _add_clicked(self) -> None:
        self._add_row({})
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self._user_edit()

    def _remove_clicked(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._user_edit()

    # --- DraftPart ----------------------------------------------------------------------------------------------

    def _fill(self, rows: list[dict[str, Any]], snap: Any | None) -> None:
        self._loading = True
        self.table.setRowCount(0)
        if self.key is None:
            self.keys = []
            for values in rows:
                self._add_row(values)
        else:
            items = self.items(snap) if self.items is not None and snap is not None else \
                [(k, lbl) for k, lbl in getattr(self, "_items", [])]
            self._items = items
            by_key = {str(v.get(self.key)): v for v in rows}
            self.keys = [k for k, _label in items]
            for k, label in items:
                self._add_row(by_key.get(k, {}), label)
        self.empty_label.setVisible(self.key is not None and not self.keys)
        self.table.setVisible(self.key is None or bool(self.keys))
        self._loading = False

    def load(self, row: Any | None, snap: Any) -> None:
        self._fill(self.existing(row, snap) if row is not None else [], snap)

    def raw_values(self) -> list[dict[str, Any]]:
        return [{spec.name: self._cell(r, c) for c, spec in enumerate(self.columns)}
                for r in range(self.table.rowCount())]

    def values(self) -> list[dict[str, Any]]:
        return self.raw_values()

    def set_raw_values(self, values: Any) -> None:
        self._fill(list(values or []), None)

    def set_read_only(self, read_only: bool) -> None:
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only
                                   else QAbstractItemView.EditTrigger.AllEditTriggers)
        for r in range(self.table.rowCount()):
            for c in range(self.table.columnCount()):
                widget = self.table.cellWidget(r, c)
                if widget is not None:
                    widget.setEnabled(not read_only)
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)


class PartsEditor(DraftPart):
    """Several DraftParts shown one under the other, drafted and saved together (values keyed by name)."""

    def __init__(self, parts: dict[str, DraftPart], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parts = parts
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for part in parts.values():
            layout.addWidget(part)
            part.edited.connect(self._user_edit)

    def is_dirty(self) -> bool:
        return self._dirty or any(p.is_dirty() for p in self.parts.values())

    def mark_clean(self) -> None:
        self._dirty = False
        for p in self.parts.values():
            p.mark_clean()

    def load(self, row: Any | None, snap: Any) -> None:
        for p in self.parts.values():
            p.load(row, snap)

    def values(self) -> dict[str, Any]:
        return {name: p.values() for name, p in self.parts.items()}

    def raw_values(self) -> dict[str, Any]:
        return {name: p.raw_values() for name, p in self.parts.items()}

    def set_raw_values(self, values: Any) -> None:
        for name, p in self.parts.items():
            p.set_raw_values((values or {}).get(name))

    def set_read_only(self, read_only: bool) -> None:
        for p in self.parts.values():
            p.set_read_only(read_only)
