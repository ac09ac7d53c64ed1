"""Today's deadlines as a table model (thousands of rows with 10,000 cases: no item objects per cell)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from caseapp.domain.deadlines import Deadline, DeadlineKind
from caseapp.domain.vocab import ConsentPurpose
from caseapp.ui.i18n import tr_enum, tr_label
from caseapp.ui.models.rows_model import CASE_ID_ROLE, OVERDUE_COLOUR, ModelIndex, RowsTableModel

__all__ = ["ACTION_COLUMN", "CASE_ID_ROLE", "DeadlineModel"]

ACTION_COLUMN = 5  # follow-up rows: "done · postpone…" (a click there acts instead of opening the case)


def can_act_on(d: Deadline) -> bool:
    """Deadlines the today list can settle itself: a planned follow-up contact."""
    return d.kind is DeadlineKind.FOLLOW_UP and d.ref_id is not None


class DeadlineModel(RowsTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Deadline] = []
        self.today = date.today()
        self._headers = [self.tr("Due"), self.tr("When"), self.tr("What"), self.tr("Case"), self.tr("Details"),
                         self.tr("Action")]

    def set_deadlines(self, deadlines: list[Deadline], today: date | None = None) -> None:
        self.beginResetModel()
        self.rows = list(deadlines)
        self.today = today or date.today()
        self.endResetModel()

    def when_text(self, d: Deadline) -> str:
        days = d.days_left(self.today)
        if days < 0:
            return self.tr("%1 days overdue").replace("%1", str(-days))
        if days == 0:
            return self.tr("today")
        return self.tr("in %1 days").replace("%1", str(days))

    @staticmethod
    def detail_text(d: Deadline) -> str:
        if d.kind is DeadlineKind.CONSENT_EXPIRY and d.detail:
            return tr_enum(d.detail, ConsentPurpose)
        return d.detail

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        d = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return d.due.isoformat()
            if col == 1:
                return self.when_text(d)
            if col == 2:
                return tr_label(d.kind.value)
            if col == 3:
                return f"{d.case_number} {d.client_name}"
            if col == ACTION_COLUMN:
                return self.tr("Done · postpone…") if can_act_on(d) else ""
            return self.detail_text(d)
        if role == CASE_ID_ROLE:
            return d.case_id
        if role == Qt.ItemDataRole.ToolTipRole and col == ACTION_COLUMN and can_act_on(d):
            return self.tr("Mark this follow-up contact done, or postpone it with a reason")
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == ACTION_COLUMN and can_act_on(d):
                return QBrush(Qt.GlobalColor.darkBlue)
            if d.is_overdue(self.today):
                return QBrush(OVERDUE_COLOUR)
        return None
