"""Korean search over clients, cases, every note of a case and the resource directory.

How it works
------------
* What is indexed comes from the form declarations: every ``searchable=True`` field of the form that belongs to a
  table (:data:`SOURCES`). Short single-line fields (``Kind.TEXT``, at most 100 characters: names, phone numbers,
  contact persons) are treated as names: they also feed 초성 search. A value made only of digits and separators
  (phone or case number) is also indexed as bare digits, so 01012345678, 1234-5678 and 5678 all find 010-1234-5678.
* ``searchdoc`` (one row per record) keeps the record's own text for snippets; the FTS5 table ``search_fts`` (created
  by migration 0002) indexes it rewritten as character bigrams (:func:`caseapp.domain.hangul.index_tokens`) with the
  ``unicode61`` tokenizer. A trigram index would miss every two-syllable query (주거, 우울, most given names); with
  bigrams a two-character query is one exact token, a longer one a phrase of consecutive bigrams (an exact substring
  match) and a one-character query a token prefix, so every query length is answered from the index. That is why
  there is one bigram index and no trigram index.
* ``search_fts`` has two text columns: ``own`` (the record's text) and ``ctx`` (its case's client name, 초성 and case
  number), so "김민수 주거" finds 김민수's notes that mention 주거. The case-list filter searches ``own`` only.
* Rows carry ``case_id``, ``rank_group`` and ``sort_key`` as UNINDEXED columns so ranking needs no extra lookups:
  clients and cases first, then case records newest first, then resources.
* The index is written by :func:`index_hook` inside the same transaction as the record (registered in
  :class:`caseapp.services.vault.Vault`), and the hook re-reads the row with ``SELECT *`` exactly as
  :func:`rebuild_index` does, so incremental and full indexing give identical rows.
* Destroyed cases never appear: their rows are removed by :func:`forget_case` and queries also skip any case whose
  ``destroyed_at`` is set.
* User input never reaches FTS5 syntax: queries are reduced to letter/digit runs and quoted, so quotes, ``*``,
  ``NEAR``, ``AND``, parentheses or emoji are plain text (or ignored) and cannot raise.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text
from sqlmodel import Session

from caseapp.domain import forms, hangul
from caseapp.domain.forms import FieldSpec, FormSpec, Kind
from caseapp.i18n_text import current_language

FTS_TABLE = "search_fts"
MAX_QUERY_WORDS = 8
MAX_QUERY_CHARS = 200
NAME_MAX_LENGTH = 100  # single-line fields at most this long are names / identifiers (see module docstring)
SNIPPET_BEFORE, SNIPPET_AFTER = 30, 60

# rank groups: who (client, case) first, then the records of cases, then the resource directory
RANK_IDENTITY, RANK_RECORD, RANK_RESOURCE = 0, 1, 2


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
    Source("assessment", forms.ASSESSMENT, "case", children=(("needrating", "assessment_id", forms.NEED_RATING),)),
    Source("ecorelation", forms.ECO_RELATION, "case"),
    Source("goal", forms.GOAL, "case"),
    Source("plantask", forms.PLAN_TASK, "case"),
    Source("serviceentry", forms.SERVICE_ENTRY, "case"),
    Source("referral", forms.REFERRAL, "case"),
    Source("monitoringreview", forms.MONITORING_REVIEW, "case", title_choice="decision"),
    Source("termination", forms.TERMINATION, "case"),
    Source("followup", forms.FOLLOW_UP, "case", title_choice="method"),
    Source("caseconference", forms.CASE_CONFERENCE, "case"),
    Source("addendum", forms.ADDENDUM, "case"),
    Source("resource", forms.RESOURCE, "none"),
) if s.form.searchable_names()}  # a form without searchable fields (consent today) is simply not indexed

CHILD_TABLES: dict[str, tuple[str, str]] = {child: (src.table, fk) for src in SOURCES.values()
                                            for child, fk, _form in src.children}


# --- documents ------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class CaseContext:
    case_id: str
    case_number: str
    client_name: str

    def tokens(self) -> str:
        parts = [self.client_name, hangul.chosung(self.client_name), self.case_number, hangul.digits(self.case_number)]
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
    return f"{event or created[:10]}|{created}"


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
    numbers = [hangul.digits(v) for v in values if hangul.looks_like_number(v)]
    own = " ".join(t for t in (hangul.index_tokens(v) for v in [*values, initials, *numbers]) if t)
    rank = RANK_IDENTITY if table in ("client", "case") else RANK_RESOURCE if source.owner == "none" else RANK_RECORD
    return Doc(entity_type=table, entity_id=str(row["id"]), case_id=case.case_id if case else None,
               title=describe(table, row, "ko"), body="\n".join(values), chosung=initials, own_tokens=own,
               ctx_tokens=case.tokens() if case else "", rank_group=rank, sort_key=_sort_key(source, row))


# --- writing the index ------------------------------------------------------------------------------------------

def _q(table: str) -> str:
    return f'"{table}"'  # "case" is an SQL keyword


def _drop_rowids(conn: Connection, rowids: list[int]) -> None:
    for rowid in rowids:
        conn.execute(text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :r"), {"r": rowid})
        conn.execute(text("DELETE FROM searchdoc WHERE rowid = :r"), {"r": rowid})


def _drop_entity(conn: Connection, entity_id: str) -> None:
    rowids = list(conn.execute(text("SELECT rowid FROM searchdoc WHERE entity_id = :e"), {"e": entity_id}).scalars())
    _drop_rowids(conn, rowids)


def _store(conn: Connection, doc: Doc) -> None:
    values = {"t": doc.entity_type, "e": doc.entity_id, "c": doc.case_id, "ti": doc.title, "b": doc.body,
              "ch": doc.chosung}
    old = conn.execute(text("SELECT rowid FROM searchdoc WHERE entity_id = :e"), {"e": doc.entity_id}).scalar()
    if old is None:
        rowid = conn.execute(text("INSERT INTO searchdoc (entity_type, entity_id, case_id, title, body, chosung) "
                                  "VALUES (:t, :e, :c, :ti, :b, :ch) RETURNING rowid"), values).scalar_one()
    else:
        rowid = old
        conn.execute(text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :r"), {"r": rowid})
        conn.execute(text("UPDATE searchdoc SET entity_type = :t, case_id = :c, title = :ti, body = :b, chosung = :ch "
                          "WHERE rowid = :r"), {**values, "r": rowid})
    conn.execute(text(f"INSERT INTO {FTS_TABLE} (rowid, own, ctx, case_id, rank_group, sort_key) "
                      "VALUES (:r, :o, :x, :c, :g, :s)"),
                 {"r": rowid, "o": doc.own_tokens, "x": doc.ctx_tokens, "c": doc.case_id, "g": doc.rank_group,
                  "s": doc.sort_key})


def _row(conn: Connection, table: str, row_id: str) -> Mapping[str, Any] | None:
    found = conn.execute(text(f"SELECT * FROM {_q(table)} WHERE id = :id"), {"id": row_id}).mappings().first()
    return dict(found) if found is not None else None


def _children(conn: Connection, source: Source, row_id: str) -> list[Mapping[str, Any]]:
    out: list[Mapping[str, Any]] = []
    for child_table, fk, _form in source.children:
        out.extend(dict(m) for m in conn.execute(
            text(f"SELECT * FROM {_q(child_table)} WHERE {fk} = :id ORDER BY rowid"), {"id": row_id}).mappings())
    return out


def _case_context(conn: Connection, case_id: str | None) -> CaseContext | None:
    """The live case's identity, or None when there is no such case or it has been destroyed."""
    if case_id is None:
        return None
    found = conn.execute(text('SELECT c.case_number, cl.name, c.destroyed_at FROM "case" c '
                              "JOIN client cl ON cl.id = c.client_id WHERE c.id = :id"), {"id": case_id}).first()
    if found is None or found[2] is not None:
        return None
    return CaseContext(case_id, found[0], _text(found[1]))


