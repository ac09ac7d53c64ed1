"""The registers a restore carries over into the file it brings back: 파기 대장 and 제3자 제공 대장.

Both record acts outside the file's own story that going back to an older copy cannot undo: a case's data was
destroyed (개인정보 보호법 시행령 제16조 asks for the record), something was given to someone outside the agency. An
older backup lacks the lines written after it, so a restore writes into its staged copy every line of the current
file that the backup lacks or holds in an older version (a destruction line's ``backups`` grows after a purge),
*before* the restore is decided (:mod:`caseapp.services.restore_journal`): a kill before the journal lands leaves
the current file as it was, lines and all; a kill after rolls forward to the staged copy, which holds them. Never
a mix of the two.

The access records (접속기록) follow their own way (:func:`caseapp.services.access_log.carry_over_restore`).
Correction requests (정정·삭제 요구) and the export log are records of their case and come back as the backup had
them (see the README's notes on restores).
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, select

from caseapp.storage import migrate
from caseapp.storage.engine import make_engine
from caseapp.storage.models import DestructionLog, Disclosure

if TYPE_CHECKING:
    from caseapp.services.vault import Vault

CARRIED = (DestructionLog, Disclosure)
Lines = list[tuple[type[DestructionLog] | type[Disclosure], dict[str, Any]]]


def collect(vault: "Vault") -> Lines:
    """Every register line of the open file, as values (read before the file is closed for the restore)."""
    with vault.session() as s:
        return [(model, row.model_dump()) for model in CARRIED for row in s.exec(select(model)).all()]


def _utc_naive(value: datetime) -> datetime:
    return value.astimezone(timezone.utc).replace(tzinfo=None) if value.tzinfo else value


def _missing(engine: Any, lines: Lines) -> Lines:
    """The lines the staged copy lacks, or holds in an older version (its table may not exist yet: an old backup)."""
    have: dict[str, dict[str, datetime]] = {}
    with engine.connect() as conn:
        tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
        for model in CARRIED:
            name = model.__tablename__
            rows = conn.exec_driver_sql(f'SELECT id, updated_at FROM "{name}"') if name in tables else []
            have[name] = {rid: datetime.fromisoformat(str(at)) for rid, at in rows}
    out: Lines = []
    for model, values in lines:
        held = have[model.__tablename__].get(values["id"])
        if held is None or held < _utc_naive(values["updated_at"]):
            out.append((model, values))
    return out


def write_into(staged: Path, key: bytes, lines: Lines) -> dict[str, int]:
    """Put into the staged copy the ``lines`` it lacks; returns how many per table (nothing written: {}). An older
    backup is migrated first so the lines fit (the open that follows would migrate it anyway). The copy is left as
    one file, without a -wal beside it."""
    engine = make_engine(staged, key, pool_size=1)
    try:
        needed = _missing(engine, lines)
        if not needed:
            return {}
        migrate.upgrade(engine)
        counts: dict[str, int] = {}
        with Session(engine) as s:
            for model, values in needed:
                s.merge(model.model_validate(values))
                counts[model.__tablename__] = counts.get(model.__tablename__, 0) + 1
            s.commit()
        raw = engine.raw_connection()
        try:
            dbapi = raw.driver_connection
            assert dbapi is not None
            dbapi.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            dbapi.execute("PRAGMA journal_mode = DELETE")  # folds and removes the -wal: the copy is whole alone
        finally:
            raw.close()
        return counts
    finally:
        engine.dispose()


def describe(counts: dict[str, int]) -> str:
    """For the restore's audit entry."""
    return ", ".join(f"{table}={n}" for table, n in sorted(counts.items()))
