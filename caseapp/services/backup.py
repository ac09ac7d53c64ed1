"""Backups and restore.

A backup is two files side by side: ``caseapp-YYYYMMDD-HHMMSS-<reason>.db`` (an encrypted copy made with SQLite's
online backup API under the same database key, reopened and integrity-checked before it is kept) and the matching
``.key`` (a copy of the wrapped key file, so the copy opens with the passphrase that was valid when it was made). The
local set lives in ``paths.backups_dir()`` and rotates (``Settings.backups_to_keep``); every backup is mirrored into
``Settings.backup_folder`` (e.g. a USB stick) when one is set and reachable. The copies made by :class:`Vault` before
a migration (``pre-migration-*.db``) are part of the same listing.

A restore never throws anything away: it first backs up the current file (or, when the current file cannot be read,
sets its raw files aside under ``backups/set-aside/``), then replaces the database and key file atomically, removes
stale ``-wal``/``-shm`` files, re-applies destructions (파기) recorded since, writes a "restore" audit entry and
rebuilds the search index.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from caseapp import paths
from caseapp import settings as settings_mod
from caseapp.errors import CorruptDatabase, StorageUnavailable, UserError, ValidationError, WrongPassphrase
from caseapp.storage.atomic import fsync_dir, write_bytes_atomic
from caseapp.storage.keystore import KeyFile
from caseapp.storage.sqlite_backup import copy_database, verify_copy

if TYPE_CHECKING:
    from caseapp.services.vault import Vault

REASONS = ("manual", "on-close", "daily", "pre-migration", "pre-restore")
REASON_LABELS = {
    "manual": ("수동", "manual"),
    "on-close": ("종료 시", "on close"),
    "daily": ("매일", "daily"),
    "pre-migration": ("업데이트 전", "before update"),
    "pre-restore": ("복원 전", "before restore"),
}
SET_ASIDE = "set-aside"  # raw copies of files that could not be read; never rotated, never listed as backups
DAILY_INTERVAL = timedelta(hours=24)
STAMP = "%Y%m%d-%H%M%S"

_OWN_NAME = re.compile(r"^caseapp-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z-]+)\.db$")
_MIGRATION_NAME = re.compile(r"^pre-migration-.*-(?P<stamp>\d{8}-\d{6})\.db$")


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

    def reason_label(self, lang: str = "ko") -> str:
        ko, en = REASON_LABELS.get(self.reason, (self.reason, self.reason))
        return ko if lang == "ko" else en

    def to_json(self) -> dict[str, object]:
        return {"path": str(self.path), "created": self.created.isoformat(timespec="seconds"),
                "reason": self.reason, "size": self.size, "location": self.location,
                "key_file": self.has_key_file}


@dataclass
class BackupResult:
    info: BackupInfo
    mirrored: Path | None = None
    mirror_error: UserError | None = None
    removed: list[Path] = field(default_factory=list)


@dataclass
class RestoreResult:
    vault: "Vault"  # the restored file, open; the vault passed in was closed
    restored_from: Path
    set_aside: Path | None  # the pre-restore backup (or raw copy) of what was there before
    key_from_backup: bool  # True: the backup's key file replaced the current one

    def message(self, lang: str = "ko") -> str:
        where = str(self.set_aside) if self.set_aside else "-"
        if self.key_from_backup:
            ko = (f"백업에서 복원했습니다. 이 파일은 백업을 만들 당시의 암호와 복구 키로 열립니다. "
                  f"복원 전 파일은 여기에 보관했습니다: {where}")
            en = (f"Restored from the backup. From now on the file opens with the passphrase and recovery key that "
                  f"were valid when the backup was made. The previous file was kept here: {where}")
        else:
            ko = f"백업에서 복원했습니다. 암호와 복구 키는 그대로입니다. 복원 전 파일은 여기에 보관했습니다: {where}"
            en = (f"Restored from the backup. Passphrase and recovery key are unchanged. "
                  f"The previous file was kept here: {where}")
        return ko if lang == "ko" else en


def key_path_for(db_path: Path) -> Path:
    """The key file that travels with a backup: ``x.db`` -> ``x.key``, any other name -> ``name.key``."""
    return db_path.with_suffix(".key") if db_path.suffix == ".db" else db_path.with_name(db_path.name + ".key")


# --- listing -------------------------------------------------------------------------------------------------------

def _parse(path: Path, location: str) -> BackupInfo | None:
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


def _scan(folder: Path, location: str) -> list[BackupInfo]:
    try:
        names = list(folder.iterdir())
    except OSError:
        return []
    found = [info for p in names if p.is_file() and (info := _parse(p, location)) is not None]
    return sorted(found, key=lambda b: b.created, reverse=True)


def mirror_folder(settings: settings_mod.Settings | None = None) -> Path | None:
    folder = (settings or settings_mod.load()).backup_folder.strip()
    return Path(folder).expanduser() if folder else None


def list_backups(settings: settings_mod.Settings | None = None, *, include_mirror: bool = True) -> list[BackupInfo]:
    """Every backup, newest first: the local set, then (same order) the copies in the user's backup folder."""
    found = _scan(paths.backups_dir(), "local")
    mirror = mirror_folder(settings) if include_mirror else None
    if mirror is not None and mirror.resolve() != paths.backups_dir().resolve():
        found += _scan(mirror, "mirror")
    return sorted(found, key=lambda b: (b.created, b.location == "local"), reverse=True)


