"""The addenda under a signed entry, one line each; a signed addendum carries the same lock as a signed entry."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

ICON_SIZE = 16


class AddendaList(QWidget):
    def __init__(self, lock: QIcon, signed_tip: Callable[[Any], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addendaList")
        self.setStyleSheet("#addendaList { background: #fef9e7; }")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.lock = lock
        self.signed_tip = signed_tip
        self.rows: list[tuple[QLabel, QLabel]] = []  # (lock or blank, text) per addendum
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(4, 4, 4, 4)
        self.column.setSpacing(2)
        self.heading = QLabel(self.tr("Addenda:"), self)
        self.column.addWidget(self.heading)

    def set_addenda(self, addenda: Sequence[Any]) -> None:
        for icon, text in self.rows:
            icon.parentWidget().deleteLater()
        self.rows = []
        for a in addenda:
            line = QWidget(self)
            row = QHBoxLayout(line)
            row.setContentsMargins(0, 0, 0, 0)
            icon = QLabel(line)
            icon.setFixedSize(ICON_SIZE, ICON_SIZE)
            if a.signed_at:
                icon.setPixmap(self.lock.pixmap(ICON_SIZE, ICON_SIZE))
                icon.setToolTip(self.signed_tip(a))
            text = QLabel(f"{a.written_on.isoformat()} ({a.author}): {a.text}", line)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setWordWrap(True)
            if a.signed_at:
                text.setToolTip(self.signed_tip(a))
            row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(text, 1)
            self.column.addWidget(line)
            self.rows.append((icon, text))
        self.setVisible(bool(addenda))

    def text(self) -> str:
        return "\n".join(t.text() for _icon, t in self.rows)

    def locked_count(self) -> int:
        return sum(1 for icon, _t in self.rows if icon.pixmap() is not None and not icon.pixmap().isNull())
