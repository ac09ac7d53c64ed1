"""Closing a benchmark's main window and its vault for good between unlocks (bench_gui_memory.py, bench_issue14.py).

Imported from the benchmark's own folder (a script's folder is first on ``sys.path``), and Qt only when called: the
scripts choose which caseapp (``--code``) and when Qt loads.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def close_window(window: Any, vault: Any, drain: Callable[[], None]) -> None:
    """Close ``window`` (nothing kept), let its background work finish (``drain``), close ``vault``, and delete the
    window's widgets now. ``deleteLater`` runs only inside an event loop, and these scripts run none: without the
    posted deletes the earlier windows (their widgets and 10,000 summaries each) stayed alive and counted in the RSS.
    The caller then drops its own references and collects."""
    from PySide6.QtCore import QCoreApplication, QEvent
    window.discard_and_close()
    window.deleteLater()
    drain()
    vault.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
