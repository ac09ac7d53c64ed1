"""The change log as schema 0013-0024 stored it (text columns, primary key (device, seq)), for the migrations that
write to it before 0025 rewrites it: 0013 logs the rows a file held (:func:`record_existing`), 0015 the synced
settings a file held (:func:`log_current`). Frozen copies of what ``services/sync_log.py`` and
``services/sync_settings.py`` did before 0025; the running program never calls them (its log has 0025's layout).
"""

from __future__ import annotations

import json
from typing import Any

from caseapp.domain.sync_protocol import Change, Hlc, Op, hlc_tick

SYNCED_TABLES: tuple[str, ...] = (  # as services.sync_log.SYNCED_TABLES was at 0024
    "syncsetting",
    "practitioner", "agency", "resource", "client", "householdmember", "case", "stagetransition",
    "checklistcheck", "consent", "consentscan", "assessment", "needrating", "budgetline", "ecorelation", "goal",
    "plantask", "caseconference", "caseselection", "serviceentry", "addendum", "monitoringreview", "termination",
    "goalscore", "followup", "referral", "planagreement", "conferenceattendee", "reviewgoalchange",
    "reviewservicerating", "terminationgoaloutcome", "supervisionrecord", "supervisorconfirmation",
    "correctionrequest", "disclosure", "exportrecord",
)
PARENTS: dict[str, tuple[str, str]] = {
    "needrating": ("assessment_id", "assessment"), "budgetline": ("assessment_id", "assessment"),
    "goalscore": ("goal_id", "goal"), "conferenceattendee": ("conference_id", "caseconference"),
    "reviewgoalchange": ("review_id", "monitoringreview"), "reviewservicerating": ("review_id", "monitoringreview"),
    "terminationgoaloutcome": ("termination_id", "termination"),
}
DEFAULT_CLOCK = "*"
GENESIS_KEY = "sync_genesis_clock"
SETTINGS_TABLE = "syncsetting"


def this_device() -> str:
    from caseapp.services.access_log import device_id
    return device_id()


def log_current(cur: Any, key: str, actor: str = "") -> None:
    """services.sync_settings.log_current at 0024."""
    found = cur.execute(f"SELECT value FROM {SETTINGS_TABLE} WHERE id = ?", (key,)).fetchone()
    if found is None:
        return
    known = stored_clocks(cur, SETTINGS_TABLE, key)
    if known is None or known[2]:
        append_local_raw(cur, SETTINGS_TABLE, key, Op.INSERT, {"value": found[0]}, {}, None, actor)
        return
    clock = clock_of(known[0], "value")
    append_local_raw(cur, SETTINGS_TABLE, key, Op.UPDATE, {"value": found[0]}, {"value": clock} if clock else {},
                     None, actor)


_DEVICES_CTE = """
WITH RECURSIVE devices(device) AS (
    SELECT min(device) FROM syncchange
    UNION ALL
    SELECT (SELECT min(c.device) FROM syncchange c WHERE c.device > devices.device) FROM devices
    WHERE devices.device IS NOT NULL)"""
_LAST_CLOCK_SQL = _DEVICES_CTE + """
SELECT max((SELECT c.hlc FROM syncchange c WHERE c.device = devices.device ORDER BY c.seq DESC LIMIT 1))
FROM devices WHERE device IS NOT NULL"""
# Each device's highest sequence number, by the same seeks (a GROUP BY read the whole primary key: ~0.1 s CPU at
# 10,000 cases, on every export and import).
_VECTOR_SQL = _DEVICES_CTE + """
SELECT device, (SELECT max(c.seq) FROM syncchange c WHERE c.device = devices.device) FROM devices
WHERE device IS NOT NULL"""


def last_clock(cur: Any) -> Hlc | None:
    found = cur.execute(_LAST_CLOCK_SQL).fetchone()
    return Hlc.decode(found[0]) if found and found[0] else None


def next_seq(cur: Any, device: str) -> int:
    found = cur.execute("SELECT max(seq) FROM syncchange WHERE device = ?", (device,)).fetchone()
    return int(found[0] or 0) + 1


