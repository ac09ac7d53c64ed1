"""Paper copies: the QR code decodes after printing, scanning and copying; lookup-hash names the printed export."""

from __future__ import annotations

from pathlib import Path

from caseapp.export.options import ExportOptions
from caseapp.export.qr import parse_payload, payload, qr_matrix
from caseapp.services import exports
from scanning import requires_zbar, scan_back

PASSPHRASE = "테스트 암호 correct-horse"  # same as the root conftest (not importable: several files are "conftest")


def test_qr_text_is_alphanumeric_version_4_with_modules_of_at_least_0_8_mm() -> None:
    text = payload("2026-0001", "e2e09418-02d7-4541-9532-95ca9cb1ab3b", "5" * 64)
    assert text == text.upper() and len(text) <= 90  # version 4-M holds 90 alphanumeric characters
    assert len(qr_matrix(text)) == 33 + 8  # version 4 plus the four-module quiet zone each side
    from caseapp.export.qr import MODULE
    assert MODULE / 72 * 25.4 >= 0.8


@requires_zbar
def test_record_qr_survives_print_scan_and_copy(exported, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from pyhanko.pdf_utils.reader import PdfFileReader
    pages = int(PdfFileReader(exported.signed.open("rb"), strict=False).root["/Pages"]["/Count"])
    expected = payload(exported.case.case_number, exported.result.export_id, exported.result.content_sha256)
    for page in (1, pages):  # the cover and the closing page both carry it
        assert scan_back(exported.signed, page, tmp_path) == [expected], f"page {page}"


@requires_zbar
def test_letter_qr_survives_print_scan_and_copy(exported, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from caseapp.services import cases
    snap = cases.snapshot(exported.vault, exported.case.id)
    letter = exports.export_referral_letter(exported.vault, snap.referrals[0].id, tmp_path / "letter.pdf", "ko")
    scanned = scan_back(letter.path, 1, tmp_path)
    assert scanned == [payload(exported.case.case_number, letter.export_id, letter.content_sha256)]


def test_lookup_names_the_export_in_the_qr_not_the_newest_with_that_hash(vault, case,  # type: ignore[no-untyped-def]
                                                                         tmp_path: Path) -> None:
    first = exports.export_case(vault, case.id, tmp_path / "a.pdf", ExportOptions(signed=False))
    second = exports.export_case(vault, case.id, tmp_path / "b.pdf", ExportOptions(signed=False))
    assert first.content_sha256 == second.content_sha256
    on_paper = payload(case.case_number, first.export_id, first.content_sha256)
    found = exports.lookup_hash(vault, on_paper)
    assert found.export_id == first.export_id and found.hash_matches
    assert exports.lookup_hash(vault, first.content_sha256).export_id == second.export_id  # hash alone: newest


def test_lookup_flags_a_qr_whose_hash_is_not_its_exports(exported, cli_data_dir, monkeypatch,  # type: ignore[no-untyped-def]
                                                         capsys) -> None:
    from caseapp import cli
    forged = payload(exported.case.case_number, exported.result.export_id, "0" * 64)
    assert parse_payload(forged)["export"] == exported.result.export_id
    found = exports.lookup_hash(exported.vault, forged)
    assert found.found and not found.hash_matches
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)
    code = cli.main([*cli_data_dir, "--lang", "en", "lookup-hash", forged])
    out = capsys.readouterr().out
    assert code == 1 and exported.result.export_id in out and "may be altered" in out
    code = cli.main([*cli_data_dir, "--lang", "en", "lookup-hash", "--json",
                     payload(exported.case.case_number, exported.result.export_id, exported.result.content_sha256)])
    assert code == 0 and '"hash_matches": true' in capsys.readouterr().out


@requires_zbar
def test_report_qr_survives_paper_and_lookup_names_that_report(exported, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The statistics report is logged like a record: its QR (last page) leads lookup-hash to that very report."""
    import subprocess
    from datetime import date

    from pyhanko.pdf_utils.reader import PdfFileReader

    from caseapp.domain.statistics import Period
    from caseapp.services import reports
    today = date.today()
    period = Period.month(today.year, today.month)
    first = reports.write_report(exported.vault, period, tmp_path / "report.pdf", lang="ko")
    again = reports.write_report(exported.vault, period, tmp_path / "again.pdf", lang="ko")  # same figures
    pages = int(PdfFileReader(first.path.open("rb"), strict=False).root["/Pages"]["/Count"])
    scanned = scan_back(first.path, pages, tmp_path)
    assert len(scanned) == 1 and parse_payload(scanned[0])
    found = exports.lookup_hash(exported.vault, scanned[0])
    assert found.found and found.hash_matches and found.kind == "report"
    assert found.export_id == parse_payload(scanned[0])["export"] != parse_payload(
        scan_back(again.path, pages, tmp_path)[0])["export"]
    footer = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(first.path), "-"], capture_output=True,
                            text=True, check=True).stdout
    assert f"내용 해시 {parse_payload(scanned[0])['sha256'][:16]}" in footer
