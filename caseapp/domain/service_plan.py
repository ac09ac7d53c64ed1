"""How a service row of the plan reads: its frequency ("주 2회" style count + unit, then the free-text detail)
and its period, the same in the plan tab, the PDF and ``show``."""

from __future__ import annotations

from datetime import date
from typing import Any

from caseapp.domain.vocab import FrequencyUnit


def frequency_label(count: int | None, unit: str | None, detail: str = "", lang: str = "ko") -> str:
    """E.g. "2회/월 · 첫째·셋째 주" or "2 times a month · first and third week"."""
    parts = []
    if count:
        try:
            member = FrequencyUnit(unit) if unit else None
        except ValueError:
            member = None
        if member is None:
            parts.append(f"{count}회" if lang == "ko" else f"{count} times")
        else:
            parts.append(f"{count}{member.label.ko}" if lang == "ko" else f"{count} {member.label.en}")
    if detail and detail.strip():
        parts.append(detail.strip())
    return " · ".join(parts)


def period_label(starts_on: date | None, ends_on: date | None) -> str:
    if starts_on is None and ends_on is None:
        return ""
    return f"{starts_on.isoformat() if starts_on else '…'} ~ {ends_on.isoformat() if ends_on else '…'}"


def task_frequency(task: Any, lang: str = "ko") -> str:
    return frequency_label(task.frequency_count, task.frequency_unit, task.frequency or "", lang)
