"""``caseapp stats`` and ``caseapp report``: stable JSON keys, drill-down, bad input, and every report format read
back (XLSX numbers and dates, CSV with BOM, signed PDF that verifies, HWPX reopened)."""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from caseapp import cli
from caseapp.domain import statistics as defs

PASSPHRASE = "테스트 암호 correct-horse"
MARCH = ["--from", "2026-03-01", "--to", "2026-03-31"]


@pytest.fixture
def run(known_file: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Iterator[Any]:
    """Run the CLI in-process against the known case file; returns (exit code, stdout, stderr)."""
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)
    known_file.vault.engine.dispose()  # let the CLI's own connection see everything committed

    def invoke(*args: str) -> tuple[int, str, str]:
        code = cli.main(["--data-dir", str(known_file.data_dir), *args])
        out = capsys.readouterr()
        return code, out.out, out.err
    yield invoke


def test_stats_json_has_the_contract_keys_and_the_definitions_version(run: Any) -> None:
    code, out, _ = run("stats", *MARCH, "--json")
    assert code == 0
    data = json.loads(out)
    assert data["definitions_version"] == defs.DEFINITIONS_VERSION
    assert (data["from"], data["to"]) == ("2026-03-01", "2026-03-31")
    assert (data["cases.opened"], data["cases.closed"], data["services.total"], data["services.minutes"]) == \
        (1, 2, 5, 125)
    assert data["services.by_type.counselling"] == 1 and data["services.by_mode.home_visit"] == 1
    assert data["referrals.total"] == 2 and data["referrals.by_status.declined"] == 1
    assert set(defs.figure_keys()) <= set(data)


def test_stats_period_shorthand_equals_from_to(run: Any) -> None:
    _, by_dates, _ = run("stats", *MARCH, "--json")
    _, by_period, _ = run("stats", "--period", "2026-03", "--json")
    assert json.loads(by_dates) == json.loads(by_period)


def test_stats_text_in_korean_and_english(run: Any) -> None:
    code, out, _ = run("stats", *MARCH)
    assert code == 0 and "사례 현황" in out and "신규 접수: 1" in out
    code, out, _ = run("--lang", "en", "stats", *MARCH)
    assert code == 0 and "Caseload" in out and "Opened: 1" in out


def test_drill_prints_the_records(run: Any, known_file: Any) -> None:
    code, out, _ = run("stats", *MARCH, "--drill", "cases.closed", "--json")
    assert code == 0
    records = json.loads(out)["records"]
    numbers = known_file.known.numbers
    assert sorted(r["case_number"] for r in records) == sorted([numbers["B"], numbers["E"]])
    code, out, _ = run("stats", *MARCH, "--drill", "services.by_type.information")
    assert code == 0 and "2026-03-31" in out and numbers["A"] in out


def test_drill_text_shows_labels_where_json_keeps_the_codes(run: Any) -> None:
    code, out, _ = run("stats", *MARCH, "--drill", "services.by_mode.home_visit")
    records = out.splitlines()[1:-1]
    assert code == 0 and records and all(r.endswith("  가정방문") for r in records) and "home_visit" not in out
    code, out, _ = run("--lang", "en", "stats", *MARCH, "--drill", "services.by_mode.home_visit")
    assert code == 0 and all(r.endswith("  Home visit") for r in out.splitlines()[1:-1])
    code, out, _ = run("stats", *MARCH, "--drill", "referrals.acceptance_rate")  # a flag: yes/no, not 1/0
    values = {r.rsplit("  ", 1)[1] for r in out.splitlines()[1:-1]}
    assert code == 0 and values == {"예", "아니오"}
    code, out, _ = run("stats", *MARCH, "--drill", "services.by_mode.home_visit", "--json")
    assert code == 0 and {r["value"] for r in json.loads(out)["records"]} == {"home_visit"}


def test_transcription_sheet_lists_the_figures_in_screen_order(run: Any) -> None:
    code, out, _ = run("stats", "--period", "2026-03", "--transcription")
    assert code == 0
    assert out.index("1. 사례관리 대상 현황") < out.index("3. 서비스 제공 실적") < out.index("8. 종결 및 사후관리")


@pytest.mark.parametrize("args, message", [
    (["stats", "--from", "2026-03-01"], "기간을 지정"),
    (["stats", "--from", "2026-13-01", "--to", "2026-03-31"], "날짜 형식"),
    (["stats", "--from", "2026-03-31", "--to", "2026-03-01"], "앞섭니다"),
    (["stats", "--period", "March"], "기간 형식"),
    (["stats", "--period", "2026-03", "--from", "2026-03-01"], "함께 쓸 수 없"),
    (["stats", *MARCH, "--drill", "nope"], "알 수 없는 수치 키"),
    (["stats", *MARCH, "--practitioner", "없는사람"], "사례관리자를 찾을 수 없"),
    (["report", *MARCH, "-o", "out.docx"], ".xlsx, .csv, .pdf, .hwpx"),
])
def test_bad_input_is_one_clear_line_and_exit_1(run: Any, args: list[str], message: str) -> None:
    code, out, err = run(*args)
    assert code == 1 and message in err and "Traceback" not in err and out == ""


