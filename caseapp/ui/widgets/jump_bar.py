"""A row of "go to" links at the top of a long stage page, so a section far down (referrals under the service log,
the plan's tasks under the goal form) is one click away on a 768-pixel-high screen instead of a hunt."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QWidget


class JumpBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area: QScrollArea | None = None
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(QLabel(self.tr("Go to:"), self))
        self.buttons: dict[str, QPushButton] = {}
        self.row.addStretch(1)

    def add(self, name: str, text: str, target: QWidget) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(f"jump_{name}")
        button.setFlat(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setStyleSheet("QPushButton { color: palette(link); text-decoration: underline; padding: 0 4px; }")
        button.clicked.connect(lambda: self.jump_to(target))
        self.row.insertWidget(self.row.count() - 1, button)
        self.buttons[name] = button
        return button

    def attach(self, area: QScrollArea) -> QScrollArea:
        """The scroll area the page lives in (known only once the page is wrapped); returns it for chaining."""
        self.area = area
        return area

    def jump_to(self, target: QWidget) -> None:
        if self.area is None or self.area.widget() is None:
            return
        top = target.mapTo(self.area.widget(), target.rect().topLeft()).y()
        self.area.verticalScrollBar().setValue(max(top - 4, 0))
        target.setFocus(Qt.FocusReason.OtherFocusReason)
