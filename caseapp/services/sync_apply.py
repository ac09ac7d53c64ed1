"""Applying another machine's changes (issue 17), with the rules that keep anything from being lost.

Changes are applied in clock order (a hybrid logical clock orders every change after the ones its device had seen),
inside the caller's transaction. Per field: the incoming value is taken when its base names the clock of the version
held here; otherwise the value is kept in ``syncconflict`` and the local one stays in place until the practitioner
resolves it (:func:`resolve`, itself a change whose base names every clock it settles, so the other machines'
conflicts close when it arrives). Signed rows are immutable: an edit of a row signed here becomes a conflict; a
signature that arrives fixes the signed content (a local edit made meanwhile is kept in a conflict). A ``delete`` of
a row changed or signed here, an edit of a row deleted here, and a row the database refuses are kept as a row
conflict. A ``destroy`` destroys the case through :mod:`caseapp.services.destruction`. Rows are written with their
raw stored values; the derived tables (search index, case summaries) are refreshed for what was touched.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

import sqlcipher3
from sqlmodel import Session, select

from caseapp.domain.forms import FormSpec, validate
from caseapp.domain.sync_protocol import ApplyResult, Change, ConflictView, Hlc, Keep, Op, Preview
from caseapp.errors import NotFound, UserError, ValidationError
from caseapp.services import audit, case_summaries, search, sync_log, sync_settings
from caseapp.services.sync_batch import BatchReads
from caseapp.services.sync_log import NO_CONFLICT_FIELDS, clock_of, cursor, decode_value, encode_value
from caseapp.storage import case_keys, models
from caseapp.storage.models import Case, CaseNumberAlias, DestructionLog, Practitioner, SyncConflict, utcnow

if TYPE_CHECKING:
    from caseapp.services.vault import Vault

ROW = "__row__"  # the conflict "field" of a whole row (deleted on one side, changed or signed on the other)
REMOTE_DESTRUCTION_REASON = "다른 기기에서 파기되어 동기화로 파기 / destroyed on another machine, applied by sync"
_INTEGRITY = (sqlcipher3.IntegrityError,)  # the raw cursor is sqlcipher3's (the bundle has no stdlib sqlite3)
MODELS: dict[str, type[Any]] = {
    obj.__tablename__: obj for obj in vars(models).values()
    if isinstance(obj, type) and isinstance(getattr(obj, "__tablename__", None), str) and hasattr(obj, "__table__")}


class SyncGap(UserError):
    """Changes of a device arrive with a gap in its sequence: an older bundle is missing. Nothing is written."""


@dataclass
class _Run:
    session: Session
    cur: Any
    source_device: str
    new_records: int = 0
    changed: set[tuple[str, str]] = field(default_factory=set)
    deletions: int = 0
    destroyed: list[str] = field(default_factory=list)
    already_held: int = 0
    conflict_ids: list[str] = field(default_factory=list)
    touched: set[tuple[str, str]] = field(default_factory=set)
    cases: set[str] = field(default_factory=set)
    deferred: list[Change] = field(default_factory=list)  # inserts refused by the database, tried again at the end
    retrying: bool = False
    inserted: set[tuple[str, str]] = field(default_factory=set)  # rows this run added (for the net counts)
    reads: BatchReads = field(init=False)  # the touched rows, clocks and open conflicts, loaded once

    def preview(self) -> Preview:
        return Preview(new_records=self.new_records, changed_records=len(self.changed),
                       conflicts=len(self.conflict_ids), deletions=self.deletions,
                       destructions=len(self.destroyed), already_held=self.already_held,
                       case_numbers=_case_numbers(self.cur, self.cases))


# --- public --------------------------------------------------------------------------------------------------------

def preview(session: Session, changes: list[Change]) -> Preview:
    """What :func:`apply` would do, counted by doing it in a savepoint that is then rolled back: writes nothing."""
    nested = session.begin_nested()
    try:
        result = _run(session, changes, source_device="", audited=False)
    finally:
        nested.rollback()
        session.expire_all()
    return result.preview


def apply(session: Session, changes: list[Change], *, source_device: str, subset: bool = False) -> ApplyResult:
    """Apply ``changes`` in the caller's transaction (not committed here). Changes already held are skipped; a gap
    in a device's sequence raises :class:`SyncGap` before anything is written. After the commit, call
    :func:`after_commit` (destroyed cases join the registry, the file is compacted). ``subset`` (the agency hub):
    this file holds only its cases' share of other devices' sequences, so a change is held when its (device, seq)
    is in the log, and there is no gap check."""
    return _run(session, changes, source_device=source_device, audited=True, subset=subset)


def fresh_changes(session: Session, changes: list[Change]) -> list[Change]:
    """The changes of ``changes`` this file does not hold yet, without applying anything; raises :class:`SyncGap`
    as :func:`apply` would (an import checks this before it backs the file up)."""
    return _fresh(session, changes, _Run(session, cursor(session), ""))


def after_commit(vault: "Vault", result: ApplyResult) -> None:
    """Once the import committed: destroyed cases join the destroyed-cases registry and the file is compacted."""
    destroyed = result.destroyed_case_ids
    if destroyed:
        from caseapp.services import destruction
        destruction.remember_destroyed(vault, list(destroyed))


def open_conflicts(session: Session, lang: str) -> list[ConflictView]:
    cur = cursor(session)
    rows = session.exec(select(SyncConflict).where(SyncConflict.closed_at == None)  # noqa: E711
                        .order_by(SyncConflict.created_at)).all()
    views = []
    for c in rows:
        raw = sync_log.read_row(cur, c.tbl, c.row_id)
        known = sync_log.row_clocks(cur, c.tbl, c.row_id)
        clocks = known[0] if known else {}
        mine_clock = clock_of(clocks, c.field) if c.field != ROW else max(clocks.values(), default="")
        mine: Any = (raw or {}).get(c.field) if c.field != ROW else _row_text(raw, lang)
        theirs: Any = json.loads(c.theirs) if c.field != ROW else _row_text(json.loads(c.theirs), lang)
        views.append(ConflictView(
            id=c.id, case_id=c.case_id, case_number=_conflict_case_number(cur, c), table=c.tbl, row_id=c.row_id,
            field=c.field, label=sync_settings.label(c.row_id, lang) if c.tbl == sync_settings.TABLE
            else field_label(c.tbl, c.field, lang),
            mine=mine, theirs=theirs, mine_device=_device_of(mine_clock), theirs_device=c.theirs_device,
            mine_at=mine_clock, theirs_at=c.theirs_clock))
    return views


def resolve(session: Session, conflict_id: str, keep: Keep, value: Any = None, *, actor: str = "") -> str:
    """Settle one conflict: keep this file's value, take the other machine's, or a typed one (``Keep.EDIT``).
    The choice is recorded as a change naming every clock it settles. Returns the field's new clock."""
    conflict = session.get(SyncConflict, conflict_id)
    if conflict is None or conflict.closed_at is not None:
        raise NotFound("열린 충돌을 찾을 수 없습니다: " + conflict_id, "No open conflict " + conflict_id)
    keep = Keep(keep)
    actor = actor or _actor(session)
    if conflict.field == ROW:
        return _resolve_row(session, conflict, keep, actor)
    cur = cursor(session)
    raw = sync_log.read_row(cur, conflict.tbl, conflict.row_id)
    if raw is None:
        raise NotFound("충돌한 기록이 이 파일에 없습니다.", "The record of this conflict is not in this file.")
    if (conflict.signed or raw.get("signed_at")) and keep is not Keep.MINE:
        raise ValidationError("서명된 기록은 바꿀 수 없습니다. 다른 값은 추가기록으로 남기세요.",
                              "A signed record cannot change. Write the other value down in an addendum.")
    if keep is Keep.MINE:
        new_value = raw.get(conflict.field)
    elif keep is Keep.THEIRS:
        new_value = json.loads(conflict.theirs)
    else:
        new_value = _raw_of(session, conflict.tbl, conflict.row_id, conflict.field, value)
    others = _open(session, conflict.tbl, conflict.row_id, conflict.field)
    known = sync_log.row_clocks(cur, conflict.tbl, conflict.row_id)
    clocks = {clock_of(known[0] if known else {}, conflict.field)} | {c.theirs_clock for c in others}
    _write_fields(cur, conflict.tbl, conflict.row_id, {conflict.field: new_value})
    change = sync_log.append_local(session, conflict.tbl, conflict.row_id, Op.UPDATE, {conflict.field: new_value},
                                   {conflict.field: " ".join(sorted(c for c in clocks if c))}, conflict.case_id,
                                   actor)
    for c in others:
        _close(session, c, change.hlc)
    return _resolved(session, conflict, keep, actor, change.hlc)


