"""Replicas for sync tests: copies of one initialised data folder (like a second machine set up from the first),
each with its own device id, exchanging in-memory change lists (bundle files are the transport's own tests)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from caseapp import paths

from sync_replicas import PASSPHRASE, Replica  # type: ignore[import-not-found]


@pytest.fixture(scope="session")
def sync_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One initialised data folder for the whole run; every replica starts as a copy of it (own device id)."""
    from caseapp.services.setup import initialise
    folder = tmp_path_factory.mktemp("sync-template") / "data"
    with paths.using_data_dir(folder):
        vault, _ = initialise(PASSPHRASE, "김사회", "행복종합사회복지관")
        vault.close()
    return folder


@pytest.fixture
def replicas(tmp_path: Path, sync_template: Path) -> Iterator[Any]:
    from caseapp.services.vault import Vault
    made: list[Replica] = []

    def make(n: int) -> list[Replica]:
        for i in range(n):
            target = tmp_path / f"r{i}"
            shutil.copytree(sync_template, target)
            (target / paths.device_id_file().name).unlink()
        for i in range(n):
            replica = Replica(f"r{i}", tmp_path / f"r{i}")
            with replica.use():
                replica.vault = Vault.open(PASSPHRASE)
            made.append(replica)
        paths.set_data_dir(None)
        return made

    yield make
    for replica in made:
        replica.close()
    paths.set_data_dir(None)
