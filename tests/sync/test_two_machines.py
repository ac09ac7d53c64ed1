"""Two and three machines of one practitioner converge, and nothing is lost or silently overwritten."""

from __future__ import annotations

import pytest
from sqlmodel import select

from caseapp.domain import forms
from caseapp.domain.sync_protocol import Keep
from caseapp.errors import ValidationError
from caseapp.services import cases, destruction, entries, records, search, sync_apply, sync_log
from caseapp.storage.models import Addendum, AuditEvent, Case, CaseNumberAlias, ServiceEntry

from sync_replicas import exchange_all  # type: ignore[import-not-found]


def laptop_device(r) -> str:  # type: ignore[no-untyped-def]
    with r.use():
        return sync_log.this_device()


def test_changes_in_different_cases_merge_and_are_found(replicas) -> None:  # type: ignore[no-untyped-def]
    office, laptop = replicas(2)
    a = office.open_case("김민수")
    b = laptop.open_case("이영희")
    office.add_entry(a.id, "사무실에서 쓴 상담")
    laptop.add_entry(b.id, "가정방문 기록")
    result = laptop.pull(office)
    assert result.preview.new_records >= 3 and result.preview.conflicts == 0
    office.pull(laptop)
    assert sorted(office.entry_texts().values()) == sorted(laptop.entry_texts().values()) == ["가정방문 기록", "사무실에서 쓴 상담"]
    with office.use():
        assert search.search(office.vault, "가정방문")  # the derived index follows the import
    with office.use(), office.vault.session() as s:
        numbers = sorted(c.case_number for c in s.exec(select(Case)).all())
        assert len(set(numbers)) == 2  # both machines numbered their case 2026-0001: reconciled, unique
        assert s.exec(select(AuditEvent).where(AuditEvent.action == "sync_import")).first() is not None
    with laptop.use(), laptop.vault.session() as s:
        assert sorted(c.case_number for c in s.exec(select(Case)).all()) == numbers
        renamed = [n for n in numbers if n.count("-") == 2]
        assert len(renamed) == 1 and s.exec(select(CaseNumberAlias)).one().number == renamed[0].rsplit("-", 1)[0]
    assert laptop.open_case("박지성").case_number.endswith("-0002")  # numbering goes on after a reconciled one


def test_same_field_on_both_sides_is_a_conflict_resolved_once_for_both(replicas) -> None:  # type: ignore[no-untyped-def]
    office, laptop = replicas(2)
    case = office.open_case("김민수")
    entry = office.add_entry(case.id, "처음 내용")
    laptop.pull(office)
    with office.use():
        entries.edit(office.vault, "service_entry", entry.id, {"text": "사무실 수정"})
    with laptop.use():
        entries.edit(laptop.vault, "service_entry", entry.id, {"text": "노트북 수정"})
    preview_changes = office.missing_for(laptop)
    with laptop.use(), laptop.vault.session(write=True) as s:
        counted = sync_apply.preview(s, preview_changes)
    assert counted.conflicts == 1
    assert laptop.pull(office).preview.conflicts == 1
    office.pull(laptop)
    # nothing overwritten
    assert office.entry_texts()[entry.id] == "사무실 수정" and laptop.entry_texts()[entry.id] == "노트북 수정"
    [mine] = laptop.conflicts()
    assert (mine.mine, mine.theirs, mine.field) == ("노트북 수정", "사무실 수정", "text")
    assert mine.label == forms.SERVICE_ENTRY.field("text").label.text("ko") and mine.case_number == case.case_number
    assert mine.mine_device == laptop_device(laptop) and mine.theirs_device != mine.mine_device
    assert office.conflicts()[0].theirs == "노트북 수정"
    laptop.resolve(mine.id, Keep.THEIRS)
    assert laptop.conflicts() == [] and laptop.entry_texts()[entry.id] == "사무실 수정"
    office.pull(laptop)
    assert office.conflicts() == [] and office.entry_texts()[entry.id] == "사무실 수정"


def test_signed_entries_and_addenda_on_both_sides_all_arrive(replicas) -> None:  # type: ignore[no-untyped-def]
    office, laptop = replicas(2)
    case = office.open_case("김민수")
    laptop.pull(office)
    signed_office = office.add_entry(case.id, "사무실 서명 기록", sign=True)
    signed_laptop = laptop.add_entry(case.id, "노트북 서명 기록", sign=True)
    with laptop.use():
        records.add_addendum(laptop.vault, ServiceEntry, signed_laptop.id, {"text": "추가 기록", "written_on": "2026-11-03"})
    exchange_all([office, laptop])
    for r in (office, laptop):
        with r.use(), r.vault.session() as s:
            held = {e.id: e for e in s.exec(select(ServiceEntry)).all()}
            assert held[signed_office.id].signed_at and held[signed_laptop.id].signed_at
            assert [a.text for a in s.exec(select(Addendum)).all()] == ["추가 기록"]
            assert records.verify_signed(s, ServiceEntry) == []  # every signature still matches its content
        assert r.conflicts() == []


