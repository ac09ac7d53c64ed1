"""Advisory whole-process file locks, one implementation per operating system.

Unix uses ``fcntl.flock``; Windows ``msvcrt.locking`` on byte 0. Both are released by the operating system when the
process dies. The platform module is passed in, so the Windows branch runs (with a stand-in module) in the Linux
test suite too.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from types import ModuleType
from typing import Callable


@dataclass(frozen=True)
class Locker:
    try_lock: Callable[[int], bool]  # True when this process now holds the lock on the open file descriptor
    unlock: Callable[[int], None]


def fcntl_locker(fcntl: ModuleType) -> Locker:
    def try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

    return Locker(try_lock, unlock)


def msvcrt_locker(msvcrt: ModuleType) -> Locker:
    # msvcrt.locking locks from the current position: always byte 0, so every process contends for the same byte.
    def try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass

    return Locker(try_lock, unlock)


def platform_locker(platform: str = sys.platform) -> Locker:
    if platform == "win32":
        import msvcrt  # pragma: no cover - only importable on Windows
        return msvcrt_locker(msvcrt)  # pragma: no cover
    import fcntl
    return fcntl_locker(fcntl)