def field_label(table: str, name: str, lang: str) -> str:
    """The field's label from the form declarations (the column name where no form declares it)."""
    if name == ROW:
        return "기록 전체" if lang == "ko" else "whole record"
    form = _form_of(table, name)
    return form.field(name).label.text(lang) if form is not None else name


def _form_of(table: str, name: str) -> FormSpec | None:
    """The form that declares ``name`` of ``table`` (the search sources name every form of a table)."""
    candidates = [s.form for s in search.SOURCES.values() if s.table == table]
    candidates += [form for s in search.SOURCES.values() for child, _fk, form in s.children if child == table]
    return next((f for f in candidates if name in f.names), None)


# --- the run ---------------------------------------------------------------------------------------------------------

def _run(session: Session, changes: list[Change], *, source_device: str, audited: bool,
         subset: bool = False) -> ApplyResult:
    cur = cursor(session)
    run = _Run(session, cur, source_device)
    fresh = _fresh_subset(cur, changes, run) if subset else _fresh(session, changes, run)
    run.reads = BatchReads(session, cur, fresh)
    was_paused = session.info.get(sync_log.PAUSED_KEY, False)
    session.info[sync_log.PAUSED_KEY] = True  # what arrives is stored as received, not logged again as ours
    try:
        destroyed_here = _destroyed_cases(cur, {c.case_id for c in fresh if c.case_id})
        destroying = {c.row_id for c in fresh if c.op is Op.DESTROY}
        for change in fresh:
            gone = change.case_id is not None and change.op is not Op.DESTROY and (
                change.case_id in destroyed_here or change.case_id in destroying)
            before = run.reads.watch(change.table, change.row_id) if change.op is Op.INSERT else None
            sync_log.store(cur, change, scrubbed=gone)
            if not gone and not (change.op in (Op.INSERT, Op.UPDATE) and not change.fields) and (
                    change.op is Op.DESTROY or sync_log.is_synced(change.table)):
                _apply_one(run, change)
            # else: a destroyed case's records never come back (and a scrubbed change holds nothing); a table of a
            # newer caseapp is kept in the log (and relayed), applied once this one knows it
            if change.op is Op.INSERT:  # an insert that set no clocks must not give the row its own (sync_log)
                run.reads.pin_unless_noted(change.table, change.row_id, before)
        run.retrying = True  # a later change of the batch may have removed what blocked them (same item deleted)
        for change in run.deferred:
            _insert(run, change)
        _refresh(session, run.touched, run.cases)
        if audited and fresh:
            p = run.preview()
            audit.record(session, _actor(session), "sync_import", "sync", source_device, None,
                         detail=f"changes={len(fresh)} new={p.new_records} changed={p.changed_records} "
                                f"conflicts={p.conflicts} deleted={p.deletions} destroyed={p.destructions}")
    finally:
        session.info[sync_log.PAUSED_KEY] = was_paused
    return ApplyResult(preview=run.preview(), conflict_ids=tuple(run.conflict_ids),
                       destroyed_case_ids=tuple(run.destroyed))


