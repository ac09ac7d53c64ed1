"""Retention dates, destruction (파기) that leaves nothing behind, and consent withdrawal."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from caseapp.domain.vocab import ConsentPurpose
from caseapp.errors import ValidationError
from caseapp.services import audit, backup, cases, drafts, entries, plan, retention
from caseapp.storage.models import AuditEvent, Case, Client, HouseholdMember, ServiceEntry

from .helpers import decrypted_pages

NAME = "파기대상홍길순"
PHONE = "010-5555-7777"
NOTE = "비밀스러운상담내용XYZ"


def _close(vault, case_id: str, on: date) -> None:  # type: ignore[no-untyped-def]
    with vault.session(write=True) as s:
        c = s.get(Case, case_id)
        c.closed_on = on
        c.stage = "termination"
        s.add(c)


@pytest.fixture
def doomed(vault):  # type: ignore[no-untyped-def]
    case = cases.open_case(vault, {"name": NAME, "phone": PHONE, "notes": NOTE + " 메모"},
                           {"presenting_request": NOTE + " 주호소"},
                           household=[{"relation": "자녀", "name": NAME + "아들", "notes": NOTE}])
    entries.add_service_entry(vault, case.id, "counselling", NOTE + " 상담", sign=True)
    entries.add_service_entry(vault, case.id, "information", NOTE + " 정보")
    goal = entries.add(vault, case.id, "goal", {"statement": NOTE + " 목표", "need_area": "health"})
    entries.add(vault, case.id, "goal", {"statement": NOTE + " 단기 목표", "parent_id": goal.id})
    plan.add_agreement(vault, case.id, {"method": "guardian", "guardian_name": NAME + "어머니", "notes": NOTE},
                       signature=b"\x89PNG\r\n\x1a\n" + NOTE.encode())
    entries.add_assessment(vault, case.id, {"kind": "intake", "risk_level": "low", "summary": NOTE + " 사정"},
                           {"health": {"level": 2, "narrative": NOTE + " 건강"}}, sign=True)
    entries.add_review(vault, case.id, {"adherence": "full", "decision": "continue", "notes": NOTE + " 점검"}, {goal.id: 1})
    entries.add(vault, case.id, "consent", {"purpose": "sharing", "notes": NOTE})
    drafts.save_draft(vault, f"case:{case.id}:service_entry:new", {"text": NOTE + " 임시"}, case_id=case.id)
    return case


def _plaintext_everywhere(vault) -> bytes:  # type: ignore[no-untyped-def]
    wal = Path(str(vault.db_path) + "-wal")
    return decrypted_pages(vault.db_path, vault.key) + (wal.read_bytes() if wal.exists() else b"")


def test_retention_dates_and_the_past_retention_list(vault, doomed, case) -> None:  # type: ignore[no-untyped-def]
    _close(vault, doomed.id, date(2019, 2, 28))
    assert retention.past_retention(vault, today=date(2024, 2, 27)) == []
    due = retention.past_retention(vault, today=date(2024, 3, 1))
    assert [(i.case_number, i.retention_until) for i in due] == [(doomed.case_number, date(2024, 2, 28))]
    assert due[0].client_name == NAME
    retention.set_retention_years(vault, 10)
    assert retention.past_retention(vault, today=date(2024, 3, 1)) == []
    with vault.session() as s:
        assert s.get(Case, doomed.id).retention_until == date(2029, 2, 28)
        assert s.get(Case, case.id).retention_until is None  # still open
    assert retention.add_years(date(2024, 2, 29), 5) == date(2029, 2, 28)


def test_destroy_leaves_nothing_readable_and_an_audit_entry(vault, doomed, case) -> None:  # type: ignore[no-untyped-def]
    from caseapp.services import search
    old_backup = backup.create_backup(vault, "manual").info
    _close(vault, doomed.id, date(2015, 1, 5))
    with pytest.raises(ValidationError):
        retention.destroy_case(vault, case.id, "열린 사례")  # not closed
    assert search.search(vault, NAME[:3])
    report = retention.destroy_case(vault, doomed.id, "보존기간 경과")
    assert report.counts["serviceentry"] == 2 and report.counts["draft"] == 1 and report.counts["client"] == 1
    assert report.by == "김사회"

    plain = _plaintext_everywhere(vault)
    for secret in (NAME, PHONE, NOTE):
        assert secret.encode() not in plain, f"{secret} left in the file (free pages or WAL)"
    assert "김민수".encode() in plain  # the other client is untouched (and the scan would see it)
    assert search.search(vault, NAME[:3]) == []
    assert drafts.list_drafts(vault) == []
    with vault.session() as s:
        c = s.get(Case, doomed.id)
        assert c.destroyed_at is not None and c.case_number == doomed.case_number
        assert s.get(Client, c.client_id).name == retention.DESTROYED_CLIENT_NAME
        assert s.exec(select(HouseholdMember)).all() == []
        assert all(e.case_id == case.id for e in s.exec(select(ServiceEntry)))
        assert audit.verify_chain(s) == []
        event = s.exec(select(AuditEvent).where(AuditEvent.action == "destroy")).one()
        assert event.actor == "김사회" and doomed.case_number in event.detail and "serviceentry=2" in event.detail
        assert NAME not in event.detail
    assert doomed.case_number not in [c.case_number for c in cases.list_cases(vault)]

    new_backup = backup.create_backup(vault, "manual").info
    assert NAME.encode() not in decrypted_pages(new_backup.path, vault.key)
    with pytest.raises(ValidationError):
        retention.destroy_case(vault, doomed.id)

    # restoring a backup from before the destruction destroys the case again
    result = backup.restore_backup(old_backup.path, vault=vault)
    try:
        with result.vault.session() as s:
            assert s.get(Case, doomed.id).destroyed_at is not None
            assert audit.verify_chain(s) == []
        assert NAME.encode() not in _plaintext_everywhere(result.vault)
    finally:
        result.vault.close()
    assert doomed.id in retention.destroyed_registry()


def test_client_with_another_live_case_keeps_the_client_row(vault, doomed) -> None:  # type: ignore[no-untyped-def]
    from caseapp.services import records
    second = records.create(vault, Case, None, {"case_number": "2099-0001", "client_id": doomed.client_id,
                                                "opened_on": date.today(), "stage_since": date.today()})
    _close(vault, doomed.id, date(2015, 1, 5))
    retention.destroy_case(vault, doomed.id)
    with vault.session() as s:
        assert s.get(Client, doomed.client_id).name == NAME
        assert s.get(Case, second.id).destroyed_at is None


def test_consent_withdrawal_is_recorded_and_stops_sharing(vault, case) -> None:  # type: ignore[no-untyped-def]
    today = date.today()
    signed = entries.add(vault, case.id, "consent", {"purpose": "sharing", "given_on": today - timedelta(days=30)},
                         sign=True)
    assert retention.sharing_allowed(cases.snapshot(vault, case.id))
    retention.withdraw_consent(vault, signed.id, today)
    snap = cases.snapshot(vault, case.id)
    assert not retention.sharing_allowed(snap)
    assert any(c.withdrawn_on == today for c in snap.consents if c.purpose == ConsentPurpose.SHARING.value)
    from caseapp.services.records import verify_signed
    from caseapp.storage.models import Consent
    with vault.session() as s:
        assert verify_signed(s, Consent) == []  # the signed consent itself was not altered
    photos = entries.add(vault, case.id, "consent", {"purpose": "photos"})
    retention.withdraw_consent(vault, photos.id, today)
    assert not retention.consent_active(cases.snapshot(vault, case.id).consents, "photos")
    expired = entries.add(vault, case.id, "consent", {"purpose": "sensitive_info",
                                                      "expires_on": today - timedelta(days=1)})
    assert expired.withdrawn_on is None
    assert not retention.consent_active(cases.snapshot(vault, case.id).consents, "sensitive_info")
