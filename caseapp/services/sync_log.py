"""Recording changes for sync (issue 17): every write to a synced table is logged in the same transaction.

:func:`track` (installed by ``Vault.session(write=True)``) listens to the session's flushes: each ORM insert,
update and delete of a table in :data:`SYNCED_TABLES` appends one :class:`~caseapp.domain.sync_protocol.Change` to
``syncchange`` with this device's next sequence number and clock, the raw stored values of the fields it set (read
back with ``SELECT *``, so every machine writes the very same values), and as *base* the clocks of the field
versions it replaced (``syncrow`` keeps each row's field clocks). Received changes are stored the same way by
:mod:`caseapp.services.sync_apply`, so a file relays what it holds to a third machine.

A row whose every field is still at its insert's clock has no ``syncrow`` (migration 0021, issue 14: that was one
row of ~230 bytes with its two index entries for every record of the file): its clocks are ``{"*": the clock of
the newest insert of the row in the log}``, found through ``ix_syncchange_row``. A ``syncrow`` whose ``clocks`` is
empty text (:data:`NO_CLOCKS`) pins "no clocks known" for a row whose newest insert in the log never set its clocks
(a received insert that was refused, scrubbed or of an unknown table): it answers as a row without any ``syncrow``
did before (the genesis clock, or nothing).

The log is stored compactly (migration 0025, :mod:`caseapp.storage.compact_log`): read and write it only through
this module (:func:`stored_changes` gives its rows as the text they stand for), since its columns hold codes,
integers and 16-byte ids where the values are canonical.

Not synced, and why: ``auditevent``/``accessnote`` (each device keeps its own chain; imports are audited there),
``searchdoc``/``casesummary`` (derived, rebuilt after an import), ``draft`` (this screen's unsaved text), ``meta``
(this file's audit head, key generation, settings), ``signingidentity``/``trustedcertificate`` (keys and trust are
per device), ``destructionlog`` (each machine's 파기 대장 names its own backups), and the sync tables themselves.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import event, inspect
from sqlmodel import Session

from caseapp.domain.sync_protocol import Change, Hlc, Op, VersionVector, hlc_tick
from caseapp.storage import case_keys, compact_log

SYNCED_TABLES: tuple[str, ...] = (  # parents before children (genesis inserts them in this order)
    "syncsetting",  # a view of the synced settings in meta (migration 0015, services/sync_settings.py)
    "practitioner", "agency", "resource", "client", "householdmember", "case", "stagetransition",
    "checklistcheck", "consent", "consentscan", "assessment", "needrating", "budgetline", "ecorelation", "goal",
    "plantask", "caseconference", "caseselection", "serviceentry", "addendum", "monitoringreview", "termination",
    "goalscore", "followup", "referral", "planagreement", "conferenceattendee", "reviewgoalchange",
    "reviewservicerating", "terminationgoaloutcome", "supervisionrecord", "supervisorconfirmation",
    "correctionrequest", "disclosure", "exportrecord",
)
_SYNCED = frozenset(SYNCED_TABLES)
# Rows without a case_id column that still belong to a case: (foreign key, parent table).
PARENTS: dict[str, tuple[str, str]] = {
    "needrating": ("assessment_id", "assessment"), "budgetline": ("assessment_id", "assessment"),
    "goalscore": ("goal_id", "goal"), "conferenceattendee": ("conference_id", "caseconference"),
    "reviewgoalchange": ("review_id", "monitoringreview"), "reviewservicerating": ("review_id", "monitoringreview"),
    "terminationgoaloutcome": ("termination_id", "termination"),
}
NO_CONFLICT_FIELDS = frozenset({"updated_at"})  # bookkeeping: the later clock wins, never a conflict
DEFAULT_CLOCK = "*"  # in a row's clocks: the clock of every field not named (the insert's)
GENESIS_KEY = "sync_genesis_clock"  # meta: the clock of the rows migration 0013 found (they have no syncrow)
PAUSED_KEY = "caseapp_sync_paused"  # session.info flag: writes of this session are not logged (apply, destroy)
_TRACKED_KEY = "caseapp_sync_tracked"


def this_device() -> str:
    from caseapp.services.access_log import device_id
    return device_id()


def is_synced(table: str) -> bool:
    return table in _SYNCED


# --- raw values --------------------------------------------------------------------------------------------------

def encode_value(value: Any) -> Any:
    """A raw stored value as JSON: text, numbers and NULL as they are, blobs as ``{"$hex": ...}``."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"$hex": bytes(value).hex().upper()}
    return value


