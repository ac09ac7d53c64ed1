"""Starting the GUI: QApplication, bundled font, translations, crash handler, single instance, setup or unlock."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from caseapp import paths, settings as settings_mod
from caseapp.ui import display, i18n
from caseapp.ui.widgets import wheel_guard

log = logging.getLogger("caseapp.ui")

APP_FONT_FAMILY = "NanumGothic"


def load_fonts() -> str:
    """Register the bundled NanumGothic (regular and bold); return the family to use."""
    family = ""
    for bold in (False, True):
        font_id = QFontDatabase.addApplicationFont(str(paths.font_file(bold)))
        if font_id >= 0 and not family:
            families = QFontDatabase.applicationFontFamilies(font_id)
            family = families[0] if families else ""
    return family or APP_FONT_FAMILY


def create_application(lang: str | None = None, argv: list[str] | None = None) -> QApplication:
    """The QApplication with caseapp's font and translations (reuses an existing one, e.g. under pytest-qt)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("caseapp")
    app.setOrganizationName("caseapp")
    app.setApplicationDisplayName("caseapp")
    icon = paths.resources_dir() / "icons" / "caseapp.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    font = QFont(load_fonts())
    font.setPointSize(10)
    app.setFont(font)
    i18n.install_translators(app, lang or settings_mod.load().language)
    wheel_guard.install(app)
    return app


# --- crash handler -----------------------------------------------------------------------------------------------

def setup_logging() -> None:
    """File log in the data dir; holds tracebacks and events, never client data."""
    try:
        paths.logs_dir().mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(paths.logs_dir() / "caseapp.log", encoding="utf-8")
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("caseapp")
    if not any(isinstance(h, logging.FileHandler) for h in root.handlers):
        root.addHandler(handler)
        root.setLevel(logging.INFO)


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


def run_gui(data_dir: str | None, lang: str | None) -> int:
    """Entry point for ``caseapp [--data-dir DIR] [--lang ko|en]``; returns the exit code."""
    if (code := display.check_desktop(lang)) is not None:
        return code
    if data_dir:
        paths.set_data_dir(data_dir)
    paths.ensure_data_dir()
    setup_logging()
    app = create_application(lang)
    from caseapp.ui.startup import Startup  # after QApplication exists: it builds widgets
    startup = Startup(app, lang_override=lang)
    code = startup.run()
    if code is not None:
        return code
    return app.exec()
