"""Bilingual labels for domain vocabulary, usable without Qt (PDF, CLI) and fed to Qt's translation files."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from caseapp.i18n_text import current_language


@dataclass(frozen=True)
class Label:
    ko: str
    en: str

    def text(self, lang: str | None = None) -> str:
        return self.ko if (lang or current_language()) == "ko" else self.en

    def __str__(self) -> str:
        return self.text()


class LabelledEnum(str, enum.Enum):
    """A ``str`` enum whose members carry a :class:`Label`; the value is the stable code stored in the database."""

    def __new__(cls, value: str, ko: str, en: str) -> "LabelledEnum":
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.label = Label(ko, en)  # type: ignore[attr-defined]
        return obj

    label: Label

    def text(self, lang: str | None = None) -> str:
        return self.label.text(lang)

    @classmethod
    def parse(cls, raw: str) -> "LabelledEnum":
        """Accept the code, the member name or either label (case-insensitive), as a user might type it."""
        needle = raw.strip().casefold()
        for member in cls:
            if needle in (member.value.casefold(), member.name.casefold(), member.label.ko.casefold(),
                          member.label.en.casefold()):
                return member
        raise ValueError(raw)

    @classmethod
    def choices(cls) -> list[tuple[str, Label]]:
        return [(m.value, m.label) for m in cls]
