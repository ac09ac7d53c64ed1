"""Export service: the export log and audit, hash lookup, batch export with progress and cancel, blank forms,
referral letters."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from caseapp.export.options import ExportOptions
from caseapp.export.qr import parse_payload, payload
from caseapp.services import cases, entries, exports
from caseapp.storage.models import AuditEvent, ExportRecord
from export_builders import PHONE, RESIDENT_NUMBER, pdftotext, requires_poppler, squash


def test_export_is_logged_with_audit_event(exported) -> None:  # type: ignore[no-untyped-def]
    with exported.vault.session() as s:
        record = s.get(ExportRecord, exported.result.export_id)
        events = list(s.exec(select(AuditEvent).where(AuditEvent.action == "export",
                                                      AuditEvent.entity_id == exported.result.export_id)))
    assert record is not None and record.content_sha256 == exported.result.content_sha256 and record.signed
    assert record.case_id == exported.case.id and record.file_name == "record.pdf"
    assert len(events) == 1 and exported.result.content_sha256 in events[0].detail


def test_lookup_hash_matches_and_notices_later_changes(vault, case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = exports.export_case(vault, case.id, tmp_path / "a.pdf", ExportOptions(signed=False))
    found = exports.lookup_hash(vault, result.content_sha256.upper())
    assert found.found and found.export_id == result.export_id and found.case_changed_since is False
    assert found.case_number == case.case_number
    entries.add_service_entry(vault, case.id, "counselling", "나중에 추가한 상담")
    assert exports.lookup_hash(vault, result.content_sha256).case_changed_since is True
    assert not exports.lookup_hash(vault, "0" * 64).found
    by_prefix = exports.lookup_hash(vault, result.content_sha256[:16])  # what every page footer shows
    assert by_prefix.found and by_prefix.export_id == result.export_id
    scanned = payload(case.case_number, result.export_id, result.content_sha256)
    assert exports.lookup_hash(vault, scanned).export_id == result.export_id
    from caseapp.errors import UserError
    with pytest.raises(UserError):
        exports.lookup_hash(vault, "not-a-hash")


def test_same_content_gives_same_hash_and_options_change_it(vault, case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a = exports.export_case(vault, case.id, tmp_path / "a.pdf", ExportOptions(signed=False))
    b = exports.export_case(vault, case.id, tmp_path / "b.pdf", ExportOptions(signed=False))
    c = exports.export_case(vault, case.id, tmp_path / "c.pdf", ExportOptions(signed=False, redacted=True))
    assert a.content_sha256 == b.content_sha256 != c.content_sha256
    assert a.export_id != b.export_id


@requires_poppler
def test_qr_payload_and_hash_printed_in_pdf(exported) -> None:  # type: ignore[no-untyped-def]
    text = squash(pdftotext(exported.signed))
    assert exported.result.content_sha256 in text and exported.result.export_id in text
    fields = parse_payload(payload("2026-0001", exported.result.export_id, exported.result.content_sha256))
    assert fields == {"case": "2026-0001", "export": exported.result.export_id,
                      "sha256": exported.result.content_sha256[:32]}
    old_paper = f"caseapp:record;case=2026-0001;export=abc;sha256={'a' * 64}"  # copies printed before
    assert parse_payload(old_paper) == {"case": "2026-0001", "export": "abc", "sha256": "a" * 64}
    assert parse_payload("https://example.org") == {}


def test_export_many_reports_progress_and_honours_cancel(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ids = [cases.open_case(vault, {"name": f"대상자{i}"}).id for i in range(3)]
    seen: list[tuple[int, int]] = []
    results = exports.export_many(vault, ids, tmp_path / "all", ExportOptions(signed=False),
                                  progress=lambda d, t: seen.append((d, t)))
    assert [r.path.name for r in results] == [f"{r.case_number}.pdf" for r in results]
    assert len({r.path for r in results}) == 3
    assert seen[0] == (0, 3) and seen[-1] == (3, 3)
    assert all(r.path.exists() for r in results)
    calls = {"n": 0}

    def cancel_after_first() -> bool:
        calls["n"] += 1
        return calls["n"] > 1

    with pytest.raises(exports.ExportCancelled):
        exports.export_many(vault, ids, tmp_path / "cancelled", ExportOptions(signed=False),
                            cancel=cancel_after_first)
    assert len(list((tmp_path / "cancelled").glob("*.pdf"))) == 1


def test_export_to_unwritable_place_is_a_clear_error(vault, case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(exports.ExportFailed) as info:
        exports.export_case(vault, case.id, blocker / "sub" / "x.pdf", ExportOptions(signed=False))
    assert "저장하지 못했습니다" in info.value.ko
    with vault.session() as s:
        assert s.exec(select(ExportRecord)).first() is None  # nothing logged for a failed export


@requires_poppler
@pytest.mark.parametrize("lang,titles", [
    ("ko", ["초기상담지", "욕구·위기도조사지(9개영역)", "서비스계획서", "가정방문기록지", "생활환경·권익보장", "주민등록번호"]),
    ("en", ["Intakeform", "Needsandcrisisassessment(9areas)", "Serviceplan", "Homevisitlog", "Livingenvironment&rights"]),
])
def test_blank_forms(tmp_path: Path, lang: str, titles: list[str]) -> None:
    path = exports.export_blank_forms(tmp_path / f"blank-{lang}.pdf", lang)
    text = squash(pdftotext(path))
    for title in titles:
        assert title in text, title
    from test_export_record import assert_all_fonts_embedded
    assert_all_fonts_embedded(path)


@requires_poppler
def test_referral_letter_is_signed_and_minimal(exported, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    snap = cases.snapshot(exported.vault, exported.case.id)
    out = tmp_path / "letter.pdf"
    result = exports.export_referral_letter(exported.vault, snap.referrals[0].id, out, "ko")
    assert exports.verify_file(exported.vault, out).ok
    text = pdftotext(out)
    assert "사례관리 의뢰서" in text and "평창군 주거복지센터" in text and "긴급 주거비 지원 의뢰" in text
    assert RESIDENT_NUMBER not in text
    assert PHONE in text  # sharing consent is in force in the demo case
    assert exports.lookup_hash(exported.vault, result.content_sha256).found


def test_referral_letter_as_hwpx_reopens_with_the_same_rows_and_is_logged(exported, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from hwpx import HwpxDocument
    snap = cases.snapshot(exported.vault, exported.case.id)
    pdf = exports.export_referral_letter(exported.vault, snap.referrals[0].id, tmp_path / "letter.pdf", "ko")
    hwpx = exports.export_referral_letter(exported.vault, snap.referrals[0].id, tmp_path / "letter.hwpx", "ko")
    assert not hwpx.signed and hwpx.content_sha256 == pdf.content_sha256  # the same letter, another format
    doc = HwpxDocument.open(str(hwpx.path))
    rows = {}
    for table in doc.tables.map()["tables"]:
        grid = {(c["row"], c["col"]): c["text"] for c in table["cells"]}
        for (r, c), text in sorted(grid.items()):
            if c == 0:
                rows.setdefault(text, grid.get((r, 1), ""))  # the letter's rows come before the reply slip's
    assert rows["받는 곳"].startswith("평창군 주거복지센터") and rows["사례번호"] == exported.case.case_number
    assert "긴급 주거비 지원 의뢰" in rows["의뢰 사유"] and rows["연락처"] == PHONE
    text = doc.text.plain if not callable(doc.text.plain) else doc.text.plain()
    assert "사례관리 의뢰서" in text and "회신서" in text and hwpx.export_id in text
    assert RESIDENT_NUMBER not in text
    found = exports.lookup_hash(exported.vault, hwpx.content_sha256[:16])
    assert found.found and found.kind == "referral_letter"