def test_an_edit_of_an_entry_signed_on_the_other_machine_is_kept_as_a_conflict(replicas) -> None:  # type: ignore[no-untyped-def]
    office, laptop = replicas(2)
    case = office.open_case("김민수")
    entry = office.add_entry(case.id, "서명 전 내용")
    laptop.pull(office)
    with office.use():
        entries.sign_entry(office.vault, ServiceEntry, entry.id)
    with laptop.use():
        entries.edit(laptop.vault, "service_entry", entry.id, {"text": "노트북에서 고친 내용"})
    exchange_all([office, laptop])
    assert office.entry_texts()[entry.id] == laptop.entry_texts()[entry.id] == "서명 전 내용"  # the signed content stands
    for r in (office, laptop):
        [c] = r.conflicts()
        assert "노트북에서 고친 내용" in (c.mine, c.theirs)  # the edit is kept, not dropped
    [c] = laptop.conflicts()
    assert c.mine == "서명 전 내용"  # what the file shows: the signed content
    with pytest.raises(ValidationError):
        laptop.resolve(c.id, Keep.THEIRS)  # a signed record does not change
    laptop.resolve(c.id, Keep.MINE)
    office.pull(laptop)
    assert office.conflicts() == laptop.conflicts() == []


def test_a_destruction_propagates_and_is_audited_there(replicas) -> None:  # type: ignore[no-untyped-def]
    office, laptop, third = replicas(3)
    case = office.open_case("김민수")
    office.add_entry(case.id, "비밀 상담 내용")
    exchange_all([office, laptop, third])
    with laptop.use():
        destruction.destroy_case(laptop.vault, case.id, "보존기간 경과", require_closed=False)
    office.pull(laptop)
    third.pull(office)  # relayed: the third machine never exchanged with the laptop
    for r in (office, third):
        with r.use(), r.vault.session() as s:
            assert s.get(Case, case.id).destroyed_at is not None
            assert s.exec(select(ServiceEntry)).all() == []
            assert s.exec(select(AuditEvent).where(AuditEvent.action == "destroy")).first() is not None
            logged = " ".join(c[6] for c in sync_log.stored_changes(sync_log.cursor(s)))  # as text (packed: 0028)
            assert logged and "비밀 상담" not in logged
        with r.use():
            assert case.id in destruction.destroyed_registry()


def test_the_same_changes_twice_change_nothing_and_a_gap_is_refused(replicas) -> None:  # type: ignore[no-untyped-def]
    office, laptop = replicas(2)
    case = office.open_case("김민수")
    office.add_entry(case.id, "한 번만")
    changes = office.missing_for(laptop)
    first = laptop.receive(changes)
    again = laptop.receive(changes)
    assert first.preview.new_records > 0
    assert again.preview.nothing_new and again.preview.already_held == len(changes)
    assert list(laptop.entry_texts().values()) == ["한 번만"]
    office.add_entry(case.id, "두 번째")
    office.add_entry(case.id, "세 번째")
    later = office.missing_for(laptop)
    with pytest.raises(sync_apply.SyncGap):
        laptop.receive(later[1:])
    assert list(laptop.entry_texts().values()) == ["한 번만"]


def test_preview_counts_and_writes_nothing(replicas) -> None:  # type: ignore[no-untyped-def]
    office, laptop = replicas(2)
    case = office.open_case("김민수")
    office.add_entry(case.id, "미리보기")
    changes = office.missing_for(laptop)
    before = laptop.vector()
    with laptop.use(), laptop.vault.session() as s:
        counted = sync_apply.preview(s, changes)
    assert counted.new_records >= 3 and counted.case_numbers == (case.case_number,)
    assert laptop.vector() == before and laptop.entry_texts() == {}
    with laptop.use(), laptop.vault.session() as s:
        assert s.exec(select(AuditEvent).where(AuditEvent.action == "sync_import")).first() is None
    assert laptop.receive(changes).preview == counted  # applying does what the preview said


