"""What the CLI's referral-letter, blank-forms and verify do, reachable from the window's menus; printing opens
Qt's print preview (no external viewer or lp) and, without a printer, offers a byte-exact "Save as PDF"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QMessageBox

from caseapp.services import entries, exports
from caseapp.ui.dialogs import print_preview


@pytest.fixture
def referral(vault: Any, case: Any) -> Any:
    housing = entries.add_resource(vault, {"name": "평창군 주거복지센터", "kind": "organisation",
                                           "category": "housing", "phone": "033-330-1234"})
    return entries.add(vault, case.id, "referral", {"resource_id": housing.id, "status": "sent",
                                                     "sent_on": "2026-03-02", "reason": "긴급 주거비 지원 요청"})


def menu_texts(window: Any) -> list[str]:
    return [a.text() for menu in window.menuBar().actions() for a in menu.menu().actions()]


def test_the_menus_offer_the_three_documents(main_window: Any) -> None:
    texts = menu_texts(main_window)
    for action in (main_window.referral_letter_action, main_window.blank_forms_action, main_window.verify_action):
        assert action.text() in texts


def test_referral_letter_from_the_window_is_signed_and_verifies(main_window: Any, qtbot: Any, case: Any,
                                                                referral: Any, tmp_path: Path) -> None:
    main_window.open_case(case.id)
    dialog = main_window.referral_letter()
    assert dialog in main_window.privacy_windows  # client data: hidden by the lock like other windows
    assert "평창군 주거복지센터" in dialog.referral_combo.currentText()
    assert dialog.referral_combo.currentData() == referral.id
    target = tmp_path / "의뢰서"  # no suffix typed: .pdf is added
    dialog.target_edit.setText(str(target))
    with qtbot.waitSignal(dialog.written, timeout=60_000) as done:
        dialog.save_button.click()
    written = done.args[0]
    assert written == tmp_path / "의뢰서.pdf" and written.read_bytes().startswith(b"%PDF")
    assert str(written) in dialog.message.text() and dialog.print_button.isEnabled()
    report = exports.verify_file(main_window.vault, written)
    assert report.ok and "김사회" in report.signatures[0].signer
    dialog.reject()


def test_referral_letter_as_hwpx_from_the_window(main_window: Any, qtbot: Any, case: Any, referral: Any,
                                                 tmp_path: Path) -> None:
    main_window.open_case(case.id)
    dialog = main_window.referral_letter()
    dialog.target_edit.setText(str(tmp_path / "의뢰서.pdf"))
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(".hwpx"))
    assert dialog.target_edit.text().endswith("의뢰서.hwpx") and not dialog.signed_check.isEnabled()
    with qtbot.waitSignal(dialog.written, timeout=60_000) as done:
        dialog.save_button.click()
    written = done.args[0]
    assert written == tmp_path / "의뢰서.hwpx" and written.read_bytes().startswith(b"PK")  # HWPX is a zip
    assert dialog.open_button.isEnabled() and not dialog.print_button.isEnabled()
    dialog.reject()


def test_referral_letter_needs_an_open_case_with_a_referral(main_window: Any, case: Any, no_modal: Any) -> None:
    assert main_window.referral_letter() is None  # no case open
    main_window.open_case(case.id)
    assert main_window.referral_letter() is None  # the case has no referral yet: said, nothing opened
    assert any("의뢰" in text for _kind, text in no_modal.shown[-1:])


def test_referral_letter_into_a_missing_folder_says_why(main_window: Any, qtbot: Any, case: Any, referral: Any,
                                                       tmp_path: Path) -> None:
    main_window.open_case(case.id)
    dialog = main_window.referral_letter()
    blocker = tmp_path / "file"
    blocker.write_text("x")
    dialog.target_edit.setText(str(blocker / "letter.pdf"))  # a file where a folder should be
    job = dialog.start()
    with qtbot.waitSignal(job.done, timeout=60_000):
        pass
    assert dialog.path is None and dialog.message.text() and dialog.save_button.isEnabled()
    dialog.reject()


def test_blank_forms_from_the_window(main_window: Any, qtbot: Any, tmp_path: Path) -> None:
    dialog = main_window.blank_forms()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.target_edit.setText(str(tmp_path / "blank.pdf"))
    with qtbot.waitSignal(dialog.written, timeout=60_000) as done:
        dialog.save_button.click()
    assert print_preview.page_count(done.args[0]) >= 3
    dialog.reject()


def _signed_export(vault: Any, case_id: str, path: Path) -> Path:
    return exports.export_case(vault, case_id, path).path


def verify_in_window(main_window: Any, qtbot: Any, path: Path) -> Any:
    dialog = main_window.verify_pdf()
    dialog.path_edit.setText(str(path))
    with qtbot.waitSignal(dialog.checked, timeout=60_000):
        dialog.check_button.click()
    return dialog


def test_verify_from_the_window_in_plain_words(main_window: Any, qtbot: Any, case: Any, tmp_path: Path) -> None:
    pdf = _signed_export(main_window.vault, case.id, tmp_path / "case.pdf")
    dialog = verify_in_window(main_window, qtbot, pdf)
    assert dialog.report.ok
    assert dialog.verdict.text().startswith("유효")
    details = dialog.details.toPlainText()
    assert "김사회" in details and "서명된 뒤 바뀌지 않았" in details and "신뢰" in details
    assert "감사기록" in details and "그대로 포함" in details  # the PDF's audit anchor is still in this file's trail
    dialog.reject()


def test_verify_says_a_changed_file_is_not_valid(main_window: Any, qtbot: Any, case: Any, tmp_path: Path) -> None:
    pdf = _signed_export(main_window.vault, case.id, tmp_path / "case.pdf")
    data = bytearray(pdf.read_bytes())
    at = data.index(b"/Contents") - 200  # inside the signed range, not the signature itself
    data[at] = ord("A") if data[at] != ord("A") else ord("B")
    pdf.write_bytes(bytes(data))
    dialog = verify_in_window(main_window, qtbot, pdf)
    assert not dialog.report.ok
    assert dialog.verdict.text().startswith("유효하지 않음")
    dialog.reject()


def test_verify_an_unsigned_or_unreadable_file(main_window: Any, qtbot: Any, tmp_path: Path) -> None:
    junk = tmp_path / "not.pdf"
    junk.write_bytes(b"hello")
    dialog = verify_in_window(main_window, qtbot, junk)
    assert not dialog.report.ok and "PDF" in dialog.verdict.text()
    dialog.path_edit.setText(str(tmp_path / "missing.pdf"))
    # the first check reports its verdict before it reports that it ended; start() waits for neither
    qtbot.waitUntil(lambda: dialog.job is not None and not dialog.job.running, timeout=10_000)
    job = dialog.start()
    with qtbot.waitSignal(job.done, timeout=60_000):
        pass
    assert "missing.pdf" in dialog.verdict.text()  # cannot read the file: says which
    dialog.reject()


def test_print_without_a_printer_offers_a_byte_exact_copy(main_window: Any, qtbot: Any, case: Any,
                                                         tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = _signed_export(main_window.vault, case.id, tmp_path / "case.pdf")
    monkeypatch.setattr(print_preview, "printers_available", lambda: False)
    copy = tmp_path / "copy.pdf"
    monkeypatch.setattr(print_preview, "ask_save_path", lambda parent, suggested: str(copy))
    shown: list[str] = []

    def answer(box: QMessageBox) -> int:
        shown.append(box.text())
        next(b for b in box.buttons() if "PDF" in b.text()).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert print_preview.print_pdf(main_window, pdf) is None
    assert "프린터" in shown[0]
    assert copy.read_bytes() == pdf.read_bytes()  # a copy, so the signature stays valid


def test_print_opens_a_preview_of_every_page(main_window: Any, qtbot: Any, case: Any, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from caseapp.ui.dialogs.export_dialog import ExportDialog
    pdf = _signed_export(main_window.vault, case.id, tmp_path / "case.pdf")
    monkeypatch.setattr(print_preview, "printers_available", lambda: True)
    dialog = ExportDialog(main_window.vault, [case.id], main_window)
    qtbot.addWidget(dialog)
    dialog.written = [pdf]
    dialog.print_result()
    qtbot.waitUntil(lambda: getattr(dialog, "print_preview", None) is not None, timeout=30_000)
    preview = dialog.print_preview
    qtbot.waitUntil(lambda: preview.findChild(QPrintPreviewWidget).pageCount() == print_preview.page_count(pdf),
                    timeout=30_000)
    printed = tmp_path / "printed.pdf"  # what the printer receives, captured as a PDF
    from PySide6.QtPrintSupport import QPrinter
    preview.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    preview.printer.setOutputFileName(str(printed))
    preview.paint_pages(preview.printer)
    assert print_preview.page_count(printed) == print_preview.page_count(pdf)
    preview.reject()


def test_print_record_writes_to_scratch_space_and_opens_the_preview(main_window: Any, qtbot: Any, case: Any,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from caseapp import paths
    monkeypatch.setattr(print_preview, "printers_available", lambda: True)
    assert main_window.print_record() is None  # nothing open or selected: said, nothing exported
    main_window.open_case(case.id)
    dialog = main_window.print_record()
    assert dialog.windowTitle() == "기록 인쇄"
    assert dialog.target_edit.text().startswith(str(paths.temp_dir()))  # not the Documents folder
    with qtbot.waitSignal(dialog.finished_export, timeout=60_000):
        dialog.export_button.click()
    qtbot.waitUntil(lambda: getattr(dialog, "print_preview", None) is not None, timeout=30_000)
    assert dialog.print_preview.path == dialog.written[0]
    dialog.print_preview.reject()
    dialog.reject()


def test_referral_letter_from_the_referral_section(main_window: Any, qtbot: Any, vault: Any, case: Any,
                                                   referral: Any) -> None:
    from caseapp.domain.vocab import Stage
    later = entries.add(vault, case.id, "referral", {"resource_id": referral.resource_id, "status": "sent",
                                                     "sent_on": "2026-04-01"})
    view = main_window.open_case(case.id)
    tab = view.stage_tabs[Stage.IMPLEMENTATION]
    assert tab.letter_button.isEnabled()
    rows = [r.id for r in tab.referrals.model.rows]
    tab.referrals.table.selectRow(rows.index(referral.id))  # the earlier one, not the latest
    tab.letter_button.click()
    assert tab.letter_dialog.referral_combo.currentData() == referral.id
    tab.letter_dialog.reject()
    tab.referrals.start_new()  # nothing selected: the latest referral
    tab.letter_button.click()
    assert tab.letter_dialog.referral_combo.currentData() == later.id
    tab.letter_dialog.reject()
