"""Which backups still hold a destroyed case, and purging it from them (``caseapp destroy --purge-backups``).

A purge works on a copy written next to the backup (``.NAME.partial-PID``, which the backup clean-up removes when
a kill leaves it behind): the same deletes as in the case file, ``VACUUM`` so nothing is left on free pages, an
integrity check, and only then ``os.replace`` over the backup. No audit row is added inside the backup: its chain
stays a prefix of the case file's (rotation relies on that), and the case file's 파기 대장 and audit trail record
which backups were purged and when. A kill at any point leaves
either the old backup or the purged one, never half of each. The backup's key file is unchanged (same key).

Only backups that open with the case file's current key and have its schema can be purged; any other is reported
(an older backup still comes back without the case: every open destroys the registry's cases again).
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3
from sqlmodel import Session

from caseapp import settings as settings_mod
from caseapp.services import backup_catalogue
from caseapp.services.backup_inspect import read_query
from caseapp.services.destruction import destroy_in_session
from caseapp.storage import case_keys, migrate
from caseapp.storage.atomic import fsync_dir
from caseapp.storage.engine import immediate, make_engine
from caseapp.storage.models import Case, utcnow
from caseapp.storage.sqlite_backup import verify_copy

if TYPE_CHECKING:
    from caseapp.services.vault import Vault

PURGE_REASON = "백업에서 파기 / purged from a backup"


@dataclass
class BackupOutcome:
    """One backup's line in the 파기 대장."""

    name: str
    location: str  # local / mirror
    held: bool | None  # None: could not be looked into
    purged_at: str = ""  # ISO time the purged copy replaced the backup
    note: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "location": self.location, "held": self.held, "purged_at": self.purged_at,
                "note": self.note}


def holds_case(path: Path, key: bytes, case_id: str) -> bool | None:
    """Does this backup still hold the case's personal data? None: it does not open with ``key``."""
    # a backup of any revision: its keys are text before migration 0030, 16 bytes after
    rows = read_query(path, key, 'SELECT destroyed_at, presenting_request FROM "case" WHERE id IN (?, ?)',
                      case_keys.either(case_id))
    if rows is None:
        return None
    if not rows:
        return False  # made before the case existed
    destroyed_at, request = rows[0]
    if destroyed_at is None or request:
        return True
    left = read_query(path, key, "SELECT count(*) FROM serviceentry WHERE case_id IN (?, ?)", case_keys.either(case_id))
    return bool(left and left[0][0])


def _schema(path: Path, key: bytes) -> str | None:
    rows = read_query(path, key, "SELECT version_num FROM alembic_version")
    return str(rows[0][0]) if rows else None


def survey(vault: "Vault", case_id: str, settings: settings_mod.Settings | None = None) -> list[BackupOutcome]:
    """Every backup (this computer's and the backup folder's) and whether it holds the case."""
    found = backup_catalogue.list_backups(settings or settings_mod.load())
    return [_look(info, vault.key, case_id) for info in found]


def _look(info: backup_catalogue.BackupInfo, key: bytes, case_id: str) -> BackupOutcome:
    held = holds_case(info.path, key, case_id)
    note = "" if held is not None else "다른 키(예전 암호)의 백업이라 확인하지 못함 / made under another key"
    return BackupOutcome(info.path.name, info.location, held, note=note)


def purge(vault: "Vault", case_id: str, settings: settings_mod.Settings | None = None) -> list[BackupOutcome]:
    """Remove the case from every backup that holds it; returns one outcome per backup."""
    outcomes = []
    for info in backup_catalogue.list_backups(settings or settings_mod.load()):
        outcome = _look(info, vault.key, case_id)
        if outcome.held:
            _purge_one(info.path, vault.key, case_id, vault.actor, outcome)
        outcomes.append(outcome)
    return outcomes


def _purge_one(path: Path, key: bytes, case_id: str, actor: str, outcome: BackupOutcome) -> None:
    if _schema(path, key) != migrate.HEAD_REVISION:
        outcome.note = ("이전 버전 형식의 백업이라 지우지 못함(복원하면 다시 파기됨) / older format, not purged "
                        "(destroyed again if restored)")
        return
    tmp = path.with_name(f".{path.name}.partial-{os.getpid()}")
    try:
        shutil.copyfile(path, tmp)
        _destroy_in_copy(tmp, key, case_id, actor)
        verify_copy(tmp, key)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except (OSError, sqlcipher3.Error) as exc:
        outcome.note = f"지우지 못함 / not purged: {type(exc).__name__}"
        return
    finally:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm"), Path(f"{tmp}-journal")):
            leftover.unlink(missing_ok=True)
    outcome.purged_at = utcnow().isoformat(timespec="seconds")
    outcome.held = holds_case(path, key, case_id)


def _destroy_in_copy(tmp: Path, key: bytes, case_id: str, actor: str) -> None:
    engine = make_engine(tmp, key, pool_size=1)
    try:
        with Session(immediate(engine), expire_on_commit=False) as s:
            case = s.get(Case, case_id)
            if case is None:
                return
            destroy_in_session(s, case, actor, PURGE_REASON, utcnow(), audited=False)
            s.commit()
        with engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            raw.execute("VACUUM")
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()

