"""Moving a case between stages: gentle warnings the practitioner may override with a reason; moving back (e.g.
re-assessment or reopening after follow-up) always asks for a reason. The rules live in ``domain.rules``."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget,
)

from caseapp.domain.rules import PendingWarnings, StageWarning, TransitionError
from caseapp.domain.vocab import Stage
from caseapp.errors import UserError
from caseapp.services import cases
from caseapp.services.vault import Vault
from caseapp.ui.i18n import error_text, tr_label


class StageMoveDialog(QDialog):
    """Offers the next stage and every earlier one (stages are never skipped)."""

    def __init__(self, vault: Vault, case_id: str, current: Stage, target: Stage | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.case_id = case_id
        self.current = current
        self.setWindowTitle(self.tr("Move to another stage"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Current stage: %1").replace("%1", tr_label(current.label)), self)
        layout.addWidget(intro)
        form = QFormLayout()
        self.target_combo = QComboBox(self)
        nxt = current.next()
        if nxt is not None:
            self.target_combo.addItem(self.tr("Advance to: %1").replace("%1", tr_label(nxt.label)), nxt.value)
        for stage in reversed(list(Stage)[: current.order]):
            self.target_combo.addItem(self.tr("Back to: %1").replace("%1", tr_label(stage.label)), stage.value)
        if target is not None:
            self.target_combo.setCurrentIndex(max(self.target_combo.findData(target.value), 0))
        form.addRow(self.tr("Move"), self.target_combo)
        layout.addLayout(form)
        self.warning_title = QLabel(self.tr("Before moving on, please check:"), self)
        self.warning_title.setStyleSheet("font-weight: bold; color: #9a7d0a;")
        layout.addWidget(self.warning_title)
        self.warning_box = QVBoxLayout()
        layout.addLayout(self.warning_box)
        self.warning_checks: dict[str, QCheckBox] = {}
        self.reason_label = QLabel(self)
        layout.addWidget(self.reason_label)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(90)
        layout.addWidget(self.reason)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b03a2e; font-weight: bold;")
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Move"))
        self.buttons.accepted.connect(self.move)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.target_combo.currentIndexChanged.connect(self._target_changed)
        self._target_changed()

    def target(self) -> Stage:
        return Stage(self.target_combo.currentData())

    def _target_changed(self) -> None:
        for box in self.warning_checks.values():
            self.warning_box.removeWidget(box)
            box.deleteLater()
        self.warning_checks.clear()
        target = self.target()
        forward = target.order > self.current.order
        warnings: list[StageWarning] = cases.advance_warnings(self.vault, self.case_id, target) if forward else []
        for w in warnings:
            box = QCheckBox(tr_label(w.label) + "  (" + self.tr("move on anyway") + ")", self)
            self.warning_box.addWidget(box)
            self.warning_checks[w.code] = box
        self.warning_title.setVisible(bool(warnings))
        if not forward:
            self.reason_label.setText(self.tr("Why does the case go back? (required)"))
        elif warnings:
            self.reason_label.setText(self.tr("Reason for moving on despite the warnings (required)"))
        else:
            self.reason_label.setText(self.tr("Note (optional)"))
        self.error.hide()

    def move(self) -> None:
        overridden = {code for code, box in self.warning_checks.items() if box.isChecked()}
        try:
            cases.move_stage(self.vault, self.case_id, self.target(), self.reason.toPlainText(), overridden)
        except PendingWarnings as exc:
            self._show(self.tr("Tick each warning you want to override, and give a reason.") + "\n" +
                       tr_label(exc.label))
            return
        except TransitionError as exc:
            self._show(tr_label(exc.label))
            return
        except UserError as exc:
            self._show(error_text(exc))
            return
        self.accept()

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
