"""The hub tests share one throwaway PostgreSQL cluster per run (see pg_cluster.py); each test gets its own database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import pg_cluster  # noqa: E402  (tests/hub is on sys.path: rootdir-relative import of a named helper module)


@pytest.fixture(scope="session")
def pg() -> Iterator[pg_cluster.Cluster]:
    if pg_cluster.pg_bin() is None:
        pytest.fail("PostgreSQL is not installed: .ci/run installs Debian's postgresql for the hub tests")
    cluster = pg_cluster.start()
    yield cluster
    cluster.stop()
