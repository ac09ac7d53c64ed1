"""Resource directory (add, edit, search, referral history) and Settings (language, agency, passphrase, backups)."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import QMessageBox

from caseapp import paths
from caseapp.errors import WrongPassphrase
from caseapp.services import agency_profile, backup, backup_inspect, entries
from caseapp.services.vault import Vault
from tests.conftest import PASSPHRASE


def test_resources_add_edit_search_and_referral_history(main_window: Any, qtbot: Any, vault: Any, case: Any) -> None:
    main_window.resources_action.trigger()
    window = main_window.resources_window
    assert window is not None and window.isVisible()
    form = window.form
    form.editors["name"].setText("평창군 푸드뱅크")
    form.editors["kind"].setCurrentIndex(form.editors["kind"].findData("organisation"))
    form.editors["category"].setCurrentIndex(form.editors["category"].findData("community"))
    form.editors["services"].setPlainText("식품 지원")
    assert window.save()
    resource_id = window.current_id
    assert [r.name for r in entries.list_resources(vault)] == ["평창군 푸드뱅크"]

    form.editors["phone"].setText("033-330-0000")
    assert window.save()
    assert entries.list_resources(vault)[0].phone == "033-330-0000"
    assert window.current_id == resource_id  # edited, not duplicated

    window.new_resource()
    window.form.editors["name"].setText("")
    assert not window.save()  # name, kind and category are required
    assert window.form.error_text()

    window.search_edit.setText("식품")
    assert window.visible_names() == ["평창군 푸드뱅크"]
    window.search_edit.setText("없는 말")
    assert window.visible_names() == []
    window.search_edit.clear()

    entries.add(vault, case.id, "referral", {"resource_id": resource_id, "status": "sent", "reason": "식품 지원 의뢰"})
    window.reload(select_id=resource_id)
    assert window.history.rowCount() == 1
    assert case.case_number in window.history.item(0, 1).text()
    window.history.cellDoubleClicked.emit(0, 1)
    assert main_window.current_case_view().case_id == case.id


def test_settings_language_switch_is_saved_and_applied(main_window: Any, gui_app: Any, qtbot: Any,
                                                      no_modal: Any) -> None:
    from caseapp.ui.dialogs.settings_dialog import SettingsDialog
    from caseapp.ui.i18n import install_translators
    from caseapp.ui.main_window import MainWindow
    dialog = SettingsDialog(main_window.vault, main_window.settings, main_window)
    qtbot.addWidget(dialog)
    dialog.saved.connect(main_window.apply_settings)  # as show_settings() does
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.auto_lock_spin.setValue(3)
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    stored = json.loads(paths.settings_file().read_text(encoding="utf-8"))
    assert stored["language"] == "en" and stored["auto_lock_minutes"] == 3
    # This window was made without the start-up code, so it cannot rebuild itself: it says "next start".
    assert any("다시 시작" in text for _kind, text in no_modal.shown)
    assert main_window.idle.timer.interval() == 3 * 60_000

    assert MainWindow(main_window.vault).windowTitle() == "사례관리"  # the platform adds " — caseapp" once
    install_translators(gui_app, "en")
    english = MainWindow(main_window.vault)
    assert english.windowTitle() == "Case management"
    assert english.tabs.tabText(0) == "Cases"
    assert english.case_list.stage_combo.itemText(1) == "Intake & assessment"  # vocabulary through Qt too
    english.idle.stop()
    install_translators(gui_app, "ko")
    assert MainWindow(main_window.vault).case_list.stage_combo.itemText(1) == "초기상담·사정"


def test_settings_agency_details_are_validated_and_saved(main_window: Any, qtbot: Any, vault: Any) -> None:
    from caseapp.ui.dialogs.settings_dialog import SettingsDialog
    dialog = SettingsDialog(vault, main_window.settings, main_window)
    qtbot.addWidget(dialog)
    name = dialog.agency_form.editors["name"]
    name.setText("")
    name.textEdited.emit("")
    dialog.save()
    assert dialog.agency_form.error_text()
    assert agency_profile.get_agency(vault).name == "행복종합사회복지관"
    name.setText("평창종합사회복지관")
    name.textEdited.emit("평창종합사회복지관")
    dialog.agency_form.editors["supervisor_name"].setText("이과장")
    dialog.save()
    agency = agency_profile.get_agency(vault)
    assert (agency.name, agency.supervisor_name) == ("평창종합사회복지관", "이과장")


def test_settings_change_passphrase(main_window: Any, qtbot: Any, vault: Any, no_modal: Any) -> None:
    from caseapp.ui.dialogs.settings_dialog import SettingsDialog
    no_modal.answer = QMessageBox.StandardButton.No  # the new-key offer is the next test's
    dialog = SettingsDialog(vault, main_window.settings, main_window)
    qtbot.addWidget(dialog)
    dialog.old_passphrase.setText("틀린 현재 암호 wrong")
    dialog.new_passphrase.passphrase.setText("바뀐 새 암호 changed-2026")
    dialog.new_passphrase.confirm.setText("바뀐 새 암호 changed-2026")
    dialog.change_button.click()
    qtbot.waitUntil(dialog.change_button.isEnabled, timeout=20_000)
    assert "올바르지 않습니다" in dialog.passphrase_message.text()
    dialog.old_passphrase.setText(PASSPHRASE)
    dialog.new_passphrase.passphrase.setText("바뀐 새 암호 changed-2026")
    dialog.new_passphrase.confirm.setText("바뀐 새 암호 changed-2026")
    dialog.change_button.click()
    qtbot.waitUntil(dialog.change_button.isEnabled, timeout=20_000)
    assert "바꿨습니다" in dialog.passphrase_message.text()
    try:
        Vault.open(PASSPHRASE).close()
        raise AssertionError("the old passphrase still works")
    except WrongPassphrase:
        pass
    Vault.open("바뀐 새 암호 changed-2026").close()
    assert any("key file" in text or "키 파일" in text for _kind, text in no_modal.shown)  # the rekey was offered


def drive_rekey_dialog(qtbot: Any) -> Any:
    """A stand-in for RekeyDialog.exec: wait for the new key, tick "written down", switch, wait for the new file."""
    from PySide6.QtWidgets import QDialog

    def exec_(dialog: Any) -> Any:
        dialog.show()
        qtbot.waitUntil(lambda: dialog.pending is not None, timeout=20_000)
        assert not dialog.switch_button.isEnabled()  # not before the key was written down
        drive_rekey_dialog.shown.append(dialog.key_label.text())
        dialog.written_check.setChecked(True)
        dialog.switch_button.click()
        qtbot.waitUntil(lambda: dialog.new_vault is not None, timeout=20_000)
        return QDialog.DialogCode.Accepted
    drive_rekey_dialog.shown = []  # type: ignore[attr-defined]
    return exec_


def test_settings_offers_a_new_database_key_after_a_passphrase_change(main_window: Any, qtbot: Any, vault: Any,
                                                                     no_modal: Any, monkeypatch: Any) -> None:
    import shutil

    from caseapp.storage.keystore import KeyFile
    from caseapp.ui.dialogs.rekey_dialog import RekeyDialog
    from caseapp.ui.dialogs.settings_dialog import SettingsDialog
    old_copy = paths.data_dir() / "old-copy.key"
    shutil.copy2(paths.key_file(), old_copy)
    monkeypatch.setattr(RekeyDialog, "exec", drive_rekey_dialog(qtbot))
    no_modal.answer = QMessageBox.StandardButton.Yes
    dialog = SettingsDialog(vault, main_window.settings, main_window)
    qtbot.addWidget(dialog)
    dialog.old_passphrase.setText(PASSPHRASE)
    dialog.new_passphrase.passphrase.setText("바뀐 새 암호 changed-2026")
    dialog.new_passphrase.confirm.setText("바뀐 새 암호 changed-2026")
    with qtbot.waitSignal(dialog.restored, timeout=40_000) as replaced:
        dialog.change_button.click()
    new_vault = replaced.args[0]
    try:
        old_key = KeyFile.load(old_copy).unwrap_with_passphrase(PASSPHRASE)
        assert new_vault.key != old_key and not backup_inspect.opens_with(paths.database_file(), old_key)
    finally:
        new_vault.close()
    recovery = drive_rekey_dialog.shown[0]  # type: ignore[attr-defined]
    Vault.open_with_recovery_key(recovery, "복구 후 새 암호 after-recovery").close()  # the key shown works


def test_settings_backup_list_and_restore(main_window: Any, qtbot: Any, vault: Any, case: Any,
                                         no_modal: Any) -> None:
    from caseapp.services import cases
    from caseapp.ui.dialogs.settings_dialog import SettingsDialog
    dialog = SettingsDialog(vault, main_window.settings, main_window)
    qtbot.addWidget(dialog)
    assert dialog.backup_table.rowCount() == 0
    dialog.backup_now_button.click()
    qtbot.waitUntil(dialog.backup_now_button.isEnabled, timeout=20_000)
    assert dialog.backup_table.rowCount() == 1
    assert len(backup.list_backups()) == 1
    cases.open_case(vault, {"name": "백업 뒤에 등록"}, {})
    no_modal.answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(dialog.restored, timeout=20_000) as restored:
        dialog.restore_selected()
    new_vault = restored.args[0]
    try:
        assert [c.client_name for c in cases.list_cases(new_vault)] == ["김민수"]
        assert len(backup.list_backups()) == 2  # the file before the restore was kept as a backup
    finally:
        new_vault.close()
