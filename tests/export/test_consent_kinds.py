"""Consents by kind as a practitioner relies on them: the 주민등록번호 leaves the file only under a 고유식별정보
consent in force (PDF, show --json and text, never the referral letter), the printable consent form, and the
scanned signed copy kept inside the case file."""

from __future__ import annotations

import hashlib
import json
import subprocess
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from caseapp.errors import ValidationError
from caseapp.export.options import ExportOptions
from sqlmodel import select

from caseapp.services import cases, consents, entries, exports
from caseapp.storage.models import AuditEvent
from export_builders import pdftotext, requires_poppler, squash
from test_export_record import assert_all_fonts_embedded
from tests.dates import today

NUMBER = "850315-2000007"
MASKED = "850315-2******"


@pytest.fixture
def client_case(vault: Any) -> Any:
    return cases.open_case(vault, {"name": "이서연", "birth_date": "1985-03-15", "resident_number": NUMBER,
                                   "phone": "010-2222-3333", "notes": f"주민번호 {NUMBER} 등본으로 확인"},
                           {"presenting_request": "의료비 부담"})


@pytest.fixture
def run(run_cli: Any) -> Any:
    return run_cli


def unique_id_consent(vault: Any, case_id: str, **extra: Any) -> Any:
    return consents.add_consent(vault, case_id, {"purpose": "unique_id", "given_on": today() - timedelta(days=3),
                                                 "consented_by": "self", **extra})


