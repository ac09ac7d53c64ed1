"""What the user does with keyboard and mouse, watched at the windows rather than at every object.

An application-wide Python event filter is called for every event of every object: building one tab of a case view
sends tens of thousands (child added, polish, layout, paint …), and for each PySide makes a wrapper for the watched
object before Python even looks at the event type — that was most of the time a case took to open. The window
system hands keys, mouse and wheel to a top-level window (QWindow) first, which passes them on to the widget; one
filter on each window sees all user input and little else.

Windows are watched from when they first get focus (or focus moves into them), or within RESCAN_MS of being shown;
``handlers`` are called in order, and the first that returns True swallows the event, as an event filter would.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QApplication, QWidget

Handler = Callable[[QWindow, QEvent], bool]
WATCHED = "caseappWindowInput"  # dynamic property: this window has the filter
RESCAN_MS = 2000


class WindowInput(QObject):
    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        self.handlers: list[Handler] = []
        app.focusWindowChanged.connect(self.watch_windows)  # type: ignore[attr-defined]
        app.focusObjectChanged.connect(self.watch_windows)  # type: ignore[attr-defined]  # popups too
        self.rescan = QTimer(self)  # and a window shown without taking focus, within a few seconds
        self.rescan.setInterval(RESCAN_MS)
        self.rescan.timeout.connect(self.watch_windows)
        self.rescan.start()
        self.watch_windows()

    def add(self, handler: Handler) -> None:
        if handler not in self.handlers:
            self.handlers.append(handler)

    def remove(self, handler: Handler) -> None:
        if handler in self.handlers:
            self.handlers.remove(handler)

    def watch_windows(self, *_changed: object) -> None:
        for window in QGuiApplication.topLevelWindows():
            if not window.property(WATCHED):
                window.setProperty(WATCHED, True)
                window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if not isinstance(watched, QWindow):
            return False
        for handler in list(self.handlers):
            owner = getattr(handler, "__self__", None)
            if isinstance(owner, QObject) and not shiboken6.isValid(owner):
                self.handlers.remove(handler)  # its object was deleted without saying so
            elif handler(watched, event):
                return True
        return False


def widget_of(window: QWindow) -> QWidget | None:
    """The top-level widget shown in ``window`` (None for a window that is not a widget's)."""
    for top in QApplication.topLevelWidgets():
        if top.windowHandle() is window:
            return top
    return None


_hub: WindowInput | None = None


def hub() -> WindowInput | None:
    """The application's one WindowInput (made on first use; None before a QGuiApplication exists)."""
    global _hub
    app = QGuiApplication.instance()
    if app is None:
        return None
    if _hub is None or not shiboken6.isValid(_hub):
        assert isinstance(app, QGuiApplication)
        _hub = WindowInput(app)
    return _hub
