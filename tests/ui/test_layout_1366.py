"""At 1366×768 the work is within reach: six tasks in view, referrals one click away, nothing wider than the
window in English, and every radar label whole."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QApplication, QScrollArea

from caseapp.domain.vocab import NeedArea, Stage
from caseapp.services import cases, demo_data
from caseapp.ui.i18n import install_translators, tr_label
from caseapp.ui.views.case_view import CaseView
from caseapp.ui.widgets.charts import RadarChart, RadarSeries, two_lines


@pytest.fixture
def demo_view(qtbot: Any, gui_app: Any, vault: Any, request: pytest.FixtureRequest) -> CaseView:
    if getattr(request, "param", "ko") == "en":
        install_translators(gui_app, "en")
    demo_data.generate(vault, 6, seed=7)
    latest = max(cases.list_cases(vault), key=lambda c: Stage(c.stage).order)
    view = CaseView(vault, latest.case_id)
    qtbot.addWidget(view)
    view.resize(1366, 700)  # the window's client area on a 1366×768 laptop (title bar, menu, tabs, status bar)
    view.show()
    QApplication.processEvents()
    return view


def test_the_plans_task_table_shows_six_rows(demo_view: CaseView) -> None:
    demo_view.tabs.setCurrentIndex(Stage.PLANNING.order)  # a tab is laid out when it is on screen
    QApplication.processEvents()
    tasks = demo_view.stage_tabs[Stage.PLANNING].tasks  # type: ignore[attr-defined]
    table = tasks.table
    row = table.verticalHeader().defaultSectionSize()
    assert table.viewport().height() >= 6 * row


def test_referrals_and_the_minutes_field_are_one_click_away_on_the_implementation_tab(qtbot: Any,
                                                                                      demo_view: CaseView) -> None:
    demo_view.tabs.setCurrentIndex(Stage.IMPLEMENTATION.order)
    tab = demo_view.stage_tabs[Stage.IMPLEMENTATION]
    QApplication.processEvents()
    area = tab.jumps.area  # type: ignore[attr-defined]
    assert isinstance(area, QScrollArea)
    minutes = tab.services.form.editors["duration_min"]  # type: ignore[attr-defined]
    viewport = area.viewport()
    bottom = minutes.mapTo(viewport, minutes.rect().bottomLeft()).y()
    assert bottom <= viewport.height()  # on the first screen, without scrolling
    tab.jumps.buttons["referrals"].click()  # type: ignore[attr-defined]
    referrals = tab.referrals  # type: ignore[attr-defined]
    top = referrals.mapTo(viewport, referrals.rect().topLeft()).y()
    assert 0 <= top < viewport.height() // 3


@pytest.mark.parametrize("demo_view", ["en"], indirect=True)
def test_no_stage_page_is_wider_than_the_window_in_english(demo_view: CaseView) -> None:
    for stage in Stage:
        demo_view.tabs.setCurrentIndex(stage.order)
        QApplication.processEvents()
        for area in demo_view.stage_tabs[stage].findChildren(QScrollArea):
            if area.isVisible():
                assert area.horizontalScrollBar().maximum() == 0, (stage, area.widget().minimumSizeHint())


def test_long_need_area_labels_wrap_and_stay_inside_the_radar(qtbot: Any, gui_app: Any) -> None:
    chart = RadarChart()
    qtbot.addWidget(chart)
    chart.resize(330, 300)
    axes = [tr_label(a.label) for a in NeedArea]
    assert any("생활환경·권익보장" == a for a in axes)
    chart.set_data(axes, [RadarSeries("초기사정", [1, 2, 3, 0, 1, 2, 3, 0, 1])])
    chart.grab()  # paints
    bounds = QRectF(chart.rect())
    assert len(chart.label_rects) == len(axes)
    assert all(bounds.contains(rect) for rect in chart.label_rects)
    assert two_lines("생활환경·권익보장", chart.fontMetrics(), 60) == ["생활환경·", "권익보장"]
