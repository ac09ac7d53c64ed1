"""The catalogue of backups: names, where they live, and listing them. No keys, no SQL: the bottom of the backup code.

A backup is two files side by side, ``caseapp-YYYYMMDD-HHMMSS-<reason>.db`` and the matching ``.key``. The local
set lives in ``paths.backups_dir()``; copies go to ``Settings.backup_folder`` (the "mirror", e.g. a USB stick).
The copies :class:`Vault` makes before a migration (``pre-migration-*.db``) are part of the same listing. Raw copies
of files that could not be opened (``backups/set-aside/<stamp>/``) are listed apart by :func:`list_set_aside`.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from caseapp import paths
from caseapp import settings as settings_mod

REASONS = ("manual", "on-close", "daily", "pre-migration", "pre-restore", "pre-sync", "pre-hub-sync")
REASON_LABELS = {
    "manual": ("수동", "manual"),
    "on-close": ("종료 시", "on close"),
    "daily": ("매일", "daily"),
    "pre-migration": ("업데이트 전", "before update"),
    "pre-restore": ("복원 전", "before restore"),
    "pre-sync": ("동기화 전", "before sync"),  # taken by every applied sync import (issue 17)
    "pre-hub-sync": ("허브 동기화 전", "before hub sync"),  # by every hub sync that brings changes (issue 18)
    "set-aside": ("따로 보관", "set aside"),
}
# Backups that alone may hold what a restore or an update replaced: never counted in the rotation.
KEPT_APART = ("pre-migration", "pre-restore")
# Backups rotated among themselves, at most this many: a hub sync runs every five minutes and takes one whenever
# colleagues changed something, which in the common count would push the daily and manual backups out within the
# hour. For the same reason they do not make a daily backup look done (backup_due).
ROTATED_APART = {"pre-hub-sync": 3}
SET_ASIDE = "set-aside"  # raw copies of files that could not be read; never rotated
DAILY_INTERVAL = timedelta(hours=24)
STAMP = "%Y%m%d-%H%M%S"
PARTIAL_MAX_AGE = timedelta(hours=1)  # where we cannot ask whether the writing process is still alive

_OWN_NAME = re.compile(r"^caseapp-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z-]+)\.db$")
_MIGRATION_NAME = re.compile(r"^pre-migration-.*-(?P<stamp>\d{8}-\d{6})\.db$")
_SET_ASIDE_NAME = re.compile(r"^(?P<stamp>\d{8}-\d{6})")
# Temporary files of a copy in progress (``.name.partial-PID``, ``.name.tmp-PID``, ``.name.restore-PID``) and the
# journal SQLite keeps beside one while writing it.
_PARTIAL_NAME = re.compile(r"^\..+\.(?:partial|tmp|restore)-(?P<pid>\d+)(?:-journal|-wal|-shm)?$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime  # local time, from the name
    reason: str
    size: int
    location: str  # "local" (data folder) or "mirror" (the user's backup folder)

    @property
    def key_path(self) -> Path:
        return key_path_for(self.path)

    @property
    def has_key_file(self) -> bool:
        return self.key_path.exists()

    @property
    def kept_apart(self) -> bool:
        return self.reason in KEPT_APART

    def reason_label(self, lang: str = "ko") -> str:
        ko, en = REASON_LABELS.get(self.reason, (self.reason, self.reason))
        return ko if lang == "ko" else en

    def to_json(self) -> dict[str, object]:
        return {"path": str(self.path), "created": self.created.isoformat(timespec="seconds"),
                "reason": self.reason, "size": self.size, "location": self.location,
                "key_file": self.has_key_file}


def key_path_for(db_path: Path) -> Path:
    """The key file that travels with a backup: ``x.db`` -> ``x.key``, any other name -> ``name.key``."""
    return db_path.with_suffix(".key") if db_path.suffix == ".db" else db_path.with_name(db_path.name + ".key")


def parse(path: Path, location: str) -> BackupInfo | None:
    match = _OWN_NAME.match(path.name)
    reason = match.group("reason") if match else None
    if match is None:
        match = _MIGRATION_NAME.match(path.name)
        reason = "pre-migration" if match else None
    if match is None or reason is None:
        return None
    try:
        created = datetime.strptime(match.group("stamp"), STAMP)
        if match.groupdict().get("n"):
            created += timedelta(microseconds=int(match.group("n")))  # keeps same-second backups in order
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(path, created, reason, size, location)


def scan(folder: Path, location: str) -> list[BackupInfo]:
    """The backups in one folder, newest first."""
    try:
        names = list(folder.iterdir())
    except OSError:
        return []
    found = [info for p in names if p.is_file() and (info := parse(p, location)) is not None]
    return sorted(found, key=lambda b: b.created, reverse=True)


# The monthly signed checkpoints of the audit head written beside the backups (services.checkpoints).
CHECKPOINT_PATTERN = "audit-checkpoint-*.json"


def checkpoint_files(settings: settings_mod.Settings | None = None) -> list[Path]:
    """Every checkpoint file in the local backup folder and the user's backup folder (when reachable)."""
    out: list[Path] = []
    for folder in (paths.backups_dir(), distinct_mirror(settings)):
        if folder is None:
            continue
        try:
            out += sorted(folder.glob(CHECKPOINT_PATTERN))
        except OSError:
            continue
    return out


