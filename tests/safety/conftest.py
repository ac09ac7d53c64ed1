"""Fixtures of the safety tests (the shared ones live in tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

PASSPHRASE = "테스트 암호 correct-horse"


@pytest.fixture
def settings_with_mirror(data_dir: Path, tmp_path: Path) -> Iterator[object]:
    """Settings whose backup folder (a "USB stick") exists, saved so every service sees them."""
    from caseapp import settings
    mirror = tmp_path / "usb"
    mirror.mkdir()
    s = settings.Settings(backup_folder=str(mirror), backups_to_keep=3)
    settings.save(s)
    yield s
