"""From a bare QApplication to the main window: single instance, setup or unlock, demo data, drafts, crash handler."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from caseapp import settings as settings_mod
from caseapp.errors import AlreadyRunning, CorruptDatabase, UserError
from caseapp.services.installed import case_file_exists
from caseapp.ui.crash_handler import CrashHandler
from caseapp.ui.i18n import error_text, install_translators
from caseapp.ui.single_instance import SingleInstance

if TYPE_CHECKING:  # imported after the unlock window is up (see UnlockDialog.preload_data_layer)
    from caseapp.services.vault import Vault
    from caseapp.ui.main_window import MainWindow

log = logging.getLogger("caseapp.ui")

EXIT_CANCELLED = 0


class Startup(QObject):
    """Runs the start-up sequence; ``run()`` returns an exit code if the program should end right away."""

    def __init__(self, app: QApplication, lang_override: str | None = None) -> None:
        super().__init__(app)
        self.app = app
        self.lang_override = lang_override
        self.instance = SingleInstance(self)
        self.window: MainWindow | None = None
        self.vault: Vault | None = None
        self.crash_handler = CrashHandler(self._save_drafts, lambda: self.window)

    def run(self) -> int | None:
        try:
            self.instance.acquire()
        except AlreadyRunning as exc:
            # The running window was asked to come forward; say so in case it is on another desktop.
            QMessageBox.information(None, "caseapp", error_text(exc))
            return int(exc.exit_code)
        except UserError as exc:
            QMessageBox.critical(None, "caseapp", error_text(exc))
            return int(exc.exit_code)
        self.crash_handler.install()
        vault, wants_demo = self.unlock_or_setup()
        if vault is None:
            self.instance.release()
            return EXIT_CANCELLED
        self.vault = vault
        if wants_demo:
            self.add_demo_data(vault)
        self.app.aboutToQuit.connect(self.shutdown)
        # Logging out or shutting down the computer: unsaved typing goes to the encrypted drafts first.
        self.app.commitDataRequest.connect(lambda _manager: self._save_drafts())
        self.show_main_window(vault)
        self.offer_drafts()
        return None

    def show_main_window(self, vault: Vault) -> MainWindow:
        from caseapp.ui.main_window import MainWindow
        self.vault = vault
        window = MainWindow(vault, settings_mod.load())  # --lang applies to this run only; Settings keep theirs
        self.instance.raise_requested.connect(window.raise_window)
        window.vault_replaced.connect(self.replace_vault)
        window.damage_found.connect(self.reopen_after_damage)
        window.switch_language = self.switch_language
        window.show()
        window.start()
        self.window = window
        return window

    def switch_language(self, lang: str) -> None:
        """Settings changed the language: rebuild the window in it (unsaved entries are asked about first)."""
        old = self.window
        if old is None or self.vault is None or not old.confirm_unsaved(old.case_views()):
            return  # kept for the next start (Settings are saved already)
        install_translators(self.app, lang)
        old.remember_layout()  # the new window reads it: same size, place and columns in the other language
        open_cases = [view.case_id for view in old.case_views()]
        window = self.show_main_window(self.vault)  # shown before the old one closes, so the app never quits
        self._retire(old)
        for case_id in open_cases:
            window.open_case(case_id)

    def _retire(self, old: MainWindow) -> None:
        self.instance.raise_requested.disconnect(old.raise_window)
        old.discard_and_close()
        old.deleteLater()

    def replace_vault(self, vault: Vault) -> None:
        """After a restore from Settings the old window's vault is closed: show the restored file instead."""
        old = self.window
        self.show_main_window(vault)
        if old is not None:
            self._retire(old)

    def reopen_after_damage(self, problem: CorruptDatabase) -> None:
        """The page scan after an unclean shutdown found damage: close the file and show the unlock window with
        the message and its restore offer, as an open that had found it would have."""
        from caseapp.ui.dialogs.unlock_dialog import UnlockDialog
        old, vault = self.window, self.vault
        unlock = UnlockDialog(problem=problem)
        unlock.finished.connect(lambda result: self._unlocked_after_damage(unlock, result))
        unlock.open()  # shown before the window closes, so the application does not quit
        if old is not None:
            old.save_drafts()  # unsaved typing is kept (encrypted) in the damaged file, which a restore sets aside
            self.window = None
            self._retire(old)
        self.vault = None
        if vault is not None:
            vault.close()  # not marked clean: the next open scans every page again

    def _unlocked_after_damage(self, unlock: QDialog, result: int) -> None:
        vault = getattr(unlock, "vault", None)
        unlock.deleteLater()
        if result != QDialog.DialogCode.Accepted or vault is None:
            return  # Quit: the last window closed, the application ends
        self.vault = vault
        self.show_main_window(vault)

    def unlock_or_setup(self) -> tuple[Vault | None, bool]:
        if not case_file_exists():
            from caseapp.ui.dialogs.setup_dialog import SetupDialog
            setup = SetupDialog()
            if setup.exec() != QDialog.DialogCode.Accepted or setup.vault is None:
                return None, False
            return setup.vault, setup.wants_demo_data()
        from caseapp.ui.dialogs.unlock_dialog import UnlockDialog
        unlock = UnlockDialog()
        if unlock.exec() != QDialog.DialogCode.Accepted or unlock.vault is None:
            return None, False
        return unlock.vault, False

    def add_demo_data(self, vault: Vault) -> None:
        """Fictional cases for trying the program, generated off the GUI thread with a progress dialog."""
        from caseapp.ui.demo import DemoDataProgress
        DemoDataProgress(vault).run()

    def offer_drafts(self) -> None:
        assert self.vault is not None and self.window is not None
        from caseapp.services import drafts
        try:
            pending = drafts.list_drafts(self.vault)
        except UserError as exc:
            log.warning("drafts could not be listed: %s", type(exc).__name__)
            return
        if pending:
            from caseapp.ui.dialogs.drafts_dialog import DraftsDialog
            dialog = DraftsDialog(self.vault, pending, self.window)
            self.window.track_private(dialog)  # lists client names: hidden while locked
            dialog.open_case.connect(self.window.open_case)
            dialog.open_new_case.connect(self.window.new_case)
            dialog.open()

    def _save_drafts(self) -> None:
        if self.window is not None:
            self.window.save_drafts()

    def shutdown(self) -> None:
        """After the window closed: backup on close (Settings), close the file, free the data folder."""
        if self.vault is not None:
            self._backup_on_close()  # does nothing when Settings.backup_on_close is off
            self.vault.close()
            self.vault = None
        self.instance.release()

    def _backup_on_close(self) -> None:
        from caseapp.services import backup
        assert self.vault is not None
        try:
            result = backup.backup_on_close(self.vault)
        except UserError as exc:
            log.warning("backup on close failed: %s", type(exc).__name__)
            QMessageBox.warning(None, "caseapp", error_text(exc))
            return
        if result is not None and result.mirror_error is not None:
            QMessageBox.warning(None, "caseapp", error_text(result.mirror_error))