def test_report_refuses_caseapps_own_files(run: Any, known_file: Any) -> None:
    backups = known_file.data_dir / "backups"
    for target in (known_file.data_dir / "caseapp.db", known_file.data_dir / "caseapp.key",
                   backups / "stats.xlsx", backups):
        before = target.read_bytes() if target.is_file() else None
        code, _, err = run("report", *MARCH, "-o", str(target))
        assert code == 1 and ("자체 파일" in err or "형식" in err or "폴더" in err), err
        if before is not None:
            assert target.read_bytes() == before
    assert not (backups / "stats.xlsx").exists()


@pytest.fixture(scope="module")
def reports(known_file: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One report of March per format, written through the service the CLI uses."""
    from caseapp import paths
    from caseapp.domain.statistics import Period
    from caseapp.services import reports as reports_service
    folder = tmp_path_factory.mktemp("reports")
    paths.set_data_dir(known_file.data_dir)
    try:
        return {fmt: reports_service.write_report(known_file.vault, Period.month(2026, 3), folder / f"march.{fmt}",
                                                  lang="ko").path for fmt in ("xlsx", "csv", "pdf", "hwpx")}
    finally:
        paths.set_data_dir(None)


def test_xlsx_has_one_sheet_per_table_with_real_numbers_and_dates(reports: dict[str, Path]) -> None:
    from openpyxl import load_workbook
    wb = load_workbook(reports["xlsx"])
    assert len(wb.sheetnames) >= 17
    cover = wb[wb.sheetnames[0]]
    values = {row[0].value: row[1].value for row in cover.iter_rows(max_col=2) if row[0].value}
    assert values["시작일"].date() == date(2026, 3, 1) and values["종료일"].date() == date(2026, 3, 31)
    cases_sheet = wb["사례 현황"]
    by_key = {row[2].value: row[1].value for row in cases_sheet.iter_rows(min_row=2)}
    assert by_key["cases.opened"] == 1 and isinstance(by_key["cases.closed"], int)
    types = wb["실천 유형별 서비스"]
    minutes = {row[3].value: row[2].value for row in types.iter_rows(min_row=2)}
    assert minutes["services.by_type.counselling, services.minutes_by_type.counselling"] == 60
    monthly = wb["월별 추이"]
    assert monthly.cell(row=2, column=1).value.date() == date(2026, 3, 1)


def test_csv_is_utf8_with_bom_and_one_row_per_figure(reports: dict[str, Path]) -> None:
    raw = reports["csv"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    by_key = {r[2]: r[3] for r in rows[1:]}
    assert by_key["services.total"] == "5" and by_key["services.minutes"] == "125"
    assert by_key["definitions_version"] == defs.DEFINITIONS_VERSION
    assert by_key["monthly.services.total.2026-03"] == "5"
    assert by_key["plans.mean_days"] == "5.0" and by_key["outcomes.need_intake.safety"] == ""
    assert set(defs.figure_keys()) <= set(by_key)


def test_pdf_is_signed_a4_with_embedded_nanum_and_verifies(reports: dict[str, Path], run: Any) -> None:
    import shutil
    import subprocess
    pdf = reports["pdf"]
    code, out, _ = run("verify", str(pdf))
    assert code == 0, out
    if shutil.which("pdffonts"):
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
        font_lines = fonts.splitlines()[2:]
        assert font_lines and all("Nanum" in line and " yes yes " in line for line in font_lines), fonts
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
        for word in ("사례관리 실적 보고서", "담당", "팀장", "관장", "행복종합사회복지관", "정의 버전", "전사표"):
            assert word in text, word
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        assert "595.276 x 841.89" in info


def test_hwpx_reopens_and_the_figures_read_back(reports: dict[str, Path]) -> None:
    from hwpx import HwpxDocument
    doc = HwpxDocument.open(str(reports["hwpx"]))
    tables = doc.tables.map()["tables"]
    cells = {}
    for table in tables:
        grid: dict[tuple[int, int], str] = {(c["row"], c["col"]): c["text"] for c in table["cells"]}
        for (r, c), text in grid.items():
            if c == 0 and (r, 1) in grid:
                cells.setdefault(text, grid[(r, 1)])
    assert cells["신규 접수"] == "1" and cells["서비스 제공 건수(연인원)"] == "5"
    assert cells["서비스 제공 시간(분)"] == "125" and cells["의뢰 접수율"] == "50.0%"
    text = doc.text.plain if not callable(doc.text.plain) else doc.text.plain()
    assert "사례관리 실적 보고서" in text and "담당" in text


def test_a_report_is_in_the_audit_trail(known_file: Any, reports: dict[str, Path]) -> None:
    from sqlmodel import select

    from caseapp.storage.models import AuditEvent
    with known_file.vault.session() as s:
        events = list(s.exec(select(AuditEvent).where(AuditEvent.entity_type == "report")))
    formats = {e.detail.split(";")[2] for e in events}
    assert {"xlsx", "csv", "pdf", "hwpx"} <= formats


def test_report_command_writes_the_file(run: Any, tmp_path: Path) -> None:
    target = tmp_path / "march.csv"
    code, out, _ = run("--lang", "en", "report", "--period", "2026-03", "-o", str(target))
    assert code == 0 and "Report saved" in out and target.read_bytes().startswith(b"\xef\xbb\xbf")
    assert oct(os.stat(target).st_mode & 0o777) == "0o600"
