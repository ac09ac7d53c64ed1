"""Export (Ctrl+E): a signed PDF written off the GUI thread with progress; a batch can be cancelled."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from caseapp.services import cases


def test_export_one_case_with_progress(main_window: Any, qtbot: Any, case: Any, tmp_path: Path) -> None:
    main_window.open_case(case.id)
    main_window.export_action.trigger()
    dialog = main_window.privacy_windows[-1]
    assert case.case_number in dialog.findChild(type(dialog.message), "export_heading").text()
    target = tmp_path / "out" / "case.pdf"
    dialog.target_edit.setText(str(target))
    steps: list[int] = []
    dialog.progress.valueChanged.connect(steps.append)
    with qtbot.waitSignal(dialog.finished_export, timeout=60_000) as done:
        dialog.export_button.click()
    assert done.args[0] == [target]
    assert target.read_bytes().startswith(b"%PDF")
    assert dialog.progress.value() == 100 and len(steps) >= 2
    assert dialog.open_button.isEnabled() and dialog.print_button.isEnabled()
    dialog.reject()


def test_export_without_sections_is_refused(main_window: Any, case: Any, tmp_path: Path) -> None:
    from caseapp.ui.dialogs.export_dialog import ExportDialog
    dialog = ExportDialog(main_window.vault, [case.id], main_window)
    for check in dialog.section_checks.values():
        check.setChecked(False)
    dialog.target_edit.setText(str(tmp_path / "x.pdf"))
    dialog.start_export()
    assert dialog.message.text()
    assert not (tmp_path / "x.pdf").exists()
    dialog.deleteLater()


def test_batch_export_can_be_cancelled(main_window: Any, qtbot: Any, vault: Any, tmp_path: Path) -> None:
    from caseapp.ui.dialogs.export_dialog import ExportDialog
    ids = [cases.open_case(vault, {"name": f"대상자{i}"}, {}).id for i in range(4)]
    dialog = ExportDialog(vault, ids, main_window)
    qtbot.addWidget(dialog)
    dialog.signed_check.setChecked(False)
    dialog.target_edit.setText(str(tmp_path / "batch"))
    dialog.progress.valueChanged.connect(lambda value: dialog.cancel() if 0 < value < 100 else None)
    with qtbot.waitSignal(dialog.finished_export, timeout=60_000) as done:
        dialog.export_button.click()
    assert done.args[0] == []
    assert "취소" in dialog.message.text()
    written = list((tmp_path / "batch").glob("*.pdf"))
    assert 1 <= len(written) < 4  # stopped between cases; files already written stay


def test_export_onto_the_programs_own_files_is_refused(main_window: Any, vault: Any, case: Any) -> None:
    from caseapp import paths
    from caseapp.ui.dialogs.export_dialog import ExportDialog
    key_before = paths.key_file().read_bytes()
    single = ExportDialog(vault, [case.id], main_window)
    single.target_edit.setText(str(paths.key_file()))
    single.start_export()
    assert "caseapp" in single.message.text() and single.job is None
    other = cases.open_case(vault, {"name": "대상자"}, {})
    batch = ExportDialog(vault, [case.id, other.id], main_window)
    batch.target_edit.setText(str(paths.data_dir() / "pdfs"))
    batch.start_export()
    assert batch.job is None and not (paths.data_dir() / "pdfs").exists()
    assert paths.key_file().read_bytes() == key_before
    single.deleteLater()
    batch.deleteLater()