def _client_cases(conn: Connection, client_id: str) -> list[tuple[str, bool]]:
    """(case id, destroyed) for a client's cases, newest first."""
    return [(r[0], r[1] is not None) for r in conn.execute(
        text('SELECT id, destroyed_at FROM "case" WHERE client_id = :c ORDER BY opened_on DESC, created_at DESC'),
        {"c": client_id})]


def _index_row(conn: Connection, table: str, row_id: str) -> None:
    source = SOURCES[table]
    row = _row(conn, table, row_id)
    if row is None:
        _drop_entity(conn, row_id)
        return
    case: CaseContext | None = None
    if source.owner == "case":
        case = _case_context(conn, row["id"] if table == "case" else row.get("case_id"))
        if case is None:  # its case is gone or destroyed: nothing of it may be found
            _drop_entity(conn, row_id)
            return
    elif source.owner == "client":
        client_id = row["id"] if table == "client" else row.get("client_id")
        cases = _client_cases(conn, str(client_id))
        live = [cid for cid, destroyed in cases if not destroyed]
        if cases and not live:
            _drop_entity(conn, row_id)
            return
        case = _case_context(conn, live[0]) if live else None
    doc = build_doc(table, row, case, _children(conn, source, row_id))
    if doc is None:
        _drop_entity(conn, row_id)
    else:
        _store(conn, doc)


