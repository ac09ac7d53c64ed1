"""The record PDF: fonts embedded, every section present in extractable Korean text, options, redaction, paging."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pyhanko.pdf_utils.generic import IndirectObject
from pyhanko.pdf_utils.reader import PdfFileReader

from caseapp.export.options import ExportOptions
from caseapp.services import exports
from export_builders import (
    ADDRESS, PHONE, RESIDENT_NUMBER, SECTION_MARKERS, build_demo_case, pdftotext, requires_poppler, squash,
)


def _deref(obj):  # type: ignore[no-untyped-def]
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def font_dicts(path: Path) -> list[dict]:
    """Every font dictionary reachable from the pages, including form XObjects (charts, signature stamp)."""
    reader = PdfFileReader(path.open("rb"), strict=False)
    found: dict[int, dict] = {}
    seen: set[int] = set()

    def walk_resources(resources) -> None:  # type: ignore[no-untyped-def]
        resources = _deref(resources)
        if not resources:
            return
        for _name, ref in _deref(resources.get("/Font", {})).items():
            found[id(_deref(ref))] = _deref(ref)
        for _name, ref in _deref(resources.get("/XObject", {})).items():
            xobj = _deref(ref)
            if id(xobj) in seen:
                continue
            seen.add(id(xobj))
            if "/Resources" in xobj:
                walk_resources(xobj["/Resources"])

    for page in reader.root["/Pages"]["/Kids"]:
        page = _deref(page)
        walk_resources(page.get("/Resources"))
        for annot in _deref(page.get("/Annots", [])) or []:
            ap = _deref(_deref(annot).get("/AP", {}))
            if ap and "/N" in ap:
                normal = _deref(ap["/N"])
                if "/Resources" in normal:
                    walk_resources(normal["/Resources"])
    return list(found.values())


def assert_all_fonts_embedded(path: Path) -> None:
    fonts = font_dicts(path)
    assert fonts, "no fonts found at all"
    for font in fonts:
        base = str(font.get("/BaseFont"))
        assert "Helvetica" not in base and "Times" not in base and "Courier" not in base, base
        descriptor = _deref(font.get("/FontDescriptor"))
        if descriptor is None and "/DescendantFonts" in font:
            descriptor = _deref(_deref(font["/DescendantFonts"][0]).get("/FontDescriptor"))
        assert descriptor is not None, f"{base} has no font descriptor (a base-14 font)"
        assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), f"{base} not embedded"
        assert "NanumGothic" in base


def test_every_font_is_embedded_nanum(exported) -> None:  # type: ignore[no-untyped-def]
    assert_all_fonts_embedded(exported.signed)


@requires_poppler
def test_pdffonts_lists_only_embedded_nanum(exported) -> None:  # type: ignore[no-untyped-def]
    out = subprocess.run(["pdffonts", str(exported.signed)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    assert rows
    for row in rows:
        assert "NanumGothic" in row and " yes yes yes " in row, row
    assert "Helvetica" not in out


@requires_poppler
def test_text_has_korean_from_every_section(exported) -> None:  # type: ignore[no-untyped-def]
    text = squash(pdftotext(exported.signed))
    for section, marker in SECTION_MARKERS.items():
        assert squash(marker) in text, section
    for heading in ("초기상담및동의", "사정(욕구·강점·위기도)", "생태도", "서비스계획", "서비스제공기록",
                    "모니터링·재평가", "종결", "사후관리", "자원의뢰", "사례회의", "확인및결재"):
        assert heading in text, heading
    # cover facts, signature blocks, signed entries with who/when, and addenda
    for fact in ("행복종합사회복지관", "2026-0001", "박영희", "김사회", "보존기간", "대상자", "사례관리자", "슈퍼바이저",
                 "[서명·잠금]김사회", "추가기록", "신청서접수번호추가기재", "GAS척도"):
        assert fact in text, fact


@requires_poppler
def test_header_and_page_x_of_y_on_every_page(exported) -> None:  # type: ignore[no-untyped-def]
    pages = pdftotext(exported.signed).split("\f")[:-1]
    total = len(pages)
    for n, page in enumerate(pages, 1):
        flat = squash(page)
        assert f"{n}/{total}쪽" in flat
        assert "행복종합사회복지관" in flat and "사례번호2026-0001" in flat
        assert f"기록해시{exported.result.content_sha256[:16]}" in flat


def test_english_labels(exported, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "en.pdf"
    exports.export_case(exported.vault, exported.case.id, out, ExportOptions(language="en", signed=False))
    if shutil.which("pdftotext"):
        text = squash(pdftotext(out))
        for label in ("Casemanagementrecord", "Intakeandconsent", "Servicelog", "Eco-map", "page1of",
                      "Confirmationandsign-off"):
            assert label in text, label
        assert "사례관리 기록" not in text
    assert_all_fonts_embedded(out)


@requires_poppler
def test_redacted_copy_contains_no_masked_value(exported, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "redacted.pdf"
    exports.export_case(exported.vault, exported.case.id, out, ExportOptions(redacted=True))
    text = pdftotext(out)
    raw = out.read_bytes()
    for secret in (RESIDENT_NUMBER, PHONE, ADDRESS, "9876-5432", "2345678"):
        assert secret not in text and squash(secret) not in squash(text), secret
        for encoding in ("utf-8", "utf-16-be"):
            assert secret.encode(encoding) not in raw, secret
    assert "●●●●" in text
    assert "박영희" in text  # consent to sharing is in force: the name stays
    full = pdftotext(exported.signed)
    assert RESIDENT_NUMBER in full and PHONE in full  # the original does show them


@requires_poppler
def test_withdrawn_sharing_consent_also_hides_names(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case = build_demo_case(vault, service_entries=2, sharing_withdrawn=True)
    out = tmp_path / "shared.pdf"
    exports.export_case(vault, case.id, out, ExportOptions(redacted=True, signed=False))
    text = pdftotext(out)
    for secret in ("박영희", "김하늘", "1975-03-12", RESIDENT_NUMBER, PHONE):
        assert secret not in text, secret
    assert "공유동의를철회" in squash(text)


@requires_poppler
def test_date_range_and_sections(exported, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "part.pdf"
    options = ExportOptions(sections=("services", "plan"), date_from=pytest.importorskip("datetime").date(2026, 1, 21),
                            date_to=pytest.importorskip("datetime").date(2026, 1, 23), signed=False)
    exports.export_case(exported.vault, exported.case.id, out, options)
    text = squash(pdftotext(out))
    assert squash(SECTION_MARKERS["plan"]) in text
    assert "2026-01-21" in text and "2026-01-23" in text
    assert "2026-01-24" not in text and "2026-01-20" not in text  # service entries outside the range
    for other in ("monitoring", "termination", "conferences", "referrals"):
        assert squash(SECTION_MARKERS[other]) not in text, other


def test_unknown_section_is_a_clear_error() -> None:
    from caseapp.errors import ValidationError
    with pytest.raises(ValidationError, match="bogus"):
        ExportOptions(sections=("bogus",))


@requires_poppler
def test_300_entries_repeat_headers_and_number_pages(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from datetime import date
    from caseapp.services import cases
    from caseapp.storage.models import ServiceEntry
    case = cases.open_case(vault, {"name": "이철수"}, {"opened_on": "2025-01-02"})
    with vault.session(write=True) as s:  # one transaction: this test is about rendering, not inserting
        for i in range(300):
            s.add(ServiceEntry(case_id=case.id, practice_type="counselling", contact_mode="home_visit",
                               occurred_on=date(2025, 1 + i % 12, 1 + i % 28), duration_min=30,
                               text=f"기록{i:03d}번 정서 지지와 생활 점검 " * (1 + i % 4)))
    out = tmp_path / "long.pdf"
    exports.export_case(vault, case.id, out, ExportOptions(signed=False, sections=("services",)))
    pages = pdftotext(out).split("\f")[:-1]
    total = len(pages)
    assert total > 10
    seen = set()
    log_pages = 0
    for n, page in enumerate(pages, 1):
        flat = squash(page)
        assert flat.count(f"{n}/{total}쪽") == 1, n
        found = set(re.findall(r"기록(\d{3})번", flat))
        if found:
            log_pages += 1
            # the header row (일자 | 실천 유형 | 접촉 방법 …) is repeated on every page of the table
            assert "일자실천유형접촉방법" in flat, n
        seen |= found
    assert seen == {f"{i:03d}" for i in range(300)}
    assert log_pages >= 10


@requires_poppler
def test_qpdf_check_passes(exported) -> None:  # type: ignore[no-untyped-def]
    if shutil.which("qpdf") is None:
        pytest.skip("qpdf not installed")
    result = subprocess.run(["qpdf", "--check", str(exported.signed)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_huge_note_and_unbroken_text_still_render(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A 100,000-character note (table rows cannot split) and a long token without spaces must not break layout."""
    from caseapp.services import cases, entries
    case = cases.open_case(vault, {"name": "최긴글"})
    entries.add_service_entry(vault, case.id, "counselling", "긴 상담 내용입니다. " * 9000 + "x" * 3000, sign=True)
    entries.add(vault, case.id, "case_conference", {"decisions": "결정 " * 5000, "attendees": "가" * 900})
    out = tmp_path / "huge.pdf"
    exports.export_case(vault, case.id, out, ExportOptions(signed=False))
    assert out.stat().st_size > 10_000
    assert_all_fonts_embedded(out)


@requires_poppler
def test_no_sharing_consent_in_force_hides_names_even_in_a_date_range(vault, case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from datetime import date, timedelta
    from caseapp.services import entries
    out = tmp_path / "none.pdf"
    exports.export_case(vault, case.id, out, ExportOptions(redacted=True, signed=False))
    text = pdftotext(out)
    assert "김민수" not in text and "유효한자원망정보공유동의가없어" in squash(text)
    # consent given long ago, then withdrawn: a date range that leaves both out must still respect it
    entries.add(vault, case.id, "consent", {"purpose": "sharing", "given_on": "2020-01-01",
                                            "withdrawn_on": "2020-02-01"})
    later = date.today() - timedelta(days=1)
    exports.export_case(vault, case.id, out, ExportOptions(redacted=True, signed=False, date_from=later))
    text = pdftotext(out)
    assert "김민수" not in text and "2020-02-01에자원망정보공유동의를철회" in squash(text)
    exports.export_case(vault, case.id, out, ExportOptions(signed=False))
    assert "김민수" in pdftotext(out)  # the practitioner's own full copy is not affected
