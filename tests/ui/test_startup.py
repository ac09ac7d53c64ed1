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
