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
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.tr("New passphrase"), self.passphrase)
        self.form.addRow("", self.meter)
        self.form.addRow("", self.hint)
        self.form.addRow(self.tr("Repeat it"), self.confirm)
        self.passphrase.textChanged.connect(self._update)
        self.confirm.textChanged.connect(self._update)
        self._update()

    def add_row(self, label: str, field: QWidget, *, first: bool = False) -> None:
        """One of the host's own fields, in these rows' form: its label lines up with the passphrase's (a form of
        its own beside this one would start its fields at another column)."""
        if first:
            self.form.insertRow(0, label, field)
        else:
            self.form.addRow(label, field)

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
