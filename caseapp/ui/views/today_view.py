"""Today: overdue and upcoming deadlines across all cases, each one click from its case."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from caseapp.domain.deadlines import Deadline
from caseapp.services import cases as case_service
from caseapp.services.vault import Vault
from caseapp.ui import background
from caseapp.ui.models.deadline_model import CASE_ID_ROLE, DeadlineModel



class TodayView(QWidget):
    open_case = Signal(str)
    loaded = Signal(int)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.model = DeadlineModel(self)
        self.title = QLabel(self)
        title_font = QFont(self.font())
        title_font.setPointSize(title_font.pointSize() + 3)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.summary = QLabel(self)
        refresh = QPushButton(self.tr("Refresh"), self)
        refresh.clicked.connect(self.reload)
        self.table = QTableView(self)
        self.table.setObjectName("deadline_table")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setToolTip(self.tr("Click a row to open its case."))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((100, 150, 170, 210)):
            self.table.setColumnWidth(col, width)
        self.table.clicked.connect(self._clicked)  # one click from the deadline to its case
        self.table.activated.connect(self._clicked)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    @property
    def deadlines(self) -> list[Deadline]:
        return self.model.rows

    def reload(self) -> background.Job:
        vault = self.vault
        return background.start(lambda job: case_service.upcoming_deadlines(vault), parent=self,
                                on_success=self.show_deadlines)

    def show_deadlines(self, deadlines: list[Deadline], today: date | None = None) -> None:
        today = today or date.today()
        self.model.set_deadlines(deadlines, today)
        self.title.setText(self.tr("Today, %1").replace("%1", today.isoformat()))
        overdue = sum(1 for d in deadlines if d.is_overdue(today))
        self.summary.setText(self.tr("%1 overdue, %2 due soon").replace("%1", str(overdue))
                             .replace("%2", str(len(deadlines) - overdue)))
        self.loaded.emit(len(deadlines))

    def _clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_case.emit(str(index.data(CASE_ID_ROLE)))
