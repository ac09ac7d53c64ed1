"""Buttons pushed to the right edge of a dialog page, the way every dialog here lays out its actions."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget


def right_aligned(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    for widget in widgets:
        row.addWidget(widget)
    return row
