"""What one sync import reads, loaded once per import (issue 17: a month's bundle in well under two seconds).

Applying a bundle looks at each touched row's stored values, its field clocks (``syncrow``) and its open conflicts,
change after change. Asking the database for each of them per change and per field cost most of an import; this
reader loads them for every row of the batch in a few plain-SQL queries and keeps them in step with what the run
writes (:meth:`BatchReads.forget` after a row is written, :meth:`BatchReads.note_clocks` after its clocks move).
What it answers is exactly what :func:`sync_log.read_row` and :func:`sync_log.row_clocks` would.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlmodel import Session, select

from caseapp.domain.sync_protocol import Change
from caseapp.services import sync_log
from caseapp.services.sync_log import DEFAULT_CLOCK, GENESIS_KEY, encode_value
from caseapp.storage import case_keys
from caseapp.storage.models import SyncConflict

Key = tuple[str, str]  # (table, row id)
Clocks = tuple[dict[str, str], str | None, bool]  # as sync_log.row_clocks answers: clocks, case id, deleted


class BatchReads:
    """Rows, field clocks and open conflicts of the rows a batch of changes touches."""

    def __init__(self, session: Session, cur: Any, changes: Iterable[Change]) -> None:
        self.session, self.cur = session, cur
        self._rows: dict[Key, dict[str, Any] | None] = {}
        self._clocks: dict[Key, Clocks | None] = {}
        self._columns: dict[str, set[str]] = {}
        self._conflicts: dict[tuple[str, str, str], list[SyncConflict]] | None = None
        self._noted: set[Key] = set()  # rows whose clocks this run wrote since watch()
        found = cur.execute("SELECT value FROM meta WHERE key = ?", (GENESIS_KEY,)).fetchone()
        self._genesis = str(found[0]) if found else ""
        by_table: dict[str, set[str]] = {}
        for c in changes:
            by_table.setdefault(c.table, set()).add(c.row_id)
        for table, ids in by_table.items():
            self._load(table, sorted(ids))

    # --- rows and clocks --------------------------------------------------------------------------------------

    def row(self, table: str, row_id: str) -> dict[str, Any] | None:
        """The row as stored, like :func:`sync_log.read_row` (a copy the caller may change)."""
        key = (table, row_id)
        if key not in self._rows:
            self._rows[key] = sync_log.read_row(self.cur, table, row_id)
        found = self._rows[key]
        return dict(found) if found is not None else None

    def clocks(self, table: str, row_id: str) -> Clocks | None:
        """The row's field clocks, like :func:`sync_log.row_clocks` (copies)."""
        key = (table, row_id)
        if key not in self._clocks:
            self._clocks[key] = sync_log.row_clocks(self.cur, table, row_id)
        found = self._clocks[key]
        return (dict(found[0]), found[1], found[2]) if found is not None else None

    def columns(self, table: str) -> set[str]:
        if table not in self._columns:
            self._columns[table] = {r[1] for r in self.cur.execute(f'PRAGMA table_info("{table}")').fetchall()}
        return self._columns[table]

    def forget(self, table: str, row_id: str) -> None:
        """The row was written: read it again when next asked."""
        self._rows.pop((table, row_id), None)

    def note_clocks(self, table: str, row_id: str, clocks: dict[str, str], case_id: str | None,
                    deleted: bool = False) -> None:
        """Save the row's clocks (:func:`sync_log.save_clocks`) and remember them."""
        sync_log.save_clocks(self.cur, table, row_id, clocks, case_id, deleted)
        self._clocks[(table, row_id)] = (dict(clocks), case_id, deleted)
        self._noted.add((table, row_id))

    def note_insert_clocks(self, table: str, row_id: str, hlc: str, case_id: str | None) -> None:
        """An insert set the row's clocks (:func:`sync_log.save_insert_clocks`): remember them."""
        sync_log.save_insert_clocks(self.cur, table, row_id, hlc, case_id, self._genesis)
        self._clocks[(table, row_id)] = ({DEFAULT_CLOCK: hlc}, case_id, False)
        self._noted.add((table, row_id))

    def watch(self, table: str, row_id: str) -> Clocks | None:
        """Before a received insert joins the log: the row's clocks now, and note whether the run moves them."""
        self._noted.discard((table, row_id))
        return self.clocks(table, row_id)

    def pin_unless_noted(self, table: str, row_id: str, before: Clocks | None) -> None:
        """After that insert: if it set no clocks (refused, scrubbed, of an unknown table), write down the clocks
        the row had (:func:`sync_log.pin_clocks`), which the insert now in the log would otherwise imply."""
        if (table, row_id) not in self._noted:
            sync_log.pin_clocks(self.cur, table, row_id, before)

    def forget_all(self) -> None:
        """Something wrote around this reader (a destruction through the ORM): read everything again."""
        self._rows.clear()
        self._clocks.clear()
        self._conflicts = None

    # --- open conflicts ---------------------------------------------------------------------------------------

    def open_conflicts(self, table: str, row_id: str, name: str) -> list[SyncConflict]:
        index = self._conflict_index()
        return [c for c in index.get((table, row_id, name), []) if c.closed_at is None]

    def add_conflict(self, conflict: SyncConflict) -> None:
        self._conflict_index().setdefault((conflict.tbl, conflict.row_id, conflict.field), []).append(conflict)

    def _conflict_index(self) -> dict[tuple[str, str, str], list[SyncConflict]]:
        if self._conflicts is None:
            self.session.flush()
            self._conflicts = {}
            for c in self.session.exec(select(SyncConflict).where(SyncConflict.closed_at == None)):  # noqa: E711
                self._conflicts.setdefault((c.tbl, c.row_id, c.field), []).append(c)
        return self._conflicts

    # --- loading ----------------------------------------------------------------------------------------------

    def _load(self, table: str, ids: list[str]) -> None:
        listed = json.dumps(ids)
        for key in ((table, i) for i in ids):
            self._clocks[key] = ({DEFAULT_CLOCK: self._genesis}, None, False) if self._genesis else None
        pinned = set()
        for row_id, clocks, case_id, deleted in self.cur.execute(
                "SELECT row_id, clocks, case_id, deleted FROM syncrow WHERE tbl = ? AND row_id IN "
                "(SELECT value FROM json_each(?))", (table, listed)).fetchall():
            pinned.add(row_id)
            if clocks != sync_log.NO_CLOCKS:  # "no clocks known": the fallback above stands
                self._clocks[(table, row_id)] = (json.loads(clocks), case_id, bool(deleted))
        implied = [i for i in ids if i not in pinned]  # no syncrow: the clocks of the row's newest insert
        if implied:
            for row_id, (hlc, case_id) in sync_log.newest_inserts(self.cur, table, implied).items():
                self._clocks[(table, row_id)] = sync_log.implied_clocks(hlc, case_id, self._genesis)
        if not self.columns(table):
            return  # a table of a newer caseapp: nothing stored here
        for key in ((table, i) for i in ids):
            self._rows[key] = None
        self.cur.execute(f'SELECT * FROM "{table}" WHERE id IN ({case_keys.KEYS_IN_JSON})', (listed,))
        names = [d[0] for d in self.cur.description]
        for found in self.cur.fetchall():
            raw = {n: encode_value(v) for n, v in case_keys.texts(dict(zip(names, found))).items()}
            self._rows[(table, str(raw["id"]))] = raw
