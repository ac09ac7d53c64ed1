"""The messages a failed read or write of the case file becomes (a full disk, a read-only or busy folder), shared
by :class:`caseapp.services.vault.Vault` and :class:`caseapp.services.read_vault.ReadVault`."""

from __future__ import annotations

from caseapp.errors import StorageUnavailable


def disk_full_error(*, opening: bool = False) -> StorageUnavailable:
    if opening:  # changes wait in the -wal, and SQLite needs room to read them
        return StorageUnavailable("디스크가 가득 차서 사례 파일을 열 수 없습니다. 공간을 확보한 뒤 다시 여세요. 아무것도 잃지 "
                                  "않았습니다.",
                                  "The disk is full, so the case file cannot be opened. Free some space and open it "
                                  "again. Nothing is lost.")
    return StorageUnavailable("디스크 공간이 부족하여 저장하지 못했습니다(읽기만 할 수 있음). 입력한 내용은 유지됩니다. 공간을 "
                              "확보한 뒤 다시 시도하세요.",
                              "The disk is full; nothing was saved (the case file can only be read). What you typed "
                              "is kept. Free some space and try again.")


FULL, READ_ONLY, BUSY, UNREACHABLE = "full", "read_only", "busy", "unreachable"


def failure_kind(exc: Exception) -> str | None:
    """What kind of storage failure SQLite's error (or SQLAlchemy's wrapping of it) reports, None for another
    error: each caller words its own message (a save, a compaction)."""
    orig = getattr(exc, "orig", None)
    text = str(orig).lower() if orig else str(exc).lower()
    if "full" in text:
        return FULL
    if "readonly" in text or "read-only" in text:
        return READ_ONLY
    if "locked" in text or "busy" in text:
        return BUSY
    if "unable to open" in text or "disk i/o" in text:
        return UNREACHABLE
    return None


def storage_error(exc: Exception) -> Exception:
    kind = failure_kind(exc)
    if kind == FULL:
        return StorageUnavailable("디스크 공간이 부족하여 저장하지 못했습니다. 입력한 내용은 유지됩니다.",
                                  "The disk is full; nothing was saved. What you typed is kept.")
    if kind == READ_ONLY:
        return StorageUnavailable("데이터 폴더가 읽기 전용이라 저장하지 못했습니다. 입력한 내용은 유지됩니다.",
                                  "The data folder is read-only; nothing was saved. What you typed is kept.")
    if kind == BUSY:
        return StorageUnavailable("다른 작업이 사례 파일을 사용 중입니다. 잠시 후 다시 시도하세요.",
                                  "Another task is using the case file. Try again in a moment.")
    if kind == UNREACHABLE:
        return StorageUnavailable("사례 파일에 접근할 수 없습니다(폴더가 없거나 디스크 오류).",
                                  "Cannot reach the case file (missing folder or disk error).")
    return exc