def _index_case_records(conn: Connection, case_id: str) -> None:
    for source in SOURCES.values():
        if source.owner == "case" and source.table != "case":
            for row_id in conn.execute(text(f"SELECT id FROM {_q(source.table)} WHERE case_id = :c"),
                                       {"c": case_id}).scalars():
                _index_row(conn, source.table, row_id)
    _index_row(conn, "case", case_id)


def _index_client(conn: Connection, client_id: str) -> None:
    """A client's name is part of every record of their cases (``ctx``), so all of them are refreshed."""
    _index_row(conn, "client", client_id)
    for member_id in conn.execute(text("SELECT id FROM householdmember WHERE client_id = :c"),
                                  {"c": client_id}).scalars():
        _index_row(conn, "householdmember", member_id)
    for case_id, destroyed in _client_cases(conn, client_id):
        if destroyed:
            _forget(conn, case_id)
        else:
            _index_case_records(conn, case_id)


def _forget(conn: Connection, case_id: str) -> None:
    rowids = list(conn.execute(text("SELECT rowid FROM searchdoc WHERE case_id = :c"), {"c": case_id}).scalars())
    _drop_rowids(conn, rowids)


def index_hook(session: Session, row_or_deleted: object) -> None:
    """Keep the index in step with a write, inside the writer's transaction (see ``Vault.after_write``).

    Called with the written row, or with ``("deleted", table, id)`` after a delete."""
    session.flush()
    conn = session.connection()
    if isinstance(row_or_deleted, tuple):
        _marker, table, row_id = row_or_deleted
        if table == "case":
            _forget(conn, str(row_id))
        _drop_entity(conn, str(row_id))
        return
    table = getattr(row_or_deleted, "__tablename__", None)
    row_id = getattr(row_or_deleted, "id", None)
    if not isinstance(table, str) or row_id is None:
        return
    if table in CHILD_TABLES:
        _reindex_parent_of_child(conn, table, row_or_deleted)
    elif table == "client":
        _index_client(conn, str(row_id))
    elif table == "case" and getattr(row_or_deleted, "destroyed_at", None) is not None:
        _forget(conn, str(row_id))
    elif table in SOURCES:
        _index_row(conn, table, str(row_id))


def _reindex_parent_of_child(conn: Connection, child_table: str, child: object) -> None:
    parent_table, fk = CHILD_TABLES[child_table]
    parent_id = getattr(child, fk, None)
    if parent_id is not None:
        _index_row(conn, parent_table, str(parent_id))


def forget_case(session: Session, case_id: str) -> None:
    """Remove every indexed text of a case (retention / destruction), in the caller's transaction."""
    session.flush()
    _forget(session.connection(), case_id)


# --- full rebuild -----------------------------------------------------------------------------------------------

def _all_rows(conn: Connection, table: str) -> Iterator[dict[str, Any]]:
    # SELECT * rather than the ORM: this also runs inside migration 0002, when later columns may not exist yet.
    for m in conn.execute(text(f"SELECT * FROM {_q(table)} ORDER BY rowid")).mappings():
        yield dict(m)


def _all_docs(conn: Connection) -> Iterator[Doc]:
    contexts: dict[str, CaseContext] = {}
    client_cases: dict[str, list[tuple[str, bool]]] = defaultdict(list)
    for cid, number, client_id, name, destroyed in conn.execute(text(
            'SELECT c.id, c.case_number, c.client_id, cl.name, c.destroyed_at FROM "case" c '
            "JOIN client cl ON cl.id = c.client_id ORDER BY c.opened_on DESC, c.created_at DESC")):
        client_cases[client_id].append((cid, destroyed is not None))
        if destroyed is None:
            contexts[cid] = CaseContext(cid, number, _text(name))
    for source in SOURCES.values():
        children: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for child_table, fk, _form in source.children:
            for child in _all_rows(conn, child_table):
                children[str(child[fk])].append(child)
        for row in _all_rows(conn, source.table):
            case: CaseContext | None = None
            if source.owner == "case":
                case = contexts.get(str(row["id"] if source.table == "case" else row.get("case_id")))
                if case is None:
                    continue
            elif source.owner == "client":
                cases = client_cases.get(str(row["id"] if source.table == "client" else row.get("client_id")), [])
                live = [cid for cid, destroyed in cases if not destroyed]
                if cases and not live:
                    continue
                case = contexts[live[0]] if live else None
            doc = build_doc(source.table, row, case, children.get(str(row["id"]), []))
            if doc is not None:
                yield doc


