"""Migration 0028 (issue 14, file size): the change log's ``fields`` and ``base`` packed (storage/packed_json.py).

Every value reads back as exactly the text it was: what an export ships, each row's clocks and the stored rows are
identical before and after the migration, up, down and up again; a text that does not pack smaller stays text; the
dictionary is frozen; the destruction scrub finds a client's household members in packed values; a migration
stopped half way leaves the 0027 file as it was."""

from __future__ import annotations

import hashlib
import json
import random
import string
import zlib
from typing import Any

import pytest

from caseapp.domain.sync_protocol import Change, Op
from caseapp.services import cases, destruction, entries, records, sync_log
from caseapp.storage import compact_log, migrate, packed_json
from caseapp.storage.models import ServiceEntry

BEFORE = "0027"  # the revision before the packed values


def _read(r) -> tuple[Any, ...]:  # type: ignore[no-untyped-def]
    """What an export ships to a machine that has nothing, the vector and each row's clocks."""
    with r.use(), r.vault.session() as s:
        cur = sync_log.cursor(s)
        shipped = sync_log.changes_missing(s, {})
        clocks = {(c.table, c.row_id): sync_log.row_clocks(cur, c.table, c.row_id) for c in shipped}
        return shipped, sync_log.local_vector(s), clocks


def _kinds(r) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return set(r.sql("SELECT typeof(fields), typeof(base) FROM syncchange"))


def test_the_dictionary_stored_in_files_is_frozen() -> None:
    assert (packed_json.VERSION, packed_json.READ_WINDOW_BITS) == (1, 15)
    assert len(packed_json.DICTIONARY_V1) == 11275
    assert hashlib.sha256(packed_json.DICTIONARY_V1).hexdigest() == \
        "182de89a9297d55b48c84c361690d7f4a0e5ec678f33b81b4fa3724e471e7d33"


def test_every_text_reads_back_exactly_and_one_that_does_not_pack_smaller_stays_text() -> None:
    rng = random.Random(14)
    row = {"case_id": "82b497bd-85af-4210-9ce0-8ff183cb0d62", "text": "가정방문 상담: 난방비·월세 체납 확인",
           "occurred_on": "2026-11-14", "signed_at": None, "content_kinds": ["service"], "duration_min": 40,
           "data": {"$hex": "89504E47"}}
    texts = [
        json.dumps(row, ensure_ascii=False, sort_keys=True, separators=(",", ":")),
        '{"text":"1796185635773.0000.ca43bf3762e2"}',  # a base
        '{"value":"x"}', '"\\ud800"', " " * 3, "\U0001F600" * 200,
        "".join(chr(rng.randrange(0x20, 0x3000)) for _ in range(2000)),
    ]
    for text in texts:
        stored = compact_log.json_stored(text)
        assert compact_log.json_read(stored) == text
        if isinstance(stored, bytes):  # packed only where shorter; a packed value starts with its version
            assert len(stored) < len(text.encode("utf-8")) and stored[0] == packed_json.VERSION
        else:
            assert stored == text
    assert isinstance(compact_log.json_stored(texts[0]), bytes)
    for text in ('{"a":1}', json.dumps("".join(rng.choice(string.ascii_letters) for _ in range(24)))):
        assert compact_log.json_stored(text) == text  # no shorter packed: kept as the text it is
    assert compact_log.json_stored("{}") is None and compact_log.json_read(None) == "{}"
    assert compact_log.json_stored("") == ""  # a genesis insert's empty text stays itself


def test_the_writers_settings_are_not_part_of_the_format() -> None:
    """A value packed with other DEFLATE settings (any window up to 32 KB, any level) reads the same."""
    text = '{"case_id":"82b497bd-85af-4210-9ce0-8ff183cb0d62","text":"가정방문 상담","updated_at":"2026-11-14"}'
    for level, window, mem in ((9, 15, 9), (1, 10, 1), (6, 14, 6)):
        packer = zlib.compressobj(level, zlib.DEFLATED, -window, mem, zdict=packed_json.DICTIONARY_V1)
        value = bytes((packed_json.VERSION,)) + packer.compress(text.encode("utf-8")) + packer.flush()
        assert packed_json.unpack(value) == text


