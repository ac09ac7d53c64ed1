"""파일 › 동기화 › 기관 허브: join the agency hub (issue 18) or see its status and sync now.

Joining asks for the hub's address, the user name and hub password, and the server certificate's fingerprint that
``caseapp hub init`` printed (the dialog pins nothing it was not told to expect). Joining and syncing run in the
background; failures are one line in the dialog.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from caseapp.errors import UserError
from caseapp.services import hub_client
from caseapp.ui import background, i18n
from caseapp.ui.i18n import error_text
from caseapp.ui.widgets.button_row import right_aligned
from caseapp.ui.widgets.status import Tone, show_message

if TYPE_CHECKING:
    from caseapp.ui.hub_sync import HubSync


class HubDialog(QDialog):
    def __init__(self, hub_sync: "HubSync", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub_sync = hub_sync
        self.vault = hub_sync.window.vault
        self.job: background.Job | None = None
        self.setWindowTitle(self.tr("Agency hub"))
        self.form = QFormLayout()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("postgresql://192.168.0.10:5432/caseapp")
        self.user = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.fingerprint = QLineEdit(self)
        self.fingerprint.setPlaceholderText("AB:CD:…")
        self.action = QPushButton(self)
        self.action.setObjectName("hub_action")
        self.action.clicked.connect(self._act)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addLayout(right_aligned(self.action, close))
        self.hub_sync.finished.connect(self._sync_finished)
        self._show()

    def _show(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)  # after joining, the join fields are not needed again
        status = hub_client.local_status(self.vault)
        if not status["joined"]:
            for label, widget in ((self.tr("Hub address"), self.url), (self.tr("Hub user"), self.user),
                                  (self.tr("Hub password"), self.password),
                                  (self.tr("Server certificate (SHA-256)"), self.fingerprint)):
                self.form.addRow(label, widget)
            self.action.setText(self.tr("Join"))
            return
        rows = ((self.tr("Hub"), f"{status['url']} ({status['hub_id']})"),
                (self.tr("User"), f"{status['user']} · {status['kind']}" + (f" · {status['team']}"
                                                                            if status["team"] else "")),
                (self.tr("Last sync"), status["last_sync_at"] or "-"),
                (self.tr("Changes not sent yet"), str(status["unsent_changes"])),
                (self.tr("Open conflicts"), str(status["open_conflicts"])),
                (self.tr("Server certificate (SHA-256)"), status["certificate_sha256"]))
        for label, value in rows:
            shown = QLabel(value, self)
            shown.setWordWrap(True)
            self.form.addRow(label, shown)
        error = hub_client.last_error_text(status, i18n.language())
        if error:
            show_message(self.message, error, Tone.ERROR)
        self.action.setText(self.tr("Sync now"))

    def _act(self) -> None:
        if self.job is not None:
            return
        if hub_client.settings(self.vault) is not None:
            self.action.setEnabled(False)
            show_message(self.message, self.tr("Syncing…"))
            if self.hub_sync.sync_now() is None:
                self.action.setEnabled(True)
            return
        url, user, password, fp = (self.url.text().strip(), self.user.text().strip(), self.password.text(),
                                   self.fingerprint.text().strip())
        if not (url and user and password and fp):
            show_message(self.message, self.tr("Fill in all four fields; the fingerprint is the one 'caseapp hub "
                                               "init' printed."), Tone.ERROR)
            return
        vault = self.vault
        self.action.setEnabled(False)
        show_message(self.message, self.tr("Joining the hub…"))
        self.job = background.start(lambda job: hub_client.join(vault, url, user, password, expected_fingerprint=fp),
                                    parent=self, on_success=self._joined, on_error=self._failed)

    def _joined(self, _result: Any) -> None:
        self.job = None
        self.password.clear()  # (the field goes with the join rows)
        self.action.setEnabled(True)
        self.hub_sync.start()  # the status-bar line and the periodic sync begin now
        self._show()
        show_message(self.message, self.tr("Joined the hub."), Tone.SUCCESS)

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self.action.setEnabled(True)
        if not isinstance(exc, UserError):
            raise exc
        show_message(self.message, error_text(exc), Tone.ERROR)

    def _sync_finished(self, outcome: object) -> None:
        self.action.setEnabled(True)
        if hub_client.settings(self.vault) is None:
            return
        self._show()
        if isinstance(outcome, UserError):
            show_message(self.message, error_text(outcome), Tone.ERROR)
        elif not isinstance(outcome, BaseException):
            show_message(self.message, self.tr("Synced."), Tone.SUCCESS)

