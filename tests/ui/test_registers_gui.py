"""The registers from the window: the privacy registers window (destructions with a signed print, disclosures,
correction requests and their outcome), the client's own copy, an export to a recipient without consent asking
for a reason, a withdrawn consent listing whom to tell, and a correction request in Today."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QInputDialog

from caseapp.domain.deadlines import DeadlineKind
from caseapp.services import backup, cases, entries, exports, registers, retention
from caseapp.storage.models import Case


def _closed_long_ago(vault: Any) -> Any:
    gone = cases.open_case(vault, {"name": "파기대상"}, {"presenting_request": "지울 내용"})
    with vault.session(write=True) as s:
        row = s.get(Case, gone.id)
        row.closed_on, row.stage = date(2018, 1, 5), "termination"
        s.add(row)
    return gone


def _destroyed(vault: Any) -> Any:
    gone = _closed_long_ago(vault)
    backup.create_backup(vault, "manual")
    registers.destroy(vault, gone.id, "보존기간 경과", purge_backups=True)
    return gone


def test_the_registers_window_lists_and_prints_the_destruction_register(main_window: Any, qtbot: Any,
                                                                         tmp_path: Path) -> None:
    gone = _destroyed(main_window.vault)
    dialog = main_window.show_registers()
    assert dialog in main_window.privacy_windows
    table = dialog.destruction_table
    assert table.rowCount() == 1 and table.item(0, 0).text() == gone.case_number
    assert "지움" in table.item(0, 5).text()
    pdf_dialog = dialog.print_destruction_register()
    pdf_dialog.target_edit.setText(str(tmp_path / "register.pdf"))
    with qtbot.waitSignal(pdf_dialog.written, timeout=60_000) as done:
        pdf_dialog.save_button.click()
    assert exports.verify_file(main_window.vault, done.args[0]).ok
    pdf_dialog.reject()
    dialog.reject()


def test_client_copy_and_correction_request_from_the_window(main_window: Any, qtbot: Any, case: Any,
                                                             tmp_path: Path, no_modal: Any,
                                                             monkeypatch: Any) -> None:
    assert main_window.client_copy() is None and main_window.correction_request("x") is False  # no case open
    main_window.open_case(case.id)
    dialog = main_window.client_copy()
    dialog.target_edit.setText(str(tmp_path / "copy.pdf"))
    with qtbot.waitSignal(dialog.written, timeout=60_000) as done:
        dialog.save_button.click()
    assert exports.verify_file(main_window.vault, done.args[0]).ok
    dialog.reject()
    assert main_window.correction_request("전화번호 정정")
    due = [d for d in cases.upcoming_deadlines(main_window.vault) if d.kind is DeadlineKind.CORRECTION_REQUEST]
    assert [d.due for d in due] == [date.today() + timedelta(days=10)]
    main_window.today.show_deadlines(cases.upcoming_deadlines(main_window.vault))
    main_window.today.set_kind(DeadlineKind.CORRECTION_REQUEST)
    model = main_window.today.model
    shown = [model.index(0, c).data() for c in range(model.columnCount())]
    assert model.rowCount() == 1 and "정정·삭제 요구 답변" in shown and case.case_number in " ".join(map(str, shown))
    registers_window = main_window.show_registers()
    assert registers_window.request_table.rowCount() == 1
    registers_window.request_table.selectRow(0)
    answers = iter([("정정함", True), ("고쳤습니다", True)])
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: next(answers)))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: next(answers)))
    assert registers_window.answer_selected()
    assert "정정함" in registers_window.request_table.item(0, 4).text()
    registers_window.reject()


def test_export_to_a_recipient_without_consent_asks_for_a_reason(main_window: Any, qtbot: Any, case: Any,
                                                                 tmp_path: Path) -> None:
    dialog = main_window._open_export([case.id])
    dialog.target_edit.setText(str(tmp_path / "r.pdf"))
    dialog.recipient_edit.setText("평창경찰서")
    dialog.start_export()
    assert dialog.job is None and "평창경찰서" in dialog.message.text() and not (tmp_path / "r.pdf").exists()
    dialog.reason_fields.text.setText("법원 제출명령")
    dialog.start_export()
    qtbot.waitUntil(lambda: not dialog.job.running, timeout=60_000)
    [line] = registers.disclosures(main_window.vault, case.id)
    assert (line.recipient, line.consent_covered, line.reason) == ("평창경찰서", False, "법원 제출명령")
    dialog.reject()


def test_a_withdrawn_consent_lists_whom_to_tell(main_window: Any, case: Any, tmp_path: Path) -> None:
    vault = main_window.vault
    consent = entries.add(vault, case.id, "consent", {"purpose": "sharing",
                                                      "given_on": (date.today() - timedelta(days=5)).isoformat()})
    exports.export_case(vault, case.id, tmp_path / "r.pdf", recipient="평창군 주거복지센터")
    retention.withdraw_consent(vault, consent.id)
    main_window.open_case(case.id)
    from caseapp.ui.views.intake_tab import IntakeTab
    tab = main_window.current_case_view().findChild(IntakeTab)
    tab.refresh_own()
    assert not tab.withdrawal_notices.isHidden() and "평창군 주거복지센터" in tab.withdrawal_notices.text()


def test_destroying_from_the_window_offers_purging_the_backups(main_window: Any, qtbot: Any) -> None:
    vault = main_window.vault
    gone = _closed_long_ago(vault)
    made = backup.create_backup(vault, "manual").info.path
    registers_window = main_window.show_registers()
    dialog = registers_window.destroy_case()
    assert dialog.case_combo.currentData() == gone.id and dialog.purge_check.isChecked()
    job = dialog.start()
    qtbot.waitUntil(lambda: not job.running, timeout=60_000)
    assert gone.case_number in dialog.message.text() and dialog.case_combo.count() == 0
    from caseapp.services import backup_purge
    assert backup_purge.holds_case(made, vault.key, gone.id) is False
    dialog.accept()
    assert registers_window.destruction_table.rowCount() == 1
    registers_window.reject()


def test_the_correction_request_menu_entry_asks_for_the_request(main_window: Any, case: Any,
                                                                 monkeypatch: Any) -> None:
    """File → 정정·삭제 요구 asks what the client wants corrected and records those words (the action's checked flag
    must not stand in for them)."""
    from caseapp.services import corrections
    main_window.open_case(case.id)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(lambda *a, **k: ("주소 정정", True)))
    main_window.correction_action.trigger()
    [request] = corrections.requests(main_window.vault, case.id)
    assert request.request == "주소 정정"
