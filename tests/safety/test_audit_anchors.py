"""History nobody can quietly rewrite: someone with the passphrase edits a row and recomputes the whole audit chain
and its head, which ``check`` alone cannot see; a signed PDF made earlier and a monthly checkpoint both catch it."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pikepdf
from sqlalchemy import text

from caseapp import paths
from caseapp.export.sign import read_anchor
from caseapp.services import anchors, backup, checkpoints, checkup, entries, exports
from caseapp.storage import audit_codes
from caseapp.storage.compact_values import micros_read, uuid_read
from caseapp.storage.models import AuditEvent

from .conftest import PASSPHRASE
from .helpers import run_cli


def _rewrite_history(vault, seq: int, detail: str) -> None:  # type: ignore[no-untyped-def]
    """Edit one audit row and recompute every hash after it and the stored head, as an insider with the key could."""
    with vault.engine.begin() as conn:
        rows = conn.execute(text("SELECT * FROM auditevent ORDER BY seq")).mappings().all()
        prev = "0" * 64
        for row in rows:
            values = dict(row)
            if values["seq"] == seq:
                values["detail"] = detail
            # stored compactly since migration 0024: the ids as 16 bytes, the time as microseconds
            at = micros_read(values["at"]) if values["at"] is not None else None
            for name in ("id", "entity_id", "case_id"):
                values[name] = uuid_read(values[name])
            # and since 0027 the action and entity type as codes
            values["action"] = audit_codes.read(audit_codes.ACTIONS, values["action"])
            values["entity_type"] = audit_codes.read(audit_codes.ENTITY_TYPES, values["entity_type"])
            event = AuditEvent(**{**values, "at": at, "hash": ""})
            parts = [str(event.seq), event.id, at.isoformat() if at else "", event.actor, event.action,
                     event.entity_type, event.entity_id, event.case_id or "", event.detail, prev]
            values["hash"] = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
            conn.execute(text("UPDATE auditevent SET detail = :d, hash = :h WHERE seq = :s"),
                         {"d": values["detail"], "h": bytes.fromhex(values["hash"]), "s": values["seq"]})
            prev = values["hash"]
        conn.execute(text("UPDATE meta SET value = :v WHERE key = 'audit_head'"), {"v": f"{rows[-1]['seq']}:{prev}"})


def _codes(problems) -> set[str]:  # type: ignore[no-untyped-def]
    return {p.code for p in problems}


def test_a_signed_pdf_carries_the_audit_head_in_its_signed_revision(vault, case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    before = anchors.current(vault)
    out = exports.export_case(vault, case.id, tmp_path / "record.pdf")
    with pikepdf.open(out.path) as pdf:
        carried = anchors.Anchor.parse(str(pdf.docinfo["/CaseappAuditAnchor"]))
    assert read_anchor(out.path.read_bytes()) == carried.text()  # type: ignore[union-attr]
    assert carried == before  # the head just before the export's own audit row
    report = exports.verify_file(vault, out.path)
    assert report.ok  # adding the anchor did not disturb the certification


def test_a_rewritten_history_is_caught_by_an_earlier_export_and_a_checkpoint(vault, case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    entries.add_service_entry(vault, case.id, "counselling", "첫 상담 기록")
    pdf = exports.export_case(vault, case.id, tmp_path / "record.pdf").path
    made = backup.create_backup(vault, "manual")
    assert made.checkpoints and made.checkpoints[0].parent == paths.backups_dir()
    assert checkup.run_checks(vault) == []
    assert _codes(checkup.check_against(vault, [str(pdf)])) == {"anchor_contained"}

    _rewrite_history(vault, 3, "조작된 내용")
    inside = checkup.run_checks(vault)
    assert "audit_chain" not in _codes(inside)  # the chain itself looks whole: that is the point
    assert "checkpoint_rewritten" in _codes(inside)
    against = checkup.check_against(vault, [str(pdf)])
    assert _codes(against) == {"anchor_rewritten"} and all(p.severity == "error" for p in against)


def test_a_deleted_tail_is_reported_as_truncated(vault, case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pdf = exports.export_case(vault, case.id, tmp_path / "record.pdf").path
    carried = anchors.Anchor.parse(read_anchor(pdf.read_bytes()))
    assert carried is not None
    with vault.engine.begin() as conn:
        conn.execute(text("DELETE FROM auditevent WHERE seq >= :s"), {"s": carried.seq})
        last = conn.execute(text("SELECT seq, hash FROM auditevent ORDER BY seq DESC LIMIT 1")).one()
        conn.execute(text("UPDATE meta SET value = :v WHERE key = 'audit_head'"), {"v": f"{last[0]}:{last[1]}"})
    assert _codes(checkup.check_against(vault, [str(pdf)])) == {"anchor_truncated"}


def test_a_forged_checkpoint_and_a_pdf_without_anchor_are_reported(vault, case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    paths.backups_dir().mkdir(parents=True)
    written = checkpoints.write_due(vault, [paths.backups_dir()])
    assert len(written) == 1
    assert checkpoints.write_due(vault, [paths.backups_dir()]) == []  # one per month and folder
    data = json.loads(written[0].read_text())
    data["anchor"] = data["anchor"].replace("seq=", "seq=1")
    written[0].write_text(json.dumps(data))
    assert "checkpoint_forged" in _codes(checkpoints.check_all(vault))

    plain = tmp_path / "plain.pdf"
    with pikepdf.new() as doc:
        doc.add_blank_page()
        doc.save(plain)
    assert _codes(checkup.check_against(vault, [str(plain)])) == {"anchor_missing"}


def test_checkpoints_made_before_a_restore_are_information_not_a_rewrite(vault, case) -> None:  # type: ignore[no-untyped-def]
    first = backup.create_backup(vault, "manual")
    entries.add_service_entry(vault, case.id, "counselling", "복원 전에 쓴 기록")
    for old in first.checkpoints:  # this month's checkpoint again, now holding the entry the restore takes away
        old.unlink()
    assert checkpoints.write_due(vault, [paths.backups_dir()])
    result = backup.restore_backup(first.info.path, vault=vault)
    try:
        problems = checkpoints.check_all(result.vault)
        assert "checkpoint_before_restore" in _codes(problems)
        assert not any(p.severity == "error" for p in problems)
    finally:
        result.vault.close()


def test_cli_check_against(vault, case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pdf = exports.export_case(vault, case.id, tmp_path / "record.pdf").path
    backup.create_backup(vault, "manual")
    vault.close()
    data = paths.data_dir()
    out = run_cli(data, "check", "--against", str(pdf), passphrase=PASSPHRASE)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "기준점" in out.stdout
    out = run_cli(data, "--lang", "en", "check", "--json", "--against", str(pdf), str(tmp_path / "missing.pdf"),
                  passphrase=PASSPHRASE)
    assert out.returncode != 0 and "missing.pdf" in out.stderr and "Traceback" not in out.stderr
