"""Values never change by themselves: the mouse wheel scrolls the page, not the combo box or number under it.

One application-wide event filter (installed by ``ui.app.create_application``) covers every combo box, spin box and
slider in every form, tab and dialog. Such a widget takes the wheel only when it has keyboard focus *and* the user
clicked it since it got focus; otherwise the wheel event is passed on to its parents, so the scroll area around the
form scrolls as if the pointer were over a label. Scroll bars and list views are not value widgets and scroll as ever.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea, QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox, QScrollBar, QWidget,
)

ARMED = "wheelArmed"  # dynamic property: clicked since it got focus


def value_widget(obj: QObject) -> QWidget | None:
    """The combo box, spin box (dates too) or slider ``obj`` is or belongs to (its line edit), else None."""
    for candidate in (obj, obj.parent() if isinstance(obj, QWidget) else None):
        if isinstance(candidate, (QComboBox, QAbstractSpinBox)):
            return candidate
        if isinstance(candidate, QAbstractSlider) and not isinstance(candidate, QScrollBar):
            return candidate
    return None


_WATCHED = frozenset({QEvent.Type.Wheel, QEvent.Type.MouseButtonPress, QEvent.Type.FocusOut, QEvent.Type.Polish})


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind not in _WATCHED:  # every event of the application passes here
            return False
        widget = value_widget(watched)
        if widget is None:
            return False
        if kind == QEvent.Type.Polish:
            if widget is watched and widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel must not even take focus
        elif kind == QEvent.Type.MouseButtonPress:
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
    """Install the guard on ``app`` once (calling it again is harmless)."""
    global _guard
    if _guard is None:
        _guard = WheelGuard(app)
        app.installEventFilter(_guard)
    return _guard
