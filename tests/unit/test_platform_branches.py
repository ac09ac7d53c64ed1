"""The Windows code paths run here too, with the platform modules stood in for: the instance lock's msvcrt branch,
the data folder's location, and the icon set the bundle and the installer use."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs.windows
import pytest

from caseapp import paths
from caseapp.storage import file_lock


class FakeMsvcrt:
    """msvcrt.locking semantics: LK_NBLCK on a byte someone else holds raises OSError at once."""
    LK_NBLCK, LK_UNLCK = 2, 0

    def __init__(self) -> None:
        self.holder: int | None = None
        self.calls: list[tuple[int, int, int, int]] = []

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        self.calls.append((fd, mode, nbytes, os.lseek(fd, 0, os.SEEK_CUR)))
        if mode == self.LK_NBLCK:
            if self.holder not in (None, fd):
                raise OSError(13, "Permission denied")
            self.holder = fd
        elif mode == self.LK_UNLCK:
            if self.holder != fd:
                raise OSError(13, "Permission denied")
            self.holder = None


def test_windows_lock_contends_for_byte_zero_and_is_released(tmp_path: Path) -> None:
    fake = FakeMsvcrt()
    locker = file_lock.msvcrt_locker(fake)  # type: ignore[arg-type]
    path = tmp_path / "caseapp.lock"
    first = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    second = os.open(path, os.O_RDWR)
    try:
        os.lseek(first, 40, os.SEEK_SET)  # wherever the pid was last written: the lock still goes to byte 0
        assert locker.try_lock(first)
        assert not locker.try_lock(second), "a second process must not get the folder while the first holds it"
        locker.unlock(first)
        assert locker.try_lock(second), "after release the next start takes the folder over"
        locker.unlock(second)
        locker.unlock(second)  # unlocking twice (e.g. after a failed release) is harmless
    finally:
        os.close(first)
        os.close(second)
    assert all(position == 0 and nbytes == 1 for _, _, nbytes, position in fake.calls)


def test_unix_lock_refuses_a_second_holder(tmp_path: Path) -> None:
    import fcntl
    locker = file_lock.fcntl_locker(fcntl)
    path = tmp_path / "caseapp.lock"
    first = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    second = os.open(path, os.O_RDWR)
    try:
        assert locker.try_lock(first)
        assert not locker.try_lock(second)
        locker.unlock(first)
        assert locker.try_lock(second)
    finally:
        os.close(first)
        os.close(second)


def test_windows_data_folder_is_localappdata_caseapp(monkeypatch: pytest.MonkeyPatch) -> None:
    local = r"C:\Users\사회복지사\AppData\Local"
    monkeypatch.setenv("LOCALAPPDATA", local)
    monkeypatch.delenv(paths.ENV_DATA_DIR, raising=False)
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", lambda csidl: local)
    monkeypatch.setattr(paths, "user_data_dir",
                        lambda *a, **k: platformdirs.windows.Windows(*a, **k).user_data_dir)
    monkeypatch.setattr(paths, "_override", None)
    # appauthor=False: "%LOCALAPPDATA%\caseapp", not "...\caseapp\caseapp" as platformdirs' default would give.
    assert str(paths.data_dir()).replace("/", "\\") == local + "\\caseapp"


def test_data_dir_override_beats_the_platform_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(paths, "user_data_dir", lambda *a, **k: str(tmp_path / "platform"))
    monkeypatch.setattr(paths, "_override", None)
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(tmp_path / "env"))
    assert paths.data_dir() == (tmp_path / "env").resolve()
    paths.set_data_dir(tmp_path / "flag")
    try:
        assert paths.data_dir() == (tmp_path / "flag").resolve()
    finally:
        paths.set_data_dir(None)


def test_platform_locker_off_windows_is_an_exclusive_lock(tmp_path: Path) -> None:
    locker = file_lock.platform_locker("linux")
    path = tmp_path / "caseapp.lock"
    first = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    second = os.open(path, os.O_RDWR)
    try:
        assert locker.try_lock(first)
        assert not locker.try_lock(second)
    finally:
        os.close(first)
        os.close(second)


def test_icon_set_covers_desktop_sizes_and_windows() -> None:
    from PIL import Image
    icons = paths.resources_dir() / "icons"
    assert (icons / "caseapp.svg").exists()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(icons / f"caseapp-{size}.png") as im:
            assert im.size == (size, size)
    with Image.open(icons / "caseapp.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
