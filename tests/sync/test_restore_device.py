"""A restored backup brings back an older change log: the folder then writes as a new device (issue 17), so the
peer that saw the later changes neither takes the new ones for changes it holds nor sends the old ones onto them."""

from __future__ import annotations

from sqlmodel import select

from caseapp.services import backup, cases, entries, sync_log
from caseapp.storage.models import ServiceEntry

from sync_replicas import PASSPHRASE  # type: ignore[import-not-found]


def _entry(r, case_id: str, text: str) -> None:  # type: ignore[no-untyped-def]
    with r.use():
        entries.add_service_entry(r.vault, case_id, "counselling", text, occurred_on="2026-11-02")


def _texts(r) -> set[str]:  # type: ignore[no-untyped-def]
    with r.use(), r.vault.session() as s:
        return {e.text for e in s.exec(select(ServiceEntry)).all()}


def _log(r) -> list[tuple[str, int]]:  # type: ignore[no-untyped-def]
    with r.use(), r.vault.session() as s:
        return [(c[0], c[1]) for c in sync_log.stored_changes(sync_log.cursor(s))]


def test_a_restored_file_writes_as_a_new_device_and_nothing_is_lost_when_it_syncs_again(replicas) -> None:  # type: ignore[no-untyped-def]
    office, laptop = replicas(2)
    with office.use():
        case = cases.open_case(office.vault, {"name": "김민수"}, {"presenting_request": "주거 문제"})
        old_device = sync_log.this_device()
    _entry(office, case.id, "백업 전 상담")
    laptop.pull(office)
    with office.use():
        saved = backup.create_backup(office.vault, "manual").info.path
    _entry(office, case.id, "백업 뒤 상담")  # only the laptop keeps this one once the office restores
    laptop.pull(office)

    with office.use():
        office.vault = backup.restore_backup(saved, vault=office.vault, passphrase=PASSPHRASE).vault
        new_device = sync_log.this_device()
    assert new_device != old_device
    _entry(office, case.id, "복원 뒤 상담")  # keeps working on the restored file

    laptop.pull(office)  # no gap error, and the new note is not taken for one the laptop holds
    office.pull(laptop)  # the later changes of the old device come back
    everything = {"백업 전 상담", "백업 뒤 상담", "복원 뒤 상담"}
    assert _texts(office) == everything and _texts(laptop) == everything
    for r in (office, laptop):
        log = _log(r)
        assert len(log) == len(set(log))  # no sequence number twice
        old = sorted(q for d, q in log if d == old_device)
        assert old == list(range(1, len(old) + 1))  # and none missing
        assert any(d == new_device for d, _q in log)
    assert office.vector() == laptop.vector()
