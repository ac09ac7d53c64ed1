"""Later runs: unlock the case file with the passphrase (or the recovery key); damaged file -> offer a restore."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QVBoxLayout, QWidget,
)

from caseapp.errors import CorruptDatabase, NewerSchema, UserError
from caseapp.ui import background, i18n
from caseapp.ui.i18n import error_text
from caseapp.ui.widgets.lock_screen import show_unlock_failure
from caseapp.ui.widgets.status import Tone, show_message

if TYPE_CHECKING:
    from caseapp.services.vault import Vault

log = logging.getLogger("caseapp.ui")
PRELOAD_AFTER_MS = 100


class UnlockDialog(QDialog):
    """After ``exec()`` returns Accepted, ``vault`` is open. A wrong passphrase changes nothing."""

    def __init__(self, parent: QWidget | None = None, problem: CorruptDatabase | None = None) -> None:
        """``problem``: damage found after the file was opened (the background page scan): shown with the restore
        offer, and the next unlock scans every page before opening, as an open after an unclean shutdown did."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unlock the case file"))  # the platform appends " — caseapp"
        self.setMinimumWidth(460)
        self.vault: Vault | None = None
        self.defer_page_scan = problem is None  # the window opens at once; the page scan follows in the background
        intro = QLabel(self.tr("Your cases are encrypted. Enter your passphrase to open them."), self)
        intro.setWordWrap(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.returnPressed.connect(self.submit)
        self.message = QLabel(self)
        self.message.setObjectName("unlock_message")
        self.message.setWordWrap(True)
        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        self.forgot_button = QPushButton(self.tr("Forgot passphrase…"), self)
        self.forgot_button.clicked.connect(self.recover)
        self.restore_button = QPushButton(self.tr("Restore the newest good backup…"), self)
        self.restore_button.setVisible(False)
        self.restore_button.clicked.connect(self.restore_backup)
        quit_button = QPushButton(self.tr("Quit"), self)
        quit_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.forgot_button)
        row.addStretch(1)
        row.addWidget(quit_button)
        row.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.message)
        layout.addWidget(self.restore_button)
        layout.addLayout(row)
        self.passphrase.setFocus()
        if problem is not None:
            self._failed(problem)
        # Once the window is up (a moment after the first paint), the data layer imports while the user types.
        QTimer.singleShot(PRELOAD_AFTER_MS, self, lambda: background.start(lambda job: preload_data_layer(),
                                                                           parent=self))

    def submit(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        self.unlock_button.setEnabled(False)
        show_message(self.message, self.tr("Unlocking…"), Tone.INFO)
        passphrase, defer = self.passphrase.text(), self.defer_page_scan
        background.start(lambda job: _open(passphrase, defer, updating=lambda: job.report(0, 0)),
                         on_success=self._opened, on_error=self._failed, on_progress=self.show_updating, parent=self)

    def show_updating(self, _done: int = 0, _total: int = 0) -> None:
        """The file needs this version's update: the open takes longer than an unlock, so say why."""
        show_message(self.message, self.tr(
            "Updating the case file for this version of caseapp: a backup first, then the update. A large file can "
            "take a few minutes; please keep the program open."), Tone.INFO)

    def _opened(self, vault: Vault) -> None:
        self.vault = vault
        show_open_warnings(self, vault)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        show_unlock_failure(exc, self.message, self.unlock_button, self.passphrase)  # as the lock screen's
        if isinstance(exc, CorruptDatabase):
            log.warning("case file could not be read: %s", type(exc).__name__)
            self.restore_button.setVisible(True)
        if isinstance(exc, NewerSchema):
            self.unlock_button.setEnabled(False)  # nothing the passphrase can change; the message says what to do

    def recover(self) -> None:
        from caseapp.ui.dialogs.recovery_dialog import RecoveryDialog
        dialog = RecoveryDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.vault is not None:
            self.vault = dialog.vault
            show_open_warnings(self, dialog.vault)
            QMessageBox.information(self, self.windowTitle(),
                                    self.tr("Your new passphrase is set. The old one no longer works."))
            self.accept()

    def restore_backup(self) -> None:
        """Restore the newest backup that opens (the damaged file is set aside first, never deleted)."""
        from caseapp.services import backup
        candidates = backup.list_backups()
        if not candidates:
            show_message(self.message, self.tr("No backup was found in the data folder or the backup folder."),
                         Tone.ERROR)
            return
        answer = QMessageBox.question(
            self, self.tr("Restore backup"),
            self.tr("Restore the backup from %1? The damaged file is kept aside, not deleted.")
            .replace("%1", candidates[0].created.strftime("%Y-%m-%d %H:%M")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            return
        passphrase = self.passphrase.text() or None
        self.restore_button.setEnabled(False)
        self.unlock_button.setEnabled(False)
        show_message(self.message, self.tr("Restoring…"), Tone.INFO)
        background.start(lambda job: restore_newest_that_opens(candidates, passphrase), parent=self,
                         on_success=self._restored, on_error=self._restore_failed)

    def _restored(self, result: object) -> None:
        self.vault = result.vault  # type: ignore[attr-defined]
        QMessageBox.information(self, self.tr("Restore backup"), result.message(i18n.language()))  # type: ignore[attr-defined]
        self.accept()

    def _restore_failed(self, exc: BaseException) -> None:
        self.restore_button.setEnabled(True)
        self.unlock_button.setEnabled(True)
        if not isinstance(exc, UserError):
            raise exc
        show_message(self.message, error_text(exc), Tone.ERROR)


def _open(passphrase: str, defer_page_scan: bool, updating: Callable[[], None] | None = None) -> "Vault":
    from caseapp.services.vault import Vault
    # The main window refreshes stale case-list summaries once its list is shown (MainWindow._after_cases_shown).
    return Vault.open(passphrase, defer_page_scan=defer_page_scan, defer_summaries=True, updating=updating)


def preload_data_layer() -> None:
    """Import SQLAlchemy, SQLModel and the tables (most of a second) while the user types the passphrase."""
    import caseapp.services.cases  # noqa: F401
    import caseapp.services.drafts  # noqa: F401
    import caseapp.services.vault  # noqa: F401


def show_open_warnings(parent: QWidget, vault: Vault) -> None:
    """What the open found (a rolled-back key file, lost changes, a key never shown, a full disk), once."""
    if vault.warnings:
        QMessageBox.warning(parent, QCoreApplication.translate("UnlockDialog", "Please read"),
                            "\n\n".join(error_text(w) for w in vault.warnings))


def restore_newest_that_opens(candidates: list[object], passphrase: str | None) -> object:
    """Try the backups newest first; a damaged one is skipped, any other problem (passphrase) is reported."""
    from caseapp.services import backup
    last_error: UserError | None = None
    for info in candidates:
        try:
            return backup.restore_backup(info.path, passphrase=passphrase)  # type: ignore[attr-defined]
        except CorruptDatabase as exc:  # that backup is damaged too: try the next older one
            last_error = exc
        except UserError as exc:  # e.g. the passphrase is needed or wrong: the message says which
            raise exc
    assert last_error is not None
    raise last_error