def _fresh(session: Session, changes: list[Change], run: _Run) -> list[Change]:
    """The changes not held yet, in clock order; refuses a gap in any device's sequence."""
    held = sync_log.local_vector(session)
    fresh: dict[tuple[str, int], Change] = {}
    for c in changes:
        if c.seq <= held.get(c.device, 0):
            run.already_held += 1
        else:
            fresh[(c.device, c.seq)] = c
    by_device: dict[str, list[int]] = {}
    for device, seq in fresh:
        by_device.setdefault(device, []).append(seq)
    for device, seqs in by_device.items():
        expected = list(range(held.get(device, 0) + 1, held.get(device, 0) + 1 + len(seqs)))
        if sorted(seqs) != expected:
            raise SyncGap(
                f"기기 {device}의 변경 {held.get(device, 0) + 1}번부터가 빠져 있습니다. 그 전 동기화 파일을 먼저 가져오세요. "
                "아무것도 바뀌지 않았습니다.",
                f"Changes of device {device} from number {held.get(device, 0) + 1} are missing. Import the earlier "
                "sync file first. Nothing was changed.")
    return sorted(fresh.values(), key=sync_log.order_key)


def _fresh_subset(cur: Any, changes: list[Change], run: _Run) -> list[Change]:
    """The changes whose (device, seq) the log does not hold, in clock order (hub mode: no gap check)."""
    wanted = sorted({(c.device, c.seq) for c in changes})
    held = sync_log.held(cur, wanted)
    fresh = {(c.device, c.seq): c for c in changes if (c.device, c.seq) not in held}
    run.already_held += len(changes) - len(fresh)
    return sorted(fresh.values(), key=sync_log.order_key)