def decode_value(value: Any) -> Any:
    if isinstance(value, dict) and set(value) == {"$hex"}:
        return bytes.fromhex(str(value["$hex"]))
    return value


def cursor(session: Session) -> Any:
    return session.connection().connection.cursor()


def read_row(cur: Any, table: str, row_id: str) -> dict[str, Any] | None:
    """The row as stored (``SELECT *``), values JSON-ready, its keys as text (as stored before migration 0030:
    the log, bundles and peers keep the text); None when there is no such row."""
    cur.execute(f'SELECT * FROM "{table}" WHERE id = ?', (case_keys.key(row_id),))
    found = cur.fetchone()
    if found is None:
        return None
    return {name: encode_value(v) for name, v in case_keys.texts(
        {d[0]: v for d, v in zip(cur.description, found)}).items()}


def case_of(cur: Any, table: str, row_id: str, raw: dict[str, Any]) -> str | None:
    if table == "case":
        return row_id
    if "case_id" in raw:
        return raw["case_id"]
    if table in PARENTS:
        fk, parent = PARENTS[table]
        found = cur.execute(f'SELECT case_id FROM "{parent}" WHERE id = ?', (case_keys.key(raw.get(fk)),)).fetchone()
        return case_keys.key_text(found[0]) if found else None
    return None


# --- the log -----------------------------------------------------------------------------------------------------
# Stored compactly since migration 0025 (:mod:`caseapp.storage.compact_log`): a change's (device, seq) is its rowid
# ``id`` (the device's code in ``syncdevice`` shifted, plus the sequence), so a device's changes are one rowid range;
# the clock, table, operation, row and case are stored as integers and bytes and read back as the text they were.

def _device_codes(cur: Any) -> dict[str, int]:
    return {str(device): int(code) for code, device in cur.execute("SELECT code, device FROM syncdevice")}


def _device_code(cur: Any, device: str, create: bool = False) -> int | None:
    found = cur.execute("SELECT code FROM syncdevice WHERE device = ?", (device,)).fetchone()
    if found is not None or not create:
        return int(found[0]) if found is not None else None
    cur.execute("INSERT INTO syncdevice (device) VALUES (?)", (device,))
    return int(cur.lastrowid)


# Each device's last change (a seek at the end of its rowid range). A device's changes carry rising clocks in
# sequence order (each is ticked past every clock its file held), so the newest clock is among them; no index on
# ``hlc`` is kept (migration 0019 dropped it).
_LAST_SQL = (f"SELECT d.device, (SELECT max(c.id) FROM syncchange c WHERE c.id BETWEEN d.code << {compact_log.SEQ_BITS} "
             f"AND (d.code << {compact_log.SEQ_BITS}) | {compact_log.SEQ_MASK}) FROM syncdevice d")


def _last_ids(cur: Any) -> dict[str, int]:
    """Device -> id of its last change held (devices without one left out)."""
    return {str(device): int(top) for device, top in cur.execute(_LAST_SQL).fetchall() if top is not None}


def last_clock(cur: Any) -> Hlc | None:
    tops = _last_ids(cur)
    clocks = [compact_log.hlc_read(cur.execute("SELECT hlc FROM syncchange WHERE id = ?", (top,)).fetchone()[0], device)
              for device, top in tops.items()]
    clocks = [c for c in clocks if c]
    return Hlc.decode(max(clocks)) if clocks else None


def next_seq(cur: Any, device: str) -> int:
    code = _device_code(cur, device)
    if code is None:
        return 1
    found = cur.execute("SELECT max(id) FROM syncchange WHERE id BETWEEN ? AND ?",
                        compact_log.device_range(code)).fetchone()
    return (compact_log.seq_of(int(found[0])) if found[0] is not None else 0) + 1


