"""Render every main screen with demo data to PNG files, in Korean and English, at 1366×768.

    python3 tools/screenshots.py OUT_DIR [--lang ko en] [--cases 30] [--framed [--display :99]]

Each language gets a fresh throwaway data folder (inside OUT_DIR, removed afterwards), the real setup dialog,
demo cases, then: unlock, case list (plain, searched, filtered), today, every tab of a case view, the lock screen,
new case, settings (each tab), export, resource directory, drafts and about. Runs offscreen; no display needed.
Any window whose minimum size does not fit 1366×768 is reported (it would be clipped on a small laptop).

``--framed`` also photographs the whole 1366×768 screen (``import -window root``) with a real window manager, so
window frames, the title and anything pushed past the screen edge show: it starts Xvfb and openbox on ``--display``
(needs xvfb, openbox and imagemagick) and stops them afterwards; those files are named ``…-framed.png``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("CASEAPP_KDF_COST", "12")  # throwaway data: a fast key derivation keeps this quick

SCREEN = (1366, 768)
PASSPHRASE = "screenshots only 스크린샷"


@contextmanager
def desktop(display: str) -> Iterator[None]:
    """Xvfb at 1366×768 with openbox on ``display`` for the framed shots (both stopped afterwards)."""
    size = f"{SCREEN[0]}x{SCREEN[1]}x24"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", size, "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    manager = None
    try:
        os.environ["DISPLAY"] = display
        os.environ["QT_QPA_PLATFORM"] = "xcb"
        time.sleep(1.0)  # the server must accept connections before the window manager starts
        manager = subprocess.Popen(["openbox"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1.0)
        yield
    finally:
        for process in (manager, server):
            if process is not None:
                process.terminate()
                process.wait(timeout=10)


class Shooter:
    def __init__(self, out: Path, lang: str, framed: bool = False) -> None:
        self.out = out
        self.lang = lang
        self.framed = framed
        self.count = 0
        self.too_big: list[str] = []

    def settle(self, ms: int) -> None:
        from PySide6.QtWidgets import QApplication
        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            QApplication.processEvents()
            time.sleep(0.02)

    def grab(self, widget: object, name: str) -> Path:
        from PySide6.QtWidgets import QApplication, QWidget
        assert isinstance(widget, QWidget)
        app = QApplication.instance()
        for _ in range(3):
            app.processEvents()  # type: ignore[union-attr]
        minimum = widget.minimumSizeHint()
        if minimum.width() > SCREEN[0] or minimum.height() > SCREEN[1]:
            self.too_big.append(f"{name}: needs at least {minimum.width()}×{minimum.height()}")
        self.count += 1
        path = self.out / f"{self.lang}-{self.count:02d}-{name}.png"
        widget.grab().save(str(path))
        if self.framed and widget.isWindow():
            self.settle(400)  # the window manager draws the frame and places the window
            subprocess.run(["import", "-window", "root", str(path.with_name(path.stem + "-framed.png"))],
                           check=True, timeout=60)
        return path


def wait_until(condition: Callable[[], bool], timeout_ms: int = 60_000) -> None:
    from PySide6.QtCore import QDeadlineTimer, QThread
    from PySide6.QtWidgets import QApplication
    deadline = QDeadlineTimer(timeout_ms)
    while not condition():
        if deadline.hasExpired():
            raise TimeoutError("screen did not finish loading")
        QApplication.processEvents()
        QThread.msleep(10)


def shoot_language(out: Path, lang: str, cases: int, framed: bool = False) -> Shooter:
    from caseapp import paths
    from caseapp.services import demo_data, drafts
    from caseapp.ui.app import create_application
    from caseapp.ui.i18n import install_translators

    data = out / f"_data-{lang}"
    shutil.rmtree(data, ignore_errors=True)
    paths.set_data_dir(data)
    app = create_application(lang)
    install_translators(app, lang)
    shot = Shooter(out, lang, framed)

    from caseapp.ui.dialogs.setup_dialog import SetupDialog
    setup = SetupDialog()
    setup.passphrase.passphrase.setText(PASSPHRASE)
    setup.passphrase.confirm.setText(PASSPHRASE)
    setup.name_edit.setText("김사회" if lang == "ko" else "Kim Sahoe")
    setup.agency_edit.setText("행복종합사회복지관")
    setup.demo_check.setChecked(True)
    setup.show()
    shot.grab(setup, "setup")
    setup.create_vault()
    wait_until(lambda: setup.vault is not None)
    shot.grab(setup, "setup-recovery-key")
    vault = setup.vault
    assert vault is not None
    setup.written_check.setChecked(True)
    setup.finish()
    demo_data.generate(vault, cases, seed=7)

    from caseapp.ui.dialogs.unlock_dialog import UnlockDialog
    unlock = UnlockDialog()
    unlock.show()
    unlock.passphrase.setText("wrong passphrase")
    unlock.submit()
    wait_until(unlock.unlock_button.isEnabled)
    shot.grab(unlock, "unlock-wrong-passphrase")
    unlock.close()

    from caseapp.ui.main_window import MainWindow
    window = MainWindow(vault)
    if not framed:
        window.resize(*SCREEN)  # offscreen; with a window manager it opens as on a real 1366×768 laptop
    window.show()
    window.start()
    wait_until(lambda: window.case_list.model.rowCount() > 0 and window.today.model.rowCount() > 0)
    shot.grab(window, "case-list")
    panel = window.case_list
    first = panel.model.rows[0]
    panel.search_edit.setText(first.client_name[:2])
    searched: list[bool] = []
    panel.searched.connect(lambda: searched.append(True))
    panel.run_search()
    wait_until(lambda: bool(searched))
    shot.grab(window, "case-list-search")
    panel.search_edit.clear()
    panel.run_search()
    panel.overdue_check.setChecked(True)
    shot.grab(window, "case-list-overdue")
    panel.overdue_check.setChecked(False)
    window.tabs.setCurrentIndex(1)
    shot.grab(window, "today")

    richest = max(panel.model.rows, key=lambda c: c.stage.order if c.closed_on is None else -1)
    view = window.open_case(richest.case_id)
    if view is not None:
        tabs = view.tabs
        from PySide6.QtWidgets import QTabWidget
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            shot.grab(window, f"case-tab-{i + 1}")
            for inner in tabs.widget(i).findChildren(QTabWidget):  # e.g. 초기상담·사정's client/household/…/사정
                for j in range(1, inner.count()):
                    inner.setCurrentIndex(j)
                    shot.grab(window, f"case-tab-{i + 1}-{j + 1}")
                inner.setCurrentIndex(0)
    window.lock()
    shot.grab(window, "locked")
    window.unlock()

    from caseapp.ui.dialogs.new_case_dialog import NewCaseDialog
    new_case = NewCaseDialog(vault, window)
    new_case.show()
    shot.grab(new_case, "new-case")
    new_case.client_form.mark_clean()
    new_case.intake_form.mark_clean()
    new_case.reject()

    from caseapp.ui.dialogs.settings_dialog import SettingsDialog
    settings = SettingsDialog(vault, window.settings, window)
    settings.show()
    for i in range(settings.tabs.count()):
        settings.tabs.setCurrentIndex(i)
        shot.grab(settings, f"settings-{i + 1}")
    settings.reject()

    from caseapp.ui.dialogs.export_dialog import ExportDialog
    export = ExportDialog(vault, [richest.case_id], window)
    exported = out / f"_export-{lang}.pdf"  # outside the data folder: caseapp refuses to write into its own folder
    export.target_edit.setText(str(exported))
    export.show()
    shot.grab(export, "export")
    export.start_export()
    wait_until(lambda: export.job is not None and not export.job.running)
    shot.grab(export, "export-done")
    export.close()
    exported.unlink(missing_ok=True)

    window.show_resources()
    resources = window.resources_window
    assert resources is not None
    resources.list.setCurrentRow(0)
    shot.grab(resources, "resources")
    resources.close()

    from caseapp.ui.dialogs.drafts_dialog import DraftsDialog
    drafts.save_draft(vault, f"case:{richest.case_id}:service_entry:new", {"text": "…"}, richest.case_id)
    pending = DraftsDialog(vault, drafts.list_drafts(vault), window)
    pending.show()
    shot.grab(pending, "drafts")
    pending.close()
    drafts.discard_draft(vault, f"case:{richest.case_id}:service_entry:new")

    from caseapp.ui.dialogs.about_dialog import AboutDialog
    about = AboutDialog(window)
    about.show()
    shot.grab(about, "about")
    about.close()

    window.discard_and_close()
    from PySide6.QtCore import QThreadPool
    QThreadPool.globalInstance().waitForDone(30_000)
    vault.close()
    paths.set_data_dir(None)
    shutil.rmtree(data, ignore_errors=True)
    return shot


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, help="folder for the PNG files")
    parser.add_argument("--lang", nargs="+", default=["ko", "en"], choices=["ko", "en"])
    parser.add_argument("--cases", type=int, default=30, help="demo cases to generate")
    parser.add_argument("--framed", action="store_true", help="also shoot the whole screen under Xvfb + openbox")
    parser.add_argument("--display", default=":99", help="X display for --framed (default :99)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    problems = []
    with desktop(args.display) if args.framed else _offscreen():
        for lang in args.lang:
            shot = shoot_language(args.out.resolve(), lang, args.cases, args.framed)
            print(f"{lang}: {shot.count} screenshots in {args.out}")
            problems += [f"{lang} {p}" for p in shot.too_big]
    for p in problems:
        print("does not fit 1366×768:", p)
    return 1 if problems else 0


@contextmanager
def _offscreen() -> Iterator[None]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    yield


if __name__ == "__main__":
    raise SystemExit(main())
