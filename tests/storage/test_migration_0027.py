"""Migration 0027 stores searchdoc's ids as 16 bytes and the audit trail's action and entity type as frozen codes: a
file comes through up, down and up again with every search hit, snippet, order, case-list filter result and match
reason, every audit row as read, the head, what verification and ``caseapp check`` report and what ``caseapp
access-log --json`` lists exactly as before; the downgrade writes back the text 0026's own code writes; a name or
id the tables do not know stays text and reads (and verifies) as it did."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import col, select

from caseapp import cli, paths
from caseapp.domain.access import AccessKind
from caseapp.i18n_text import set_language
from caseapp.services import access_log, audit, cases, checkup, demo_data, entries, search
from caseapp.storage import audit_codes, compact_values, migrate
from caseapp.storage.models import AuditEvent, Resource, SearchDoc
from tests.conftest import PASSPHRASE

from migration_helpers import downgrade_to, sql  # type: ignore[import-not-found]

QUERIES = ("주거", "우울", "김", "ㄱㅁ", "김민", "병원 동행", "5678", "정신건강복지센터", "주거 우울", "2026", "상담", "가",
           "해바라기", "쉼터")
ODD_ID = "resource-id-not-a-uuid"  # a row whose id is not canonical (hand-made): its document keeps it as text


@pytest.fixture
def filled(vault: Any) -> Any:
    demo_data.generate(vault, 4, seed=3)  # signed records and addenda among them
    case = cases.open_case(vault, {"name": "김민수", "phone": "010-1234-5678"}, {"presenting_request": "주거 불안"})
    entries.add_service_entry(vault, case.id, "information", "병원 동행 상담, 정신건강복지센터 안내")
    access_log.record_view(vault, case.id)
    access_log.record_access(vault, AccessKind.SEARCH, facts={"n": 3}, note="김민수")
    with vault.session(write=True) as s:
        odd = Resource(id=ODD_ID, name="해바라기 쉼터", services="쉼터 연계")
        s.add(odd)
        for hook in vault.after_write:  # as the services write a row: the search index follows
            hook(s, odd)
        # an action and entity type of a later caseapp: not in the frozen tables, so stored as text
        audit.record(s, vault.actor, "future_action", "futuretable", ODD_ID, case.id, detail="a later caseapp")
    return vault


def _search_state(vault: Any) -> list[Any]:
    out: list[Any] = []
    for lang in ("ko", "en"):  # English titles are described again from the record
        set_language(lang)
        for query in QUERIES:
            hits = [h.to_json() for h in search.search(vault, query)]
            found = search.search_cases(vault, query)
            reasons = sorted((k, r.text(), r.marks) for k, r in search.explain_case_matches(vault, query, found).items())
            out.append((query, lang, hits, found, reasons))
    set_language("ko")
    with vault.session() as s:
        out.append([(d.rowid, d.entity_type, d.entity_id, d.case_id, d.title, d.body, d.chosung, d.chunk)
                    for d in s.exec(select(SearchDoc).order_by(col(SearchDoc.rowid)))])
    return out


def _audit_state(vault: Any, *, queries: bool = True) -> tuple[Any, ...]:
    """Every audit row as the code reads it, the head, what verification reports, a case's history and (with
    ``queries``: they look codes up, so only at 0027) the access records, by the ``(action, at)`` index, and every
    problem ``check`` finds."""
    with vault.session() as s:
        rows = [(e.seq, e.id, e.at, e.actor, e.action, e.entity_type, e.entity_id, e.case_id, e.detail, e.prev_hash,
                 e.hash) for e in s.exec(select(AuditEvent).order_by(col(AuditEvent.seq)))]
        problems = [(p.seq, p.ko, p.en) for p in audit.verify_chain(s)]
        head = audit.head(s)
        case_id = next(r[7] for r in reversed(rows) if r[7])
        history = [e.seq for e in audit.history(s, case_id)]
    if not queries:
        return rows, head, problems, history
    records = [repr(r) for r in access_log.list_records(vault)]
    checks = [(p.severity, p.code, p.ko) for p in checkup.run_checks(vault)]
    return rows, head, problems, history, records, checks


def _raw(vault: Any) -> tuple[Any, ...]:
    return (sql(vault.engine, "SELECT rowid, entity_type, entity_id, case_id, text, chunk FROM searchdoc ORDER BY rowid"),
            sql(vault.engine, "SELECT * FROM auditevent ORDER BY seq"))


def test_up_down_up_reads_everything_as_before(filled: Any) -> None:
    results, trail = _search_state(filled), _audit_state(filled)
    assert sum(1 for r in results[:-1] if r[2]) > 15 and any(h["entity_id"] == ODD_ID for r in results[:-1]
                                                              for h in r[2])
    assert trail[2] == [] and any(r[4] == "future_action" for r in trail[0])
    stored = sql(filled.engine, "SELECT typeof(entity_id), typeof(case_id), count(*) FROM searchdoc GROUP BY 1, 2")
    assert {r[:2] for r in stored} == {("blob", "blob"), ("blob", "null"), ("text", "null")}  # the odd id: text
    codes = {(r[0], r[1]): r[2] for r in sql(filled.engine, "SELECT typeof(action), typeof(entity_type), count(*) "
                                                       "FROM auditevent GROUP BY 1, 2")}
    assert codes[("integer", "integer")] > 50 and set(codes) <= {("integer", "integer"), ("integer", "text"),
                                                                 ("text", "text")}
    assert sql(filled.engine, "SELECT action, entity_type FROM auditevent WHERE typeof(action) = 'text'") == [
        ("future_action", "futuretable")]

    downgrade_to(filled.engine, "0026")
    text_rows = _raw(filled)
    assert {(type(r[2]), type(r[3])) for r in text_rows[0]} <= {(str, str), (str, type(None))}
    assert {(type(r[4]), type(r[5])) for r in text_rows[1]} == {(str, str)}
    assert [r[4:6] for r in text_rows[1]] == [r[4:6] for r in trail[0]]  # the names, as 0026 stored them
    assert _audit_state(filled, queries=False) == trail[:4]  # the trail reads the same row by row at 0026
    with filled.engine.begin() as conn:  # and these are the rows 0026's own layout gets from a rebuild
        search.rebuild_index(conn)
    assert _raw(filled)[0] == text_rows[0]

    migrate.upgrade(filled.engine)
    assert sql(filled.engine, "PRAGMA freelist_count") == [(0,)]  # vacuumed after the rewrite
    indexes = {r[0] for r in sql(filled.engine, "SELECT name FROM sqlite_master WHERE type = 'index' "
                                          "AND tbl_name IN ('searchdoc', 'auditevent')")}
    assert indexes == {"ix_searchdoc_entity_id", "ix_searchdoc_case_id_chunk", "ix_auditevent_action_at",
                       "ix_auditevent_case_id"}
    assert _search_state(filled) == results
    assert _audit_state(filled) == trail

    downgrade_to(filled.engine, "0026")
    assert _raw(filled) == text_rows
    migrate.upgrade(filled.engine)
    assert _search_state(filled) == results
    assert _audit_state(filled) == trail


TAMPERING: dict[str, Callable[[Any], None]] = {
    "intact": lambda v: None,
    "action renamed": lambda v: sql(v.engine, "UPDATE auditevent SET action = 'delete' WHERE seq = 3"),
    "unknown action": lambda v: sql(v.engine, "UPDATE auditevent SET action = 'tampered' WHERE seq = 4"),
    "action as digits": lambda v: sql(v.engine, "UPDATE auditevent SET action = '2' WHERE seq = 5"),
    "entity type emptied": lambda v: sql(v.engine, "UPDATE auditevent SET entity_type = '' WHERE seq = 6"),
    "deleted": lambda v: sql(v.engine, "DELETE FROM auditevent WHERE seq = 7"),
}


@pytest.mark.parametrize("tampering", list(TAMPERING))
def test_every_verification_outcome_is_kept(filled: Any, tampering: str) -> None:
    """A row edited at 0026 (to a name in the tables, to one outside them, to digits) is reported after the
    upgrade and after a downgrade exactly as before: the digits stay text and never read as a code's name."""
    downgrade_to(filled.engine, "0026")
    TAMPERING[tampering](filled)
    before = _audit_state(filled, queries=False)
    assert (before[2] == []) == (tampering == "intact")
    migrate.upgrade(filled.engine)
    after = _audit_state(filled)
    assert after[:4] == before
    assert any(p[1] == "audit_chain" for p in after[5]) == (tampering != "intact")  # what `check` reports
    if tampering == "action as digits":
        assert sql(filled.engine, "SELECT action, typeof(action) FROM auditevent WHERE seq = 5") == [("2", "text")]
    downgrade_to(filled.engine, "0026")
    assert _audit_state(filled, queries=False) == before
    migrate.upgrade(filled.engine)
    assert _audit_state(filled) == after


