"""Migration 0025 (issue 14, file size): the change log stored compactly (storage/compact_log.py). Every change reads
back as the text it was: what an export ships, each row's clocks and the stored rows are identical before and after
the migration, up and down again, for local, edited, deleted, received, conflicted, destroyed (scrubbed) and genesis
rows and for values that are not canonical (kept as text). The codes stored in files are frozen; the log's queries
stay index or rowid seeks; a migrated file syncs with machines that never saw it migrate to the same outcome."""

from __future__ import annotations

import uuid
from typing import Any


from caseapp.domain.sync_protocol import Change, Keep, Op
from caseapp.services import destruction, records, sync_log
from caseapp.storage import case_keys, compact_log, migrate
from caseapp.storage.models import ServiceEntry

from sync_replicas import exchange_all  # type: ignore[import-not-found]

BEFORE = "0024"  # the revision before the compact log
_OLD_COLUMNS = "device, seq, hlc, tbl, row_id, op, fields, base, actor, case_id, scrubbed"


def _rows(r) -> list[tuple[Any, ...]]:  # type: ignore[no-untyped-def]
    """The log's rows as text, by (device, seq): read by the code at 0025, as the columns hold them at 0024."""
    if r.sql("SELECT 1 FROM sqlite_master WHERE name = 'syncdevice'"):
        with r.use(), r.vault.session() as s:
            rows = sync_log.stored_changes(sync_log.cursor(s))
    else:
        rows = [(*x[:-1], bool(x[-1])) for x in r.sql(f"SELECT {_OLD_COLUMNS} FROM syncchange")]
    return sorted(rows, key=lambda x: (x[0], x[1]))


def _read(r) -> tuple[Any, ...]:  # type: ignore[no-untyped-def]
    """What the sync code reads: every change an export ships to a machine that has nothing, the vector, the last
    clock, each row's clocks (one by one and as an import's batch reader loads them)."""
    from caseapp.services.sync_batch import BatchReads
    with r.use(), r.vault.session() as s:
        cur = sync_log.cursor(s)
        shipped = sync_log.changes_missing(s, {})
        keys = sorted({(c.table, c.row_id) for c in shipped})
        one = {k: sync_log.row_clocks(cur, *k) for k in keys}
        batch = BatchReads(s, cur, [Change(device="x", seq=1, hlc="", table=t, row_id=i, op=Op.UPDATE)
                                    for t, i in keys])
        assert {k: batch.clocks(*k) for k in keys} == one
        return shipped, sync_log.local_vector(s), sync_log.last_clock(cur), one


def test_the_codes_stored_in_files_are_frozen() -> None:
    assert compact_log.OP_CODES == {"insert": 0, "update": 1, "delete": 2, "destroy": 3}
    assert {o.value for o in Op} == set(compact_log.OP_CODES)
    assert compact_log.TABLE_CODES == dict(zip((
        "syncsetting", "practitioner", "agency", "resource", "client", "householdmember", "case", "stagetransition",
        "checklistcheck", "consent", "consentscan", "assessment", "needrating", "budgetline", "ecorelation", "goal",
        "plantask", "caseconference", "caseselection", "serviceentry", "addendum", "monitoringreview",
        "termination", "goalscore", "followup", "referral", "planagreement", "conferenceattendee",
        "reviewgoalchange", "reviewservicerating", "terminationgoaloutcome", "supervisionrecord",
        "supervisorconfirmation", "correctionrequest", "disclosure", "exportrecord"), range(1, 37)))
    assert set(sync_log.SYNCED_TABLES) <= set(compact_log.TABLE_CODES)  # a new synced table needs a code
    assert (compact_log.SEQ_BITS, compact_log.COUNTER_SPAN) == (40, 10000)


def test_values_that_are_not_canonical_are_kept_as_text() -> None:
    device = "0123456789ab"
    for hlc in ("1796185635773.0042." + device, "1796185635773.0042.ba9876543210", "", "12345", "x.y.z"):
        stored = compact_log.hlc_stored(hlc, device)
        assert compact_log.hlc_read(stored, device) == hlc
        assert isinstance(stored, int) == hlc.endswith(device)
    canonical = str(uuid.uuid4())
    for row_id in (canonical, canonical.upper(), "r-1", "12345", ""):
        assert compact_log.id_read(compact_log.id_stored(row_id)) == row_id
    assert compact_log.id_stored(canonical) == uuid.UUID(canonical).bytes
    assert compact_log.table_read(compact_log.table_stored("futuretable")) == "futuretable"
    assert compact_log.op_read(compact_log.op_stored("merge")) == "merge"
    assert compact_log.json_read(compact_log.json_stored("{}")) == "{}" and compact_log.json_stored("") == ""


