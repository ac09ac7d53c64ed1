"""Opening a case builds only the tab on screen; input is watched at the windows, not at every object."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from caseapp.domain.vocab import Stage
from caseapp.services import entries
from caseapp.services.vault import Vault
from caseapp.ui.idle_lock import IdleWatcher
from caseapp.ui.views.case_view import CaseView
from caseapp.ui.widgets import wheel_guard


def test_only_the_current_tab_is_built_and_the_others_on_first_show(qtbot: Any, vault: Vault, case: Any) -> None:
    entries.add_service_entry(vault, case.id, "counselling", "전화 상담", contact_mode="phone")
    view = CaseView(vault, case.id)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    tabs = view.stage_tabs.unbuilt
    assert view.tabs.currentIndex() == Stage.INTAKE.order and tabs[Stage.INTAKE].is_built
    assert not any(tabs[s].is_built for s in Stage if s is not Stage.INTAKE)
    assert not view.ctx.sections or all(tabs[Stage.INTAKE].isAncestorOf(s) for s in view.ctx.sections)

    view.tabs.setCurrentIndex(Stage.IMPLEMENTATION.order)  # the user clicks the tab
    page = tabs[Stage.IMPLEMENTATION]
    assert page.is_built
    services = page.services  # type: ignore[attr-defined]
    assert services.table.isVisibleTo(view) and services.model.rowCount() == 1  # shown at once, with its rows
    assert services.model.rows[0].text == "전화 상담"
    assert not view.has_unsaved_changes()


def test_a_key_in_any_window_counts_as_activity(qtbot: Any, gui_app: Any) -> None:
    watcher = IdleWatcher(5)
    dialog = QWidget()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    try:
        watcher.timer.stop()
        watcher._last_restart = 0.0  # noqa: SLF001 - as if the last input was long ago
        QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_A)
        assert watcher.timer.isActive()  # the idle time starts again
        with qtbot.waitSignal(watcher.lock_key, timeout=1000):
            QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    finally:
        watcher.stop()


def test_a_combo_made_outside_the_forms_is_guarded_once_the_pointer_is_over_it(qtbot: Any, gui_app: Any) -> None:
    page = QWidget()
    column = QVBoxLayout(page)
    combo = QComboBox(page)
    combo.addItems(["하나", "둘", "셋"])
    column.addWidget(combo)
    column.addWidget(QLabel("아래 내용\n" * 80, page))  # tall: the area scrolls
    area = QScrollArea()
    area.setWidget(page)
    area.resize(400, 300)
    qtbot.addWidget(area)
    area.show()
    area.activateWindow()
    qtbot.waitUntil(area.isActiveWindow, timeout=2000)
    assert not combo.property(wheel_guard.ADOPTED)
    centre = combo.rect().center()
    QTest.mouseMove(area.windowHandle(), combo.mapTo(area, centre))  # the pointer comes over it
    assert combo.property(wheel_guard.ADOPTED)
    event = QWheelEvent(QPointF(centre), QPointF(combo.mapToGlobal(centre)), QPoint(0, 0), QPoint(0, -360),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(combo, event)
    assert combo.currentIndex() == 0
    assert area.verticalScrollBar().value() > 0  # the page scrolled instead
