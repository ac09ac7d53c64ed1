"""접속기록 in the window: opening a case, locking and a reasoned export are recorded; the 오늘 view reminds of an
unreviewed month; the review dialog filters, flags night-time access and signs the review; retention below 2 years
is refused in Settings."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from caseapp.domain.access import AccessKind, ExportReason, previous_month
from caseapp.services import access_log, access_review, audit


def _kinds(vault: Any) -> list[AccessKind]:
    return [e.kind for e in access_log.list_records(vault)]


def test_opening_a_case_and_locking_are_recorded(main_window: Any, case: Any) -> None:
    main_window.open_case(case.id)
    main_window.lock()
    entries = access_log.list_records(main_window.vault)
    assert [e.kind for e in entries] == [AccessKind.VIEW, AccessKind.LOCK]
    assert entries[0].case_number == case.case_number


def test_the_export_dialog_asks_for_a_reason_before_writing(main_window: Any, case: Any, qtbot: Any,
                                                            tmp_path: Path) -> None:
    from caseapp.ui.dialogs.export_dialog import ExportDialog
    dialog = ExportDialog(main_window.vault, [case.id], main_window)
    qtbot.addWidget(dialog)
    dialog.target_edit.setText(str(tmp_path / "r.pdf"))
    dialog.signed_check.setChecked(False)
    fields = dialog.reason_fields
    fields.combo.setCurrentIndex(fields.combo.findData(ExportReason.OTHER.value))
    dialog.start_export()
    assert dialog.job is None and not (tmp_path / "r.pdf").exists()  # "other" without words: nothing written
    assert dialog.message.text()
    fields.text.setText("법원 제출 요청")
    dialog.start_export()
    qtbot.waitUntil(lambda: (tmp_path / "r.pdf").exists() and not dialog.job.running, timeout=30_000)
    [export] = [e for e in access_log.list_records(main_window.vault) if e.kind is AccessKind.EXPORT]
    assert (export.reason, export.note, export.case_number) == ("other", "법원 제출 요청", case.case_number)


def test_today_reminds_until_last_month_is_reviewed(main_window: Any, qtbot: Any) -> None:
    today = main_window.today
    today.check_review()
    qtbot.waitUntil(lambda: not today.review_banner.isHidden(), timeout=10_000)
    assert f"{previous_month(date.today()):%Y-%m}" in today.review_banner.text()
    access_review.record_review(main_window.vault, previous_month(date.today()))
    today.check_review()
    qtbot.waitUntil(lambda: today.review_banner.isHidden(), timeout=10_000)


def test_the_window_reminds_by_itself_once_its_list_is_shown(main_window: Any, qtbot: Any) -> None:
    # Asked after the list's first paint (MainWindow._after_cases_shown), not before it: still asked, unprompted.
    qtbot.waitUntil(lambda: not main_window.today.review_banner.isHidden(), timeout=10_000)
    assert f"{previous_month(date.today()):%Y-%m}" in main_window.today.review_banner.text()


def test_the_review_dialog_flags_night_access_filters_and_signs(main_window: Any, case: Any, qtbot: Any) -> None:
    from caseapp.ui.dialogs.access_review_dialog import AccessReviewDialog
    vault = main_window.vault
    month = previous_month(date.today())
    night = datetime(month.year, month.month, 10, 23, 30).astimezone(timezone.utc)
    noon = datetime(month.year, month.month, 11, 12, 0).astimezone(timezone.utc)
    with vault.session(write=True) as s:
        audit.record_many(s, vault.actor, [("view", "", "", case.id, access_log.access_detail(), night),
                                           ("search", "", "", None, access_log.access_detail({"n": 1}), noon)])
    dialog = AccessReviewDialog(vault, main_window, month)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10_000)
    assert "23:30" in dialog.table.item(0, 0).text()
    assert dialog.table.item(0, 0).background().color().name() == "#fdebd0"  # night-time row marked
    assert "1" in dialog.summary_label.text() and dialog.summary.night
    dialog.case_edit.setText(case.case_number)
    assert dialog.table.rowCount() == 1
    dialog.case_edit.setText("")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(AccessKind.SEARCH.value))
    assert dialog.table.rowCount() == 1 and dialog.shown[0].kind is AccessKind.SEARCH

    # the month's reading job reports its rows before it reports that it ended; sign() waits for neither
    qtbot.waitUntil(lambda: dialog.job is not None and not dialog.job.running, timeout=10_000)
    with qtbot.waitSignal(dialog.reviewed, timeout=20_000) as signed:
        dialog.sign()
    review = signed.args[0]
    assert review.month == month and review.count == 2 and review.verified
    qtbot.waitUntil(lambda: "signature" in dialog.reviews_label.text() or "서명" in dialog.reviews_label.text(),
                    timeout=10_000)


def test_settings_refuse_keeping_access_records_under_two_years(main_window: Any, qtbot: Any) -> None:
    from caseapp import settings
    from caseapp.ui.dialogs.settings_dialog import SettingsDialog
    dialog = SettingsDialog(main_window.vault, main_window.settings, main_window)
    dialog.saved.connect(main_window.apply_settings)  # as show_settings connects it
    qtbot.addWidget(dialog)
    dialog.access_log_spin.setValue(1)
    dialog.save()
    assert "2" in dialog.message.text() and dialog.result() == 0
    assert settings.load().access_log_years == 2
    dialog.access_log_spin.setValue(3)
    dialog.auto_lock_spin.setValue(25)
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        dialog.save()
    assert settings.load().access_log_years == 3
    [changed] = [e for e in access_log.list_records(main_window.vault) if e.kind is AccessKind.SETTINGS]
    assert "access_log_years" in changed.what and "auto_lock_minutes" in changed.what
