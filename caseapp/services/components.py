"""The versions of the engines under caseapp — SQLCipher (the case file), OpenSSL (Python's hashes and TLS) and
libpq (the agency hub's PostgreSQL client) — for `caseapp about` and support calls. In the desktop bundle these
are the bundled copies, so the answer also shows that each one loads there."""

from __future__ import annotations

import platform


def sqlcipher_versions() -> tuple[str, str]:
    """(SQLCipher, the SQLite it is built on)."""
    from sqlcipher3 import dbapi2
    connection = dbapi2.connect(":memory:")
    try:
        (cipher,) = connection.execute("PRAGMA cipher_version").fetchone()
    finally:
        connection.close()
    return str(cipher), dbapi2.sqlite_version


def libpq_version() -> str | None:
    """libpq's version as psycopg loads it ("18.6 (binary)"), or None when psycopg cannot load a libpq."""
    try:
        from psycopg import pq
    except ImportError:
        return None
    return f"{pq.version_pretty(pq.version())} ({pq.__impl__})"


def components() -> dict[str, str | None]:
    import ssl
    cipher, sqlite = sqlcipher_versions()
    return {"python": platform.python_version(), "sqlcipher": cipher, "sqlite": sqlite,
            "openssl": ssl.OPENSSL_VERSION, "libpq": libpq_version()}
