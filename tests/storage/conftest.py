"""Fixtures of the storage tests (the shared ones live in tests/conftest.py)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Any]:
    """An engine on a new, empty encrypted file (no schema yet), disposed after the test."""
    from caseapp.storage.engine import make_engine
    made = make_engine(tmp_path / "caseapp.db", os.urandom(32))
    yield made
    made.dispose()
