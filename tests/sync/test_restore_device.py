"""A restored backup brings back an older change log: the folder then writes as a new device (issue 17), so the
peer that saw the later changes neither takes the new ones for changes it holds nor sends the old ones onto them."""

from __future__ import annotations

from sqlmodel import select

from caseapp.services import backup, cases, sync_log

from sync_replicas import PASSPHRASE  # type: ignore[import-not-found]


def _log(r) -> list[tuple[str, int]]:  # type: ignore[no-untyped-def]
    with r.use(), r.vault.session() as s:
        return [(c[0], c[1]) for c in sync_log.stored_changes(sync_log.cursor(s))]


def test_a_restored_file_writes_as_a_new_device_and_nothing_is_lost_when_it_syncs_again(replicas) -> None:  # type: ignore[no-untyped-def]
    office, laptop = replicas(2)
    with office.use():
        case = cases.open_case(office.vault, {"name": "김민수"}, {"presenting_request": "주거 문제"})
        old_device = sync_log.this_device()
    office.add_entry(case.id, "백업 전 상담")
    laptop.pull(office)
    with office.use():
        saved = backup.create_backup(office.vault, "manual").info.path
    office.add_entry(case.id, "백업 뒤 상담")  # only the laptop keeps this one once the office restores
    laptop.pull(office)

    with office.use():
        office.vault = backup.restore_backup(saved, vault=office.vault, passphrase=PASSPHRASE).vault
        new_device = sync_log.this_device()
    assert new_device != old_device
    office.add_entry(case.id, "복원 뒤 상담")  # keeps working on the restored file

    laptop.pull(office)  # no gap error, and the new note is not taken for one the laptop holds
    office.pull(laptop)  # the later changes of the old device come back
    everything = {"백업 전 상담", "백업 뒤 상담", "복원 뒤 상담"}
    assert set(office.entry_texts().values()) == everything and set(laptop.entry_texts().values()) == everything
    for r in (office, laptop):
        log = _log(r)
        assert len(log) == len(set(log))  # no sequence number twice
        old = sorted(q for d, q in log if d == old_device)
        assert old == list(range(1, len(old) + 1))  # and none missing
        assert any(d == new_device for d, _q in log)
    assert office.vector() == laptop.vector()


def _disclose(r, case_id: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    from caseapp.services import registers
    from caseapp.storage.models import Case
    with r.use(), r.vault.session(write=True) as s:
        registers.add_disclosure(s, r.vault.actor, kind="referral_letter", recipient=recipient, items="의뢰서",
                                 coverage=registers.Coverage(False, ""), reason="긴급 의뢰",
                                 case=s.get(Case, case_id))


def _registers(r) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:  # type: ignore[no-untyped-def]
    """What each machine's 제3자 제공 대장 and 정정·삭제 요구 list show (a line twice would show twice)."""
    from caseapp.services import corrections
    from caseapp.storage.models import Disclosure
    with r.use():
        with r.vault.session() as s:
            lines = sorted((d.id, d.recipient) for d in s.exec(select(Disclosure)).all())
        asked = sorted((c.request, c.outcome) for c in corrections.requests(r.vault))
    return lines, asked


def test_what_a_restore_carried_over_reaches_the_peer_once(replicas) -> None:  # type: ignore[no-untyped-def]
    """Register lines written after the backup, sent to the peer before the restore or not: carried into the
    restored file, then one sync each way gives both machines the same register, each line once, no conflict."""
    from caseapp.services import corrections
    office, laptop = replicas(2)
    with office.use():
        case = cases.open_case(office.vault, {"name": "김민수"}, {"presenting_request": "주거 문제"})
        early = corrections.add_request(office.vault, case.id, "주소 정정")
    laptop.pull(office)
    with office.use():
        saved = backup.create_backup(office.vault, "manual").info.path
    _disclose(office, case.id, "평창군 보건의료원")  # the laptop gets this one before the restore
    laptop.pull(office)
    _disclose(office, case.id, "강원주거복지센터")  # these only the office has when it restores
    with office.use():
        corrections.add_request(office.vault, case.id, "기록 삭제 요구")
        corrections.answer(office.vault, early.id, "corrected")
    before = _registers(office)
    assert len(before[0]) == 2 and len(before[1]) == 2

    with office.use():
        office.vault = backup.restore_backup(saved, vault=office.vault, passphrase=PASSPHRASE).vault
    assert _registers(office) == before  # carried over

    laptop.pull(office)
    office.pull(laptop)
    laptop.pull(office)
    assert _registers(office) == before and _registers(laptop) == before
    assert office.conflicts() == [] and laptop.conflicts() == []
    assert office.vector() == laptop.vector()