def newest_backup_time(settings: settings_mod.Settings | None = None) -> datetime | None:
    backups = list_backups(settings)
    return backups[0].created if backups else None


def backup_due(settings: settings_mod.Settings | None = None, now: datetime | None = None) -> bool:
    """For the GUI's daily timer: True when daily backups are on and the newest local backup is a day old."""
    settings = settings or settings_mod.load()
    if not settings.daily_backup:
        return False
    local = _scan(paths.backups_dir(), "local")
    if not local:
        return True
    return (now or datetime.now()) - local[0].created >= DAILY_INTERVAL


# --- creating ------------------------------------------------------------------------------------------------------

def _unused_name(folder: Path, stamp: str, reason: str) -> Path:
    candidate = folder / f"caseapp-{stamp}-{reason}.db"
    n = 1
    while candidate.exists() or key_path_for(candidate).exists():
        n += 1
        candidate = folder / f"caseapp-{stamp}-{n}-{reason}.db"
    return candidate


def _storage_error(exc: BaseException, where: Path) -> StorageUnavailable:
    text = str(exc).lower()
    if "full" in text or getattr(exc, "errno", None) == 28:
        return StorageUnavailable(f"디스크 공간이 부족하여 백업을 만들지 못했습니다: {where}",
                                  f"The disk is full; the backup was not written: {where}")
    return StorageUnavailable(f"백업을 쓸 수 없습니다(폴더가 없거나 읽기 전용): {where}",
                              f"Cannot write the backup (missing or read-only folder): {where}")


def _write_pair(vault: "Vault", dest: Path) -> None:
    """Database copy (verified inside copy_database) plus the key file, both written atomically."""
    try:
        copy_database(vault.db_path, vault.key, dest)
        write_bytes_atomic(key_path_for(dest), vault.keyfile.path.read_bytes())
    except (OSError, sqlcipher3.OperationalError) as exc:
        for leftover in dest.parent.glob(f".{dest.name}.partial-*"):
            leftover.unlink(missing_ok=True)
        raise _storage_error(exc, dest.parent) from exc
    except sqlcipher3.DatabaseError as exc:
        raise CorruptDatabase("사례 파일이 손상되어 백업할 수 없습니다. 'caseapp check'로 확인하세요.",
                              "The case file is damaged and cannot be backed up. Run 'caseapp check'.") from exc


