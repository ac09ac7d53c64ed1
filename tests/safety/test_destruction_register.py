"""파기 대장: every destruction is a register line; on request the case is purged from the backups, which still
restore with every other case intact."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlmodel import select

from caseapp.services import backup, backup_purge, cases, entries, register_documents, registers
from caseapp.storage.models import Case, ServiceEntry

from .conftest import PASSPHRASE
from .helpers import decrypted_pages

SECRET = "파기될상담내용QQQ"
KEPT = "남아야할상담내용KKK"


def _closed_case(vault, name: str, text: str):  # type: ignore[no-untyped-def]
    case = cases.open_case(vault, {"name": name}, {"presenting_request": text + " 주호소"})
    entries.add_service_entry(vault, case.id, "counselling", text, sign=True)
    with vault.session(write=True) as s:
        row = s.get(Case, case.id)
        row.closed_on, row.stage = date(2018, 1, 5), "termination"
        s.add(row)
    return case


def test_destruction_is_in_the_register_and_backups_are_left_alone_without_asking(vault) -> None:  # type: ignore[no-untyped-def]
    doomed = _closed_case(vault, "파기대상", SECRET)
    made = backup.create_backup(vault, "manual").info.path
    done = registers.destroy(vault, doomed.id, "보존기간 경과")
    [line] = registers.destruction_register(vault)
    assert (line.case_number, line.reason, line.actor) == (doomed.case_number, "보존기간 경과", "김사회")
    assert "serviceentry=1" in line.kinds and line.method
    assert [(b["name"], b["held"], b["purged_at"]) for b in line.backups] == [(made.name, True, "")]
    assert [o.held for o in done.backups] == [True]
    assert backup_purge.holds_case(made, vault.key, doomed.id) is True  # not asked to purge: still there


def test_purge_removes_the_case_from_every_backup_which_still_restores(vault, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    doomed = _closed_case(vault, "파기대상", SECRET)
    kept = _closed_case(vault, "남는대상", KEPT)
    made = backup.create_backup(vault, "manual").info.path
    before = made.read_bytes()
    assert SECRET.encode() in decrypted_pages(made, vault.key)

    done = registers.destroy(vault, doomed.id, "보존기간 경과", purge_backups=True)

    assert made.read_bytes() != before and [o.held for o in done.backups] == [False]
    assert SECRET.encode() not in decrypted_pages(made, vault.key)  # not on free pages either
    assert not list(made.parent.glob(".*partial*"))
    [line] = registers.destruction_register(vault)
    assert line.backups[0]["purged_at"] and line.backups[0]["held"] is False

    restored = backup.restore_backup(made, vault=vault, passphrase=PASSPHRASE).vault
    try:
        with restored.session() as s:
            texts = [e.text for e in s.exec(select(ServiceEntry)).all()]
            gone = s.get(Case, doomed.id)
        assert texts == [KEPT] and gone is not None and gone.destroyed_at is not None
        assert cases.find_case(restored, kept.case_number).id == kept.id
        from caseapp.services import checkup
        assert [p.code for p in checkup.run_checks(restored) if p.severity == "error"] == []
    finally:
        restored.close()


def test_a_backup_under_another_key_is_reported_not_touched(vault) -> None:  # type: ignore[no-untyped-def]
    doomed = _closed_case(vault, "파기대상", SECRET)
    made = backup.create_backup(vault, "manual").info.path
    before = made.read_bytes()
    [outcome] = backup_purge.purge(vault, "no-such-case")
    assert outcome.held is False and made.read_bytes() == before
    wrong = type("V", (), {"key": b"\x01" * 32, "actor": "x"})()
    [outcome] = backup_purge.purge(wrong, doomed.id)  # type: ignore[arg-type]
    assert outcome.held is None and "another key" in outcome.note and made.read_bytes() == before


def test_a_purge_that_fails_half_way_leaves_the_backup_as_it_was(vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sqlcipher3
    doomed = _closed_case(vault, "파기대상", SECRET)
    made = backup.create_backup(vault, "manual").info.path
    before = made.read_bytes()

    def broken(path: Path, key: bytes) -> None:
        raise sqlcipher3.DatabaseError("integrity_check: damaged")  # a write went wrong in the copy
    monkeypatch.setattr(backup_purge, "verify_copy", broken)
    done = registers.destroy(vault, doomed.id, purge_backups=True)
    assert made.read_bytes() == before and not list(made.parent.glob(".*partial*"))
    assert done.backups[0].held is True and "not purged" in done.backups[0].note
    assert registers.destruction_register(vault)[0].backups[0]["held"] is True  # the register says it is still there


def test_the_register_prints_as_a_signed_pdf_that_verifies(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import subprocess

    from caseapp.services import exports
    from tests.export.pdfa_checks import pdfa_problems
    doomed = _closed_case(vault, "파기대상", SECRET)
    backup.create_backup(vault, "manual")
    registers.destroy(vault, doomed.id, "보존기간 경과", purge_backups=True)
    out = register_documents.export_destruction_register(vault, tmp_path / "파기대장.pdf", "ko").path
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
    assert "개인정보 파기 대장" in text and doomed.case_number in text and "보존기간 경과" in text
    assert "서비스 제공 기록 1건" in text and "지움" in text and "파기대상" not in text.replace("파기대상자", "")
    assert SECRET not in text
    assert exports.verify_file(vault, out).ok
    assert pdfa_problems(out) == []


def test_a_purged_backup_keeps_its_audit_history_so_rotation_still_supersedes_it(vault) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime, timedelta

    from caseapp.services.backup_inspect import audit_head
    doomed = _closed_case(vault, "파기대상", SECRET)
    older = backup.create_backup(vault, "pre-restore").info.path
    head = audit_head(older, vault.key)
    registers.destroy(vault, doomed.id, purge_backups=True)
    assert backup_purge.holds_case(older, vault.key, doomed.id) is False and audit_head(older, vault.key) == head
    backup.create_backup(vault, "manual", now=datetime.now() + timedelta(minutes=1))
    assert not older.exists()  # a newer backup holds its whole history: it goes, as an unpurged one would
