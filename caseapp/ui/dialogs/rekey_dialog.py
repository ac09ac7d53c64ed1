"""Re-encrypt the case file under a new key: show the new recovery key first, switch only once it was written down.

Offered after a passphrase change (old copies of the key file would still open the file with the old passphrase) and
run after the recovery key was used (that key and the database key are replaced). Cancelled before the switch,
nothing has changed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from caseapp.errors import UserError
from caseapp.services import rekey
from caseapp.services.vault import Vault
from caseapp.ui import background
from caseapp.ui.dialogs.setup_dialog import print_recovery_key
from caseapp.ui.i18n import error_text


class RekeyDialog(QDialog):
    """After ``exec()`` returns Accepted, ``new_vault`` is open and ``vault`` (given) is closed."""

    def __init__(self, vault: Vault, passphrase: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New database key"))
        self.setMinimumWidth(540)
        self.vault = vault
        self.passphrase = passphrase
        self.new_vault: Vault | None = None
        self.pending: rekey.PendingRekey | None = None
        self.switching = False
        explain = QLabel(self.tr("The case file is re-encrypted under a new key. Old copies of the key file (in "
                                 "backups or the backup folder) then no longer open it, and the old recovery key "
                                 "stops working. Earlier backups keep their own key files and open with the "
                                 "passphrase that was valid when they were made.\n\nThis is your NEW recovery key. "
                                 "It works once you switch below."), self)
        explain.setWordWrap(True)
        self.key_label = QLabel(self.tr("Preparing…"), self)
        self.key_label.setObjectName("new_recovery_key")
        font = QFont("monospace", 16)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.key_label.setFont(font)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.clicked.connect(
            lambda: print_recovery_key(self, self.pending.recovery_key if self.pending else "", vault.actor, ""))
        self.written_check = QCheckBox(self.tr("I have written down or printed the new recovery key"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("rekey_message")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.switch_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.switch_button.setText(self.tr("Switch to the new key"))
        self.switch_button.setEnabled(False)
        self.written_check.toggled.connect(lambda _on: self._update_button())
        self.buttons.accepted.connect(self.switch)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.key_label, 1)
        row.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(row)
        layout.addWidget(self.written_check)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        background.start(lambda job: rekey.prepare(vault, passphrase), on_success=self._prepared,
                         on_error=self._failed, parent=self)

    def _update_button(self) -> None:
        self.switch_button.setEnabled(self.pending is not None and self.written_check.isChecked())

    def _prepared(self, pending: rekey.PendingRekey) -> None:
        self.pending = pending
        self.key_label.setText(pending.recovery_key)
        self._update_button()

    def switch(self) -> None:
        if self.pending is None or not self.written_check.isChecked():
            return
        self.switch_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(False)
        self.message.setText(self.tr("Re-encrypting…"))
        self.switching = True
        vault, pending = self.vault, self.pending
        background.start(lambda job: vault.rekey(pending), on_success=self._switched, on_error=self._failed,
                         parent=self)

    def _switched(self, new_vault: Vault) -> None:
        self.switching = False
        self.new_vault = new_vault
        new_vault.recovery_key_shown()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.switching = False
        if not isinstance(exc, UserError):
            raise exc
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(True)
        self.message.setText(error_text(exc))
        self._update_button()

    def reject(self) -> None:
        if self.switching:
            return  # never leave while the switch runs
        super().reject()
