"""About caseapp: version, where the data lives (with a button to open it), and the licence notices of everything
caseapp ships with (Qt under the LGPL, NanumGothic under the OFL, every bundled Python library)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)

from caseapp import __version__, paths
from caseapp.services import licences


def app_version() -> str:
    return __version__


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About this program"))  # the platform appends " — caseapp"
        text = QLabel(self)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setWordWrap(True)
        rows = [
            f"<h2>caseapp {escape(app_version())}</h2>",
            "<p>" + escape(self.tr("Offline case management for social workers. Every case is kept in one "
                                   "encrypted file on this computer.")) + "</p>",
            "<p>" + escape(self.tr("Qt %1. Font: NanumGothic (SIL Open Font License).").replace("%1", qVersion()))
            + "</p>",
        ]
        text.setText("".join(rows))

        self.folder_label = QLabel(self.tr("Data folder: %1").replace("%1", str(paths.data_dir())), self)
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(self.tr("Open data folder"), self)
        self.open_folder_button.clicked.connect(self.open_data_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.open_folder_button)

        self.notices = QPlainTextEdit(self)
        self.notices.setReadOnly(True)
        self.notices.setPlainText(licences.notices_text())
        self.notices.setMinimumHeight(220)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(folder_row)
        layout.addWidget(QLabel(self.tr("Licence notices of the bundled components:"), self))
        layout.addWidget(self.notices, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def open_data_folder(self) -> None:
        folder = paths.data_dir()
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
