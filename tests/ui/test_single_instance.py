"""One GUI per data folder: a second start is refused and raises the running window."""

from __future__ import annotations

from typing import Any

import pytest

from caseapp.errors import AlreadyRunning


def test_second_instance_is_refused_and_asks_the_first_to_come_forward(gui_app: Any, qtbot: Any) -> None:
    from caseapp.ui.single_instance import SingleInstance
    first = SingleInstance()
    first.acquire()
    try:
        second = SingleInstance()
        with qtbot.waitSignal(first.raise_requested, timeout=5_000):
            with pytest.raises(AlreadyRunning):
                second.acquire()
    finally:
        first.release()
    third = SingleInstance()  # released (or crashed: the OS drops the lock) -> the next start takes over
    third.acquire()
    third.release()