def test_a_0024_file_migrates_up_and_down_with_every_value_and_syncs_to_the_same_outcome(replicas) -> None:  # type: ignore[no-untyped-def]
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
    odd = "f" * 12
    office.receive([  # received, not applied (a newer caseapp's table), with ids and a clock that are not canonical
        Change(device=odd, seq=1, hlc="1900000000000.0000." + odd, table="futuretable", row_id="r-1", op=Op.INSERT,
               fields={"x": 1}, case_id=case.id),
        Change(device=odd, seq=2, hlc="1900000000001.0003." + "e" * 12, table="futuretable", row_id="12345",
               op=Op.UPDATE, fields={"x": 2}, base={"x": "1900000000000.0000." + odd}, case_id=case.id.upper()),
    ])

    office.migrate_down(BEFORE)
    # A genesis as migration 0013 left it: inserts without values, one clock for all of them, kept in meta.
    with office.use(), office.vault.engine.begin() as conn:
        cur = conn.connection.cursor()
        [(genesis,)] = cur.execute("SELECT hlc FROM syncchange WHERE tbl = 'practitioner' ORDER BY seq LIMIT 1")
        cur.execute("UPDATE syncchange SET hlc = ?, fields = '' WHERE tbl = 'practitioner' AND op = 'insert'",
                    (genesis,))
        cur.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = ?",
                    (sync_log.GENESIS_KEY, genesis, genesis))
    rows = _rows(office)
    assert {r[0] for r in rows} >= {odd} and any(r[2].endswith("e" * 12) and r[0] == odd for r in rows)
    assert any(r[10] for r in rows) and any(r[6] == "" for r in rows)  # scrubbed and genesis rows are there

    office.migrate_up()
    assert _rows(office) == rows
    stored = office.sql("SELECT typeof(hlc), typeof(tbl), typeof(row_id), typeof(op), typeof(case_id), "
                          "fields IS NULL, base IS NULL FROM syncchange")
    assert ("integer", "integer", "blob", "integer", "blob", 0, 1) in stored  # a local insert, compact
    assert ("text", "text", "text", "integer", "text", 0, 0) in stored        # the odd update: text kept
    assert office.sql("SELECT name FROM sqlite_master WHERE tbl_name = 'syncchange' AND type = 'index'") == [
        ("ix_syncchange_row",)]  # no automatic index: (device, seq) is the rowid
    read = _read(office)
    office.migrate_down(BEFORE)
    assert _rows(office) == rows  # and back: the 0024 table, row for row
    office.migrate_up()
    assert _rows(office) == rows and _read(office) == read

    # Syncing on: the third machine (never synced) gets everything relayed by the migrated office, the laptop
    # what it lacks; the conflict resolved on the office settles everywhere.
    third.pull(office)
    laptop.pull(office)
    assert third.entry_texts()[kept.id] == "그대로 둔 기록" and third.entry_texts()[their_entry.id] == "노트북 기록"
    assert gone.id not in third.entry_texts() and third.entry_texts()[edited.id] == "사무실 수정"
    assert [c.field for c in third.conflicts()] == ["text"] and [c.field for c in laptop.conflicts()] == ["text"]
    [mine] = office.conflicts()
    office.resolve(mine.id, Keep.THEIRS)
    office.edit_entry(kept.id, "이전 후 고친 기록")
    exchange_all([office, laptop, third])
    for r in (office, laptop, third):
        assert r.conflicts() == []
        assert r.entry_texts()[edited.id] == "노트북 수정" and r.entry_texts()[kept.id] == "이전 후 고친 기록"
    assert office.entry_texts() == laptop.entry_texts() == third.entry_texts()
    shipped = {(c.device, c.seq): c for c in _read(office)[0]}
    for r in (laptop, third):  # every change each holds is the very change the office ships
        assert all(shipped.get((c.device, c.seq), c) == c for c in _read(r)[0])


