"""Shared tools for the safety tests: breaking files on purpose and reading decrypted pages."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
RESERVE = 80  # SQLCipher 4: 16-byte IV + 64-byte HMAC-SHA512 at the end of every page
SALT = 16

REPO = Path(__file__).resolve().parents[2]

if TYPE_CHECKING:
    from caseapp.services.vault import Vault


def flip_bytes(path: Path, offset: int, count: int = 16) -> None:
    with open(path, "r+b") as fh:
        fh.seek(offset)
        data = bytearray(fh.read(count))
        fh.seek(offset)
        fh.write(bytes(b ^ 0xFF for b in data))


def page_scan_finds_damage(db: Path, passphrase: str) -> bool:
    """Whether the full page scan (``PRAGMA quick_check``, as ``integrity`` runs it) reports the file damaged."""
    import sqlcipher3

    from caseapp import paths
    from caseapp.storage.keystore import KeyFile
    key = KeyFile.load(paths.key_file()).unwrap_with_passphrase(passphrase)
    conn = sqlcipher3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        return [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()] != ["ok"]
    except sqlcipher3.DatabaseError:
        return True
    finally:
        conn.close()


def open_deferred_over_rot(passphrase: str) -> "Vault":
    """Rot a page the open itself does not read (the opening checks read only what they need), as disk rot or a
    torn write in a crash would, then open as the GUI does after an unclean shutdown (page scan deferred): the
    open succeeds with the damage in the file."""
    from caseapp import paths
    from caseapp.errors import CorruptDatabase
    from caseapp.services import integrity
    from caseapp.services.vault import Vault
    db = paths.database_file()
    (paths.data_dir() / integrity.STATE_FILE_NAME).unlink(missing_ok=True)  # as after a crash: scan due
    for page in range(db.stat().st_size // 4096 - 1, db.stat().st_size // 4096 // 2, -1):
        flip_bytes(db, page * 4096 + 200, 4)
        if not page_scan_finds_damage(db, passphrase):  # a free page: no b-tree reads it, the scan neither
            flip_bytes(db, page * 4096 + 200, 4)
            continue
        try:
            return Vault.open(passphrase, defer_page_scan=True)
        except CorruptDatabase:  # the open read that page: put it back and rot another one
            flip_bytes(db, page * 4096 + 200, 4)
    raise AssertionError("every page was read by the open")


def truncate(path: Path, size: int) -> None:
    with open(path, "r+b") as fh:
        fh.truncate(size)


def decrypted_pages(db_file: Path, key: bytes) -> bytes:
    """Every page of an SQLCipher 4 file decrypted with the raw key, free pages included: what an attacker who
    learned the key could read, and therefore where destroyed data must not linger."""
    data = db_file.read_bytes()
    out = bytearray()
    for start in range(0, len(data) - len(data) % PAGE_SIZE, PAGE_SIZE):
        page = data[start:start + PAGE_SIZE]
        iv = page[PAGE_SIZE - RESERVE:PAGE_SIZE - RESERVE + 16]
        body = page[SALT if start == 0 else 0:PAGE_SIZE - RESERVE]
        dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out += dec.update(body) + dec.finalize()
    return bytes(out)


def run_cli(data_dir: Path, *args: str, passphrase: str | None = None, env: dict[str, str] | None = None,
            timeout: float = 120) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "CASEAPP_DATA_DIR": str(data_dir), "CASEAPP_KDF_COST": "10", "PYTHONPATH": str(REPO)}
    full_env.pop("CASEAPP_PASSPHRASE", None)
    if passphrase is not None:
        full_env["CASEAPP_PASSPHRASE"] = passphrase
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "caseapp", *args], capture_output=True, text=True, env=full_env,
                          timeout=timeout, cwd=str(REPO), stdin=subprocess.DEVNULL)


def all_files(*folders: Path) -> list[Path]:
    return [p for folder in folders if folder.exists() for p in folder.rglob("*") if p.is_file()]


@contextmanager
def tmpfs(mount_point: Path, size: str) -> Iterator[Path]:
    """A small tmpfs of ``size`` mounted at ``mount_point`` (made here), unmounted after; the test is skipped where
    mounting needs root or is not allowed."""
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root on Linux")
    mount_point.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(mount_point)],
                      capture_output=True).returncode != 0:
        pytest.skip("this machine does not allow mounting tmpfs")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)


@contextmanager
def data_dir_on_tmpfs(mount_point: Path, monkeypatch: pytest.MonkeyPatch, size: str) -> Iterator[Path]:
    """:func:`tmpfs`, with the data folder (``data`` on it) there while the block runs."""
    from caseapp import paths
    with tmpfs(mount_point, size):
        monkeypatch.setenv("CASEAPP_DATA_DIR", str(mount_point / "data"))
        paths.set_data_dir(None)
        try:
            yield mount_point
        finally:
            paths.set_data_dir(None)
