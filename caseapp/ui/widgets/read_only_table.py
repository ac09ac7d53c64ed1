"""A read-only table of text rows, one row selected at a time (the registers window, the hub admin screen)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget


def read_only_table(parent: QWidget, name: str, header: list[str],
                    rows: Sequence[Sequence[str]] = ()) -> QTableWidget:
    table = QTableWidget(0, len(header), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(header)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    fill(table, rows)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    """Replace the table's rows and fit the columns to them (the last one stretches to the table's edge)."""
    table.setRowCount(0)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    for column in range(table.columnCount() - 1):
        table.resizeColumnToContents(column)
