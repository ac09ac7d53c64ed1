"""Turn a stored field value into the text a reader sees, driven by the form declarations."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from caseapp.domain.forms import FieldSpec, Kind


def yes_no(value: bool, lang: str) -> str:
    return ("예" if value else "아니오") if lang == "ko" else ("Yes" if value else "No")


def fmt_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def field_text(spec: FieldSpec, value: Any, lang: str,
               resolve: Callable[[str | None, str], str] | None = None) -> str:
    """``resolve(reference_table, id)`` names a referenced row (a resource, a goal)."""
    if value is None or value == "" or value == []:
        return ""
    if spec.kind is Kind.INT and spec.minimum is not None and isinstance(value, int) and value < spec.minimum:
        return ""  # below the minimum stands for "not given" (e.g. a monitoring interval left to the agency rule)
    if spec.kind is Kind.DATE:
        return fmt_date(value)
    if spec.kind is Kind.BOOL:
        return yes_no(bool(value), lang)
    if spec.kind is Kind.CHOICE and spec.choices is not None:
        try:
            return spec.choices.parse(str(value)).text(lang)
        except ValueError:
            return str(value)
    if spec.kind is Kind.MULTI_CHOICE and spec.choices is not None:
        out = []
        for item in value:
            try:
                out.append(spec.choices.parse(str(item)).text(lang))
            except ValueError:
                out.append(str(item))
        return ", ".join(out)
    if spec.kind is Kind.REFERENCE:
        return resolve(spec.reference, str(value)) if resolve else str(value)
    return str(value)
