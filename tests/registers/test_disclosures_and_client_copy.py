"""제3자 제공 대장 (each kind of disclosure, the consent-coverage warning, a withdrawal's list to notify), the
client's own copy (text and signature) and correction requests in the 오늘 view."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from caseapp.domain.deadlines import DeadlineKind
from caseapp.errors import ValidationError
from caseapp.services import cases, corrections, entries, exports, registers, retention
from caseapp.services.client_copy import write_client_copy


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def referred(vault, case):  # type: ignore[no-untyped-def]
    housing = entries.add_resource(vault, {"name": "평창군 주거복지센터", "kind": "organisation",
                                           "category": "housing"})
    entries.add(vault, case.id, "referral", {"resource_id": housing.id, "status": "sent", "sent_on": date.today().isoformat(),
                                             "reason": "긴급 주거비"})
    return case


def _consent(vault, case_id: str) -> object:  # type: ignore[no-untyped-def]
    return entries.add(vault, case_id, "consent", {"purpose": "sharing",
                                                   "given_on": (date.today() - timedelta(days=3)).isoformat()})


def test_record_export_to_a_recipient_without_consent_needs_a_reason(vault, case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        exports.export_case(vault, case.id, tmp_path / "a.pdf", recipient="평창경찰서")
    assert "--reason" in caught.value.en and not (tmp_path / "a.pdf").exists()
    assert registers.disclosures(vault) == []
    exports.export_case(vault, case.id, tmp_path / "a.pdf", recipient="평창경찰서", reason="수사기관 요청(공문 제12호)")
    [line] = registers.disclosures(vault, case.id)
    assert (line.kind, line.recipient, line.consent_covered) == ("record_export", "평창경찰서", False)
    assert line.basis == line.reason == "수사기관 요청(공문 제12호)" and "사례 기록 전체" in line.items


def test_an_export_without_recipient_is_not_a_disclosure(vault, case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    exports.export_case(vault, case.id, tmp_path / "a.pdf")
    assert registers.disclosures(vault) == []


def test_each_kind_of_disclosure_is_recorded_with_the_consent_that_allowed_it(vault, referred, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    consent = _consent(vault, referred.id)
    snap = cases.snapshot(vault, referred.id)
    exports.export_referral_letter(vault, snap.referrals[0].id, tmp_path / "letter.pdf")
    exports.export_case(vault, referred.id, tmp_path / "r.pdf", recipient="평창군 주거복지센터")
    letter, record = registers.disclosures(vault, referred.id)
    assert (letter.kind, letter.recipient, letter.consent_covered, letter.consent_id) == (
        "referral_letter", "평창군 주거복지센터", True, consent.id)
    assert "연락처" in letter.items and "동의" in letter.basis
    assert (record.kind, record.consent_covered, record.reason) == ("record_export", True, "")


def test_a_referral_letter_without_consent_says_so_in_the_register(vault, referred, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    snap = cases.snapshot(vault, referred.id)
    exports.export_referral_letter(vault, snap.referrals[0].id, tmp_path / "letter.pdf")
    [line] = registers.disclosures(vault)
    assert not line.consent_covered and "연락처" in line.reason and "연락처" not in line.items


def test_consent_covers_only_named_recipients_when_a_consent_names_them(vault, case) -> None:  # type: ignore[no-untyped-def]
    consent = _consent(vault, case.id)
    assert registers.consent_covers([consent], "아무 기관").covered
    from types import SimpleNamespace
    named = SimpleNamespace(**{**consent.model_dump(), "recipients": ["평창군 주거복지센터"]})
    assert registers.consent_covers([named], "평창군 주거복지센터 ").covered  # type: ignore[list-item]
    assert not registers.consent_covers([named], "아무 기관").covered  # type: ignore[list-item]
    assert not registers.consent_covers([consent], "x", today=date.today() - timedelta(days=10)).covered
    # the consent form's recipients are one text (consents by kind): split at commas and lines, never into letters
    typed = SimpleNamespace(**{**consent.model_dump(), "recipients": "관할 행정복지센터, 평창군 주거복지센터\n보건소"})
    assert registers.consent_covers([typed], "평창군 주거복지센터").covered  # type: ignore[list-item]
    assert registers.consent_covers([typed], "대화면 행정복지센터 관할 행정복지센터").covered  # type: ignore[list-item]
    assert not registers.consent_covers([typed], "주").covered  # type: ignore[list-item]
    assert not registers.consent_covers([typed], "정신건강복지센터").covered  # type: ignore[list-item]


def test_withdrawing_a_consent_lists_the_disclosures_to_notify(vault, referred, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    exports.export_case(vault, referred.id, tmp_path / "p.pdf", recipient="경찰서", reason="법원 명령")
    consent = _consent(vault, referred.id)
    exports.export_case(vault, referred.id, tmp_path / "r.pdf", recipient="평창군 주거복지센터")
    retention.withdraw_consent(vault, consent.id)
    affected = registers.affected_by_withdrawal(vault, consent)
    assert [d.recipient for d in affected] == ["평창군 주거복지센터"]  # the one given without consent is not


def test_the_client_copy_is_plain_korean_and_signed(vault, referred, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _consent(vault, referred.id)
    entries.add(vault, referred.id, "goal", {"statement": "월세를 밀리지 않고 내고 싶어요"})
    entries.add_service_entry(vault, referred.id, "counselling", "비밀 상담 메모 ZZZ", duration_min=40)
    exports.export_case(vault, referred.id, tmp_path / "r.pdf", recipient="평창군 주거복지센터")
    corrections.add_request(vault, referred.id, "전화번호가 바뀌었어요")
    result = write_client_copy(vault, referred.id, tmp_path / "copy.pdf")
    text = " ".join(_pdf_text(result.path).split())
    from caseapp.domain.vocab import ConsentPurpose
    for expected in ("내 사례관리 기록", "김민수 님", "010-1234-5678", ConsentPurpose.SHARING.label.ko, "동의하셨습니다",
                     "월세를 밀리지 않고 내고 싶어요", "상담·치료", "40분", "평창군 주거복지센터",
                     "동의하신 범위 안에서", "전화번호가 바뀌었어요", "10일 안에 답을 드립니다"):
        assert expected in text, expected
    assert "비밀 상담 메모" not in text
    assert exports.verify_file(vault, result.path).ok


def test_a_correction_request_is_due_in_ten_days_in_the_today_list(vault, case) -> None:  # type: ignore[no-untyped-def]
    received = date.today() - timedelta(days=12)
    request = corrections.add_request(vault, case.id, "주소를 고쳐 주세요", received_on=received)
    [due] = [d for d in cases.upcoming_deadlines(vault) if d.kind is DeadlineKind.CORRECTION_REQUEST]
    assert (due.due, due.case_number, due.is_overdue(date.today())) == (received + timedelta(days=10),
                                                                       case.case_number, True)
    with pytest.raises(ValidationError):
        corrections.answer(vault, request.id, "refused")  # a refusal needs the reason given to the client
    corrections.answer(vault, request.id, "corrected")
    assert not [d for d in cases.upcoming_deadlines(vault) if d.kind is DeadlineKind.CORRECTION_REQUEST]
    [row] = corrections.requests(vault, case.id)
    assert (row.outcome, row.outcome_on) == ("corrected", date.today())