def mirror_folder(settings: settings_mod.Settings | None = None) -> Path | None:
    folder = (settings or settings_mod.load()).backup_folder.strip()
    return Path(folder).expanduser() if folder else None


def distinct_mirror(settings: settings_mod.Settings | None = None) -> Path | None:
    """The user's backup folder when it is set and is not the local backup folder itself."""
    mirror = mirror_folder(settings)
    if mirror is None or mirror.resolve() == paths.backups_dir().resolve():
        return None
    return mirror


def list_backups(settings: settings_mod.Settings | None = None, *, include_mirror: bool = True) -> list[BackupInfo]:
    """Every backup, newest first: the local set, then (same order) the copies in the user's backup folder."""
    found = scan(paths.backups_dir(), "local")
    mirror = distinct_mirror(settings) if include_mirror else None
    if mirror is not None:
        found += scan(mirror, "mirror")
    return sorted(found, key=lambda b: (b.created, b.location == "local"), reverse=True)


def list_set_aside() -> list[BackupInfo]:
    """Raw copies set aside by a restore that could not open the file it replaced, newest first. Each is a folder
    holding ``caseapp.db`` (with its ``-wal`` when there was one) and ``caseapp.key``."""
    root = paths.backups_dir() / SET_ASIDE
    try:
        folders = [p for p in root.iterdir() if p.is_dir()]
    except OSError:
        return []
    found = []
    for folder in folders:
        db = folder / paths.database_file().name
        match = _SET_ASIDE_NAME.match(folder.name)
        if match is None or not db.is_file():
            continue
        try:
            created = datetime.strptime(match.group("stamp"), STAMP)
            found.append(BackupInfo(db, created, SET_ASIDE, db.stat().st_size, "local"))
        except (ValueError, OSError):
            continue
    return sorted(found, key=lambda b: b.created, reverse=True)


def newest_backup_time(settings: settings_mod.Settings | None = None) -> datetime | None:
    backups = list_backups(settings)
    return backups[0].created if backups else None


def backup_due(settings: settings_mod.Settings | None = None, now: datetime | None = None) -> bool:
    """For the GUI's daily timer: True when daily backups are on and the newest local backup is a day old."""
    settings = settings or settings_mod.load()
    if not settings.daily_backup:
        return False
    local = [b for b in scan(paths.backups_dir(), "local") if b.reason not in ROTATED_APART]
    if not local:
        return True
    return (now or datetime.now()) - local[0].created >= DAILY_INTERVAL


def unused_name(folder: Path, stamp: str, reason: str) -> Path:
    candidate = folder / f"caseapp-{stamp}-{reason}.db"
    n = 1
    while candidate.exists() or key_path_for(candidate).exists():
        n += 1
        candidate = folder / f"caseapp-{stamp}-{n}-{reason}.db"
    return candidate


def remove_partials(*folders: Path | None) -> list[Path]:
    """Delete what a killed copy left behind (``.x.partial-PID`` and the like) whose process is gone."""
    removed = []
    for folder in folders:
        if folder is None:
            continue
        try:
            names = list(folder.iterdir())
        except OSError:
            continue
        for p in names:
            match = _PARTIAL_NAME.match(p.name)
            if match is None or not p.is_file() or _maybe_in_use(p, int(match.group("pid"))):
                continue
            try:
                p.unlink()
                removed.append(p)
            except OSError:
                pass  # a read-only folder: tried again at the next start
    return removed


def _maybe_in_use(path: Path, pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":  # os.kill(pid, 0) would terminate the process there: go by age instead
        try:
            return datetime.now().timestamp() - path.stat().st_mtime < PARTIAL_MAX_AGE.total_seconds()
        except OSError:
            return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError, OverflowError):
        return True  # someone else's process, or a platform where we cannot tell: leave the file alone
    return True