def test_the_log_is_read_by_seeks(replicas) -> None:  # type: ignore[no-untyped-def]
    """Every query an export, an import and a write run on the log is a rowid or index seek, never a scan."""
    office, laptop = replicas(2)
    case = office.open_case("김민수")
    entry = office.add_entry(case.id, "기록")
    laptop.pull(office)
    with office.use(), office.vault.session() as s:
        cur = sync_log.cursor(s)
        dbapi = cur.connection
        seen: list[str] = []
        dbapi.set_trace_callback(seen.append)
        try:
            sync_log.local_vector(s)
            sync_log.changes_missing(s, {sync_log.this_device(): 1})
            sync_log.last_clock(cur)
            sync_log.next_seq(cur, sync_log.this_device())
            sync_log.newest_inserts(cur, "serviceentry", [entry.id, "r-1"])
            sync_log.held(cur, [(sync_log.this_device(), 1), (sync_log.this_device(), 2)])
            sync_log.stored_clocks(cur, "serviceentry", entry.id)
        finally:
            dbapi.set_trace_callback(None)
        queries = [q for q in seen if "syncchange" in q]
        assert len(queries) >= 7
        for query in queries:
            plan = " / ".join(str(r[3]) for r in cur.execute("EXPLAIN QUERY PLAN " + query).fetchall())
            assert "SCAN c" not in plan and "SCAN syncchange" not in plan, (query, plan)


def test_rows_logged_in_bulk_store_their_ids_as_the_writer_of_one_change_does(replicas) -> None:  # type: ignore[no-untyped-def]
    """record_existing converts ids in SQL (demo data's bulk path): the same stored form as compact_log.id_stored."""
    [office] = replicas(1)
    canonical = str(uuid.uuid4())
    ids = [canonical, canonical.upper(), "p-1", "123"]
    with office.use(), office.vault.engine.begin() as conn:
        for row_id in ids:
            conn.exec_driver_sql("INSERT INTO practitioner (id, created_at, updated_at, name, title, phone, email, "
                                 "is_current) VALUES (?, '2026-12-02 00:00:00', '2026-12-02 00:00:00', '김', '', '', "
                                 "'', 0)", (case_keys.key(row_id),))  # as the ORM stores it (0030)
        assert sync_log.record_existing(conn, only={"practitioner": ids}) == len(ids)
        stored = conn.exec_driver_sql("SELECT row_id FROM syncchange WHERE tbl = ? AND fields = ''",
                                      (compact_log.TABLE_CODES["practitioner"],)).fetchall()
    assert sorted(r[0] for r in stored if isinstance(r[0], str)) == sorted(ids[1:])
    assert [r[0] for r in stored if isinstance(r[0], bytes)] == [compact_log.id_stored(canonical)]
    logged = {c[4]: c for c in _rows(office) if c[3] == "practitioner" and c[6] == ""}
    assert set(logged) == set(ids) and {c[5] for c in logged.values()} == {"insert"}


def test_a_migration_stopped_half_way_leaves_the_0024_file_as_it_was(replicas, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """One transaction: a failure (as a kill) in the middle of the copy leaves every row and the revision as they
    were; the next open migrates."""
    [office] = replicas(1)
    case = office.open_case("김민수")
    for i in range(5):
        office.add_entry(case.id, f"{i + 1}회기")
    office.migrate_down(BEFORE)
    rows = _rows(office)
    calls = []
    real = compact_log.id_stored

    def failing(text):  # type: ignore[no-untyped-def]
        calls.append(text)
        if len(calls) > 6:
            raise OSError("disk I/O error")
        return real(text)

    monkeypatch.setattr(compact_log, "id_stored", failing)
    try:
        office.migrate_up()
    except OSError:
        pass
    else:
        raise AssertionError("the migration did not stop")
    with office.use(), office.vault.engine.connect() as conn:
        assert migrate.current_revision(conn) == BEFORE
    assert _rows(office) == rows
    assert not office.sql("SELECT name FROM sqlite_master WHERE name IN ('syncdevice', 'syncchange_0025')")
    monkeypatch.setattr(compact_log, "id_stored", real)
    office.migrate_up()
    assert _rows(office) == rows