def store(cur: Any, change: Change, *, scrubbed: bool = False) -> None:
    """Write one change (own or received) into the log."""
    cur.execute("INSERT INTO syncchange (device, seq, hlc, tbl, row_id, op, fields, base, actor, case_id, scrubbed) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (change.device, change.seq, change.hlc, change.table, change.row_id, change.op.value,
                 "{}" if scrubbed else _dumps(change.fields), _dumps(change.base), change.actor, change.case_id,
                 int(scrubbed)))


Clocks = tuple[dict[str, str], str | None, bool]  # (field clocks, case id, deleted)
NO_CLOCKS = ""  # syncrow.clocks: the row's newest insert in the log did not set its clocks (see the docstring)
# The newest insert of each row asked for; bare ``hlc``/``case_id`` come from the row where max() is (SQLite's rule).
NEWEST_INSERTS_SQL = ("SELECT row_id, max(hlc), case_id FROM syncchange WHERE tbl = ? AND row_id IN "
                      "(SELECT value FROM json_each(?)) AND op = 'insert' GROUP BY row_id")


def row_clocks(cur: Any, table: str, row_id: str) -> Clocks | None:
    """(field clocks, case id, deleted) of a row the log knows; None for a row it never saw. A row the file held
    before it logged changes has no ``syncrow``: all its fields are at the genesis clock."""
    return stored_clocks(cur, table, row_id) or _fallback(_genesis_clock(cur))


def stored_clocks(cur: Any, table: str, row_id: str) -> Clocks | None:
    """The row's clocks as its ``syncrow`` (written or implied by its newest insert) holds them, without the genesis
    clock's fallback: None where a file before migration 0021 had no ``syncrow`` for the row."""
    found = cur.execute("SELECT clocks, case_id, deleted FROM syncrow WHERE tbl = ? AND row_id = ?",
                        (table, row_id)).fetchone()
    if found is not None:
        return None if found[0] == NO_CLOCKS else (json.loads(found[0]), found[1], bool(found[2]))
    newest = cur.execute(NEWEST_INSERTS_SQL, (table, json.dumps([row_id]))).fetchone()
    return implied_clocks(newest[1], newest[2], _genesis_clock(cur)) if newest else None


def implied_clocks(hlc: str, case_id: str | None, genesis: str) -> Clocks | None:
    """The clocks a row without ``syncrow`` has from its newest insert. A genesis insert (migration 0013) implies
    what the fallback gives (no case id: it never had a ``syncrow`` either)."""
    return _fallback(genesis) if hlc == genesis else ({DEFAULT_CLOCK: hlc}, case_id, False)


def _fallback(genesis: str) -> Clocks | None:
    return ({DEFAULT_CLOCK: genesis}, None, False) if genesis else None


def save_insert_clocks(cur: Any, table: str, row_id: str, hlc: str, case_id: str | None,
                       genesis: str | None = None) -> None:
    """The row's clocks after an insert that set them (``{"*": hlc}``): no ``syncrow`` where the row's newest insert
    in the log implies them (almost always: this insert is that newest one), else written. ``genesis``: the
    genesis clock when the caller has read it already."""
    newest = cur.execute(NEWEST_INSERTS_SQL, (table, json.dumps([row_id]))).fetchone()
    wanted: Clocks = ({DEFAULT_CLOCK: hlc}, case_id, False)
    if newest and implied_clocks(newest[1], newest[2], _genesis_clock(cur) if genesis is None else genesis) == wanted:
        cur.execute("DELETE FROM syncrow WHERE tbl = ? AND row_id = ?", (table, row_id))
    else:
        save_clocks(cur, table, row_id, *wanted)


def clock_of(clocks: dict[str, str], name: str) -> str:
    return clocks.get(name) or clocks.get(DEFAULT_CLOCK, "")


def _genesis_clock(cur: Any) -> str:
    found = cur.execute("SELECT value FROM meta WHERE key = ?", (GENESIS_KEY,)).fetchone()
    return str(found[0]) if found else ""


