"""The common frame of the dialogs that write one PDF (referral letter, blank forms): where to save it, in which
language, a Save button that writes it off the GUI thread, then Open and Print (print preview)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton,
    QVBoxLayout, QWidget,
)

from caseapp.errors import UserError
from caseapp.ui import background, i18n
from caseapp.ui.i18n import error_text

ERROR_COLOUR = "#a93226"


def documents_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / "caseapp"


def language_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem("한국어", "ko")
    combo.addItem("English", "en")
    combo.setCurrentIndex(max(0, combo.findData(i18n.language())))
    return combo


class PdfDocumentDialog(QDialog):
    """Subclasses add their rows to ``self.fields`` and implement :meth:`writer`."""

    written = Signal(object)  # the Path of the PDF

    def __init__(self, title: str, heading: str, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(600)
        self.job: background.Job | None = None
        self.path: Path | None = None
        self.heading = QLabel(heading, self)
        self.heading.setWordWrap(True)
        self.fields = QFormLayout()
        self.language = language_combo(self)
        self.target_edit = QLineEdit(str(documents_folder() / file_name), self)
        self.target_edit.setObjectName("pdf_target")
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target_edit, 1)
        target_row.addWidget(browse)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        self.progress.hide()  # shown while the PDF is written
        self.message = QLabel(self)
        self.message.setObjectName("pdf_message")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save PDF"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.start)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.clicked.connect(self.open_result)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.clicked.connect(self.print_result)
        for b in (self.open_button, self.print_button):
            b.setEnabled(False)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.fields)
        tail = QFormLayout()
        tail.addRow(self.tr("Language"), self.language)
        tail.addRow(self.tr("Save to"), target_row)
        layout.addLayout(tail)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def writer(self, target: Path, language: str) -> Callable[[background.Job], Path]:
        """The work that writes the PDF to ``target`` and returns its path (runs on a worker thread)."""
        raise NotImplementedError

    def suffixes(self) -> tuple[str, ...]:
        """File types this dialog writes, the first being the default (subclasses may offer more, e.g. HWPX)."""
        return (".pdf",)

    def _browse(self) -> None:
        pattern = " ".join(f"*{suffix}" for suffix in self.suffixes())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF"), self.target_edit.text(), f"({pattern})")
        if path:
            self.target_edit.setText(path)

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};" if error else "")
        self.message.setText(text)

    def start(self) -> background.Job | None:
        if self.job is not None and self.job.running:
            return None
        raw = self.target_edit.text().strip()
        if not raw:
            self.show_message(self.tr("Choose where to save."), error=True)
            return None
        target = Path(raw).expanduser()
        if target.suffix.lower() not in self.suffixes():
            target = target.with_name(target.name + self.suffixes()[0])
        try:
            work = self.writer(target, str(self.language.currentData()))
        except UserError as exc:
            self.show_message(error_text(exc), error=True)
            return None
        self.save_button.setEnabled(False)
        self.progress.setRange(0, 0)  # busy
        self.progress.show()
        self.show_message(self.tr("Writing the PDF…"))
        self.job = background.start(work, parent=self, on_success=self._done, on_error=self._failed)
        return self.job

    def _done(self, path: Path) -> None:
        self.path = path
        self.progress.setRange(0, 1)
        self.progress.hide()
        self.save_button.setEnabled(True)
        self.open_button.setEnabled(True)
        self.print_button.setEnabled(path.suffix.lower() == ".pdf")  # the print preview shows PDFs only
        self.show_message(self.tr("Saved: %1").replace("%1", str(path)))
        self.written.emit(path)

    def _failed(self, exc: BaseException) -> None:
        self.progress.setRange(0, 1)
        self.progress.hide()
        self.save_button.setEnabled(True)
        if not isinstance(exc, UserError):
            raise exc
        self.show_message(error_text(exc), error=True)

    def open_result(self) -> None:
        if self.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))

    def print_result(self) -> None:
        from caseapp.ui.dialogs.print_preview import print_pdf
        if self.path is not None:
            print_pdf(self, self.path)