def test_a_deletion_of_a_record_edited_on_the_other_machine_keeps_it(replicas) -> None:  # type: ignore[no-untyped-def]
    office, laptop = replicas(2)
    case = office.open_case("김민수")
    entry = office.add_entry(case.id, "지울 기록")
    kept = office.add_entry(case.id, "그대로 지울 기록")
    laptop.pull(office)
    with office.use():
        records.delete(office.vault, ServiceEntry, entry.id)
        records.delete(office.vault, ServiceEntry, kept.id)
    with laptop.use():
        entries.edit(laptop.vault, "service_entry", entry.id, {"text": "노트북에서 보탠 내용"})
    result = laptop.pull(office)
    assert result.preview.deletions == 1 and result.preview.conflicts == 1
    assert laptop.entry_texts() == {entry.id: "노트북에서 보탠 내용"}  # the edited one stays until resolved
    office.pull(laptop)
    assert office.entry_texts() == {}
    [here] = laptop.conflicts()
    assert here.field == "__row__" and here.theirs == "(삭제됨)"
    assert len(office.conflicts()) == 1  # edited there, deleted here: kept on this side too
    laptop.resolve(here.id, Keep.MINE)  # keep the record: it travels back whole
    office.pull(laptop)
    assert office.entry_texts() == laptop.entry_texts() == {entry.id: "노트북에서 보탠 내용"}
    assert office.conflicts() == laptop.conflicts() == []


def test_the_same_checklist_item_checked_on_both_machines_settles_to_one(replicas) -> None:  # type: ignore[no-untyped-def]
    from caseapp.domain.checklists import CHECKLISTS
    from caseapp.domain.vocab import Stage
    from caseapp.storage.models import ChecklistCheck
    office, laptop = replicas(2)
    case = office.open_case("김민수")
    laptop.pull(office)
    item = CHECKLISTS[Stage.INTAKE][0].key
    for r, note in ((office, "사무실"), (laptop, "노트북")):
        with r.use():
            cases.set_check(r.vault, case.id, Stage.INTAKE, item, True, note=note)
    office.pull(laptop)
    [c] = office.conflicts()
    assert c.field == "__row__" and "노트북" in c.theirs  # the laptop's check is kept, not dropped
    with pytest.raises(ValidationError):
        office.resolve(c.id, Keep.THEIRS)  # the same item is checked here: one of them must go first
    office.resolve(c.id, Keep.MINE)
    laptop.pull(office)
    office.pull(laptop)
    for r in (office, laptop):
        with r.use(), r.vault.session() as s:
            assert [k.note for k in s.exec(select(ChecklistCheck)).all()] == ["사무실"]
        assert r.conflicts() == []


def test_three_machines_a_typed_resolution_settles_everywhere_and_destruction_takes_the_conflicts(replicas) -> None:  # type: ignore[no-untyped-def]
    office, laptop, third = replicas(3)
    case = office.open_case("김민수")
    entry = office.add_entry(case.id, "처음")
    exchange_all([office, laptop, third])
    for r, text in ((office, "사무실 값"), (laptop, "노트북 값")):
        with r.use():
            entries.edit(r.vault, "service_entry", entry.id, {"text": text})
    exchange_all([office, laptop, third])
    assert all(len(r.conflicts()) == 1 for r in (office, laptop, third))
    [c] = third.conflicts()
    with pytest.raises(ValidationError):
        third.resolve(c.id, Keep.EDIT, "NUL\x00문자")  # checked like the form checks it
    third.resolve(c.id, Keep.EDIT, "둘을 합친 값")
    exchange_all([office, laptop, third])
    assert all(r.conflicts() == [] and r.entry_texts()[entry.id] == "둘을 합친 값" for r in (office, laptop, third))
    for r, text in ((office, "다시 사무실"), (laptop, "다시 노트북")):
        with r.use():
            entries.edit(r.vault, "service_entry", entry.id, {"text": text})
    office.pull(laptop)
    assert office.conflicts()
    with office.use():
        destruction.destroy_case(office.vault, case.id, "테스트", require_closed=False)
        with office.vault.session() as s:
            from caseapp.storage.models import SyncConflict
            assert s.exec(select(SyncConflict)).all() == []  # the values kept there are personal data too


def test_a_row_added_and_removed_on_the_other_machine_is_not_announced(replicas) -> None:  # type: ignore[no-untyped-def]
    """The preview counts what the import does to this file: a note written and deleted again on the laptop (or the
    set-up's own practitioner row, replaced by the first machine's) is neither a new record nor a deletion here."""
    office, laptop = replicas(2)
    case = office.open_case("김민수")
    laptop.pull(office)
    note = office.add_entry(case.id, "잘못 쓴 기록")
    with office.use():
        records.delete(office.vault, ServiceEntry, note.id)
    result = laptop.pull(office)
    assert (result.preview.new_records, result.preview.deletions) == (0, 0)
    assert laptop.entry_texts() == {}
