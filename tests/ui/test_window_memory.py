"""The window fits the screen it opens on and comes back as it was left there: size, place and column widths."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, Qt

from caseapp import settings as settings_mod
from caseapp.ui import window_memory
from caseapp.ui.main_window import MainWindow


def test_small_screens_open_maximized_and_large_ones_at_a_size_that_fits() -> None:
    laptop = QRect(0, 0, 1366, 768)
    rect, maximized = window_memory.first_placement(laptop, QRect(0, 0, 1366, 728))
    assert maximized and QRect(0, 0, 1366, 728).contains(rect)
    assert window_memory.first_placement(QRect(0, 0, 1440, 900), QRect(0, 0, 1440, 860))[1]
    monitor = QRect(1366, 0, 2560, 1440)
    rect, maximized = window_memory.first_placement(monitor, monitor)
    assert not maximized and monitor.contains(rect) and rect.width() <= 1400
    rect, maximized = window_memory.first_placement(QRect(0, 0, 1600, 900), QRect(0, 0, 1600, 860))
    assert not maximized and rect.height() <= 860 * 9 // 10


def test_size_position_and_columns_come_back_on_the_same_screen_only(qtbot: Any, main_window: Any,
                                                                     vault: Any) -> None:
    window = main_window
    assert window.isMaximized()  # the offscreen test screen is small
    window.showNormal()
    window.setGeometry(0, 30, 900, 640)  # the offscreen test screen is 800×800
    header = window.case_list.table.horizontalHeader()
    header.resizeSection(1, 333)
    window.today.table.horizontalHeader().resizeSection(0, 177)
    window.remember_layout()

    stored = settings_mod.load().window_layouts
    key = window_memory.screen_key(window.screen())
    assert set(stored) == {key} and stored[key]["maximized"] is False
    again = MainWindow(vault, settings_mod.load())
    qtbot.addWidget(again)
    assert not again.windowState() & Qt.WindowState.WindowMaximized
    assert again.geometry().size().toTuple() == (900, 640)
    assert again.case_list.table.horizontalHeader().sectionSize(1) == 333
    assert again.today.table.horizontalHeader().sectionSize(0) == 177
    again.idle.stop()

    elsewhere = settings_mod.load()
    elsewhere.window_layouts = {"2560x1440+1366+0": stored[key]}  # remembered for another monitor
    other = MainWindow(vault, elsewhere)
    qtbot.addWidget(other)
    assert other.windowState() & Qt.WindowState.WindowMaximized  # this screen is new: first placement
    assert other.case_list.table.horizontalHeader().sectionSize(1) != 333
    other.idle.stop()
