"""The statistics report as an Excel workbook (openpyxl): a cover sheet, then one sheet per table.

Numbers are numbers and dates are dates (cells, not strings), shares carry a percent format, so the sheets can be
summed and charted as they are. The last column of each row holds its figures' ``stats --json`` keys.
"""

from __future__ import annotations

import io
import re

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from caseapp.domain import statistics as defs
from caseapp.domain.stats_tables import ReportDoc, Table, unit_of

HEAD_FILL = PatternFill("solid", fgColor="E6EDF4")
BOLD = Font(bold=True)
FORMATS = {"share": "0.0%", "days": "0.00", "score": "0.00", "level": "0.00", "min": "#,##0", "": "#,##0"}


def _sheet_name(title: str, used: set[str]) -> str:
    name = re.sub(r"[\[\]:*?/\\]", "·", title)[:31]
    base, n = name, 2
    while name in used:
        suffix = f" ({n})"
        name, n = base[:31 - len(suffix)] + suffix, n + 1
    used.add(name)
    return name


def _write_table(ws: object, table: Table, doc: ReportDoc) -> None:
    ws.append(table.header + [doc.t("키", "key")])  # type: ignore[attr-defined]
    for cell in ws[1]:  # type: ignore[index]
        cell.font, cell.fill = BOLD, HEAD_FILL
    for row, keys in zip(table.rows, table.keys):
        ws.append(list(row) + [", ".join(k for k in keys if k)])  # type: ignore[attr-defined]
        r = ws.max_row  # type: ignore[attr-defined]
        first_value = len(row) - len(keys) + 1
        for n, key in enumerate(keys):
            cell = ws.cell(row=r, column=first_value + n)  # type: ignore[attr-defined]
            if isinstance(cell.value, (int, float)):
                cell.number_format = FORMATS.get(unit_of(key), "General")
        first = ws.cell(row=r, column=1)  # type: ignore[attr-defined]
        if table.key == "monthly":
            first.number_format = "yyyy-mm"
    widths = [max(len(str(c)) for c in col) for col in zip(table.header, *table.rows)] if table.rows else []
    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = min(max(width * 1.7, 10), 60)  # type: ignore[attr-defined]


def render_xlsx(doc: ReportDoc) -> bytes:
    wb = Workbook()
    cover = wb.active
    used: set[str] = set()
    cover.title = _sheet_name(doc.t("보고서", "Report"), used)
    r = doc.result
    rows: list[tuple[str, object]] = [
        (doc.t("보고서", "Report"), doc.title), (doc.t("기관", "Agency"), doc.agency),
        (doc.t("시작일", "From"), r.period.start), (doc.t("종료일", "To"), r.period.end),
        (doc.t("사례관리자", "Case manager"), r.practitioner or doc.t("전체", "all")),
        (doc.t("작성일", "Prepared on"), doc.generated_on),
        (doc.t("정의 버전", "Definitions version"), defs.DEFINITIONS_VERSION),
    ] + [(role, name) for role, name in doc.approvers]
    for label, value in rows:
        cover.append([label, value])
        cover.cell(row=cover.max_row, column=1).font = BOLD
        if hasattr(value, "isoformat"):
            cover.cell(row=cover.max_row, column=2).number_format = "yyyy-mm-dd"
    cover.append([])
    cover.append([doc.t("정의", "Definitions")])
    cover.cell(row=cover.max_row, column=1).font = BOLD
    for line in doc.definitions():
        cover.append(["", line])
        cover.cell(row=cover.max_row, column=2).alignment = Alignment(wrap_text=True, vertical="top")
    cover.column_dimensions["A"].width = 18
    cover.column_dimensions["B"].width = 110
    for table in doc.tables():
        _write_table(wb.create_sheet(_sheet_name(table.title, used)), table, doc)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
