"""The consent tab's tools: print the consent form, attach the signed scan to a consent and open it, and keep the
주민등록번호 masked on the client form until 보기 (Show) is pressed (each reveal is audited)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMenu, QMessageBox, QPushButton, QWidget

from caseapp import paths
from caseapp.domain.resident_number import mask
from caseapp.errors import UserError
from caseapp.services import consents
from caseapp.ui.i18n import error_text, tr_label

SCRATCH_PREFIX = "consent-scan-"
SCRATCH_LIFETIME_MS = 10 * 60 * 1000  # long enough for a viewer to load it; it never stays on the disk for long


def confirm_warnings(parent: QWidget, vault: Any, case_id: str, values: dict[str, Any]) -> bool:
    """Ask before saving a consent that deserves a second look (본인 for a client under 14)."""
    try:
        found = consents.warnings_for(vault, case_id, values)
    except UserError:
        return True  # the save itself will show the field's error
    if not found:
        return True
    text = "\n".join(tr_label(w) for w in found)
    answer = QMessageBox.question(parent, QCoreApplication.translate("ConsentTools", "Check the consent"),
                                  text + "\n\n" + QCoreApplication.translate("ConsentTools", "Save anyway?"))
    return answer == QMessageBox.StandardButton.Yes


def confirm_resident_number(parent: QWidget, values: dict[str, Any]) -> bool:
    """A resident number whose check digit (or date of birth) does not match is kept if the practitioner says so:
    foreigners' numbers and those issued since October 2020 do not follow the check digit."""
    from caseapp.domain import forms
    from caseapp.domain.resident_number import warnings
    raw = str(values.get("resident_number") or "")
    try:
        number = forms.clean_value(forms.CLIENT.field("resident_number"), raw)
        birth = forms.clean_value(forms.CLIENT.field("birth_date"), values.get("birth_date"))
    except UserError:
        return True  # the save shows the field's error
    found = warnings(number, birth)
    if not found:
        return True
    answer = QMessageBox.question(parent, QCoreApplication.translate("ConsentTools", "Check the resident number"),
                                  "\n".join(tr_label(w) for w in found) + "\n\n"
                                  + QCoreApplication.translate("ConsentTools", "Save anyway?"))
    return answer == QMessageBox.StandardButton.Yes


