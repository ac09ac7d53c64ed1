"""The language for text produced outside Qt (CLI messages, PDFs). The GUI sets it from Settings."""

from __future__ import annotations

import os

SUPPORTED = ("ko", "en")
_current: str | None = None


def set_language(lang: str | None) -> None:
    global _current
    _current = lang if lang in SUPPORTED else None


def explicit_language() -> str | None:
    """The language :func:`set_language` chose, if any (to put it back after an in-process CLI call)."""
    return _current


def current_language() -> str:
    """Explicit choice (``--lang`` / Settings) first, then ``CASEAPP_LANG``, else Korean."""
    if _current:
        return _current
    env = os.environ.get("CASEAPP_LANG", "")
    return env if env in SUPPORTED else "ko"
