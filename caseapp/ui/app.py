"""Starting the GUI: QApplication, bundled font, translations, logging; then :class:`caseapp.ui.startup.Startup`
(crash handler, single instance, setup or unlock)."""

from __future__ import annotations

import logging
import sys

from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from caseapp import gc_tuning, paths, settings as settings_mod
from caseapp.ui import display, i18n, pyside_fixes
from caseapp.ui.widgets import wheel_guard

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
    pyside_fixes.keep_booleans_alive()  # before any signal is emitted (PySide6 6.12.0's emit drops a ref on True)
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("caseapp")
    app.setOrganizationName("caseapp")
    app.setApplicationDisplayName("caseapp")
    icon = QIcon()
    for png in sorted((paths.resources_dir() / "icons").glob("caseapp-*.png")):
        icon.addFile(str(png))  # every rendered size, so title bars, task bars and docks each get a sharp one
    if not icon.isNull():
        app.setWindowIcon(icon)
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
    gc_tuning.freeze_startup()  # what start-up made is never walked by a collection again
    return app.exec()
