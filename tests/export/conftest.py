"""Session-scoped exports shared by the export tests (rendering and signing once keeps the suite fast)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

PASSPHRASE = "테스트 암호 correct-horse"  # same as the root conftest (not importable: both files are "conftest")


@dataclass
class Exported:
    vault: Any
    case: Any
    folder: Path
    data_dir: Path
    signed: Path  # signed, visible stamp, Korean, whole case
    result: Any


@pytest.fixture(scope="session")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Exported]:
    from caseapp import paths
    from caseapp.export.options import ExportOptions
    from caseapp.services import exports
    from caseapp.services.setup import initialise
    from export_builders import build_demo_case

    folder = tmp_path_factory.mktemp("export")
    paths.set_data_dir(folder / "data")
    try:
        vault, _ = initialise(PASSPHRASE, "김사회", "행복종합사회복지관")
    finally:
        paths.set_data_dir(None)  # the open vault keeps its own path; don't steer other tests' data dirs
    try:
        case = build_demo_case(vault)
        signed = folder / "record.pdf"
        result = exports.export_case(vault, case.id, signed, ExportOptions(language="ko"))
        yield Exported(vault, case, folder, folder / "data", signed, result)
    finally:
        vault.close()


@pytest.fixture
def cli_data_dir(exported: Exported) -> Iterator[list[str]]:
    """``--data-dir`` arguments for running the CLI in-process against the shared case file (overrides undone)."""
    from caseapp import i18n_text, paths
    yield ["--data-dir", str(exported.data_dir)]
    paths.set_data_dir(None)
    i18n_text.set_language(None)  # --lang sticks for the process
