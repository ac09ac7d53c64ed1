"""The Statistics window (통계·실적): opened from the View menu, counts off the GUI thread, drills into records,
opens a case from the drill-down, saves a report, and hides while the app is locked."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from caseapp.domain.statistics import Period

MARCH = Period.month(2026, 3)


@pytest.fixture
def filled(main_window: Any) -> Any:
    from caseapp.services import cases, entries
    vault = main_window.vault
    first = cases.open_case(vault, {"name": "가나다", "sex": "F"}, {"opened_on": "2026-03-02"})
    second = cases.open_case(vault, {"name": "라마바", "sex": "M"}, {"opened_on": "2026-02-02"})
    entries.add_service_entry(vault, first.id, "counselling", "상담", occurred_on="2026-03-05",
                              contact_mode="home_visit", duration_min=40)
    entries.add_service_entry(vault, second.id, "information", "안내", occurred_on="2026-03-31",
                              contact_mode="phone", duration_min=10)
    entries.add_service_entry(vault, second.id, "information", "안내", occurred_on="2026-02-10",
                              contact_mode="phone", duration_min=10)
    return first, second


def _window(main_window: Any, qtbot: Any) -> Any:
    from caseapp.ui.views.statistics_window import StatisticsWindow
    action = main_window.findChild(type(main_window.statistics_action), "statistics")
    assert action is main_window.statistics_action
    action.trigger()
    window = main_window.findChild(StatisticsWindow)
    assert window is not None and window.isVisible()
    qtbot.waitUntil(lambda: window.job is not None and not window.job.running, timeout=10_000)
    window.set_period(MARCH)
    job = window.compute()
    qtbot.waitUntil(lambda: not job.running, timeout=10_000)
    return window


def _item(window: Any, key: str) -> Any:
    from PySide6.QtWidgets import QTreeWidgetItemIterator
    from caseapp.ui.views.statistics_window import KEY_ROLE
    it = QTreeWidgetItemIterator(window.tree)
    while it.value():
        if it.value().data(0, KEY_ROLE) == key:
            return it.value()
        it += 1
    raise AssertionError(key)


def test_the_menu_opens_the_window_and_the_figures_are_counted(main_window: Any, filled: Any, qtbot: Any) -> None:
    window = _window(main_window, qtbot)
    assert window.result.figures["services.total"] == 2
    assert _item(window, "services.total").text(1) == "2"
    assert _item(window, "services.minutes").text(1) == "50"
    assert _item(window, "cases.opened").text(1) == "1"
    assert window.type_chart.categories and window.monthly_chart.categories == ["26.03"]
    assert "정의 버전" in window.status.text() or "definitions version" in window.status.text()


def test_the_level_filter_narrows_the_figures(main_window: Any, filled: Any, qtbot: Any) -> None:
    from caseapp.services.selection_decisions import record_selection
    first, _second = filled
    record_selection(main_window.vault, first.id, {"decided_on": "2026-03-03", "level": "complex"})
    window = _window(main_window, qtbot)
    assert window.result.figures["cases.selected"] == 1 and window.result.level is None
    window.level_combo.setCurrentIndex(window.level_combo.findData("complex"))
    job = window.compute()
    qtbot.waitUntil(lambda: not job.running, timeout=10_000)
    assert window.result.level == "complex" and window.result.figures["services.total"] == 1
    assert window.level_combo.count() == 3  # all levels, 일반, 고난도: 집중 only where the agency uses it


def test_a_figure_drills_into_its_records_and_opens_the_case(main_window: Any, filled: Any, qtbot: Any) -> None:
    first, second = filled
    window = _window(main_window, qtbot)
    window._figure_clicked(_item(window, "services.by_type.information"), 0)
    qtbot.waitUntil(lambda: window.drill_table.rowCount() == 1, timeout=10_000)
    assert window.drill_case_numbers() == [second.case_number]
    assert window.drill_table.item(0, 0).text() == "2026-03-31"
    from caseapp.domain.vocab import PracticeType
    from caseapp.ui import i18n
    assert window.drill_table.item(0, 3).text() == PracticeType("information").label.text(i18n.language())
    with qtbot.waitSignal(window.open_case, timeout=5_000) as signal:
        window._drill_open(0, 0)
    assert signal.args == [second.id]


def test_a_chart_bar_drills_too(main_window: Any, filled: Any, qtbot: Any) -> None:
    window = _window(main_window, qtbot)
    window.mode_chart.category_clicked.emit(0)  # home visits
    qtbot.waitUntil(lambda: window.drill_table.rowCount() == 1, timeout=10_000)
    assert window.drill_case_numbers() == [filled[0].case_number]


def test_saving_a_report_and_refusing_the_programs_own_files(main_window: Any, filled: Any, qtbot: Any,
                                                            tmp_path: Path, data_dir: Path) -> None:
    window = _window(main_window, qtbot)
    assert window.save_report(str(data_dir / "backups" / "x.xlsx")) is None
    assert "caseapp 자신의 파일" in window.status.text()
    target = tmp_path / "march.xlsx"
    job = window.save_report(str(target))
    qtbot.waitUntil(lambda: not job.running, timeout=20_000)
    assert target.exists() and str(target) in window.status.text()
    from openpyxl import load_workbook
    assert load_workbook(target)["서비스 제공"].cell(row=3, column=2).value == 2


def test_a_backwards_range_is_refused_in_the_status_line(main_window: Any, filled: Any, qtbot: Any) -> None:
    from PySide6.QtCore import QDate
    window = _window(main_window, qtbot)
    window.from_edit.setDate(QDate(2026, 3, 31))
    window.to_edit.setDate(QDate(2026, 3, 1))
    assert window.compute() is None and "앞섭니다" in window.status.text()


def test_the_window_hides_while_locked(main_window: Any, filled: Any, qtbot: Any) -> None:
    from caseapp.storage.engine import cache_held
    window = _window(main_window, qtbot)
    engine = main_window.vault.engine
    assert cache_held(engine)  # reports keep their pages while the window is shown
    main_window.lock()
    assert not window.isVisible() and not cache_held(engine)
    assert not main_window.statistics_action.isEnabled()


def test_month_quarter_and_year_pickers(main_window: Any, qtbot: Any) -> None:
    from caseapp.ui.views.statistics_window import MONTH, QUARTER, YEAR, StatisticsWindow
    window = StatisticsWindow(main_window.vault, main_window, today=date(2026, 5, 17))
    qtbot.addWidget(window)
    window.kind_combo.setCurrentIndex(window.kind_combo.findData(MONTH))
    assert window.period() == Period.month(2026, 5)
    window.kind_combo.setCurrentIndex(window.kind_combo.findData(QUARTER))
    assert window.period() == Period.quarter(2026, 2)
    window.kind_combo.setCurrentIndex(window.kind_combo.findData(YEAR))
    window.year_spin.setValue(2025)
    assert window.period() == Period.year(2025)
