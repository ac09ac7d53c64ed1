"""Background sync with the agency hub (issue 18): a status-bar line and a worker, never the GUI thread.

When this installation has joined a hub, :class:`HubSync` syncs at start, at every unlock and every few minutes
while the window is unlocked, on Qt's thread pool (:mod:`caseapp.ui.background`). The status bar says when the hub
last synced; a hub that cannot be reached is one quiet line (its reason in the tooltip), never a dialog, and the
window works on unchanged. When a sync brought changes the window reloads as after a bundle import.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from caseapp.errors import UserError
from caseapp.services import hub_client
from caseapp.ui import background
from caseapp.ui.i18n import error_text

if TYPE_CHECKING:
    from caseapp.ui.main_window import MainWindow

log = logging.getLogger("caseapp.hub")

INTERVAL_MS = 5 * 60 * 1000  # every five minutes while unlocked


class HubSync(QObject):
    """The hub's status-bar line and its periodic background sync for one main window."""

    finished = Signal(object)  # the SyncReport, or the exception of a failed sync

    def __init__(self, window: "MainWindow", interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(window)
        self.window = window
        self.label = QLabel(window)
        self.label.setObjectName("hub_status")
        self.label.setContentsMargins(16, 0, 0, 0)
        window.statusBar().addPermanentWidget(self.label)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.sync_now)
        self.job: background.Job | None = None
        self.joined = False
        self.refresh_pending = False  # a sync that ended behind the lock screen brought changes
        window.locked_changed.connect(self._locked_changed)

    def start(self) -> None:
        """Show the last sync and begin syncing, if this installation has joined a hub (else nothing shows)."""
        try:
            status = hub_client.local_status(self.window.vault)
        except UserError:
            status = {"joined": False}
        self.joined = bool(status.get("joined"))
        self.label.setVisible(self.joined)
        if not self.joined:
            return
        self._show_last(status.get("last_sync_at"), None)
        self.timer.start()
        self.sync_now()

    def sync_now(self) -> background.Job | None:
        """One sync in the background, unless one runs already or the window is locked."""
        if not self.joined or self.window.locked or self.job is not None:
            return None
        vault = self.window.vault
        self.label.setText(self.tr("Hub: syncing…"))
        self.job = background.start(lambda job: hub_client.sync(vault), parent=self, on_success=self._synced,
                                    on_error=self._failed)
        return self.job

    def _locked_changed(self, locked: bool) -> None:
        if locked:
            return
        if self.refresh_pending:
            self.refresh_pending = False
            self.window.after_hub_sync(None)
        self.sync_now()

    def _synced(self, report: hub_client.SyncReport) -> None:
        self.job = None  # done: the next timer tick (or unlock) may start another
        self._show_last(report.synced_at, None)
        if report.conflicts:
            self.label.setText(self.label.text() + " · " + self.tr("%1 conflict(s) to resolve").replace(
                "%1", str(report.conflicts)))
        brought = (report.new_records or report.changed_records or report.deletions or report.destructions
                   or report.released)
        if brought and self.window.locked:
            self.refresh_pending = True  # the lists and tabs follow at unlock, not behind the lock screen
        elif brought:
            self.window.after_hub_sync(report)
        self.finished.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        if not isinstance(exc, UserError):
            log.warning("hub sync failed: %s", type(exc).__name__)  # a bug: logged, shown as a quiet line
        try:
            last = hub_client.local_status(self.window.vault).get("last_sync_at")
        except UserError:
            last = None
        self._show_last(last, exc)
        self.finished.emit(exc)

    def _show_last(self, synced_at: Any, exc: BaseException | None) -> None:
        when = _local_time(synced_at) if synced_at else self.tr("never")
        if exc is None:
            self.label.setText(self.tr("Hub: synced %1").replace("%1", when))
            self.label.setToolTip("")
            return
        self.label.setText(self.tr("Hub: not reachable (last sync %1)").replace("%1", when))
        self.label.setToolTip(error_text(exc) if isinstance(exc, UserError) else self.tr("Hub sync failed."))


def _local_time(iso: str) -> str:
    """An ISO timestamp as the local date and time the status bar shows."""
    try:
        moment = datetime.fromisoformat(str(iso)).astimezone()
    except ValueError:
        return str(iso)
    today = datetime.now().astimezone().date()
    return moment.strftime("%H:%M") if moment.date() == today else moment.strftime("%Y-%m-%d %H:%M")
