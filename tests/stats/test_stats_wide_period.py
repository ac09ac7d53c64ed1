"""A 100-year period (``report --from 2000-01-01 --to 2099-12-31``): every month is in the figures and in each
report format, and the work grows with the rows, not with their square (not timed: the HWPX writer's cell-map
builds are counted; one per cell made a 1,200-month report run for more than ten minutes)."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date
from typing import Any

import pytest

WIDE = ("2000-01-01", "2099-12-31")
MONTHS = 100 * 12


def _doc(known_file: Any, start: str, end: str) -> Any:
    from caseapp.domain.statistics import Period
    from caseapp.services import reports
    return reports.report_doc(known_file.vault, Period(date.fromisoformat(start), date.fromisoformat(end)), lang="ko")


@pytest.fixture(scope="module")
def wide_doc(known_file: Any) -> Any:
    return _doc(known_file, *WIDE)


def test_a_century_has_every_month_and_the_same_totals_as_its_months(wide_doc: Any) -> None:
    series = wide_doc.result.monthly
    assert all(len(series[key]) == MONTHS for key in series) and series
    assert list(series["services.total"])[:2] == ["2000-01", "2000-02"] and list(series["services.total"])[-1] == \
        "2099-12"
    assert sum(series["services.total"].values()) == wide_doc.result.figures["services.total"] > 0


@pytest.mark.parametrize("start, end, months", [
    ("2017-01-01", "2026-12-31", 120),  # a decade: the same count, a tenth of the library's own saving work
    pytest.param(*WIDE, MONTHS, marks=pytest.mark.slow),
])
def test_the_hwpx_builds_each_tables_cell_map_once(known_file: Any, monkeypatch: pytest.MonkeyPatch,
                                                   start: str, end: str, months: int) -> None:
    from hwpx.oxml.table import HwpxOxmlTable

    from caseapp.services import reports
    builds = 0
    build = HwpxOxmlTable._build_cell_grid

    def counted(self: Any) -> Any:
        nonlocal builds
        builds += 1
        return build(self)

    doc = _doc(known_file, start, end)
    assert len(doc.result.monthly["services.total"]) == months
    monkeypatch.setattr(HwpxOxmlTable, "_build_cell_grid", counted)
    data = reports.render(doc, "hwpx")
    tables = len(doc.tables())  # one build each, and one per cell of the small 결재란; was one per cell
    assert builds <= tables + 2 * len(doc.approvers) + 1, f"{builds} cell-map builds for {tables} tables"
    section = zipfile.ZipFile(io.BytesIO(data)).read("Contents/section0.xml").decode()
    assert section.count(f"<hp:t>{start[:7]}</hp:t>") == 1 and section.count(f"<hp:t>{end[:7]}</hp:t>") == 1


def test_the_csv_and_xlsx_of_a_century_list_every_month(wide_doc: Any) -> None:
    from openpyxl import load_workbook

    from caseapp.services import reports
    rows = list(csv.reader(io.StringIO(reports.render(wide_doc, "csv").decode("utf-8-sig"))))
    assert sum(1 for r in rows if r[2].startswith("monthly.services.total.")) == MONTHS
    book = load_workbook(io.BytesIO(reports.render(wide_doc, "xlsx")), read_only=True)
    monthly = book[next(name for name in book.sheetnames if "월별" in name)]
    assert sum(1 for row in monthly.iter_rows(min_row=2, values_only=True) if row[0] is not None) == MONTHS