def save_clocks(cur: Any, table: str, row_id: str, clocks: dict[str, str], case_id: str | None,
                deleted: bool = False) -> None:
    cur.execute("INSERT INTO syncrow (tbl, row_id, case_id, clocks, deleted) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (tbl, row_id) DO UPDATE SET case_id = excluded.case_id, clocks = excluded.clocks, "
                "deleted = excluded.deleted", (table, row_id, case_id, _dumps(clocks), int(deleted)))


def append_local_raw(cur: Any, table: str, row_id: str, op: Op, fields: dict[str, Any], base: dict[str, str],
                     case_id: str | None, actor: str = "") -> Change:
    """:func:`append_local` on a DB-API cursor (a migration has no session)."""
    device = this_device()
    change = Change(device=device, seq=next_seq(cur, device), hlc=hlc_tick(last_clock(cur), device).encode(),
                    table=table, row_id=row_id, op=op, fields=fields, base=base, actor=actor, case_id=case_id)
    before = row_clocks(cur, table, row_id) if op is Op.INSERT and case_id is None else None
    store(cur, change)
    if op is Op.DESTROY:
        return change
    if op is Op.INSERT:
        # Its clocks are {"*": this insert's}; an insert without a case id keeps the one the row had.
        save_insert_clocks(cur, table, row_id, change.hlc,
                           case_id if case_id is not None else (before[1] if before else None))
        return change
    known = row_clocks(cur, table, row_id)
    clocks = dict(known[0]) if known else {}
    clocks.update({name: change.hlc for name in fields})
    save_clocks(cur, table, row_id, clocks, case_id if case_id is not None else (known[1] if known else None),
                deleted=op is Op.DELETE)
    return change


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def record_existing(connection: Any, device: str | None = None, now_ms: int | None = None,
                    only: dict[str, list[str]] | None = None) -> int:
    """Log one insert (this device) for every row of a synced table: the rows a file held before migration 0013
    (the log is empty then), or rows bulk-inserted around the ORM (demo data: ``only`` names the tables and ids).
    One clock for all of them, in table order, parents first. Their values are not copied into the log (that would
    double a large file): such a *genesis* change (``fields`` empty text) carries the row as it is when it is sent,
    which every later change of the row then follows. Rows of the migration get no ``syncrow`` (their clock is
    kept once in ``meta``); the others' clocks are implied by their insert. ``connection``: a SQLAlchemy Connection.
    Returns how many were logged."""
    cur = connection.connection.cursor()
    device = device or this_device()
    clock = hlc_tick(last_clock(cur), device, now_ms).encode()
    total = 0
    for table in SYNCED_TABLES:
        if only is not None and not only.get(table):
            continue
        columns = [r[1] for r in cur.execute(f'PRAGMA table_info("{table}")').fetchall()]
        if not columns:
            continue
        start = next_seq(cur, device) - 1
        cur.execute(
            "INSERT INTO syncchange (device, seq, hlc, tbl, row_id, op, fields, base, actor, case_id, scrubbed) "
            f"SELECT ?, ? + row_number() OVER (ORDER BY t.rowid), ?, ?, t.id, 'insert', '', '{{}}', '', "
            f"{_case_sql(table, columns)}, 0 FROM \"{table}\" t"
            + ("" if only is None else " WHERE t.id IN (SELECT value FROM json_each(?))"),
            (device, start, clock, table) + (() if only is None else (json.dumps(only[table]),)))
        total += cur.rowcount or 0  # their clocks are implied by these inserts (no syncrow, see the docstring)
    if total and only is None:
        cur.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = "
                    "excluded.value", (GENESIS_KEY, clock))
    return total


def _case_sql(table: str, columns: list[str]) -> str:
    if table == "case":
        return "t.id"
    if "case_id" in columns:
        return "t.case_id"
    if table in PARENTS:
        fk, parent = PARENTS[table]
        return f'(SELECT p.case_id FROM "{parent}" p WHERE p.id = t."{fk}")'
    return "NULL"