def _cli(data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str) -> Any:
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)
    try:
        code = cli.main(["--data-dir", str(data_dir), "--lang", "en", *args])
    finally:
        paths.set_data_dir(None)
    out = capsys.readouterr().out
    return code, json.loads(out)


def test_the_cli_lists_and_checks_the_same(filled: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """``caseapp access-log --json`` and ``caseapp check --json`` give the same answers after up/down/up (each run
    adds its own unlock record: those after the first run's are left out)."""
    with filled.session() as s:
        last = audit.head(s)[0]
    filled.close()
    code, listed = _cli(data_dir, monkeypatch, capsys, "access-log", "--json")
    checked = _cli(data_dir, monkeypatch, capsys, "check", "--json")
    assert code == 0 and any(e["kind"] == "search" for e in listed)
    from caseapp.services.vault import Vault
    vault = Vault.open(PASSPHRASE)
    try:
        downgrade_to(vault.engine, "0026")
        migrate.upgrade(vault.engine)
        downgrade_to(vault.engine, "0026")
        migrate.upgrade(vault.engine)
    finally:
        vault.close()
    again = _cli(data_dir, monkeypatch, capsys, "access-log", "--json")[1]
    assert [e for e in again if e["seq"] <= last + 1] == [e for e in listed if e["seq"] <= last + 1]
    assert _cli(data_dir, monkeypatch, capsys, "check", "--json") == checked


def test_the_code_tables_are_frozen() -> None:
    """Every stored code depends on a name's position: the tables may never change (a new name is stored as text)."""
    frozen = "\n".join(audit_codes.ACTIONS) + "\0" + "\n".join(audit_codes.ENTITY_TYPES)
    assert hashlib.sha256(frozen.encode()).hexdigest() == (
        "0029c3a663a82b0d6a63df49ce8c86f57a9d5de9244aba1a1a1474dd00ce2541")
    for table in (audit_codes.ACTIONS, audit_codes.ENTITY_TYPES):
        assert len(set(table)) == len(table) and "" not in table
        assert all(name.isascii() and name.replace("_", "").isalnum() for name in table)  # safe inside SQL quotes
    assert audit_codes.stored(audit_codes.ACTIONS, "create") == 0
    assert audit_codes.stored(audit_codes.ENTITY_TYPES, "case") == 11


def _column(vault: Any, values: list[Any], expression: str) -> list[Any]:
    """``expression`` over a column holding ``values``, on the file's own SQLite (where the migration runs)."""
    with vault.engine.begin() as conn:
        cur = conn.connection.cursor()
        cur.execute("CREATE TEMP TABLE t (v BLOB)")
        cur.executemany("INSERT INTO t VALUES (?)", [(v,) for v in values])
        out = [r[0] for r in cur.execute(f"SELECT {expression} FROM t ORDER BY rowid").fetchall()]
        cur.execute("DROP TABLE t")
        return out


@pytest.mark.parametrize("table", [audit_codes.ACTIONS, audit_codes.ENTITY_TYPES])
def test_the_sql_rewrite_gives_what_the_code_reads(vault: Any, table: tuple[str, ...]) -> None:
    """The migration's SQL forms agree with the models' Python forms, value by value, both ways."""
    values: list[Any] = [*table, "", "future_action", "2", "CREATE", 3, len(table) + 5]
    stored = _column(vault, values, audit_codes.case_sql(table, "v"))
    assert stored == [v if isinstance(v, int) else audit_codes.stored(table, v) for v in values]
    assert stored[:len(table)] == list(range(len(table)))
    read = _column(vault, values, audit_codes.name_sql(table, "v"))
    assert read == [audit_codes.read(table, v) for v in values]
    assert read[:len(table)] == list(table)


def test_the_sql_id_forms_match_the_python_ones(vault: Any) -> None:
    canonical = "0a1b2c3d-4e5f-6789-abcd-ef0123456789"
    values: list[Any] = [canonical, canonical.upper(), canonical[:-1], canonical + "0", "{" + canonical[1:-1] + "}",
                         canonical.replace("-", ""), "", ODD_ID, None, bytes(range(16)), b"\x01\x02\x03"]
    stored = _column(vault, values, compact_values.uuid_stored_sql("v"))
    assert stored == [v if isinstance(v, bytes) else compact_values.uuid_stored(v) for v in values]
    assert stored[0] == bytes.fromhex(canonical.replace("-", "")) and stored[1] == canonical.upper()
    assert _column(vault, values, compact_values.uuid_text_sql("v")) == [compact_values.uuid_read(v) for v in values]
