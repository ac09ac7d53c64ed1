"""Making backups and restoring them: the top of the backup code.

Names, listing and the partial-file clean-up live in :mod:`caseapp.services.backup_catalogue` (re-exported here
for callers), looking into a copy in :mod:`caseapp.services.backup_inspect`. A backup is an encrypted copy made with
SQLite's online backup API under the same database key, reopened and integrity-checked before it is kept, plus the
matching ``.key`` (a copy of the wrapped key file, so the copy opens with the passphrase that was valid when it was
made). The local set rotates (``Settings.backups_to_keep``); pre-restore and pre-migration backups are kept apart
from the count and only go once a newer kept backup contains their whole audit history. Every backup is mirrored
into ``Settings.backup_folder`` (e.g. a USB stick) when one is set and reachable.

A restore never throws anything away: it first backs up the current file (or, when the current file cannot be read,
sets its raw files aside under ``backups/set-aside/``), then replaces the database and key file as one step through
:mod:`caseapp.services.restore_journal`. The register lines (파기 대장, 제3자 제공 대장), correction requests and
export log lines the backup lacks are written into the staged copy before the journal decides the restore
(:mod:`caseapp.services.restore_carry`). Opening the restored file (as every open does) destroys again the cases
destroyed since, writes the "restore" audit entry and rebuilds the search index.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy.exc
import sqlcipher3

from caseapp import paths
from caseapp import settings as settings_mod
from caseapp.errors import CorruptDatabase, StorageUnavailable, UserError, ValidationError
from caseapp.services import checkpoints, commit_mark, restore_carry, restore_journal
from caseapp.services.backup_catalogue import (  # noqa: F401 (some re-exported: callers look for backups here)
    REASONS, ROTATED_APART, SET_ASIDE, STAMP, BackupInfo, backup_due, key_path_for, list_backups, list_set_aside, mirror_folder,
    newest_backup_time, parse, scan, unused_name,
)
from caseapp.services.backup_inspect import choose_key, contains_history, refuse_newer_schema
from caseapp.storage.atomic import fsync_dir, write_bytes_atomic
from caseapp.storage.keystore import KeyFile
from caseapp.storage.sqlite_backup import copy_database, snapshot_copy, verify_copy

if TYPE_CHECKING:
    from caseapp.services.vault import Vault


@dataclass
class BackupResult:
    info: BackupInfo
    mirrored: Path | None = None
    checkpoints: list[Path] = field(default_factory=list)
    mirror_error: UserError | None = None
    removed: list[Path] = field(default_factory=list)


@dataclass
class RestoreResult:
    vault: "Vault"  # the restored file, open; the vault passed in was closed
    restored_from: Path
    set_aside: Path | None  # the pre-restore backup (or raw copy) of what was there before
    key_from_backup: bool  # True: the backup's key file replaced the current one
    # correction requests / export log lines of cases the backup lacks, per table (restore_carry.Carried)
    left_behind: dict[str, int] = field(default_factory=dict)

    def message(self, lang: str = "ko") -> str:
        text = self._restored(lang)
        requests = self.left_behind.get("correctionrequest", 0)
        exported = self.left_behind.get("exportrecord", 0)
        if requests or exported:
            where = self.set_aside.name if self.set_aside else "-"
            ko = " · ".join(p for p in (f"정정·삭제 요구 {requests}건" if requests else "",
                                         f"출력 기록 {exported}건" if exported else "") if p)
            en = " and ".join(p for p in (f"{requests} correction request(s)" if requests else "",
                                          f"{exported} export log line(s)" if exported else "") if p)
            text += (f" 백업 뒤에 연 사례의 {ko}은(는) 백업에 그 사례가 없어 옮기지 못했습니다. 복원 전 백업({where})에 "
                     f"있습니다." if lang == "ko" else
                     f" {en} of cases opened after the backup could not be carried over (the backup does not hold "
                     f"their case); the pre-restore backup ({where}) has them.")
        return text

    def _restored(self, lang: str) -> str:
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


# --- creating ------------------------------------------------------------------------------------------------------

def _storage_error(exc: BaseException, where: Path) -> StorageUnavailable:
    text = str(exc).lower()
    if "full" in text or getattr(exc, "errno", None) == 28:
        return StorageUnavailable(f"디스크 공간이 부족하여 백업을 만들지 못했습니다: {where}",
                                  f"The disk is full; the backup was not written: {where}")
    return StorageUnavailable(f"백업을 쓸 수 없습니다(폴더가 없거나 읽기 전용): {where}",
                              f"Cannot write the backup (missing or read-only folder): {where}")


# Taken before every sync import: a byte copy under the write lock (sqlite_backup.snapshot_copy) instead of the
# page-by-page copy and integrity_check, which on a big file cost more than the import itself.
SNAPSHOT_REASONS = frozenset({"pre-sync", "pre-hub-sync"})


def _write_pair(vault: "Vault", dest: Path, reason: str = "manual") -> None:
    """Database copy (verified inside copy_database / snapshot_copy) plus the key file, both written atomically."""
    try:
        if not (reason in SNAPSHOT_REASONS and snapshot_copy(vault.db_path, vault.key, dest)):
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
        _write_logged_pair(vault, dest, reason)
        info = parse(dest, "local") or BackupInfo(dest, now or datetime.now(), reason, dest.stat().st_size, "local")
        return BackupResult(info)

    stamp = (now or datetime.now()).strftime(STAMP)
    local_dir = paths.backups_dir()
    try:
        local_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _storage_error(exc, local_dir) from exc
    target = unused_name(local_dir, stamp, reason)
    _write_logged_pair(vault, target, reason)
    info = parse(target, "local")
    assert info is not None
    result = BackupResult(info)
    result.removed += rotate(local_dir, settings.backups_to_keep, target, keep_also, key=vault.key)
    mirror = mirror_folder(settings)
    if mirror is not None and mirror.resolve() != local_dir.resolve():
        try:
            result.mirrored = _mirror(target, mirror, vault.key)
            result.removed += rotate(mirror, settings.backups_to_keep, result.mirrored, keep_also, key=vault.key)
        except UserError as exc:
            result.mirror_error = exc
    targets = [local_dir] + ([mirror] if result.mirrored is not None and mirror is not None else [])
    try:  # the first backup of a month also leaves a signed checkpoint of the audit head (services.checkpoints)
        result.checkpoints = checkpoints.write_due(vault, targets)
    except UserError:
        pass  # no signing identity (a half-set-up file): backups matter more than checkpoints
    return result


def _write_logged_pair(vault: "Vault", dest: Path, reason: str) -> None:
    """The backup's access record first, so the copy holds it (and every record before it); a copy that then
    fails gets a second record saying so."""
    from caseapp.domain.access import AccessKind
    from caseapp.services import access_log
    access_log.record_or_defer(vault, AccessKind.BACKUP, facts={"why": reason})
    try:
        _write_pair(vault, dest, reason)
    except BaseException:
        access_log.record_or_defer(vault, AccessKind.BACKUP, facts={"why": reason, "failed": 1})
        raise


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


def rotate(folder: Path, keep_count: int, *protected: Path | None, key: bytes | None = None) -> list[Path]:
    """Delete all but the newest ``keep_count`` regular backups in ``folder`` (never a ``protected`` one, such as
    the one just written); return the files removed. Pre-restore and pre-migration backups are not counted: one goes
    only when a kept backup newer than it contains its whole audit history (checked with ``key``; without a key, or
    when it does not open with it, it stays). The reasons of ``ROTATED_APART`` (pre-hub-sync) keep their own newest
    few, outside the count. Set-aside raw copies live in a subfolder and are never touched."""
    spared = {p.resolve() for p in protected if p is not None}
    backups = scan(folder, "local")
    regular = [b for b in backups if not b.kept_apart and b.reason not in ROTATED_APART]
    kept = regular[:max(1, keep_count)]
    doomed = regular[max(1, keep_count):]
    for reason, count in ROTATED_APART.items():
        doomed += [b for b in backups if b.reason == reason][count:]
    if key is not None:
        doomed += [b for b in backups if b.kept_apart and _superseded(b, kept, key)]
    removed: list[Path] = []
    for info in doomed:
        if info.path.resolve() in spared:
            continue
        for p in (info.path, info.key_path):
            try:
                p.unlink(missing_ok=True)
                removed.append(p)
            except OSError:
                pass  # a file we cannot delete stays; the next rotation tries again
    return removed


def _superseded(apart: BackupInfo, kept: list[BackupInfo], key: bytes) -> bool:
    return any(b.created > apart.created and contains_history(b.path, apart.path, key) for b in kept)


# --- restoring -----------------------------------------------------------------------------------------------------

def _set_aside_raw(stamp: str) -> Path | None:
    """Copy the current files byte for byte (they could not be opened, so no online backup is possible)."""
    sources = [p for p in (paths.database_file(), _sidecar("-wal"), paths.key_file()) if p.exists()]
    if not sources:
        return None
    root, n = paths.backups_dir() / SET_ASIDE, 1
    folder = root / stamp
    while folder.exists():  # never into an earlier copy (it may be the very one being restored)
        n += 1
        folder = root / f"{stamp}-{n}"
    try:
        folder.mkdir(parents=True)
        for src in sources:
            shutil.copy2(src, folder / src.name)
            with open(folder / src.name, "rb+") as fh:
                os.fsync(fh.fileno())
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
    passphrase the user typed. Works when the current file is damaged or missing (corruption flow), for a backup
    made under another key file (it then needs that backup's passphrase; see :func:`choose_key`) and for a copy a
    restore set aside (``backups/set-aside/<stamp>/caseapp.db``, with its ``-wal``)."""
    from caseapp.services.vault import Vault
    path = Path(path).expanduser()
    key, key_from_backup = choose_key(path, vault=vault, passphrase=passphrase)
    refuse_newer_schema(path, key)
    stamp = (now or datetime.now()).strftime(STAMP)

    if vault is not None:
        set_aside: Path | None = create_backup(vault, "pre-restore", settings=settings, now=now,
                                               keep_also=path).info.path
        from caseapp.services import access_log  # the access records the backup lacks follow into the restored file
        access_log.carry_over_restore(vault, access_log.newest_audit_time(path, key))
        registers = restore_carry.collect(vault)  # and the register lines it lacks, into the staged copy
        actor = vault.actor
        vault.close()
    else:
        set_aside = _set_aside_raw(stamp)
        registers = []  # the current file cannot be read: its lines are in the raw copy set aside
        actor = ""

    note = f"from {path.name}; previous kept as {set_aside.name if set_aside else '-'}"
    if key_from_backup:
        note += "; key file from backup"
    commit_mark.forget()  # the restored file's history is older than the mark: that is a restore, not a loss
    from caseapp.services import sync_restore  # its change log is older too: from now on a new device writes it
    sync_restore.retire_device()
    carried = _swap_in(path, key, key_from_backup, note, registers, actor)
    return RestoreResult(Vault._open_with_key(KeyFile.load(paths.key_file()), key), path, set_aside,
                         key_from_backup, dict(carried.left_behind) if carried else {})


