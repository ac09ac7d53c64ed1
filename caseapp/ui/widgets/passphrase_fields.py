"""A new passphrase typed twice, with a strength hint (setup, recovery, change passphrase)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from caseapp.storage.keystore import MIN_PASSPHRASE_LEN, passphrase_strength


class NewPassphraseFields(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("new_passphrase")
        self.confirm = QLineEdit(self)
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setObjectName("confirm_passphrase")
        self.meter = QProgressBar(self)
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.tr("New passphrase"), self.passphrase)
        layout.addRow("", self.meter)
        layout.addRow("", self.hint)
        layout.addRow(self.tr("Repeat it"), self.confirm)
        self.passphrase.textChanged.connect(self._update)
        self.confirm.textChanged.connect(self._update)
        self._update()

    def strength_text(self, score: int) -> str:
        texts = [self.tr("Too short: at least %1 characters.").replace("%1", str(MIN_PASSPHRASE_LEN)),
                 self.tr("Weak: make it longer or mix letters, digits and symbols."),
                 self.tr("Fair: a few more words would make it much stronger."),
                 self.tr("Good."),
                 self.tr("Strong.")]
        return texts[max(0, min(4, score))]

    def _update(self) -> None:
        text = self.passphrase.text()
        score = passphrase_strength(text)
        self.meter.setValue(score)
        hint = self.strength_text(score) if text else self.tr(
            "Use a sentence only you know, at least %1 characters. Korean is fine.").replace(
            "%1", str(MIN_PASSPHRASE_LEN))
        if self.confirm.text() and self.confirm.text() != text:
            hint += " " + self.tr("The two passphrases differ.")
        self.hint.setText(hint)
        self.changed.emit()

    def problem(self) -> str:
        """Why the passphrase cannot be used yet ("" if it can)."""
        text = self.passphrase.text()
        if len(text) < MIN_PASSPHRASE_LEN:
            return self.tr("The passphrase must be at least %1 characters long.").replace("%1", str(MIN_PASSPHRASE_LEN))
        if text != self.confirm.text():
            return self.tr("The two passphrases differ.")
        return ""

    def value(self) -> str:
        return self.passphrase.text()

    def clear(self) -> None:
        """Forget what was typed (after a change, so the secret does not linger in the widget)."""
        self.passphrase.clear()
        self.confirm.clear()
