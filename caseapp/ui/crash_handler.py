"""The GUI's crash handler: save drafts first, log the traceback without client data, tell the user clearly."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from caseapp import paths

log = logging.getLogger("caseapp.ui")


def safe_traceback(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """File, line and function of each frame plus the exception type: exception messages (SQL parameters) and
    source lines can quote client data, so neither is written."""
    frames = "".join(f'  File "{f.filename}", line {f.lineno}, in {f.name}\n' for f in traceback.extract_tb(tb))
    return frames + f"{exc_type.__module__}.{exc_type.__qualname__}\n"


class CrashHandler:
    """``sys.excepthook`` for the GUI: save drafts first, log the traceback, tell the user clearly."""

    def __init__(self, save_drafts: Callable[[], None], parent: Callable[[], QWidget | None]) -> None:
        self.save_drafts = save_drafts
        self.parent = parent
        self._handling = False

    def install(self) -> None:
        sys.excepthook = self

    def __call__(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        if self._handling:  # an error while reporting an error: log only, never loop
            log.error("nested error\n%s", safe_traceback(exc_type, tb))
            return
        self._handling = True
        try:
            drafts_ok = True
            try:
                self.save_drafts()
            except Exception:  # noqa: BLE001 - the report below must still happen
                drafts_ok = False
                log.error("saving drafts after a crash failed\n%s", safe_traceback(*sys.exc_info()[::2]))
            stamp = datetime.now().strftime("%Y-%m-%d %H:%M:%S")
            log.error("uncaught exception at %s\n%s", stamp, safe_traceback(exc_type, tb))
            self.show(drafts_ok)
        finally:
            self._handling = False

    def show(self, drafts_ok: bool) -> None:
        lines = [QCoreApplication.translate("CrashHandler", "Something went wrong inside caseapp.")]
        if drafts_ok:
            lines.append(QCoreApplication.translate("CrashHandler", "What you typed has been saved as a draft."))
        else:
            lines.append(QCoreApplication.translate(
                "CrashHandler", "Your drafts could not be saved; copy any unsaved text before quitting."))
        lines.append(QCoreApplication.translate(
            "CrashHandler", "Details (without client data) were written to: %1").replace(
            "%1", str(paths.logs_dir() / "caseapp.log")))
        title = QCoreApplication.translate("CrashHandler", "Unexpected error")
        box = QMessageBox(QMessageBox.Icon.Critical, title, "\n".join(lines), QMessageBox.StandardButton.Ok,
                          self.parent())
        box.setWindowModality(Qt.WindowModality.ApplicationModal)
        box.exec()
