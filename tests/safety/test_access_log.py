"""접속기록 (access records): each act leaves exactly one record with the right case, in the audit chain; records
survive a restore and are in backups; the monthly review is signed; retention never below 2 years; destruction
keeps the records but not the text typed with them."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from caseapp.domain.access import AccessKind, ExportReason, previous_month
from caseapp.errors import ValidationError, WrongPassphrase
from caseapp.services import access_log, access_review, audit
from caseapp.storage.models import AccessNote, AuditEvent, Case

from .conftest import PASSPHRASE


def _head(vault) -> int:  # type: ignore[no-untyped-def]
    with vault.session() as s:
        return max([e.seq or 0 for e in s.exec(select(AuditEvent))] or [0])


def _new(vault, since: int) -> list[access_log.AccessEntry]:  # type: ignore[no-untyped-def]
    return [e for e in access_log.list_records(vault) if e.seq > since]


def _only(vault, since: int, kind: AccessKind):  # type: ignore[no-untyped-def]
    made = _new(vault, since)
    assert [e.kind for e in made] == [kind], made
    return made[0]


def _close(vault, case_id: str) -> None:  # type: ignore[no-untyped-def]
    with vault.session(write=True) as s:
        c = s.get(Case, case_id)
        c.closed_on, c.stage = date(2015, 1, 5), "termination"
        s.add(c)


def test_unlock_and_failed_unlock_are_recorded_with_the_device(vault) -> None:  # type: ignore[no-untyped-def]
    from caseapp.services.vault import Vault
    since = _head(vault)
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open("틀린 암호")
    assert access_log.paths.pending_access_file().exists()  # the file was locked: kept beside it, no personal data
    assert "틀린" not in access_log.paths.pending_access_file().read_text(encoding="utf-8")
    reopened = Vault.open(PASSPHRASE)
    try:
        made = _new(reopened, since)
        assert [e.kind for e in made] == [AccessKind.UNLOCK_FAILED, AccessKind.UNLOCK]
        assert {e.device for e in made} == {access_log.device_id()} and len(access_log.device_id()) == 12
        assert made[1].actor == "김사회"
        assert not access_log.paths.pending_access_file().exists()
        with reopened.session() as s:
            assert audit.verify_chain(s) == []
    finally:
        reopened.close()


def test_a_failed_unlock_is_appended_once_even_if_the_side_file_stays(vault) -> None:  # type: ignore[no-untyped-def]
    from caseapp.services.vault import Vault
    access_log.note_failed_unlock()
    kept = access_log.paths.pending_access_file().read_text(encoding="utf-8")
    since = _head(vault)
    access_log.record_unlock(vault)
    access_log.paths.pending_access_file().write_text(kept, encoding="utf-8")  # a kill before it was emptied
    vault.close()
    again = Vault.open(PASSPHRASE)
    try:
        kinds = [e.kind for e in _new(again, since)]
        assert kinds.count(AccessKind.UNLOCK_FAILED) == 1 and kinds.count(AccessKind.UNLOCK) == 2
    finally:
        again.close()


def test_view_search_lock_and_settings_each_leave_one_record(vault, case) -> None:  # type: ignore[no-untyped-def]
    since = _head(vault)
    access_log.record_view(vault, case.id)
    view = _only(vault, since, AccessKind.VIEW)
    assert view.case_number == case.case_number

    since = _head(vault)
    access_log.record_search(vault, "김민수", hits=3, cases=1)
    search = _only(vault, since, AccessKind.SEARCH)
    assert search.note == "김민수" and "n=3" in search.what and "c=1" in search.what
    with vault.session() as s:  # the query is outside the chain; the chained row holds only its hash
        event = s.get(AuditEvent, search.seq)
        assert "김민수" not in event.detail and "h=" in event.detail

    since = _head(vault)
    access_log.record_lock(vault)
    _only(vault, since, AccessKind.LOCK)

    since = _head(vault)
    access_log.record_settings_change(vault, ["auto_lock_minutes", "backup_folder"])
    changed = _only(vault, since, AccessKind.SETTINGS)
    assert "auto_lock_minutes" in changed.what


def test_exports_letters_reports_and_prints_carry_their_reason(vault, case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from caseapp.domain.statistics import Period
    from caseapp.services import entries, exports, reports
    since = _head(vault)
    exports.export_case(vault, case.id, tmp_path / "a.pdf",
                        purpose=access_log.Purpose(ExportReason.SUPERVISION, "월례 슈퍼비전"))
    export = _only(vault, since, AccessKind.EXPORT)
    assert (export.case_number, export.reason, export.note) == (case.case_number, "supervision", "월례 슈퍼비전")

    since = _head(vault)
    exports.export_case(vault, case.id, tmp_path / "p.pdf", purpose=access_log.Purpose(printing=True))
    assert _only(vault, since, AccessKind.PRINT).reason == "service"

    housing = entries.add_resource(vault, {"name": "평창군 주거복지센터", "kind": "organisation",
                                           "category": "housing"})
    referral = entries.add(vault, case.id, "referral", {"resource_id": housing.id, "status": "sent",
                                                        "reason": "주거 지원 의뢰"})
    since = _head(vault)
    exports.export_referral_letter(vault, referral.id, tmp_path / "letter.pdf", "ko")
    letter = _only(vault, since, AccessKind.LETTER)
    assert (letter.case_number, letter.reason) == (case.case_number, "referral")

    since = _head(vault)
    today = date.today()
    reports.write_report(vault, Period.month(today.year, today.month), tmp_path / "r.csv")
    assert _only(vault, since, AccessKind.REPORT).reason == "reporting"
    assert [e.kind for e in access_log.recipients_of(vault, case.id)] == [
        AccessKind.EXPORT, AccessKind.PRINT, AccessKind.LETTER]


def test_other_reason_needs_words() -> None:
    with pytest.raises(ValidationError):
        access_log.Purpose(ExportReason.OTHER, "  ")
    assert access_log.parse_reason(None).reason is ExportReason.SERVICE
    assert access_log.parse_reason("당사자 열람 요청").reason is ExportReason.CLIENT_REQUEST
    words = access_log.parse_reason("법원 제출", "2026가단123")  # words, not a code: an "other" reason in them
    assert words.reason is ExportReason.OTHER and words.text == "법원 제출 2026가단123"
    with pytest.raises(ValidationError):
        access_log.parse_reason("  ")


def test_backups_hold_the_records_and_a_restore_keeps_later_ones(vault, case) -> None:  # type: ignore[no-untyped-def]
    from caseapp.services import backup
    access_log.record_view(vault, case.id)
    since = _head(vault)
    made = backup.create_backup(vault, "manual").info
    assert _only(vault, since, AccessKind.BACKUP).what == "why=manual"
    assert access_log.newest_audit_time(made.path, vault.key) is not None
    access_log.record_search(vault, "민수", hits=1, cases=1)  # after the backup: not in it

    result = backup.restore_backup(made.path, vault=vault)
    restored = result.vault
    try:
        kinds = [e.kind for e in access_log.list_records(restored)]
        assert kinds.count(AccessKind.VIEW) == 1  # from the backup itself
        assert kinds.count(AccessKind.SEARCH) == 1  # carried over the restore
        assert kinds.count(AccessKind.RESTORE) == 1
        assert kinds.count(AccessKind.BACKUP) == 2  # the manual one and the pre-restore one
        carried = [e for e in access_log.list_records(restored) if e.kind is AccessKind.SEARCH][0]
        assert carried.note == ""  # typed text stays behind; its hash travels in the chained detail
        with restored.session() as s:
            assert audit.verify_chain(s) == []
    finally:
        restored.close()


def test_destruction_keeps_the_records_but_not_the_typed_text(vault, case) -> None:  # type: ignore[no-untyped-def]
    from caseapp.services import retention
    access_log.record_view(vault, case.id)
    access_log.record_search(vault, "김민수", hits=1, cases=1)
    access_log.record_search(vault, "월세", hits=1, cases=1)
    _close(vault, case.id)
    since = _head(vault)
    retention.destroy_case(vault, case.id, "보존기간 경과")
    destroyed = _only(vault, since, AccessKind.DESTROY)
    assert destroyed.case_number == case.case_number
    entries = access_log.list_records(vault)
    assert [e.case_number for e in entries if e.kind is AccessKind.VIEW] == [case.case_number]
    notes = {e.note for e in entries if e.kind is AccessKind.SEARCH}
    assert notes == {"", "월세"}  # the query that named the client is gone; the other stays
    with vault.session() as s:
        assert "김민수" not in " ".join(n.text for n in s.exec(select(AccessNote)))
        assert audit.verify_chain(s) == []


def test_a_review_is_signed_verifiable_and_clears_the_reminder(vault, case) -> None:  # type: ignore[no-untyped-def]
    month = previous_month(date.today())
    assert access_review.unreviewed_last_month(vault) == month
    review = access_review.record_review(vault, month)
    assert review.month == month
    [found] = access_review.reviews(vault)
    assert found.verified and found.seq == review.seq and found.actor == "김사회"
    assert access_review.unreviewed_last_month(vault) is None
    with pytest.raises(ValidationError):
        access_review.record_review(vault, date.today() + timedelta(days=40))


def test_an_edited_review_no_longer_verifies(vault) -> None:  # type: ignore[no-untyped-def]
    review = access_review.record_review(vault, previous_month(date.today()))
    with vault.session(write=True) as s:
        event = s.get(AuditEvent, review.seq)
        event.detail = event.detail.replace(";fl=0;", ";fl=9;") if ";fl=0;" in event.detail else event.detail + "x"
        s.add(event)
    assert not access_review.reviews(vault)[0].verified


def test_retention_refuses_less_than_two_years(data_dir) -> None:  # type: ignore[no-untyped-def]
    from caseapp import settings
    with pytest.raises(ValidationError) as refused:
        access_log.set_retention_years(1)
    assert "2" in refused.value.message("ko")
    assert settings.load().access_log_years == 2
    access_log.set_retention_years(5)
    assert access_log.retention_years() == 5
    raw = settings.paths.settings_file()
    raw.write_text(raw.read_text(encoding="utf-8").replace('"access_log_years": 5', '"access_log_years": 1'),
                   encoding="utf-8")
    assert access_log.retention_years() == 2  # a hand-edited file never goes below the minimum


def test_listing_filters_by_dates_case_kind_and_person(vault, case) -> None:  # type: ignore[no-untyped-def]
    other = access_log.list_records(vault)
    access_log.record_view(vault, case.id)
    today = date.today()
    assert len(access_log.list_records(vault, today, today)) == len(other) + 1
    assert access_log.list_records(vault, today + timedelta(days=1), today + timedelta(days=2)) == []
    assert [e.kind for e in access_log.list_records(vault, case_number=case.case_number)] == [AccessKind.VIEW]
    assert access_log.list_records(vault, kinds=[AccessKind.SEARCH]) == []
    assert access_log.list_records(vault, actor="누군가") == []


def test_demo_history_is_written_in_office_hours_not_at_night(vault) -> None:  # type: ignore[no-untyped-def]
    from caseapp.domain.access import is_night
    from caseapp.services import demo_data
    demo_data.generate(vault, 3, seed=7)
    with vault.session() as s:
        stamps = [e.at.astimezone() for e in s.exec(select(AuditEvent).where(AuditEvent.action == "create"))]
    assert len(stamps) > 30
    assert not [at for at in stamps if is_night(at) and at.date() < date.today()]  # today's stop at "now"


def test_a_light_record_leaves_every_other_commit_durable(vault, case) -> None:  # type: ignore[no-untyped-def]
    from contextlib import ExitStack
    access_log.record_view(vault, case.id)  # synchronous = NORMAL for that one transaction
    with ExitStack() as stack:  # every pooled connection, checked out at once
        sessions = [stack.enter_context(vault.session()) for _ in range(3)]
        levels = {s.connection().exec_driver_sql("PRAGMA synchronous").scalar() for s in sessions}
    assert levels == {2}  # FULL


def test_check_finds_an_edited_search_query(vault) -> None:  # type: ignore[no-untyped-def]
    from caseapp.services import checkup
    access_log.record_search(vault, "김민수", hits=1, cases=1)
    assert not [p for p in checkup.run_checks(vault) if p.code == "access_note_changed"]
    with vault.session(write=True) as s:
        note = s.exec(select(AccessNote)).one()
        note.text = "다른 검색어"
        s.add(note)
    found = [p for p in checkup.run_checks(vault) if p.code == "access_note_changed"]
    assert len(found) == 1 and "№" in found[0].en
