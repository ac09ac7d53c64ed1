"""What a restore carries over into the file it brings back: the legal registers and the records of acts that an
older copy cannot undo.

파기 대장 and 제3자 제공 대장 record acts outside the file's own story: a case's data was destroyed (개인정보 보호법
시행령 제16조 asks for the record), something was given to someone outside the agency. A 정정·삭제 요구 (제36조) holds
a deadline the agency owes the person (10 days) and how it was answered; the export log says what was exported or
printed and when (a paper copy's QR is matched against it). Going back to an older copy undoes none of these, so
losing their lines would hide a legal duty or an accountability record. An older backup lacks the lines written
after it, so a restore writes into its staged copy every line of the current file that the backup lacks or holds in
an older version (a destruction line's ``backups`` grows after a purge; a request gets its answer), *before* the
restore is decided (:mod:`caseapp.services.restore_journal`): a kill before the journal lands leaves the current
file as it was, lines and all; a kill after rolls forward to the staged copy, which holds them. Never a mix of the
two. A correction request or an export of a case the backup does not hold (opened after it) cannot be written
without its case: it is left behind, counted in the restore's audit entry (the pre-restore backup keeps it).

The carried lines of synced tables are written as changes of the folder's new device (the restore gave it one,
:mod:`caseapp.services.sync_restore`): the restored change log is older than them, so without a change of their own
a peer that never received them would never get them; a peer that has them already finds the same values (no
conflict, nothing twice).

The access records (접속기록) follow their own way (:func:`caseapp.services.access_log.carry_over_restore`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, SQLModel, select

from caseapp.services import sync_log
from caseapp.storage import case_keys, migrate
from caseapp.storage.engine import make_engine
from caseapp.storage.models import CorrectionRequest, DestructionLog, Disclosure, ExportRecord

if TYPE_CHECKING:
    from caseapp.services.vault import Vault

CARRIED: tuple[type[SQLModel], ...] = (DestructionLog, Disclosure, CorrectionRequest, ExportRecord)
# Rows whose case_id is a foreign key: written only where the staged copy holds their case.
OF_A_CASE = frozenset({CorrectionRequest.__tablename__, ExportRecord.__tablename__})
Lines = list[tuple[type[SQLModel], dict[str, Any]]]


@dataclass
class Carried:
    """What :func:`write_into` wrote (lines per table) and what it could not (per table: their case is not in
    the backup). Empty (false) when the backup held every line."""

    written: dict[str, int] = field(default_factory=dict)
    left_behind: dict[str, int] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.written or self.left_behind)


def collect(vault: "Vault") -> Lines:
    """Every line of :data:`CARRIED` in the open file, as values (read before the file is closed for the restore)."""
    with vault.session() as s:
        return [(model, row.model_dump()) for model in CARRIED for row in s.exec(select(model)).all()]


def _utc_naive(value: datetime) -> datetime:
    return value.astimezone(timezone.utc).replace(tzinfo=None) if value.tzinfo else value


def _missing(engine: Any, lines: Lines) -> tuple[Lines, Lines]:
    """The lines the staged copy lacks, or holds in an older version (its table may not exist yet: an old backup),
    as (to write, left behind): a line of :data:`OF_A_CASE` whose case the copy does not hold is left behind."""
    have: dict[str, dict[str, datetime]] = {}
    with engine.connect() as conn:
        tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
        for model in CARRIED:
            name = model.__tablename__
            rows = conn.exec_driver_sql(f'SELECT id, updated_at FROM "{name}"') if name in tables else []
            have[name] = {case_keys.key_text(rid): datetime.fromisoformat(str(at)) for rid, at in rows}
        needed = [(model, values) for model, values in lines
                  if (held := have[model.__tablename__].get(values["id"])) is None
                  or held < _utc_naive(values["updated_at"])]
        asked = sorted({str(v["case_id"]) for m, v in needed if m.__tablename__ in OF_A_CASE and v["case_id"]})
        listed = json.dumps(asked)  # the copy may be older than 0030 (text keys): either form matches
        cases = {case_keys.key_text(r[0]) for r in conn.exec_driver_sql(
            f'SELECT id FROM "case" WHERE id IN ({case_keys.EITHER_FORM_IN_JSON})', (listed, listed))}
    write: Lines = []
    left: Lines = []
    for model, values in needed:
        orphan = model.__tablename__ in OF_A_CASE and values["case_id"] and values["case_id"] not in cases
        (left if orphan else write).append((model, values))
    return write, left


def _count(lines: Lines) -> dict[str, int]:
    counts: dict[str, int] = {}
    for model, _values in lines:
        counts[model.__tablename__] = counts.get(model.__tablename__, 0) + 1
    return counts


def write_into(staged: Path, key: bytes, lines: Lines, actor: str = "") -> Carried:
    """Put into the staged copy the ``lines`` it lacks, logged as this device's changes where their table is
    synced (the restore has given the folder its new device id already). An older backup is migrated first so the
    lines fit (the open that follows would migrate it anyway). The copy is left as one file, without a -wal."""
    engine = make_engine(staged, key, pool_size=1)
    try:
        needed, left = _missing(engine, lines)
        if not needed:
            return Carried(left_behind=_count(left))
        migrate.upgrade(engine)
        with Session(engine) as s:
            sync_log.track(s, actor)
            for model, values in needed:
                s.merge(model.model_validate(values))
            s.commit()
        raw = engine.raw_connection()
        try:
            dbapi = raw.driver_connection
            assert dbapi is not None
            dbapi.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            dbapi.execute("PRAGMA journal_mode = DELETE")  # folds and removes the -wal: the copy is whole alone
        finally:
            raw.close()
        return Carried(_count(needed), _count(left))
    finally:
        engine.dispose()


def describe(carried: Carried) -> str:
    """For the restore's audit entry ("" when nothing was carried or left behind)."""
    def listed(counts: dict[str, int]) -> str:
        return ", ".join(f"{table}={n}" for table, n in sorted(counts.items()))
    parts = [f"registers carried over: {listed(carried.written)}"] if carried.written else []
    if carried.left_behind:
        parts.append(f"not carried, their case is not in the backup: {listed(carried.left_behind)}")
    return "; ".join(parts)