def vector(cur: Any) -> VersionVector:
    """Device -> highest sequence number held (:func:`local_vector` on a cursor)."""
    return {device: compact_log.seq_of(top) for device, top in _last_ids(cur).items()}


def change_id(cur: Any, device: str, seq: int) -> int | None:
    """The stored id of a device's change (None for a device the log never held)."""
    code = _device_code(cur, device)
    return None if code is None else compact_log.change_id(code, seq)


def held(cur: Any, wanted: Iterable[tuple[str, int]]) -> set[tuple[str, int]]:
    """Which of these (device, seq) the log holds."""
    codes = _device_codes(cur)
    ids = {compact_log.change_id(codes[d], int(q)): (d, int(q)) for d, q in wanted
           if d in codes and 0 <= int(q) <= compact_log.SEQ_MASK}  # a number out of range: never stored
    if not ids:
        return set()
    found = cur.execute("SELECT id FROM syncchange WHERE id IN (SELECT value FROM json_each(?))",
                        (json.dumps(sorted(ids)),)).fetchall()
    return {ids[int(r[0])] for r in found}


def store(cur: Any, change: Change, *, scrubbed: bool = False) -> None:
    """Write one change (own or received) into the log (its device's code looked up in the same statement; a device
    new to the log gets one first)."""
    compact_log.change_id(1, change.seq)  # refuses a sequence number the id cannot hold
    values = (compact_log.hlc_stored(change.hlc, change.device), compact_log.table_stored(change.table),
              compact_log.id_stored(change.row_id), compact_log.op_stored(change.op.value),
              None if scrubbed else compact_log.json_stored(_dumps(change.fields)),
              compact_log.json_stored(_dumps(change.base)), change.actor, compact_log.id_stored(change.case_id),
              int(scrubbed))
    for _ in range(2):
        cur.execute("INSERT INTO syncchange (id, hlc, tbl, row_id, op, fields, base, actor, case_id, scrubbed) "
                    f"SELECT (d.code << {compact_log.SEQ_BITS}) | ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM syncdevice d "
                    "WHERE d.device = ?", (change.seq, *values, change.device))
        if cur.rowcount:
            return
        _device_code(cur, change.device, create=True)
    raise AssertionError("no code for the device")  # not reached: the code was made above


StoredChange = tuple[str, int, str, str, str, str, str, str, str, "str | None", bool]
_STORED_COLUMNS = "id, hlc, tbl, row_id, op, fields, base, actor, case_id, scrubbed"


def _read_stored(r: Iterable[Any], devices: dict[int, str]) -> StoredChange:
    id_, hlc, table, row_id, op, fields, base, actor, case_id, scrubbed = r
    device = devices[compact_log.code_of(int(id_))]
    return (device, compact_log.seq_of(int(id_)), compact_log.hlc_read(hlc, device), compact_log.table_read(table),
            str(compact_log.id_read(row_id)), compact_log.op_read(op), compact_log.json_read(fields),
            compact_log.json_read(base), actor, compact_log.id_read(case_id), bool(scrubbed))


def stored_changes(cur: Any, ids: Iterable[int] | None = None) -> list[StoredChange]:
    """Rows of the log as the text columns they stood for before migration 0025: (device, seq, hlc, tbl, row_id,
    op, fields, base, actor, case_id, scrubbed); every row, or those of the given stored ids, in id order."""
    devices = {code: device for device, code in _device_codes(cur).items()}
    if ids is None:
        rows = cur.execute(f"SELECT {_STORED_COLUMNS} FROM syncchange ORDER BY id").fetchall()
    else:
        rows = cur.execute(f"SELECT {_STORED_COLUMNS} FROM syncchange WHERE id IN (SELECT value FROM json_each(?)) "
                           "ORDER BY id", (json.dumps(sorted(set(ids))),)).fetchall()
    return [_read_stored(r, devices) for r in rows]


