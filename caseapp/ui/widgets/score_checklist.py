"""A checklist of scored items (e.g. the 위기도 조사): one score picker per item, laid out in columns, with a line
under it that the owner fills (total, band). Items and score words come from the domain; nothing here knows which
scale it shows."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from caseapp.domain.labels import Label
from caseapp.ui.widgets.form_builder import DraftPart, label_text

# (key, label, help) of one item
ScaleItem = tuple[str, Label, Label | None]


class ScoreChecklist(DraftPart):
    """``items`` in order, each scored with one of ``scores`` (value -> word) or left blank (not assessed)."""

    def __init__(self, items: Sequence[ScaleItem], scores: Mapping[int, Label], *, columns: int = 2,
                 summary: Callable[[dict[str, int]], str] | None = None,
                 read_row: Callable[[Any], Mapping[str, int]] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary_of = summary
        self.read_row = read_row or (lambda _row: {})
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 4, 0, 0)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        outer.addLayout(grid)
        self.combos: dict[str, QComboBox] = {}
        per_column = -(-len(items) // columns)
        for i, (key, label, help_) in enumerate(items):
            row, col = i % per_column, 3 * (i // per_column)
            name = QLabel(label_text(label), self)
            combo = QComboBox(self)
            combo.setObjectName(f"score_{key}")
            combo.addItem("—", None)
            for value in sorted(scores):
                combo.addItem(f"{value} {label_text(scores[value])}", value)
            combo.setMaximumWidth(120)
            name.setBuddy(combo)
            combo.currentIndexChanged.connect(self._changed)
            grid.addWidget(name, row, col)
            grid.addWidget(combo, row, col + 1)
            if help_ is not None:  # what to look for, beside the item: the paper checklist prints it too
                hint = QLabel(label_text(help_), self)
                hint.setWordWrap(True)
                hint.setStyleSheet("color: #566573;")
                grid.addWidget(hint, row, col + 2)
            self.combos[key] = combo
        for col in range(columns):
            grid.setColumnStretch(3 * col + 2, 1)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("scoreSummary")
        self.summary_label.setWordWrap(True)
        outer.addWidget(self.summary_label)
        outer.addStretch(1)
        self._show_summary()

    def _changed(self, *_args: object) -> None:
        self._show_summary()
        self._user_edit()

    def _show_summary(self) -> None:
        if self.summary_of is not None:
            self.summary_label.setText(self.summary_of(self.values()))

    def refresh_summary(self) -> None:
        """Recompute the line under the checklist (e.g. the chosen level beside it changed)."""
        self._show_summary()

    # --- DraftPart -------------------------------------------------------------------------------------------------

    def raw_values(self) -> dict[str, int]:
        return self.values()

    def values(self) -> dict[str, int]:
        return {key: combo.currentData() for key, combo in self.combos.items() if combo.currentData() is not None}

    def set_raw_values(self, values: Any) -> None:
        self._loading = True
        try:
            for key, combo in self.combos.items():
                value = (values or {}).get(key)
                combo.setCurrentIndex(max(combo.findData(value), 0) if value is not None else 0)
        finally:
            self._loading = False
        self._show_summary()

    def load(self, row: Any | None, snap: Any) -> None:
        self.set_raw_values(self.read_row(row) if row is not None else {})

    def set_read_only(self, read_only: bool) -> None:
        for combo in self.combos.values():
            combo.setEnabled(not read_only)
