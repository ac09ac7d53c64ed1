"""The columns of the 서비스 제공 계획 table, shared by the record PDF and the blank paper plan form."""

from __future__ import annotations

from reportlab.lib.units import mm

from caseapp.domain import forms
from caseapp.export.layout import CONTENT_W

# description takes what the fixed columns leave
_FIXED = (16 * mm, 30 * mm, 16 * mm, 22 * mm, 20 * mm, 15 * mm, 20 * mm)
SERVICE_ROW_WIDTHS: tuple[float, ...] = (CONTENT_W - sum(_FIXED), *_FIXED)


def service_row_heads(lang: str) -> list[str]:
    """Service, for whom, who / which resource, in charge, period, frequency, priority, due / done."""
    def label(name: str) -> str:
        return forms.PLAN_TASK.field(name).label.text(lang)
    return [label("description"), label("target_person"), f"{label('performer')} / {label('resource_id')}",
            label("person_in_charge"), "기간" if lang == "ko" else "Period", label("frequency"), label("priority"),
            f"{label('due_date')} / {label('done_on')}"]
