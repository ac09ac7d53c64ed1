"""The case list as a real table model: rows are ``CaseSummary`` objects, no widget per row.

Sorting and filtering happen in the model, in Python, in one pass each (``sorted`` on precomputed keys, a list
comprehension for the filters); the view shows the model through :class:`CaseFilterProxy`, an identity proxy
that only carries the filter settings. Qt's QSortFilterProxyModel asked Python about every one of 10,000 rows on
each refresh and filter change (a virtual call each) and announced a filter change as thousands of row runs,
most of a second on the GUI thread; the view now asks only about the cells it paints.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from collections.abc import Callable

from PySide6.QtCore import QIdentityProxyModel, QModelIndex, QPersistentModelIndex, Qt
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
        self.rows: list[CaseSummary] = []  # every case, in the sort order
        self.shown: list[CaseSummary] = []  # the rows the filters let through, in the same order: the table's rows
        self._accepts: Callable[[CaseSummary], bool] | None = None  # None: every row is shown
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
        self._apply_filter()
        self.endResetModel()

    def set_filter(self, accepts: Callable[[CaseSummary], bool] | None) -> None:
        """Show only the rows ``accepts`` lets through (None: all); the selection keeps the rows still shown."""
        self._relayout(lambda: setattr(self, "_accepts", accepts))

    def _apply_filter(self) -> None:
        accepts = self._accepts
        self.shown = self.rows if accepts is None else [c for c in self.rows if accepts(c)]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self.shown)

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
        if self.shown:
            self.dataChanged.emit(self.index(0, COL_MATCH), self.index(len(self.shown) - 1, COL_MATCH))

    def case_id(self, row: int) -> str:
        return self.shown[row].case_id

    def row_of(self, case_id: str) -> int:
        """Position among all rows (``rows``), shown or not; -1 when there is no such case."""
        return _position(self.rows, case_id)

    def shown_row_of(self, case_id: str) -> int:
        """The table row showing ``case_id``; -1 when the filters hide it."""
        return _position(self.shown, case_id)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every visible cell on each repaint: answer the common "nothing" fast.
        if role not in _ROLES_ANSWERED:
            return None
        row = index.row()
        if not 0 <= row < len(self.shown):
            return None
        col = index.column()
        c = self.shown[row]
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

        def change() -> None:
            self._sort = (column, order)
            self._apply_sort()
        self._relayout(change)

    def _relayout(self, change: Callable[[], None]) -> None:
        """Sort or filter again as one layout change; selected and current rows follow their case (or are
        dropped when the filters now hide it)."""
        self.layoutAboutToBeChanged.emit()
        old = [QPersistentModelIndex(i) for i in self.persistentIndexList()]
        ids_before = [self.shown[i.row()].case_id if 0 <= i.row() < len(self.shown) else "" for i in old]
        change()
        self._apply_filter()
        position = {c.case_id: n for n, c in enumerate(self.shown)}
        self.changePersistentIndexList(
            [QModelIndex(i) for i in old],
            [self.index(position[cid], i.column()) if cid in position else QModelIndex()
             for cid, i in zip(ids_before, old, strict=True)])
        self.layoutChanged.emit()


def _position(rows: list[CaseSummary], case_id: str) -> int:
    for i, summary in enumerate(rows):
        if summary.case_id == case_id:
            return i
    return -1


class CaseFilterProxy(QIdentityProxyModel):
    """What the table shows: the case list model as it is (the identity mapping runs in C++), with the filter
    settings (stage, level, overdue, due this week, open only, the search's case ids) applied by the model in one
    pass (see the module docstring)."""

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
        self.stage, self.only_overdue, self.only_this_week, self.open_only = stage, overdue, this_week, open_only
        self.level = level
        self._refilter()

    def set_matching_ids(self, ids: set[str] | None) -> None:
        self.matching_ids = ids
        self._refilter()

    def _refilter(self) -> None:
        model = self.sourceModel()
        assert isinstance(model, CaseListModel)
        active = (self.stage, self.level, self.matching_ids) != (None, None, None) or \
            self.only_overdue or self.only_this_week or self.open_only
        model.set_filter(self.accepts if active else None)

    def accepts(self, c: CaseSummary) -> bool:
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