def rows_clause(rows: Iterable[tuple[str, str]]) -> tuple[str, tuple[Any, ...]]:
    """SQL (and its parameters) true for a log row of one of these (table, row id)."""
    pairs = sorted(set(rows))
    if not pairs:
        return "0", ()
    params: tuple[Any, ...] = ()
    for table, row_id in pairs:
        params += (compact_log.table_stored(table), compact_log.id_stored(row_id))
    return "(tbl, row_id) IN (VALUES " + ", ".join("(?, ?)" for _ in pairs) + ")", params


Clocks = tuple[dict[str, str], str | None, bool]  # (field clocks, case id, deleted)
NO_CLOCKS = ""  # syncrow.clocks: the row's newest insert in the log did not set its clocks (see the docstring)
_CHUNK = 500  # row ids per IN list


def newest_inserts(cur: Any, table: str, row_ids: Iterable[str]) -> dict[str, tuple[str, str | None]]:
    """Row id -> (clock, case id) of its newest insert in the log, for the rows asked for that have one (through
    ``ix_syncchange_row``). Newest by the clock's text, as ``max(hlc)`` chose before migration 0025."""
    wanted = sorted(set(row_ids))
    found: dict[str, tuple[str, str | None]] = {}
    if not wanted:
        return found
    stored_table = compact_log.table_stored(table)
    for at in range(0, len(wanted), _CHUNK):
        chunk = [compact_log.id_stored(i) for i in wanted[at:at + _CHUNK]]
        marks = ", ".join("?" for _ in chunk)
        for row_id, device, hlc, case_id in cur.execute(
                f"SELECT c.row_id, d.device, c.hlc, c.case_id FROM syncchange c JOIN syncdevice d ON d.code = "
                f"c.id >> {compact_log.SEQ_BITS} WHERE c.tbl = ? AND c.row_id IN ({marks}) AND c.op = ?",
                (stored_table, *chunk, compact_log.OP_CODES[Op.INSERT.value])).fetchall():
            key = str(compact_log.id_read(row_id))
            clock = compact_log.hlc_read(hlc, device)
            if key not in found or clock > found[key][0]:
                found[key] = (clock, compact_log.id_read(case_id))
    return found


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
    newest = newest_inserts(cur, table, [row_id]).get(row_id)
    return implied_clocks(newest[0], newest[1], _genesis_clock(cur)) if newest else None


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
    newest = newest_inserts(cur, table, [row_id]).get(row_id)
    wanted: Clocks = ({DEFAULT_CLOCK: hlc}, case_id, False)
    if newest and implied_clocks(newest[0], newest[1], _genesis_clock(cur) if genesis is None else genesis) == wanted:
        cur.execute("DELETE FROM syncrow WHERE tbl = ? AND row_id = ?", (table, row_id))
    else:
        save_clocks(cur, table, row_id, *wanted)


def mark_no_clocks(cur: Any, table: str, row_id: str) -> None:
    """The row's inserts in the log do not set its clocks (a placeholder kept where its syncrow was removed): it
    answers as a row without clocks. A syncrow it has is kept."""
    cur.execute("INSERT INTO syncrow (tbl, row_id, case_id, clocks, deleted) VALUES (?, ?, NULL, ?, 0) "
                "ON CONFLICT (tbl, row_id) DO NOTHING", (table, row_id, NO_CLOCKS))


def pin_clocks(cur: Any, table: str, row_id: str, before: Clocks | None) -> None:
    """An insert that set no clocks joined the log (a received one, refused, scrubbed or of an unknown table): write
    the clocks the row had before it (``before``, as :func:`row_clocks` answered) into its ``syncrow``, so that they
    do not move to that insert's clock. "No clocks" and the genesis fallback are both written as the marker."""
    genesis = _genesis_clock(cur)
    if before is None or before == _fallback(genesis):
        cur.execute("INSERT INTO syncrow (tbl, row_id, case_id, clocks, deleted) VALUES (?, ?, NULL, ?, 0) "
                    "ON CONFLICT (tbl, row_id) DO UPDATE SET case_id = NULL, clocks = excluded.clocks, deleted = 0",
                    (table, row_id, NO_CLOCKS))
    else:
        save_clocks(cur, table, row_id, *before)


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


