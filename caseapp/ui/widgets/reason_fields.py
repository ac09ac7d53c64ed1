"""Why data leaves the program (접속기록): a short list plus words, asked in the export dialog before writing."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from caseapp.domain.access import ExportReason
from caseapp.services.access_log import Purpose
from caseapp.ui.i18n import tr_label


class ReasonFields(QWidget):
    """A reason (default: service provision) and, for "other" or to say more, the words beside it."""

    def __init__(self, parent: QWidget | None = None, default: ExportReason = ExportReason.SERVICE) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setObjectName("reason_combo")
        for reason in ExportReason:
            self.combo.addItem(tr_label(reason.label), reason.value)
        self.combo.setCurrentIndex(list(ExportReason).index(default))
        self.text = QLineEdit(self)
        self.text.setObjectName("reason_text")
        self.text.setMaxLength(300)
        self.text.setPlaceholderText(self.tr("Details (required for Other)"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo)
        row.addWidget(self.text, 1)

    def purpose(self, *, printing: bool = False) -> Purpose:
        """The chosen reason (raises ValidationError for "other" without words)."""
        return Purpose(ExportReason(self.combo.currentData()), self.text.text().strip(), printing)
