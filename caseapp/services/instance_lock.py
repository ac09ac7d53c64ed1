"""One running caseapp per data folder.

Two processes writing the same case file would each keep their own drafts and auto-lock state, and a restore in one
would pull the file from under the other. The lock is an OS-level lock on ``caseapp.lock`` (``fcntl.flock`` on Unix,
``msvcrt.locking`` on Windows): the operating system releases it when the process dies, so a lock left behind by a
crash or a power cut is simply taken over by the next start. The file also holds the owner's pid (for the message)
and nothing else.
"""

from __future__ import annotations

import errno
import hashlib
import os
from pathlib import Path

from caseapp import paths
from caseapp.errors import AlreadyRunning, StorageUnavailable
from caseapp.storage.file_lock import platform_locker

_PID_OFFSET = 16  # Windows locks byte 0 only; the pid lives past it so a second process can still read it


class InstanceLock:
    """Hold with ``acquire()`` (or ``with InstanceLock():``) for the life of the GUI process."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.instance_lock_file()
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> "InstanceLock":
        """Take the lock or raise :class:`AlreadyRunning` naming the running process."""
        if self._fd is not None:
            return self
        fd = _open_lock_file(self.path)
        if not _try_lock(fd):
            pid = _read_pid(fd)
            os.close(fd)
            raise already_running(pid)
        _write_pid(fd, os.getpid())
        self._fd = fd
        return self

    def release(self) -> None:
        # The file is left in place on purpose: deleting it would let a third process lock a fresh inode while a
        # second one still holds the old one.
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> "InstanceLock":
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


def _open_lock_file(path: Path) -> int:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM) and path.exists():
            try:  # a read-only folder: the lock still works on a read-only descriptor, only the pid is not written
                return os.open(path, os.O_RDONLY)
            except OSError:
                pass
        if exc.errno == errno.EROFS:
            raise StorageUnavailable(f"데이터 폴더가 읽기 전용입니다: {path.parent}",
                                     f"The data folder is read-only: {path.parent}") from exc
        raise StorageUnavailable(f"데이터 폴더에 접근할 수 없습니다: {path.parent}",
                                 f"Cannot reach the data folder: {path.parent}") from exc


def acquire_instance_lock() -> InstanceLock:
    """The GUI's first step after parsing ``--data-dir``: lock this data folder or raise AlreadyRunning."""
    return InstanceLock().acquire()


def running_pid(path: Path | None = None) -> int | None:
    """The pid of the process holding the lock, or None when nobody does (a stale file counts as nobody)."""
    probe = InstanceLock(path)
    try:
        probe.acquire()
    except AlreadyRunning as exc:
        return getattr(exc, "pid", None) or -1
    except StorageUnavailable:
        return None
    probe.release()
    return None


def instance_key(data_dir: Path | None = None) -> str:
    """A short name unique to the data folder, for the "raise the running window" channel (instance_channel)."""
    folder = str((data_dir or paths.data_dir()).resolve())
    return "caseapp-" + hashlib.sha256(folder.encode("utf-8")).hexdigest()[:16]


def already_running(pid: int | None) -> AlreadyRunning:
    who_ko = f" (프로세스 {pid})" if pid else ""
    who_en = f" (process {pid})" if pid else ""
    err = AlreadyRunning(f"caseapp이 이 데이터 폴더로 이미 실행 중입니다{who_ko}. 열려 있는 창을 사용하세요.",
                         f"caseapp is already running with this data folder{who_en}. Use the open window.")
    err.pid = pid  # type: ignore[attr-defined]
    return err


# --- platform locking (storage/file_lock.py holds the Unix and Windows variants) --------------------------------

_LOCKER = platform_locker()
_try_lock = _LOCKER.try_lock
_unlock = _LOCKER.unlock


def _write_pid(fd: int, pid: int) -> None:
    try:
        os.ftruncate(fd, 0)
        os.lseek(fd, _PID_OFFSET, os.SEEK_SET)
        os.write(fd, f"{pid}\n".encode("ascii"))
    except OSError:
        pass  # the pid is only for the message; the lock itself is what matters


def _read_pid(fd: int) -> int | None:
    try:
        os.lseek(fd, _PID_OFFSET, os.SEEK_SET)
        text = os.read(fd, 32).decode("ascii", errors="ignore").strip()
        return int(text) if text.isdigit() else None
    except OSError:
        return None
