"""The full page scan reads free pages too (a rotted one is damage), but not a main-file page the -wal supersedes
(a checkpoint cut short by a full disk leaves such a page torn in a file that is whole)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from caseapp import paths
from caseapp.errors import CorruptDatabase
from caseapp.services import checkup, integrity
from caseapp.services.vault import Vault
from caseapp.storage.keystore import KeyFile

from .conftest import PASSPHRASE
from .helpers import REPO, flip_bytes, page_scan_finds_damage

PAGE = 4096


def _key() -> bytes:
    return KeyFile.load(paths.key_file()).unwrap_with_passphrase(PASSPHRASE)


def _free_pages_at_the_end(vault: Vault) -> int:
    """Fill a table and drop it (no auto-vacuum: its pages stay in the file, on the freelist); how many."""
    raw = vault.engine.raw_connection()
    try:
        conn = raw.driver_connection
        assert conn is not None
        conn.execute("CREATE TABLE scratch (body BLOB)")
        conn.executemany("INSERT INTO scratch VALUES (randomblob(3000))", [()] * 60)
        conn.commit()
        conn.execute("DROP TABLE scratch")
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return int(conn.execute("PRAGMA freelist_count").fetchone()[0])
    finally:
        raw.close()


def _raw_hmac_report(db: Path) -> list[str]:
    """``cipher_integrity_check`` as SQLCipher reports it, nothing left out."""
    import sqlcipher3
    conn = sqlcipher3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{_key().hex()}'\"")
        return [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    finally:
        conn.close()


def test_a_rotted_free_page_is_found_by_every_full_scan(vault, case) -> None:  # type: ignore[no-untyped-def]
    free = _free_pages_at_the_end(vault)
    vault.close()
    db = paths.database_file()
    assert free >= 40
    last = db.stat().st_size // PAGE - 1  # a page of the dropped table, now free
    flip_bytes(db, last * PAGE + 200, 4)
    assert not page_scan_finds_damage(db, PASSPHRASE)  # quick_check alone: unnoticed
    with pytest.raises(CorruptDatabase):
        integrity.check_file(db, _key(), full=True)
    with pytest.raises(CorruptDatabase):
        integrity.scan_pages(db, _key())
    with pytest.raises(CorruptDatabase):
        integrity.inspect_copy(db, _key())  # a backup with a rotted free page is not "good"
    with Vault.open(PASSPHRASE, defer_page_scan=True) as opened:  # the GUI's open: the page is not read
        with pytest.raises(CorruptDatabase):
            opened.run_page_scan()  # the background scan finds it
        assert [p.code for p in checkup.run_checks(opened)][:1] == ["integrity"]  # and so does `caseapp check`


CUT_SHORT = textwrap.dedent("""
    import os, sys
    from caseapp.services import entries
    from caseapp.services.vault import Vault
    vault = Vault.open(sys.argv[1])
    raw = vault.engine.raw_connection()
    raw.driver_connection.execute("PRAGMA wal_autocheckpoint = 0")  # every change stays in the -wal
    raw.close()
    for i in range(30):
        entries.add_service_entry(vault, sys.argv[2], "counselling", f"기록 {i} " + "내용 " * 300)
    os._exit(0)  # as kill -9: no checkpoint, the -wal keeps every change
""")


def test_a_torn_page_the_wal_supersedes_is_no_damage(vault, case) -> None:  # type: ignore[no-untyped-def]
    """What a checkpoint cut short leaves (see test_file_size_limit_is_a_clear_error_in_any_environment): a page
    the -wal holds, half written into the main file. SQLite reads the -wal's copy; the next checkpoint rewrites it."""
    vault.close()
    env = {**os.environ, "CASEAPP_DATA_DIR": str(paths.data_dir()), "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-c", CUT_SHORT, PASSPHRASE, case.id], capture_output=True, text=True,
                         env=env, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    db = paths.database_file()
    held = integrity.wal_page_numbers(db)
    in_file = [p for p in sorted(held) if p * PAGE <= db.stat().st_size]
    assert len(in_file) >= 3  # pages of the main file with a newer copy in the -wal
    for page in in_file[-3:]:
        flip_bytes(db, (page - 1) * PAGE + 1000, 64)  # torn: half of a newer write
    torn = {int(line.rsplit(" ", 1)[1]) for line in _raw_hmac_report(db) if line.startswith("HMAC")}
    assert torn == set(in_file[-3:])  # SQLCipher's own check calls them damaged
    integrity.check_file(db, _key(), full=True)  # the scan does not
    integrity.scan_pages(db, _key())
    with Vault.open(PASSPHRASE) as opened:
        assert "integrity" not in [p.code for p in checkup.run_checks(opened)]
        from caseapp.services import cases
        assert len(cases.snapshot(opened, case.id).services) == 30  # every change of the -wal is there
    assert _raw_hmac_report(db) == []  # the checkpoint at close rewrote the torn pages


def test_a_rotted_page_the_wal_does_not_hold_is_found_with_a_wal_pending(vault, case) -> None:  # type: ignore[no-untyped-def]
    free = _free_pages_at_the_end(vault)
    vault.close()
    assert free >= 40
    env = {**os.environ, "CASEAPP_DATA_DIR": str(paths.data_dir()), "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-c", CUT_SHORT, PASSPHRASE, case.id], capture_output=True, text=True,
                         env=env, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    db = paths.database_file()
    held = integrity.wal_page_numbers(db)
    page = next(p for p in range(db.stat().st_size // PAGE, 1, -1) if p not in held)  # 1-based page numbers
    flip_bytes(db, (page - 1) * PAGE + 200, 4)
    with pytest.raises(CorruptDatabase):
        integrity.check_file(db, _key(), full=True)


def test_wal_page_numbers_reads_only_the_current_generation(tmp_path: Path) -> None:
    import struct
    db = tmp_path / "x.db"
    salt, old = b"\x01\x02\x03\x04\x05\x06\x07\x08", b"\x09" * 8
    header = struct.pack(">IIII", 0x377F0682, 3007000, 512, 0) + salt + b"\0" * 8

    def frame(page: int, frame_salt: bytes) -> bytes:
        return struct.pack(">II", page, 0) + frame_salt + b"\0" * 8 + b"\0" * 512
    Path(str(db) + "-wal").write_bytes(header + frame(3, salt) + frame(7, salt) + frame(9, old) + frame(11, salt))
    assert integrity.wal_page_numbers(db) == {3, 7}
    Path(str(db) + "-wal").write_bytes(b"not a wal header at all, but 32+")
    assert integrity.wal_page_numbers(db) == frozenset()
    Path(str(db) + "-wal").unlink()
    assert integrity.wal_page_numbers(db) == frozenset()
