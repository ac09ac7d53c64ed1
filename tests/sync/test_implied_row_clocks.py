"""Migration 0021 (issue 14, file size): a row at its insert's clock has no ``syncrow``; its clocks come from its
newest insert in the log. Every row answers the clocks, case id and deletion it answered before: written here,
received, changed or deleted later, in conflict, of a destroyed case, of the genesis, or a received insert that was
not applied. A file migrated from 0020 answers as it did, and syncs with machines that never saw it migrate to the
outcome the two-machine rules give (values, conflicts, resolution, relay to a third machine)."""

from __future__ import annotations

import json
from typing import Any


from caseapp.domain.sync_protocol import Change, Keep, Op
from caseapp.services import destruction, records, sync_log
from caseapp.storage.models import ServiceEntry

from sync_replicas import exchange_all  # type: ignore[import-not-found]

Key = tuple[str, str]


def laptop_device(r) -> str:  # type: ignore[no-untyped-def]
    with r.use():
        return sync_log.this_device()


def _log(r) -> list[sync_log.StoredChange]:  # type: ignore[no-untyped-def]
    """The log's rows as text (the code's reader at 0025; the columns as they are on a file taken back to 0020)."""
    if r.sql("SELECT 1 FROM sqlite_master WHERE name = 'syncdevice'"):
        with r.use(), r.vault.session() as s:
            return sync_log.stored_changes(sync_log.cursor(s))
    return r.sql("SELECT device, seq, hlc, tbl, row_id, op, fields, base, actor, case_id, scrubbed FROM syncchange")


def _keys(r) -> list[Key]:  # type: ignore[no-untyped-def]
    return sorted({(c[3], c[4]) for c in _log(r)} | set(r.sql("SELECT tbl, row_id FROM syncrow")))


def _answers(r) -> dict[Key, Any]:  # type: ignore[no-untyped-def]
    """Every row's clocks as this code reads them (one by one, and as an import's batch reader loads them)."""
    from caseapp.services.sync_batch import BatchReads
    keys = _keys(r)
    with r.use(), r.vault.session() as s:
        cur = sync_log.cursor(s)
        one = {k: sync_log.row_clocks(cur, *k) for k in keys}
        changes = [Change(device="x", seq=1, hlc="", table=t, row_id=i, op=Op.UPDATE) for t, i in keys]
        batch = BatchReads(s, cur, changes)
        assert {k: batch.clocks(*k) for k in keys} == one
    return one


def _answers_at_0020(r) -> dict[Key, Any]:  # type: ignore[no-untyped-def]
    """The same rows read as the code of schema 0020 read them: a syncrow, else the genesis clock."""
    genesis = r.sql("SELECT value FROM meta WHERE key = ?", sync_log.GENESIS_KEY)
    fallback = ({sync_log.DEFAULT_CLOCK: genesis[0][0]}, None, False) if genesis else None
    rows = {(t, i): (json.loads(c), k, bool(d)) for t, i, k, c, d in
            r.sql("SELECT tbl, row_id, case_id, clocks, deleted FROM syncrow")}
    return {k: rows.get(k, fallback) for k in _keys(r)}


def test_a_record_written_here_has_its_clocks_from_its_insert_until_it_changes(replicas) -> None:  # type: ignore[no-untyped-def]
    [office] = replicas(1)
    case = office.open_case("김민수")
    entry = office.add_entry(case.id, "처음 내용")
    [hlc] = [c[2] for c in _log(office) if c[3] == "serviceentry" and c[4] == entry.id]
    assert office.sql("SELECT count(*) FROM syncrow") == [(0,)]  # every record written here: no syncrow
    assert _answers(office)[("serviceentry", entry.id)] == ({"*": hlc}, case.id, False)
    office.edit_entry(entry.id, "고친 내용")
    edited = max(c[2] for c in _log(office) if c[4] == entry.id and c[5] == "update")
    clocks, case_id, deleted = _answers(office)[("serviceentry", entry.id)]
    assert (clocks["*"], clocks["text"], case_id, deleted) == (hlc, edited, case.id, False)
    with office.use():
        records.delete(office.vault, ServiceEntry, entry.id)
    assert _answers(office)[("serviceentry", entry.id)][2] is True


def test_a_received_insert_that_is_not_applied_leaves_the_row_without_clocks(replicas) -> None:  # type: ignore[no-untyped-def]
    office, laptop = replicas(2)
    case = office.open_case("김민수")
    laptop.pull(office)
    future = Change(device="f" * 12, seq=1, hlc="1900000000000.0000." + "f" * 12, table="futuretable",
                    row_id="r-1", op=Op.INSERT, fields={"x": 1}, case_id=case.id)  # a table of a newer caseapp
    laptop.receive([future])
    with laptop.use(), laptop.vault.session() as s:
        assert sync_log.row_clocks(sync_log.cursor(s), "futuretable", "r-1") is None  # as before: kept, no clocks
    assert laptop.sql("SELECT clocks FROM syncrow WHERE tbl = 'futuretable'") == [(sync_log.NO_CLOCKS,)]
    received = len([c for c in _log(laptop) if c[0] != laptop_device(laptop)])
    assert received > 0 and laptop.sql("SELECT count(*) FROM syncrow") == [(1,)]  # applied ones: none either
    # A scrubbed insert (no values) of a row held here, newer than the row's own insert: the row keeps its clocks.
    entry = laptop.add_entry(case.id, "노트북 기록")
    held = _answers(laptop)[("serviceentry", entry.id)]
    scrubbed = Change(device="f" * 12, seq=2, hlc="1900000000001.0000." + "f" * 12, table="serviceentry",
                      row_id=entry.id, op=Op.INSERT, fields={}, case_id=case.id)
    laptop.receive([scrubbed])
    assert _answers(laptop)[("serviceentry", entry.id)] == held


