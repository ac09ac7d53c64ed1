"""Adding demo cases from the setup screen: generated off the GUI thread behind a progress dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from caseapp.errors import UserError
from caseapp.services.vault import Vault
from caseapp.ui import background
from caseapp.ui.i18n import error_text

DEFAULT_DEMO_CASES = 30


class DemoDataProgress:
    def __init__(self, vault: Vault, cases: int = DEFAULT_DEMO_CASES, parent: QWidget | None = None) -> None:
        self.vault = vault
        self.cases = cases
        self.parent = parent
        self.result: object | None = None
        self.error: BaseException | None = None

    def run(self) -> bool:
        """Block (with a responsive progress dialog) until the demo cases are written; True on success."""
        dialog = QProgressDialog(QCoreApplication.translate("DemoDataProgress", "Adding demo cases…"), "", 0,
                                 self.cases, self.parent)
        dialog.setWindowTitle(QCoreApplication.translate("DemoDataProgress", "Demo data"))
        dialog.setCancelButton(None)  # a half-written demo set is still valid, but stopping buys nothing
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(0)
        dialog.setValue(0)
        loop = QEventLoop()
        from caseapp.services import demo_data
        vault, cases = self.vault, self.cases
        job = background.start(lambda job: demo_data.generate(vault, cases, progress=job.report),
                               on_success=self._done, on_error=self._failed,
                               on_progress=lambda done, total: dialog.setValue(done))
        job.done.connect(loop.quit)
        if job.running:
            loop.exec()
        dialog.close()
        if self.error is not None:
            text = error_text(self.error) if isinstance(self.error, UserError) else \
                QCoreApplication.translate("DemoDataProgress", "The demo cases could not be added.")
            title = QCoreApplication.translate("DemoDataProgress", "Demo data")
            QMessageBox.warning(self.parent, title, text)
            return False
        return True

    def _done(self, result: object) -> None:
        self.result = result

    def _failed(self, exc: BaseException) -> None:
        self.error = exc
