"""About: the version, the data folder with a button that opens it, and the licence notices."""

from __future__ import annotations

from typing import Any

import pytest

import caseapp
from caseapp import paths


def test_about_shows_version_folder_and_licences(gui_app: Any, qtbot: Any,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QLabel

    from caseapp.ui.dialogs.about_dialog import AboutDialog
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert caseapp.__version__ in labels
    assert str(paths.data_dir()) in dialog.folder_label.text()
    notices = dialog.notices.toPlainText()
    assert "LGPL-3.0" in notices and "NanumGothic" in notices and "reportlab" in notices.lower()
    dialog.open_folder_button.click()
    assert opened == [str(paths.data_dir())]
