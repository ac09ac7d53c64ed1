"""Compacting the case file on request (``caseapp compact``): ``VACUUM`` rewrites it without free pages and with
every page packed, then a truncating checkpoint folds the rewrite out of the ``-wal``.

When: only when asked. A file is vacuumed after a migration that freed much of it and after a destruction; a file
that only grows is never rewritten by itself, because the rewrite of the 10,000-case file (1,346 MB -> 1,275 MB)
took 17 s of CPU and minutes of disk, holding the write lock throughout, and needs as much free disk as the file
and as much memory (the temporary copy stays in memory, ``temp_store = MEMORY``: never on disk; peak RSS 1.4 GB).
``caseapp check`` says when it is worth it (:func:`worth_compacting`, as information); the command needs the window
closed (it writes, so it holds the data folder's lock).

Safe under kill -9: ``VACUUM`` is one transaction; killed before its commit, the ``-wal`` frames it wrote are
ignored and the file is as it was; killed after, the next open reads the compacted file from the ``-wal`` and a
checkpoint writes it into the file. A full disk: the free space is checked first (:func:`space_needed`; the
available memory too, where the system tells it) and a shortage is a clear :class:`StorageUnavailable` with nothing
changed; a disk that fills up anyway makes SQLite roll the transaction back (the same error, the file unchanged).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from typing import TYPE_CHECKING

from caseapp.errors import StorageUnavailable
from caseapp.services.storage_errors import BUSY, FULL, READ_ONLY, failure_kind

if TYPE_CHECKING:
    from caseapp.services.vault import Vault

WORTH_SHARE = 0.10  # free pages this share of the file or more: ``check`` suggests compacting
WORTH_BYTES = 16 * 1024 * 1024  # ... and at least this much (a small file is not worth a message)
MARGIN_BYTES = 32 * 1024 * 1024  # beyond the rewrite itself: the -shm, the checkpoint, the OS


@dataclass(frozen=True)
class FileShape:
    page_size: int
    pages: int
    free_pages: int

    @property
    def size(self) -> int:
        return self.pages * self.page_size

    @property
    def free_bytes(self) -> int:
        return self.free_pages * self.page_size


@dataclass(frozen=True)
class Compacted:
    before: int  # bytes of the file before
    after: int  # bytes after
    folded: bool  # the rewrite is in the file itself; False: a reader kept it in the -wal (the next checkpoint)


def shape(vault: "Vault") -> FileShape:
    with vault.engine.connect() as conn:
        page_size = int(conn.exec_driver_sql("PRAGMA page_size").scalar_one())
        pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar_one())
        free = int(conn.exec_driver_sql("PRAGMA freelist_count").scalar_one())
    return FileShape(page_size, pages, free)


def worth_compacting(found: FileShape) -> bool:
    return found.free_bytes >= WORTH_BYTES and found.free_pages >= found.pages * WORTH_SHARE


def space_needed(found: FileShape) -> int:
    """Free disk the rewrite needs in the data folder: the ``-wal`` holds the whole new copy (every page in use)
    until the checkpoint has written it into the file."""
    return (found.pages - found.free_pages) * found.page_size + MARGIN_BYTES


def memory_available() -> int | None:
    """Bytes of memory the system can give without swapping (Linux: ``MemAvailable``), None where unknown. VACUUM
    keeps its temporary copy in memory (``temp_store = MEMORY``), as large as the file's used pages."""
    try:
        with open("/proc/meminfo", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def compact(vault: "Vault") -> Compacted:
    """Rewrite the file packed; raise StorageUnavailable (nothing changed) when the disk lacks the room, the folder
    is read-only, or another program holds the file."""
    import sqlalchemy.exc
    import sqlcipher3

    from caseapp.services import destruction
    if vault.read_only:
        raise StorageUnavailable("사례 파일을 읽기 전용으로 열어 정리(압축)할 수 없습니다. 아무것도 바꾸지 않았습니다.",
                                 "The case file is open read-only, so it cannot be compacted. Nothing was changed.")
    found = shape(vault)
    free = shutil.disk_usage(vault.data_dir).free
    needed = space_needed(found)
    if free < needed:
        raise _no_room(needed, free)
    memory = memory_available()
    if memory is not None and memory < needed:
        raise _no_memory(needed, memory)
    before = vault.db_path.stat().st_size
    try:
        folded = destruction.compact(vault)  # VACUUM, then the truncating checkpoint
    except (sqlalchemy.exc.OperationalError, sqlcipher3.OperationalError) as exc:
        raise _refused(exc) from exc
    return Compacted(before, vault.db_path.stat().st_size, folded)


def _no_room(needed: int, free: int) -> StorageUnavailable:
    mb = -(-needed // 1_000_000)
    have = free // 1_000_000
    return StorageUnavailable(
        f"사례 파일을 정리(압축)하려면 데이터 폴더의 디스크에 여유 공간이 {mb} MB 필요합니다(지금 {have} MB). 공간을 "
        f"확보한 뒤 다시 실행하세요. 아무것도 바꾸지 않았습니다.",
        f"Compacting the case file needs {mb} MB free on the data folder's disk ({have} MB now). Free some space and "
        f"run it again. Nothing was changed.")


def _no_memory(needed: int, available: int) -> StorageUnavailable:
    mb, have = -(-needed // 1_000_000), available // 1_000_000
    return StorageUnavailable(
        f"사례 파일을 정리(압축)하려면 사용 가능한 메모리가 {mb} MB 필요합니다(지금 {have} MB). 다른 프로그램을 닫은 뒤 다시 "
        f"실행하세요. 아무것도 바꾸지 않았습니다.",
        f"Compacting the case file needs {mb} MB of available memory ({have} MB now). Close other programs and run "
        f"it again. Nothing was changed.")


def _refused(exc: Exception) -> StorageUnavailable:
    kind = failure_kind(exc)
    if kind == FULL:
        return StorageUnavailable("정리(압축) 중에 디스크가 가득 찼습니다. 사례 파일은 그대로입니다. 공간을 확보한 뒤 다시 "
                                  "실행하세요.",
                                  "The disk filled up while compacting; the case file is as it was. Free some space "
                                  "and run it again.")
    if kind == READ_ONLY:
        return StorageUnavailable("데이터 폴더가 읽기 전용이라 정리(압축)할 수 없습니다. 아무것도 바꾸지 않았습니다.",
                                  "The data folder is read-only, so the file cannot be compacted. Nothing was "
                                  "changed.")
    if kind == BUSY:
        return StorageUnavailable("다른 작업이 사례 파일을 사용 중이라 정리(압축)하지 못했습니다. 창을 닫은 뒤 다시 "
                                  "실행하세요.",
                                  "Another task is using the case file, so it was not compacted. Close the window "
                                  "and run it again.")
    return StorageUnavailable("사례 파일을 정리(압축)하지 못했습니다(디스크 오류). 아무것도 바꾸지 않았습니다.",
                              "The case file could not be compacted (disk error). Nothing was changed.")
