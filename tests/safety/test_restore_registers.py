"""Restoring an older backup keeps the legal registers: the 파기 대장 and 제3자 제공 대장 lines written after the
backup are in the restored file, the restore's audit entry says they were carried over, and a restore killed on
either side of its decision leaves the old file with its lines or the new one with them, never a mix."""

from __future__ import annotations

from typing import Any

import pytest
from sqlmodel import select

from caseapp import paths
from caseapp.services import access_log, audit, backup, destruction, registers, restore_journal
from caseapp.services.vault import Vault
from caseapp.storage.models import AuditEvent, Case, DestructionLog, Disclosure

from .conftest import PASSPHRASE
from .test_restore_interrupted import _closed_case_with_secret, _run_killed_after


def _disclose(vault: Vault, case: Any, recipient: str) -> str:
    coverage = registers.Coverage(False, "")
    with vault.session(write=True) as s:
        line = registers.add_disclosure(s, vault.actor, kind="referral_letter", recipient=recipient,
                                        items="의뢰서: 이름·나이·주호소", coverage=coverage,
                                        reason="긴급 주거 지원 의뢰(생명·신체 보호)", case=s.get(Case, case.id))
        return line.id


def _lines(vault: Vault) -> dict[str, dict[str, Any]]:
    """Every register line by id, with its values (what a restore must not lose)."""
    with vault.session() as s:
        rows = list(s.exec(select(DestructionLog)).all()) + list(s.exec(select(Disclosure)).all())
        return {r.id: r.model_dump(exclude={"updated_at"}) for r in rows}


def _after_a_backup(vault: Vault, case: Any) -> tuple[backup.BackupInfo, dict[str, dict[str, Any]]]:
    """A backup, then a disclosure and a destruction (its line, then the backups' outcomes onto it)."""
    early = _disclose(vault, case, "평창군 보건의료원")  # before the backup: in it already
    doomed = _closed_case_with_secret(vault)
    made = backup.create_backup(vault, "manual").info
    _disclose(vault, case, "강원주거복지센터")
    registers.destroy(vault, doomed.id, "보존기간 경과")
    lines = _lines(vault)
    assert len(lines) == 3 and early in lines
    return made, lines


def test_lines_written_after_a_backup_survive_restoring_it(vault, case) -> None:  # type: ignore[no-untyped-def]
    made, lines = _after_a_backup(vault, case)
    result = backup.restore_backup(made.path, vault=vault)
    try:
        kept = _lines(result.vault)
        for line_id, values in lines.items():
            assert kept.get(line_id) == values, values.get("recipient") or values.get("case_number")
        # the destroyed case, back in the old copy, is destroyed again: one more line says so, the first stays
        again = [v for v in kept.values() if v.get("reason") == destruction.REAPPLY_REASON]
        assert len(again) == 1 and len(kept) == 4
        with result.vault.session() as s:
            assert audit.verify_chain(s) == []
            last = s.exec(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()  # type: ignore[union-attr]
        assert last is not None and last.action == "restore"
        assert "registers carried over: destructionlog=1, disclosure=1" in last.detail
    finally:
        result.vault.close()
    assert not [p for p in paths.data_dir().iterdir() if "restore-staged" in p.name]


def test_a_backup_that_holds_every_line_is_restored_as_it_was(vault, case) -> None:  # type: ignore[no-untyped-def]
    _disclose(vault, case, "평창군 보건의료원")
    made = backup.create_backup(vault, "manual").info
    lines = _lines(vault)
    result = backup.restore_backup(made.path, vault=vault)
    try:
        assert _lines(result.vault) == lines
        with result.vault.session() as s:
            last = s.exec(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()  # type: ignore[union-attr]
        assert last is not None and last.action == "restore" and "registers carried" not in last.detail
    finally:
        result.vault.close()


class Killed(BaseException):
    """Stands for kill -9: no handler of the program catches it, no clean-up runs."""


def test_killed_before_deciding_old_file_keeps_lines(vault, case, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    made, lines = _after_a_backup(vault, case)

    def die(*_args: object, **_kwargs: object) -> None:
        raise Killed

    with monkeypatch.context() as m, pytest.raises(Killed):
        m.setattr(restore_journal, "stage", die)  # the lines are in the staged copy; no journal yet
        backup.restore_backup(made.path, vault=vault)
    assert restore_journal.staging_path().exists()
    assert access_log._read_pending(), "the access records since the backup wait in the side file"
    v = Vault.open(PASSPHRASE)  # the next open rolls back: the current file, untouched
    try:
        assert _lines(v) == lines
        with v.session() as s:
            assert s.exec(select(AuditEvent).where(AuditEvent.action == "restore")).first() is None
            # the access records set aside for the restore never left this file: not appended a second time
            carried = [e for e in s.exec(select(AuditEvent)).all() if "cf=" in e.detail]
            assert carried == [] and audit.verify_chain(s) == []
        assert access_log._read_pending() == []
    finally:
        v.close()
    assert not [p for p in paths.data_dir().iterdir() if "restore-staged" in p.name]


def test_killed_after_the_decision_the_restored_file_has_the_lines(vault, case) -> None:  # type: ignore[no-untyped-def]
    made, lines = _after_a_backup(vault, case)
    vault.close()
    out = _run_killed_after("restore-journal.json", "restore", str(made.path), "--yes", passphrase=PASSPHRASE)
    assert out.returncode == 137, out.stderr
    v = Vault.open(PASSPHRASE)  # finishes the restore
    try:
        kept = _lines(v)
        assert all(kept.get(i) == values for i, values in lines.items())
        with v.session() as s:
            restores = s.exec(select(AuditEvent).where(AuditEvent.action == "restore")).all()
        assert len(restores) == 1 and "registers carried over" in restores[0].detail
    finally:
        v.close()
    assert not restore_journal.journal_file().exists()


def test_killed_right_after_the_staged_copy_landed_changes_nothing(vault, case) -> None:  # type: ignore[no-untyped-def]
    made, lines = _after_a_backup(vault, case)
    vault.close()
    out = _run_killed_after(".caseapp.db.restore-staged", "restore", str(made.path), "--yes", passphrase=PASSPHRASE)
    assert out.returncode == 137, out.stderr
    v = Vault.open(PASSPHRASE)
    try:
        assert _lines(v) == lines
        with v.session() as s:
            assert s.exec(select(AuditEvent).where(AuditEvent.action == "restore")).first() is None
            assert s.exec(select(Case).where(Case.destroyed_at != None)).first() is not None  # noqa: E711
    finally:
        v.close()
    assert not [p for p in paths.data_dir().iterdir() if "restore-staged" in p.name]


def test_disk_full_while_carrying_changes_nothing(vault, case, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sqlalchemy.exc
    import sqlcipher3

    from caseapp.errors import StorageUnavailable
    from caseapp.services import restore_carry
    made, lines = _after_a_backup(vault, case)

    def full(*_args: object, **_kwargs: object) -> None:
        raise sqlalchemy.exc.OperationalError("INSERT", {}, sqlcipher3.OperationalError("database or disk is full"))

    with monkeypatch.context() as m, pytest.raises(StorageUnavailable) as refused:
        m.setattr(restore_carry, "write_into", full)
        backup.restore_backup(made.path, vault=vault)
    assert "full" in refused.value.en
    assert not [p for p in paths.data_dir().iterdir() if "restore-staged" in p.name]
    assert not restore_journal.journal_file().exists()
    v = Vault.open(PASSPHRASE)
    try:
        assert _lines(v) == lines
    finally:
        v.close()
