"""Settings → Deadlines: the agency's official clock (욕구·위기도 조사, 선정, plan and monitoring days), one spin box
per rule of :data:`caseapp.domain.deadlines.RULES`; saved into the case file with the other agency details."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from caseapp.domain.deadlines import DEFAULT_RULES, RULES, DeadlineRules
from caseapp.services import deadline_rules
from caseapp.services.vault import Vault
from caseapp.ui.i18n import tr_label


class DeadlineRulesPage(QWidget):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deadlineRulesPage")
        self.vault = vault
        self.loaded: DeadlineRules = deadline_rules.deadline_rules(vault)
        note = QLabel(self.tr("The deadlines the Today list and the case list count from. The defaults follow the "
                              "common guidance; change them where your local guidance differs. An interval set on "
                              "a case itself takes precedence for that case."), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #566573")
        form = QFormLayout()
        self.spins: dict[str, QSpinBox] = {}
        for spec in RULES:
            spin = QSpinBox(self)
            spin.setObjectName(f"rule_{spec.name}")
            spin.setRange(spec.minimum, spec.maximum)
            spin.setSuffix(self.tr(" days"))
            spin.setValue(getattr(self.loaded, spec.name))
            self.spins[spec.name] = spin
            form.addRow(tr_label(spec.label), spin)
        reset = QPushButton(self.tr("Restore the guidance defaults"), self)
        reset.clicked.connect(self.restore_defaults)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(reset, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def restore_defaults(self) -> None:
        for name, value in DEFAULT_RULES.to_dict().items():
            self.spins[name].setValue(value)

    def chosen(self) -> dict[str, int]:
        return {name: spin.value() for name, spin in self.spins.items()}

    def is_dirty(self) -> bool:
        return self.chosen() != self.loaded.to_dict()

    def save(self) -> None:
        self.loaded = deadline_rules.set_deadline_rules(self.vault, self.chosen())
