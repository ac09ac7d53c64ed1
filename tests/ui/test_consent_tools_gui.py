"""The consent tab and the client form as a practitioner uses them: the 주민등록번호 masked until Show (audited, and
not saved back as the mask), a consent for a child under 14 questioned, the signed scan attached and opened from the
scratch folder (then removed), and the agency's deadlines changed in Settings."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlmodel import select

from caseapp import paths
from caseapp.domain.vocab import Stage
from caseapp.services import cases, consents, deadline_rules
from caseapp.storage.models import AuditEvent
from tests.ui.test_case_view import click, make_view, type_into

NUMBER = "850315-2000007"


def reveals(vault: Any) -> int:
    with vault.session() as s:
        return len(list(s.exec(select(AuditEvent).where(AuditEvent.action == "reveal"))))


def test_resident_number_is_masked_until_show_and_the_mask_is_never_saved(gui_app: Any, qtbot: Any, vault: Any,
                                                                          no_modal: Any) -> None:
    case = cases.open_case(vault, {"name": "이서연", "resident_number": NUMBER}, {})
    view = make_view(qtbot, vault, case.id)
    intake = view.stage_tabs[Stage.INTAKE]
    editor = intake.client_form.form.editors["resident_number"]
    assert editor.text() == "850315-2******" and editor.isReadOnly()
    type_into(intake.client_form.form, "phone", "010-5555-6666")
    click(qtbot, intake.client_form.save_button)
    client = cases.snapshot(vault, case.id).client
    assert client.resident_number == NUMBER and client.phone == "010-5555-6666"
    assert reveals(vault) == 0
    click(qtbot, intake.reveal_row.button)
    assert editor.text() == NUMBER and not editor.isReadOnly() and reveals(vault) == 1
    assert not intake.client_form.form.is_dirty()  # showing is not an edit
    click(qtbot, intake.reveal_row.button)
    assert editor.text() == "850315-2******"


def test_self_consent_for_a_child_is_questioned(gui_app: Any, qtbot: Any, vault: Any, no_modal: Any) -> None:
    from PySide6.QtWidgets import QMessageBox
    child = cases.open_case(vault, {"name": "박하준",
                                    "birth_date": (date.today() - timedelta(days=365 * 9)).isoformat()}, {})
    view = make_view(qtbot, vault, child.id)
    sheet = view.stage_tabs[Stage.INTAKE].consent_sheet
    assert sheet.form.value("consented_by") == "guardian"  # offered first for a child
    combo = sheet.form.editors["consented_by"]
    combo.setCurrentIndex(combo.findData("self"))
    no_modal.answer = QMessageBox.StandardButton.No
    click(qtbot, sheet.save_button)
    assert any("14" in text for _kind, text in no_modal.shown)
    assert cases.snapshot(vault, child.id).consents == []


def test_scan_attached_opened_into_scratch_and_removed(gui_app: Any, qtbot: Any, vault: Any, case: Any,
                                                       no_modal: Any, monkeypatch: Any, tmp_path: Path) -> None:
    from PySide6.QtGui import QDesktopServices
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())))
    consents.add_consent(vault, case.id, {"purpose": "personal_info", "consented_by": "self"})
    view = make_view(qtbot, vault, case.id)
    intake = view.stage_tabs[Stage.INTAKE]
    intake.consents.table.selectRow(0)
    tools = intake.consent_tools
    assert tools.attach_button.isEnabled() and not tools.open_button.isEnabled()
    scan = tmp_path / "동의서.jpg"
    scan.write_bytes(b"\xff\xd8\xff\xe0" + b"scan" * 100)
    assert tools.attach_file(str(scan))
    assert tools.open_button.isEnabled() and "동의서.jpg" in tools.scans_label.text()
    click(qtbot, tools.open_button)
    assert len(opened) == 1
    written = Path(opened[0])
    assert written.parent == paths.temp_dir() and written.read_bytes() == scan.read_bytes()
    assert written.stat().st_mode & 0o077 == 0  # owner only
    tools.remove_opened()
    assert not written.exists()
    big = tmp_path / "big.png"
    big.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * consents.MAX_SCAN_BYTES)
    assert not tools.attach_file(str(big))
    assert any("너무 큽니다" in text for _kind, text in no_modal.shown)


def test_deadlines_changed_in_settings(gui_app: Any, qtbot: Any, main_window: Any) -> None:
    from caseapp.ui.dialogs.settings_dialog import SettingsDialog
    dialog = SettingsDialog(main_window.vault, main_window.settings, main_window)
    qtbot.addWidget(dialog)
    page = dialog.deadline_rules
    page.spins["assessment_within_days"].setValue(7)
    page.spins["monitoring_general_days"].setValue(60)
    dialog.save()
    rules = deadline_rules.deadline_rules(main_window.vault)
    assert (rules.assessment_within_days, rules.monitoring_general_days) == (7, 60)
    again = SettingsDialog(main_window.vault, main_window.settings, main_window)
    qtbot.addWidget(again)
    again.deadline_rules.restore_defaults()
    again.save()
    assert deadline_rules.deadline_rules(main_window.vault).assessment_within_days == 10


def test_a_number_failing_the_check_digit_is_kept_only_when_confirmed(gui_app: Any, qtbot: Any, vault: Any,
                                                                      case: Any, no_modal: Any) -> None:
    from PySide6.QtWidgets import QMessageBox
    view = make_view(qtbot, vault, case.id)
    form = view.stage_tabs[Stage.INTAKE].client_form
    type_into(form.form, "resident_number", "8503152000008")  # e.g. a foreigner's number
    no_modal.answer = QMessageBox.StandardButton.No
    click(qtbot, form.save_button)
    assert any("검증번호" in text for _kind, text in no_modal.shown)
    assert cases.snapshot(vault, case.id).client.resident_number == ""
    no_modal.answer = QMessageBox.StandardButton.Yes
    click(qtbot, form.save_button)
    assert cases.snapshot(vault, case.id).client.resident_number == "850315-2000008"
