"""A signed entry is locked: no edit, no delete; an addendum amends it and points at it."""

from __future__ import annotations

import pytest

from caseapp.errors import LockedEntry
from caseapp.services import audit, cases, entries, records
from caseapp.services.vault import Vault
from caseapp.storage import case_keys
from caseapp.storage.models import Addendum, ServiceEntry
from tests.conftest import PASSPHRASE


def test_signed_entry_cannot_be_edited_or_deleted(vault, case) -> None:
    entry = entries.add_service_entry(vault, case.id, "counselling", "첫 상담", sign=True)
    assert entry.signed_at is not None and entry.signed_by == "김사회"
    assert entry.content_hash == records.content_hash(entry)
    with pytest.raises(LockedEntry):
        entries.edit(vault, "service_entry", entry.id, {"text": "고친 내용"})
    with pytest.raises(LockedEntry):
        records.delete(vault, ServiceEntry, entry.id)
    with pytest.raises(LockedEntry):
        records.sign(vault, ServiceEntry, entry.id)
    assert records.get(vault, ServiceEntry, entry.id).text == "첫 상담"


def test_unsigned_entry_can_be_edited_then_locked(vault, case) -> None:
    entry = entries.add_service_entry(vault, case.id, "information", "초안")
    entries.edit(vault, "service_entry", entry.id, {"text": "수정본"})
    entries.sign_entry(vault, ServiceEntry, entry.id)
    with pytest.raises(LockedEntry):
        entries.edit(vault, "service_entry", entry.id, {"text": "다시 수정"})
    assert records.get(vault, ServiceEntry, entry.id).text == "수정본"


def test_addendum_references_the_signed_entry_and_survives_reopen(data_dir, vault, case) -> None:
    entry = entries.add_service_entry(vault, case.id, "crisis_intervention", "위기 개입", sign=True)
    add = records.add_addendum(vault, ServiceEntry, entry.id, {"text": "날짜 정정: 실제 방문은 오후", "written_on": "2026-05-02"},
                               sign_it=True)
    assert (add.target_type, add.target_id, add.case_id) == ("serviceentry", entry.id, case.id)
    assert add.signed_at is not None
    vault.close()
    reopened = Vault.open(PASSPHRASE)
    try:
        snap = cases.snapshot(reopened, case.id)
        assert [a.text for a in snap.addenda_for(entry.id)] == ["날짜 정정: 실제 방문은 오후"]
        assert snap.services[0].text == "위기 개입"  # the original is untouched
        with reopened.session() as s:
            assert records.verify_signed(s, ServiceEntry) == []
            assert records.verify_signed(s, Addendum) == []
            assert audit.verify_chain(s) == []
    finally:
        reopened.close()


def test_entry_with_an_addendum_cannot_be_deleted(vault, case) -> None:
    entry = entries.add_service_entry(vault, case.id, "information", "안내")
    records.add_addendum(vault, ServiceEntry, entry.id, {"text": "보충"})
    with pytest.raises(LockedEntry):
        records.delete(vault, ServiceEntry, entry.id)


def test_signed_row_changed_behind_the_app_is_detected(vault, case) -> None:
    entry = entries.add_service_entry(vault, case.id, "counselling", "원본", sign=True)
    with vault.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE serviceentry SET text = 'forged' WHERE id = ?", (case_keys.key(entry.id),))
    with vault.session() as s:
        assert records.verify_signed(s, ServiceEntry) == [("serviceentry", entry.id)]
