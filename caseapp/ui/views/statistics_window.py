"""통계·실적: the service statistics of a period as tables and charts, drill-down to the records, report export.

Figures are computed off the GUI thread (:mod:`caseapp.ui.background`); the same service, tables and definitions
as ``caseapp stats`` and ``caseapp report``.
"""

from __future__ import annotations

from contextlib import ExitStack
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateEdit, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QMainWindow,
    QProgressBar, QPushButton, QScrollArea, QSpinBox, QSplitter, QTableWidget, QTableWidgetItem, QTabWidget,
    QTextBrowser, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from caseapp.domain import statistics as defs
from caseapp.domain.statistics import Period, StatsResult
from caseapp.domain.stats_tables import TRANSCRIPTION_NOTE, build_tables, format_value, transcription_table, unit_of
from caseapp.domain.vocab import ContactMode, NeedArea, PracticeType, SelectionLevel
from caseapp.errors import UserError
from caseapp.services.selection_decisions import agency_uses_intensive_level
from caseapp.services.vault import Vault
from caseapp.ui import background, i18n
from caseapp.ui.i18n import error_text, tr_label
from caseapp.ui.widgets.bar_chart import BarChart, BarSeries

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
CASE_ROLE = Qt.ItemDataRole.UserRole + 2
MONTH, QUARTER, YEAR, RANGE = "month", "quarter", "year", "range"
VALUE_COLUMNS = 4  # the widest report table (need-area change) has four value columns