def append_local(session: Session, table: str, row_id: str, op: Op, fields: dict[str, Any],
                 base: dict[str, str], case_id: str | None, actor: str = "") -> Change:
    """Append a change made on this machine (next sequence, next clock) and move the row's field clocks."""
    return append_local_raw(cursor(session), table, row_id, op, fields, base, case_id, actor)


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


# --- recording the session's writes ----------------------------------------------------------------------------

def track(session: Session, actor: str = "") -> None:
    """Log every insert, update and delete of a synced table that this session flushes (same transaction)."""
    session.info[_TRACKED_KEY] = True

    def record(sess: Session, _context: Any) -> None:
        if sess.info.get(PAUSED_KEY):
            return
        writes = [(obj, Op.INSERT) for obj in sess.new] + [(obj, Op.UPDATE) for obj in sess.dirty] + [
            (obj, Op.DELETE) for obj in sess.deleted]
        writes = [(obj, op) for obj, op in writes if is_synced(getattr(obj, "__tablename__", ""))]
        if writes:
            _record_writes(sess, writes, actor)

    event.listen(session, "after_flush", record)


def tracked(session: Session) -> bool:
    return bool(session.info.get(_TRACKED_KEY)) and not session.info.get(PAUSED_KEY)


def _record_writes(session: Session, writes: list[tuple[Any, Op]], actor: str) -> None:
    cur = cursor(session)
    for obj, op in writes:
        table, row_id = obj.__tablename__, str(obj.id)
        known = row_clocks(cur, table, row_id)
        clocks = known[0] if known else {}
        if op is Op.DELETE:
            append_local(session, table, row_id, op, {}, dict(clocks), known[1] if known else None, actor)
            continue
        raw = read_row(cur, table, row_id)
        if raw is None:
            continue
        raw.pop("id", None)
        if op is Op.INSERT:
            fields = raw
        else:
            names = _changed_columns(obj)
            if _just_signed(obj):  # the signature fixes the whole content: it travels with it
                names = set(raw)
            fields = {name: raw[name] for name in sorted(names) if name in raw}
            if not fields:
                continue
        base = {name: clock_of(clocks, name) for name in fields if clock_of(clocks, name)}
        append_local(session, table, row_id, op, fields, base, case_of(cur, table, row_id, raw), actor)


def _changed_columns(obj: Any) -> set[str]:
    names = set()
    for attr in inspect(obj).attrs:
        history = attr.history
        if history.has_changes() and list(history.added) != list(history.deleted):
            names.add(attr.key)
    return names


def _just_signed(obj: Any) -> bool:
    if "signed_at" not in inspect(obj).attrs.keys():
        return False
    history = inspect(obj).attrs["signed_at"].history
    return bool(history.added) and history.added[0] is not None and not any(history.deleted)


# --- destruction ---------------------------------------------------------------------------------------------------

def note_destroyed(session: Session, case_id: str, client_id: str | None, actor: str = "") -> None:
    """A case was destroyed (파기) in this session: on this machine's own destruction the destruction travels as one
    ``destroy`` change; in every case the log keeps no value of the case's records (nor of its client's, when the
    client row was emptied: ``client_id``)."""
    cur = cursor(session)
    if not _has_log(cur):
        return
    if tracked(session):
        append_local(session, "case", case_id, Op.DESTROY, {}, {}, case_id, actor)
    cur.execute("UPDATE syncchange SET fields = NULL, scrubbed = 1 WHERE case_id = ? AND op != ?",
                (compact_log.id_stored(case_id), compact_log.OP_CODES[Op.DESTROY.value]))
    cur.execute("DELETE FROM syncconflict WHERE case_id = ?", (case_id,))  # the values kept there go too
    if client_id is not None:
        members = _members_of_client(cur, client_id)
        rows = [("client", client_id)] + [("householdmember", m) for m in members]
        cur.execute("DELETE FROM syncconflict WHERE (tbl, row_id) IN (SELECT json_extract(value, '$[0]'), "
                    "json_extract(value, '$[1]') FROM json_each(?))", (json.dumps(rows),))
        clause, params = rows_clause(rows)
        cur.execute(f"UPDATE syncchange SET fields = NULL, scrubbed = 1 WHERE {clause}", params)


