"""The readings every open of the case file makes, on a DB-API cursor: one copy of each rule for both opens.

The full open (:meth:`caseapp.services.vault.Vault.open`, through the services it calls: ``commit_mark``,
``key_state``, ``case_summaries``, ``destruction``) reads them on :meth:`Vault.read_cursor
<caseapp.services.vault.Vault.read_cursor>`; the ORM-free open of ``caseapp search``
(:mod:`caseapp.services.read_vault`) reads the same functions on its plain connection to decide whether the full
open is needed at all. Nothing here imports SQLAlchemy (a test checks what ``caseapp search`` imports), and a
reading added to the full open belongs here so that both opens see it alike. The schema revision is read by
:func:`caseapp.storage.migrate.revision_of` (the storage layer's own rule, re-exported here as
:func:`current_revision`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from caseapp.domain.case_summary import summary_basis
from caseapp.domain.deadlines import RULES_KEY, stored_rules
from caseapp.services.audit import HEAD_KEY
from caseapp.storage.case_keys import key_text, keys
from caseapp.storage.migrate import revision_of as current_revision
from caseapp.storage.sql_chunks import chunks, marks

__all__ = ["GENERATION_KEY", "audit_head", "current_actor", "current_revision", "destroyed_agree", "file_basis",
           "has_stale", "meta_value", "stale_count", "stored_generation", "undestroyed_among"]

GENERATION_KEY = "key_generation"  # the Meta key of the key generation (services.key_state.META_KEY)


def meta_value(cur: Any, key: str) -> str | None:
    """The file's ``Meta`` value of ``key`` (None: no such row)."""
    row = cur.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else row[0]


def current_actor(cur: Any) -> str:
    """The name of this installation's practitioner (the actor of its audit rows); "" before there is one."""
    row = cur.execute("SELECT name FROM practitioner WHERE is_current = 1").fetchone()
    return str(row[0]) if row else ""


def audit_head(cur: Any) -> int:
    """The number of the newest audit row: the head the chain keeps in ``Meta`` (``seq:hash``), else the highest
    row (a file from before the head was kept), else 0."""
    head = meta_value(cur, HEAD_KEY)
    if head:
        return int(str(head).partition(":")[0])
    last = cur.execute("SELECT seq FROM auditevent ORDER BY seq DESC LIMIT 1").fetchone()
    return int(last[0] or 0) if last else 0


def stored_generation(cur: Any) -> int:
    """The key generation the file last took from the key file (0: none recorded, or unreadable)."""
    value = meta_value(cur, GENERATION_KEY)
    try:
        return int(value) if value is not None else 0
    except (TypeError, ValueError):
        return 0


def file_basis(cur: Any) -> str:
    """The basis a current case summary carries: the summary's version and the file's deadline rules (the guidance
    defaults when none or damaged), as :func:`caseapp.services.case_summaries.basis` reads it through a session."""
    return summary_basis(stored_rules(meta_value(cur, RULES_KEY) or None))


_STALE = ('FROM "case" c LEFT JOIN casesummary s ON s.case_id = c.id '
          "WHERE c.destroyed_at IS NULL AND (s.case_id IS NULL OR s.basis != ?)")  # undestroyed, summary missing/old


def stale_count(cur: Any, basis: str) -> int:
    """How many cases lack a summary made with ``basis`` (destroyed cases have none)."""
    return int(cur.execute(f"SELECT count(*) {_STALE}", (basis,)).fetchone()[0])


def has_stale(cur: Any, basis: str) -> bool:
    """``stale_count(cur, basis) > 0``, stopping at the first such case."""
    return cur.execute(f"SELECT 1 {_STALE} LIMIT 1", (basis,)).fetchone() is not None


def destroyed_in_file(cur: Any) -> set[str]:
    """The ids of the cases the file marks destroyed."""
    return {key_text(r[0]) for r in cur.execute('SELECT id FROM "case" WHERE destroyed_at IS NOT NULL').fetchall()}


def undestroyed_among(cur: Any, case_ids: Iterable[str]) -> list[str]:
    """Those of ``case_ids`` that the file holds and does not mark destroyed (an older backup put back), sorted."""
    ordered, found = sorted(set(case_ids)), set[str]()
    for chunk in chunks(ordered):
        found.update(key_text(r[0]) for r in cur.execute(
            f'SELECT id FROM "case" WHERE id IN ({marks(chunk)}) AND destroyed_at IS NULL', keys(chunk)).fetchall())
    return sorted(found)


def destroyed_agree(cur: Any, registry: Iterable[str]) -> bool:
    """The registry of destroyed cases and the file agree, so keeping destroyed cases destroyed has nothing to do:
    every case the file marks destroyed is in the registry, and no case of the registry is in the file
    undestroyed."""
    registered = set(registry)
    in_file = destroyed_in_file(cur)
    return not in_file - registered and not undestroyed_among(cur, registered - in_file)