def _apply_one(run: _Run, change: Change) -> None:
    if change.op is Op.DESTROY:
        _destroy(run, change)
        return
    if change.case_id:
        run.cases.add(change.case_id)
    run.touched.add((change.table, change.row_id))
    raw = run.reads.row(change.table, change.row_id)
    known = run.reads.clocks(change.table, change.row_id)
    clocks = known[0] if known else {}
    _close_row_conflicts(run, change)
    if change.op is Op.DELETE:
        _delete(run, change, raw, clocks)
    elif raw is None and change.op is Op.INSERT:
        _insert(run, change)
    elif raw is None:  # an edit of a row deleted here (or never seen): kept, never dropped
        _row_conflict(run, change, change.fields)
    else:
        _update(run, change, raw, clocks)


def _insert(run: _Run, change: Change) -> None:
    known = run.reads.columns(change.table)
    fields = {k: v for k, v in change.fields.items() if k in known}  # a newer peer's extra columns wait in the log
    if change.table == "case":
        fields = _reconcile_number(run, change, fields)
    columns = ["id", *fields]
    try:
        run.cur.execute(f'INSERT INTO "{change.table}" ({", ".join(_q(c) for c in columns)}) VALUES '
                        f'({", ".join("?" * len(columns))})',
                        [case_keys.key(change.row_id),
                         *(case_keys.stored_value(change.table, c, decode_value(fields[c])) for c in fields)])
    except _INTEGRITY:  # e.g. its parent was deleted here: the row is kept as a conflict, not lost
        if run.retrying:
            _row_conflict(run, change, change.fields)
        else:
            run.deferred.append(change)
        return
    run.reads.forget(change.table, change.row_id)
    run.reads.note_insert_clocks(change.table, change.row_id, change.hlc, change.case_id)
    run.new_records += 1
    run.inserted.add((change.table, change.row_id))


