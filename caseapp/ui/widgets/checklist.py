"""A stage's practice checklist (from the practice notes); ticking an item records the date it was done."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from caseapp.domain.checklists import checklist_for
from caseapp.domain.vocab import Stage
from caseapp.errors import UserError
from caseapp.services import cases
from caseapp.services.cases import CaseSnapshot
from caseapp.services.vault import Vault
from caseapp.ui.i18n import error_text
from caseapp.ui.widgets.form_builder import label_text, mnemonic_safe


class ChecklistWidget(QGroupBox):
    def __init__(self, vault: Vault, case_id: str, stage: Stage, on_change: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Practice checklist"), parent)
        self.vault = vault
        self.case_id = case_id
        self.stage = stage
        self.on_change = on_change
        self.setObjectName(f"checklist_{stage.value}")
        self.setMinimumWidth(220)
        self.setMaximumWidth(290)
        layout = QVBoxLayout(self)
        self.boxes: dict[str, QCheckBox] = {}
        self.dates: dict[str, QLabel] = {}
        for item in checklist_for(stage):
            box = QCheckBox(mnemonic_safe(label_text(item.label)), self)
            box.setToolTip(label_text(item.hint))
            hint = QLabel(label_text(item.hint), self)
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #566573; margin-left: 22px;")
            done = QLabel(self)
            done.setStyleSheet("color: #1e8449; margin-left: 22px;")
            box.toggled.connect(lambda checked, key=item.key: self._toggled(key, checked))
            layout.addWidget(box)
            layout.addWidget(hint)
            layout.addWidget(done)
            self.boxes[item.key] = box
            self.dates[item.key] = done
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b03a2e;")
        self.error.hide()
        layout.addWidget(self.error)
        layout.addStretch(1)

    def refresh(self, snap: CaseSnapshot) -> None:
        done = {c.item_key: c.checked_on for c in snap.checks if c.stage == self.stage.value}
        for key, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(key in done)
            box.blockSignals(False)
            when = done.get(key)
            self.dates[key].setText(self.tr("Done %1").replace("%1", when.isoformat()) if when else "")
            self.dates[key].setVisible(when is not None)

    def _toggled(self, key: str, checked: bool) -> None:
        try:
            cases.set_check(self.vault, self.case_id, self.stage, key, checked)
        except UserError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.error.hide()
        self.on_change()
