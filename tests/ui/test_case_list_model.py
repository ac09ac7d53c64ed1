"""The case list's model filters and sorts in one pass: selection follows the case, hidden rows leave it."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableView

from caseapp.domain.vocab import Stage
from caseapp.services.cases import CaseSummary
from caseapp.ui.models.case_list_model import COL_CLIENT, COL_NUMBER, CaseFilterProxy, CaseListModel


def _summary(n: int, stage: Stage, overdue: bool) -> CaseSummary:
    return CaseSummary(f"id-{n}", f"2026-{n:04d}", f"내담자{n}", "", stage, date(2026, 1, 1), date(2026, 1, 1), None,
                       date(2026, 2, 1), overdue, False)


def _table(gui_app: Any, qtbot: Any) -> tuple[QTableView, CaseListModel, CaseFilterProxy]:
    model, proxy, view = CaseListModel(), CaseFilterProxy(), QTableView()
    proxy.setSourceModel(model)
    view.setModel(proxy)
    qtbot.addWidget(view)
    model.set_cases([_summary(n, Stage.INTAKE if n % 2 else Stage.IMPLEMENTATION, n % 3 == 0) for n in range(1, 7)])
    return view, model, proxy


def _shown(proxy: CaseFilterProxy) -> list[str]:
    return [proxy.case_id(r) for r in range(proxy.rowCount())]


def _select(view: QTableView, row: int) -> None:
    view.selectionModel().select(view.model().index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                 | QItemSelectionModel.SelectionFlag.Rows)


def _selected(view: QTableView) -> list[str]:
    proxy = view.model()
    assert isinstance(proxy, CaseFilterProxy)
    return [proxy.case_id(i.row()) for i in view.selectionModel().selectedRows()]


def test_filters_show_the_matching_cases_and_the_selection_follows_its_case(gui_app: Any, qtbot: Any) -> None:
    view, model, proxy = _table(gui_app, qtbot)
    _select(view, 3)  # id-4, in implementation
    proxy.set_filters(stage=Stage.IMPLEMENTATION)
    assert _shown(proxy) == ["id-2", "id-4", "id-6"]
    assert _selected(view) == ["id-4"]
    proxy.set_filters(stage=Stage.IMPLEMENTATION, overdue=True)
    assert _shown(proxy) == ["id-6"]
    assert _selected(view) == []  # its case is hidden now
    proxy.set_filters()
    proxy.set_matching_ids({"id-1", "id-5"})
    assert _shown(proxy) == ["id-1", "id-5"]
    proxy.set_matching_ids(None)
    assert len(_shown(proxy)) == len(model.rows) == 6


def test_sorting_keeps_the_filter_and_the_selection(gui_app: Any, qtbot: Any) -> None:
    view, model, proxy = _table(gui_app, qtbot)
    proxy.set_filters(stage=Stage.INTAKE)
    _select(view, 0)  # id-1
    proxy.sort(COL_NUMBER, Qt.SortOrder.DescendingOrder)
    assert _shown(proxy) == ["id-5", "id-3", "id-1"]
    assert _selected(view) == ["id-1"]
    assert model.shown_row_of("id-1") == 2 and model.shown_row_of("id-2") == -1 and model.row_of("id-2") >= 0
    proxy.sort(COL_CLIENT, Qt.SortOrder.AscendingOrder)
    assert _shown(proxy) == ["id-1", "id-3", "id-5"]


def test_a_reload_applies_the_filters_in_force(gui_app: Any, qtbot: Any) -> None:
    view, model, proxy = _table(gui_app, qtbot)
    proxy.set_filters(overdue=True)
    model.set_cases([_summary(n, Stage.INTAKE, n == 9) for n in range(7, 11)])
    assert _shown(proxy) == ["id-9"]
