"""The baseline of the signed-export row: bare ReportLab drawing the same record, with none of caseapp's extras.

"The same content" here means what the record's pages hold: every table with the same cells, column widths, rows
repeated as headers and table styles; every paragraph with its style; the same fonts (NanumGothic, embedded as
subsets), frames and page count. The story is taken from caseapp's own renderer once (outside the timing), only as
a description: the timed part builds it again the way a plain ReportLab program would — a ``Paragraph`` (XML
parser and all) for every cell and paragraph, ``Table(data, style=…)`` — after reading the case from the file as
the export does. Left out (caseapp's own work): the content hashes, the cheaper cells, "page X of Y" (a page number
is drawn instead), the outline, PDF/A, the signature.
"""

from __future__ import annotations

import copy
import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.platypus import (
    BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, Paragraph, Table,
)
from reportlab.platypus import tables as rl_tables


@dataclass
class TableSpec:
    rows: list[list[Any]]
    col_widths: Any
    row_heights: Any
    repeat_rows: Any
    h_align: str
    commands: list[tuple]


@dataclass
class ParaSpec:
    text: str
    style: Any


@dataclass
class GroupSpec:
    parts: list[Any]


def _describe_cell(cell: Any) -> Any:
    if isinstance(cell, Paragraph):
        return ParaSpec(cell.text, cell.style)
    if isinstance(cell, (list, tuple)):
        return [_describe_cell(c) for c in cell]
    if isinstance(cell, Table):
        return _describe_table(cell)
    return cell  # strings, drawings, images: drawn by ReportLab as they are


def _describe_table(table: Table) -> TableSpec:
    return TableSpec([[_describe_cell(c) for c in row] for row in table._cellvalues], table._argW, table._argH,
                     table.repeatRows, table.hAlign, list(getattr(table, "_bench_commands", [])))


def describe(story: list[Flowable]) -> list[Any]:
    out: list[Any] = []
    for f in story:
        if type(f).__name__ == "Bookmark":  # caseapp's outline entries: not content
            continue
        if isinstance(f, Paragraph):
            out.append(ParaSpec(f.text, f.style))
        elif isinstance(f, Table):
            out.append(_describe_table(f))
        elif isinstance(f, KeepTogether):
            out.append(GroupSpec(describe(f._content)))
        else:
            out.append(f)  # Spacer, page breaks, drawings
    return out


def _build(spec: Any) -> Any:
    if isinstance(spec, ParaSpec):
        return Paragraph(spec.text, spec.style)
    if isinstance(spec, TableSpec):
        rows = [[_build(c) for c in row] for row in spec.rows]
        return Table(rows, colWidths=spec.col_widths, rowHeights=spec.row_heights, repeatRows=spec.repeat_rows,
                     hAlign=spec.h_align, style=spec.commands)
    if isinstance(spec, GroupSpec):
        return KeepTogether([_build(p) for p in spec.parts])
    if isinstance(spec, list):
        return [_build(c) for c in spec]
    return copy.copy(spec)  # a flowable keeps layout state (frame, splits): a fresh one per build


def record_story(render_story: Callable[[], list[Flowable]]) -> list[Any]:
    """caseapp's story as a description, its tables' style commands recorded and its cells left as paragraphs."""
    from caseapp.export import record_pdf
    original_set_style = rl_tables.Table.setStyle

    def recording(self: Table, tblstyle: Any) -> None:
        commands = tblstyle.getCommands() if hasattr(tblstyle, "getCommands") else list(tblstyle)
        self._bench_commands = getattr(self, "_bench_commands", []) + list(commands)
        original_set_style(self, tblstyle)
    rl_tables.Table.setStyle = recording  # type: ignore[method-assign]
    kept = record_pdf.plain_cells
    record_pdf.plain_cells = lambda story: None  # type: ignore[assignment]
    try:
        return describe(render_story())
    finally:
        rl_tables.Table.setStyle = original_set_style  # type: ignore[method-assign]
        record_pdf.plain_cells = kept  # type: ignore[assignment]


def _page_number(canv: Any, doc: Any) -> None:
    canv.saveState()
    canv.setFont("NanumGothic", 7.5)
    canv.drawRightString(A4[0] - 50, 31, str(doc.page))
    canv.restoreState()


def build_pdf(description: list[Any]) -> bytes:
    """The described story built with plain ReportLab (same page size, frames and templates as the record)."""
    from caseapp.export import layout
    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=A4, leftMargin=layout.MARGIN_X, rightMargin=layout.MARGIN_X,
                          topMargin=layout.MARGIN_TOP, bottomMargin=layout.MARGIN_BOTTOM)
    body = Frame(layout.MARGIN_X, layout.MARGIN_BOTTOM, layout.CONTENT_W,
                 layout.PAGE_H - layout.MARGIN_TOP - layout.MARGIN_BOTTOM, id="body",
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    closing = Frame(layout.MARGIN_X, layout.CLOSING_FRAME_BOTTOM, layout.CONTENT_W,
                    layout.PAGE_H - layout.MARGIN_TOP - layout.CLOSING_FRAME_BOTTOM, id="closing",
                    leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="body", frames=[body], onPage=_page_number),
                          PageTemplate(id="closing", frames=[closing], onPage=_page_number)])
    doc.build([_build(spec) for spec in description])
    return buf.getvalue()


def prepare(vault: Any, case_id: str) -> list[Any]:
    """Render caseapp's story of the case once and describe it (untimed)."""
    from caseapp.export.options import ExportOptions
    from caseapp.export.record_pdf import RecordMeta, _Renderer
    from caseapp.services import cases, exports
    from caseapp.storage.models import utcnow
    snap = cases.snapshot(vault, case_id)
    agency, practitioner = exports._installation(vault)
    meta = RecordMeta(agency=agency, practitioner=practitioner, export_id="0" * 32, content_sha256="0" * 64,
                      exported_at=utcnow(), language="ko", signed=False, visible_signature=False)
    return record_story(_Renderer(snap, meta, ExportOptions()).story)


def bare_export(vault: Any, case_id: str, description: list[Any]) -> bytes:
    """What is timed: read the case as the export does, then build the same pages with bare ReportLab."""
    from caseapp.services import cases
    cases.snapshot(vault, case_id)
    return build_pdf(description)
