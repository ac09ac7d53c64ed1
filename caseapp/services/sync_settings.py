"""Settings that travel with sync (issue 17): the agency's deadline rules.

They live in ``meta`` beside this file's own facts (audit head, key generation, the sync key), which never travel.
Migration 0015 shows the synced keys as the rows of the view ``syncsetting`` (``id`` = key, ``value``) and writes
through to ``meta``, so a setting is logged, sent, applied, kept in a conflict and resolved by the same engine as a
record: the later change wins when the other machine did not change it since; otherwise both values are kept and
the practitioner picks on the conflict screen.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from caseapp.domain.sync_protocol import Op
from caseapp.services import sync_log

TABLE = "syncsetting"
SYNCED_KEYS = ("deadline_rules",)  # keep in step with migration 0015's view
LABELS = {"deadline_rules": ("기한 규칙", "deadline rules")}


def record(session: Session, key: str, actor: str = "") -> None:
    """Log this machine's write of the setting ``key`` (call after it is flushed, in the same transaction)."""
    cur = sync_log.cursor(session)
    if key not in SYNCED_KEYS or not _has_view(cur):
        return
    log_current(cur, key, actor)


def log_current(cur: Any, key: str, actor: str = "") -> None:
    found = cur.execute(f"SELECT value FROM {TABLE} WHERE id = ?", (key,)).fetchone()
    if found is None:
        return
    # Its own clocks, not row_clocks: a setting first written now is an insert for the other machines, never an
    # edit of a row they may not hold (the genesis clock of migration 0013 is about the rows it found).
    known = sync_log.stored_clocks(cur, TABLE, key)
    if known is None or known[2]:
        sync_log.append_local_raw(cur, TABLE, key, Op.INSERT, {"value": found[0]}, {}, None, actor)
        return
    clock = sync_log.clock_of(known[0], "value")
    sync_log.append_local_raw(cur, TABLE, key, Op.UPDATE, {"value": found[0]}, {"value": clock} if clock else {},
                              None, actor)


def label(key: str, lang: str) -> str:
    ko, en = LABELS.get(key, (key, key))
    return ko if lang == "ko" else en


def _has_view(cur: Any) -> bool:
    return cur.execute("SELECT 1 FROM sqlite_master WHERE type = 'view' AND name = ?", (TABLE,)).fetchone() \
        is not None
