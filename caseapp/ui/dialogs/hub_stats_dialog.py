"""파일 › 동기화 › 기관 통계: the agency's figures from the hub (issue 18), aggregates only, never case text.

The 관장's computer holds no hub account (a director does not join), so the dialog asks for the hub's address, the
hub user and password and the server certificate's fingerprint; an installation that joined the hub (a 팀장's) asks
with its own stored account instead. The hub computes the figures (:mod:`caseapp.services.hub_stats`) in the
background; a failure is one line.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDateEdit, QDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget,
)

from caseapp.errors import UserError
from caseapp.services import hub_stats
from caseapp.ui import background, i18n
from caseapp.ui.i18n import error_text
from caseapp.ui.widgets.button_row import right_aligned
from caseapp.ui.widgets.status import Tone, show_message


class HubStatsDialog(QDialog):
    def __init__(self, joined: hub_stats.Account | None, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.joined = joined
        self.job: background.Job | None = None
        self.setWindowTitle(self.tr("Agency statistics"))
        self.resize(640, 600)
        form = QFormLayout()
        self.url, self.user, self.password, self.fingerprint = (QLineEdit(self) for _ in range(4))
        self.url.setPlaceholderText("postgresql://192.168.0.10:5432/caseapp")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.fingerprint.setPlaceholderText("AB:CD:…")
        if joined is None:
            for label, widget in ((self.tr("Hub address"), self.url), (self.tr("Hub user"), self.user),
                                  (self.tr("Hub password"), self.password),
                                  (self.tr("Server certificate (SHA-256)"), self.fingerprint)):
                form.addRow(label, widget)
        else:
            form.addRow(self.tr("Hub"), QLabel(joined.endpoint.address(), self))
        day = today or date.today()
        self.from_edit, self.to_edit = QDateEdit(self), QDateEdit(self)
        for edit, shown in ((self.from_edit, day.replace(day=1)), (self.to_edit, day)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate(shown.year, shown.month, shown.day))
        period = QHBoxLayout()
        period.addWidget(self.from_edit)
        period.addWidget(QLabel("~", self))
        period.addWidget(self.to_edit)
        period.addStretch(1)
        form.addRow(self.tr("Period"), period)
        self.message = QLabel(self)
        self.message.setObjectName("hub_stats_message")
        self.message.setWordWrap(True)
        self.figures = QTreeWidget(self)
        self.figures.setObjectName("hub_figures")
        self.figures.setColumnCount(2)
        self.figures.setHeaderLabels([self.tr("Figure"), self.tr("Value")])
        self.figures.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.figures.header().setStretchLastSection(False)
        self.show_button = QPushButton(self.tr("Show"), self)
        self.show_button.setObjectName("hub_stats_show")
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.fetch)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.figures, 1)
        layout.addLayout(right_aligned(self.show_button, close))
        show_message(self.message, self.tr("Figures only: the hub gives no case, name or note here."))

    def _period(self) -> tuple[date, date]:
        return self.from_edit.date().toPython(), self.to_edit.date().toPython()  # type: ignore[return-value]

    def fetch(self) -> None:
        if self.job is not None:
            return
        start, end = self._period()
        if end < start:
            show_message(self.message, self.tr("The last day is before the first day."), Tone.ERROR)
            return
        joined = self.joined
        url, user, password, fp = (self.url.text().strip(), self.user.text().strip(), self.password.text(),
                                   self.fingerprint.text().strip())
        if joined is None and not (url and user and password and fp):
            show_message(self.message, self.tr("Fill in the hub's address, user, password and the fingerprint "
                                               "'caseapp hub init' printed."), Tone.ERROR)
            return

        def work(_job: background.Job) -> dict[str, Any]:
            who = joined or hub_stats.account(url, user, password, expected_fingerprint=fp)
            return hub_stats.fetch(who, start, end)

        self.show_button.setEnabled(False)
        show_message(self.message, self.tr("Asking the hub…"))
        self.job = background.start(work, parent=self, on_success=self._shown, on_error=self._failed)

    def _shown(self, result: dict[str, Any]) -> None:
        self.job = None
        self.show_button.setEnabled(True)
        lang = i18n.language()
        self.figures.clear()
        bold = QFont(self.figures.font())
        bold.setBold(True)
        for section in hub_stats.sections(result, lang):
            head = QTreeWidgetItem(self.figures, [section.title, ""])
            head.setFont(0, bold)
            for _key, shown, value in section.rows:
                QTreeWidgetItem(head, [shown, str(value)])
            if not section.rows:
                QTreeWidgetItem(head, ["-", ""])
        self.figures.expandAll()
        start, end = self._period()
        show_message(self.message, f"{start.isoformat()} ~ {end.isoformat()} · {hub_stats.scope_text(result, lang)}",
                     Tone.SUCCESS)

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self.show_button.setEnabled(True)
        if not isinstance(exc, UserError):
            raise exc
        show_message(self.message, error_text(exc), Tone.ERROR)
