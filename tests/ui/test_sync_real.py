"""The sync screens on real case files (issue 17): the office PC's window imports the field laptop's bundle with a
preview, resolves the conflict it brought with the field's own editor, and exports back; the laptop (the CLI in
another data folder) ends with the same content and no conflict."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.sync.transport_helpers import PASSPHRASES, add_entry, content, init, open_case, opened, run
from tests.ui.conftest import finish_background_jobs


@pytest.fixture
def paired(tmp_path: Path) -> Path:
    """The office PC with one case, the laptop set up from its bundle, both paired (per test: one test here, and
    function scope lets it draw signing keys from the suite's pool)."""
    root = tmp_path / "paired"
    office, laptop = root / "office", root / "laptop"
    init(office)
    number, _ = open_case(office)
    first = root / "first.casesync"
    assert run(office, "sync", "export", "-o", str(first), "--name", "사무실 PC").code == 0
    assert run(laptop, "init", "--from-bundle", str(first),
               env={"CASEAPP_BUNDLE_PASSPHRASE": PASSPHRASES["office"]}).code == 0
    back = root / "back.casesync"
    assert run(laptop, "sync", "export", "-o", str(back), "--name", "노트북").code == 0
    assert run(office, "sync", "import", str(back), "--yes").code == 0
    (root / "case-number").write_text(number)
    return root


@pytest.fixture
def office_window(paired: Path, tmp_path: Path, gui_app: Any, qtbot: Any, no_modal: Any) -> Iterator[Any]:
    """Copies of both folders; the laptop has a new note and a new phone number for the office, and the office
    changed the same phone number meanwhile. The window is the office's, on the real services."""
    from caseapp import paths
    from caseapp.services import cases
    from caseapp.services.vault import Vault
    from caseapp.ui.main_window import MainWindow
    office, laptop = tmp_path / "office", tmp_path / "laptop"
    shutil.copytree(paired / "office", office)
    shutil.copytree(paired / "laptop", laptop)
    number = (paired / "case-number").read_text()
    add_entry(laptop, number, "가정방문: 난방비 상담, 다음 주 동 주민센터 동행")
    for folder, phone, days in ((laptop, "010-2222-2222", 30), (office, "010-1111-1111", 14)):
        with opened(folder) as vault:
            case = cases.find_case(vault, number)
            cases.update_client(vault, case.client_id, {"phone": phone})
            cases.update_intake(vault, case.id, {"monitoring_interval_days": days})
    bundle = tmp_path / "usb" / "from-laptop.casesync"
    bundle.parent.mkdir()
    assert run(laptop, "sync", "export", "-o", str(bundle), "--to", "사무실 PC").code == 0
    before = paths.data_dir_override()
    paths.set_data_dir(office)
    vault = Vault.open(PASSPHRASES["office"])
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    with qtbot.waitSignal(window.case_list.loaded, timeout=10_000):
        window.start()
    window.facts = {"office": office, "laptop": laptop, "bundle": bundle, "number": number}
    yield window
    window._skip_close_questions = True
    window.idle.stop()
    finish_background_jobs()
    vault.close()
    paths.set_data_dir(before)


def test_import_preview_conflict_screen_and_export_back_settle_both_machines(office_window: Any, qtbot: Any,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog
    from caseapp.domain.access import AccessKind
    from caseapp.domain.sync_protocol import Keep
    from caseapp.services import access_log
    from caseapp.ui.dialogs.sync_export_dialog import SyncExportDialog
    window, facts = office_window, office_window.facts
    assert window.sync_label.text().startswith("마지막 동기화: 노트북 ")

    # the menu's way in: File → 동기화 → 가져오기, the file chosen in the file dialog
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(facts["bundle"]), "")))
    window.sync_import_action.trigger()
    dialog = window.privacy_windows[-1]
    assert type(dialog).__name__ == "SyncImportDialog"
    with qtbot.waitSignal(dialog.previewed, timeout=20_000) as shown:
        pass
    preview = shown.args[0]
    assert preview.new_records == 1 and preview.conflicts == 2 and preview.case_numbers == (facts["number"],)
    assert dialog.counts["conflicts"].text() == "2"
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.apply_button.click()
    assert not dialog.conflicts_button.isHidden()
    dialog.conflicts_button.click()
    conflicts = window.privacy_windows[-1]
    assert type(conflicts).__name__ == "SyncConflictsWindow" and conflicts.table.rowCount() == 2
    rows = {conflicts.table.item(r, 1).text(): r for r in range(2)}
    conflicts.table.selectRow(rows["대상자 정보 · 연락처"])
    assert conflicts.mine.text.toPlainText() == "010-1111-1111"
    assert conflicts.theirs.text.toPlainText() == "010-2222-2222"
    assert conflicts.theirs.origin.text().startswith("노트북, ")
    conflicts.editor.editors["phone"].setText("010-3333-3333")
    assert conflicts.resolve(Keep.EDIT)
    assert conflicts.table.rowCount() == 1
    assert conflicts.table.item(0, 0).text() == facts["number"]
    assert (conflicts.mine.text.toPlainText(), conflicts.theirs.text.toPlainText()) == ("14", "30")
    case_id = conflicts.current().case_id
    assert access_log.list_records(window.vault, kinds=[AccessKind.VIEW], case_id=case_id)  # 접속기록
    conflicts.theirs.button.click()
    assert conflicts.table.rowCount() == 0

    export = window.sync_export()
    assert isinstance(export, SyncExportDialog)
    export.peer_combo.setCurrentIndex(export.peer_combo.findText("노트북", Qt.MatchFlag.MatchStartsWith))
    export.folder_edit.setText(str(facts["bundle"].parent))
    with qtbot.waitSignal(export.exported, timeout=20_000) as done:
        export.export_button.click()
    count, written = done.args
    assert count >= 1 and written.exists()
    finish_background_jobs()

    laptop = facts["laptop"]
    assert run(laptop, "sync", "import", str(written), "--yes").code == 0
    assert run(laptop, "sync", "conflicts", "--json").json() == []
    assert content(laptop)["cases"][0][2] == "010-3333-3333"
    with opened(laptop) as vault:
        from caseapp.services import cases
        assert cases.find_case(vault, facts["number"]).monitoring_interval_days == 30
    assert len(content(laptop)["notes"]) == 1
