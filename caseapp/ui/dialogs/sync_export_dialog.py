"""동기화 → 내보내기: the changes a paired device lacks, written to a bundle file in a chosen folder (a USB stick)."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QStorageInfo, Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton,
    QVBoxLayout, QWidget,
)

from caseapp.domain.sync_protocol import PeerView
from caseapp.errors import UserError
from caseapp.ui import background
from caseapp.ui.dialogs.pdf_document_dialog import documents_folder
from caseapp.ui.dialogs.sync_services import ExportChoices, SyncServices
from caseapp.ui.dialogs.sync_text import device_name
from caseapp.ui.i18n import error_text
from caseapp.ui.widgets.button_row import right_aligned
from caseapp.ui.widgets.status import Tone, show_message

SUFFIX = ".casesync"
REMOVABLE_ROOTS = ("/media/", "/run/media/", "/Volumes/")


def removable_folder() -> Path | None:
    """A mounted USB stick or card to offer first (Linux and macOS mount them under these roots)."""
    if sys.platform == "win32":
        return None  # drive letters say nothing about removability; the practitioner picks the stick
    for volume in QStorageInfo.mountedVolumes():
        root = volume.rootPath()
        if volume.isValid() and volume.isReady() and not volume.isReadOnly() \
                and any(root.startswith(prefix) for prefix in REMOVABLE_ROOTS):
            return Path(root)
    return None


def bundle_name(folder: Path, now: datetime | None = None) -> Path:
    """A new file in ``folder``; never one that is there already (the stick may hold last week's bundle)."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M")
    candidate = folder / f"caseapp-sync-{stamp}{SUFFIX}"
    number = 2
    while candidate.exists():
        candidate = folder / f"caseapp-sync-{stamp}-{number}{SUFFIX}"
        number += 1
    return candidate


class SyncExportDialog(QDialog):
    exported = Signal(int, object)  # number of changes, the file written

    def __init__(self, services: SyncServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.job: background.Job | None = None
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Sync: export"))
        self.setMinimumWidth(620)
        intro = QLabel(self.tr("Writes the changes your other device does not have yet into one encrypted file. "
                               "Carry it on a USB stick and import it there."), self)
        intro.setWordWrap(True)

        self.folder_edit = QLineEdit(self)
        self.folder_edit.setObjectName("sync_export_folder")
        self.folder_edit.setText(str(removable_folder() or documents_folder()))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)

        self.peer_combo = QComboBox(self)
        self.peer_combo.setObjectName("sync_export_peer")
        self._fill_peers(services.peers())
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("sync_export_name")
        self.current_name = services.device_name()
        self.name_edit.setText(self.current_name)
        self.name_edit.setMaxLength(60)
        self.name_edit.setToolTip(self.tr("The name your other devices show for this one, e.g. 사무실 PC"))
        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setObjectName("sync_export_passphrase")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        setup_note = QLabel(self.tr("The new computer asks for this passphrase once, when it is set up from the "
                                    "file; then it keeps its own."), self)
        setup_note.setWordWrap(True)

        self.form = QFormLayout()
        self.form.addRow(self.tr("Folder"), folder_row)
        self.form.addRow(self.tr("For"), self.peer_combo)
        self.form.addRow(self.tr("This PC's name"), self.name_edit)
        # The new computer opens the bundle with this file's passphrase (caseapp init --from-bundle).
        self.form.addRow(self.tr("This PC's passphrase"), self.passphrase_edit)
        self.form.addRow("", setup_note)
        self.peer_combo.currentIndexChanged.connect(self._show_setup_rows)
        self._show_setup_rows()

        self.progress = QProgressBar(self)
        self.progress.setObjectName("sync_export_progress")
        self.progress.setTextVisible(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.message = QLabel(self)
        self.message.setObjectName("sync_export_message")
        self.message.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export"), self)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        buttons = right_aligned(self.export_button, self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def _fill_peers(self, peers: list[PeerView]) -> None:
        """Items carry (recipient device or None, a set-up bundle holding every change)."""
        this = self.services.this_device()
        for peer in peers:
            name = device_name(peer.device, this, peers)
            self.peer_combo.addItem(f"{name} ({peer.device})" if name != peer.device else name, (peer.device, False))
        if peers:  # one bundle any paired device can read: what one of them still lacks
            self.peer_combo.addItem(self.tr("Any of my devices (what one of them still lacks)"), (None, False))
        # Every change, with the key wrapped by this file's passphrase: what caseapp init --from-bundle sets up from.
        self.peer_combo.addItem(self.tr("A new computer of mine (all records, to set it up)"), (None, True))
        self.peer_combo.setCurrentIndex(0)

    @property
    def setting_up(self) -> bool:
        return bool(self.peer_combo.currentData()[1])

    def _show_setup_rows(self) -> None:
        for row in (3, 4):
            self.form.setRowVisible(row, self.setting_up)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def start_export(self) -> None:
        if self.job is not None and self.job.running:
            return
        text = self.folder_edit.text().strip()
        if not text:
            show_message(self.message, self.tr("Choose a folder (for example the USB stick)."), Tone.ERROR)
            return
        folder = Path(text).expanduser()
        if not folder.is_dir():
            show_message(self.message, self.tr("No such folder: %1").replace("%1", str(folder)), Tone.ERROR)
            return
        setting_up = self.setting_up
        passphrase = self.passphrase_edit.text() if setting_up else None
        if setting_up and not passphrase:
            show_message(self.message, self.tr("Enter this PC's passphrase: the new computer needs it to open the "
                                               "file."), Tone.ERROR)
            self.passphrase_edit.setFocus()
            return
        name = self.name_edit.text().strip()
        choices = ExportChoices(passphrase=passphrase, device_name=name if name and name != self.current_name
                                else None, everything=setting_up)
        target = bundle_name(folder)
        recipient = self.peer_combo.currentData()[0]
        export = self.services.export_bundle
        self.export_button.setEnabled(False)
        self.progress.setRange(0, 0)  # busy: the bundle is one step (collect, compress, encrypt, sign)
        show_message(self.message, self.tr("Exporting…"), Tone.INFO)
        self.job = background.start(lambda job: (export(target, recipient, choices), target), parent=self,
                                    on_success=self._done, on_error=self._failed)

    def _done(self, result: tuple[int, Path]) -> None:
        count, path = result
        self.written = path
        self.passphrase_edit.clear()
        self.current_name = self.name_edit.text().strip() or self.current_name
        self._stopped()
        self.progress.setValue(1)
        show_message(self.message, self.tr("%1 changes written to %2").replace("%1", str(count))
                     .replace("%2", str(path)), Tone.SUCCESS)
        self.exported.emit(count, path)

    def _failed(self, exc: BaseException) -> None:
        self._stopped()
        if not isinstance(exc, UserError):
            raise exc
        show_message(self.message, error_text(exc), Tone.ERROR)

    def _stopped(self) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.export_button.setEnabled(True)

    def reject(self) -> None:
        if self.job is not None and self.job.running:
            # A half-written bundle on the stick would be refused on the other machine: let the step end.
            show_message(self.message, self.tr("Exporting… the window closes once the file is written."), Tone.INFO)
            self.job.done.connect(super().reject)
            return
        super().reject()