def _update(run: _Run, change: Change, raw: dict[str, Any], clocks: dict[str, str]) -> None:
    local_sign = clock_of(clocks, "signed_at")
    incoming_sign = change.fields.get("signed_at") is not None
    signed_here = raw.get("signed_at") is not None
    if signed_here and not (incoming_sign and change.hlc < local_sign):
        mode = "signed_here"  # nothing of a signed row changes: what differs is kept as a conflict
    elif incoming_sign:
        mode = "signature"  # the signature fixes its content; a local edit made meanwhile goes to a conflict
    else:
        mode = "normal"
    fields = dict(change.fields)
    if change.table == "case" and "case_number" in fields:
        fields = _reconcile_number(run, change, fields)
    to_set: dict[str, Any] = {}
    for name, value in fields.items():
        if name not in raw:
            continue  # a column this caseapp does not have (a newer peer): ignored, the change stays in the log
        local_value, local_clock = raw.get(name), clock_of(clocks, name)
        bases = set(change.base.get(name, "").split())
        if name in NO_CONFLICT_FIELDS:
            if mode != "signed_here" and change.hlc > local_clock:
                to_set[name], clocks[name] = value, change.hlc
            continue
        for c in run.reads.open_conflicts(change.table, change.row_id, name):
            if c.theirs_clock in bases:
                _close(run.session, c, change.hlc)  # superseded by this later version
        if local_clock == change.hlc:
            continue
        if mode == "signed_here":
            if value != local_value:
                _conflict(run, change, name, value, change.hlc, _device_of(change.hlc), signed=True)
            continue
        if mode == "signature":
            if local_clock and local_clock not in bases and value != local_value:
                _conflict(run, change, name, local_value, local_clock, _device_of(local_clock), signed=True)
            to_set[name], clocks[name] = value, change.hlc
            continue
        if not local_clock or local_clock in bases:
            to_set[name], clocks[name] = value, change.hlc
        elif value == local_value:
            clocks[name] = max(local_clock, change.hlc)  # the same value on both sides: no conflict
        else:
            _conflict(run, change, name, value, change.hlc, change.device)
    if to_set:
        _write_fields(run.cur, change.table, change.row_id, to_set)
        run.reads.forget(change.table, change.row_id)
        if set(to_set) - NO_CONFLICT_FIELDS:
            run.changed.add((change.table, change.row_id))
    run.reads.note_clocks(change.table, change.row_id, clocks, change.case_id)


def _delete(run: _Run, change: Change, raw: dict[str, Any] | None, clocks: dict[str, str]) -> None:
    if raw is None:
        return  # deleted here too (or never held): nothing to do
    bases = {c for v in change.base.values() for c in v.split()}
    changed_here = [n for n, c in clocks.items() if n not in NO_CONFLICT_FIELDS and n != ROW and c not in bases]
    if raw.get("signed_at") is not None or changed_here:
        _row_conflict(run, change, None)
        return
    try:
        run.cur.execute(f'DELETE FROM "{change.table}" WHERE id = ?', (case_keys.key(change.row_id),))
    except _INTEGRITY:  # still referenced here (a record added meanwhile points at it)
        _row_conflict(run, change, None)
        return
    clocks[ROW] = change.hlc
    run.reads.forget(change.table, change.row_id)
    run.reads.note_clocks(change.table, change.row_id, clocks, change.case_id, deleted=True)
    key = (change.table, change.row_id)
    if key in run.inserted:  # added and removed on the other machine (e.g. a set-up's own practitioner row): net
        run.inserted.discard(key)  # nothing, so the preview does not announce a deletion the user never made
        run.new_records -= 1
        run.changed.discard(key)
        return
    run.deletions += 1


def _destroy(run: _Run, change: Change) -> None:
    from caseapp.services import destruction
    session = run.session
    session.expire_all()
    case = session.get(Case, change.row_id)
    if case is None or case.destroyed_at is not None:
        return
    now = utcnow()
    reason = REMOTE_DESTRUCTION_REASON
    report = destruction.destroy_in_session(session, case, f"{change.actor} ({change.device})", reason, now)
    session.add(DestructionLog(case_id=case.id, case_number=case.case_number, destroyed_at=now,
                               actor=change.actor, reason=reason, kinds=report.kinds(), method=destruction.METHOD))
    session.flush()
    run.reads.forget_all()  # the destruction emptied rows, log values and conflicts around this run's reads
    run.destroyed.append(case.id)
    run.cases.add(case.id)


