"""The unlock window's open leaves stale case-list summaries to the main window, which refreshes them once the list
is shown: the list shows the right due dates meanwhile, a failure is shown, and the next open tries again."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from caseapp.services import case_summaries, cases, entries
from caseapp.services.setup import initialise
from caseapp.services.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import finish_background_jobs, shown_main_window


def _stale_count(vault: Any) -> int:
    with vault.session() as s:
        return case_summaries.stale_count(s)


@pytest.fixture
def stale_file(data_dir: Path) -> list[tuple[str, date | None, bool]]:
    """A closed file with two cases whose stored summaries an older caseapp made (another basis, one overdue task
    that the stored text does not know of): what the list must show, as computed afresh."""
    vault, _recovery = initialise(PASSPHRASE, "김사회", "행복종합사회복지관")
    try:
        first = cases.open_case(vault, {"name": "김민수", "phone": "010-1234-5678"}, {"presenting_request": "주거 불안"})
        cases.open_case(vault, {"name": "이영희", "phone": "010-2222-3333"}, {"presenting_request": "생계 곤란"})
        overdue = date.today() - timedelta(days=3)
        entries.add(vault, first.id, "plan_task", {"description": "주민센터 동행", "performer": "practitioner",
                                                   "due_date": overdue})
        expected = [(c.case_number, c.next_due, c.overdue) for c in cases.list_cases(vault)]
        assert expected[0] == (first.case_number, overdue, True)
        with vault.session(write=True) as s:  # as an older caseapp left them: other rules, the task unknown
            s.connection().exec_driver_sql("UPDATE casesummary SET basis = 'older', next_due = NULL, deadlines = '[]'")
        assert _stale_count(vault) == 2
    finally:
        vault.close()
    return expected


def _unlock(qtbot: Any) -> Any:
    from caseapp.ui.dialogs.unlock_dialog import UnlockDialog
    dialog = UnlockDialog()
    qtbot.addWidget(dialog)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: dialog.vault is not None, timeout=20_000)
    return dialog.vault


def test_stale_summaries_wait_for_the_list_and_are_refreshed_after_it(gui_app: Any, qtbot: Any, no_modal: Any,
                                                                      stale_file: list[Any]) -> None:
    vault = _unlock(qtbot)
    try:
        assert vault.summaries_due and _stale_count(vault) == 2  # the open did not refresh them
        window = shown_main_window(vault, qtbot)
        shown = next(window)
        model = shown.case_list.model
        # The list read them computed afresh: the overdue task is there although the stored summary lacks it.
        assert [(c.case_number, c.next_due, c.overdue) for c in model.rows] == stale_file
        qtbot.waitUntil(lambda: not vault.summaries_due, timeout=10_000)
        assert _stale_count(vault) == 0
        assert [(c.case_number, c.next_due, c.overdue) for c in cases.list_cases(vault)] == stale_file
        assert no_modal.shown == []
        next(window, None)
    finally:
        vault.close()


def test_a_deferred_refresh_that_fails_is_shown_and_the_next_open_does_it(gui_app: Any, qtbot: Any, no_modal: Any,
                                                                           stale_file: list[Any],
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlcipher3
    real = case_summaries.refresh_stale

    def failing(_vault: Any) -> int:
        raise sqlcipher3.DatabaseError("database disk image is malformed")
    vault = _unlock(qtbot)
    try:
        monkeypatch.setattr(case_summaries, "refresh_stale", failing)
        window = shown_main_window(vault, qtbot)
        shown = next(window)
        qtbot.waitUntil(lambda: bool(no_modal.shown), timeout=10_000)
        assert no_modal.shown[0][0] == "warning"
        assert "사례 목록 요약" in no_modal.shown[0][1]  # the open's own notice (repair_incomplete)
        assert vault.summaries_due and _stale_count(vault) == 2
        assert [(c.case_number, c.next_due, c.overdue) for c in shown.case_list.model.rows] == stale_file
        with qtbot.waitSignal(shown.case_list.upcoming_loaded, timeout=10_000):  # a refresh after a save: not again
            shown.case_list.reload()
        finish_background_jobs()
        assert len(no_modal.shown) == 1
        next(window, None)
    finally:
        vault.close()
    monkeypatch.setattr(case_summaries, "refresh_stale", real)
    with Vault.open(PASSPHRASE) as reopened:  # an open without deferral (the CLI's) refreshes them itself
        assert not reopened.summaries_due and _stale_count(reopened) == 0


def test_a_deferred_refresh_the_disk_refuses_says_so_in_the_status_bar(gui_app: Any, qtbot: Any, no_modal: Any,
                                                                      stale_file: list[Any],
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from caseapp.errors import StorageUnavailable

    def refused(_vault: Any) -> int:
        raise StorageUnavailable("디스크가 가득 찼습니다.", "The disk is full.")
    vault = _unlock(qtbot)
    try:
        monkeypatch.setattr(case_summaries, "refresh_stale", refused)
        window = shown_main_window(vault, qtbot)
        shown = next(window)
        qtbot.waitUntil(lambda: "디스크가 가득" in shown.statusBar().currentMessage(), timeout=10_000)
        assert vault.summaries_due and no_modal.shown == []
        next(window, None)
    finally:
        vault.close()
