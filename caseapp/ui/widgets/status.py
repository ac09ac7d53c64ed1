"""One way to show a message in a label or the status bar: errors in the error colour, progress and success not.

A label that shows "Checking…" and then "Wrong passphrase" used to be red for both; a red "Saved" reads as a failure.
"""

from __future__ import annotations

import enum

from PySide6.QtWidgets import QLabel, QStatusBar

ERROR_COLOUR = "#b00020"
SUCCESS_COLOUR = "#1e8449"
STATUS_MS = 6000


class Tone(enum.Enum):
    INFO = "info"  # progress and neutral notes: the normal text colour
    SUCCESS = "success"
    ERROR = "error"


def style_for(tone: Tone) -> str:
    if tone is Tone.ERROR:
        return f"color: {ERROR_COLOUR};"
    if tone is Tone.SUCCESS:
        return f"color: {SUCCESS_COLOUR};"
    return ""


def show_message(label: QLabel, text: str, tone: Tone = Tone.INFO) -> None:
    """Put ``text`` into a dialog's message line in the colour its tone calls for."""
    label.setStyleSheet(style_for(tone))
    label.setProperty("tone", tone.value)
    label.setText(text)


def show_status(bar: QStatusBar, text: str, tone: Tone = Tone.INFO, timeout_ms: int = STATUS_MS) -> None:
    """A status bar message; an error also stays twice as long."""
    bar.setStyleSheet(f"QStatusBar {{ {style_for(tone)} }}" if tone is not Tone.INFO else "")
    bar.setProperty("tone", tone.value)
    bar.showMessage(text, timeout_ms * (2 if tone is Tone.ERROR else 1))
