"""The throwaway cluster itself: TLS is required, the password is checked, and the certificate pins."""

from __future__ import annotations

import psycopg
import pytest

import pg_cluster


def test_cluster_accepts_tls_with_the_pinned_certificate(pg: pg_cluster.Cluster) -> None:
    with psycopg.connect(pg.url(), sslmode="verify-full", sslrootcert=str(pg.ca_pem)) as conn:
        assert conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone() == (True,)


def test_cluster_refuses_a_connection_without_tls(pg: pg_cluster.Cluster) -> None:
    with pytest.raises(psycopg.OperationalError, match="no encryption|pg_hba"):
        psycopg.connect(pg.url(), sslmode="disable")


def test_cluster_refuses_a_wrong_password(pg: pg_cluster.Cluster) -> None:
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(pg.url(password="wrong"), sslmode="verify-full", sslrootcert=str(pg.ca_pem))
