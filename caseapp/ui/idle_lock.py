"""Auto-lock: the windows' input (``ui.window_input``) is noticed; after the idle time (Settings) it asks for a lock.

Where the platform tells Qt, the app also locks when it is suspended or hidden (``applicationStateChanged``:
Android/iOS-style suspend, some Wayland/macOS hide events) and, on Linux desktops with D-Bus, when the system goes
to sleep (logind ``PrepareForSleep``) or the screen saver/lock activates (``org.freedesktop.ScreenSaver``).
Windows and macOS sleep notifications are not delivered to Qt without native hooks; there the idle timer covers it.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import SLOT, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QWindow

from caseapp.ui import window_input

log = logging.getLogger("caseapp.ui")

INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TabletPress, QEvent.Type.InputMethod,
})

LOCK_KEYS = QKeySequence("Ctrl+L")[0]


class IdleWatcher(QObject):
    """Emits ``idle`` after ``minutes`` without keyboard, mouse or touch input (0 disables)."""

    idle = Signal()
    system_lock = Signal()  # sleep, screen lock, app suspended
    lock_key = Signal()  # Ctrl+L pressed anywhere, even inside a modal dialog (where window shortcuts are blocked)

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self._last_restart = 0.0
        self.set_minutes(minutes)
        app = QGuiApplication.instance()
        watcher = window_input.hub()
        if watcher is not None:
            watcher.add(self.window_event)
        if app is not None:
            app.applicationStateChanged.connect(self._state_changed)  # type: ignore[attr-defined]
        self.dbus_sources = self._watch_dbus()

    def set_minutes(self, minutes: int) -> None:
        self.minutes = max(0, int(minutes))
        if self.minutes:
            self.timer.setInterval(self.minutes * 60_000)
            self.timer.start()
        else:
            self.timer.stop()

    def set_interval_ms(self, ms: int) -> None:
        """Tests shorten the idle time without touching Settings."""
        self.minutes = 1
        self.timer.setInterval(ms)
        self.timer.start()

    def poke(self) -> None:
        if self.minutes:
            self.timer.start()

    def window_event(self, _window: QWindow, event: QEvent) -> bool:
        """Input reaching any window, before the widget it is for (True: Ctrl+L was taken here)."""
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.keyCombination() == LOCK_KEYS:
            self.lock_key.emit()
            return True
        if self.minutes and kind in INPUT_EVENTS:
            now = time.monotonic()
            if now - self._last_restart > 0.5:  # restarting a timer on every mouse move is wasted work
                self._last_restart = now
                self.timer.start()
        return False

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state in (Qt.ApplicationState.ApplicationSuspended, Qt.ApplicationState.ApplicationHidden):
            self.system_lock.emit()

    def stop(self) -> None:
        self.timer.stop()
        watcher = window_input.hub()
        if watcher is not None:
            watcher.remove(self.window_event)

    # --- Linux: logind sleep and screen saver via D-Bus ----------------------------------------------------------

    def _watch_dbus(self) -> list[str]:
        if QGuiApplication.platformName() in ("offscreen", "minimal", ""):
            return []  # headless (tests, screenshots): no desktop session to listen to
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return []
        sources = []
        system = QDBusConnection.systemBus()
        if system.isConnected() and system.connect("org.freedesktop.login1", "/org/freedesktop/login1",
                                                   "org.freedesktop.login1.Manager", "PrepareForSleep",
                                                   self, SLOT("_prepare_for_sleep(bool)")):
            sources.append("logind")
        session = QDBusConnection.sessionBus()
        if session.isConnected() and session.connect("", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
                                                     "ActiveChanged", self, SLOT("_screensaver(bool)")):
            sources.append("screensaver")
        return sources

    @Slot(bool)
    def _prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.system_lock.emit()

    @Slot(bool)
    def _screensaver(self, active: bool) -> None:
        if active:
            self.system_lock.emit()
