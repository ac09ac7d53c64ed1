"""The case list: a real model that sorts, filters and searches as the user types."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt

from caseapp.domain.vocab import Stage
from caseapp.services import cases
from caseapp.ui.models.case_list_model import COL_CLIENT, COL_DAYS, COL_DUE, COL_NUMBER, COL_STAGE


def _open(vault: Any, name: str, phone: str, request: str, opened: date | None = None) -> str:
    intake = {"presenting_request": request}
    if opened:
        intake["opened_on"] = opened.isoformat()
    return cases.open_case(vault, {"name": name, "phone": phone}, intake).id


def _column(window: Any, col: int) -> list[str]:
    proxy = window.case_list.proxy
    return [str(proxy.index(r, col).data()) for r in range(proxy.rowCount())]


def _reload(window: Any, qtbot: Any) -> None:
    with qtbot.waitSignal(window.case_list.loaded, timeout=10_000):
        window.case_list.reload()


def test_sort_by_each_column(main_window: Any, vault: Any, qtbot: Any) -> None:
    today = date.today()
    _open(vault, "하지원", "010-1111-2222", "주거", today - timedelta(days=40))
    _open(vault, "강감찬", "010-3333-4444", "건강", today - timedelta(days=5))
    _reload(main_window, qtbot)
    table = main_window.case_list.table
    table.sortByColumn(COL_CLIENT, Qt.SortOrder.AscendingOrder)
    assert _column(main_window, COL_CLIENT) == ["강감찬", "하지원"]
    table.sortByColumn(COL_CLIENT, Qt.SortOrder.DescendingOrder)
    assert _column(main_window, COL_CLIENT) == ["하지원", "강감찬"]
    table.sortByColumn(COL_DAYS, Qt.SortOrder.DescendingOrder)
    assert _column(main_window, COL_DAYS) == ["40", "5"]
    table.sortByColumn(COL_DUE, Qt.SortOrder.AscendingOrder)
    assert _column(main_window, COL_CLIENT) == ["하지원", "강감찬"]  # 하지원's assessment (10 days) is overdue
    assert "(" in _column(main_window, COL_DUE)[0]  # marked overdue
    table.sortByColumn(COL_NUMBER, Qt.SortOrder.AscendingOrder)
    numbers = _column(main_window, COL_NUMBER)
    assert numbers == sorted(numbers)
    table.sortByColumn(COL_STAGE, Qt.SortOrder.AscendingOrder)
    assert len(_column(main_window, COL_STAGE)) == 2


def test_filters_stage_overdue_and_week(main_window: Any, vault: Any, qtbot: Any) -> None:
    today = date.today()
    # The official clock: 욕구·위기도 조사 within 10 days of intake (domain/deadlines.RULES).
    _open(vault, "하지원", "010-1111-2222", "주거", today - timedelta(days=40))  # assessment 30 days late
    _open(vault, "강감찬", "010-3333-4444", "건강", today - timedelta(days=5))  # assessment due within the week
    _open(vault, "이순신", "010-5555-6666", "고용", today)  # assessment due in 10 days
    _reload(main_window, qtbot)
    panel = main_window.case_list
    panel.overdue_check.setChecked(True)
    assert _column(main_window, COL_CLIENT) == ["하지원"]
    panel.overdue_check.setChecked(False)
    panel.week_check.setChecked(True)
    assert _column(main_window, COL_CLIENT) == ["강감찬"]
    panel.week_check.setChecked(False)
    panel.stage_combo.setCurrentIndex(panel.stage_combo.findData(Stage.PLANNING.value))
    assert _column(main_window, COL_CLIENT) == []
    panel.stage_combo.setCurrentIndex(panel.stage_combo.findData(Stage.INTAKE.value))
    assert len(_column(main_window, COL_CLIENT)) == 3
    assert "3" in panel.count_label.text()


def test_search_as_you_type_by_name_phone_and_number(main_window: Any, vault: Any, qtbot: Any) -> None:
    _open(vault, "김민수", "010-1234-5678", "월세 체납")
    _open(vault, "이영희", "010-2222-3333", "병원 동행")
    _reload(main_window, qtbot)
    panel = main_window.case_list
    with qtbot.waitSignal(panel.searched, timeout=5_000):
        for syllable in "영희":  # typed one syllable at a time (keyClicks cannot send Hangul)
            panel.search_edit.insert(syllable)
    assert _column(main_window, COL_CLIENT) == ["이영희"]
    with qtbot.waitSignal(panel.searched, timeout=5_000):
        panel.search_edit.setText("5678")
    assert _column(main_window, COL_CLIENT) == ["김민수"]
    with qtbot.waitSignal(panel.searched, timeout=5_000):
        panel.search_edit.clear()
    assert len(_column(main_window, COL_CLIENT)) == 2


def test_activating_a_row_asks_to_open_that_case(main_window: Any, vault: Any, qtbot: Any) -> None:
    case_id = _open(vault, "김민수", "010-1234-5678", "월세 체납")
    _reload(main_window, qtbot)
    panel = main_window.case_list
    with qtbot.waitSignal(panel.open_case, timeout=2_000) as blocker:
        panel.table.activated.emit(panel.proxy.index(0, 0))
    assert blocker.args == [case_id]


def test_search_finds_initial_consonants_and_words_in_notes(main_window: Any, vault: Any, qtbot: Any) -> None:
    from caseapp.services import entries
    kim = _open(vault, "김민수", "010-1234-5678", "월세 체납")
    lee = _open(vault, "이영희", "010-2222-3333", "병원 동행")
    entries.add_service_entry(vault, lee, "counselling", "주거급여 신청 서류를 함께 준비함")
    _reload(main_window, qtbot)
    panel = main_window.case_list
    for query, expected in (("ㄱㅁㅅ", kim), ("주거급여", lee), ("체납", kim)):
        with qtbot.waitSignal(panel.searched, timeout=5_000):
            panel.search_edit.setText(query)
        assert panel.visible_case_ids() == [expected], query


def test_context_menu_opens_and_exports_the_selection(main_window: Any, vault: Any, qtbot: Any) -> None:
    ids = [_open(vault, name, "", "요청") for name in ("김민수", "이영희")]
    _reload(main_window, qtbot)
    panel = main_window.case_list
    panel.table.selectAll()
    open_action, export_action = panel.context_actions()
    assert not open_action.isEnabled() and export_action.isEnabled()
    with qtbot.waitSignal(panel.export_cases) as chosen:
        export_action.trigger()
    assert sorted(chosen.args[0]) == sorted(ids)
    assert "2" in main_window.privacy_windows[-1].findChild(type(panel.count_label), "export_heading").text()
    main_window.privacy_windows[-1].reject()
    panel.select_case(ids[0])
    open_action, _ = panel.context_actions()
    with qtbot.waitSignal(panel.open_case) as opened:
        open_action.trigger()
    assert opened.args == [ids[0]]


def test_search_results_say_why_each_case_matched(main_window: Any, vault: Any, qtbot: Any) -> None:
    from caseapp.services import entries
    from caseapp.ui.models.case_list_model import COL_MATCH, MATCH_ROLE
    case_id = _open(vault, "김민수", "010-1234-5678", "월세 체납")
    _open(vault, "이영희", "010-2222-3333", "병원 동행")
    entries.add_household_member(vault, cases.snapshot(vault, case_id).client.id, {"relation": "딸", "name": "강미경"})
    _reload(main_window, qtbot)
    panel = main_window.case_list
    assert panel.table.isColumnHidden(COL_MATCH)  # nothing searched: no explanation column
    with qtbot.waitSignal(panel.searched, timeout=5_000):
        panel.search_edit.setText("ㄱㅁㄱ")
    assert _column(main_window, COL_CLIENT) == ["김민수"]
    assert not panel.table.isColumnHidden(COL_MATCH)
    assert _column(main_window, COL_MATCH) == ["가구원 강미경"]
    reason = panel.proxy.index(0, COL_MATCH).data(MATCH_ROLE)
    assert [reason.snippet[s:s + n] for s, n in reason.marks] == ["강미경"]
    panel.table.viewport().grab()  # the highlighting delegate paints without a Qt warning
    with qtbot.waitSignal(panel.searched, timeout=5_000):
        panel.search_edit.setText("2222")
    assert _column(main_window, COL_MATCH) == ["연락처: 010-2222-3333"]
    with qtbot.waitSignal(panel.searched, timeout=5_000):
        panel.search_edit.clear()
    assert panel.table.isColumnHidden(COL_MATCH) and len(_column(main_window, COL_CLIENT)) == 2