def _swap_in(backup_db: Path, key: bytes, key_from_backup: bool, note: str,
             registers: restore_carry.Lines, actor: str = "") -> restore_carry.Carried | None:
    """Stage, decide and swap (see :mod:`caseapp.services.restore_journal`); the open that follows finishes. The
    register lines the backup lacks go into the staged copy before the journal decides the restore; returns what
    was carried (None: nothing to carry)."""
    carried: restore_carry.Carried | None = None
    try:
        has_wal = Path(str(backup_db) + "-wal").exists()
        staged = restore_journal.staging_path()
        if has_wal or registers:
            restore_journal.discard_staged()
            if has_wal:  # a set-aside copy: fold its journal in, the restored file must be whole on its own
                copy_database(backup_db, key, staged)
            else:
                restore_journal.copy_synced(backup_db, staged)
            carried = restore_carry.write_into(staged, key, registers, actor) if registers else None
            if carried:
                note += f"; {restore_carry.describe(carried)}"
        restore_journal.stage(backup_db, key_path_for(backup_db) if key_from_backup else None, note,
                              database_ready=has_wal or bool(registers))
    except (OSError, sqlcipher3.OperationalError, sqlalchemy.exc.OperationalError) as exc:
        restore_journal.finish_interrupted()  # no journal yet: drop the staging copies, nothing changed
        raise _storage_error(exc, paths.data_dir()) from exc  # (a full disk while the lines were written, too)
    except Exception:
        if not restore_journal.journal_file().exists():
            restore_journal.finish_interrupted()  # not decided: drop the staging copies, nothing changed
        raise
    try:
        restore_journal.swap()
    except OSError as exc:
        raise StorageUnavailable(
            f"복원을 끝내지 못했습니다: {exc.strerror or exc}. 다음에 열 때 이어서 마칩니다.",
            f"The restore could not be finished: {exc.strerror or exc}. It is completed the next time the file "
            f"is opened.") from exc
    return carried

