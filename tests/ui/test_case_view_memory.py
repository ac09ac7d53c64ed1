"""A closed case view leaves nothing behind: no widgets, and no Python reference keeping the view alive."""

from __future__ import annotations

import gc
import weakref
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QTabWidget

from caseapp.services import entries
from caseapp.ui.views.lazy_tab import build_all_pages


def _open_everything_and_close(window: Any, case_id: str) -> weakref.ref:
    view = window.open_case(case_id)
    assert view is not None
    for tabs in [view.tabs]:
        for i in range(tabs.count()):  # every tab and sub-tab built, as a user reading the whole case would
            tabs.setCurrentIndex(i)
            build_all_pages(tabs.widget(i))
            for inner in tabs.widget(i).findChildren(QTabWidget):
                for j in range(inner.count()):
                    inner.setCurrentIndex(j)
    QCoreApplication.processEvents()
    gone = weakref.ref(view)
    assert window.close_tab(window.tabs.indexOf(view))
    del view
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    gc.collect()
    return gone


def test_opening_and_closing_case_views_does_not_grow_the_widget_count(main_window: Any, vault: Any,
                                                                      case: Any) -> None:
    for i in range(3):
        entries.add_service_entry(vault, case.id, "counselling", f"{i + 1}회기 상담", contact_mode="phone")
    first = _open_everything_and_close(main_window, case.id)  # Qt makes its shared pieces (popups, caches) once
    assert first() is None
    baseline = len(QApplication.allWidgets())
    for _ in range(3):
        gone = _open_everything_and_close(main_window, case.id)
        assert gone() is None  # nothing (a signal, a cache) holds the closed view
    assert len(QApplication.allWidgets()) == baseline