def create_backup(vault: "Vault", reason: str = "manual", dest: Path | None = None,
                  settings: settings_mod.Settings | None = None, now: datetime | None = None,
                  keep_also: Path | None = None) -> BackupResult:
    """Write one backup. With ``dest`` (``caseapp backup -o FILE``) only that file (+ its ``.key``) is written;
    otherwise into the rotating local set, then mirrored to the user's backup folder when reachable.

    A failing mirror (USB stick unplugged) does not fail the backup: it is reported in ``mirror_error``.
    ``keep_also`` is spared by this rotation (the backup a restore is about to bring back)."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    settings = settings or settings_mod.load()
    if dest is not None:
        dest = Path(dest).expanduser()
        if dest.exists() and dest.is_dir():
            raise ValidationError(f"파일 이름을 지정하세요(폴더가 아님): {dest}",
                                  f"Give a file name, not a folder: {dest}")
        if not dest.parent.is_dir():
            raise StorageUnavailable(f"폴더가 없습니다: {dest.parent}", f"No such folder: {dest.parent}")
        _write_pair(vault, dest)
        info = _parse(dest, "local") or BackupInfo(dest, now or datetime.now(), reason, dest.stat().st_size, "local")
        return BackupResult(info)

    stamp = (now or datetime.now()).strftime(STAMP)
    local_dir = paths.backups_dir()
    try:
        local_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _storage_error(exc, local_dir) from exc
    target = _unused_name(local_dir, stamp, reason)
    _write_pair(vault, target)
    info = _parse(target, "local")
    assert info is not None
    result = BackupResult(info)
    result.removed += rotate(local_dir, settings.backups_to_keep, target, keep_also)
    mirror = mirror_folder(settings)
    if mirror is not None and mirror.resolve() != local_dir.resolve():
        try:
            result.mirrored = _mirror(target, mirror, vault.key)
            result.removed += rotate(mirror, settings.backups_to_keep, result.mirrored, keep_also)
        except UserError as exc:
            result.mirror_error = exc
    return result


def backup_on_close(vault: "Vault", settings: settings_mod.Settings | None = None) -> BackupResult | None:
    """The GUI's close hook: one "on-close" backup when Settings.backup_on_close is on (else None)."""
    settings = settings or settings_mod.load()
    if not settings.backup_on_close:
        return None
    return create_backup(vault, "on-close", settings=settings)


def daily_backup_if_due(vault: "Vault", settings: settings_mod.Settings | None = None,
                        now: datetime | None = None) -> BackupResult | None:
    """The GUI's daily timer (e.g. every 30 minutes): a "daily" backup when :func:`backup_due`, else None."""
    settings = settings or settings_mod.load()
    if not backup_due(settings, now):
        return None
    return create_backup(vault, "daily", settings=settings, now=now)


