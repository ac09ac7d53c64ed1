"""Table cells of one short line drawn as strings, the way ReportLab draws a plain string cell.

A paragraph in a table cell costs a flowable's wrap, a saved and restored canvas state and a text object when it is
drawn; ReportLab draws a string cell with one ``drawString``. Most cells of a record (dates, codes, names, minutes)
are one short line of plain text. :func:`plain_cells` turns each such :class:`CellParagraph` into its string and
gives the cell the paragraph's font, size, leading and colour, so the line lands where the paragraph put it (its
baseline one font size below the cell's top padding) and the text stays extractable. Text that would wrap, carries
markup or a line break, or is aligned other than left stays a paragraph.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from reportlab.lib.enums import TA_LEFT
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Table

from caseapp.export.cell_paragraph import CellParagraph


def _as_string(cell: Any, room: float) -> str | None:
    if type(cell) is not CellParagraph or cell.plain is None:
        return None
    style = cell.style
    if style.alignment != TA_LEFT or style.leftIndent or style.rightIndent or style.firstLineIndent \
            or style.spaceBefore or style.spaceAfter or style.backColor is not None or style.borderWidth:
        return None
    if stringWidth(cell.plain, style.fontName, style.fontSize) > room:
        return None
    return cell.plain


def lighten_table(table: Table) -> None:
    """Swap the table's plain one-line paragraphs for strings (before it is wrapped: cells are read at wrap)."""
    widths = table._colWidths  # noqa: SLF001 - ReportLab's table holds its normalised cells and styles here
    for values, styles in zip(table._cellvalues, table._cellStyles):  # noqa: SLF001
        for col, (cell, cell_style) in enumerate(zip(values, styles)):
            width = widths[col]
            if not isinstance(width, (int, float)):
                continue  # "*" or percentage widths are known only at wrap
            text = _as_string(cell, width - cell_style.leftPadding - cell_style.rightPadding)
            if text is None:
                continue
            style = cell.style
            values[col] = text
            cell_style.fontname, cell_style.fontsize = style.fontName, style.fontSize
            cell_style.leading, cell_style.color = style.leading, style.textColor


def plain_cells(story: Iterable[Flowable]) -> None:
    """:func:`lighten_table` on every table of ``story``, also inside KeepTogether groups."""
    for flowable in story:
        if isinstance(flowable, Table):
            lighten_table(flowable)
        elif isinstance(flowable, KeepTogether):
            plain_cells(flowable._content)  # noqa: SLF001 - ReportLab keeps the group's flowables here