def rebuild_index(conn: Connection) -> int:
    """Throw the index away and build it again from every row; returns the number of documents.

    Works on a plain Connection so migration 0002 can call it on a file upgraded from schema 0001."""
    conn.execute(text(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('delete-all')"))
    conn.execute(text("DELETE FROM searchdoc"))
    count = 0
    for doc in _all_docs(conn):
        count += 1
        conn.execute(text("INSERT INTO searchdoc (rowid, entity_type, entity_id, case_id, title, body, chosung) "
                          "VALUES (:r, :t, :e, :c, :ti, :b, :ch)"),
                     {"r": count, "t": doc.entity_type, "e": doc.entity_id, "c": doc.case_id, "ti": doc.title,
                      "b": doc.body, "ch": doc.chosung})
        conn.execute(text(f"INSERT INTO {FTS_TABLE} (rowid, own, ctx, case_id, rank_group, sort_key) "
                          "VALUES (:r, :o, :x, :c, :g, :s)"),
                     {"r": count, "o": doc.own_tokens, "x": doc.ctx_tokens, "c": doc.case_id, "g": doc.rank_group,
                      "s": doc.sort_key})
    conn.execute(text(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('optimize')"))
    return count


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

    def expression(self, column: str | None = None) -> str:
        joined = " AND ".join(f"({w})" for w in self.words)
        return f"{{{column}}} : ({joined})" if column else joined


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
    # per character so positions line up with the original text
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in body)


def make_snippet(body: str, needles: list[str]) -> str:
    """The text around the first match (or the start of the record when it matched by name, 초성 or phone)."""
    lowered = _lowered(body)
    found = [(pos, len(n)) for n in needles if (pos := lowered.find(n)) >= 0]
    pos, length = min(found) if found else (0, 0)
    start = max(0, pos - SNIPPET_BEFORE)
    end = min(len(body), pos + length + SNIPPET_AFTER)
    snippet = " / ".join(line.strip() for line in body[start:end].splitlines() if line.strip())
    return ("…" if start > 0 else "") + snippet + ("…" if end < len(body) else "")


def _hits(conn: Connection, rowids: list[int], needles: list[str], lang: str) -> list[SearchHit]:
    if not rowids:
        return []
    params = {f"r{i}": r for i, r in enumerate(rowids)}
    marks = ", ".join(f":r{i}" for i in range(len(rowids)))
    rows = {r.rowid: r for r in conn.execute(text(
        "SELECT d.rowid AS rowid, d.entity_type, d.entity_id, d.case_id, d.title, d.body, c.case_number, "
        'cl.name AS client_name FROM searchdoc d LEFT JOIN "case" c ON c.id = d.case_id '
        f"LEFT JOIN client cl ON cl.id = c.client_id WHERE d.rowid IN ({marks})"), params)}
    hits = []
    for rowid in rowids:
        r = rows.get(rowid)
        if r is None:
            continue
        title = r.title
        if lang != "ko" and r.entity_type in SOURCES:  # stored titles are Korean; describe again in English
            source_row = _row(conn, r.entity_type, r.entity_id)
            title = describe(r.entity_type, source_row, lang) if source_row else title
        hits.append(SearchHit(r.entity_type, r.entity_id, r.case_id, r.case_number, r.client_name, title,
                              make_snippet(r.body, needles)))
    return hits


def search(vault: Any, query: str, limit: int = 50) -> list[SearchHit]:
    """Records matching every word of ``query``: clients and cases first, then case records newest first.

    Any query length works (one character is a prefix match). Input that has no letters or digits gives []."""
    parsed = parse_query(query)
    if not parsed.words or limit <= 0:
        return []
    with vault.session() as s:
        conn = s.connection()
        rowids = list(conn.execute(text(
            f"SELECT f.rowid FROM {FTS_TABLE} f LEFT JOIN \"case\" c ON c.id = f.case_id "
            f"WHERE {FTS_TABLE} MATCH :q AND c.destroyed_at IS NULL "
            "ORDER BY f.rank_group, f.sort_key DESC LIMIT :n"), {"q": parsed.expression(), "n": limit}).scalars())
        return _hits(conn, rowids, parsed.needles, current_language())


def search_cases(vault: Any, query: str, limit: int = 200) -> list[str]:
    """Ids of live cases where every word of ``query`` appears in the client's name (or 초성), phone, the case
    number or any record of the case: the case-list filter. Words may match different records of the same case.
    Newest case numbers first. An empty query gives [] (the caller shows every case)."""
    parsed = parse_query(query)
    if not parsed.words or limit <= 0:
        return []
    conditions = " AND ".join(
        f"c.id IN (SELECT f.case_id FROM {FTS_TABLE} f WHERE {FTS_TABLE} MATCH :q{i})" for i in range(len(parsed.words)))
    params: dict[str, Any] = {f"q{i}": f"{{own}} : ({w})" for i, w in enumerate(parsed.words)}
    with vault.session() as s:
        return list(s.connection().execute(text(
            f'SELECT c.id FROM "case" c WHERE c.destroyed_at IS NULL AND {conditions} '
            "ORDER BY c.case_number DESC LIMIT :n"), {**params, "n": limit}).scalars())
