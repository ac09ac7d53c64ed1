"""A date field that is typed, not hunted: free text read by :mod:`caseapp.domain.dates`, a calendar that opens near
the dates the field holds, "today" (not for a date of birth) and clear buttons, and the reason shown inline when
what was typed is not a date the field can hold.

Delete clears the whole date (Backspace edits characters). Tab always leaves the field: nothing typed is thrown
away, a wrong date stays on screen with its reason until it is corrected.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget, QFrame, QHBoxLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget,
)

from caseapp.domain.dates import DateError, DateSense, calendar_start, read_typed_date
from caseapp.ui import i18n
from caseapp.ui.widgets.status import ERROR_COLOUR

ISO = "yyyy-MM-dd"


class CalendarPopup(QFrame):
    """A calendar in a popup window under the field; picking a day closes it."""

    picked = Signal(date)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.calendar)

    def open_at(self, shown: date, selected: date | None, below: QWidget) -> None:
        if selected is not None:
            self.calendar.setSelectedDate(QDate(selected.year, selected.month, selected.day))
        self.calendar.setCurrentPage(shown.year, shown.month)
        self.move(below.mapToGlobal(QPoint(0, below.height())))
        self.show()
        self.calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        self.hide()
        self.picked.emit(date(day.year(), day.month(), day.day()))


class DateField(QWidget):
    """A date that may be empty. ``value()`` is the ISO date, or the typed text while it is not a valid date (so
    saving reports it rather than dropping it), or ``None``; ``accepted()`` is the date only when it is valid."""

    edited = Signal()

    def __init__(self, sense: DateSense = DateSense.ANY, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sense = sense
        self._accepted: date | None = None
        self.edit = QLineEdit(self)
        self.edit.setObjectName("date_text")
        self.edit.setPlaceholderText(self.tr("e.g. %1").replace("%1", self._example()))
        self.edit.setToolTip(self.tr("Type a date such as 1955-03-15, 1955.3.15 or 19550315; "
                                     "Delete clears it."))
        self.edit.setMaxLength(20)
        self.edit.textEdited.connect(self._typing)
        self.edit.editingFinished.connect(self.commit)
        self.edit.installEventFilter(self)
        self._popup: CalendarPopup | None = None  # made on first use: a calendar widget per date field is costly
        self.calendar_button = QToolButton(self)
        self.calendar_button.setObjectName("date_calendar")
        self.calendar_button.setText("▾")
        self.calendar_button.setToolTip(self.tr("Pick from a calendar"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar_button.clicked.connect(self.open_calendar)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.calendar_button)
        self.today_button: QToolButton | None = None
        if sense is not DateSense.BIRTH:  # nobody is born today in a case file
            self.today_button = QToolButton(self)
            self.today_button.setObjectName("date_today")
            self.today_button.setText(self.tr("Today"))
            self.today_button.setToolTip(self.tr("Set to today"))
            self.today_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.today_button.clicked.connect(lambda: self.pick(date.today()))
            row.addWidget(self.today_button)
        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("date_clear")
        self.clear_button.setText("×")
        self.clear_button.setToolTip(self.tr("Clear the date"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.clicked.connect(lambda: self.pick(None))
        row.addWidget(self.clear_button)
        self.message = QLabel(self)
        self.message.setObjectName("date_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.message.hide()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(1)
        outer.addLayout(row)
        outer.addWidget(self.message)
        self.setFocusProxy(self.edit)
        self.setMaximumWidth(300)

    @property
    def popup(self) -> CalendarPopup:
        if self._popup is None:
            self._popup = CalendarPopup(self)
            self._popup.picked.connect(self.pick)
        return self._popup

    def _example(self) -> str:
        return "1955-03-15" if self.sense is DateSense.BIRTH else date.today().isoformat()

    # --- values ---------------------------------------------------------------------------------------------

    def value(self) -> str | None:
        text = self.edit.text().strip()
        if not text:
            return None
        return self._accepted.isoformat() if self._accepted is not None and self.message.isHidden() else text

    def accepted(self) -> date | None:
        """The date shown, if it is one the field accepts (``None`` when empty or while a reason is shown)."""
        return self._accepted if self.message.isHidden() else None

    def set_value(self, value: Any) -> None:
        """Show a stored value (a date or an ISO string: not re-judged) or a draft's typed text (read again, so a
        wrong date restored from a draft says why), or nothing."""
        if isinstance(value, str) and value:
            try:
                value = date.fromisoformat(value)
            except ValueError:
                self.edit.setText(value)
                self.commit(notify=False)
                return
        if isinstance(value, date):
            self._accepted = value
            self.edit.setText(value.isoformat())
        else:
            self._accepted = None
            self.edit.setText("")
        self._show_reason("")

    def error(self) -> str:
        return "" if self.message.isHidden() else self.message.text()

    # --- typing ---------------------------------------------------------------------------------------------

    def _typing(self, _text: str) -> None:
        self._accepted = None
        self._show_reason("")
        self.edited.emit()

    def commit(self, *, notify: bool = True) -> None:
        """Read what was typed: tidy it to ISO if it is a date the field accepts, else say why next to it."""
        text = self.edit.text()
        try:
            day = read_typed_date(text, date.today(), self.sense)
        except DateError as exc:
            self._accepted = None
            self._show_reason(exc.label.text(i18n.language()))
            return
        changed = day != self._accepted
        self._accepted = day
        self._show_reason("")
        shown = day.isoformat() if day is not None else ""
        if self.edit.text() != shown:
            self.edit.setText(shown)
        if changed and notify:
            self.edited.emit()

    def pick(self, day: date | None) -> None:
        self.edit.setText(day.isoformat() if day is not None else "")
        self.commit(notify=False)
        self.edited.emit()

    def _show_reason(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Delete and not self.edit.isReadOnly()):
            self.pick(None)
            return True
        return False

    def open_calendar(self) -> None:
        today = date.today()
        shown = self._accepted or calendar_start(today, self.sense)
        self.popup.open_at(shown, self._accepted, self.edit)

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        for button in (self.calendar_button, self.today_button, self.clear_button):
            if button is not None:
                button.setEnabled(not read_only)
