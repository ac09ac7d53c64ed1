"""Values never change by themselves: the mouse wheel scrolls the page, not the combo box or number under it.

Every combo box, spin box and slider in every form, tab and dialog is guarded: such a widget takes the wheel only
when it has keyboard focus *and* the user clicked it since it got focus; otherwise the wheel event is passed on to
its parents, so the scroll area around the form scrolls as if the pointer were over a label. Scroll bars and list
views are not value widgets and scroll as ever.

The guard is an event filter on each value widget, not on the whole application (an application-wide Python filter
is called for every event of every object, which made building a case view several times slower). Widgets are
adopted where they are made (the form builder, each case-view tab once built) and, for any other, when the pointer
first comes over them: the windows' input (``ui.window_input``) reaches the guard before the widget sees it.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QCursor, QWheelEvent, QWindow
from PySide6.QtWidgets import (
    QAbstractScrollArea, QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox, QScrollBar, QWidget,
)

from caseapp.ui import window_input
from caseapp.ui.window_input import widget_of

ARMED = "wheelArmed"  # dynamic property: clicked since it got focus


def value_widget(obj: QObject) -> QWidget | None:
    """The combo box, spin box (dates too) or slider ``obj`` is or belongs to (its line edit), else None."""
    for candidate in (obj, obj.parent() if isinstance(obj, QWidget) else None):
        if isinstance(candidate, (QComboBox, QAbstractSpinBox)):
            return candidate
        if isinstance(candidate, QAbstractSlider) and not isinstance(candidate, QScrollBar):
            return candidate
    return None


_WATCHED = frozenset({QEvent.Type.Wheel, QEvent.Type.MouseButtonPress, QEvent.Type.FocusOut})
ADOPTED = "wheelGuarded"  # dynamic property: the guard filters this widget's events
_POINTER = frozenset({QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.MouseButtonPress, QEvent.Type.Enter})


class WheelGuard(QObject):
    def adopt(self, widget: QWidget) -> None:
        """Guard one value widget and the line edit typed into (where the pointer usually is)."""
        edit = widget.lineEdit() if isinstance(widget, (QComboBox, QAbstractSpinBox)) else None
        for target in (widget, edit):
            if target is not None and not target.property(ADOPTED):
                target.setProperty(ADOPTED, True)
                target.installEventFilter(self)
        if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel must not even take focus

    def adopt_all(self, root: QWidget) -> None:
        """Guard every value widget under ``root`` (a page just built)."""
        for kind in (QComboBox, QAbstractSpinBox, QAbstractSlider):
            for widget in root.findChildren(kind):
                if value_widget(widget) is widget:
                    self.adopt(widget)

    def window_event(self, window: QWindow, event: QEvent) -> bool:
        """Adopt the value widget under the pointer before the window hands it the event."""
        if event.type() not in _POINTER or QApplication.activePopupWidget() is not None:
            return False
        root = widget_of(window)
        if root is None:
            return False
        position = getattr(event, "position", None)
        at = position().toPoint() if position is not None else root.mapFromGlobal(QCursor.pos())
        under = root.childAt(at)
        widget = value_widget(under) if under is not None else None
        if widget is not None and not widget.property(ADOPTED):
            self.adopt(widget)
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind not in _WATCHED:
            return False
        widget = value_widget(watched)
        if widget is None:
            return False
        if kind == QEvent.Type.MouseButtonPress:
            widget.setProperty(ARMED, True)
        elif kind == QEvent.Type.FocusOut:
            if widget is watched and event.reason() != Qt.FocusReason.PopupFocusReason:  # type: ignore[attr-defined]
                widget.setProperty(ARMED, False)  # a combo's own list popping up keeps it armed
        elif not (widget.hasFocus() and widget.property(ARMED)):
            assert isinstance(event, QWheelEvent)
            return scroll_page(widget, event)
        return False


def scroll_page(widget: QWidget, event: QWheelEvent) -> bool:
    """Give the wheel to the scroll area around ``widget`` (handled), or let Qt offer it to the parents.

    Handing it over explicitly, rather than only ignoring it, works for synthetic events too (Qt propagates only
    the window system's own wheel events) and scrolls the page, not an unrelated parent that happens to take it."""
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QAbstractScrollArea):
        area = area.parentWidget()
    if area is None:
        event.ignore()
        return True  # not delivered here; QApplication offers the ignored event to the parents
    viewport = area.viewport()
    at = QPointF(viewport.mapFromGlobal(event.globalPosition().toPoint()))
    forwarded = QWheelEvent(at, event.globalPosition(), event.pixelDelta(), event.angleDelta(), event.buttons(),
                            event.modifiers(), event.phase(), event.inverted(), event.source())
    QApplication.sendEvent(viewport, forwarded)
    event.accept()
    return True


_guard: WheelGuard | None = None


def install(app: QApplication) -> WheelGuard:
    """Make the guard once and let it see the windows' pointer input (calling it again is harmless)."""
    global _guard
    if _guard is None or not shiboken6.isValid(_guard):
        _guard = WheelGuard(app)
    watcher = window_input.hub()
    if watcher is not None:
        watcher.add(_guard.window_event)
    return _guard


def adopt_all(root: QWidget) -> None:
    """Guard the value widgets under ``root`` (no-op before ``install``)."""
    if _guard is not None and shiboken6.isValid(_guard):
        _guard.adopt_all(root)


def adopt(widget: QWidget) -> None:
    if _guard is not None and shiboken6.isValid(_guard):
        _guard.adopt(widget)