def _mirror(source: Path, folder: Path, key: bytes) -> Path:
    if not folder.is_dir():
        raise StorageUnavailable(
            f"백업 폴더에 연결할 수 없습니다(USB가 빠졌나요?): {folder}. 이 컴퓨터의 백업은 만들었습니다.",
            f"The backup folder is not reachable (USB stick unplugged?): {folder}. The local backup was made.")
    target = folder / source.name
    tmp = folder / f".{source.name}.partial-{os.getpid()}"
    try:
        shutil.copyfile(source, tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        verify_copy(tmp, key)  # a flaky stick must not hold a backup nobody checked
        os.replace(tmp, target)
        write_bytes_atomic(key_path_for(target), key_path_for(source).read_bytes())
        fsync_dir(folder)
    except (OSError, sqlcipher3.DatabaseError) as exc:
        tmp.unlink(missing_ok=True)
        raise _storage_error(exc, folder) from exc
    return target


def rotate(folder: Path, keep_count: int, *protected: Path | None) -> list[Path]:
    """Delete all but the newest ``keep_count`` backups in ``folder`` (never a ``protected`` one, such as the one
    just written); return the files removed. Set-aside raw copies live in a subfolder and are never touched."""
    spared = {p.resolve() for p in protected if p is not None}
    backups = _scan(folder, "local")
    removed: list[Path] = []
    for info in backups[max(1, keep_count):]:
        if info.path.resolve() in spared:
            continue
        for p in (info.path, info.key_path):
            try:
                p.unlink(missing_ok=True)
                removed.append(p)
            except OSError:
                pass  # a file we cannot delete stays; the next rotation tries again
    return removed


# --- restoring -----------------------------------------------------------------------------------------------------

def _opens_with(path: Path, key: bytes) -> bool:
    from caseapp.services.integrity import inspect_copy
    try:
        inspect_copy(path, key)
    except (UserError, sqlcipher3.DatabaseError):
        return False
    return True


def _unwrap(keyfile_path: Path, passphrase: str | None) -> bytes | None:
    if passphrase is None or not keyfile_path.exists():
        return None
    try:
        return KeyFile.load(keyfile_path).unwrap_with_passphrase(passphrase)
    except (WrongPassphrase, CorruptDatabase):
        return None


def choose_key(backup_db: Path, *, vault: "Vault | None" = None,
               passphrase: str | None = None) -> tuple[bytes, bool]:
    """The database key that opens ``backup_db`` and whether the backup's own key file must come along.

    Tried in order: the open vault's key, the current key file with ``passphrase`` (both keep today's passphrase
    and recovery key), then the backup's key file with ``passphrase``."""
    if not backup_db.is_file():
        raise ValidationError(f"백업 파일이 없습니다: {backup_db}", f"No such backup file: {backup_db}")
    tried_current = False
    for key in (vault.key if vault is not None else None, _unwrap(paths.key_file(), passphrase)):
        if key is not None:
            tried_current = True
            if _opens_with(backup_db, key):
                return key, False
    backup_key = key_path_for(backup_db)
    damaged = CorruptDatabase(f"백업 파일이 손상되었습니다: {backup_db.name}. 다른 백업을 고르세요. 파일은 변경되지 않았습니다.",
                              f"The backup is damaged: {backup_db.name}. Choose another backup. Nothing was changed.")
    key = _unwrap(backup_key, passphrase)
    if key is not None:
        if _opens_with(backup_db, key):
            return key, True
        raise damaged
    if tried_current and _same_key_file(backup_key, vault):
        raise damaged  # same database key as the current file, which did not open it: the copy itself is broken
    if not backup_key.exists():
        if tried_current:
            raise CorruptDatabase(
                f"백업을 열 수 없습니다: {backup_db.name}(손상되었거나 다른 키로 만든 백업인데 키 파일 {backup_key.name}이 "
                f"옆에 없습니다).",
                f"Cannot open the backup {backup_db.name}: it is damaged, or it was made with another key and its key "
                f"file {backup_key.name} is not next to it.")
        raise ValidationError(f"백업의 키 파일이 없습니다: {backup_key}", f"The backup's key file is missing: {backup_key}")
    raise WrongPassphrase(
        "이 백업은 다른 암호(다른 키 파일)로 만들어졌습니다. 백업을 만들 당시의 암호를 입력하세요. "
        "복원 후에는 그 암호로 열립니다. 파일은 변경되지 않았습니다.",
        "This backup was made with a different passphrase (another key file). Enter the passphrase that was valid "
        "when the backup was made; after the restore the file opens with that passphrase. Nothing was changed.")


def _same_key_file(backup_key: Path, vault: "Vault | None") -> bool:
    """Both key files wrap the same database key (the id survives passphrase changes)."""
    try:
        theirs = KeyFile.load(backup_key).file_id
        ours = vault.keyfile.file_id if vault is not None else KeyFile.load(paths.key_file()).file_id
    except (OSError, CorruptDatabase):
        return False
    return bool(theirs) and theirs == ours


def _set_aside_raw(stamp: str) -> Path | None:
    """Copy the current files byte for byte (they could not be opened, so no online backup is possible)."""
    sources = [p for p in (paths.database_file(), _sidecar("-wal"), paths.key_file()) if p.exists()]
    if not sources:
        return None
    folder = paths.backups_dir() / SET_ASIDE / stamp
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for src in sources:
            shutil.copy2(src, folder / src.name)
        fsync_dir(folder)
    except OSError as exc:
        raise _storage_error(exc, folder) from exc
    return folder


def _sidecar(suffix: str) -> Path:
    return Path(str(paths.database_file()) + suffix)


def restore_backup(path: Path, *, vault: "Vault | None" = None, passphrase: str | None = None,
                   settings: settings_mod.Settings | None = None, now: datetime | None = None) -> RestoreResult:
    """Replace the case file with the backup at ``path``.

    Give the open ``vault`` when there is one (it is closed here: use ``result.vault`` afterwards) and/or the
    passphrase the user typed. Works when the current file is damaged or missing (corruption flow) and for a backup
    made under another key file (it then needs that backup's passphrase; see :func:`choose_key`)."""
    path = Path(path).expanduser()
    key, key_from_backup = choose_key(path, vault=vault, passphrase=passphrase)
    _refuse_newer_schema(path, key)
    stamp = (now or datetime.now()).strftime(STAMP)
    destroyed = _destroyed_ids_to_keep()

    if vault is not None:
        set_aside: Path | None = create_backup(vault, "pre-restore", settings=settings, now=now,
                                               keep_also=path).info.path
        vault.close()
    else:
        set_aside = _set_aside_raw(stamp)

    from caseapp.services import commit_mark; commit_mark.forget()  # noqa: E702 (an older trail is no loss here)
    _replace_files(path, key_from_backup)

    from caseapp.services import audit
    from caseapp.services.vault import Vault
    restored = Vault._open_with_key(KeyFile.load(paths.key_file()), key)
    try:
        from caseapp.services import retention
        reapplied = retention.reapply_destructions(restored, destroyed)
        detail = f"from {path.name}; previous kept as {set_aside.name if set_aside else '-'}"
        if key_from_backup:
            detail += "; key file from backup"
        if reapplied:
            detail += f"; destruction re-applied to {reapplied} case(s)"
        audit.record_standalone(restored, "restore", "caseapp", "", detail=detail)
        _reindex(restored)
    except BaseException:
        restored.close()
        raise
    return RestoreResult(restored, path, set_aside, key_from_backup)


def _refuse_newer_schema(backup_db: Path, key: bytes) -> None:
    """A backup written by a newer caseapp would replace the file with one this version cannot open: refuse first."""
    from caseapp.services.integrity import inspect_copy
    from caseapp.storage import migrate
    migrate.ensure_known(inspect_copy(backup_db, key))


def _destroyed_ids_to_keep() -> list[str]:
    from caseapp.services import retention
    return retention.destroyed_registry()


def _replace_files(backup_db: Path, key_from_backup: bool) -> None:
    db = paths.database_file()
    tmp_db = db.with_name(f".{db.name}.restore-{os.getpid()}")
    try:
        shutil.copyfile(backup_db, tmp_db)
        with open(tmp_db, "rb+") as fh:
            os.fsync(fh.fileno())
        key_bytes = key_path_for(backup_db).read_bytes() if key_from_backup else None
        # Stale -wal/-shm belong to the old file; applied to the restored one they would corrupt it.
        for suffix in ("-wal", "-shm", "-journal"):
            _sidecar(suffix).unlink(missing_ok=True)
        os.replace(tmp_db, db)
        if key_bytes is not None:
            write_bytes_atomic(paths.key_file(), key_bytes)
        fsync_dir(db.parent)
    except OSError as exc:
        tmp_db.unlink(missing_ok=True)
        raise _storage_error(exc, db.parent) from exc


def _reindex(vault: "Vault") -> None:
    try:
        from caseapp.services import search
    except ImportError:
        return
    reindex_all = getattr(search, "reindex_all", None)
    if callable(reindex_all):
        reindex_all(vault)
