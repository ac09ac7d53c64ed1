"""File → 동기화 (issue 17): export to a chosen folder, import with a preview first, the conflict screen, and the status
bar's last exchange per paired device. The dialogs are driven with the protocol's own data (Preview, ConflictView,
PeerView) through injected service calls; tests/ui/test_sync_real.py runs them against the real engine and bundles.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit

from caseapp.domain.sync_protocol import ApplyResult, ConflictView, Hlc, Keep, PeerView, Preview
from caseapp.errors import UserError
from caseapp.ui.dialogs.sync_services import ExportChoices

THIS = "aaaaaaaaaaaa"
LAPTOP = "bbbbbbbbbbbb"
OFFICE = "cccccccccccc"
LONG_KO = ("어머니와 함께 병원 동행 후 주거급여 신청 서류를 준비하기로 함. 월세 체납 3개월분은 긴급지원으로 해결을 검토하고, "
           "대상자는 다음 주 화요일까지 임대인과 상환 일정을 다시 이야기하기로 하였음. 자녀의 등교 문제는 학교 사회복지사와 "
           "연계하여 점검할 예정임.")


def local_clock(year: int, month: int, day: int, hour: int, minute: int, device: str) -> str:
    """A change's clock at this computer's local wall time (what the screens show)."""
    moment = datetime(year, month, day, hour, minute).astimezone()
    return Hlc(int(moment.timestamp() * 1000), 0, device).encode()


def local_iso(year: int, month: int, day: int, hour: int, minute: int) -> str:
    return datetime(year, month, day, hour, minute).astimezone().isoformat()


def peer(device: str, name: str, last_import_at: str = "", last_export_at: str = "") -> PeerView:
    return PeerView(device=device, name=name, practitioner="김사회", paired_at=local_iso(2026, 11, 2, 9, 0),
                    last_export_at=last_export_at, last_import_at=last_import_at)


def conflict(cid: str, table: str, field_name: str, label: str, mine: Any, theirs: Any,
             case_id: str | None = "case-1") -> ConflictView:
    return ConflictView(id=cid, case_id=case_id, case_number="2026-0007" if case_id else "", table=table,
                        row_id=f"row-{cid}", field=field_name, label=label, mine=mine, theirs=theirs,
                        mine_device=THIS, theirs_device=LAPTOP,
                        mine_at=local_clock(2026, 12, 1, 14, 3, THIS),
                        theirs_at=local_clock(2026, 12, 1, 9, 41, LAPTOP))


@dataclass
class FakeSync:
    """The engine and transport as the dialogs see them, recording every call."""

    peer_list: list[PeerView] = field(default_factory=list)
    conflicts: list[ConflictView] = field(default_factory=list)
    preview: Preview = field(default_factory=Preview)
    refuse: UserError | None = None        # read_bundle refuses the file
    fail_apply: UserError | None = None    # import_bundle fails (nothing changed)
    count: int = 12
    calls: list[tuple[Any, ...]] = field(default_factory=list)
    on_import: Any = None

    def services(self) -> Any:
        from caseapp.ui.dialogs.sync_services import SyncServices
        return SyncServices(export_bundle=self.export_bundle, read_bundle=self.read_bundle,
                            preview_bundle=self.preview_bundle, import_bundle=self.import_bundle,
                            peers=lambda: list(self.peer_list), open_conflicts=self.open_conflicts,
                            resolve=self.resolve, this_device=lambda: THIS, device_name=lambda: "사무실 PC",
                            viewed=lambda case_id: self.calls.append(("viewed", case_id)))

    def export_bundle(self, path: Path, to: str | None, choices: Any) -> int:
        self.calls.append(("export", path, to, choices))
        path.write_bytes(b"bundle")
        return self.count

    def read_bundle(self, path: Path) -> Any:
        self.calls.append(("read", path))
        if self.refuse is not None:
            raise self.refuse
        return {"bundle": path}

    def preview_bundle(self, incoming: Any) -> Preview:
        self.calls.append(("preview", incoming))
        return self.preview

    def import_bundle(self, incoming: Any) -> ApplyResult:
        self.calls.append(("import", incoming))
        if self.fail_apply is not None:
            raise self.fail_apply
        if self.on_import is not None:
            self.on_import()
        return ApplyResult(self.preview, conflict_ids=tuple(f"k{i}" for i in range(self.preview.conflicts)))

    def open_conflicts(self, lang: str) -> list[ConflictView]:
        self.calls.append(("conflicts", lang))
        return list(self.conflicts)

    def resolve(self, conflict_id: str, keep: Keep, value: Any) -> None:
        self.calls.append(("resolve", conflict_id, keep, value))
        self.conflicts = [c for c in self.conflicts if c.id != conflict_id]

    def verbs(self) -> list[str]:
        return [c[0] for c in self.calls]


def refused(ko: str, en: str) -> UserError:
    return UserError(ko, en)


# --- status bar text ----------------------------------------------------------------------------------------------

def test_the_status_line_names_each_peer_and_its_last_exchange_in_korean(gui_app: Any) -> None:
    from caseapp.ui.dialogs.sync_text import status_text
    office = peer(OFFICE, "사무실 PC", last_import_at=local_iso(2026, 12, 1, 14, 3),
                  last_export_at=local_iso(2026, 11, 30, 18, 0))
    laptop = peer(LAPTOP, "방문용 노트북")
    now = datetime(2026, 12, 2, 9, 0).astimezone()
    text = status_text([office, laptop], today=now)
    assert text == "마지막 동기화: 사무실 PC 12월 1일 14:03 · 방문용 노트북 아직 없음"
    assert status_text([], today=now) == ""


def test_the_status_line_in_english_and_a_year_that_is_not_this_one(gui_app: Any) -> None:
    from caseapp.ui.dialogs.sync_text import status_text
    from caseapp.ui.i18n import install_translators
    install_translators(gui_app, "en")
    office = peer(OFFICE, "Office PC", last_export_at=local_iso(2025, 12, 1, 14, 3))
    text = status_text([office], today=datetime(2026, 1, 5, 9, 0).astimezone())
    assert text == "Last sync: Office PC 1 Dec 2025 14:03"


# --- export -------------------------------------------------------------------------------------------------------

def test_export_writes_a_new_file_for_the_chosen_peer_off_the_gui_thread(gui_app: Any, qtbot: Any,
                                                                        tmp_path: Path) -> None:
    from caseapp.ui.dialogs.sync_export_dialog import SyncExportDialog
    fake = FakeSync(peer_list=[peer(OFFICE, "사무실 PC"), peer(LAPTOP, "방문용 노트북")])
    dialog = SyncExportDialog(fake.services())
    qtbot.addWidget(dialog)
    names = [dialog.peer_combo.itemText(i) for i in range(dialog.peer_combo.count())]
    assert names[0].startswith("사무실 PC") and names[1].startswith("방문용 노트북") and len(names) == 4
    assert dialog.passphrase_edit.isHidden()  # only a new computer's set-up bundle needs it
    dialog.peer_combo.setCurrentIndex(1)
    stick = tmp_path / "usb"
    stick.mkdir()
    (stick / "old.casesync").write_bytes(b"last week")
    dialog.folder_edit.setText(str(stick))
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as done:
        dialog.export_button.click()
    count, written = done.args
    assert count == 12 and written.parent == stick and written.suffix == ".casesync"
    assert fake.calls == [("export", written, LAPTOP, ExportChoices())]  # no passphrase, the name unchanged
    assert (stick / "old.casesync").read_bytes() == b"last week"
    assert "12" in dialog.message.text() and str(written) in dialog.message.text()
    assert dialog.message.property("tone") == "success" and dialog.export_button.isEnabled()


def test_export_never_overwrites_a_bundle_made_the_same_minute(tmp_path: Path) -> None:
    from caseapp.ui.dialogs.sync_export_dialog import bundle_name
    now = datetime(2026, 12, 1, 14, 3)
    first = bundle_name(tmp_path, now)
    first.write_bytes(b"x")
    second = bundle_name(tmp_path, now)
    assert second != first and second.parent == tmp_path and not second.exists()


def test_export_before_pairing_makes_the_set_up_bundle_with_the_passphrase_and_a_name(gui_app: Any, qtbot: Any,
                                                                                       tmp_path: Path) -> None:
    from caseapp.ui.dialogs.sync_export_dialog import SyncExportDialog
    fake = FakeSync()
    dialog = SyncExportDialog(fake.services())
    qtbot.addWidget(dialog)
    assert dialog.peer_combo.count() == 1 and dialog.peer_combo.currentData() == (None, True)
    assert "새 컴퓨터" in dialog.peer_combo.currentText()
    assert dialog.name_edit.text() == "사무실 PC" and not dialog.passphrase_edit.isHidden()
    dialog.folder_edit.setText(str(tmp_path))
    dialog.start_export()
    assert dialog.job is None and fake.calls == [] and "암호" in dialog.message.text()
    dialog.passphrase_edit.setText("테스트 암호")
    dialog.name_edit.setText("복지관 사무실 PC")
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.export_button.click()
    assert fake.calls[0][2] is None
    assert fake.calls[0][3] == ExportChoices(passphrase="테스트 암호", device_name="복지관 사무실 PC", everything=True)
    assert dialog.passphrase_edit.text() == ""  # not kept on screen after use


def test_a_third_computer_is_set_up_from_a_bundle_of_every_change(gui_app: Any, qtbot: Any, tmp_path: Path) -> None:
    from caseapp.ui.dialogs.sync_export_dialog import SyncExportDialog
    fake = FakeSync(peer_list=[peer(LAPTOP, "방문용 노트북")])
    dialog = SyncExportDialog(fake.services())
    qtbot.addWidget(dialog)
    dialog.peer_combo.setCurrentIndex(dialog.peer_combo.count() - 1)
    assert "새 컴퓨터" in dialog.peer_combo.currentText() and not dialog.passphrase_edit.isHidden()
    dialog.passphrase_edit.setText("테스트 암호")
    dialog.folder_edit.setText(str(tmp_path))
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.export_button.click()
    assert fake.calls[0][2] is None and fake.calls[0][3] == ExportChoices(passphrase="테스트 암호", everything=True)
    qtbot.waitUntil(lambda: not dialog.job.running, timeout=10_000)
    dialog.peer_combo.setCurrentIndex(1)  # any paired device: neither the passphrase nor every change
    assert dialog.passphrase_edit.isHidden()
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.export_button.click()
    assert fake.calls[1][2] is None and fake.calls[1][3] == ExportChoices()


def test_export_to_a_missing_folder_or_a_refused_target_says_why(gui_app: Any, qtbot: Any, tmp_path: Path) -> None:
    from caseapp.ui.dialogs.sync_export_dialog import SyncExportDialog
    fake = FakeSync(peer_list=[peer(OFFICE, "사무실 PC")])
    dialog = SyncExportDialog(fake.services())
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(tmp_path / "no-such-stick"))
    dialog.start_export()
    assert dialog.job is None and fake.calls == []
    assert "no-such-stick" in dialog.message.text() and dialog.message.property("tone") == "error"

    def refuse(path: Path, to: str | None, choices: Any) -> int:
        raise UserError("사례 파일이 있는 폴더에는 쓸 수 없습니다.", "Not into the data folder.")

    dialog.services = replace(dialog.services, export_bundle=refuse)
    stick = tmp_path / "stick"
    stick.mkdir()
    dialog.folder_edit.setText(str(stick))
    dialog.start_export()
    qtbot.waitUntil(lambda: not dialog.job.running, timeout=30_000)
    assert dialog.message.property("tone") == "error" and "사례 파일" in dialog.message.text()
    assert dialog.export_button.isEnabled() and list(stick.iterdir()) == []


# --- import -------------------------------------------------------------------------------------------------------

def open_import(fake: FakeSync, qtbot: Any, path: Path) -> Any:
    from caseapp.ui.dialogs.sync_import_dialog import SyncImportDialog
    dialog = SyncImportDialog(fake.services(), path)
    qtbot.addWidget(dialog)
    return dialog


def test_import_shows_the_preview_and_writes_nothing_until_apply(gui_app: Any, qtbot: Any, tmp_path: Path) -> None:
    preview = Preview(new_records=4, changed_records=7, conflicts=2, deletions=1, destructions=1, already_held=3,
                      case_numbers=("2026-0007", "2026-0012", "2025-0101"))
    fake = FakeSync(preview=preview)
    dialog = open_import(fake, qtbot, tmp_path / "laptop.casesync")
    assert fake.calls == []  # read off the GUI thread, once the event loop runs
    with qtbot.waitSignal(dialog.previewed, timeout=10_000):
        pass
    assert fake.verbs() == ["read", "preview"]
    counts = {key: label.text() for key, label in dialog.counts.items()}
    assert counts == {"new_records": "4", "changed_records": "7", "conflicts": "2", "deletions": "1",
                      "destructions": "1", "already_held": "3"}
    assert [dialog.cases_list.item(i).text() for i in range(dialog.cases_list.count())] == list(preview.case_numbers)
    assert not dialog.destruction_note.isHidden()
    assert dialog.apply_button.isEnabled() and not dialog.conflicts_button.isVisible()

    with qtbot.waitSignal(dialog.imported, timeout=10_000) as applied:
        dialog.apply_button.click()
    assert fake.verbs() == ["read", "preview", "import"]
    assert applied.args[0].preview == preview
    assert "4" in dialog.message.text() and "2" in dialog.message.text()
    assert not dialog.conflicts_button.isHidden() and not dialog.apply_button.isEnabled()
    dialog.apply()  # a second Apply imports nothing more
    assert fake.verbs().count("import") == 1
    with qtbot.waitSignal(dialog.conflicts_requested, timeout=1000):
        dialog.conflicts_button.click()


def test_a_refused_bundle_shows_its_message_and_cannot_be_applied(gui_app: Any, qtbot: Any, tmp_path: Path) -> None:
    fake = FakeSync(refuse=refused("이 묶음 파일은 손상되었습니다(중간에 잘렸거나 바뀜). 아무것도 바뀌지 않았습니다.",
                                   "This bundle is damaged (cut short or altered). Nothing was changed."))
    dialog = open_import(fake, qtbot, tmp_path / "flipped.casesync")
    with qtbot.waitSignal(dialog.refused, timeout=10_000) as shown:
        pass
    assert "손상" in shown.args[0] and "손상" in dialog.message.text()
    assert dialog.message.property("tone") == "error"
    assert not dialog.apply_button.isEnabled() and fake.verbs() == ["read"]
    dialog.apply()
    assert "import" not in fake.verbs()
    assert all(label.text() == "–" for label in dialog.counts.values())


def test_an_import_that_fails_leaves_the_file_as_it_was_and_can_be_tried_again(gui_app: Any, qtbot: Any,
                                                                              tmp_path: Path) -> None:
    fake = FakeSync(preview=Preview(changed_records=1, case_numbers=("2026-0007",)),
                    fail_apply=UserError("디스크 공간이 부족합니다.", "The disk is full."))
    dialog = open_import(fake, qtbot, tmp_path / "x.casesync")
    qtbot.waitUntil(lambda: dialog.apply_button.isEnabled(), timeout=10_000)
    dialog.apply_button.click()
    assert not dialog.cancel_button.isEnabled()
    dialog.reject()  # closing while the one transaction runs would only hide how it ended
    qtbot.waitUntil(lambda: dialog.message.property("tone") == "error", timeout=10_000)
    assert "디스크" in dialog.message.text() and "그대로" in dialog.message.text()
    assert dialog.apply_button.isEnabled() and dialog.cancel_button.isEnabled()


def test_a_bundle_with_nothing_new_says_so(gui_app: Any, qtbot: Any, tmp_path: Path) -> None:
    fake = FakeSync(preview=Preview(already_held=40))
    dialog = open_import(fake, qtbot, tmp_path / "again.casesync")
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert "새로운 것이 없습니다" in dialog.message.text() and dialog.destruction_note.isHidden()


# --- the conflict screen ------------------------------------------------------------------------------------------

def conflicts_window(fake: FakeSync, qtbot: Any) -> Any:
    from caseapp.ui.views.sync_conflicts import SyncConflictsWindow
    window = SyncConflictsWindow(fake.services())
    qtbot.addWidget(window)
    return window


def sample_conflicts() -> list[ConflictView]:
    return [conflict("k1", "serviceentry", "text", "내용", LONG_KO, LONG_KO.replace("화요일", "목요일") + " 추가 통화함."),
            conflict("k2", "assessment", "risk_level", "위기도", "high", "moderate"),
            conflict("k3", "followup", "due_on", "예정일", "2026-12-10", "2026-12-14"),
            conflict("k4", "referral", "resource_id", "연계 기관", "res-1", "res-2")]


def test_conflicts_show_both_values_whole_with_device_and_time(gui_app: Any, qtbot: Any) -> None:
    fake = FakeSync(peer_list=[peer(LAPTOP, "방문용 노트북")], conflicts=sample_conflicts())
    window = conflicts_window(fake, qtbot)
    assert window.table.rowCount() == 4
    assert window.table.item(0, 0).text() == "2026-0007"
    assert window.table.item(0, 1).text() == "서비스 제공 기록 · 내용"
    assert window.mine.text.toPlainText() == LONG_KO
    assert window.theirs.text.toPlainText().endswith("추가 통화함.")
    assert "이 PC" in window.mine.origin.text() and "12월 1일 14:03" in window.mine.origin.text()
    assert "방문용 노트북" in window.theirs.origin.text() and "09:41" in window.theirs.origin.text()
    window.table.selectRow(1)
    assert window.mine.text.toPlainText() == "높음" and window.theirs.text.toPlainText() == "보통"
    assert isinstance(window.editor.editors["risk_level"], QComboBox)


def test_keep_theirs_resolves_and_the_list_moves_on(gui_app: Any, qtbot: Any) -> None:
    fake = FakeSync(conflicts=sample_conflicts())
    window = conflicts_window(fake, qtbot)
    window.table.selectRow(1)
    with qtbot.waitSignal(window.resolved, timeout=1000) as done:
        window.theirs.button.click()
    assert done.args == ["k2", "case-1"]
    assert ("resolve", "k2", Keep.THEIRS, None) in fake.calls
    assert window.table.rowCount() == 3 and window.current().id == "k3"
    window.mine.button.click()
    assert ("resolve", "k3", Keep.MINE, None) in fake.calls
    assert fake.calls.count(("viewed", "case-1")) == 1  # one access record for the case, not one per reload


def test_edit_takes_a_value_through_the_fields_own_rules(gui_app: Any, qtbot: Any) -> None:
    fake = FakeSync(conflicts=sample_conflicts())
    window = conflicts_window(fake, qtbot)
    window.table.selectRow(2)  # a date: the field's date editor, with its typing rules
    date_field = window.editor.editors["due_on"]
    date_field.edit.setText("2026-13-45")
    assert not window.resolve(Keep.EDIT)
    assert not [c for c in fake.calls if c[0] == "resolve"]
    assert window.message.property("tone") == "error" and window.table.rowCount() == 4
    date_field.edit.setText("2026-12-12")
    assert window.resolve(Keep.EDIT)
    assert ("resolve", "k3", Keep.EDIT, date(2026, 12, 12)) in fake.calls
    window.table.selectRow(0)
    text = window.editor.editors["text"]
    assert isinstance(text, QPlainTextEdit) and text.toPlainText() == LONG_KO  # starts from mine
    text.setPlainText("두 기록을 합침: " + LONG_KO)
    window.save_edit_button.click()
    assert ("resolve", "k1", Keep.EDIT, "두 기록을 합침: " + LONG_KO) in fake.calls


def test_a_reference_field_is_resolved_by_picking_one_of_the_two(gui_app: Any, qtbot: Any) -> None:
    fake = FakeSync(conflicts=sample_conflicts()[3:])
    window = conflicts_window(fake, qtbot)
    assert window.editor is None and not window.save_edit_button.isEnabled()
    assert window.edit_note.text() and window.theirs.button.isEnabled()


def test_no_conflicts_says_so(gui_app: Any, qtbot: Any) -> None:
    window = conflicts_window(FakeSync(), qtbot)
    assert window.table.rowCount() == 0 and "충돌이 없습니다" in window.message.text()
    assert not window.mine.button.isEnabled()


# --- the main window ----------------------------------------------------------------------------------------------

@pytest.fixture
def sync_window(gui_app: Any, vault: Any, qtbot: Any, no_modal: Any) -> Any:
    from tests.ui.conftest import shown_main_window
    fake = FakeSync(peer_list=[peer(OFFICE, "사무실 PC", last_import_at=local_iso(2026, 12, 1, 14, 3))])

    def with_fake_sync(window: Any) -> None:
        window._sync = fake.services()
        window.fake = fake

    yield from shown_main_window(vault, qtbot, with_fake_sync)


def test_file_menu_has_sync_and_the_status_bar_shows_the_last_exchange(sync_window: Any) -> None:
    file_menu = sync_window.menuBar().actions()[0].menu()
    sync = next(a.menu() for a in file_menu.actions() if a.menu() is sync_window.sync_menu)
    assert sync.title().replace("&", "").startswith("동기화")
    assert [a.objectName() for a in sync.actions()] == ["sync_export", "sync_import", "sync_conflicts",
                                                "agency_hub", "agency_hub_admin",  # issue 18: hub, admin screen,
                                                "agency_statistics"]  # and the 관장's figures
    label = sync_window.findChild(QLabel, "sync_status")
    assert label.text().startswith("마지막 동기화: 사무실 PC ") and "14:03" in label.text()
    admin = sync_window.show_hub_admin()  # opens without touching the network: it waits for a login
    assert admin.windowTitle() == "기관 허브 관리" and not admin.tabs.isEnabled()
    admin.close()
    sync_window.lock()
    assert not sync_window.sync_import_action.isEnabled()
    assert sync_window.sync_import("x.casesync") is None
    sync_window.unlock()


def test_an_import_refreshes_open_cases_and_closes_a_destroyed_ones_tab(sync_window: Any, qtbot: Any, vault: Any,
                                                                        tmp_path: Path) -> None:
    from caseapp.services import cases, destruction
    kept = cases.open_case(vault, {"name": "김민수"}, {})
    gone = cases.open_case(vault, {"name": "이영희"}, {})
    sync_window.open_case(kept.id)
    sync_window.open_case(gone.id)
    fake = sync_window.fake
    fake.preview = Preview(destructions=1, case_numbers=(gone.case_number,))
    fake.on_import = lambda: destruction.destroy_case(vault, gone.id, "다른 PC에서 파기", require_closed=False)
    fake.peer_list = [replace(fake.peer_list[0], last_import_at=local_iso(2026, 12, 2, 8, 15))]
    dialog = sync_window.sync_import(str(tmp_path / "b.casesync"))
    qtbot.waitUntil(lambda: dialog.apply_button.isEnabled(), timeout=10_000)
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.apply_button.click()
    assert [v.case_id for v in sync_window.case_views()] == [kept.id]
    assert "08:15" in sync_window.sync_label.text()


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_conflict_screen_fits_a_1366_by_768_laptop_with_every_button_whole(gui_app: Any, qtbot: Any,
                                                                                lang: str) -> None:
    from PySide6.QtWidgets import QApplication, QPushButton
    from caseapp.ui.i18n import install_translators
    install_translators(gui_app, lang)
    window = conflicts_window(FakeSync(conflicts=sample_conflicts()), qtbot)
    window.show()
    QApplication.processEvents()
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 700
    assert window.width() <= 1366 and window.height() <= 740
    for button in window.findChildren(QPushButton):
        if button.isVisible():
            assert button.width() >= button.sizeHint().width(), button.text()
    table = window.table
    assert table.viewport().height() >= 4 * table.verticalHeader().defaultSectionSize()  # rows in view


def test_resolving_a_conflict_re_reads_the_open_case(sync_window: Any, vault: Any, monkeypatch: Any) -> None:
    from caseapp.services import cases
    case = cases.open_case(vault, {"name": "김민수"}, {})
    other = cases.open_case(vault, {"name": "이영희"}, {})
    views = {c.id: sync_window.open_case(c.id) for c in (case, other)}
    reloads: list[str] = []
    for case_id, view in views.items():
        monkeypatch.setattr(view, "reload", lambda cid=case_id: reloads.append(cid))
    sync_window.fake.conflicts = [replace(conflict("k1", "case", "monitoring_interval_days", "점검 주기(일)", 14, 30),
                                          case_id=case.id)]
    screen = sync_window.sync_conflicts()
    assert screen in sync_window.privacy_windows  # hidden while the window is locked
    screen.theirs.button.click()
    assert reloads == [case.id]