# --- conflicts -----------------------------------------------------------------------------------------------------

def _open(session: Session, table: str, row_id: str, name: str) -> list[SyncConflict]:
    session.flush()
    return list(session.exec(select(SyncConflict).where(
        SyncConflict.tbl == table, SyncConflict.row_id == row_id, SyncConflict.field == name,
        SyncConflict.closed_at == None)).all())  # noqa: E711


def _close(session: Session, conflict: SyncConflict, by: str) -> None:
    conflict.closed_at = utcnow()
    conflict.closed_by = by
    session.add(conflict)


def _conflict(run: _Run, change: Change, name: str, value: Any, clock: str, device: str, *,
              signed: bool = False) -> None:
    if any(c.theirs_clock == clock for c in run.reads.open_conflicts(change.table, change.row_id, name)):
        return  # held already
    row = SyncConflict(tbl=change.table, row_id=change.row_id, field=name, case_id=change.case_id,
                       theirs=json.dumps(value, ensure_ascii=False), theirs_clock=clock, theirs_device=device,
                       signed=signed)
    run.session.add(row)
    run.session.flush()
    run.reads.add_conflict(row)
    run.conflict_ids.append(row.id)


def _row_conflict(run: _Run, change: Change, fields: dict[str, Any] | None) -> None:
    _conflict(run, change, ROW, fields, change.hlc, change.device, signed=False)


def _close_row_conflicts(run: _Run, change: Change) -> None:
    """A change that settles a row conflict names the clocks it settles under ``__row__``."""
    settled = set(change.base.get(ROW, "").split())
    if settled:
        for c in run.reads.open_conflicts(change.table, change.row_id, ROW):
            if c.theirs_clock in settled:
                _close(run.session, c, change.hlc)


def _resolve_row(session: Session, conflict: SyncConflict, keep: Keep, actor: str) -> str:
    cur = cursor(session)
    raw = sync_log.read_row(cur, conflict.tbl, conflict.row_id)
    theirs = json.loads(conflict.theirs)
    known = sync_log.row_clocks(cur, conflict.tbl, conflict.row_id)
    clocks = known[0] if known else {}
    others = _open(session, conflict.tbl, conflict.row_id, ROW)
    settles = " ".join(sorted({*clocks.values(), *(c.theirs_clock for c in others)}))
    if keep is Keep.EDIT:
        raise ValidationError("기록 전체의 충돌은 남기거나 받아들이는 것만 할 수 있습니다.",
                              "A whole-record conflict can only be kept or taken.")
    if raw is not None and theirs is None and keep is Keep.THEIRS:  # deleted there: delete here too
        if raw.get("signed_at") is not None:
            raise ValidationError("서명된 기록은 지울 수 없습니다.", "A signed record cannot be deleted.")
        cur.execute(f'DELETE FROM "{conflict.tbl}" WHERE id = ?', (case_keys.key(conflict.row_id),))
        change = sync_log.append_local(session, conflict.tbl, conflict.row_id, Op.DELETE, {},
                                       {**clocks, ROW: settles}, conflict.case_id, actor)
    elif raw is not None:  # kept here: the whole row travels again, so the other side has it back
        fields = {k: v for k, v in raw.items() if k != "id"}
        change = sync_log.append_local(session, conflict.tbl, conflict.row_id, Op.INSERT, fields,
                                       {ROW: settles}, conflict.case_id, actor)
    elif keep is Keep.THEIRS:  # a record this file refused or had deleted: take it as it came
        fields = dict(theirs or {})
        try:
            cur.execute(f'INSERT INTO "{conflict.tbl}" ({", ".join(_q(c) for c in ["id", *fields])}) VALUES '
                        f'({", ".join("?" * (len(fields) + 1))})',
                        [case_keys.key(conflict.row_id),
                         *(case_keys.stored_value(conflict.tbl, k, decode_value(v)) for k, v in fields.items())])
        except _INTEGRITY as exc:
            raise ValidationError("받은 기록을 넣을 수 없습니다(같은 항목의 기록이 이미 있거나 내용이 일부만 있음). "
                                  "이 파일의 것을 남기거나 그 기기에서 해결하세요.",
                                  "The received record cannot be added (a record of the same item exists here, or "
                                  "only part of it arrived). Keep this file's, or resolve it on the other machine."
                                  ) from exc
        change = sync_log.append_local(session, conflict.tbl, conflict.row_id, Op.INSERT, fields,
                                       {ROW: settles}, conflict.case_id, actor)
    else:  # stays deleted here
        change = sync_log.append_local(session, conflict.tbl, conflict.row_id, Op.DELETE, {},
                                       {**clocks, ROW: settles}, conflict.case_id, actor)
    for c in others:
        _close(session, c, change.hlc)
    return _resolved(session, conflict, keep, actor, change.hlc)


