"""What the main window shows while locked: no client data, a passphrase field, nothing else."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from caseapp import paths
from caseapp.errors import TooManyAttempts, UserError
from caseapp.storage.keystore import AttemptThrottle
from caseapp.ui import background
from caseapp.ui.i18n import error_text
from caseapp.ui.widgets.status import Tone, show_message

if TYPE_CHECKING:  # the data layer loads while the unlock window is up, not before it
    from caseapp.services.vault import Vault


def backoff_ms() -> int:
    """How long the unlock button stays disabled after too many wrong passphrases (same file as the vault uses)."""
    return int(AttemptThrottle(paths.key_file()).wait_seconds() * 1000)


def hold_button(button: QPushButton, ms: int) -> None:
    """Disable ``button`` for ``ms`` (the back-off), then enable it again."""
    if ms <= 0:
        return
    button.setEnabled(False)
    QTimer.singleShot(ms, button, lambda: button.setEnabled(True))


def show_unlock_failure(exc: BaseException, message: QLabel, button: QPushButton, passphrase: QLineEdit) -> None:
    """What the unlock window and the lock screen do when an unlock failed: the button usable again (held during
    the back-off), the error in ``message``, the passphrase selected for typing again; an unexpected error raised."""
    button.setEnabled(True)
    if not isinstance(exc, UserError):
        raise exc
    show_message(message, error_text(exc), Tone.ERROR)
    passphrase.selectAll()
    passphrase.setFocus()
    if isinstance(exc, TooManyAttempts):
        hold_button(button, backoff_ms())


class LockScreen(QWidget):
    unlocked = Signal()
    quit_requested = Signal()
    vault_replaced = Signal(object)  # a rekey after using the recovery key: the re-encrypted file's Vault

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setObjectName("lock_screen")
        title = QLabel(self.tr("caseapp is locked"), self)
        font = QFont(self.font())
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        explain = QLabel(self.tr("Client data is hidden. Anything you were typing is kept. Enter your passphrase "
                                 "to continue."), self)
        explain.setWordWrap(True)
        explain.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("lock_passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setMinimumWidth(320)
        self.passphrase.returnPressed.connect(self.submit)
        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.unlock_button.clicked.connect(self.submit)
        self.message = QLabel(self)
        self.message.setObjectName("lock_message")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.passphrase)
        row.addWidget(self.unlock_button)
        row.addStretch(1)
        self.recovery_button = QPushButton(self.tr("Forgot the passphrase? Unlock with the recovery key…"), self)
        self.recovery_button.setObjectName("lock_recovery")
        self.recovery_button.setFlat(True)
        self.recovery_button.clicked.connect(self.unlock_with_recovery_key)
        self.quit_button = QPushButton(self.tr("Quit caseapp"), self)
        self.quit_button.setObjectName("lock_quit")
        self.quit_button.setToolTip(self.tr("Unsaved typing is kept as an encrypted draft for the next start."))
        self.quit_button.clicked.connect(self.quit_requested)
        others = QHBoxLayout()
        others.addStretch(1)
        others.addWidget(self.recovery_button)
        others.addWidget(self.quit_button)
        others.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(title)
        layout.addWidget(explain)
        layout.addSpacing(16)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addSpacing(8)
        layout.addLayout(others)
        layout.addStretch(3)

    def reset(self) -> None:
        self.passphrase.clear()
        self.message.clear()
        self.unlock_button.setEnabled(True)
        self.passphrase.setFocus()

    def submit(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        self.unlock_button.setEnabled(False)
        show_message(self.message, self.tr("Checking…"), Tone.INFO)
        passphrase, vault = self.passphrase.text(), self.vault
        background.start(lambda job: vault.verify_passphrase(passphrase), on_success=self._ok, on_error=self._failed,
                         parent=self)

    def unlock_with_recovery_key(self) -> QDialog:
        """The printed recovery key sets a new passphrase and unlocks (the file stays open under the lock)."""
        from caseapp.ui.dialogs.recovery_dialog import RecoveryDialog  # dialogs build on widgets, not the reverse
        dialog = RecoveryDialog(self, opener=self.vault.recover_while_open)
        dialog.accepted.connect(lambda: self._recovered(dialog.vault))
        dialog.open()
        return dialog

    def _recovered(self, vault: Vault | None) -> None:
        """The used recovery key was replaced by a rekey: the window switches to the re-encrypted file (whose old
        vault the rekey closed), then unlocks. Cancelled, the same file stays open and says a rekey is due."""
        if vault is not None and vault is not self.vault:
            self.vault = vault
            self.vault_replaced.emit(vault)
        self._ok(None)

    def _ok(self, _result: object) -> None:
        self.passphrase.clear()
        self.message.clear()
        self.unlock_button.setEnabled(True)
        self.unlocked.emit()

    def _failed(self, exc: BaseException) -> None:
        show_unlock_failure(exc, self.message, self.unlock_button, self.passphrase)


class PrivacyCover(LockScreen):
    """A lock screen laid over another open window (e.g. a modal dialog being filled in) while the app is locked.

    Hiding such a dialog would end its dialog loop and lose what was typed; it is covered instead, its own widgets
    are disabled, and since a modal dialog blocks the main window, the cover offers the passphrase field too."""

    def __init__(self, vault: Vault, window: QWidget) -> None:
        super().__init__(vault, window)
        self.window_below = window
        self.setObjectName("privacy_cover")
        self.setAutoFillBackground(True)
        self.disabled = [w for w in window.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                         if w is not self and w.isEnabled()]
        for w in self.disabled:
            w.setEnabled(False)  # no typing into fields that cannot be seen
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.show()
        self.raise_()
        self.reset()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window_below and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.window_below.rect())
        return False

    def remove(self) -> None:
        self.window_below.removeEventFilter(self)
        for w in self.disabled:
            w.setEnabled(True)
        self.hide()
        self.deleteLater()
