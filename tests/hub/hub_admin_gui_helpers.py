"""The hub admin dialog as its GUI tests drive it: shown in English, logged in against the test hub, its
questions answered by the test. A module of its own (not conftest): test files import it by name."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from hub_laptops import Office  # type: ignore[import-not-found]


def admin_dialog(qtbot: Any) -> Any:
    from caseapp.ui.app import create_application
    from caseapp.ui.dialogs.hub_admin_dialog import HubAdminDialog
    create_application("en")
    dialog = HubAdminDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def wait_done(qtbot: Any, dialog: Any) -> str:
    """The dialog's message once its background call has ended."""
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)
    return str(dialog.message.text())


def log_in(qtbot: Any, dialog: Any, office: Office, password: str, url: str | None = None) -> str:
    """Log in (as the hub's owner unless another ``url`` is given); the message once the call has ended."""
    from caseapp.services import hub_connection
    dialog.url.setText(url or office.hub.admin_url())
    dialog.password.setText(password)
    dialog.fingerprint.setText(hub_connection.fingerprint(office.hub.cluster.ca_pem.read_bytes()))
    dialog.connect_button.click()
    assert dialog.busy.isVisibleTo(dialog) and not dialog.connect_button.isEnabled()  # the call runs in the background
    return wait_done(qtbot, dialog)


@dataclass
class Questions:
    """``QMessageBox.question`` answered by the test: each text asked, and the answer it gets (No until changed)."""
    asked: list[str] = field(default_factory=list)
    answer: Any = None

    def __call__(self, _parent: Any, _title: str, text: str, *_args: Any) -> Any:
        self.asked.append(text)
        return self.answer


def answered_questions(monkeypatch: pytest.MonkeyPatch) -> Questions:
    from PySide6.QtWidgets import QMessageBox
    questions = Questions(answer=QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(questions))
    return questions
