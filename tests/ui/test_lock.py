"""Auto-lock and Ctrl+L: client data hidden, typed text kept, unlock with the passphrase."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout, QWidget

from tests.conftest import PASSPHRASE


def _unlock(qtbot: Any, window: Any, passphrase: str) -> None:
    screen = window.lock_screen
    screen.passphrase.setText(passphrase)
    screen.unlock_button.click()
    qtbot.waitUntil(lambda: not window.locked or screen.unlock_button.isEnabled(), timeout=20_000)


def test_ctrl_l_hides_client_data_and_keeps_typing(main_window: Any, qtbot: Any, case: Any) -> None:
    main_window.refresh_lists()
    qtbot.waitUntil(lambda: main_window.case_list.model.rowCount() == 1, timeout=10_000)
    main_window.new_case()
    dialog = main_window.privacy_windows[-1]
    name_edit = dialog.client_form.editors["name"]
    assert isinstance(name_edit, QLineEdit)
    name_edit.setText("박영수")
    name_edit.setFocus()
    # pressed while typing, delivered as the window system does: to the window, which hands it to the field
    qtbot.keyClick(dialog.windowHandle(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert main_window.locked
    assert main_window.stack.currentWidget() is main_window.lock_screen
    assert not main_window.tabs.isVisible()  # the case list with names is not on screen
    assert not dialog.isVisible()  # an open form with client data is hidden too
    assert not main_window.new_case_action.isEnabled()

    _unlock(qtbot, main_window, "틀린 암호 wrong one")
    assert main_window.locked
    assert "암호가 올바르지 않습니다" in main_window.lock_screen.message.text()

    _unlock(qtbot, main_window, PASSPHRASE)
    assert not main_window.locked
    assert main_window.tabs.isVisible()
    assert dialog.isVisible()
    assert name_edit.text() == "박영수"  # nothing typed was lost
    dialog.reject()


def test_idle_time_locks_and_case_views_are_told(main_window: Any, qtbot: Any, case: Any) -> None:
    view = main_window.open_case(case.id)
    assert view is not None
    with qtbot.waitSignal(main_window.locked_changed, timeout=5_000):
        main_window.idle.set_interval_ms(50)
    assert main_window.locked
    assert view.stack.currentIndex() != 0 or not view.tabs.isVisible()
    main_window.idle.set_minutes(5)  # 50 ms without input would lock again the moment it is unlocked
    _unlock(qtbot, main_window, PASSPHRASE)
    assert not main_window.locked
    assert view.tabs.isVisible()


def test_system_sleep_locks_when_enabled(main_window: Any) -> None:
    main_window.settings.lock_on_sleep = False
    main_window.idle.system_lock.emit()
    assert not main_window.locked
    main_window.settings.lock_on_sleep = True
    main_window.idle.system_lock.emit()
    assert main_window.locked


def test_other_open_windows_are_covered_not_closed(main_window: Any, qtbot: Any) -> None:
    other = QDialog(main_window)  # stands for a modal dialog in the middle of being filled in
    field = QLineEdit(other)
    QVBoxLayout(other).addWidget(field)
    field.setText("입력 중인 사유")
    other.show()
    main_window.lock()
    cover = other.findChild(QWidget, "privacy_cover")
    assert cover is not None and cover.isVisible() and cover.geometry() == other.rect()
    assert other.isVisible() and not field.isEnabled()
    # A modal dialog blocks the main window's lock screen, so the cover unlocks too.
    cover.passphrase.setText(PASSPHRASE)
    cover.unlock_button.click()
    qtbot.waitUntil(lambda: not main_window.locked, timeout=20_000)
    assert field.isEnabled() and field.text() == "입력 중인 사유"
    qtbot.waitUntil(lambda: other.findChild(QWidget, "privacy_cover") is None, timeout=2_000)
    other.close()



def test_closing_while_locked_keeps_typing_as_drafts(main_window: Any, case: Any, monkeypatch: Any) -> None:
    view = main_window.open_case(case.id)
    flushed: list[bool] = []
    monkeypatch.setattr(view, "flush_drafts", lambda: flushed.append(True))
    monkeypatch.setattr(view, "has_unsaved_changes", lambda: True)
    main_window.lock()
    before = len(flushed)
    assert main_window.close()  # no question shown over the lock screen
    assert len(flushed) == before + 1


@pytest.fixture
def locked_with_key(gui_app: Any, data_dir: Any, qtbot: Any, no_modal: Any) -> Iterator[tuple[Any, str]]:
    from caseapp.services.setup import initialise
    from caseapp.ui.main_window import MainWindow
    vault, recovery = initialise(PASSPHRASE, "김사회", "행복종합사회복지관")
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.show()
    window.lock()
    yield window, recovery
    window._skip_close_questions = True
    window.idle.stop()
    vault.close()


def test_the_lock_screen_unlocks_with_the_recovery_key_and_sets_a_new_passphrase(
        qtbot: Any, locked_with_key: tuple[Any, str], monkeypatch: pytest.MonkeyPatch) -> None:
    from caseapp import paths
    from caseapp.errors import WrongPassphrase
    from caseapp.storage.keystore import KeyFile
    from caseapp.ui.dialogs.rekey_dialog import RekeyDialog
    from tests.ui.test_resources_and_settings import drive_rekey_dialog
    monkeypatch.setattr(RekeyDialog, "exec", drive_rekey_dialog(qtbot))
    window, recovery = locked_with_key
    replaced: list[Any] = []
    window.vault_replaced.connect(replaced.append)
    dialog = window.lock_screen.unlock_with_recovery_key()
    qtbot.addWidget(dialog)
    new = "잠금 화면에서 정한 새 암호 2026"
    dialog.new_passphrase.passphrase.setText(new)
    dialog.new_passphrase.confirm.setText(new)
    dialog.key_edit.setText("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=20_000)
    assert window.locked and "복구 키가 올바르지 않습니다" in dialog.message.text()
    assert dialog.message.property("tone") == "error"
    dialog.key_edit.setText(recovery)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not window.locked, timeout=40_000)
    assert window.tabs.isVisible()
    # The used recovery key was replaced by a rekey; the window is handed the re-encrypted file.
    assert len(replaced) == 1 and replaced[0] is not window.vault
    rekeyed = replaced[0]
    with pytest.raises(WrongPassphrase):
        rekeyed.verify_passphrase(PASSPHRASE)  # the old passphrase stopped working
    rekeyed.verify_passphrase(new)
    with pytest.raises(WrongPassphrase):
        KeyFile.load(paths.key_file()).unwrap_with_recovery_key(recovery)  # and the used recovery key
    rekeyed.close()
    window.lock()
    _unlock(qtbot, window, new)  # and the lock screen takes the new one
    assert not window.locked


def test_the_lock_screen_quits_keeping_typing_as_drafts(qtbot: Any, locked_with_key: tuple[Any, str],
                                                        monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QApplication
    window, _recovery = locked_with_key
    saved: list[bool] = []
    quit_calls: list[bool] = []
    monkeypatch.setattr(window, "save_drafts", lambda: saved.append(True))
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quit_calls.append(True)))
    window.lock_screen.quit_button.click()
    assert saved == [True] and quit_calls == [True]
    assert not window.isVisible()


def test_progress_on_the_lock_screen_is_not_in_the_error_colour(qtbot: Any,
                                                                locked_with_key: tuple[Any, str]) -> None:
    window, _recovery = locked_with_key
    screen = window.lock_screen
    screen.passphrase.setText("틀린 암호")
    screen.unlock_button.click()
    assert screen.message.property("tone") == "info" and "#b00020" not in screen.message.styleSheet()
    qtbot.waitUntil(lambda: screen.unlock_button.isEnabled(), timeout=20_000)
    assert screen.message.property("tone") == "error" and "#b00020" in screen.message.styleSheet()
