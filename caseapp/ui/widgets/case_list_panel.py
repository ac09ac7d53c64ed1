"""The case list with its search box and filters (the first tab of the main window)."""

from __future__ import annotations

import logging
import re
from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMenu, QTableView,
    QVBoxLayout, QWidget,
)

from caseapp.domain.deadlines import Deadline
from caseapp.domain.vocab import SelectionLevel, Stage
from caseapp.services import cases as case_service
from caseapp.services.cases import CaseSummary
from caseapp.services.search import MatchReason
from caseapp.services.selection import NO_LEVEL
from caseapp.services.vault import Vault
from caseapp.ui import background
from caseapp.ui.i18n import tr_enum
from caseapp.ui.models.case_list_model import (
    COL_CLIENT, COL_DAYS, COL_DUE, COL_LEVEL, COL_MATCH, COL_NUMBER, COL_PHONE, COL_STAGE, CaseFilterProxy,
    CaseListModel,
)
from caseapp.ui.widgets.match_delegate import MatchDelegate

log = logging.getLogger("caseapp.ui")

SEARCH_DEBOUNCE_MS = 200
SEARCH_LIMIT = 10_000


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def local_matches(rows: list[CaseSummary], query: str) -> set[str]:
    """Case number, client name and phone (digits only) substring matches, computed in memory."""
    needle = query.strip().casefold()
    digits = _digits(query)
    out = set()
    for c in rows:
        if needle in c.case_number.casefold() or needle in c.client_name.casefold() or \
                (len(digits) >= 3 and digits in _digits(c.client_phone)):
            out.add(c.case_id)
    return out


def index_search(vault: Vault, query: str) -> list[str]:
    """Client names, 초성, phone and words in any note, from the SEARCH helper's index (latest opened first)."""
    from caseapp.services.search import search_cases  # the full-text index over every record of every case
    return search_cases(vault, query, SEARCH_LIMIT)


def explain(vault: Vault, query: str, case_ids: list[str]) -> dict[str, MatchReason]:
    """Why each found case matched (field and snippet), for the first few hundred of them."""
    from caseapp.services.search import explain_case_matches
    return explain_case_matches(vault, query, case_ids)


