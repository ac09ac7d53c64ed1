"""The whole start-up: first run -> setup -> main window; a second start is refused; closing makes a backup."""

from __future__ import annotations

import sys
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from caseapp.services import backup
from tests.conftest import PASSPHRASE


def test_first_run_setup_then_main_window_then_backup_on_close(gui_app: Any, qtbot: Any, no_modal: Any,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from caseapp.ui.dialogs.setup_dialog import SetupDialog
    from caseapp.ui.startup import Startup

    def drive_setup(dialog: SetupDialog) -> int:
        dialog.passphrase.passphrase.setText(PASSPHRASE)
        dialog.passphrase.confirm.setText(PASSPHRASE)
        dialog.name_edit.setText("김사회")
        dialog.agency_edit.setText("행복종합사회복지관")
        dialog.create_vault()
        qtbot.waitUntil(lambda: dialog.vault is not None, timeout=20_000)
        dialog.written_check.setChecked(True)
        dialog.finish()
        return int(dialog.result())

    monkeypatch.setattr(SetupDialog, "exec", drive_setup)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # Startup installs its crash handler; restore it after
    startup = Startup(gui_app)
    assert startup.run() is None
    window = startup.window
    assert window is not None and window.isVisible()
    qtbot.waitUntil(lambda: window.case_list.count_label.text().startswith("사례 0건"), timeout=10_000)

    second = Startup(gui_app)
    assert second.run() == 6  # AlreadyRunning: told, and the running window was asked to come forward
    assert any("이미 실행 중" in text for _kind, text in no_modal.shown)

    window.close()
    startup.shutdown()
    assert [b.reason for b in backup.list_backups()] == ["on-close"]
    third = Startup(gui_app)  # the folder is free again; stop at the unlock screen
    from caseapp.ui.dialogs.unlock_dialog import UnlockDialog
    monkeypatch.setattr(UnlockDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert third.run() == 0


def test_language_switch_in_settings_rebuilds_the_window_live(gui_app: Any, qtbot: Any, vault: Any, case: Any,
                                                              no_modal: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from caseapp.ui.i18n import install_translators
    from caseapp.ui.startup import Startup
    startup = Startup(gui_app)
    startup.instance.acquire()
    try:
        old = startup.show_main_window(vault)
        old.open_case(case.id)
        old.showNormal()
        old.setGeometry(0, 20, 900, 666)
        old.case_list.table.horizontalHeader().resizeSection(2, 255)
        new_settings = type(old.settings)(**{**old.settings.__dict__, "language": "en"})
        old.apply_settings(new_settings)
        qtbot.waitUntil(lambda: startup.window is not old, timeout=5_000)
        window = startup.window
        assert window.windowTitle() == "Case management"
        assert window.geometry().size().toTuple() == (900, 666)  # the layout survives the switch
        assert window.case_list.table.horizontalHeader().sectionSize(2) == 255
        assert window.tabs.tabText(0) == "Cases"
        assert [v.case_id for v in window.case_views()] == [case.id]  # the open case came along
        assert not old.isVisible()
        window.discard_and_close()
    finally:
        install_translators(gui_app, "ko")
        startup.instance.release()


def test_after_a_crash_the_next_start_offers_the_drafts(gui_app: Any, qtbot: Any, vault: Any, case: Any,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from caseapp.services import drafts
    from caseapp.ui.dialogs.drafts_dialog import DraftsDialog
    from caseapp.ui.startup import Startup
    drafts.save_draft(vault, f"case:{case.id}:service_entry:new", {"text": "저장 전에 꺼짐"}, case.id)
    startup = Startup(gui_app)
    startup.instance.acquire()
    try:
        window = startup.show_main_window(vault)
        startup.offer_drafts()
        offered = [w for w in window.privacy_windows if isinstance(w, DraftsDialog)]
        assert len(offered) == 1 and offered[0].table.rowCount() == 1
        offered[0].open_row(0)
        assert window.current_case_view().case_id == case.id
        window.discard_and_close()
    finally:
        startup.instance.release()
