"""The change log: every write of a synced table is recorded in its own transaction, with the base it replaced."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlmodel import select

from caseapp.domain.sync_protocol import Op
from caseapp.services import destruction, entries, records, sync_log
from caseapp.storage import case_keys
from caseapp.storage.models import AuditEvent, ServiceEntry, SyncChange

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema-0003"


def _log(vault) -> list:  # type: ignore[no-untyped-def]
    with vault.session() as s:
        return sync_log.changes_missing(s, {})


def test_insert_update_delete_are_logged_with_the_base_they_replaced(vault, case) -> None:  # type: ignore[no-untyped-def]
    entry = entries.add_service_entry(vault, case.id, "counselling", "첫 상담", occurred_on="2026-11-02")
    inserted = [c for c in _log(vault) if c.row_id == entry.id]
    assert [c.op for c in inserted] == [Op.INSERT]
    assert inserted[0].fields["text"] == "첫 상담" and inserted[0].case_id == case.id
    assert inserted[0].fields["occurred_on"] == "2026-11-02"  # the raw stored value, as every machine writes it

    entries.edit(vault, "service_entry", entry.id, {"text": "첫 상담(수정)"})
    update = [c for c in _log(vault) if c.row_id == entry.id][-1]
    assert update.op is Op.UPDATE and update.fields["text"] == "첫 상담(수정)"
    assert "practice_type" not in update.fields  # only what changed travels
    assert update.base["text"] == inserted[0].hlc

    records.delete(vault, ServiceEntry, entry.id)
    deleted = [c for c in _log(vault) if c.row_id == entry.id][-1]
    assert deleted.op is Op.DELETE and deleted.base["text"] == update.hlc

    changes = _log(vault)
    device = sync_log.this_device()
    assert [c.seq for c in changes if c.device == device] == list(range(1, len(changes) + 1))  # no gaps
    assert [c.hlc for c in changes] == sorted(c.hlc for c in changes)
    with vault.session() as s:
        assert sync_log.local_vector(s) == {device: len(changes)}
        assert sync_log.changes_missing(s, {device: len(changes) - 1}) == [changes[-1]]
        assert sync_log.changes_missing(s, {device: len(changes)}) == []


def test_not_synced_tables_stay_out_of_the_log(vault, case) -> None:  # type: ignore[no-untyped-def]
    tables = {c.table for c in _log(vault)}
    assert {"client", "case", "practitioner", "agency"} <= tables
    assert not tables & {"auditevent", "searchdoc", "casesummary", "meta", "signingidentity", "draft"}


def test_a_signature_carries_the_whole_signed_content(vault, case) -> None:  # type: ignore[no-untyped-def]
    entry = entries.add_service_entry(vault, case.id, "counselling", "서명할 기록", occurred_on="2026-11-03")
    entries.sign_entry(vault, ServiceEntry, entry.id)
    signing = [c for c in _log(vault) if c.row_id == entry.id][-1]
    assert signing.fields["signed_at"] and signing.fields["content_hash"]
    assert signing.fields["text"] == "서명할 기록" and signing.fields["practice_type"] == "counselling"


def test_a_failed_write_leaves_no_change_behind(vault, case) -> None:  # type: ignore[no-untyped-def]
    before = len(_log(vault))
    try:
        with vault.session(write=True) as s:
            s.add(ServiceEntry(case_id=case.id, occurred_on=case.opened_on, practice_type="counselling", text="x"))
            s.flush()
            raise RuntimeError("the use case failed")
    except RuntimeError:
        pass
    assert len(_log(vault)) == before


def test_destruction_travels_as_one_change_and_leaves_no_values_in_the_log(vault, case) -> None:  # type: ignore[no-untyped-def]
    entries.add_service_entry(vault, case.id, "counselling", "비밀스러운 상담 내용", occurred_on="2026-11-04")
    destruction.destroy_case(vault, case.id, "테스트", require_closed=False)
    log = _log(vault)
    assert [c.op for c in log if c.case_id == case.id][-1] is Op.DESTROY
    assert sum(c.op is Op.DESTROY for c in log) == 1
    assert not [c for c in log if c.case_id == case.id and c.fields]
    assert not [c for c in log if c.table == "client" and c.fields.get("name") == "김민수"]
    with vault.session() as s:
        assert s.exec(select(SyncChange)).all()
        text = " ".join(r[6] for r in sync_log.stored_changes(sync_log.cursor(s)))  # as text (packed: 0028)
        assert "비밀스러운" not in text and "김민수" not in text and "010-1234-5678" not in text
        assert s.exec(select(AuditEvent).where(AuditEvent.action == "destroy")).first() is not None


def test_migration_logs_every_existing_row_once(data_dir: Path) -> None:
    from caseapp.services.vault import Vault
    from caseapp.storage.engine import raw_connect
    from caseapp.storage.keystore import KeyFile
    shutil.copytree(FIXTURE, data_dir)
    vault = Vault.open("fixture passphrase 0003")
    try:
        log = _log(vault)
        key = KeyFile.load(data_dir / "caseapp.key").unwrap_with_passphrase("fixture passphrase 0003")
        conn = raw_connect(vault.db_path, key)
        try:
            clients = [(case_keys.key_text(i), n) for i, n in conn.execute("SELECT id, name FROM client").fetchall()]
            entries_held = conn.execute("SELECT count(*) FROM serviceentry").fetchone()[0]
        finally:
            conn.close()
        by_row = {(c.table, c.row_id): c for c in log}
        assert len(by_row) == len(log)  # once each
        for client_id, name in clients:
            assert by_row[("client", client_id)].fields["name"] == name
        assert sum(c.table == "serviceentry" for c in log) == entries_held > 0
        assert {c.op for c in log} == {Op.INSERT}
        genesis = log[0].hlc
        client_id = clients[0][0]
        from caseapp.services import cases
        cases.update_client(vault, client_id, {"phone": "010-9999-0000"})
        edit = [c for c in _log(vault) if c.row_id == client_id][-1]
        assert edit.op is Op.UPDATE and edit.base["phone"] == genesis  # based on the version the file held
        assert [c for c in _log(vault) if c.row_id == client_id][0].fields["phone"] == "010-9999-0000"  # read now
    finally:
        vault.close()
