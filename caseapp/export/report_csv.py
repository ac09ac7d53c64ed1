"""The statistics report as CSV: UTF-8 with BOM (so Excel opens Korean correctly), one row per figure.

Columns: table, item, key, value. ``key`` is the ``stats --json`` key (monthly values: ``monthly.<key>.<YYYY-MM>``),
so a spreadsheet can look figures up by key; values are plain numbers (no thousands separators), empty when
undefined (e.g. a mean over no records).
"""

from __future__ import annotations

import csv
import io
from datetime import date

from caseapp.domain import statistics as defs
from caseapp.domain.stats_tables import ReportDoc

BOM = "\ufeff"


def render_csv(doc: ReportDoc) -> bytes:
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\r\n")
    out.writerow([doc.t("표", "table"), doc.t("항목", "item"), doc.t("키", "key"), doc.t("값", "value")])
    r = doc.result
    meta = doc.t("보고서", "report")
    out.writerow([meta, doc.t("시작일", "from"), "from", r.period.start.isoformat()])
    out.writerow([meta, doc.t("종료일", "to"), "to", r.period.end.isoformat()])
    out.writerow([meta, doc.t("사례관리자", "case manager"), "practitioner", r.practitioner or ""])
    out.writerow([meta, doc.t("정의 버전", "definitions version"), "definitions_version", defs.DEFINITIONS_VERSION])
    for table in doc.tables():
        if table.key in ("monthly", "transcription"):
            continue
        for row, keys in zip(table.rows, table.keys):
            for n, key in enumerate(keys):
                item = str(row[0]) if len(keys) == 1 else f"{row[0]} · {table.header[n + 1]}"
                out.writerow([table.title, item, key, _plain(row[n + 1])])
    monthly = doc.t("월별 추이", "By month")
    for key, label in defs.MONTHLY_SERIES:
        for month, value in r.monthly.get(key, {}).items():
            out.writerow([monthly, f"{label.text(doc.lang)} {month}", f"monthly.{key}.{month}", value])
    return (BOM + buf.getvalue()).encode("utf-8")


def _plain(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
