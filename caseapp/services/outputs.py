"""Files the user asks for (``-o``, the GUI's save dialogs): never onto caseapp's own files, always written whole.

:func:`guard` refuses a target that resolves (symlinks followed) into the data folder, onto a backup (local or in
the user's backup folder, and a backup's ``.key``), or onto the same file as one of them through a hard link: a
mistyped ``-o caseapp.key`` must not destroy the only key. :func:`stage` writes beside the target and
:meth:`Staged.publish` renames over it, so an existing file is never truncated in place and a full disk leaves the
old file or the new one, never half of one. Between the two a caller can commit the record of what it wrote.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from caseapp import paths
from caseapp.errors import UserError
# the catalogue, not services.backup: the CLI checks -o before it starts the key derivation, without the data layer
from caseapp.services.backup_catalogue import checkpoint_files, key_path_for, list_backups
from caseapp.storage.atomic import fsync_dir

class OutputRefused(UserError):
    """The target is one of caseapp's own files; nothing was written."""


class OutputFailed(UserError):
    """The target could not be written (missing folder, disk full, read-only); nothing was written."""


_REASONS = {
    errno.ENOSPC: ("디스크 공간이 부족합니다", "the disk is full"),
    errno.EROFS: ("읽기 전용 위치입니다", "the place is read-only"),
    errno.EACCES: ("쓰기 권한이 없습니다", "permission denied"),
    errno.EPERM: ("쓰기 권한이 없습니다", "permission denied"),
    errno.ENOENT: ("폴더가 없습니다", "the folder does not exist"),
    errno.ENOTDIR: ("경로 중간에 폴더가 아닌 파일이 있습니다", "part of the path is not a folder"),
}


def failed(path: Path, exc: OSError) -> OutputFailed:
    ko, en = _REASONS.get(exc.errno or 0, (exc.strerror or "입출력 오류", exc.strerror or "I/O error"))
    return OutputFailed(f"파일을 저장하지 못했습니다: {path} ({ko}). 아무것도 쓰지 않았습니다.",
                        f"Could not save the file: {path} ({en}). Nothing was written.")


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _in_own_folder(resolved: Path) -> bool:
    """Inside the data folder, except its scratch space (``paths.temp_dir()``), where caseapp itself puts files it
    hands on at once (a record written for the print preview)."""
    if _inside(resolved, paths.temp_dir().resolve()) and resolved != paths.temp_dir().resolve():
        return False
    return _inside(resolved, paths.data_dir().resolve())


def _protected_files() -> Iterator[Path]:
    """Every file of the data folder, then every backup and its key file wherever it lives."""
    data = paths.data_dir()
    if data.is_dir():
        yield from (p for p in data.rglob("*") if p.is_file())
    for info in list_backups():
        yield info.path
        yield info.key_path
    yield from checkpoint_files()  # the audit checkpoints beside the backups (in the user's backup folder too)


def _refused(target: Path, resolved: Path) -> OutputRefused:
    shown = str(target) if target.absolute() == resolved else f"{target} (→ {resolved})"
    return OutputRefused(
        f"이 위치에는 저장할 수 없습니다: {shown} — caseapp 자신의 파일(사례 파일, 키 파일, 백업이 있는 데이터 폴더)이나 "
        f"백업을 덮어쓰게 됩니다. 다른 폴더를 지정하세요.",
        f"Refusing to write {shown}: it is one of caseapp's own files (the data folder with the case file, key "
        f"file and backups) or a backup. Choose another place.")


def _resolve(target: Path) -> Path:
    try:
        return target.resolve()
    except (OSError, RuntimeError):  # a symlink loop
        raise OutputFailed(f"경로를 따라갈 수 없습니다(링크가 순환합니다): {target}",
                           f"Cannot follow the path (a symlink loop): {target}") from None


def guard_folder(folder: str | os.PathLike[str]) -> Path:
    """A folder that many outputs go into (``export --all``): not the data folder nor anything inside it."""
    target = Path(folder).expanduser()
    resolved = _resolve(target)
    if _inside(resolved, paths.data_dir().resolve()):
        raise _refused(target, resolved)
    return target


def guard(path: str | os.PathLike[str]) -> Path:
    """The target as given, once it is known not to be caseapp's own file; else :class:`OutputRefused`."""
    target = Path(path).expanduser()
    resolved = _resolve(target)
    same_inode = _inode(resolved)
    if _in_own_folder(resolved) or any(
            own.resolve() == resolved or (same_inode is not None and _inode(own) == same_inode)
            for own in _protected_files()):
        raise _refused(target, resolved)
    if target.is_dir():
        raise OutputFailed(f"파일 이름을 지정하세요(폴더가 아님): {target}", f"Give a file name, not a folder: {target}")
    return target


def guard_pair(db_path: str | os.PathLike[str]) -> Path:
    """``backup -o FILE`` writes ``FILE`` and its key file beside it: both must be free to write."""
    target = guard(db_path)
    guard(key_path_for(target))
    return target


def _inode(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_dev, st.st_ino


@dataclass
class Staged:
    """Bytes written and synced beside their target, not yet visible under the target's name."""

    target: Path
    temp: Path

    def publish(self) -> Path:
        try:
            os.replace(self.temp, self.target)
        except OSError as exc:
            self.discard()
            raise failed(self.target, exc) from None
        fsync_dir(self.target.parent)
        return self.target

    def discard(self) -> None:
        self.temp.unlink(missing_ok=True)


def stage(path: str | os.PathLike[str], data: bytes) -> Staged:
    """Guard ``path``, then write ``data`` to an owner-only temp file in the same folder (same file system, so the
    rename in :meth:`Staged.publish` is atomic)."""
    target = guard(path)
    temp: Path | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        # mkstemp creates the file owner-only (0600): a printout of a case is client data, like the case file.
        fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
        temp = Path(name)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        if temp is not None:
            temp.unlink(missing_ok=True)
        raise failed(target, exc) from None
    return Staged(target, temp)


def write(path: str | os.PathLike[str], data: bytes) -> Path:
    """Guard, write beside, rename over: for outputs with nothing to log."""
    return stage(path, data).publish()
