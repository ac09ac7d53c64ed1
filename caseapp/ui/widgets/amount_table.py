"""A table of money lines in groups side by side (e.g. monthly income | monthly expenses): an amount and a note per
line, amounts read by the domain's parser as they are typed (a bad one is outlined with the reason), and a summary
line (totals, balance) that the owner formats. The lines themselves come from the domain."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from caseapp.domain.labels import Label
from caseapp.ui.widgets.form_builder import ERROR_STYLE, DraftPart, label_text


@dataclass(frozen=True)
class AmountRow:
    code: str
    label: Label
    heading: Label | None = None  # a sub-heading shown above this row (e.g. 공적 이전)


@dataclass(frozen=True)
class AmountGroup:
    title: Label
    rows: Sequence[AmountRow]


Amounts = dict[str, int | None]


class AmountTable(DraftPart):
    """``parse`` turns typed text into an amount (``None`` for blank) or raises ValueError, whose ``label`` (a
    :class:`Label`) says why; ``summary`` turns the readable amounts into the line shown under the table."""

    def __init__(self, groups: Sequence[AmountGroup], parse: Callable[[str], int | None],
                 summary: Callable[[Amounts], str], *, placeholder: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parse = parse
        self.summary_of = summary
        self.amounts: dict[str, QLineEdit] = {}
        self.notes: dict[str, QLineEdit] = {}
        self.labels: dict[str, Label] = {}
        self.problems: dict[str, str] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 4, 0, 0)
        side_by_side = QHBoxLayout()
        outer.addLayout(side_by_side)
        for group in groups:
            grid = QGridLayout()
            grid.setVerticalSpacing(2)
            grid.addWidget(QLabel(f"<b>{label_text(group.title)}</b>", self), 0, 0, 1, 3)
            row = 1
            for line in group.rows:
                if line.heading is not None:
                    grid.addWidget(QLabel(f"<i>{label_text(line.heading)}</i>", self), row, 0, 1, 3)
                    row += 1
                name = QLabel(label_text(line.label), self)
                amount = QLineEdit(self)
                amount.setObjectName(f"amount_{line.code}")
                amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                amount.setPlaceholderText(placeholder)
                amount.setMaximumWidth(120)
                amount.textEdited.connect(self._user_edit)
                amount.textEdited.connect(self._show_summary)
                amount.editingFinished.connect(lambda code=line.code: self._tidy(code))
                note = QLineEdit(self)
                note.setObjectName(f"note_{line.code}")
                note.setMaxLength(300)
                note.textEdited.connect(self._user_edit)
                name.setBuddy(amount)
                grid.addWidget(name, row, 0)
                grid.addWidget(amount, row, 1)
                grid.addWidget(note, row, 2)
                self.amounts[line.code], self.notes[line.code], self.labels[line.code] = amount, note, line.label
                row += 1
            grid.setColumnStretch(2, 1)
            side_by_side.addLayout(grid, 1)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("amountSummary")
        self.summary_label.setWordWrap(True)
        outer.addWidget(self.summary_label)
        outer.addStretch(1)
        self._show_summary()

    # --- reading amounts -------------------------------------------------------------------------------------------

    def _read(self, code: str) -> int | None:
        """The amount on one line, or None (blank or unreadable); an unreadable one is outlined with the reason."""
        edit = self.amounts[code]
        try:
            value = self.parse(edit.text())
        except ValueError as exc:
            reason = getattr(exc, "label", None)
            message = label_text(reason) if isinstance(reason, Label) else str(exc)
            self.problems[code] = message
            edit.setStyleSheet(ERROR_STYLE)
            edit.setToolTip(message)
            return None
        self.problems.pop(code, None)
        edit.setStyleSheet("")
        edit.setToolTip("")
        return value

    def _tidy(self, code: str) -> None:
        """When the cursor leaves an amount, show it grouped (12만 → 120,000) so what is stored is what is seen."""
        value = self._read(code)
        if value is not None and not self._loading:
            self.amounts[code].setText(f"{value:,}")
        self._show_summary()

    def readable_amounts(self) -> Amounts:
        return {code: self._read(code) for code in self.amounts}

    def _show_summary(self, *_args: object) -> None:
        text = self.summary_of(self.readable_amounts())
        if self.problems:
            names = ", ".join(label_text(self.labels[c]) for c in self.problems)
            text += "\n" + self.tr("Check the amount of: %1").replace("%1", names)
        self.summary_label.setText(text)

    # --- DraftPart -------------------------------------------------------------------------------------------------

    def text_editors(self) -> list[QWidget]:
        return [*self.amounts.values(), *self.notes.values()]

    def has_text(self) -> bool:
        return any(e.text().strip() for e in (*self.amounts.values(), *self.notes.values()))

    def raw_values(self) -> dict[str, dict[str, str]]:
        return {code: {"amount": self.amounts[code].text(), "note": self.notes[code].text()}
                for code in self.amounts if self.amounts[code].text().strip() or self.notes[code].text().strip()}

    def values(self) -> dict[str, dict[str, str]]:
        return self.raw_values()  # the service reads the amounts, so the CLI and the GUI refuse the same text

    def set_raw_values(self, values: Any) -> None:
        self._loading = True
        try:
            for code in self.amounts:
                raw = (values or {}).get(code) or {}
                amount = raw.get("amount")
                self.amounts[code].setText(f"{amount:,}" if isinstance(amount, int) else str(amount or ""))
                self.notes[code].setText(str(raw.get("note") or ""))
        finally:
            self._loading = False
        self._show_summary()

    def load(self, row: Any | None, snap: Any) -> None:
        self.set_raw_values({})

    def set_read_only(self, read_only: bool) -> None:
        for edit in (*self.amounts.values(), *self.notes.values()):
            edit.setReadOnly(read_only)