def _members_of_client(cur: Any, client_id: str) -> list[str]:
    """A client's household members as the log names them: the rows of ``householdmember`` changes whose values
    set this client (genesis changes hold no values: their rows are read when sent). Read in Python, since the
    values may be packed (migration 0028); the client's id, as the log's JSON writes it, is looked for in the text
    before the text is parsed."""
    needle = json.dumps(client_id, ensure_ascii=False)
    found: set[str] = set()
    for row_id, stored in cur.execute("SELECT row_id, fields FROM syncchange WHERE tbl = ? AND fields IS NOT NULL "
                                      "AND fields != ''", (compact_log.TABLE_CODES["householdmember"],)).fetchall():
        text = compact_log.json_read(stored)
        if needle in text:
            values = json.loads(text)
            if isinstance(values, dict) and values.get("client_id") == client_id:
                found.add(str(compact_log.id_read(row_id)))
    return sorted(found)


def _has_log(cur: Any) -> bool:
    return cur.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'syncchange'").fetchone() \
        is not None


# --- what this file holds ----------------------------------------------------------------------------------------

def local_vector(session: Session) -> VersionVector:
    """Device -> highest sequence number held (every lower one is held too: apply refuses gaps)."""
    return vector(cursor(session))


def changes_missing(session: Session, have: VersionVector) -> list[Change]:
    """Every change this file holds (own and relayed) that a holder of ``have`` lacks, in clock order (which is
    sequence order per device)."""
    cur = cursor(session)
    codes = _device_codes(cur)
    devices = {code: device for device, code in codes.items()}
    found: list[Change] = []
    for device, top in vector(cur).items():
        after = have.get(device, 0)
        if top <= after:
            continue
        low, high = compact_log.device_range(codes[device])
        rows = cur.execute(f"SELECT {_STORED_COLUMNS} FROM syncchange WHERE id > ? AND id <= ? ORDER BY id",
                           (low + max(after, 0), high)).fetchall()
        found += [_change(_read_stored(r, devices), cur) for r in rows]
    found.sort(key=order_key)
    return found


def order_key(change: Change) -> tuple[str, str, int]:
    return (change.hlc, change.device, change.seq)


def _change(r: StoredChange, cur: Any) -> Change:
    device, seq, hlc, table, row_id, op, fields, base, actor, case_id, _scrubbed = r
    if fields == "":  # a genesis insert: the row as it is now (gone since: nothing, its deletion follows)
        values = read_row(cur, table, row_id) or {}
        values.pop("id", None)
    else:
        values = json.loads(fields)
    return Change(device=device, seq=int(seq), hlc=hlc, table=table, row_id=row_id, op=Op(op),
                  fields=values, base=json.loads(base), actor=actor or "", case_id=case_id)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


# --- the rows a file held before it logged changes -----------------------------------------------------------------

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
    stored_clock = compact_log.hlc_stored(clock, device)
    code = _device_code(cur, device, create=True)
    assert code is not None
    total = 0
    for table in SYNCED_TABLES:
        if only is not None and not only.get(table):
            continue
        columns = [r[1] for r in cur.execute(f'PRAGMA table_info("{table}")').fetchall()]
        if not columns:
            continue
        start = compact_log.change_id(code, next_seq(cur, device) - 1)
        cur.execute(
            "INSERT INTO syncchange (id, hlc, tbl, row_id, op, fields, base, actor, case_id, scrubbed) "
            f"SELECT ? + row_number() OVER (ORDER BY t.rowid), ?, ?, {case_keys.key_sql('t.id')}, ?, '', NULL, '', "
            f"{case_keys.key_sql(_case_sql(table, columns))}, 0 FROM \"{table}\" t"
            + ("" if only is None else f" WHERE t.id IN ({case_keys.KEYS_IN_JSON})"),
            (start, stored_clock, compact_log.table_stored(table), compact_log.OP_CODES[Op.INSERT.value])
            + (() if only is None else (json.dumps(only[table]),)))
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