class CaseListPanel(QWidget):
    open_case = Signal(str)  # case id
    export_cases = Signal(list)  # case ids chosen from the context menu
    loaded = Signal(int)  # number of cases
    upcoming_loaded = Signal(list)  # the today list's deadlines, picked from the same load right after it is shown
    searched = Signal()  # a search result was applied (tests wait on it)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.model = CaseListModel(self)
        self.proxy = CaseFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._search_generation = 0
        self._load_job: background.Job | None = None
        self._upcoming_job: background.Job | None = None
        self._load_generation = 0  # a today list picked from an older load is dropped
        self._upcoming_generation = 0  # the load whose today list was last shown
        self.upcoming: list[Deadline] = []  # the today list's deadlines from the last load
        # The serial of the load (background.Job) whose rows the last today list came from: the today list's own
        # reloads run beside it, and the newer read must win whichever finishes last.
        self.upcoming_serial = 0

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("case_search")
        self.search_edit.setPlaceholderText(self.tr("Search: name, 초성 (e.g. ㄱㅁㅅ), phone, words in notes"))
        self.search_edit.setClearButtonEnabled(True)
        self.stage_combo = QComboBox(self)
        self.stage_combo.addItem(self.tr("All stages"), None)
        for stage in Stage:
            self.stage_combo.addItem(tr_enum(stage), stage.value)
        self.level_combo = QComboBox(self)
        self.level_combo.setObjectName("levelFilter")
        self.level_combo.addItem(self.tr("All selection levels"), None)
        for level in SelectionLevel:
            self.level_combo.addItem(tr_enum(level), level.value)
        self.level_combo.addItem(self.tr("Selection not decided"), NO_LEVEL)
        self.overdue_check = QCheckBox(self.tr("Overdue"), self)
        self.week_check = QCheckBox(self.tr("Due this week"), self)
        self.open_check = QCheckBox(self.tr("Open cases only"), self)
        self.count_label = QLabel(self)

        self.table = QTableView(self)
        self.table.setObjectName("case_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_NUMBER, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in ((COL_NUMBER, 110), (COL_CLIENT, 140), (COL_STAGE, 190), (COL_LEVEL, 150),
                           (COL_DAYS, 110), (COL_DUE, 190), (COL_PHONE, 140)):
            self.table.setColumnWidth(col, width)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.setItemDelegateForColumn(COL_MATCH, MatchDelegate(self.table))
        self.table.setColumnHidden(COL_MATCH, True)  # shown while a search is active

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_search)
        self.search_edit.textChanged.connect(lambda _text: self._debounce.start())
        self.search_edit.returnPressed.connect(self._open_single_result)
        self.stage_combo.currentIndexChanged.connect(self.apply_filters)
        self.level_combo.currentIndexChanged.connect(self.apply_filters)
        for check in (self.overdue_check, self.week_check, self.open_check):
            check.toggled.connect(self.apply_filters)
        # Counted once after a burst of row signals (a refilter can send thousands), not once per signal.
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(0)
        self._count_timer.timeout.connect(self._update_count)
        for changed in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset,
                        self.proxy.layoutChanged):
            changed.connect(lambda *_args: self._count_timer.start())

        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 3)
        filters.addWidget(self.stage_combo, 1)
        filters.addWidget(self.level_combo, 1)
        filters.addWidget(self.overdue_check)
        filters.addWidget(self.week_check)
        filters.addWidget(self.open_check)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.setTabOrder(self.search_edit, self.stage_combo)
        self.setTabOrder(self.stage_combo, self.level_combo)
        self.setTabOrder(self.level_combo, self.overdue_check)
        self.setTabOrder(self.overdue_check, self.week_check)
        self.setTabOrder(self.week_check, self.open_check)
        self.setTabOrder(self.open_check, self.table)

    # --- loading -------------------------------------------------------------------------------------------------

    def reload(self, select_case_id: str | None = None) -> background.Job:
        """Load every case summary off the GUI thread (a few grouped queries, fast even for 10,000 cases)."""
        self.count_label.setText(self.tr("Loading cases…"))
        vault = self.vault
        self._load_generation += 1
        generation = self._load_generation
        job = background.start(lambda job: case_service.list_cases(vault), parent=self,
                               on_success=lambda rows: self._listed(generation, rows, select_case_id, job.serial))
        self._load_job = job
        return job

    def loading(self) -> bool:
        """The list, or the today list picked from it, is still being read."""
        return self._upcoming_generation != self._load_generation or \
            any(j is not None and j.running for j in (self._load_job, self._upcoming_job))

    def _listed(self, generation: int, rows: list[CaseSummary], select_case_id: str | None, serial: int) -> None:
        """The list is shown first; the today list's deadlines are picked from the same rows after it (~0.1 s at
        10,000 cases that the list no longer waits for)."""
        if generation != self._load_generation:
            return  # a newer reload is on its way
        self._loaded(rows, None, select_case_id)
        vault, today = self.vault, self.model.today
        # Started after this turn of the event loop (the list's paint comes first): a worker running Python
        # beside the GUI thread's own Python work makes both wait for the GIL.
        QTimer.singleShot(0, self, lambda: self._pick_upcoming(generation, vault, today, rows, serial))

    def _pick_upcoming(self, generation: int, vault: Vault, today: date, rows: list[CaseSummary],
                       serial: int) -> None:
        if generation != self._load_generation or vault.closed:
            return
        self._upcoming_job = background.start(
            lambda job: case_service.upcoming_deadlines(vault, today, listed=rows), parent=self,
            on_success=lambda upcoming: self._upcoming(generation, upcoming, serial))

    def _upcoming(self, generation: int, upcoming: list[Deadline], serial: int) -> None:
        if generation == self._load_generation:
            self._upcoming_generation = generation
            self.upcoming = upcoming
            self.upcoming_serial = serial  # as old as the rows it was picked from, not as the job that picked it
            self.upcoming_loaded.emit(upcoming)

    def load_now(self, rows: list[CaseSummary], upcoming: list[Deadline] | None = None) -> None:
        self._load_generation += 1
        self._upcoming_generation = self._load_generation
        self._loaded(rows, upcoming or [], None)
        self.upcoming_serial = background.next_serial()
        self.upcoming_loaded.emit(self.upcoming)

    def _loaded(self, rows: list[CaseSummary], upcoming: list[Deadline] | None, select_case_id: str | None) -> None:
        if upcoming is not None:
            self.upcoming = upcoming
        self.model.set_cases(rows, date.today())
        if self.search_edit.text().strip():
            self.run_search()
        self._update_count()
        if select_case_id:
            self.select_case(select_case_id)
        self.loaded.emit(len(rows))

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%1 of %2 cases").replace("%1", str(self.proxy.rowCount()))
                                 .replace("%2", str(len(self.model.rows))))

    # --- filters and search --------------------------------------------------------------------------------------

    def apply_filters(self) -> None:
        code = self.stage_combo.currentData()
        level = self.level_combo.currentData()
        self.proxy.set_filters(stage=Stage(code) if code else None, overdue=self.overdue_check.isChecked(),
                               this_week=self.week_check.isChecked(), open_only=self.open_check.isChecked(),
                               level=SelectionLevel(level) if level not in (None, NO_LEVEL) else level)
        self._update_count()

    def run_search(self) -> None:
        query = self.search_edit.text().strip()
        self._search_generation += 1
        generation = self._search_generation
        if not query:
            self.proxy.set_matching_ids(None)
            self.model.set_reasons({})
            self.table.setColumnHidden(COL_MATCH, True)
            self._update_count()
            self.searched.emit()
            return
        local = local_matches(self.model.rows, query)
        vault = self.vault

        def search(job: background.Job) -> tuple[set[str], dict[str, MatchReason]]:
            try:
                found = index_search(vault, query)
            except ImportError:
                log.warning("search index module unavailable; searching names, numbers and phones only")
                return local, {}
            ordered = found + sorted(local - set(found))
            matched = local | set(found)
            from caseapp.services import access_log  # 접속기록: the query and how many cases it returned
            access_log.record_search(vault, query, len(matched), len(matched))
            return matched, explain(vault, query, ordered)

        background.start(search, parent=self, on_success=lambda result: self._apply_search(generation, *result))

    def _apply_search(self, generation: int, ids: set[str], reasons: dict[str, MatchReason] | None = None) -> None:
        if generation != self._search_generation:
            return  # the user typed more meanwhile; a newer search is on its way
        self.model.set_reasons(reasons or {})
        self.proxy.set_matching_ids(ids)
        self.table.setColumnHidden(COL_MATCH, False)
        self._update_count()
        self.searched.emit()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # --- selection -----------------------------------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_case.emit(self.proxy.case_id(index.row()))

    def context_actions(self) -> list[QAction]:
        """Actions for the selected rows (shown on right-click)."""
        ids = self.selected_case_ids()
        open_action = QAction(self.tr("Open"), self)
        open_action.setEnabled(len(ids) == 1)
        open_action.triggered.connect(lambda: self.open_case.emit(ids[0]))
        export_action = QAction(self.tr("Export PDF…"), self)
        export_action.setEnabled(bool(ids))
        export_action.triggered.connect(lambda: self.export_cases.emit(ids))
        return [open_action, export_action]

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.addActions(self.context_actions())
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def _open_single_result(self) -> None:
        if self.proxy.rowCount() >= 1:
            self._debounce.stop()
            self.open_case.emit(self.proxy.case_id(0))

    def selected_case_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.proxy.case_id(r) for r in rows]

    def visible_case_ids(self) -> list[str]:
        return [self.proxy.case_id(r) for r in range(self.proxy.rowCount())]

    def select_case(self, case_id: str) -> None:
        row = self.model.shown_row_of(case_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectionModel().select(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)
