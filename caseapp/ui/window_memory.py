"""Where the main window was, per screen: size, position, maximized, splitters and table column widths.

Kept in Settings keyed by the screen's geometry, so a laptop used at the office with a large monitor and on the road
at 1366×768 gets the right layout on each. A window seen on a screen for the first time opens maximized on small
screens (up to 1440×900, where every pixel counts) and otherwise at a size that fits, centred.

Parts are the window's named QSplitters and the horizontal headers of its named table views; a part not on screen
now (a case view that is not open) keeps its saved state.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QAbstractItemView, QSplitter, QWidget

MAXIMIZE_UP_TO = QSize(1440, 900)
ROOMY_SIZE = QSize(1400, 900)  # on a larger screen: enough for two columns of a form, not a wall of white


def screen_key(screen: QScreen) -> str:
    g = screen.geometry()
    return f"{g.width()}x{g.height()}+{g.x()}+{g.y()}"


def _hex(data: QByteArray) -> str:
    return bytes(data.toHex().data()).decode("ascii")


def _bytes(text: str) -> QByteArray:
    return QByteArray.fromHex(text.encode("ascii"))


def first_placement(full: QRect, available: QRect) -> tuple[QRect, bool]:
    """(normal geometry, maximized) on a screen (``full``; ``available`` without task bars) not seen before."""
    small = full.width() <= MAXIMIZE_UP_TO.width() and full.height() <= MAXIMIZE_UP_TO.height()
    size = ROOMY_SIZE.boundedTo(QSize(available.width() * 9 // 10, available.height() * 9 // 10))
    rect = QRect(0, 0, size.width(), size.height())
    rect.moveCenter(available.center())
    return rect, small


def _parts(window: QWidget, within: QWidget | None = None) -> dict[str, QWidget]:
    """The window's rememberable parts by a name path (object names from the window down); with ``within``, only
    that widget and those under it (a page just built: the rest of the window is not walked)."""
    found: dict[str, QWidget] = {}
    widgets = window.findChildren(QWidget) if within is None else [within, *within.findChildren(QWidget)]
    for widget in widgets:
        name = widget.objectName()
        if not isinstance(widget, (QSplitter, QAbstractItemView)) or not name or name.startswith("qt_"):
            continue  # Qt's own views (a calendar's grid) are not layout the user chose
        if widget.window() is not window:
            continue  # a dialog or popup owned by the window remembers nothing here
        names, parent = [], widget
        while parent is not None and parent is not window:
            if parent.objectName() and not parent.objectName().startswith("qt_"):
                names.append(parent.objectName())
            parent = parent.parentWidget()
        found.setdefault("/".join(reversed(names)), widget)
    return found


def _state(widget: QWidget) -> str | None:
    if isinstance(widget, QSplitter):
        return _hex(widget.saveState())
    header = getattr(widget, "horizontalHeader", None)
    return _hex(header().saveState()) if header is not None else None


def _restore_state(widget: QWidget, state: str) -> None:
    if isinstance(widget, QSplitter):
        widget.restoreState(_bytes(state))
        return
    header = getattr(widget, "horizontalHeader", None)
    if header is not None:
        header().restoreState(_bytes(state))


def _screen_of(window: QWidget) -> QScreen:
    return window.screen() or QGuiApplication.primaryScreen()


def capture(window: QWidget, layouts: dict[str, Any]) -> dict[str, Any]:
    """``layouts`` with this window's layout on its current screen updated (returns a new dict)."""
    key = screen_key(_screen_of(window))
    saved = dict(layouts.get(key) or {})
    parts = dict(saved.get("parts") or {})
    for name, widget in _parts(window).items():
        state = _state(widget)
        if state is not None:
            parts[name] = state
    saved.update(geometry=_hex(window.saveGeometry()), maximized=window.isMaximized(), parts=parts)
    return {**layouts, key: saved}


def restore(window: QWidget, layouts: dict[str, Any]) -> None:
    """Place ``window`` as it was on its screen (call before ``show()``), or as a first visit to that screen."""
    screen = _screen_of(window)
    saved = layouts.get(screen_key(screen)) if isinstance(layouts, dict) else None
    if not isinstance(saved, dict) or not window.restoreGeometry(_bytes(str(saved.get("geometry", "")))):
        rect, maximized = first_placement(screen.geometry(), screen.availableGeometry())
        window.setGeometry(rect)
    else:
        maximized = bool(saved.get("maximized"))
        restore_parts(window, layouts)
    if maximized:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def restore_parts(window: QWidget, layouts: dict[str, Any], within: QWidget | None = None) -> None:
    """Splitter and column states saved for this screen, applied to the parts under ``within`` (default: all)."""
    saved = layouts.get(screen_key(_screen_of(window))) if isinstance(layouts, dict) else None
    parts = saved.get("parts") if isinstance(saved, dict) else None
    if not isinstance(parts, dict):
        return
    for name, widget in _parts(window, within).items():
        if isinstance(parts.get(name), str):
            _restore_state(widget, parts[name])