@requires_poppler
def test_record_pdf_masks_the_number_without_consent_and_shows_it_with(vault, client_case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    before = tmp_path / "before.pdf"
    exports.export_case(vault, client_case.id, before, ExportOptions(signed=False))
    text = squash(pdftotext(before))
    assert NUMBER not in text and NUMBER.replace("-", "") not in text
    assert squash(MASKED) in text  # the field and the note that repeats it
    assert text.count(squash(MASKED)) >= 2
    consent = unique_id_consent(vault, client_case.id)
    after = tmp_path / "after.pdf"
    exports.export_case(vault, client_case.id, after, ExportOptions(signed=False))
    assert NUMBER in squash(pdftotext(after))
    entries.edit(vault, "consent", consent.id, {"withdrawn_on": today().isoformat()})
    withdrawn = tmp_path / "withdrawn.pdf"
    exports.export_case(vault, client_case.id, withdrawn, ExportOptions(signed=False))
    assert NUMBER not in squash(pdftotext(withdrawn))


def test_show_json_and_text_mask_the_number_without_consent(vault, client_case, run) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("show", client_case.case_number, "--json")
    assert code == 0
    shown = json.loads(out)
    assert shown["client"]["resident_number"] == MASKED and NUMBER not in out
    code, out, _ = run("show", client_case.case_number)
    assert code == 0 and MASKED in out and NUMBER not in out
    unique_id_consent(vault, client_case.id)
    code, out, _ = run("show", client_case.case_number, "--json")
    assert json.loads(out)["client"]["resident_number"] == NUMBER


@requires_poppler
def test_the_referral_letter_never_carries_the_number(vault, client_case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    unique_id_consent(vault, client_case.id)
    resource = entries.add_resource(vault, {"name": "구립 건강센터", "kind": "organisation", "category": "health"})
    referral = entries.add(vault, client_case.id, "referral", {"resource_id": resource.id, "status": "sent",
                                                               "reason": "의료비 지원"})
    out = tmp_path / "letter.pdf"
    exports.export_referral_letter(vault, referral.id, out, "ko", signed=False)
    text = squash(pdftotext(out))
    assert NUMBER not in text and NUMBER.replace("-", "") not in text


def test_guardian_consent_needs_name_and_relation_and_under_14_warns(vault) -> None:  # type: ignore[no-untyped-def]
    child = cases.open_case(vault, {"name": "박하준", "birth_date": (today() - timedelta(days=365 * 10)).isoformat()})
    with pytest.raises(ValidationError, match="성명과 관계"):
        consents.add_consent(vault, child.id, {"purpose": "personal_info", "consented_by": "guardian",
                                               "guardian_name": "박민지"})
    warned = consents.warnings_for(vault, child.id, {"purpose": "personal_info", "consented_by": "self"})
    assert len(warned) == 1 and "14" in warned[0].ko
    assert consents.warnings_for(vault, child.id, {"consented_by": "guardian"}) == []
    made = consents.add_consent_sheet(vault, child.id, {"purposes": ["personal_info", "sensitive_info"],
                                                        "consented_by": "guardian", "guardian_name": "박민지",
                                                        "guardian_relation": "모"})
    assert [(c.purpose, c.guardian_name, c.guardian_relation) for c in made] == [
        ("personal_info", "박민지", "모"), ("sensitive_info", "박민지", "모")]
    kinds = {v.purpose: v for v in consents.consents_for(vault, child.id)}
    assert kinds["personal_info"].statutory and kinds["personal_info"].in_force
    assert kinds["personal_info"].consented_by == "guardian"


@requires_poppler
def test_consent_form_pdf_has_every_block_in_the_statutes_words(vault, client_case, run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    consents.add_consent(vault, client_case.id, {"purpose": "sharing", "consented_by": "self",
                                                 "recipients": "구립 건강센터, 동 행정복지센터"})
    out = tmp_path / "form.pdf"
    code, stdout, _ = run("--lang", "ko", "consent-form", client_case.case_number, "-o", str(out))
    assert code == 0 and out.exists()
    text = squash(pdftotext(out))
    for words in ("개인정보수집·이용및제공동의서", "일반개인정보수집·이용", "고유식별정보(주민등록번호)처리",
                  "민감정보(건강등)처리", "제3자제공", "수집·이용목적", "수집항목", "보유·이용기간",
                  "동의거부권리및불이익", "제공받는자", "구립건강센터,동행정복지센터", "사례종결후5년",
                  "정보주체(본인)", "법정대리인", "이서연", "■동의함"):
        assert words in text, words
    assert NUMBER not in text and "2000007" not in text  # the form carries no resident number at all
    assert_all_fonts_embedded(out)
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    assert "NanumGothic" in fonts and all(" yes " in line for line in fonts.splitlines()[2:])
    png = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(out), str(png)], check=True)
    from PIL import Image
    page = Image.open(next(tmp_path.glob("page*.png"))).convert("L")
    assert abs(page.height / page.width - 297 / 210) < 0.01  # A4 portrait

    def ink(box: tuple[int, int, int, int]) -> float:
        part = page.crop(box)
        return sum(part.histogram()[:200]) / (part.width * part.height)
    w, h = page.size
    assert 0.02 < ink((0, 0, w, h)) < 0.4  # text and table rules: neither blank nor a black box
    assert ink((w // 4, int(h * 0.07), 3 * w // 4, int(h * 0.12))) > 0.03  # the title across the top


def test_scan_round_trip_size_limit_and_listing(vault, client_case, run, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    consent = unique_id_consent(vault, client_case.id)
    scan = tmp_path / "서명본.png"
    data = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
    scan.write_bytes(data)
    info = consents.attach_scan(vault, consent.id, scan)
    assert info.size == len(data) and info.sha256 == hashlib.sha256(data).hexdigest()
    assert info.media_type == "image/png"
    again, stored = consents.scan_bytes(vault, info.id)
    assert stored == data and again == info
    with vault.engine.connect() as conn:
        raw = conn.exec_driver_sql("SELECT data FROM consentscan").scalar_one()
    assert bytes(raw) == data  # readable through the key only: the file on disk is encrypted as a whole
    assert data[8:72] not in (data_dir / "caseapp.db").read_bytes()

    big = tmp_path / "big.pdf"
    big.write_bytes(b"%PDF-1.7\n" + b"0" * (consents.MAX_SCAN_BYTES + 1))
    with pytest.raises(ValidationError, match="너무 큽니다"):
        consents.attach_scan(vault, consent.id, big)
    text = tmp_path / "note.txt"
    text.write_text("서명함")
    with pytest.raises(ValidationError, match="PDF, JPEG, PNG"):
        consents.attach_scan(vault, consent.id, text)
    assert len(consents.scans_for_case(vault, client_case.id)[consent.id]) == 1  # refused files left nothing

    code, out, err = run("attach-consent-scan", client_case.case_number, str(big))
    assert code != 0 and "too large" in err and "Traceback" not in err
    code, out, _ = run("show", client_case.case_number, "--json")
    listed = next(c for c in json.loads(out)["consents"] if c["id"] == consent.id)["attachments"]
    assert listed == [{"id": info.id, "name": "서명본.png", "media_type": "image/png", "size": len(data),
                       "sha256": info.sha256}]
    code, out, _ = run("show", client_case.case_number)
    assert code == 0 and f"Signed scan: 서명본.png ({len(data):,} bytes" in out


def test_revealing_the_number_is_audited(vault, client_case) -> None:  # type: ignore[no-untyped-def]
    consents.record_reveal(vault, client_case.id)
    with vault.session() as s:
        events = list(s.exec(select(AuditEvent).where(AuditEvent.action == "reveal")))
    assert len(events) == 1 and events[0].case_id == client_case.id and events[0].detail == "resident_number"


def test_consent_text_is_found_by_search(vault, client_case) -> None:  # type: ignore[no-untyped-def]
    from caseapp.services import search
    consents.add_consent(vault, client_case.id, {"purpose": "sharing", "recipients": "구립 건강센터",
                                                 "consented_by": "guardian", "guardian_name": "이정훈",
                                                 "guardian_relation": "부"})
    assert client_case.id in search.search_cases(vault, "건강센터")
    assert any(h.entity_type == "consent" for h in search.search(vault, "이정훈"))