def test_a_value_that_is_not_a_known_packed_form_is_refused_clearly() -> None:
    with pytest.raises(packed_json.PackedJsonError):
        packed_json.unpack(b"\x02abc")
    with pytest.raises(packed_json.PackedJsonError):
        packed_json.unpack(b"")
    with pytest.raises(packed_json.PackedJsonError):
        packed_json.unpack(bytes((packed_json.VERSION,)) + b"\xff\xff\xff\xff")


def test_a_change_made_in_the_app_is_stored_packed_and_shipped_as_its_text(replicas) -> None:  # type: ignore[no-untyped-def]
    [office] = replicas(1)
    with office.use():
        case = cases.open_case(office.vault, {"name": "김민수"}, {"presenting_request": "주거 문제"})
        entry = entries.add_service_entry(office.vault, case.id, "counselling", "첫 상담", occurred_on="2026-11-02")
    with office.use(), office.vault.session() as s:
        cur = sync_log.cursor(s)
        row = sync_log.read_row(cur, "serviceentry", entry.id)
        [change] = [c for c in sync_log.changes_missing(s, {}) if c.row_id == entry.id]
        [(stored,)] = cur.execute("SELECT fields FROM syncchange WHERE row_id = ?",
                                  (compact_log.id_stored(entry.id),)).fetchall()
    assert row is not None
    row.pop("id")
    assert change.fields == row and isinstance(stored, bytes)
    assert compact_log.json_read(stored) == json.dumps(row, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def test_a_0027_file_migrates_up_and_down_with_every_value_and_reads_the_same(replicas) -> None:  # type: ignore[no-untyped-def]
    office, laptop = replicas(2)
    with office.use():
        case = cases.open_case(office.vault, {"name": "김민수"}, {"presenting_request": "김민수의 주거 문제"})
        kept = entries.add_service_entry(office.vault, case.id, "counselling", "그대로 둔 기록", occurred_on="2026-11-02")
        edited = entries.add_service_entry(office.vault, case.id, "counselling", "처음", occurred_on="2026-11-02")
        gone = entries.add_service_entry(office.vault, case.id, "counselling", "지운 기록", occurred_on="2026-11-02")
        doomed = cases.open_case(office.vault, {"name": "이영희"}, {"presenting_request": "이영희 상담"})
        entries.add_service_entry(office.vault, doomed.id, "counselling", "비밀 상담 내용", occurred_on="2026-11-02")
    laptop.pull(office)
    with laptop.use():
        entries.edit(laptop.vault, "service_entry", edited.id, {"text": "노트북 수정"})
    with office.use():
        entries.edit(office.vault, "service_entry", edited.id, {"text": "사무실 수정"})
        records.delete(office.vault, ServiceEntry, gone.id)
        destruction.destroy_case(office.vault, doomed.id, "보존기간 경과", require_closed=False)
    office.pull(laptop)
    assert len(office.conflicts()) == 1
    odd = "f" * 12
    office.receive([Change(device=odd, seq=1, hlc="1900000000000.0000." + odd, table="futuretable", row_id="r-1",
                           op=Op.INSERT, fields={"x": "가" * 300}, case_id=case.id)])  # a newer caseapp's table
    rows, read = office.stored_changes(), _read(office)
    assert ("blob", "null") in _kinds(office) and ("blob", "blob") in _kinds(office)  # inserts; the edit's base

    office.migrate_down(BEFORE)
    assert "blob" not in {k for pair in _kinds(office) for k in pair}  # every value its text again
    assert office.stored_changes() == rows and _read(office) == read
    at_0027 = office.sql("SELECT id, fields, base FROM syncchange ORDER BY id")
    office.migrate_up()
    assert office.stored_changes() == rows and _read(office) == read
    office.migrate_down(BEFORE)
    assert office.sql("SELECT id, fields, base FROM syncchange ORDER BY id") == at_0027  # byte for byte
    office.migrate_up()
    assert office.stored_changes() == rows and _read(office) == read
    laptop.pull(office)  # the migrated office relays what the laptop lacks: each change as the office ships it
    shipped = {(c.device, c.seq): c for c in _read(office)[0]}
    held = _read(laptop)[0]
    assert {(c.device, c.seq) for c in held} <= set(shipped) and all(shipped[(c.device, c.seq)] == c for c in held)
    assert {c.row_id: c.fields.get("text") for c in held}[kept.id] == "그대로 둔 기록"


def test_destroying_a_case_scrubs_its_clients_household_members_from_packed_values(replicas) -> None:  # type: ignore[no-untyped-def]
    [office] = replicas(1)
    with office.use():
        case = cases.open_case(office.vault, {"name": "박지성"}, {"presenting_request": "돌봄 상담"})
        member = entries.add_household_member(office.vault, case.client_id, {"name": "박가족", "relation": "child"})
        other = cases.open_case(office.vault, {"name": "최다른"}, {"presenting_request": "다른 상담"})
        stays = entries.add_household_member(office.vault, other.client_id, {"name": "최가족", "relation": "child"})
    assert office.sql("SELECT typeof(fields) FROM syncchange WHERE row_id = ?", compact_log.id_stored(member.id)) \
        == [("blob",)]
    with office.use():
        destruction.destroy_case(office.vault, case.id, "보존기간 경과", require_closed=False)
    logged = {(c[3], c[4]): c for c in office.stored_changes()}
    assert logged[("householdmember", member.id)][10] and logged[("householdmember", member.id)][6] == "{}"
    assert "박가족" not in " ".join(c[6] for c in logged.values())
    assert not logged[("householdmember", stays.id)][10] and "최가족" in logged[("householdmember", stays.id)][6]


def test_a_migration_stopped_half_way_leaves_the_0027_file_as_it_was(replicas, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """One transaction: a failure (as a kill) after a first chunk was rewritten leaves every text and the revision
    as they were; the next open migrates."""
    [office] = replicas(1)
    with office.use():
        case = cases.open_case(office.vault, {"name": "김민수"}, {"presenting_request": "주거 문제"})
    office.migrate_down(BEFORE)
    device = "e" * 12  # more changes than one chunk of the migration, received as 0027 stored them
    with office.use(), office.vault.engine.begin() as conn:
        cur = conn.connection.cursor()
        cur.execute("INSERT INTO syncdevice (device) VALUES (?)", (device,))
        code = cur.lastrowid
        cur.executemany("INSERT INTO syncchange (id, hlc, tbl, row_id, op, fields, base, actor, case_id, scrubbed) "
                        "VALUES (?, ?, ?, ?, 0, ?, NULL, '', ?, 0)", [
                            (compact_log.change_id(code, n), 1900000000000 * 10000 + n,
                             compact_log.TABLE_CODES["serviceentry"], f"r-{n}",
                             json.dumps({"case_id": case.id, "text": f"{n}회기 상담"}, ensure_ascii=False),
                             compact_log.id_stored(case.id)) for n in range(1, 6001)])
    at_0027 = office.sql("SELECT id, fields, base FROM syncchange ORDER BY id")
    rows = office.stored_changes()
    calls = []
    real = compact_log.json_stored

    def failing(text):  # type: ignore[no-untyped-def]
        calls.append(text)
        if len(calls) > 5500:  # the first chunk (5,000 rows) is written by then
            raise OSError("disk I/O error")
        return real(text)

    monkeypatch.setattr(compact_log, "json_stored", failing)
    with pytest.raises(OSError):
        office.migrate_up()
    with office.use(), office.vault.engine.connect() as conn:
        assert migrate.current_revision(conn) == BEFORE
    assert office.sql("SELECT id, fields, base FROM syncchange ORDER BY id") == at_0027
    monkeypatch.setattr(compact_log, "json_stored", real)
    office.migrate_up()
    assert office.stored_changes() == rows and ("blob", "null") in _kinds(office)
