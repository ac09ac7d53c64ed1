"""Korean search over clients, cases, every note of a case and the resource directory.

How it works
------------
* What is indexed comes from the form declarations: every ``searchable=True`` field of the form that belongs to a
  table (:data:`SOURCES`). Short single-line fields (``Kind.TEXT``, at most 100 characters: names, phone numbers,
  contact persons) are treated as names: they also feed 초성 search. A value made only of digits and separators
  (phone or case number) is also indexed as bare digits, so 01012345678, 1234-5678 and 5678 all find 010-1234-5678.
* ``searchdoc`` (one row per record) keeps the record's title, own text and 초성 for snippets, packed into one
  compressed value (:mod:`caseapp.storage.packed_text`, migration 0023), and its own and its case's id as 16 bytes
  (migration 0027: bound through ``_Db.key``, read back as text); the FTS5 table ``search_fts`` (created
  by migration 0002) indexes it rewritten as character bigrams (:func:`caseapp.domain.hangul.index_tokens`) with the
  ``unicode61`` tokenizer. A trigram index would miss every two-syllable query (주거, 우울, most given names); with
  bigrams a two-character query is one exact token, a longer one a phrase of consecutive bigrams (an exact substring
  match) and a one-character query a token prefix, so every query length is answered from the index. That is why
  there is one bigram index and no trigram index.
* ``search_fts`` has two text columns: ``own`` (the record's text) and ``ctx`` (its case's client name, 초성 and case
  number), so "김민수 주거" finds 김민수's notes that mention 주거. A row's rowid encodes its rank (see
  :func:`preferred_rowid`): the client, then the case, then case records newest first (by the record's own date:
  service date, assessment date, ...), then resources. FTS5 returns matches in rowid order without sorting, so a
  query reads only ``limit`` rows even when a word is in every record.
* ``search_case_fts`` has one row per case holding the ``own`` text of all its records. The case-list filter
  (:func:`search_cases`) matches it, so words may be spread over a case's records, and reads it latest opened
  first, stopping at ``limit``: a few milliseconds at 10,000 cases however common the word.
* One-character queries are answered from the index too (a token prefix), so typing the first letter of a name
  already filters the case list; there is no LIKE fallback.
* The index is written by :func:`index_hook` inside the same transaction as the record (registered in
  :class:`caseapp.services.vault.Vault`), and the hook re-reads the row with ``SELECT *`` exactly as
  :func:`rebuild_index` does, so incremental and full indexing give identical rows.
* Destroyed cases never appear: :func:`forget_case` removes their rows and purges their tokens from the index
  pages, and queries also skip any case whose ``destroyed_at`` is set.
* User input never reaches FTS5 syntax: queries are reduced to letter/digit runs and quoted, so quotes, ``*``,
  ``NEAR``, ``AND``, parentheses or emoji are plain text (or ignored) and cannot raise.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Any

from caseapp.domain import forms, hangul
from caseapp.domain.forms import FieldSpec, FormSpec, Kind
from caseapp.i18n_text import current_language
from caseapp.storage import case_keys
from caseapp.storage.compact_values import uuid_read, uuid_stored
from caseapp.storage.packed_text import pack, unpack

if TYPE_CHECKING:  # search() runs on a plain DB-API cursor too: `caseapp search` imports no SQLAlchemy
    from sqlalchemy import Connection
    from sqlmodel import Session

FTS_TABLE = "search_fts"  # one row per record
CASE_FTS_TABLE = "search_case_fts"  # a case's records in chunks (rows grouped by case), for the case-list filter
MAX_QUERY_WORDS = 8
MAX_QUERY_CHARS = 200
NAME_MAX_LENGTH = 100  # single-line fields at most this long are names / identifiers (see module docstring)
SNIPPET_BEFORE, SNIPPET_AFTER = 30, 60

# rank groups: who (the client, then the case) first, then the records of cases, then the resource directory
RANK_CLIENT, RANK_CASE, RANK_RECORD, RANK_RESOURCE = 0, 1, 2, 3


@dataclass(frozen=True)
class Source:
    """A table whose rows are indexed, the form that declares its searchable fields and what it hangs off."""

    table: str
    form: FormSpec
    owner: str  # "case": has case_id; "client": has client_id; "none": not part of a case
    children: tuple[tuple[str, str, FormSpec], ...] = ()  # (child table, foreign key, form) folded into the doc
    title_choice: str | None = None  # choice field shown in the title; default: the first required choice


SOURCES: dict[str, Source] = {s.table: s for s in (
    Source("client", forms.CLIENT, "client"),
    Source("case", forms.INTAKE, "case"),
    Source("householdmember", forms.HOUSEHOLD_MEMBER, "client"),
    Source("consent", forms.CONSENT, "case"),
    Source("assessment", forms.ASSESSMENT, "case", children=(("needrating", "assessment_id", forms.NEED_RATING),
                                                             ("budgetline", "assessment_id", forms.BUDGET_LINE))),
    Source("ecorelation", forms.ECO_RELATION, "case"),
    Source("goal", forms.GOAL, "case"),
    Source("plantask", forms.PLAN_TASK, "case"),
    Source("serviceentry", forms.SERVICE_ENTRY, "case"),
    Source("referral", forms.REFERRAL, "case"),
    Source("monitoringreview", forms.MONITORING_REVIEW, "case", title_choice="decision",
           children=(("reviewgoalchange", "review_id", forms.REVIEW_GOAL_CHANGE),
                     ("reviewservicerating", "review_id", forms.REVIEW_SERVICE_RATING))),
    Source("termination", forms.TERMINATION, "case",
           children=(("terminationgoaloutcome", "termination_id", forms.TERMINATION_GOAL_OUTCOME),)),
    Source("followup", forms.FOLLOW_UP, "case", title_choice="method"),
    Source("caseconference", forms.CASE_CONFERENCE, "case",
           children=(("conferenceattendee", "conference_id", forms.CONFERENCE_ATTENDEE),)),
    Source("supervisionrecord", forms.SUPERVISION, "case"),
    Source("supervisorconfirmation", forms.SUPERVISOR_CONFIRMATION, "case", title_choice="target"),
    Source("addendum", forms.ADDENDUM, "case"),
    Source("caseselection", forms.CASE_SELECTION, "case", title_choice="level"),
    Source("resource", forms.RESOURCE, "none"),
    Source("planagreement", forms.PLAN_AGREEMENT, "case", title_choice="method"),
) if s.form.searchable_names()}  # a form without searchable fields is simply not indexed

CHILD_TABLES: dict[str, tuple[str, str]] = {child: (src.table, fk) for src in SOURCES.values()
                                            for child, fk, _form in src.children}


# --- documents ------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class CaseContext:
    case_id: str
    case_number: str
    client_name: str

    @cached_property
    def tokens(self) -> str:
        number = [self.case_number, hangul.digits(self.case_number)]
        if hangul.looks_like_number(self.case_number):
            number = number[1:]  # its digits alone find all its runs would (see doc_tokens)
        parts = [self.client_name, hangul.chosung(self.client_name), *number]
        return " ".join(hangul.index_tokens(p) for p in parts if p)


@dataclass(frozen=True)
class Doc:
    entity_type: str
    entity_id: str
    case_id: str | None
    title: str
    body: str
    chosung: str
    own_tokens: str
    ctx_tokens: str
    rank_group: int
    sort_key: str


def _is_name(spec: FieldSpec) -> bool:
    return spec.kind is Kind.TEXT and spec.max_length <= NAME_MAX_LENGTH


def _text(value: Any) -> str:
    return "" if value is None else hangul.nfc(str(value)).strip()


def _date_text(value: Any) -> str:
    return "" if value is None else str(value)[:10]


def _event_date_field(form: FormSpec) -> str | None:
    for spec in form.fields:
        if spec.kind is Kind.DATE and spec.required:
            return spec.name
    return None


def _choice_label(form: FormSpec, name: str | None, row: Mapping[str, Any], lang: str) -> str:
    if name is None:
        name = next((f.name for f in form.fields if f.kind is Kind.CHOICE and f.required), None)
    if name is None or not row.get(name):
        return ""
    spec = form.field(name)
    assert spec.choices is not None
    try:
        return spec.choices.parse(str(row[name])).text(lang)
    except ValueError:
        return str(row[name])


def describe(table: str, row: Mapping[str, Any], lang: str) -> str:
    """A short human title for a record, e.g. "서비스 제공 기록 2026-03-02 · 위기개입"."""
    source = SOURCES[table]
    ko = lang == "ko"
    if table == "client":
        return _text(row.get("name"))
    if table == "case":
        return f"{'사례' if ko else 'Case'} {row.get('case_number', '')}"
    parts = [source.form.title.text(lang)]
    date_field = _event_date_field(source.form)
    if date_field and row.get(date_field):
        parts[0] += " " + _date_text(row[date_field])
    choice = _choice_label(source.form, source.title_choice, row, lang)
    if choice:
        parts.append(choice)
    if date_field is None:  # nothing dates it: show what it is about instead
        first = next((_text(row.get(n)) for n in source.form.searchable_names() if _text(row.get(n))), "")
        if first:
            parts.append(first if len(first) <= 30 else first[:30] + "…")
    return " · ".join(parts)


def _sort_key(source: Source, row: Mapping[str, Any]) -> str:
    created = str(row.get("created_at") or "")[:19].replace("T", " ")
    date_field = "opened_on" if source.table == "case" else _event_date_field(source.form)
    event = _date_text(row.get(date_field)) if date_field else ""
    return f"{event or created[:10]}|{created}|{row['id']}"  # the id makes the order total, so rebuilds repeat it


def build_doc(table: str, row: Mapping[str, Any], case: CaseContext | None,
              children: Iterable[Mapping[str, Any]] = ()) -> Doc | None:
    """The search document of one record (pure: the same input always gives the same document)."""
    source = SOURCES[table]
    names: list[str] = []
    texts: list[str] = []
    if table == "case":
        names.append(_text(row.get("case_number")))
    for spec in source.form.fields:
        if spec.searchable and _text(row.get(spec.name)):
            (names if _is_name(spec) else texts).append(_text(row.get(spec.name)))
    for child_table, _fk, child_form in source.children:
        for child in children:
            texts.extend(_text(child.get(n)) for n in child_form.searchable_names() if _text(child.get(n)))
    values = [v for v in names + texts if v]
    if not values:
        return None
    initials = " ".join(c for c in (hangul.chosung(n) for n in names) if c)
    body = "\n".join(values)
    default_rank = RANK_RESOURCE if source.owner == "none" else RANK_RECORD
    rank = {"client": RANK_CLIENT, "case": RANK_CASE}.get(table, default_rank)
    return Doc(entity_type=table, entity_id=str(row["id"]), case_id=case.case_id if case else None,
               title=describe(table, row, "ko"), body=body, chosung=initials, own_tokens=doc_tokens(body, initials),
               ctx_tokens=case.tokens if case else "", rank_group=rank, sort_key=_sort_key(source, row))


def doc_tokens(body: str, initials: str) -> str:
    """Index tokens of a record from what ``searchdoc`` keeps of it: its text, the 초성 of its names, and a line
    that is a phone or case number as bare digits only (names are single-line, so each is a line of ``body``).
    The digits alone find everything the number's separate runs would: each run is a piece of them, and a query
    never spans a separator (2026-0001 is searched for as 20260001). Indexing both made the index a tenth bigger."""
    lines = body.split("\n")
    numbers = [hangul.digits(line) for line in lines if hangul.looks_like_number(line)]
    words = "\n".join(line for line in lines if not hangul.looks_like_number(line)) if numbers else body
    return " ".join(t for t in (hangul.index_tokens(v) for v in [words, initials, *numbers]) if t)


# --- writing the index ------------------------------------------------------------------------------------------

class _Db:
    """Plain DB-API calls on the caller's own connection, so inside its transaction. The hook runs on every write
    and SQLAlchemy's per-statement overhead was most of its cost, hence no ORM or ``text()`` here."""

    def __init__(self, conn: Connection | None = None, *, cursor: Any = None, packed: bool = True,
                 compact_ids: bool = True) -> None:
        self.cursor = cursor if cursor is not None else conn.connection.cursor()  # type: ignore[union-attr]
        self.packed = packed  # searchdoc's text packed into one column (migration 0023); False: a rebuild before it
        self.compact_ids = compact_ids  # searchdoc's ids as 16 bytes (migration 0027); False: a rebuild before it
        # case-level chunks to rebuild (see _refresh_cases): case id -> chunk numbers, or None for every chunk
        self.touched: dict[str, set[int] | None] = {}

    def key(self, entity_id: str | None) -> Any:
        """An id as searchdoc stores it (its columns read back through :func:`uuid_read` in either layout)."""
        return uuid_stored(entity_id) if self.compact_ids else entity_id

    def touch(self, case_id: str | None, chunk: int | None) -> None:
        if case_id is None:
            return
        if chunk is None:
            self.touched[case_id] = None
        elif case_id not in self.touched or self.touched[case_id] is not None:
            self.touched.setdefault(case_id, set()).add(chunk)  # type: ignore[union-attr]

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self.cursor.execute(sql, params).fetchall()

    def first(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        return self.cursor.execute(sql, params).fetchone()

    def column(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        return [r[0] for r in self.cursor.execute(sql, params).fetchall()]

    def run(self, sql: str, params: Sequence[Any] = ()) -> None:
        self.cursor.execute(sql, params)

    def dicts(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Rows of the case tables as dicts, their keys as text (stored as 16 bytes since migration 0030)."""
        cur = self.cursor.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [case_keys.texts(dict(zip(names, r))) for r in cur.fetchall()]


def _q(table: str) -> str:
    return f'"{table}"'  # "case" is an SQL keyword


INSERT_DOC = ("INSERT INTO searchdoc (rowid, entity_type, entity_id, case_id, text, chunk) "
              "VALUES (?, ?, ?, ?, ?, ?)")
# the layout before migration 0023, written by the rebuilds of migrations 0012 and 0018 on the way to it
INSERT_DOC_UNPACKED = ("INSERT INTO searchdoc (rowid, entity_type, entity_id, case_id, title, body, chosung, chunk) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
INSERT_FTS = f"INSERT INTO {FTS_TABLE} (rowid, own, ctx) VALUES (?, ?, ?)"

# A document's rowid is its rank, so FTS5 (which returns matches in rowid order for free) hands back the best hits
# first and a query can stop after ``limit`` rows however many records match:
#   bits 34-35: 3 - rank group (client, case, case record, resource)
#   bits 17-33: the record's own date (service date, assessment date, ...; else when it was written), in days
#   bits 0-16: the time of day it was written (seconds). Two records of the same date written in the same second
#   want the same slot: the one written first keeps it, the later one takes the next higher free slot, so the
#   newest written ranks first here too (a rebuild places them in the order they were written, see
#   rebuild_index, so it repeats that).
# FTS5 stores each token's rows as rowid deltas, so every bit below the day costs index space: the 16 hash bits
# that used to break ties made the record index a third bigger (migration 0018).
# 36 bits leave CHUNK_BITS for the case-list filter's rowids (see _chunk_rowid).
RANK_SHIFT, DAY_SHIFT = 34, 17
FREE_SLOT_WINDOW = 64  # held slots read at once when looking for a free one
EPOCH_ORDINAL = date(1900, 1, 1).toordinal()


def _days(text: str) -> int:
    try:
        days = date.fromisoformat(text[:10]).toordinal() - EPOCH_ORDINAL
    except ValueError:
        return 0
    return min(max(days, 0), (1 << (RANK_SHIFT - DAY_SHIFT)) - 1)


def _seconds(hh_mm_ss: str) -> int:
    try:
        h, m, sec = (int(part) for part in hh_mm_ss.split(":"))
    except ValueError:
        return 0
    return min(max(h * 3600 + m * 60 + sec, 0), (1 << DAY_SHIFT) - 1)


def preferred_rowid(doc: Doc) -> int:
    event, created, _id = (doc.sort_key.split("|") + ["", "", ""])[:3]
    return (3 - doc.rank_group) << RANK_SHIFT | _days(event) << DAY_SHIFT | _seconds(created[11:19])


def _free_rowid(db: _Db, doc: Doc) -> int:
    """The preferred slot, or the next higher one that is free (or already the document's own)."""
    rowid = preferred_rowid(doc)
    own = db.key(doc.entity_id)
    while True:
        held = dict(db.rows("SELECT rowid, entity_id FROM searchdoc WHERE rowid >= ? AND rowid < ?",
                            (rowid, rowid + FREE_SLOT_WINDOW)))
        for slot in range(rowid, rowid + FREE_SLOT_WINDOW):
            if held.get(slot, own) == own:
                return slot
        rowid += FREE_SLOT_WINDOW


def _insert(db: _Db, doc: Doc, rowid: int, chunk: int) -> None:
    if db.packed:
        db.run(INSERT_DOC, (rowid, doc.entity_type, db.key(doc.entity_id), db.key(doc.case_id),
                            pack(doc.title, doc.chosung, doc.body), chunk))
    else:
        db.run(INSERT_DOC_UNPACKED, (rowid, doc.entity_type, db.key(doc.entity_id), db.key(doc.case_id), doc.title,
                                     doc.body, doc.chosung, chunk))
    db.run(INSERT_FTS, (rowid, doc.own_tokens, doc.ctx_tokens))


# The case-list filter's table holds each case's records in chunks of at most CHUNK_RECORDS (chunk 0 also holds the
# case's client name, 초성 and case number), so writing a record rebuilds one small chunk however big its case is.
# A chunk's rowid is its case's anchor (the rowid of the case's own document, i.e. its rank) shifted left by
# CHUNK_BITS, plus the chunk number: a case's chunks lie together, latest opened case first.
CHUNK_RECORDS = 16
CHUNK_BITS = 11  # with the 52-bit anchor: 63 bits
LAST_CHUNK = (1 << CHUNK_BITS) - 1  # a case of more than 32,000 records keeps adding to its last chunk


def _chunk_rowid(anchor: int, chunk: int) -> int:
    return anchor << CHUNK_BITS | chunk


def _chunks_of(db: _Db, case_id: str) -> set[int]:
    return {0} | set(db.column("SELECT DISTINCT chunk FROM searchdoc WHERE case_id = ?", (db.key(case_id),)))


def _drop_chunks(db: _Db, case_id: str, anchor: int) -> None:
    for chunk in _chunks_of(db, case_id):
        db.run(f"DELETE FROM {CASE_FTS_TABLE} WHERE rowid = ?", (_chunk_rowid(anchor, chunk),))


def _next_chunk(db: _Db, case_id: str | None) -> int:
    """The chunk a record new to its case joins: the case's last chunk while it has room, else a new one."""
    if case_id is None:
        return 0
    last = db.first("SELECT max(chunk) FROM searchdoc WHERE case_id = ?", (db.key(case_id),))
    chunk = int(last[0]) if last and last[0] is not None else 0
    used = db.first("SELECT count(*) FROM searchdoc WHERE case_id = ? AND chunk = ?", (db.key(case_id), chunk))
    return chunk + 1 if used and used[0] >= CHUNK_RECORDS and chunk < LAST_CHUNK else chunk


def _drop_rowids(db: _Db, rowids: list[int], *, keep_chunks: bool = False) -> None:
    """Remove documents; a case's own document takes its case's chunks with it unless ``keep_chunks`` (it is
    stored again at the same rowid, so they stay anchored)."""
    for rowid in rowids:
        found = db.first("SELECT case_id, chunk, entity_type FROM searchdoc WHERE rowid = ?", (rowid,))
        if found is not None and found[0] is not None:
            case_id, chunk, entity_type = uuid_read(found[0]), found[1], found[2]
            if entity_type == "case" and not keep_chunks:  # the anchor goes: so do the chunks (rebuilt if stored again)
                _drop_chunks(db, case_id, rowid)
                db.touch(case_id, None)
            else:
                db.touch(case_id, int(chunk))
        db.run(f"DELETE FROM {FTS_TABLE} WHERE rowid = ?", (rowid,))
        db.run("DELETE FROM searchdoc WHERE rowid = ?", (rowid,))


def _drop_entity(db: _Db, entity_id: str) -> None:
    _drop_rowids(db, db.column("SELECT rowid FROM searchdoc WHERE entity_id = ?", (db.key(entity_id),)))


def _store(db: _Db, doc: Doc) -> None:
    old = db.first("SELECT rowid, case_id, chunk FROM searchdoc WHERE entity_id = ?", (db.key(doc.entity_id),))
    rowid = _free_rowid(db, doc)
    if old is not None:  # re-insert: its rank, date or case may have changed, and with them its rowid
        _drop_rowids(db, [int(old[0])], keep_chunks=int(old[0]) == rowid)
    same_case = old is not None and old[1] is not None and uuid_read(old[1]) == doc.case_id
    chunk = int(old[2]) if same_case else _next_chunk(db, doc.case_id)  # an edited record keeps its chunk
    _insert(db, doc, rowid, chunk)
    db.touch(doc.case_id, chunk)
    if doc.entity_type == "case":
        db.touch(doc.entity_id, 0)  # chunk 0 holds the case number


def _row(db: _Db, table: str, row_id: str) -> dict[str, Any] | None:
    found = db.dicts(f"SELECT * FROM {_q(table)} WHERE id = ?", (case_keys.key(row_id),))
    return found[0] if found else None


def _children(db: _Db, source: Source, row_id: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for child_table, fk, _form in source.children:
        out.extend(db.dicts(f"SELECT * FROM {_q(child_table)} WHERE {fk} = ? ORDER BY rowid",
                            (case_keys.key(row_id),)))
    return out


def _case_context(db: _Db, case_id: str | None) -> CaseContext | None:
    """The live case's identity, or None when there is no such case or it has been destroyed."""
    if case_id is None:
        return None
    found = db.first('SELECT c.case_number, cl.name, c.destroyed_at FROM "case" c '
                     "JOIN client cl ON cl.id = c.client_id WHERE c.id = ?", (case_keys.key(case_id),))
    if found is None or found[2] is not None:
        return None
    return CaseContext(case_id, found[0], _text(found[1]))


def _client_cases(db: _Db, client_id: str) -> list[tuple[str, bool]]:
    """(case id, destroyed) for a client's cases, newest first."""
    return [(case_keys.key_text(r[0]), r[1] is not None) for r in db.rows(
        'SELECT id, destroyed_at FROM "case" WHERE client_id = ? ORDER BY opened_on DESC, created_at DESC',
        (case_keys.key(client_id),))]


def _owner_case(source: Source, row: Mapping[str, Any],
                client_cases: list[tuple[str, bool]]) -> tuple[bool, str | None]:
    """(may be indexed, case id) for a row: a record of a destroyed case, or of a client whose every case was
    destroyed, must not be indexed at all."""
    if source.owner == "case":
        return True, str(row["id"] if source.table == "case" else row.get("case_id"))
    if source.owner == "client":
        live = [cid for cid, destroyed in client_cases if not destroyed]
        if client_cases and not live:
            return False, None
        return True, live[0] if live else None
    return True, None


def _refresh_cases(db: _Db) -> None:
    """Rebuild the case-level chunks touched (see CHUNK_RECORDS): each holds the tokens of its records, chunk 0
    also its case's client name, 초성 and case number. The case-list filter matches a word in any chunk of a case,
    so words spread over several records still find it."""
    for case_id, chunks in sorted(db.touched.items()):
        anchor = db.first("SELECT rowid FROM searchdoc WHERE entity_id = ? AND entity_type = 'case'",
                          (db.key(case_id),))
        if anchor is None:  # not indexed (yet, or any more): its chunks went with the case's document
            continue
        for chunk in sorted(_chunks_of(db, case_id) if chunks is None else chunks):
            _write_chunk(db, case_id, int(anchor[0]), chunk)
    db.touched.clear()


def _write_chunk(db: _Db, case_id: str, anchor: int, chunk: int) -> None:
    texts = [unpack(text) for (text,) in db.rows(
        "SELECT text FROM searchdoc WHERE case_id = ? AND chunk = ? ORDER BY rowid", (db.key(case_id), chunk))]
    _put_chunk(db, case_id, anchor, chunk, [doc_tokens(body, initials) for _title, initials, body in texts])


def _put_chunk(db: _Db, case_id: str, anchor: int, chunk: int, record_tokens: list[str]) -> None:
    """Write one chunk from its records' tokens. Their order does not matter: every record's tokens end with a
    single character and a query phrase is all bigrams, so no phrase can run from one record into the next."""
    parts = []
    if chunk == 0:
        context = _case_context(db, case_id)
        parts.append(context.tokens if context else "")  # its client by name even if they moved on to a newer case
    tokens = " ".join(p for p in parts + record_tokens if p)
    rowid = _chunk_rowid(anchor, chunk)
    db.run(f"DELETE FROM {CASE_FTS_TABLE} WHERE rowid = ?", (rowid,))
    if tokens or chunk == 0:
        db.run(f"INSERT INTO {CASE_FTS_TABLE} (rowid, own) VALUES (?, ?)", (rowid, tokens))


def _index_row(db: _Db, table: str, row_id: str) -> None:
    source = SOURCES[table]
    row = _row(db, table, row_id)
    if row is None:
        _drop_entity(db, row_id)
        return
    client_cases: list[tuple[str, bool]] = []
    if source.owner == "client":
        client_cases = _client_cases(db, str(row["id"] if table == "client" else row.get("client_id")))
    allowed, case_id = _owner_case(source, row, client_cases)
    case = _case_context(db, case_id)
    if not allowed or (source.owner == "case" and case is None):  # its case is gone or destroyed
        _drop_entity(db, row_id)
        return
    doc = build_doc(table, row, case, _children(db, source, row_id))
    if doc is None:
        _drop_entity(db, row_id)
    else:
        _store(db, doc)


def _index_case_records(db: _Db, case_id: str) -> None:
    db.touch(case_id, 0)  # chunk 0 holds the client's name
    for source in SOURCES.values():
        if source.owner == "case" and source.table != "case":
            for row_id in db.column(f"SELECT id FROM {_q(source.table)} WHERE case_id = ?", (case_keys.key(case_id),)):
                _index_row(db, source.table, case_keys.key_text(row_id))
    _index_row(db, "case", case_id)


def _indexed_identity(db: _Db, entity_id: str) -> tuple[Any, ...] | None:
    """(title, case id) of an indexed record: a client's title is their name."""
    found = db.first("SELECT text, case_id FROM searchdoc WHERE entity_id = ?", (db.key(entity_id),))
    return None if found is None else (unpack(found[0])[0], uuid_read(found[1]))


def _index_client(db: _Db, client_id: str) -> None:
    """A client's name (``ctx``) and current case are part of the documents of their household and of every record
    of their cases, so those are refreshed when either changed. A brand-new client has nothing to refresh: the
    rows written with it are indexed by their own hook calls."""
    before = _indexed_identity(db, client_id)
    _index_row(db, "client", client_id)
    if before is None or before == _indexed_identity(db, client_id):
        return
    for member_id in db.column("SELECT id FROM householdmember WHERE client_id = ?", (case_keys.key(client_id),)):
        _index_row(db, "householdmember", case_keys.key_text(member_id))
    for case_id, destroyed in _client_cases(db, client_id):
        if destroyed:
            _forget(db, case_id)
        else:
            _index_case_records(db, case_id)


def _forget(db: _Db, case_id: str) -> None:
    anchor = db.first("SELECT rowid FROM searchdoc WHERE entity_id = ? AND entity_type = 'case'", (db.key(case_id),))
    if anchor is not None:  # the chunks first, while the records still say which chunks there are
        _drop_chunks(db, case_id, int(anchor[0]))
    _drop_rowids(db, db.column("SELECT rowid FROM searchdoc WHERE case_id = ?", (db.key(case_id),)))


def _destroy(db: _Db, case_id: str) -> None:
    """Forget a case and purge its tokens from the index's storage: FTS5 only marks deleted rows until segments
    are merged, so without ``optimize`` a destroyed case's words would stay readable inside the index pages.
    ``optimize`` rewrites the whole index (about 2 s at 10,000 cases), acceptable for a rare destruction."""
    _forget(db, case_id)
    _refresh_cases(db)
    for table in (FTS_TABLE, CASE_FTS_TABLE):
        db.run(f"INSERT INTO {table} ({table}) VALUES ('optimize')")


def index_hook(session: Session, row_or_deleted: object) -> None:
    """Keep the index in step with a write, inside the writer's transaction (see ``Vault.after_write``).

    Called with the written row, or with ``("deleted", table, id)`` after a delete."""
    session.flush()
    db = _Db(session.connection())
    _apply(db, row_or_deleted)
    _refresh_cases(db)


def index_many(session: Session, rows_or_deleted: Iterable[object]) -> None:
    """:func:`index_hook` for many writes at once (a sync import): each case-level row is rebuilt once."""
    session.flush()
    db = _Db(session.connection())
    for row_or_deleted in rows_or_deleted:
        _apply(db, row_or_deleted)
    _refresh_cases(db)


def _apply(db: _Db, row_or_deleted: object) -> None:
    if isinstance(row_or_deleted, tuple):
        _marker, table, row_id = row_or_deleted
        if table == "case":
            _destroy(db, str(row_id))
        _drop_entity(db, str(row_id))
        return
    table = getattr(row_or_deleted, "__tablename__", None)
    row_id = getattr(row_or_deleted, "id", None)
    if not isinstance(table, str) or row_id is None:
        return
    if table in CHILD_TABLES:  # e.g. a need rating: part of its assessment's document
        parent_table, fk = CHILD_TABLES[table]
        parent_id = getattr(row_or_deleted, fk, None)
        if parent_id is not None:
            _index_row(db, parent_table, str(parent_id))
    elif table == "client":
        _index_client(db, str(row_id))
    elif table == "case" and getattr(row_or_deleted, "destroyed_at", None) is not None:
        _destroy(db, str(row_id))
    elif table in SOURCES:
        _index_row(db, table, str(row_id))


def forget_case(session: Session, case_id: str) -> None:
    """Remove every indexed text of a case (retention / destruction), in the caller's transaction, leaving none of
    its words in the index's storage either."""
    session.flush()
    _destroy(_Db(session.connection()), case_id)


# --- full rebuild -----------------------------------------------------------------------------------------------

def _all_docs(db: _Db) -> Iterator[tuple[Doc, str]]:
    """Every document with when its record was written (``created_at``, in full)."""
    # SELECT * rather than the ORM: this also runs inside migration 0002, when later columns may not exist yet.
    contexts: dict[str, CaseContext] = {}
    client_cases: dict[str, list[tuple[str, bool]]] = defaultdict(list)
    for stored_cid, number, stored_client, name, destroyed in db.rows(
            'SELECT c.id, c.case_number, c.client_id, cl.name, c.destroyed_at FROM "case" c '
            "JOIN client cl ON cl.id = c.client_id ORDER BY c.opened_on DESC, c.created_at DESC"):
        cid, client_id = case_keys.key_text(stored_cid), case_keys.key_text(stored_client)
        client_cases[client_id].append((cid, destroyed is not None))
        if destroyed is None:
            contexts[cid] = CaseContext(cid, number, _text(name))
    # A migration before the one that adds a table rebuilds the index too: skip tables not made yet.
    existing = set(db.column("SELECT name FROM sqlite_master WHERE type = 'table'"))
    for source in SOURCES.values():
        if source.table not in existing:
            continue
        children: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for child_table, fk, _form in source.children:
            if child_table not in existing:
                continue
            for child in db.dicts(f"SELECT * FROM {_q(child_table)} ORDER BY rowid"):
                children[str(child[fk])].append(child)
        for row in db.dicts(f"SELECT * FROM {_q(source.table)} ORDER BY rowid"):
            owner_cases: list[tuple[str, bool]] = []
            if source.owner == "client":
                owner_cases = client_cases.get(str(row["id"] if source.table == "client" else row.get("client_id")), [])
            allowed, case_id = _owner_case(source, row, owner_cases)
            case = contexts.get(case_id) if case_id else None
            if not allowed or (source.owner == "case" and case is None):
                continue
            doc = build_doc(source.table, row, case, children.get(str(row["id"]), []))
            if doc is not None:
                yield doc, str(row.get("created_at") or "")


def rebuild_index(conn: Connection) -> int:
    """Throw the index away and build it again from every row; returns the number of documents.

    Works on a plain Connection so migration 0002 can call it on a file upgraded from schema 0001."""
    columns = {r[1]: str(r[2]).upper() for r in _Db(conn).rows("PRAGMA table_info(searchdoc)")}
    if "chunk" not in columns:
        return 0  # a migration before 0012 (which rebuilds the index in this layout) on the way to it
    # 0012 and 0018 rebuild it before 0023 packs the texts and 0027 stores the ids as 16 bytes
    db = _Db(conn, packed="text" in columns, compact_ids=columns.get("entity_id") == "BLOB")
    db.run(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('delete-all')")
    db.run(f"INSERT INTO {CASE_FTS_TABLE} ({CASE_FTS_TABLE}) VALUES ('delete-all')")
    db.run("DELETE FROM searchdoc")
    slots = _slots_in_writing_order(db)
    count = 0
    per_case: dict[str, int] = defaultdict(int)
    chunks: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))  # kept, not read back
    for doc, _written in _all_docs(db):
        chunk = 0
        if doc.case_id is not None:
            chunk = min(per_case[doc.case_id] // CHUNK_RECORDS, LAST_CHUNK)
            per_case[doc.case_id] += 1
            chunks[doc.case_id][chunk].append(doc.own_tokens)
        _insert(db, doc, slots[doc.entity_id], chunk)
        count += 1
    for stored_id, anchor in db.rows("SELECT entity_id, rowid FROM searchdoc WHERE entity_type = 'case'"):
        case_id = uuid_read(stored_id)
        for chunk, record_tokens in (chunks.get(case_id) or {0: []}).items():
            _put_chunk(db, case_id, int(anchor), chunk, record_tokens)
    for table in (FTS_TABLE, CASE_FTS_TABLE):
        db.run(f"INSERT INTO {table} ({table}) VALUES ('optimize')")
    return count


def _slots_in_writing_order(db: _Db) -> dict[str, int]:
    """Every document's rowid as the write hooks would have given it, writing the records one by one in the order
    they were written: of two documents wanting the same slot, the one written first keeps it. A first pass over
    the rows (the documents are built again by the second; keeping them all would hold the whole file's text)."""
    wanted = sorted((written, doc.entity_id, preferred_rowid(doc)) for doc, written in _all_docs(db))
    taken: set[int] = set()
    slots: dict[str, int] = {}
    for _written, entity_id, rowid in wanted:
        while rowid in taken:
            rowid += 1
        taken.add(rowid)
        slots[entity_id] = rowid
    return slots


def reindex_all(vault: Any) -> int:
    """Rebuild the whole index (after a restore or a migration); returns the number of documents."""
    with vault.session(write=True) as s:
        return rebuild_index(s.connection())


# --- queries ----------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class SearchHit:
    entity_type: str  # table name: client, case, serviceentry, assessment, resource, ...
    entity_id: str
    case_id: str | None
    case_number: str | None
    client_name: str | None
    title: str
    snippet: str

    def to_json(self) -> dict[str, Any]:
        return {"entity_type": self.entity_type, "entity_id": self.entity_id, "case_id": self.case_id,
                "case_number": self.case_number, "client_name": self.client_name, "title": self.title,
                "snippet": self.snippet}


@dataclass(frozen=True)
class ParsedQuery:
    words: list[str]  # one FTS5 expression per typed word (all must match)
    needles: list[str]  # normalised runs, for snippets

    def expression(self) -> str:
        return " AND ".join(f"({w})" for w in self.words)


def _phrase(run: str) -> str:
    if len(run) == 1:
        return f'"{run}" *'  # one character: the prefix of a bigram, or a word's last character
    return '"' + " ".join(hangul.bigrams(run)) + '"'


def parse_query(query: str) -> ParsedQuery:
    """Typed words -> FTS5 expressions built only from quoted letter/digit runs (never raw user syntax)."""
    words: list[str] = []
    needles: list[str] = []
    for word in query[:MAX_QUERY_CHARS].split()[:MAX_QUERY_WORDS]:
        word_runs = [hangul.digits(word)] if hangul.looks_like_number(word) else hangul.runs(word)
        if word_runs:
            words.append(" AND ".join(_phrase(r) for r in word_runs))
            needles.extend(word_runs)
    return ParsedQuery(words, needles)


def _lowered(body: str) -> str:
    """``body`` in lower case with every position unchanged (so a match found in it can be cut from ``body``).
    ``str.lower`` keeps the length unless a character lowers to several (İ -> i̇); only then, character by character."""
    lowered = body.lower()
    if len(lowered) == len(body):
        return lowered  # each character lowered to exactly one: positions line up
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in body)


def _digit_spans(body: str, needle: str) -> list[tuple[int, int]]:
    """Where a run of digits occurs in ``body`` when separators are ignored (01012345678 in 010-1234-5678)."""
    positions = [i for i, ch in enumerate(body) if ch.isdigit()]
    joined = "".join(body[i] for i in positions)
    spans, k = [], joined.find(needle)
    while k >= 0:
        start, end = positions[k], positions[k + len(needle) - 1] + 1
        spans.append((start, end - start))
        k = joined.find(needle, k + len(needle))
    return spans


def _chosung_spans(body: str, needle: str) -> list[tuple[int, int]]:
    """Where consecutive syllables of ``body`` have the initials ``needle`` (ㄱㅁㄱ in 강미경)."""
    syllables = [i for i, ch in enumerate(body) if hangul.is_syllable(ch)]
    initials = "".join(hangul.decompose(body[i])[0] for i in syllables)
    spans, k = [], initials.find(needle)
    while k >= 0:
        first, last = syllables[k], syllables[k + len(needle) - 1]
        if last - first == len(needle) - 1:  # one word, not initials gathered across spaces
            spans.append((first, last + 1 - first))
        k = initials.find(needle, k + 1)
    return spans


def find_spans(body: str, needles: Sequence[str], lowered: str | None = None) -> list[tuple[int, int]]:
    """Every (position, length) in ``body`` that matches one of the query's ``needles``, in text order: plain text
    (case-insensitive), digits across separators, or 초성 against the syllables' initials."""
    lowered = _lowered(body) if lowered is None else lowered
    spans: set[tuple[int, int]] = set()
    for needle in needles:
        if not needle:
            continue
        pos = lowered.find(needle)
        while pos >= 0:
            spans.add((pos, len(needle)))
            pos = lowered.find(needle, pos + len(needle))
        if needle.isdigit():
            spans.update(_digit_spans(body, needle))
        elif hangul.is_chosung_query(needle):
            spans.update(_chosung_spans(body, needle))
    return sorted(spans)


def _find(body: str, lowered: str, needle: str) -> tuple[int, int] | None:
    """(position, length) of the first match of ``needle`` in the text (see :func:`find_spans`): the plain text
    first, so a long note is searched once, not for every occurrence."""
    pos = lowered.find(needle)
    if pos >= 0:
        return pos, len(needle)
    if needle.isdigit():
        spans = _digit_spans(body, needle)
    elif hangul.is_chosung_query(needle):
        spans = _chosung_spans(body, needle)
    else:
        return None
    return spans[0] if spans else None


def _snippet_window(body: str, needles: list[str]) -> str:
    lowered = _lowered(body)
    found = [hit for n in needles if (hit := _find(body, lowered, n)) is not None]
    pos, length = min(found) if found else (0, 0)
    start = max(0, pos - SNIPPET_BEFORE)
    end = min(len(body), pos + length + SNIPPET_AFTER)
    snippet = " / ".join(line.strip() for line in body[start:end].splitlines() if line.strip())
    return ("…" if start > 0 else "") + snippet + ("…" if end < len(body) else "")


def make_snippet(body: str, needles: list[str]) -> str:
    """The text around the first match (or the start of the record when it matched by its client's name, 초성 or
    case number)."""
    return _snippet_window(body, needles)


def marked_snippet(body: str, needles: list[str]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """:func:`make_snippet` plus the (position, length) of each match inside it, for highlighting."""
    snippet = _snippet_window(body, needles)
    return snippet, tuple(find_spans(snippet, needles))


def _hits(db: _Db, rowids: list[int], needles: list[str], lang: str) -> list[SearchHit]:
    if not rowids:
        return []
    marks = ", ".join("?" for _ in rowids)
    # searchdoc's ids (0027) and the case tables' keys (0030) are both stored as 16 bytes: joined as stored
    rows = {r[0]: (r[1], uuid_read(r[2]), uuid_read(r[3]), r[4], r[5], r[6]) for r in db.rows(
        "SELECT d.rowid, d.entity_type, d.entity_id, d.case_id, d.text, c.case_number, cl.name "
        'FROM searchdoc d LEFT JOIN "case" c ON c.id = d.case_id LEFT JOIN client cl ON cl.id = c.client_id '
        f"WHERE d.rowid IN ({marks})", rowids)}
    hits = []
    for rowid in rowids:
        if rowid not in rows:
            continue
        entity_type, entity_id, case_id, text, case_number, client_name = rows[rowid]
        title, _initials, body = unpack(text)
        if lang != "ko" and entity_type in SOURCES:  # stored titles are Korean; describe the record again
            source_row = _row(db, entity_type, entity_id)
            title = describe(entity_type, source_row, lang) if source_row else title
        hits.append(SearchHit(entity_type, entity_id, case_id, case_number, client_name, title,
                              make_snippet(body, needles)))
    return hits


# Matching documents best first, with their case: the index itself stores no case id (searchdoc has it, one
# lookup by rowid per match read; storing it again in the index was 17 MB at 10,000 cases).
MATCHES_WITH_CASE = (f"SELECT f.rowid, d.case_id FROM {FTS_TABLE} f JOIN searchdoc d ON d.rowid = f.rowid "
                     f"WHERE {FTS_TABLE} MATCH ? ORDER BY f.rowid DESC")  # rowid = rank


def search(vault: Any, query: str, limit: int = 50) -> list[SearchHit]:
    """Records matching every word of ``query``: the client, then the case, then case records newest first, then
    resources. Any query length works (one character is a prefix match); a query with no letters or digits gives
    []. Never raises on odd input: it is never passed to FTS5 as syntax."""
    parsed = parse_query(query)
    if not parsed.words or limit <= 0:
        return []
    with vault.read_cursor() as cursor:
        db = _Db(cursor=cursor)
        fetch = limit
        while True:
            found = [(rowid, uuid_read(case_id))
                     for rowid, case_id in db.rows(MATCHES_WITH_CASE + " LIMIT ?", (parsed.expression(), fetch))]
            # Destroyed cases are normally gone from the index already (forget_case); this also covers a case
            # marked destroyed by code that did not tell the index.
            destroyed = _destroyed(db, {case_id for _rowid, case_id in found if case_id})
            rowids = [rowid for rowid, case_id in found if case_id not in destroyed][:limit]
            if len(rowids) == limit or len(found) < fetch:
                break
            fetch *= 4
        return _hits(db, rowids, parsed.needles, current_language())


def _destroyed(db: _Db, case_ids: set[str]) -> set[str]:
    if not case_ids:
        return set()
    marks = ", ".join("?" for _ in case_ids)
    return {case_keys.key_text(i) for i in db.column(
        f'SELECT id FROM "case" WHERE id IN ({marks}) AND destroyed_at IS NOT NULL', case_keys.keys(case_ids))}


def search_cases(vault: Any, query: str, limit: int = 200) -> list[str]:
    """Ids of live cases where every word of ``query`` appears in the client's name (or 초성), phone, the case
    number or any record of the case: the case-list filter as you type. Words may match different records of the
    same case. Latest opened first (the index is read in that order and stops at ``limit``, so this stays fast
    however many cases match). An empty query gives [] (the caller shows every case)."""
    parsed = parse_query(query)
    if not parsed.words or limit <= 0:
        return []
    with vault.session() as s:
        db = _Db(s.connection())
        found: list[str] = []
        # each run of letters or digits is looked for on its own, as in one document of the whole case
        streams = [_cases_with(db, term) for term in dict.fromkeys(_phrase(n) for n in parsed.needles)]
        try:
            anchors = _intersect(streams)
            while len(found) < limit:
                batch = list(itertools.islice(anchors, limit - len(found)))
                if not batch:
                    break
                found.extend(_live_cases(db, batch))
        finally:
            for stream in streams:
                stream.close()  # their cursors, before the session hands the connection back
        return found


def _cases_with(db: _Db, word: str) -> Iterator[int]:
    """Anchors of the cases with ``word`` in any of their chunks, latest opened first."""
    cursor = db.cursor.connection.cursor()  # its own cursor: several words are read side by side
    try:
        cursor.execute(f"SELECT rowid FROM {CASE_FTS_TABLE} WHERE {CASE_FTS_TABLE} MATCH ? ORDER BY rowid DESC",
                       (word,))
        last = None
        while batch := cursor.fetchmany(1000):
            for (rowid,) in batch:
                anchor = rowid >> CHUNK_BITS
                if anchor != last:
                    yield anchor
                    last = anchor
    finally:
        cursor.close()


def _intersect(streams: list[Iterator[int]]) -> Iterator[int]:
    """The anchors every descending stream holds, in order: each stream skips ahead to the lowest anchor another
    one stands on."""
    current = [next(s, None) for s in streams]
    while all(c is not None for c in current):
        top = min(c for c in current if c is not None)
        for i, stream in enumerate(streams):
            while current[i] is not None and current[i] > top:  # type: ignore[operator]
                current[i] = next(stream, None)
        if all(c == top for c in current):
            yield top
            current = [next(s, None) for s in streams]


def _live_cases(db: _Db, anchors: list[int]) -> list[str]:
    """The ids of the cases anchored at ``anchors`` (in that order), leaving out destroyed cases."""
    marks = ", ".join("?" for _ in anchors)
    ids = {rowid: uuid_read(entity_id) for rowid, entity_id in db.rows(
        f'SELECT d.rowid, d.entity_id FROM searchdoc d JOIN "case" c ON c.id = d.entity_id '
        f"WHERE d.rowid IN ({marks}) AND c.destroyed_at IS NULL", anchors)}
    return [ids[a] for a in anchors if a in ids]


# --- why a case matched (the case list's explanation column) ----------------------------------------------------

EXPLAIN_LIMIT = 300  # cases explained per search: more than a screen of the case list holds


@dataclass(frozen=True)
class MatchReason:
    """Why a case is in the filtered case list: where the words were found and the text around them."""

    where: str  # e.g. "가구원", "연락처", "서비스 제공 기록 2026-03-02 · 내용"
    snippet: str  # e.g. "강미경", "010-1234-5678", "…우울감 호소, 정신건강복지센터…"
    marks: tuple[tuple[int, int], ...]  # (position, length) of the matched text inside ``snippet``
    joiner: str = ": "  # " " where the two read as one phrase ("가구원 강미경")

    def text(self) -> str:
        return f"{self.where}{self.joiner}{self.snippet}" if self.snippet else self.where


def _field_values(table: str, row: Mapping[str, Any], children: Iterable[Mapping[str, Any]]
                  ) -> Iterator[tuple[FieldSpec | None, str]]:
    """The searchable text of a record field by field (``None``: the case number, which has no form field)."""
    source = SOURCES[table]
    if table == "case":
        yield None, _text(row.get("case_number"))
    for spec in source.form.fields:
        if spec.searchable and _text(row.get(spec.name)):
            yield spec, _text(row.get(spec.name))
    for _child_table, _fk, child_form in source.children:
        for child in children:
            for spec in child_form.fields:
                if spec.searchable and _text(child.get(spec.name)):
                    yield spec, _text(child.get(spec.name))


def _best_field(table: str, row: Mapping[str, Any], children: list[dict[str, Any]],
                needles: list[str]) -> tuple[FieldSpec | None, str] | None:
    """The field that holds most of the query's words (the first such field in form order)."""
    best, best_count = None, 0
    for spec, value in _field_values(table, row, children):
        lowered = _lowered(value)
        count = sum(1 for n in needles if _find(value, lowered, n) is not None)
        if count > best_count:
            best, best_count = (spec, value), count
    return best


def _where(table: str, row: Mapping[str, Any], spec: FieldSpec | None, lang: str) -> tuple[str, str]:
    """(where, joiner) of a reason: the field, prefixed by the record it belongs to."""
    ko = lang == "ko"
    field_label = spec.label.text(lang) if spec is not None else ("사례번호" if ko else "Case number")
    if table == "client":
        return field_label, ": "
    if table == "householdmember":
        member = "가구원" if ko else "Household member"
        if spec is not None and spec.name == "name":
            return member, " "  # "가구원 강미경", the name being the snippet
        return f"{member} {_text(row.get('name')) or _text(row.get('relation'))} · {field_label}", ": "
    form = SOURCES[table].form
    date_field = "opened_on" if table == "case" else _event_date_field(form)
    when = _date_text(row.get(date_field)) if date_field and table != "case" else ""
    if spec is None:
        return field_label, ": "
    return f"{form.title.text(lang)}{' ' + when if when else ''} · {field_label}", ": "


def _reason_for(db: _Db, rowid: int, needles: list[str], lang: str) -> MatchReason | None:
    found = db.first("SELECT entity_type, entity_id FROM searchdoc WHERE rowid = ?", (rowid,))
    if found is None or found[0] not in SOURCES:
        return None
    table, entity_id = found[0], uuid_read(found[1])
    row = _row(db, table, entity_id)
    if row is None:
        return None
    best = _best_field(table, row, _children(db, SOURCES[table], entity_id), needles)
    if best is None:
        return None
    spec, value = best
    snippet, marks = marked_snippet(value, needles)
    where, joiner = _where(table, row, spec, lang)
    return MatchReason(where, snippet, marks, joiner)


def _own(expression: str) -> str:
    return f"own : ({expression})"  # the record's own text, not its case's client name (that matches every record)


def _first_rows(db: _Db, expression: str, wanted: set[str]) -> dict[str, int]:
    """The best-ranked matching record (rowid) of each wanted case, reading the index in rank order and stopping
    once every wanted case has one."""
    cursor = db.cursor.connection.cursor()  # its own cursor: db.cursor runs the look-ups meanwhile
    cursor.execute(MATCHES_WITH_CASE, (expression,))
    keys = {db.key(case_id): case_id for case_id in wanted}  # compared as stored: no id converted per row read
    first: dict[str, int] = {}
    while len(first) < len(wanted):
        batch = cursor.fetchmany(500)
        if not batch:
            break
        for rowid, stored_id in batch:
            case_id = keys.get(stored_id)
            if case_id is not None and case_id not in first:
                first[case_id] = rowid
    cursor.close()
    return first


def explain_case_matches(vault: Any, query: str, case_ids: Sequence[str],
                         limit: int = EXPLAIN_LIMIT) -> dict[str, MatchReason]:
    """For cases the case-list filter found (the first ``limit``), where the query matched: the record and field
    (a household member by name: "가구원 강미경"), with a snippet and the positions to highlight. A case found only
    by words spread over several records is explained by the record holding its first word."""
    parsed = parse_query(query)
    wanted = set(case_ids[:limit]) if limit > 0 else set()
    if not parsed.words or not wanted:
        return {}
    lang = current_language()
    with vault.session() as s:
        db = _Db(s.connection())
        reasons: dict[str, MatchReason] = {}
        expressions = [parsed.expression()] + (parsed.words if len(parsed.words) > 1 else [])
        for expression in expressions:
            missing = wanted - reasons.keys()
            if not missing:
                break
            for case_id, rowid in _first_rows(db, _own(expression), missing).items():
                reason = _reason_for(db, rowid, parsed.needles, lang)
                if reason is not None:
                    reasons[case_id] = reason
        for case_id in wanted - reasons.keys():  # e.g. an older case of a client, found by the client's name
            reason = _identity_reason(db, case_id, parsed.needles, lang)
            if reason is not None:
                reasons[case_id] = reason
        return reasons


def _identity_reason(db: _Db, case_id: str, needles: list[str], lang: str) -> MatchReason | None:
    context = _case_context(db, case_id)
    if context is None:
        return None
    for label, value in ((("성명", "Name"), context.client_name), (("사례번호", "Case number"), context.case_number)):
        snippet, marks = marked_snippet(value, needles)
        if marks:
            return MatchReason(label[0] if lang == "ko" else label[1], snippet, marks)
    return None
