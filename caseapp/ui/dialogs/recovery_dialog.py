"""Forgot the passphrase: unlock with the printed recovery key and choose a new passphrase."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from caseapp.errors import UserError
from caseapp.services.vault import Vault
from caseapp.ui import background
from caseapp.ui.i18n import error_text
from caseapp.ui.widgets.passphrase_fields import NewPassphraseFields
from caseapp.ui.widgets.status import Tone, show_message


class RecoveryDialog(QDialog):
    """After ``exec()`` returns Accepted, ``vault`` is open and the new passphrase is in effect."""

    def __init__(self, parent: QWidget | None = None,
                 opener: Callable[[str, str], Vault] = Vault.open_with_recovery_key) -> None:
        """``opener(recovery_key, new_passphrase)`` gives the open vault: a closed file is opened (start-up), an
        open one that is locked keeps its connection (the lock screen passes ``vault.recover_while_open``)."""
        super().__init__(parent)
        self.opener = opener
        self.setWindowTitle(self.tr("Unlock with the recovery key"))
        self.setMinimumWidth(520)
        self.vault: Vault | None = None
        explain = QLabel(self.tr("Type the recovery key you printed or wrote down when the case file was created "
                                 "(dashes and spaces do not matter), then choose a new passphrase. The old "
                                 "passphrase stops working."), self)
        explain.setWordWrap(True)
        self.key_edit = QLineEdit(self)
        self.key_edit.setObjectName("recovery_key_input")
        self.key_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.new_passphrase = NewPassphraseFields(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Unlock and set passphrase"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.new_passphrase.add_row(self.tr("Recovery key"), self.key_edit, first=True)
        QWidget.setTabOrder(self.key_edit, self.new_passphrase.passphrase)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.new_passphrase)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        if not self.key_edit.text().strip():
            show_message(self.message, self.tr("Type the recovery key."), Tone.ERROR)
            return
        if problem := self.new_passphrase.problem():
            show_message(self.message, problem, Tone.ERROR)
            return
        self.ok_button.setEnabled(False)
        show_message(self.message, self.tr("Checking…"), Tone.INFO)
        key, new, opener = self.key_edit.text(), self.new_passphrase.value(), self.opener
        background.start(lambda job: opener(key, new), on_success=self._opened,
                         on_error=self._failed, parent=self)

    def _opened(self, vault: Vault) -> None:
        """The used recovery key is replaced, together with the database key, before the file is used."""
        from caseapp.ui.dialogs.rekey_dialog import RekeyDialog
        self.vault = vault
        dialog = RekeyDialog(vault, self.new_passphrase.value(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.new_vault is not None:
            self.vault = dialog.new_vault
        # Cancelled: the file keeps its old keys and says on every open that a rekey is due.
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(exc, UserError):
            show_message(self.message, error_text(exc), Tone.ERROR)
            return
        raise exc