def remove_scratch(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass  # still open elsewhere (Windows); the next sweep takes it


def sweep_scratch() -> None:
    """Scans opened in an earlier session that were not removed (a crash) go now."""
    folder = paths.temp_dir()
    if folder.is_dir():
        for old in folder.glob(f"{SCRATCH_PREFIX}*"):
            remove_scratch(old)


class ConsentTools(QWidget):
    """Buttons under the consent table; ``current`` gives the consent row selected there (or None)."""

    def __init__(self, ctx: Any, current: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.current = ctx, current
        self.opened: list[Path] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.form_button = QPushButton(self.tr("Print consent form…"), self)
        self.form_button.setObjectName("printConsentForm")
        self.form_button.clicked.connect(self.print_form)
        self.attach_button = QPushButton(self.tr("Attach signed scan…"), self)
        self.attach_button.setObjectName("attachConsentScan")
        self.attach_button.clicked.connect(self.attach)
        self.open_button = QPushButton(self.tr("Open scan"), self)
        self.open_button.setObjectName("openConsentScan")
        self.open_button.clicked.connect(self.open_scan)
        self.scans_label = QLabel(self)
        self.scans_label.setObjectName("consentScans")
        for w in (self.form_button, self.attach_button, self.open_button):
            row.addWidget(w)
        row.addWidget(self.scans_label, 1)
        QCoreApplication.instance().aboutToQuit.connect(self.remove_opened)  # type: ignore[union-attr]
        self.destroyed.connect(lambda *_: self.remove_opened())
        sweep_scratch()
        self.refresh()

    def scans(self) -> list[consents.ScanInfo]:
        row = self.current()
        if row is None:
            return []
        return consents.scans_for_case(self.ctx.vault, self.ctx.case_id).get(row.id, [])

    def refresh(self) -> None:
        row = self.current()
        found = self.scans()
        self.attach_button.setEnabled(row is not None)
        self.open_button.setEnabled(bool(found))
        self.scans_label.setText(", ".join(f"{s.file_name} ({s.size / 1024:.0f} KB)" for s in found)
                                 if found else (self.tr("No scan attached") if row is not None else ""))

    def print_form(self) -> None:
        from caseapp.ui.dialogs.consent_form_dialog import ConsentFormDialog
        snap = self.ctx.snap
        ConsentFormDialog(self.ctx.vault, self.ctx.case_id, snap.case.case_number, snap.client.name,
                          self).exec()

    def attach(self) -> None:
        row = self.current()
        if row is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach signed scan"), str(Path.home()),
                                              self.tr("Scans (*.pdf *.jpg *.jpeg *.png)"))
        if path:
            self.attach_file(path)

    def attach_file(self, path: str) -> bool:
        row = self.current()
        if row is None:
            return False
        try:
            info = consents.attach_scan(self.ctx.vault, row.id, path)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Attach signed scan"), error_text(exc))
            return False
        self.ctx.message.emit(self.tr("Scan attached: %1").replace("%1", info.file_name))
        self.refresh()
        return True

    def open_scan(self) -> None:
        found = self.scans()
        if len(found) == 1:
            self.open_one(found[0].id)
        elif found:
            menu = QMenu(self)
            for s in found:
                menu.addAction(s.file_name, lambda sid=s.id: self.open_one(sid))
            menu.exec(self.open_button.mapToGlobal(self.open_button.rect().bottomLeft()))

    def open_one(self, scan_id: str) -> Path | None:
        """Write the scan to caseapp's scratch folder (owner-only), open it, and remove it a little later."""
        try:
            info, data = consents.scan_bytes(self.ctx.vault, scan_id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Open scan"), error_text(exc))
            return None
        folder = paths.temp_dir()
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{SCRATCH_PREFIX}{info.id[:8]}{consents.SCAN_SUFFIX[info.media_type]}"
        target.touch(mode=0o600)
        target.write_bytes(data)
        self.opened.append(target)
        QTimer.singleShot(SCRATCH_LIFETIME_MS, lambda: remove_scratch(target))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        return target

    def remove_opened(self) -> None:
        for path in self.opened:
            remove_scratch(path)
        self.opened.clear()


class ResidentNumberMask:
    """Shows the client form's 주민등록번호 masked (850315-2******) until revealed; a masked value left unchanged is
    not saved back. Used through :meth:`row_of` and :meth:`values_to_save`."""

    def __init__(self, ctx: Any) -> None:
        self.ctx = ctx
        self.revealed = False

    def row_of(self, snap: Any) -> Any:
        number = snap.client.resident_number
        if self.revealed or not number:
            return snap.client
        return snap.client.model_copy(update={"resident_number": mask(number)})

    def values_to_save(self, values: dict[str, Any]) -> dict[str, Any]:
        number = self.ctx.snap.client.resident_number
        if not self.revealed and number and values.get("resident_number") == mask(number):
            values = {k: v for k, v in values.items() if k != "resident_number"}
        self.revealed = False  # saved: masked again
        return values

    def reveal(self) -> None:
        consents.record_reveal(self.ctx.vault, self.ctx.case_id)
        self.revealed = True


class RevealRow(QWidget):
    """"주민등록번호는 가려져 있습니다 [보기]" under the client form."""

    def __init__(self, guard: ResidentNumberMask, form: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guard, self.form = guard, form
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.button = QPushButton(self.tr("Show"), self)
        self.button.setObjectName("revealResidentNumber")
        self.button.clicked.connect(self.toggle)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.refresh()

    def editor(self) -> Any:
        return self.form.form.editors["resident_number"]

    def refresh(self) -> None:
        has_number = bool(self.guard.ctx.snap.client.resident_number)
        masked = has_number and not self.guard.revealed
        self.editor().setReadOnly(masked)
        self.label.setText(self.tr("The resident registration number is masked. Showing it is recorded in the "
                                   "audit trail.") if masked else "")
        self.button.setText(self.tr("Hide") if self.guard.revealed else self.tr("Show"))
        self.setVisible(has_number)

    def toggle(self) -> None:
        if self.guard.revealed:
            self.guard.revealed = False
        else:
            self.guard.reveal()
        was_dirty = self.form.form.is_dirty()
        self.editor().setText(self.guard.row_of(self.guard.ctx.snap).resident_number)
        if not was_dirty:
            self.form.form.mark_clean()  # showing or hiding is not an edit
        self.refresh()