def _resolved(session: Session, conflict: SyncConflict, keep: Keep, actor: str, clock: str) -> str:
    """After a resolution: the derived tables follow and the audit chain records the choice."""
    _refresh(session, {(conflict.tbl, conflict.row_id)}, {conflict.case_id} if conflict.case_id else set())
    audit.record(session, actor, "sync_resolve", conflict.tbl, conflict.row_id, conflict.case_id,
                 detail=f"{conflict.field}:{keep.value}")
    return clock


# --- case numbers --------------------------------------------------------------------------------------------------

def _reconcile_number(run: _Run, change: Change, fields: dict[str, Any]) -> dict[str, Any]:
    """Two different cases with one number: the one numbered first keeps it, the other gets ``-xxxx`` (its
    device), the old number kept as an alias. Every machine applies the same rule, so all agree."""
    number = fields.get("case_number")
    found = run.cur.execute('SELECT id FROM "case" WHERE case_number = ? AND id != ?',
                            (number, case_keys.key(change.row_id))).fetchone()
    if number is None or found is None:
        return fields
    other_id = case_keys.key_text(found[0])
    known = run.reads.clocks("case", other_id)
    other_clock = clock_of(known[0] if known else {}, "case_number")
    if other_clock and other_clock < change.hlc:  # the incoming case yields
        renamed = f"{number}-{_device_of(change.hlc)[:4]}"
        run.session.add(CaseNumberAlias(case_id=change.row_id, number=str(number)))
        return {**fields, "case_number": renamed}
    renamed = f"{number}-{_device_of(other_clock)[:4] if other_clock else 'old'}"
    run.cur.execute('UPDATE "case" SET case_number = ? WHERE id = ?', (renamed, case_keys.key(other_id)))
    run.reads.forget("case", other_id)
    run.session.add(CaseNumberAlias(case_id=other_id, number=str(number)))
    run.touched.add(("case", other_id))
    run.cases.add(other_id)
    return fields


# --- helpers -----------------------------------------------------------------------------------------------------

def _write_fields(cur: Any, table: str, row_id: str, values: dict[str, Any]) -> None:
    names = list(values)
    cur.execute(f'UPDATE "{table}" SET {", ".join(f"{_q(n)} = ?" for n in names)} WHERE id = ?',
                [*(case_keys.stored_value(table, n, decode_value(values[n])) for n in names), case_keys.key(row_id)])


def _raw_of(session: Session, table: str, row_id: str, name: str, value: Any) -> Any:
    """A typed value, checked like the form checks it, as the database stores it."""
    form = _form_of(table, name)
    if form is not None:
        value = validate(form, {name: value}, partial=True).get(name, value)
    model = MODELS.get(table)
    if model is None:  # a setting (the view of migration 0015): stored as typed
        return encode_value(value)
    column = model.__table__.c[name]
    processor = column.type.bind_processor(session.get_bind().dialect)
    stored = processor(value) if processor else value
    return encode_value(case_keys.key_text(stored) if name in case_keys.KEY_COLUMNS.get(table, ()) else stored)


