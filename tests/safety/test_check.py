"""``check``: every kind of problem is found and named; a healthy file passes (exit 0), problems exit 1."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from sqlmodel import select

from caseapp import paths
from caseapp.services import backup, checkup, drafts, entries, integrity
from caseapp.storage import case_keys
from caseapp.storage.keystore import KeyFile
from caseapp.storage.models import AuditEvent, Draft

from .conftest import PASSPHRASE
from .helpers import run_cli


def _codes(vault, **kw) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.code for p in checkup.run_checks(vault, **kw)]


def _sql(vault, statement: str, **params: object) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text
    with vault.engine.begin() as conn:
        conn.execute(text(statement), params)


def test_healthy_file_with_a_fresh_backup_passes(vault, case) -> None:  # type: ignore[no-untyped-def]
    assert _codes(vault) == ["no_backup"]
    backup.create_backup(vault, "manual")
    assert _codes(vault) == []


def test_empty_file_needs_no_backup(vault) -> None:  # type: ignore[no-untyped-def]
    assert _codes(vault) == []


def test_old_backup_is_reported(vault, case) -> None:  # type: ignore[no-untyped-def]
    made = backup.create_backup(vault, "manual").info
    assert _codes(vault, now=made.created + timedelta(days=1)) == []
    assert _codes(vault, now=made.created + timedelta(days=3)) == ["backup_old"]


def test_edited_audit_row_is_found(vault, case) -> None:  # type: ignore[no-untyped-def]
    backup.create_backup(vault, "manual")
    _sql(vault, "UPDATE auditevent SET actor = '누군가' WHERE seq = 2")
    problems = checkup.run_checks(vault)
    assert {p.code for p in problems} == {"audit_chain"}
    assert all(p.severity == "error" for p in problems)


def test_deleted_audit_rows_are_found(vault, case) -> None:  # type: ignore[no-untyped-def]
    backup.create_backup(vault, "manual")
    with vault.session() as s:
        last = max(e.seq for e in s.exec(select(AuditEvent)))
    _sql(vault, "DELETE FROM auditevent WHERE seq = :s", s=last)
    assert "audit_chain" in _codes(vault)


def test_signed_entry_changed_behind_the_apps_back(vault, case) -> None:  # type: ignore[no-untyped-def]
    backup.create_backup(vault, "manual")
    row = entries.add_service_entry(vault, case.id, "counselling", "서명한 원래 내용", sign=True)
    _sql(vault, "UPDATE serviceentry SET text = '몰래 바꾼 내용' WHERE id = :i", i=case_keys.key(row.id))
    problems = [p for p in checkup.run_checks(vault) if p.code == "signed_changed"]
    assert len(problems) == 1 and row.id in problems[0].en


def test_foreign_key_violation(vault, case) -> None:  # type: ignore[no-untyped-def]
    backup.create_backup(vault, "manual")
    with vault.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        raw.execute("PRAGMA foreign_keys = OFF")
        raw.execute("INSERT INTO householdmember (id, created_at, updated_at, client_id, name, relation, "
                    "lives_together, deceased, sex, notes) VALUES ('x', '2026-01-01', '2026-01-01', 'nobody', '', "
                    "'자녀', 1, 0, '', '')")
        raw.execute("PRAGMA foreign_keys = ON")
    assert "foreign_keys" in _codes(vault)


def test_key_file_missing_replaced_or_weak(vault, case) -> None:  # type: ignore[no-untyped-def]
    backup.create_backup(vault, "manual")
    original = paths.key_file().read_bytes()
    paths.key_file().unlink()
    assert _codes(vault) == ["key_file_missing"]
    paths.key_file().write_text("{broken")
    assert _codes(vault) == ["key_file_damaged"]
    paths.key_file().write_bytes(original)
    other = KeyFile.load(paths.key_file())
    other.file_id = "someone-else"
    other.save()
    assert _codes(vault) == ["key_file_mismatch"]


def test_old_drafts_are_information_only(vault, case) -> None:  # type: ignore[no-untyped-def]
    backup.create_backup(vault, "manual")
    drafts.save_draft(vault, "case:x:service_entry:new", {"text": "쓰다 만 글"})
    with vault.session(write=True) as s:
        d = s.exec(select(Draft)).one()
        d.updated_at = datetime.now(timezone.utc) - timedelta(days=30)
        s.add(d)
    problems = checkup.run_checks(vault)
    assert [(p.code, p.severity) for p in problems] == [("old_drafts", "info")]
    assert not integrity.has_errors(problems)


def test_cli_check_exit_codes_and_messages(vault, case) -> None:  # type: ignore[no-untyped-def]
    vault.close()
    data = paths.data_dir()
    out = run_cli(data, "--lang", "en", "check", passphrase=PASSPHRASE)
    assert out.returncode == 1 and "no backup" in out.stdout and "1 problem" in out.stdout
    assert run_cli(data, "backup", passphrase=PASSPHRASE).returncode == 0
    out = run_cli(data, "check", passphrase=PASSPHRASE)
    assert out.returncode == 0 and "이상 없음" in out.stdout, out.stdout + out.stderr
    out = run_cli(data, "check", "--json", passphrase=PASSPHRASE)
    assert json.loads(out.stdout) == {"ok": True, "problems": []}
    out = run_cli(data, "check", passphrase="틀린 암호입니다 12345")
    assert out.returncode == 2


def test_cli_check_on_a_damaged_file_names_the_newest_good_backup(vault, case) -> None:  # type: ignore[no-untyped-def]
    made = backup.create_backup(vault, "manual").info
    vault.close()
    from .helpers import truncate
    truncate(paths.database_file(), 4096 * 2)
    out = run_cli(paths.data_dir(), "--lang", "en", "check", passphrase=PASSPHRASE)
    assert out.returncode == 1
    assert "damaged" in out.stdout and str(made.path) in out.stdout and "restore" in out.stdout


def test_cases_past_retention_are_information(vault, case) -> None:  # type: ignore[no-untyped-def]
    from datetime import date
    from caseapp.storage.models import Case
    backup.create_backup(vault, "manual")
    with vault.session(write=True) as s:
        c = s.get(Case, case.id)
        c.closed_on = date(2010, 1, 1)
        s.add(c)
    problems = checkup.run_checks(vault)
    assert [(p.code, p.severity) for p in problems] == [("past_retention", "info")]
    assert not integrity.has_errors(problems)


# --- forgeries check can catch cheaply ---------------------------------------------------------------------------

def _signed_note(vault, case, text: str = "서명한 상담 기록"):  # type: ignore[no-untyped-def]
    return entries.add_service_entry(vault, case.id, "counselling", text, sign=True)


def test_signed_content_rewritten_with_a_matching_hash_is_caught_by_the_audit_sign_row(vault, case) -> None:  # type: ignore[no-untyped-def]
    from caseapp.services import records
    from caseapp.storage.models import ServiceEntry
    row = _signed_note(vault, case)
    backup.create_backup(vault, "manual")
    with vault.session() as s:
        forged = s.get(ServiceEntry, row.id)
        forged.text = "서명 후 몰래 바꾼 내용"
        new_hash = records.content_hash(forged)
    # the forger edits the text and recomputes content_hash, so the row agrees with itself
    _sql(vault, "UPDATE serviceentry SET text = :t, content_hash = :h WHERE id = :id", t=forged.text, h=new_hash,
         id=case_keys.key(row.id))
    codes = _codes(vault)
    assert "signed_changed" not in codes  # the old check alone is fooled
    assert "signed_hash_mismatch" in codes


def test_a_signed_entry_deleted_or_unsigned_behind_the_apps_back(vault, case) -> None:  # type: ignore[no-untyped-def]
    gone, unsigned = _signed_note(vault, case, "지울 기록"), _signed_note(vault, case, "서명을 지울 기록")
    backup.create_backup(vault, "manual")
    _sql(vault, "DELETE FROM serviceentry WHERE id = :id", id=case_keys.key(gone.id))
    _sql(vault, "UPDATE serviceentry SET signed_at = NULL, signed_by = '', content_hash = '' WHERE id = :id",
         id=case_keys.key(unsigned.id))
    problems = checkup.run_checks(vault)
    found = {p.code: p for p in problems}
    assert gone.id in found["signed_missing"].en and unsigned.id in found["signed_unsigned"].en
    assert integrity.has_errors(problems)


def test_a_signature_added_by_hand_has_no_audit_sign_row(vault, case) -> None:  # type: ignore[no-untyped-def]
    from caseapp.services import records
    from caseapp.storage.models import ServiceEntry
    row = entries.add_service_entry(vault, case.id, "counselling", "서명하지 않은 기록")
    backup.create_backup(vault, "manual")
    with vault.session() as s:
        digest = records.content_hash(s.get(ServiceEntry, row.id))
    _sql(vault, "UPDATE serviceentry SET signed_at = '2026-01-01 09:00:00', signed_by = '김사회', "
                "content_hash = :h WHERE id = :id", h=digest, id=case_keys.key(row.id))
    assert "signed_not_audited" in _codes(vault)


def test_the_stored_audit_head_row_missing_is_an_error(vault, case) -> None:  # type: ignore[no-untyped-def]
    backup.create_backup(vault, "manual")
    with vault.session() as s:
        last = s.exec(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()  # type: ignore[union-attr]
    # deleting the tail *and* the head row that remembers it leaves a chain that is consistent in itself
    _sql(vault, "DELETE FROM auditevent WHERE seq = :seq", seq=last.seq)
    _sql(vault, "DELETE FROM meta WHERE key = 'audit_head'")
    problems = [p for p in checkup.run_checks(vault) if p.code == "audit_chain"]
    assert problems and "head" in problems[0].en


def test_destroyed_cases_signed_entries_are_not_reported_missing(vault, case) -> None:  # type: ignore[no-untyped-def]
    from datetime import date
    from caseapp.services import retention
    from caseapp.storage.models import Case
    _signed_note(vault, case)
    with vault.session(write=True) as s:
        c = s.get(Case, case.id)
        c.closed_on = date(2015, 1, 5)
        s.add(c)
    retention.destroy_case(vault, case.id, "보존기간 경과")
    backup.create_backup(vault, "manual")
    assert not integrity.has_errors(checkup.run_checks(vault))
