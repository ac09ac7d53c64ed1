"""One case file with known counts (stats_builders), built once for the statistics tests."""

from __future__ import annotations

from collections.abc import Iterator
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


@pytest.fixture(scope="session")
def known_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnownFile]:
    from caseapp import paths
    from caseapp.services.setup import initialise
    from stats_builders import build_known

    folder = tmp_path_factory.mktemp("stats")
    paths.set_data_dir(folder / "data")
    try:
        vault, _ = initialise(PASSPHRASE, "김사회", "행복종합사회복지관")
        known = build_known(vault)
    finally:
        paths.set_data_dir(None)
    try:
        yield KnownFile(vault, known, folder / "data", folder)
    finally:
        vault.close()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnownFile]:
    """Generated demo cases (all stages, reopenings, referrals in every status) plus the known cases."""
    from caseapp import paths
    from caseapp.services import demo_data
    from caseapp.services.setup import initialise
    from stats_builders import build_known

    folder = tmp_path_factory.mktemp("stats-demo")
    paths.set_data_dir(folder / "data")
    try:
        vault, _ = initialise(PASSPHRASE, "김사회", "행복종합사회복지관")
        demo_data.generate(vault, 40, seed=13)
        known = build_known(vault)
    finally:
        paths.set_data_dir(None)
    try:
        yield KnownFile(vault, known, folder / "data", folder)
    finally:
        vault.close()
