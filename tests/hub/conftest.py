"""The hub tests share one throwaway PostgreSQL cluster per run (see pg_cluster.py); each test gets its own database."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest

import pg_cluster  # noqa: E402  (tests/hub is on sys.path: rootdir-relative import of a named helper module)


@pytest.fixture(autouse=True)
def _translators_restored() -> Iterator[None]:
    """A hub GUI test shows its dialog in English (``create_application("en")``), which installs the English
    translators for the whole process: put back the language that was in effect before (Korean, the default)."""
    before = sys.modules["caseapp.ui.i18n"].language() if "caseapp.ui.i18n" in sys.modules else "ko"
    yield
    i18n = sys.modules.get("caseapp.ui.i18n")
    if i18n is None or i18n.language() == before:
        return
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance()
    if app is not None:
        i18n.install_translators(app, before)


@pytest.fixture(scope="session")
def pg() -> Iterator[pg_cluster.Cluster]:
    if pg_cluster.pg_bin() is None:
        pytest.fail("PostgreSQL is not installed: .ci/run installs Debian's postgresql for the hub tests")
    cluster = pg_cluster.start()
    yield cluster
    cluster.stop()