class StatisticsWindow(QMainWindow):
    open_case = Signal(str)

    def __init__(self, vault: Vault, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.vault = vault
        self.today = today or date.today()
        self.result: StatsResult | None = None
        self.job: background.Job | None = None
        self.drill_job: background.Job | None = None
        self._warm: ExitStack | None = None  # the report connection's pages, kept while the window is shown
        self.setWindowTitle(self.tr("Statistics and activity reports"))
        self.resize(1280, 720)

        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("period_kind")
        for text, kind in ((self.tr("Month"), MONTH), (self.tr("Quarter"), QUARTER), (self.tr("Year"), YEAR),
                           (self.tr("From – to"), RANGE)):
            self.kind_combo.addItem(text, kind)
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(self.today.year)
        self.part_combo = QComboBox(self)
        self.from_edit, self.to_edit = QDateEdit(self), QDateEdit(self)
        for edit, day in ((self.from_edit, self.today.replace(day=1)), (self.to_edit, self.today)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate(day.year, day.month, day.day))
        self.practitioner_combo = QComboBox(self)
        self.practitioner_combo.setObjectName("practitioner")
        self.practitioner_combo.addItem(self.tr("All case managers"), "")
        self.level_combo = QComboBox(self)
        self.level_combo.setObjectName("selection_level")
        self.level_combo.addItem(self.tr("All levels"), "")
        intensive = agency_uses_intensive_level(vault)  # 집중 only where the agency uses it
        for level in SelectionLevel:
            if level.selected and (intensive or level is not SelectionLevel.INTENSIVE):
                self.level_combo.addItem(i18n.tr_enum(level), level.value)
        self.compute_button = QPushButton(self.tr("Show"), self)
        self.compute_button.setObjectName("compute")
        self.compute_button.clicked.connect(self.compute)
        self.export_button = QPushButton(self.tr("Save report…"), self)
        self.export_button.setObjectName("export_report")
        self.export_button.setToolTip(self.tr("Excel (.xlsx), CSV, signed PDF or 한글 (.hwpx)"))
        self.export_button.clicked.connect(self.choose_report_file)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(160)
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setObjectName("stats_status")

        self.range_dash = QLabel("–", self)
        self.practitioner_label = QLabel(self.tr("Case manager:"), self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period:"), self))
        for w in (self.kind_combo, self.year_spin, self.part_combo, self.from_edit, self.range_dash, self.to_edit):
            bar.addWidget(w)
        bar.addSpacing(12)
        bar.addWidget(self.practitioner_label)
        bar.addWidget(self.practitioner_combo)
        bar.addWidget(self.level_combo)
        bar.addWidget(self.compute_button)
        bar.addStretch(1)
        bar.addWidget(self.progress)
        bar.addWidget(self.export_button)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("figures")
        self.tree.setColumnCount(VALUE_COLUMNS + 1)  # a table's own column titles are on its heading row
        self.tree.setHeaderLabels([self.tr("Figure"), self.tr("Value")] + [""] * (VALUE_COLUMNS - 1))
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        for col in range(1, VALUE_COLUMNS + 1):
            self.tree.setColumnWidth(col, 128)
        self.tree.itemClicked.connect(self._figure_clicked)
        self.transcription = QTreeWidget(self)
        self.transcription.setObjectName("transcription")
        self.transcription.setHeaderLabels([self.tr("Screen / item"), self.tr("Value")])
        self.transcription.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.transcription.header().setStretchLastSection(False)
        self.transcription.setColumnWidth(1, 110)
        self.transcription.itemClicked.connect(self._figure_clicked)
        self.definitions = QTextBrowser(self)
        self.definitions.setObjectName("definitions")

        self.monthly_chart = BarChart(self)
        self.flow_chart = BarChart(self)
        self.type_chart = BarChart(self, horizontal=True)
        self.mode_chart = BarChart(self, horizontal=True)
        self.need_chart = BarChart(self, horizontal=True)
        self.need_chart.maximum = 3
        self.type_chart.category_clicked.connect(
            lambda i: self.show_drill(f"services.by_type.{list(PracticeType)[i].value}"))
        self.mode_chart.category_clicked.connect(
            lambda i: self.show_drill(f"services.by_mode.{list(ContactMode)[i].value}"))
        self.need_chart.category_clicked.connect(
            lambda i: self.show_drill(f"outcomes.need_change.{list(NeedArea)[i].value}"))
        charts = QWidget(self)
        charts_layout = QVBoxLayout(charts)
        for chart in (self.monthly_chart, self.flow_chart, self.type_chart, self.mode_chart, self.need_chart):
            charts_layout.addWidget(chart)
        charts_scroll = QScrollArea(self)
        charts_scroll.setWidgetResizable(True)
        charts_scroll.setWidget(charts)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("stats_tabs")
        self.tabs.addTab(self.tree, self.tr("Figures"))
        self.tabs.addTab(charts_scroll, self.tr("Charts"))
        self.transcription_note = QLabel(TRANSCRIPTION_NOTE.text(i18n.language()), self)
        self.transcription_note.setWordWrap(True)
        transcription_page = QWidget(self)
        page_layout = QVBoxLayout(transcription_page)
        page_layout.setContentsMargins(0, 4, 0, 0)
        page_layout.addWidget(self.transcription_note)
        page_layout.addWidget(self.transcription, 1)
        self.tabs.addTab(transcription_page, self.tr("Transcription sheet"))
        self.tabs.addTab(self.definitions, self.tr("Definitions"))

        self.drill_title = QLabel(self.tr("Click a figure to see the records behind it."), self)
        self.drill_title.setWordWrap(True)
        self.drill_table = QTableWidget(0, 4, self)
        self.drill_table.setObjectName("drill")
        self.drill_table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Case"), self.tr("Client"),
                                                    self.tr("Value")])
        self.drill_table.verticalHeader().setVisible(False)
        self.drill_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.drill_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.drill_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.drill_table.horizontalHeader().setStretchLastSection(True)
        self.drill_table.setToolTip(self.tr("Double-click to open the case."))
        self.drill_table.cellDoubleClicked.connect(self._drill_open)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.drill_title)
        right_layout.addWidget(self.drill_table, 1)

        split = QSplitter(self)
        split.addWidget(self.tabs)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([760, 480])
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        self.setCentralWidget(central)

        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self._fill_practitioners()
        self._show_definitions()

    # --- period --------------------------------------------------------------------------------------------------

    def _kind_changed(self) -> None:
        kind = self.kind_combo.currentData()
        self.part_combo.blockSignals(True)
        self.part_combo.clear()
        if kind == MONTH:
            for m in range(1, 13):
                self.part_combo.addItem(self.tr("%1 (month)").replace("%1", str(m)), m)
            self.part_combo.setCurrentIndex(self.today.month - 1)
        elif kind == QUARTER:
            for q in range(1, 5):
                self.part_combo.addItem(self.tr("Q%1").replace("%1", str(q)), q)
            self.part_combo.setCurrentIndex((self.today.month - 1) // 3)
        self.part_combo.blockSignals(False)
        self.year_spin.setVisible(kind != RANGE)
        self.part_combo.setVisible(kind in (MONTH, QUARTER))
        for w in (self.from_edit, self.range_dash, self.to_edit):
            w.setVisible(kind == RANGE)

    def set_period(self, period: Period) -> None:
        """Show ``period`` in the picker as a from–to range (tests and the main window use this)."""
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(RANGE))
        self.from_edit.setDate(QDate(period.start.year, period.start.month, period.start.day))
        self.to_edit.setDate(QDate(period.end.year, period.end.month, period.end.day))

    def period(self) -> Period:
        kind, year = self.kind_combo.currentData(), self.year_spin.value()
        if kind == MONTH:
            return Period.month(year, int(self.part_combo.currentData()))
        if kind == QUARTER:
            return Period.quarter(year, int(self.part_combo.currentData()))
        if kind == YEAR:
            return Period.year(year)
        start, end = self.from_edit.date().toPython(), self.to_edit.date().toPython()
        if end < start:
            raise UserError("종료일이 시작일보다 앞섭니다.", "The last day is before the first day.")
        return Period(start, end)

    def practitioner(self) -> str | None:
        return str(self.practitioner_combo.currentData() or "") or None

    def level(self) -> str | None:
        """The 선정 level to narrow to (None: every case)."""
        return str(self.level_combo.currentData() or "") or None

    def _fill_practitioners(self) -> None:
        from caseapp.services import statistics
        for _pid, name in statistics.practitioners(self.vault):
            self.practitioner_combo.addItem(name, name)
        several = self.practitioner_combo.count() > 2  # "all" plus more than one person
        self.practitioner_combo.setVisible(several)
        self.practitioner_label.setVisible(several)

    # --- computing -----------------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        if self._warm is None:  # a report after the first reads its pages again only while this window is shown
            from caseapp.services import statistics
            self._warm = ExitStack()
            self._warm.enter_context(statistics.warm_cache(self.vault))
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        if self._warm is not None:
            self._warm.close()
            self._warm = None
        super().hideEvent(event)

    def compute(self) -> background.Job | None:
        if self.job is not None and self.job.running:
            return self.job
        try:
            period = self.period()
        except UserError as exc:
            self.status.setText(error_text(exc))
            return None
        from caseapp.services import statistics
        vault, who, level = self.vault, self.practitioner(), self.level()
        self._busy(True, self.tr("Counting…"))
        self.job = background.start(lambda _job: statistics.statistics(vault, period, who, level), parent=self,
                                    on_success=self._computed, on_error=self._failed)
        return self.job

    def _busy(self, busy: bool, text: str = "") -> None:
        self.progress.setVisible(busy)
        self.compute_button.setEnabled(not busy)
        self.export_button.setEnabled(not busy)
        if text:
            self.status.setText(text)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if not isinstance(exc, UserError):
            raise exc
        self.status.setText(error_text(exc))

    def _computed(self, result: StatsResult) -> None:
        self.result = result
        self._busy(False)
        lang = i18n.language()
        self.tree.clear()
        for table in build_tables(result, lang):
            top = QTreeWidgetItem([table.title] + (table.header[1:] if len(table.header) > 2 else []))
            font = top.font(0)
            font.setBold(True)
            for col in range(len(table.header)):
                top.setFont(col, font)
                top.setToolTip(col, table.header[col] if col else table.title)
            self.tree.addTopLevelItem(top)
            for row, keys in zip(table.rows, table.keys):
                cells = [str(row[0])] + [format_value(v, unit_of(k)) for v, k in zip(row[1:], keys)]
                item = QTreeWidgetItem(cells[:VALUE_COLUMNS + 1])
                item.setData(0, KEY_ROLE, keys[0])
                for col in range(1, len(cells)):
                    item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    item.setData(col, KEY_ROLE, keys[col - 1])
                top.addChild(item)
            top.setExpanded(True)
        self._fill_transcription(result, lang)
        self._fill_charts(result, lang)
        self.status.setText(self.tr("%1 · definitions version %2").replace("%1", result.period.text())
                            .replace("%2", defs.DEFINITIONS_VERSION))

    def _fill_transcription(self, result: StatsResult, lang: str) -> None:
        self.transcription.clear()
        screen: QTreeWidgetItem | None = None
        table = transcription_table(result, lang)
        for row, keys in zip(table.rows, table.keys):
            if row[0]:
                screen = QTreeWidgetItem([str(row[0])])
                self.transcription.addTopLevelItem(screen)
                screen.setExpanded(True)
            item = QTreeWidgetItem([str(row[1]), format_value(row[2], unit_of(keys[0]))])
            item.setData(0, KEY_ROLE, keys[0])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            assert screen is not None
            screen.addChild(item)

    def _fill_charts(self, result: StatsResult, lang: str) -> None:
        f = result.figures
        months = [m.start.strftime("%y.%m") for m in result.period.months()]
        keys = [m.start.strftime("%Y-%m") for m in result.period.months()]

        def series(key: str) -> list[float]:
            return [float(result.monthly.get(key, {}).get(k, 0)) for k in keys]

        self.monthly_chart.set_data(self.tr("Services per month"), months,
                                    [BarSeries(self.tr("Services"), series("services.total"))])
        self.flow_chart.set_data(self.tr("Cases opened and closed per month"), months,
                                 [BarSeries(self.tr("Opened"), series("cases.opened")),
                                  BarSeries(self.tr("Closed"), series("cases.closed"))])
        self.type_chart.set_data(self.tr("Services by practice type"), [tr_label(p.label) for p in PracticeType],
                                 [BarSeries("", [float(f.get(f"services.by_type.{p.value}") or 0)
                                                 for p in PracticeType])])
        self.mode_chart.set_data(self.tr("Services by contact mode"), [tr_label(m.label) for m in ContactMode],
                                 [BarSeries("", [float(f.get(f"services.by_mode.{m.value}") or 0)
                                                 for m in ContactMode])])
        self.need_chart.set_data(self.tr("Need level per area, closed cases (0–3)"),
                                 [tr_label(a.label) for a in NeedArea],
                                 [BarSeries(self.tr("Intake"), [float(f.get(f"outcomes.need_intake.{a.value}") or 0)
                                                                for a in NeedArea]),
                                  BarSeries(self.tr("Closing"), [float(f.get(f"outcomes.need_closing.{a.value}") or 0)
                                                                 for a in NeedArea])])

    def _show_definitions(self) -> None:
        from html import escape
        lang = i18n.language()
        items = [d.text(lang) for d in defs.DEFINITIONS]
        placed = [f"<b>{escape(s.label.text(lang))}</b>: {escape(s.placed_by.text(lang))}"
                  for s in defs.SOURCES.values()]
        placed_title = self.tr("Which date places a record in the period")
        html = "<ul>" + "".join(f"<li>{escape(t)}</li>" for t in items) + "</ul>"
        html += f"<p><b>{escape(placed_title)}</b></p><ul>" + "".join(f"<li>{p}</li>" for p in placed) + "</ul>"
        self.definitions.setHtml(html)

    # --- drill-down ----------------------------------------------------------------------------------------------

    def _figure_clicked(self, item: QTreeWidgetItem, column: int) -> None:
        key = item.data(column, KEY_ROLE) or item.data(0, KEY_ROLE)  # a value column drills into that figure
        if key:
            self.show_drill(str(key))

    def show_drill(self, key: str) -> background.Job | None:
        if self.result is None:
            return None
        from caseapp.services import statistics
        vault, period, who, level = self.vault, self.result.period, self.practitioner(), self.result.level
        self.drill_title.setText(self.tr("Loading %1…").replace("%1", defs.figure_label(key, i18n.language())))
        self.drill_job = background.start(lambda _job: (key, statistics.drill(vault, period, key, who, level=level)),
                                          parent=self,
                                          on_success=self._drilled, on_error=self._failed)
        return self.drill_job

    def _drilled(self, found: tuple[str, list[Any]]) -> None:
        key, rows = found
        self.drill_title.setText(self.tr("%1: %2 record(s)").replace("%1", defs.figure_label(key, i18n.language()))
                                 .replace("%2", str(len(rows))))
        self.drill_table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            cells = [r.on.isoformat() if r.on else "", r.case_number, r.client_name,
                     r.text(i18n.language())]  # a code's label, as the figures' own rows show it
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(CASE_ROLE, r.case_id)
                self.drill_table.setItem(i, col, cell)
        self.drill_table.resizeColumnsToContents()

    def drill_case_numbers(self) -> list[str]:
        return [self.drill_table.item(i, 1).text() for i in range(self.drill_table.rowCount())]

    def _drill_open(self, row: int, _col: int) -> None:
        item = self.drill_table.item(row, 0)
        if item is not None:
            self.open_case.emit(str(item.data(CASE_ROLE)))

    # --- report --------------------------------------------------------------------------------------------------

    def choose_report_file(self) -> None:
        try:
            period = self.period()
        except UserError as exc:
            self.status.setText(error_text(exc))
            return
        suggested = str(Path.home() / f"caseapp-report-{period.start.isoformat()}-{period.end.isoformat()}.xlsx")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"), suggested,
                                              self.tr("Excel (*.xlsx);;CSV (*.csv);;PDF (*.pdf);;한글 (*.hwpx)"))
        if path:
            self.save_report(path)

    def save_report(self, path: str) -> background.Job | None:
        from caseapp.services import reports
        try:
            period = self.period()
            reports.check_output_path(path)
        except UserError as exc:
            self.status.setText(error_text(exc))
            return None
        vault, who, lang, level = self.vault, self.practitioner(), i18n.language(), self.level()
        self._busy(True, self.tr("Writing the report…"))

        def done(written: Any) -> None:
            self._busy(False)
            self.status.setText(self.tr("Report saved: %1").replace("%1", str(written.path)))

        self.job = background.start(
            lambda job: reports.write_report(vault, period, path, practitioner=who, lang=lang, progress=job.report,
                                             level=level),
            parent=self, on_success=done, on_error=self._failed)
        return self.job


def open_statistics(main_window: Any) -> StatisticsWindow | None:
    """The main window's menu action: one Statistics window, hidden while locked, opening cases in the main window."""
    if getattr(main_window, "locked", False):
        return None
    window = getattr(main_window, "statistics_window", None)
    if window is None:
        window = StatisticsWindow(main_window.vault, main_window)
        window.open_case.connect(main_window.open_case)
        main_window.statistics_window = window
        main_window.privacy_windows.append(window)
    window.show()
    window.raise_()
    window.activateWindow()
    if window.result is None:
        window.compute()
    return window
