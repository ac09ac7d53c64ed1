"""First run (setup), unlock with right/wrong passphrase, recovery key, back-off and a damaged file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from caseapp import paths
from caseapp.services.setup import initialise
from caseapp.services.vault import Vault
from tests.conftest import PASSPHRASE


def _fill_setup(dialog: Any, passphrase: str = PASSPHRASE, confirm: str | None = None) -> None:
    dialog.passphrase.passphrase.setText(passphrase)
    dialog.passphrase.confirm.setText(passphrase if confirm is None else confirm)
    dialog.name_edit.setText("김사회")
    dialog.agency_edit.setText("행복종합사회복지관")


def test_setup_creates_the_file_and_requires_the_recovery_key_confirmation(gui_app: Any, qtbot: Any,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtPrintSupport import QPrintDialog
    from caseapp.ui.dialogs.setup_dialog import SetupDialog
    dialog = SetupDialog()
    qtbot.addWidget(dialog)
    _fill_setup(dialog)
    assert not dialog.wants_demo_data()
    with qtbot.waitSignal(dialog.pages.currentChanged, timeout=20_000):
        dialog.create_button.click()
    # Until the key is confirmed the folder does not count as set up: killed now, the next start sets up again.
    assert dialog.vault is not None and not Vault.exists()
    key = dialog.key_label.text()
    assert len(key.replace("-", "")) == 32
    printed: list[bool] = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: printed.append(True) or QDialog.DialogCode.Rejected)
    dialog.print_button.click()
    assert printed  # the print dialog was offered
    assert not dialog.finish_button.isEnabled()
    dialog.finish()
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.written_check.setChecked(True)
    dialog.finish_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and Vault.exists()
    dialog.vault.close()
    reopened = Vault.open_with_recovery_key(key, "새로운 암호 두번째 passphrase")
    reopened.close()


def test_setup_rejects_mismatched_passphrases_without_creating_anything(gui_app: Any, qtbot: Any) -> None:
    from caseapp.ui.dialogs.setup_dialog import SetupDialog
    dialog = SetupDialog()
    qtbot.addWidget(dialog)
    _fill_setup(dialog, confirm="something else entirely")
    dialog.create_button.click()
    assert dialog.error_label.text()
    assert dialog.pages.currentIndex() == 0
    assert not paths.key_file().exists()
    dialog.passphrase.passphrase.setText("short")
    dialog.passphrase.confirm.setText("short")
    dialog.create_button.click()
    assert "8" in dialog.error_label.text()
    assert not paths.key_file().exists()


@pytest.fixture
def created(data_dir: Path) -> str:
    vault, recovery = initialise(PASSPHRASE, "김사회", "행복종합사회복지관")
    vault.close()
    return recovery


def _submit(qtbot: Any, dialog: Any, passphrase: str) -> None:
    """Type and press Unlock; the check runs off the GUI thread, the button comes back when it failed."""
    dialog.passphrase.setText(passphrase)
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: dialog.vault is not None or dialog.unlock_button.isEnabled(), timeout=20_000)


def test_unlock_wrong_then_right_passphrase(gui_app: Any, qtbot: Any, created: str) -> None:
    from caseapp.ui.dialogs.unlock_dialog import UnlockDialog
    from caseapp.storage.keystore import KeyFile
    envelopes_before = {n: e.to_json() for n, e in KeyFile.load(paths.key_file()).envelopes.items()}
    db_before = paths.database_file().stat().st_mtime_ns
    dialog = UnlockDialog()
    qtbot.addWidget(dialog)
    _submit(qtbot, dialog, "틀린 암호 wrong one")
    assert dialog.vault is None
    assert "암호가 올바르지 않습니다" in dialog.message.text()
    # only the back-off counter moved
    assert {n: e.to_json() for n, e in KeyFile.load(paths.key_file()).envelopes.items()} == envelopes_before
    assert paths.database_file().stat().st_mtime_ns == db_before
    _submit(qtbot, dialog, PASSPHRASE)
    assert dialog.vault is not None
    assert dialog.result() == QDialog.DialogCode.Accepted
    dialog.vault.close()


def test_repeated_wrong_passphrases_back_off_with_a_message(gui_app: Any, qtbot: Any, created: str) -> None:
    from caseapp.ui.dialogs.unlock_dialog import UnlockDialog
    dialog = UnlockDialog()
    qtbot.addWidget(dialog)
    for _ in range(3):
        _submit(qtbot, dialog, "틀린 암호 wrong one")
    dialog.passphrase.setText("틀린 암호 wrong one")
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: "초 후에 다시 시도하세요" in dialog.message.text(), timeout=20_000)
    assert not dialog.unlock_button.isEnabled()  # held for the back-off, then enabled again
    qtbot.waitUntil(dialog.unlock_button.isEnabled, timeout=5_000)
    assert dialog.vault is None


def test_forgot_passphrase_recovery_sets_a_new_one(gui_app: Any, qtbot: Any, created: str,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from caseapp.ui.dialogs.recovery_dialog import RecoveryDialog
    from caseapp.ui.dialogs.rekey_dialog import RekeyDialog
    from tests.ui.test_resources_and_settings import drive_rekey_dialog
    monkeypatch.setattr(RekeyDialog, "exec", drive_rekey_dialog(qtbot))
    dialog = RecoveryDialog()
    qtbot.addWidget(dialog)
    dialog.key_edit.setText("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    dialog.new_passphrase.passphrase.setText("새 암호는 충분히 길다 2026")
    dialog.new_passphrase.confirm.setText("새 암호는 충분히 길다 2026")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=20_000)
    assert "복구 키가 올바르지 않습니다" in dialog.message.text()
    dialog.key_edit.setText(created.lower().replace("-", " "))
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=40_000)
    assert not dialog.vault.keyfile.rekey_due  # the used recovery key and the database key were replaced
    dialog.vault.close()
    from caseapp.errors import WrongPassphrase
    with pytest.raises(WrongPassphrase):
        Vault.open(PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        Vault.open_with_recovery_key(created, "또 다른 새 암호 another-2026")  # used once, replaced
    Vault.open("새 암호는 충분히 길다 2026").close()
    Vault.open_with_recovery_key(drive_rekey_dialog.shown[0], "또 다른 새 암호 another-2026").close()


def test_damaged_file_offers_the_newest_backup(gui_app: Any, qtbot: Any, created: str, no_modal: Any) -> None:
    from caseapp.services import backup, cases
    from caseapp.ui.dialogs.unlock_dialog import UnlockDialog
    vault = Vault.open(PASSPHRASE)
    cases.open_case(vault, {"name": "김민수"}, {"presenting_request": "백업 전에 기록"})
    backup.create_backup(vault, "manual")
    vault.close()
    db = paths.database_file()
    data = bytearray(db.read_bytes())
    data[100:4096] = bytes(len(data[100:4096]))  # wipe the first page's encrypted header area
    db.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    dialog = UnlockDialog()
    qtbot.addWidget(dialog)
    _submit(qtbot, dialog, PASSPHRASE)
    assert dialog.vault is None
    assert dialog.restore_button.isVisible() or not dialog.restore_button.isHidden()
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.vault is not None, timeout=20_000)
    assert [c.client_name for c in cases.list_cases(dialog.vault)] == ["김민수"]
    dialog.vault.close()


def test_newer_schema_is_explained_and_unlocking_stops(gui_app: Any, qtbot: Any, created: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from caseapp.errors import NewerSchema
    from caseapp.ui.dialogs.unlock_dialog import UnlockDialog

    def newer(_passphrase: str, **_options: Any) -> Vault:
        raise NewerSchema("이 사례 파일은 더 새로운 버전의 caseapp에서 만들어졌습니다.",
                          "This case file was written by a newer version of caseapp.")

    monkeypatch.setattr(Vault, "open", staticmethod(newer))
    dialog = UnlockDialog()
    qtbot.addWidget(dialog)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: "새로운 버전" in dialog.message.text(), timeout=10_000)
    assert not dialog.unlock_button.isEnabled()
    assert dialog.vault is None


def test_demo_data_is_added_off_the_gui_thread(gui_app: Any, vault: Any) -> None:
    from caseapp.services import cases
    from caseapp.ui.demo import DemoDataProgress
    assert DemoDataProgress(vault, 2).run()
    assert len(cases.list_cases(vault)) == 2


def test_damage_the_background_page_scan_finds_brings_back_the_unlock_window(gui_app: Any, qtbot: Any,
                                                                             created: str, no_modal: Any) -> None:
    """After an unclean shutdown the window opens at once; damage the scan then finds is shown as an open that
    found it shows it (the unlock window, its message and the restore offer), and the restore works from there."""
    import shiboken6
    from PySide6.QtWidgets import QApplication

    from caseapp.services import backup, cases, entries
    from caseapp.ui.dialogs.unlock_dialog import UnlockDialog
    from caseapp.ui.startup import Startup
    from tests.safety.helpers import open_deferred_over_rot
    vault = Vault.open(PASSPHRASE)
    case = cases.open_case(vault, {"name": "김민수"}, {"presenting_request": "백업 전에 기록"})
    backup.create_backup(vault, "manual")
    for i in range(30):
        entries.add_service_entry(vault, case.id, "counselling", f"상담 기록 {i} " + "내용 " * 200)
    vault.close()
    vault = open_deferred_over_rot(PASSPHRASE)
    startup = Startup(gui_app)
    window = startup.show_main_window(vault)
    assert "검사" in window.statusBar().currentMessage()  # the window is up while the scan runs

    def unlock_window() -> UnlockDialog | None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, UnlockDialog) and w.isVisible()]
        return shown[0] if shown else None
    qtbot.waitUntil(lambda: unlock_window() is not None, timeout=60_000)
    dialog = unlock_window()
    assert dialog is not None
    assert "손상" in dialog.message.text() and "백업" in dialog.message.text()
    assert not dialog.restore_button.isHidden() and not dialog.defer_page_scan
    assert startup.window is None and startup.vault is None
    assert not (shiboken6.isValid(window) and window.isVisible())  # closed (and perhaps deleted already)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: startup.window is not None, timeout=60_000)
    assert startup.vault is not None
    assert [c.client_name for c in cases.list_cases(startup.vault)] == ["김민수"]
    startup.window.discard_and_close()
    startup.vault.close()


def _tab_chain(first: Any, count: int) -> list[Any]:
    """The widgets Tab reaches from ``first``, in order (labels and the meter are passed over, as Tab does)."""
    from PySide6.QtCore import Qt
    chain, widget = [first], first
    while len(chain) < count:
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isEnabled():
            chain.append(widget)
    return chain


def _left(widget: Any) -> int:
    return int(widget.mapTo(widget.window(), widget.rect().topLeft()).x())


def test_the_passphrase_fields_line_up_with_the_dialogs_own_fields_and_tab_in_order(gui_app: Any, qtbot: Any,
                                                                                     vault: Any) -> None:
    """Setup, recovery and the settings' passphrase page: one column of fields (the passphrase rows and the
    dialog's other rows used to be two forms, starting their fields at different places), Tab going down it."""
    from caseapp import settings as settings_mod
    from caseapp.ui.dialogs.recovery_dialog import RecoveryDialog
    from caseapp.ui.dialogs.settings_dialog import SettingsDialog
    from caseapp.ui.dialogs.setup_dialog import SetupDialog
    setup = SetupDialog()
    recovery = RecoveryDialog()
    preferences = SettingsDialog(vault, settings_mod.load())
    for dialog in (setup, recovery, preferences):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
    fields = [(setup.passphrase, [setup.passphrase.passphrase, setup.passphrase.confirm, setup.name_edit,
                                  setup.agency_edit]),
              (recovery.new_passphrase, [recovery.key_edit, recovery.new_passphrase.passphrase,
                                         recovery.new_passphrase.confirm])]
    for _owner, column in fields:
        assert len({_left(w) for w in column}) == 1, [(w.objectName(), _left(w)) for w in column]
        assert _tab_chain(column[0], len(column)) == column
    page = preferences.new_passphrase
    assert page.form.labelForField(preferences.old_passphrase) is not None  # in the same form, first
    assert page.form.getWidgetPosition(preferences.old_passphrase)[0] == 0
    assert _tab_chain(preferences.old_passphrase, 3) == [preferences.old_passphrase, page.passphrase, page.confirm]


def test_unlocking_a_file_that_needs_this_versions_update_says_why_it_takes_longer(gui_app: Any, qtbot: Any,
                                                                                  tmp_path: Path) -> None:
    import shutil

    from caseapp.ui.dialogs.unlock_dialog import UnlockDialog
    from tests.fixtures import make_fixtures as fx
    paths.data_dir().mkdir(parents=True, exist_ok=True)
    for name in ("caseapp.db", "caseapp.key"):
        shutil.copy2(fx.SCHEMA_0001 / name, paths.data_dir() / name)
    dialog = UnlockDialog()
    qtbot.addWidget(dialog)
    said: list[str] = []
    shown = dialog.show_updating

    def updating(done: int, total: int) -> None:  # the line, as the user reads it while the open runs
        shown(done, total)
        said.append(dialog.message.text())
    dialog.show_updating = updating  # type: ignore[method-assign]
    dialog.passphrase.setText(fx.PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        dialog.submit()
    assert len(said) == 1 and "먼저 백업한 뒤 갱신합니다" in said[0]  # Korean, the default language
    dialog.vault.close()
