"""GUI test fixtures: an app with caseapp's font and translations, an unlocked vault, a main window.

Modal dialogs are never left to block: tests construct dialogs directly and drive their widgets, and the message
boxes a window may raise are patched by ``no_modal`` to answer automatically.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

# The offscreen platform warns that it cannot propagate size hints or raise a window, and (for a popup such as the
# date field's calendar) that it cannot grab the keyboard; that is the test platform talking, not caseapp, so it
# must not fail a run configured with qt_log_level_fail = WARNING.
OFFSCREEN_NOISE = r"This plugin does not support ((propagateSizeHints|raise)\(\)|grabbing the (keyboard|mouse))"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "/tests/ui/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def _background_jobs_end_with_the_test() -> Iterator[None]:
    yield
    finish_background_jobs()


@pytest.fixture
def gui_app(qapp: Any, data_dir: Any) -> Iterator[Any]:
    """The QApplication with NanumGothic and the Korean translations (the default language)."""
    from caseapp.ui.app import create_application
    from caseapp.ui.i18n import install_translators
    app = create_application("ko")
    yield app
    install_translators(app, "ko")


class ModalAnswers:
    """Records every QMessageBox shown and answers it with ``answer`` (default: the box's default button)."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []
        self.answer: Any = None

    def _reply(self, kind: str, args: tuple[Any, ...], default: Any) -> Any:
        title = args[1] if len(args) > 1 else ""
        text = args[2] if len(args) > 2 else ""
        self.shown.append((kind, f"{title}: {text}"))
        return self.answer if self.answer is not None else default


@pytest.fixture
def no_modal(monkeypatch: pytest.MonkeyPatch) -> ModalAnswers:
    from PySide6.QtWidgets import QMessageBox
    answers = ModalAnswers()
    ok = QMessageBox.StandardButton.Ok
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(
            lambda *args, _k=kind, **kw: answers._reply(_k, args, ok)))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *args, **kw: answers._reply("question", args, QMessageBox.StandardButton.Yes)))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: answers._reply(
        "exec", (None, self.windowTitle(), self.text()), QMessageBox.StandardButton.Ok))
    return answers


@pytest.fixture
def main_window(gui_app: Any, vault: Any, qtbot: Any, no_modal: ModalAnswers) -> Iterator[Any]:
    yield from shown_main_window(vault, qtbot)


def shown_main_window(vault: Any, qtbot: Any, prepare: Any = None) -> Iterator[Any]:
    """The main window at 1366×768 with its lists loaded; ``prepare(window)`` runs before it starts (e.g. to put
    fake services in). Closed without questions, its background jobs finished."""
    from caseapp.ui.main_window import MainWindow
    window = MainWindow(vault)
    if prepare is not None:
        prepare(window)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    with qtbot.waitSignal(window.case_list.upcoming_loaded, timeout=10_000):  # after the list: the today list
        window.start()
    yield window
    window._skip_close_questions = True
    window.idle.stop()
    finish_background_jobs()


def finish_background_jobs() -> None:
    """Let list loads and searches end before the vault fixture closes the file under them."""
    from PySide6.QtCore import QCoreApplication, QThreadPool
    QCoreApplication.processEvents()  # jobs start from the event loop: let queued starts happen first
    QThreadPool.globalInstance().waitForDone(10_000)
    QCoreApplication.processEvents()


@pytest.fixture
def view(qtbot: Any, gui_app: Any, vault: Any, case: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The ``case`` fixture's case view, shown at 1366×768, every question it asks answered Yes (a test module may
    define its own ``view``)."""
    from PySide6.QtWidgets import QMessageBox

    from caseapp.ui.views.case_view import CaseView
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    v = CaseView(vault, case.id)
    qtbot.addWidget(v)
    v.resize(1366, 768)
    v.show()
    return v