def _refresh(session: Session, touched: set[tuple[str, str]], case_ids: set[str]) -> None:
    """The derived tables follow: search index rows of the touched records, the touched cases' summaries."""
    session.flush()
    session.expire_all()
    cur = cursor(session)
    writes: list[object] = []
    for table, row_id in sorted(touched):
        if table not in search.SOURCES and table not in search.CHILD_TABLES:
            continue
        raw = sync_log.read_row(cur, table, row_id)  # the index reads what it needs by id, as rebuild_index does
        writes.append(SimpleNamespace(__tablename__=table, **raw) if raw is not None else ("deleted", table, row_id))
    search.index_many(session, writes)
    wanted = {c for c in case_ids if c}
    for table, row_id in touched:
        if table == "client":
            wanted |= {case_keys.key_text(r[0]) for r in cursor(session).execute(
                'SELECT id FROM "case" WHERE client_id = ?', (case_keys.key(row_id),)).fetchall()}
    if any(table == sync_settings.TABLE for table, _row_id in touched):
        case_summaries.refresh(session)  # the deadline rules changed: every case's due dates follow
    elif wanted:
        case_summaries.refresh(session, wanted)


def _destroyed_cases(cur: Any, case_ids: set[str]) -> set[str]:
    ids = sorted(case_ids)
    if not ids:
        return set()
    return {case_keys.key_text(r[0]) for r in cur.execute(
        f'SELECT id FROM "case" WHERE destroyed_at IS NOT NULL AND id IN ({case_keys.KEYS_IN_JSON})',
        (json.dumps(ids),)).fetchall()}


def _case_numbers(cur: Any, case_ids: set[str]) -> tuple[str, ...]:
    ids = sorted(c for c in case_ids if c)
    if not ids:
        return ()
    rows = cur.execute(f'SELECT case_number FROM "case" WHERE id IN ({case_keys.KEYS_IN_JSON}) '
                       'ORDER BY case_number', (json.dumps(ids),)).fetchall()
    return tuple(r[0] for r in rows)


def _conflict_case_number(cur: Any, conflict: SyncConflict) -> str:
    """The case number a conflict is about: its case's, or for a client (or a household member) the numbers of the
    client's cases, so the practitioner knows whose details differ."""
    if conflict.case_id:
        return next(iter(_case_numbers(cur, {conflict.case_id})), "")
    client_id: Any = None
    if conflict.tbl == "client":
        client_id = conflict.row_id
    elif conflict.tbl == "householdmember":
        found = cur.execute('SELECT client_id FROM householdmember WHERE id = ?',
                            (case_keys.key(conflict.row_id),)).fetchone()
        received = json.loads(conflict.theirs) if conflict.field == ROW else None  # a member deleted here
        client_id = case_keys.key_text(found[0]) if found else (received or {}).get("client_id")
    if client_id is None:
        return ""
    rows = cur.execute('SELECT case_number FROM "case" WHERE client_id = ? AND destroyed_at IS NULL '
                       'ORDER BY case_number', (case_keys.key(client_id),)).fetchall()
    return ", ".join(r[0] for r in rows)


def _actor(session: Session) -> str:
    p = session.exec(select(Practitioner).where(Practitioner.is_current == True)).first()  # noqa: E712
    return p.name if p else ""


def _device_of(clock: str) -> str:
    try:
        return Hlc.decode(clock).device
    except ValueError:
        return ""


def _row_text(values: dict[str, Any] | None, lang: str) -> str:
    if values is None:
        return "(삭제됨)" if lang == "ko" else "(deleted)"
    shown = [f"{k}={v}" for k, v in sorted(values.items()) if v not in (None, "", [], "[]") and not k.endswith("_at")]
    return ", ".join(shown)


def _q(name: str) -> str:
    return f'"{name}"'