def test_a_0020_file_migrates_with_every_clock_and_syncs_to_the_same_outcome(replicas) -> None:  # type: ignore[no-untyped-def]
    office, laptop, third = replicas(3)
    case = office.open_case("김민수")
    kept = office.add_entry(case.id, "그대로 둔 기록")       # local, never changed
    edited = office.add_entry(case.id, "처음 내용")          # local, edited later
    gone = office.add_entry(case.id, "지운 기록")            # local, deleted later
    doomed = office.open_case("이영희")                  # destroyed later: scrubbed
    office.add_entry(doomed.id, "비밀 상담 내용")
    laptop.pull(office)
    theirs = laptop.open_case("박지성")                  # received by the office
    their_entry = laptop.add_entry(theirs.id, "노트북 기록")
    office.edit_entry(edited.id, "사무실 수정")
    laptop.edit_entry(edited.id, "노트북 수정")                 # the same field on both sides: a conflict
    with office.use():
        records.delete(office.vault, ServiceEntry, gone.id)
        destruction.destroy_case(office.vault, doomed.id, "보존기간 경과", require_closed=False)
    office.pull(laptop)
    assert len(office.conflicts()) == 1
    future = Change(device="f" * 12, seq=1, hlc="1900000000000.0000." + "f" * 12, table="futuretable",
                    row_id="r-1", op=Op.INSERT, fields={"x": 1}, case_id=case.id)
    office.receive([future])                              # received, not applied
    now = _answers(office)

    office.migrate_down("0020")  # the file as schema 0020 wrote it: a syncrow for every row the log set clocks for
    assert _answers_at_0020(office) == now
    assert office.sql("SELECT count(*) FROM syncrow")[0][0] > 10
    # A genesis as migration 0013 left it: rows logged with no syncrow, their clock once in meta.
    with office.use(), office.vault.engine.begin() as conn:
        cur = conn.connection.cursor()
        cur.execute("DELETE FROM syncrow WHERE tbl = 'practitioner'")
        [(genesis,)] = cur.execute("SELECT hlc FROM syncchange WHERE tbl = 'practitioner' ORDER BY seq LIMIT 1")
        cur.execute("UPDATE syncchange SET hlc = ?, fields = '' WHERE tbl = 'practitioner' AND op = 'insert'",
                    (genesis,))
        cur.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (sync_log.GENESIS_KEY, genesis))
    before = _answers_at_0020(office)

    office.migrate_up()
    assert office.sql("SELECT 1 FROM sqlite_master WHERE name = 'ix_syncchange_case_id'") == []
    assert _answers(office) == before  # every row answers what it answered at 0020
    left = office.sql("SELECT tbl, row_id, clocks FROM syncrow ORDER BY tbl, row_id")
    assert {(t, i) for t, i, _c in left} <= {("serviceentry", edited.id), ("serviceentry", gone.id),
                                            ("futuretable", "r-1")}, left  # only what moved after its insert
    assert ("futuretable", "r-1", sync_log.NO_CLOCKS) in left
    office.migrate_down("0020")
    assert _answers_at_0020(office) == before  # and back: the downgrade writes the implied syncrow again
    office.migrate_up()

    # Syncing on: the third machine (never synced) gets everything relayed by the migrated office, the laptop
    # what it lacks; the conflict resolved on the office settles everywhere.
    third.pull(office)
    laptop.pull(office)
    assert third.entry_texts()[kept.id] == "그대로 둔 기록" and third.entry_texts()[their_entry.id] == "노트북 기록"
    assert gone.id not in third.entry_texts() and third.entry_texts()[edited.id] == "사무실 수정"
    assert [c.field for c in third.conflicts()] == ["text"] and [c.field for c in laptop.conflicts()] == ["text"]
    with third.use(), third.vault.session() as s:
        from caseapp.storage.models import Case
        assert s.get(Case, doomed.id) is None or s.get(Case, doomed.id).destroyed_at is not None
    [mine] = office.conflicts()
    office.resolve(mine.id, Keep.THEIRS)
    office.edit_entry(kept.id, "이전 후 고친 기록")             # a row at its insert's clock, edited after the migration
    exchange_all([office, laptop, third])
    for r in (office, laptop, third):
        assert r.conflicts() == []
        assert r.entry_texts()[edited.id] == "노트북 수정" and r.entry_texts()[kept.id] == "이전 후 고친 기록"
    assert office.entry_texts() == laptop.entry_texts() == third.entry_texts()
