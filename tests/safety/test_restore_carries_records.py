"""Restoring an older backup keeps the correction requests (정정·삭제 요구: a 10-day legal deadline) and the export
log (what left the program, matched later against a paper copy's QR) written after the backup, each once, with
the answer a request got since; one whose case the backup does not hold is named in the restore's audit entry;
a restore killed after its decision leaves the restored file with them."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlmodel import select

from caseapp.domain.deadlines import DeadlineKind
from caseapp.export.options import ExportOptions
from caseapp.services import backup, cases, corrections, exports
from caseapp.services.vault import Vault
from caseapp.storage.models import AuditEvent, CorrectionRequest, ExportRecord

from .conftest import PASSPHRASE
from .test_restore_interrupted import _run_killed_after


def _requests(vault: Vault) -> dict[str, tuple[str, str, str]]:
    """What the case's 정정·삭제 요구 list shows: request, due date, outcome."""
    return {r.id: (r.request, r.due_on.isoformat(), r.outcome) for r in corrections.requests(vault)}


def _export(vault: Vault, case: Any, path: Any) -> str:
    return exports.export_case(vault, case.id, path, ExportOptions(signed=False)).content_sha256


def _after_a_backup(vault: Vault, case: Any, tmp_path: Any) -> tuple[backup.BackupInfo, dict[str, str]]:
    """One request and one export before the backup; after it the request is answered, a second request arrives
    and the record is exported again."""
    today = date.today()
    early = corrections.add_request(vault, case.id, "주소를 고쳐 주세요", received_on=today - timedelta(days=3))
    first_sha = _export(vault, case, tmp_path / "before.pdf")
    made = backup.create_backup(vault, "manual").info
    corrections.answer(vault, early.id, "corrected", note="주소 정정함")
    late = corrections.add_request(vault, case.id, "상담 기록 삭제 요구", received_on=today)
    corrections.add_request(vault, case.id, "전화번호 정정", received_on=today)
    later_sha = _export(vault, case, tmp_path / "after.pdf")
    return made, {"early": early.id, "late": late.id, "first_sha": first_sha, "later_sha": later_sha}


def _last_restore(vault: Vault) -> AuditEvent:
    with vault.session() as s:
        found = s.exec(select(AuditEvent).where(AuditEvent.action == "restore")
                       .order_by(AuditEvent.seq.desc())).first()  # type: ignore[union-attr]
    assert found is not None
    return found


def _check_carried(v: Vault, shown: dict[str, tuple[str, str, str]], made: dict[str, str]) -> None:
    assert _requests(v) == shown  # every request once, the early one with its answer
    assert shown[made["early"]][2] == "corrected"
    due = {d.ref_id for d in cases.upcoming_deadlines(v) if d.kind is DeadlineKind.CORRECTION_REQUEST}
    assert made["late"] in due and made["early"] not in due  # the legal deadline is still in the 오늘 view
    for sha in (made["first_sha"], made["later_sha"]):
        found = exports.lookup_hash(v, sha)  # a paper copy of either export is still matched
        assert found.found and found.export_id
    with v.session() as s:
        assert len(s.exec(select(ExportRecord)).all()) == 2


def test_requests_and_exports_after_a_backup_survive_restoring_it(vault, case, tmp_path) -> None:  # type: ignore[no-untyped-def]
    made, ids = _after_a_backup(vault, case, tmp_path)
    shown = _requests(vault)
    assert len(shown) == 3
    result = backup.restore_backup(made.path, vault=vault)
    try:
        _check_carried(result.vault, shown, ids)
        detail = _last_restore(result.vault).detail
        assert "correctionrequest=3" in detail and "exportrecord=1" in detail, detail  # 2 new, 1 answered since
        assert "not carried" not in detail and result.left_behind == {}
        assert "옮기지" not in result.message("ko")
    finally:
        result.vault.close()


def test_a_backup_holding_them_all_is_restored_without_a_copy_more(vault, case, tmp_path) -> None:  # type: ignore[no-untyped-def]
    corrections.add_request(vault, case.id, "주소를 고쳐 주세요")
    _export(vault, case, tmp_path / "a.pdf")
    made = backup.create_backup(vault, "manual").info
    shown = _requests(vault)
    result = backup.restore_backup(made.path, vault=vault)
    try:
        assert _requests(result.vault) == shown
        with result.vault.session() as s:
            assert len(s.exec(select(ExportRecord)).all()) == 1
        assert "carried" not in _last_restore(result.vault).detail
    finally:
        result.vault.close()


def test_a_request_of_a_case_opened_after_the_backup_is_named_not_lost_silently(vault, case, tmp_path) -> None:  # type: ignore[no-untyped-def]
    made = backup.create_backup(vault, "manual").info
    newer = cases.open_case(vault, {"name": "최신규"}, {"presenting_request": "생계 지원"})
    corrections.add_request(vault, newer.id, "주소를 고쳐 주세요")
    corrections.add_request(vault, case.id, "전화번호 정정")
    result = backup.restore_backup(made.path, vault=vault)
    try:
        with result.vault.session() as s:
            kept = s.exec(select(CorrectionRequest)).all()
        assert [r.case_id for r in kept] == [case.id]
        detail = _last_restore(result.vault).detail
        assert "registers carried over: correctionrequest=1" in detail
        assert "not carried, their case is not in the backup: correctionrequest=1" in detail
        assert result.left_behind == {"correctionrequest": 1}
        assert "정정·삭제 요구 1건" in result.message("ko") and "1 correction request(s)" in result.message("en")
        assert result.set_aside is not None and result.set_aside.name in result.message("en")
    finally:
        result.vault.close()


def test_killed_after_the_decision_the_restored_file_has_them(vault, case, tmp_path) -> None:  # type: ignore[no-untyped-def]
    made, ids = _after_a_backup(vault, case, tmp_path)
    shown = _requests(vault)
    vault.close()
    out = _run_killed_after("restore-journal.json", "restore", str(made.path), "--yes", passphrase=PASSPHRASE)
    assert out.returncode == 137, out.stderr
    v = Vault.open(PASSPHRASE)  # finishes the restore
    try:
        _check_carried(v, shown, ids)
        assert "correctionrequest=3" in _last_restore(v).detail
    finally:
        v.close()


def test_killed_before_the_decision_the_old_file_has_them(vault, case, tmp_path) -> None:  # type: ignore[no-untyped-def]
    made, ids = _after_a_backup(vault, case, tmp_path)
    shown = _requests(vault)
    vault.close()
    out = _run_killed_after(".caseapp.db.restore-staged", "restore", str(made.path), "--yes", passphrase=PASSPHRASE)
    assert out.returncode == 137, out.stderr
    v = Vault.open(PASSPHRASE)  # rolls back: the current file, as it was
    try:
        _check_carried(v, shown, ids)
        with v.session() as s:
            assert s.exec(select(AuditEvent).where(AuditEvent.action == "restore")).first() is None
    finally:
        v.close()
