"""Fixtures of the safety tests (the shared ones live in tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

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


@pytest.fixture
def full_opens(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the opens that went on as the full open (Vault.open_unlocked) after the unlock: a command that only
    reads opens without the ORM on a clean file (services/read_vault.py)."""
    from caseapp.services.vault import Vault
    calls: list[int] = []
    original = Vault.open_unlocked

    def spy(keyfile: Any, key: bytes, **kwargs: Any) -> Any:
        calls.append(1)
        return original(keyfile, key, **kwargs)
    monkeypatch.setattr(Vault, "open_unlocked", staticmethod(spy))
    return calls
