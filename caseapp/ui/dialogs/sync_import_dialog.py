"""동기화 → 가져오기: a bundle is checked and previewed (nothing written), then applied on 적용 after a backup."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog, QFormLayout, QLabel, QListView, QListWidget, QProgressBar, QPushButton, QVBoxLayout,
    QWidget,
)

from caseapp.domain.sync_protocol import ApplyResult, Preview
from caseapp.errors import UserError
from caseapp.ui import background
from caseapp.ui.dialogs.sync_services import SyncServices
from caseapp.ui.i18n import error_text
from caseapp.ui.widgets.button_row import right_aligned
from caseapp.ui.widgets.status import ERROR_COLOUR, Tone, show_message


class SyncImportDialog(QDialog):
    previewed = Signal(object)      # the Preview, once the bundle is read and checked
    imported = Signal(object)       # the ApplyResult
    refused = Signal(str)           # the message of a bundle that cannot be imported
    conflicts_requested = Signal()  # the practitioner wants the conflict screen now

    def __init__(self, services: SyncServices, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.path = path
        self.incoming: Any = None
        self.preview: Preview | None = None
        self.result: ApplyResult | None = None
        self.job: background.Job | None = None
        self.applying = False
        self.setWindowTitle(self.tr("Sync: import"))
        self.setMinimumSize(620, 520)
        heading = QLabel(self.tr("File: %1").replace("%1", str(path)), self)
        heading.setWordWrap(True)

        self.counts: dict[str, QLabel] = {}
        counts = QFormLayout()
        for key, title in (("new_records", self.tr("New records")),
                           ("changed_records", self.tr("Changed records")),
                           ("conflicts", self.tr("Conflicts (both values kept)")),
                           ("deletions", self.tr("Deletions")),
                           ("destructions", self.tr("Cases destroyed")),
                           ("already_held", self.tr("Changes here already"))):
            label = QLabel("–", self)
            label.setObjectName(f"sync_count_{key}")
            self.counts[key] = label
            counts.addRow(title, label)
        self.destruction_note = QLabel(self.tr("These cases were destroyed on the other machine; importing "
                                               "destroys them here too, recorded in this PC's audit trail."), self)
        self.destruction_note.setWordWrap(True)
        self.destruction_note.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.destruction_note.hide()
        self.cases_list = QListWidget(self)
        self.cases_list.setObjectName("sync_import_cases")
        self.cases_list.setFlow(QListView.Flow.LeftToRight)  # case numbers side by side, wrapping: many fit
        self.cases_list.setWrapping(True)
        self.cases_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.cases_list.setSpacing(4)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("sync_import_progress")
        self.progress.setTextVisible(False)
        self.message = QLabel(self)
        self.message.setObjectName("sync_import_message")
        self.message.setWordWrap(True)
        self.apply_button = QPushButton(self.tr("Apply"), self)
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        self.conflicts_button = QPushButton(self.tr("Resolve conflicts…"), self)
        self.conflicts_button.hide()
        self.conflicts_button.clicked.connect(self._show_conflicts)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)
        buttons = right_aligned(self.apply_button, self.cancel_button)
        buttons.insertWidget(0, self.conflicts_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(counts)
        layout.addWidget(self.destruction_note)
        layout.addWidget(QLabel(self.tr("Cases this import changes"), self))
        layout.addWidget(self.cases_list, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._read()

    # --- reading and previewing (writes nothing) -----------------------------------------------------------------

    def _read(self) -> None:
        read, preview = self.services.read_bundle, self.services.preview_bundle
        path = self.path

        def work(_job: background.Job) -> tuple[Any, Preview]:
            incoming = read(path)
            return incoming, preview(incoming)

        self._busy(self.tr("Checking the file…"))
        self.job = background.start(work, parent=self, on_success=self._read_done, on_error=self._failed)

    def _read_done(self, result: tuple[Any, Preview]) -> None:
        self.incoming, preview = result
        self._idle()
        self.show_preview(preview)
        self.apply_button.setEnabled(True)
        self.apply_button.setDefault(True)
        self.previewed.emit(preview)

    def show_preview(self, preview: Preview) -> None:
        self.preview = preview
        for key, label in self.counts.items():
            label.setText(str(getattr(preview, key)))
        self.counts["conflicts"].setStyleSheet("font-weight: bold;" if preview.conflicts else "")
        self.destruction_note.setVisible(preview.destructions > 0)
        self.cases_list.clear()
        self.cases_list.addItems(list(preview.case_numbers))
        if preview.nothing_new:
            show_message(self.message, self.tr("Nothing new: every change in this file is here already."),
                         Tone.INFO)
        else:
            show_message(self.message, self.tr("Nothing has been changed yet. Apply takes a backup first, then "
                                               "imports everything in one step."), Tone.INFO)

    # --- applying --------------------------------------------------------------------------------------------

    def apply(self) -> None:
        if self.incoming is None or self.applying or self.result is not None:
            return
        incoming, import_bundle = self.incoming, self.services.import_bundle
        self.applying = True
        self.apply_button.setEnabled(False)
        self.cancel_button.setEnabled(False)  # one transaction: it either happens whole or not at all
        self._busy(self.tr("Taking a backup and importing…"))
        self.job = background.start(lambda job: import_bundle(incoming), parent=self, on_success=self._applied,
                                    on_error=self._failed)

    def _applied(self, result: ApplyResult) -> None:
        self.result = result
        self.applying = False
        self._idle()
        self.progress.setValue(1)
        done = result.preview
        show_message(self.message, self.tr("Imported: %1 new, %2 changed, %3 conflicts, %4 destroyed.")
                     .replace("%1", str(done.new_records)).replace("%2", str(done.changed_records))
                     .replace("%3", str(done.conflicts)).replace("%4", str(done.destructions)), Tone.SUCCESS)
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setEnabled(True)
        self.conflicts_button.setVisible(bool(result.conflict_ids or done.conflicts))
        self.imported.emit(result)

    def _failed(self, exc: BaseException) -> None:
        was_applying = self.applying
        self.applying = False
        self._idle()
        self.cancel_button.setEnabled(True)
        if not isinstance(exc, UserError):
            raise exc
        text = error_text(exc)
        if was_applying:
            text = self.tr("Not imported: %1 The case file is as it was.").replace("%1", text)
            self.apply_button.setEnabled(True)
        else:
            self.apply_button.setEnabled(False)
            self.refused.emit(text)
        show_message(self.message, text, Tone.ERROR)

    def _show_conflicts(self) -> None:
        self.conflicts_requested.emit()
        self.accept()

    # --- state -----------------------------------------------------------------------------------------------

    def _busy(self, text: str) -> None:
        self.progress.setRange(0, 0)
        show_message(self.message, text, Tone.INFO)

    def _idle(self) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)

    def reject(self) -> None:
        if self.applying:
            return  # the import is one transaction: closing now would not stop it, only hide its outcome
        super().reject()
