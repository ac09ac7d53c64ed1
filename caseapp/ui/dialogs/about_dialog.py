"""About caseapp: version, where the data lives, the bundled font's licence."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from caseapp import paths as _paths


def app_version() -> str:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version("caseapp")
    except PackageNotFoundError:
        return "0.1.0"


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
            "<p>" + escape(self.tr("Data folder: %1").replace("%1", str(_paths.data_dir()))) + "</p>",
            "<p>" + escape(self.tr("Font: NanumGothic (SIL Open Font License). Qt %1.").replace("%1", qVersion()))
            + "</p>",
        ]
        text.setText("".join(rows))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
