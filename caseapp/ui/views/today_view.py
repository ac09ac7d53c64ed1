"""Today: overdue and upcoming deadlines across all cases, each one click from its case."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from caseapp.domain.deadlines import Deadline, DeadlineKind
from caseapp.domain.vocab import ConsentPurpose
from caseapp.services import cases as case_service
from caseapp.services.vault import Vault
from caseapp.ui import background
from caseapp.ui.i18n import tr_enum, tr_label

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_COLOUR = QColor("#b00020")


class TodayView(QWidget):
    open_case = Signal(str)
    loaded = Signal(int)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.deadlines: list[Deadline] = []
        self.today = date.today()
        self.title = QLabel(self)
        title_font = QFont(self.font())
        title_font.setPointSize(title_font.pointSize() + 3)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.summary = QLabel(self)
        refresh = QPushButton(self.tr("Refresh"), self)
        refresh.clicked.connect(self.reload)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("deadline_table")
        self.table.setHorizontalHeaderLabels([self.tr("Due"), self.tr("When"), self.tr("What"), self.tr("Case"),
                                              self.tr("Details")])
        self.table.verticalHeader().setVisible(False)
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
        self.table.cellClicked.connect(self._clicked)
        self.table.cellActivated.connect(self._clicked)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def reload(self) -> background.Job:
        vault = self.vault
        return background.start(lambda job: case_service.upcoming_deadlines(vault), parent=self,
                                on_success=self.show_deadlines)

    def show_deadlines(self, deadlines: list[Deadline], today: date | None = None) -> None:
        self.today = today or date.today()
        self.deadlines = deadlines
        self.title.setText(self.tr("Today, %1").replace("%1", self.today.isoformat()))
        overdue = sum(1 for d in deadlines if d.is_overdue(self.today))
        self.summary.setText(self.tr("%1 overdue, %2 due soon").replace("%1", str(overdue))
                             .replace("%2", str(len(deadlines) - overdue)))
        self.table.setRowCount(len(deadlines))
        for row, d in enumerate(deadlines):
            days = d.days_left(self.today)
            if days < 0:
                when = self.tr("%1 days overdue").replace("%1", str(-days))
            elif days == 0:
                when = self.tr("today")
            else:
                when = self.tr("in %1 days").replace("%1", str(days))
            cells = [d.due.isoformat(), when, tr_label(d.kind.value), f"{d.case_number} {d.client_name}",
                     self._detail(d)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(CASE_ID_ROLE, d.case_id)
                if days < 0:
                    item.setForeground(QBrush(OVERDUE_COLOUR))
                self.table.setItem(row, col, item)
        self.loaded.emit(len(deadlines))

    @staticmethod
    def _detail(d: Deadline) -> str:
        if d.kind is DeadlineKind.CONSENT_EXPIRY and d.detail:
            return tr_enum(d.detail, ConsentPurpose)
        return d.detail

    def _clicked(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.open_case.emit(str(item.data(CASE_ID_ROLE)))
