"""The conventional 결재란 (sign-off box): one narrow column per title (담당 / 팀장 / 관장 by default), a stamp or
signature cell under each, the word 결재 down the left. Placed at the top right of a record's first page and of
letters; the titles come from the agency's settings (``caseapp sign-off --roles``)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table

from caseapp.export.styles import LABEL_BG, RULE, Styles, grid

DEFAULT_ROLES = {"ko": ("담당", "팀장", "관장"), "en": ("Staff", "Team lead", "Director")}
CELL_W = 17 * mm
HEAD_H = 6 * mm
SIGN_H = 15 * mm


def default_roles(language: str) -> tuple[str, ...]:
    return DEFAULT_ROLES.get(language, DEFAULT_ROLES["ko"])


LABEL_W = {"ko": 8 * mm, "en": 13 * mm}  # "결/재" stacks in two syllables; "Sign-/off" needs more room


def _label_w(language: str) -> float:
    return LABEL_W.get(language, LABEL_W["ko"])


def box_width(roles: Sequence[str], language: str = "ko") -> float:
    return _label_w(language) + CELL_W * max(len(roles), 1)


def approval_box(roles: Sequence[str], st: Styles, language: str) -> Table:
    roles = tuple(roles) or default_roles(language)
    label = "결<br/>재" if language == "ko" else "Sign-<br/>off"
    head = [Paragraph(label, st.head)] + [Paragraph(role, st.head_center) for role in roles]
    table = Table([head, [""] * (len(roles) + 1)], colWidths=[_label_w(language)] + [CELL_W] * len(roles),
                  rowHeights=[HEAD_H, SIGN_H], hAlign="RIGHT")
    style = grid(header_rows=1)
    style.add("SPAN", (0, 0), (0, 1))
    style.add("VALIGN", (0, 0), (-1, -1), "MIDDLE")
    style.add("BACKGROUND", (0, 0), (0, 1), LABEL_BG)
    style.add("BOX", (0, 0), (-1, -1), 0.8, RULE)
    style.add("TOPPADDING", (0, 0), (-1, 0), 1)
    style.add("BOTTOMPADDING", (0, 0), (-1, 0), 1)
    table.setStyle(style)
    return table
