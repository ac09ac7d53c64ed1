"""The case list as a real table model: rows are ``CaseSummary`` objects, no widget per row.

Sorting happens in the source model with Python's ``sorted`` on precomputed keys (one pass, not n·log n calls back
into Python from Qt's comparator), and the proxy only filters, so 10,000 cases sort and filter without a stall.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from caseapp.domain.vocab import SelectionLevel, Stage
from caseapp.services.cases import CaseSummary
from caseapp.services.selection import NO_LEVEL
from caseapp.services.search import MatchReason
from caseapp.ui.i18n import tr_enum
from caseapp.ui.models.rows_model import CASE_ID_ROLE, OVERDUE_COLOUR, ModelIndex, RowsTableModel

COL_NUMBER, COL_CLIENT, COL_STAGE, COL_LEVEL, COL_DAYS, COL_DUE, COL_PHONE, COL_MATCH = range(8)
_LEVEL_ORDER = {level: i for i, level in enumerate(SelectionLevel)}
MATCH_ROLE = Qt.ItemDataRole.UserRole + 2  # the MatchReason of a row while a search is active (None otherwise)
WEEK_COLOUR = QColor("#8a5a00")
_OVERDUE_BRUSH = QBrush(OVERDUE_COLOUR)
_WEEK_BRUSH = QBrush(WEEK_COLOUR)
_DISPLAY = Qt.ItemDataRole.DisplayRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ROLES_ANSWERED = frozenset({_DISPLAY, _FOREGROUND, Qt.ItemDataRole.TextAlignmentRole, CASE_ID_ROLE, MATCH_ROLE,
                             _TOOLTIP})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class CaseListModel(RowsTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[CaseSummary] = []
        self.today = date.today()
        self._headers = [self.tr("Case no."), self.tr("Client"), self.tr("Stage"), self.tr("Selection"),
                         self.tr("Days in stage"),
                         self.tr("Next due"), self.tr("Phone"), self.tr("Why it matched")]
        self._sort: tuple[int, Qt.SortOrder] = (COL_NUMBER, Qt.SortOrder.AscendingOrder)
        self._overdue_text = self.tr("overdue")
        self._display: dict[str, tuple[str, str, str, str, int, str, str]] = {}
        self._stage_text: dict[Stage, str] = {}
        self.reasons: dict[str, MatchReason] = {}  # case id -> why the current search found it

    # --- data ----------------------------------------------------------------------------------------------------

    def set_cases(self, rows: Iterable[CaseSummary], today: date | None = None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.today = today or date.today()
        self._display = {}  # filled per row as it is first shown: a load of 10,000 formats only what is seen
        self._stage_text = {stage: tr_enum(stage) for stage in Stage}
        self._apply_sort()
        self.endResetModel()

    def _display_row(self, c: CaseSummary) -> tuple[str, str, str, str, int, str, str]:
        """Display text computed once per load: scrolling then costs a tuple lookup per cell."""
        due = ""
        if c.next_due is not None:
            due = f"{c.next_due.isoformat()} ({self._overdue_text})" if c.overdue else c.next_due.isoformat()
        level = tr_enum(c.selection.level) if c.selection is not None else ""
        return (c.case_number, c.client_name, self._stage_text[c.stage], level, c.days_in_stage(self.today), due,
                c.client_phone)

    def set_reasons(self, reasons: dict[str, MatchReason]) -> None:
        """Why each case matched the current search ({} when no search is active): the "Why it matched" column."""
        self.reasons = dict(reasons)
        if self.rows:
            self.dataChanged.emit(self.index(0, COL_MATCH), self.index(len(self.rows) - 1, COL_MATCH))

    def case_id(self, row: int) -> str:
        return self.rows[row].case_id

    def row_of(self, case_id: str) -> int:
        for i, summary in enumerate(self.rows):
            if summary.case_id == case_id:
                return i
        return -1

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every visible cell on each repaint: answer the common "nothing" fast.
        if role not in _ROLES_ANSWERED:
            return None
        row = index.row()
        if not 0 <= row < len(self.rows):
            return None
        col = index.column()
        c = self.rows[row]
        if col == COL_MATCH:
            reason = self.reasons.get(c.case_id)
            if role == MATCH_ROLE:
                return reason
            return reason.text() if reason is not None and role in (_DISPLAY, _TOOLTIP) else None
        if role == _DISPLAY:
            shown = self._display.get(c.case_id)
            if shown is None:
                shown = self._display[c.case_id] = self._display_row(c)
            return shown[col]
        if role == CASE_ID_ROLE:
            return c.case_id
        if role in (MATCH_ROLE, _TOOLTIP):
            return None
        if role == _FOREGROUND:
            if col == COL_DUE:
                if c.overdue:
                    return _OVERDUE_BRUSH
                if c.due_this_week:
                    return _WEEK_BRUSH
            return None
        return _RIGHT if col == COL_DAYS else None  # TextAlignmentRole

    # --- sorting -------------------------------------------------------------------------------------------------

    def _key(self, column: int) -> Any:
        if column == COL_CLIENT:
            return lambda c: (c.client_name, c.case_number)
        if column == COL_STAGE:
            return lambda c: (c.stage.order, c.case_number)
        if column == COL_LEVEL:  # undecided cases last, then in the vocabulary's order
            return lambda c: (_LEVEL_ORDER[c.selection.level] if c.selection else len(_LEVEL_ORDER), c.case_number)
        if column == COL_DAYS:
            return lambda c: (c.days_in_stage(self.today), c.case_number)
        if column == COL_DUE:
            # Cases with nothing due go last in ascending order.
            return lambda c: (c.next_due is None, c.next_due or date.max, c.case_number)
        if column == COL_PHONE:
            return lambda c: (c.client_phone, c.case_number)
        if column == COL_MATCH:
            return lambda c: (c.case_id not in self.reasons, self.reasons[c.case_id].where if c.case_id in
                              self.reasons else "", c.case_number)
        return lambda c: c.case_number

    def _apply_sort(self) -> None:
        column, order = self._sort
        self.rows.sort(key=self._key(column), reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._headers):
            return
        self.layoutAboutToBeChanged.emit()
        old_ids = [QPersistentModelIndex(i) for i in self.persistentIndexList()]
        ids_before = [self.rows[i.row()].case_id for i in old_ids]
        self._sort = (column, order)
        self._apply_sort()
        position = {c.case_id: n for n, c in enumerate(self.rows)}
        self.changePersistentIndexList(
            [QModelIndex(i) for i in old_ids],
            [self.index(position[cid], i.column()) for cid, i in zip(ids_before, old_ids, strict=True)])
        self.layoutChanged.emit()


class CaseFilterProxy(QSortFilterProxyModel):
    """Filters by stage, overdue, due this week and a set of case ids from the search; sorting is delegated to
    the source model (see module docstring)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.stage: Stage | None = None
        self.level: SelectionLevel | str | None = None  # NO_LEVEL: cases not selected yet
        self.only_overdue = False
        self.only_this_week = False
        self.open_only = False
        self.matching_ids: set[str] | None = None  # None: no search active

    def set_filters(self, *, stage: Stage | None = None, overdue: bool = False, this_week: bool = False,
                    open_only: bool = False, level: SelectionLevel | str | None = None) -> None:
        self.beginFilterChange()
        self.stage, self.only_overdue, self.only_this_week, self.open_only = stage, overdue, this_week, open_only
        self.level = level
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_matching_ids(self, ids: set[str] | None) -> None:
        self.beginFilterChange()
        self.matching_ids = ids
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, CaseListModel)
        c = model.rows[source_row]
        if self.stage is not None and c.stage is not self.stage:
            return False
        if self.level is not None and (c.selection.level if c.selection else NO_LEVEL) != self.level:
            return False
        if self.only_overdue and not c.overdue:
            return False
        if self.only_this_week and not c.due_this_week:
            return False
        if self.open_only and c.closed_on is not None:
            return False
        return self.matching_ids is None or c.case_id in self.matching_ids

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)

    def case_id(self, proxy_row: int) -> str:
        return str(self.index(proxy_row, 0).data(CASE_ID_ROLE))
