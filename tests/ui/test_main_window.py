"""Main window: new case, today's deadlines open their case, shortcuts, closing with unsaved changes, drafts."""

from __future__ import annotations

import logging
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from caseapp import paths
from caseapp.services import cases, drafts


def test_new_case_dialog_opens_the_case(main_window: Any, qtbot: Any) -> None:
    main_window.new_case_action.trigger()
    dialog = main_window.privacy_windows[-1]
    dialog.save()  # nothing typed: the required name is reported, nothing saved
    assert "성명" in dialog.client_form.error_text()
    assert cases.list_cases(main_window.vault) == []
    dialog.client_form.editors["name"].setText("최하은")
    dialog.client_form.editors["phone"].setText("010-7777-8888")
    dialog.intake_form.editors["presenting_request"].setPlainText("아이 돌봄 공백")
    with qtbot.waitSignal(main_window.case_list.loaded, timeout=10_000):
        dialog.save()
    assert [c.client_name for c in cases.list_cases(main_window.vault)] == ["최하은"]
    view = main_window.current_case_view()
    assert view is not None
    assert "최하은" in main_window.tabs.tabText(main_window.tabs.currentIndex())
    assert main_window.case_list.model.rowCount() == 1


def test_today_row_click_opens_its_case(main_window: Any, qtbot: Any, vault: Any) -> None:
    overdue = cases.open_case(vault, {"name": "하지원"},
                              {"opened_on": (date.today() - timedelta(days=45)).isoformat()})
    with qtbot.waitSignal(main_window.today.loaded, timeout=10_000):
        main_window.today.reload()
    table = main_window.today.table
    assert table.model().rowCount() == 2  # the official clock: 욕구·위기도 조사 (10 days) and plan (30 days) both late
    assert "지남" in table.model().index(0, 1).data()
    main_window.today_action.trigger()
    assert main_window.tabs.currentWidget() is main_window.today
    rect = table.visualRect(table.model().index(0, 3))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    view = main_window.current_case_view()
    assert view is not None and view.case_id == overdue.id
    main_window.today.table.clicked.emit(table.model().index(0, 0))  # again: same tab, no duplicate
    assert len(main_window.case_views()) == 1


def test_ctrl_s_saves_the_current_case_and_closing_asks_about_unsaved(main_window: Any, qtbot: Any, case: Any,
                                                                      no_modal: Any) -> None:
    view = main_window.open_case(case.id)
    saved: list[bool] = []
    view.has_unsaved_changes = lambda: True  # stand-in for typing in one of the stage tabs
    view.save_all = lambda: saved.append(True) or True
    qtbot.keyClick(main_window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    main_window.save_action.trigger()
    assert saved
    no_modal.answer = QMessageBox.StandardButton.Cancel
    assert main_window.close_tab(main_window.tabs.indexOf(view)) is False
    assert view in main_window.case_views()
    no_modal.answer = QMessageBox.StandardButton.Save
    saved.clear()
    assert main_window.close_tab(main_window.tabs.indexOf(view)) is True
    assert saved == [True]


def test_ctrl_f_focuses_search(main_window: Any, qtbot: Any) -> None:
    main_window.tabs.setCurrentIndex(1)
    main_window.find_action.trigger()
    assert main_window.tabs.currentIndex() == 0
    assert main_window.find_action.shortcut().toString() == "Ctrl+F"
    assert main_window.new_case_action.shortcut().toString() == "Ctrl+N"
    assert main_window.export_action.shortcut().toString() == "Ctrl+E"


def test_drafts_from_an_earlier_session_are_offered(main_window: Any, qtbot: Any, vault: Any, case: Any) -> None:
    from caseapp.ui.dialogs.drafts_dialog import DraftsDialog
    drafts.save_draft(vault, f"case:{case.id}:service_entry:new", {"text": "방문 상담 메모"}, case.id)
    drafts.save_draft(vault, "new_case:client", {"name": "이름만 적음"})
    dialog = DraftsDialog(vault, drafts.list_drafts(vault), main_window)
    qtbot.addWidget(dialog)
    dialog.open_case.connect(main_window.open_case)
    assert dialog.table.rowCount() == 2
    texts = {dialog.table.item(r, 0).text() for r in range(2)}
    assert "(새 사례)" in texts and any("2026" in t or case.case_number in t for t in texts)
    row = next(r for r in range(2) if dialog.table.item(r, 0).text() == "(새 사례)")
    dialog.table.selectRow(row)
    dialog.discard_selected()
    assert drafts.load_draft(vault, "new_case:client") is None
    dialog.open_row(0)
    assert main_window.current_case_view().case_id == case.id


def test_crash_handler_saves_drafts_logs_without_client_data_and_tells_the_user(
        main_window: Any, no_modal: Any, caplog: Any) -> None:
    from caseapp.ui.app import setup_logging
    from caseapp.ui.crash_handler import CrashHandler
    setup_logging()
    flushed: list[bool] = []
    handler = CrashHandler(lambda: flushed.append(True), lambda: main_window)
    try:
        raise ValueError("홍길동 010-1234-5678")  # an exception message quoting client data
    except ValueError as exc:
        with caplog.at_level(logging.ERROR, logger="caseapp"):
            handler(type(exc), exc, exc.__traceback__)
    assert flushed == [True]
    assert no_modal.shown and no_modal.shown[0][0] == "exec"
    log_text = (paths.logs_dir() / "caseapp.log").read_text(encoding="utf-8")
    assert "ValueError" in log_text and "test_main_window" in log_text
    assert "홍길동" not in log_text and "5678" not in log_text


def test_daily_backup_runs_when_due(main_window: Any, qtbot: Any) -> None:
    from caseapp.services import backup
    with qtbot.waitSignal(main_window.daily_backup().done, timeout=20_000):
        pass
    assert [b.reason for b in backup.list_backups()] == ["daily"]
    with qtbot.waitSignal(main_window.daily_backup().done, timeout=20_000):
        pass
    assert len(backup.list_backups()) == 1  # not due again the same day
