"""The today list has two sources that run side by side: its own Refresh and the deadlines the case list's load
picks after showing the list. Whichever finishes last, the list shows the newer read (a slow first job is forced
here by holding it after its read until the second one has been shown)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any

import pytest

from caseapp.services import cases
from caseapp.services.vault import Vault
from tests.dates import today
from tests.ui.conftest import shown_main_window
from tests.ui.test_day_work_gui import a_day_of_work

HOLD_S = 10  # a held job never waits longer than this (the test then fails on its assertions, not by hanging)


class Held:
    """Wraps ``cases.upcoming_deadlines``: the calls ``which`` picks read at once, then wait for ``release``."""

    def __init__(self, which: Callable[[dict[str, Any]], bool]) -> None:
        self.real = cases.upcoming_deadlines
        self.which = which
        self.read = threading.Event()
        self.release = threading.Event()

    def __call__(self, vault: Vault, *args: Any, **kwargs: Any) -> Any:
        result = self.real(vault, *args, **kwargs)
        if self.which(kwargs) and not self.read.is_set():
            self.read.set()
            self.release.wait(HOLD_S)
        return result


@pytest.fixture
def window(gui_app: Any, vault: Vault, qtbot: Any, no_modal: Any) -> Iterator[Any]:
    a_day_of_work(vault)
    yield from shown_main_window(vault, qtbot)


def newer_data(vault: Vault) -> str:
    """A case opened 45 days ago: its intake deadlines are overdue, so the today list grows."""
    opened = (today() - timedelta(days=45)).isoformat()
    return cases.open_case(vault, {"name": "윤서연"}, {"opened_on": opened}).id


def listed_case_ids(window: Any) -> set[str]:
    return {d.case_id for d in window.today.all_deadlines}


def test_an_older_refresh_finishing_last_does_not_replace_the_list_loads_newer_deadlines(
        window: Any, vault: Vault, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    held = Held(lambda kwargs: "listed" not in kwargs)  # the today list's own Refresh lists the cases itself
    monkeypatch.setattr(cases, "upcoming_deadlines", held)
    try:
        refresh = window.today.reload()  # the Refresh button
        qtbot.waitUntil(held.read.is_set, timeout=10_000)
        new_case = newer_data(vault)
        with qtbot.waitSignal(window.case_list.upcoming_loaded, timeout=10_000):
            window.refresh_lists()  # started after the Refresh read: newer, and done first
        assert new_case in listed_case_ids(window)
    finally:
        held.release.set()
    qtbot.waitUntil(lambda: not refresh.running, timeout=10_000)
    assert new_case in listed_case_ids(window)  # the Refresh's older read was dropped
    assert window.today.deadlines == window.today.model.rows and new_case in {d.case_id for d in window.today.deadlines}


def test_the_list_loads_older_deadlines_finishing_last_do_not_replace_a_newer_refresh(
        window: Any, vault: Vault, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    held = Held(lambda kwargs: "listed" in kwargs)  # the deadlines picked from the list's load
    monkeypatch.setattr(cases, "upcoming_deadlines", held)
    shown: list[int] = []
    window.today.loaded.connect(shown.append)
    try:
        window.refresh_lists()
        qtbot.waitUntil(held.read.is_set, timeout=10_000)
        new_case = newer_data(vault)
        with qtbot.waitSignal(window.today.loaded, timeout=10_000):
            window.today.reload()  # started after the list's read: newer, and done first
        assert new_case in listed_case_ids(window)
        with qtbot.waitSignal(window.case_list.upcoming_loaded, timeout=10_000):
            held.release.set()
    finally:
        held.release.set()
    assert new_case in listed_case_ids(window)  # the list load's older deadlines were dropped
    assert len(shown) == 1  # and the today list was not filled with them in between


def test_deadlines_given_directly_are_the_newest(gui_app: Any, vault: Vault, qtbot: Any) -> None:
    from caseapp.ui.views.today_view import TodayView
    a_day_of_work(vault)
    view = TodayView(vault)
    qtbot.addWidget(view)
    deadlines = cases.upcoming_deadlines(vault)
    assert view.show_deadlines(deadlines) and len(view.all_deadlines) == 2
    assert not view.show_deadlines([], serial=view.shown_serial - 1)  # an older job's read
    assert len(view.all_deadlines) == 2
    assert view.show_deadlines([], serial=view.shown_serial) and view.all_deadlines == []  # the same read again
