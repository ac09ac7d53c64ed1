"""Case files with known counts (stats_builders), built once for the statistics tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

PASSPHRASE = "테스트 암호 correct-horse"  # same as the root conftest (not importable: both files are "conftest")


@dataclass
class KnownFile:
    vault: Any
    known: Any
    data_dir: Path
    folder: Path


@contextmanager
def _case_file(folder: Path, fill: Callable[[Any], None] | None = None) -> Iterator[KnownFile]:
    """A new case file in ``folder``: ``fill`` first (if given), then the known cases; closed afterwards."""
    from caseapp import paths
    from caseapp.services.setup import initialise
    from stats_builders import build_known

    paths.set_data_dir(folder / "data")
    try:
        vault, _ = initialise(PASSPHRASE, "김사회", "행복종합사회복지관")
        if fill is not None:
            fill(vault)
        known = build_known(vault)
    finally:
        paths.set_data_dir(None)  # the open vault keeps its own path; don't steer other tests' data dirs
    try:
        yield KnownFile(vault, known, folder / "data", folder)
    finally:
        vault.close()


@pytest.fixture(scope="session")
def known_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnownFile]:
    with _case_file(tmp_path_factory.mktemp("stats")) as made:
        yield made


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnownFile]:
    """Generated demo cases (all stages, reopenings, referrals in every status) plus the known cases."""
    from caseapp.services import demo_data
    with _case_file(tmp_path_factory.mktemp("stats-demo"), lambda v: demo_data.generate(v, 25, seed=13)) as made:
        yield made
