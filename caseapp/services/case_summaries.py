"""Keeping the case list's summary table (``casesummary``) current.

Every write session is watched (:func:`track`): the cases its flushed rows belong to are summarised again before
it commits (:func:`refresh_touched`), in the same transaction, so the table never lags behind the records. Rows
written around the ORM (demo data's bulk insert) call :func:`refresh` themselves. A summary whose ``basis`` is not
today's (older caseapp, other deadline rules) is recomputed on open (:func:`refresh_stale`) and, until then,
computed on the fly by the reader (``cases.list_cases``), so a stale table never shows a wrong date.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import event
from sqlmodel import Session

from caseapp.domain.case_summary import summarise, summary_basis
from caseapp.services import open_checks
from caseapp.services.case_facts import all_facts, rules_in
from caseapp.storage.case_keys import key, key_text, keys
from caseapp.storage.models import AuditEvent, Case, Client, Draft, ExportRecord, SearchDoc
from caseapp.storage.sql_chunks import chunks, marks

if TYPE_CHECKING:
    from caseapp.services.vault import Vault

_TOUCHED_KEY = "caseapp_summary_touched"
_NO_FACTS = (AuditEvent, Draft, ExportRecord, SearchDoc)  # rows that never change a case's deadlines


def basis(session: Session) -> str:
    """What a stored summary was made with: the summary's own version and the agency's deadline rules."""
    return summary_basis(rules_in(session))


def track(session: Session) -> None:
    """Collect the ids of cases (and clients) whose rows this session flushes."""
    touched: tuple[set[str], set[str]] = (set(), set())
    session.info[_TOUCHED_KEY] = touched

    def collect(sess: Session, _context: Any) -> None:
        for obj in (*sess.new, *sess.dirty, *sess.deleted):
            if isinstance(obj, _NO_FACTS):
                continue
            if isinstance(obj, Case):
                touched[0].add(obj.id)
            elif isinstance(obj, Client):
                touched[1].add(obj.id)
            else:
                case_id = getattr(obj, "case_id", None)
                if isinstance(case_id, str):
                    touched[0].add(case_id)

    event.listen(session, "after_flush", collect)


def refresh_touched(session: Session) -> None:
    """Summarise again every case this session changed (call after the last flush, before commit)."""
    touched = session.info.get(_TOUCHED_KEY)
    if touched is None:
        return
    session.flush()
    case_ids, client_ids = touched
    if (case_ids or client_ids) and not _table_exists(session):  # a write before the migration that adds it
        case_ids.clear()
        client_ids.clear()
        return
    if client_ids:
        for chunk in chunks(sorted(client_ids)):
            case_ids |= {key_text(r[0]) for r in _cursor(session).execute(
                f'SELECT id FROM "case" WHERE client_id IN ({marks(chunk)})', keys(chunk)).fetchall()}
    if case_ids:
        refresh(session, case_ids)
    case_ids.clear()
    client_ids.clear()


def refresh(session: Session, case_ids: Iterable[str] | None = None) -> int:
    """Recompute the summaries of ``case_ids`` (all cases when ``None``); a destroyed or deleted case loses its
    row. Returns the number of summaries written."""
    wanted = None if case_ids is None else sorted(set(case_ids))
    facts = []
    if wanted is None:
        facts = all_facts(session)
    else:
        for chunk in chunks(wanted):
            facts += all_facts(session, chunk)
    cur = _cursor(session)
    current = basis(session)
    rules = rules_in(session)
    if wanted is None:
        cur.execute("DELETE FROM casesummary")
    else:
        for chunk in chunks(wanted):
            cur.execute(f"DELETE FROM casesummary WHERE case_id IN ({marks(chunk)})", keys(chunk))
    rows = []
    for f in facts:
        stored = summarise(f, rules)
        rows.append((key(f.case_id), current, stored.next_due.isoformat() if stored.next_due else None,
                     stored.deadlines))
    cur.executemany("INSERT INTO casesummary (case_id, basis, next_due, deadlines) VALUES (?, ?, ?, ?)", rows)
    return len(rows)


def refresh_all_summaries(vault: "Vault") -> int:
    """Recompute every case's summary (after the deadline rules changed in Settings)."""
    with vault.session(write=True) as s:
        return refresh(s)


def stale_count(session: Session) -> int:
    return open_checks.stale_count(_cursor(session), basis(session))  # the rule the ORM-free open reads too


def refresh_stale(vault: "Vault") -> int:
    """On open: fill summaries missing or made with other rules (after a migration, an older caseapp's writes or
    changed rules). Nothing to do costs one count query."""
    if vault.read_only:
        return 0
    with vault.session() as s:
        if stale_count(s) == 0:
            return 0
    return refresh_all_summaries(vault)


def _table_exists(session: Session) -> bool:
    return _cursor(session).execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'casesummary'").fetchone() is not None


def _cursor(session: Session) -> Any:
    return session.connection().connection.cursor()


