"""``caseapp compact``: the file rewritten packed with every value kept; a full disk or a kill -9 leaves it whole."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import namedtuple
from typing import Any

import pytest

from caseapp import paths
from caseapp.errors import StorageUnavailable
from caseapp.services import checkup, compaction, entries, integrity
from caseapp.services.vault import Vault

from .conftest import PASSPHRASE
from .helpers import REPO, data_dir_on_tmpfs, run_cli


OPEN_WRITES = ("auditevent", "meta")  # each open records the unlock (a new audit row and the chain's head)


def _every_row(vault: Vault) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in a stable order: what must survive the rewrite. The rows an open adds are
    checked apart (:func:`_kept`)."""
    raw = vault.engine.raw_connection()
    try:
        conn = raw.driver_connection
        assert conn is not None
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                             "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    finally:
        raw.close()


def _kept(before: dict[str, list[tuple[Any, ...]]], after: dict[str, list[tuple[Any, ...]]]) -> bool:
    """``after`` holds every row of ``before``; only the tables an open writes may have more (an audit row per
    unlock; the chain's head in meta moves on)."""
    if before.keys() != after.keys():
        return False
    for table, rows in before.items():
        if table == "meta":
            continue
        if table in OPEN_WRITES:
            if not set(rows) <= set(after[table]):
                return False
        elif rows != after[table]:
            return False
    return True


def _leave_free_pages(vault: Vault, megabytes: float) -> None:
    raw = vault.engine.raw_connection()
    try:
        conn = raw.driver_connection
        assert conn is not None
        conn.execute("CREATE TABLE scratch (body BLOB)")
        conn.executemany("INSERT INTO scratch VALUES (randomblob(4000))", [()] * int(megabytes * 250))
        conn.commit()
        conn.execute("DROP TABLE scratch")
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()


@pytest.fixture
def loose(vault, case):  # type: ignore[no-untyped-def]
    """A vault with notes and 2 MB of free pages (a table dropped; no auto-vacuum)."""
    for i in range(20):
        entries.add_service_entry(vault, case.id, "counselling", f"상담 기록 {i} " + "내용 " * 100)
    _leave_free_pages(vault, 2)
    return vault


def test_compact_gives_the_free_pages_back_and_keeps_every_value(loose, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    before_rows = _every_row(loose)
    monkeypatch.setattr(compaction, "WORTH_BYTES", 1024 * 1024)
    found = compaction.shape(loose)
    assert compaction.worth_compacting(found) and found.free_bytes >= 2_000_000
    assert "compact_suggested" in [p.code for p in checkup.run_checks(loose)]
    done = compaction.compact(loose)
    assert done.after <= done.before - 2_000_000
    assert compaction.shape(loose).free_pages == 0
    assert _every_row(loose) == before_rows
    assert "compact_suggested" not in [p.code for p in checkup.run_checks(loose)]
    loose.close()
    integrity.check_file(paths.database_file(), loose.key, full=True)
    with Vault.open(PASSPHRASE) as again:
        assert _kept(before_rows, _every_row(again))


def test_compact_cli(loose) -> None:  # type: ignore[no-untyped-def]
    size = paths.database_file().stat().st_size
    loose.close()
    out = run_cli(paths.data_dir(), "compact", "--json", passphrase=PASSPHRASE)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["before_bytes"] >= size and result["after_bytes"] < result["before_bytes"] - 2_000_000
    assert result["folded"] is True
    out = run_cli(paths.data_dir(), "compact", passphrase=PASSPHRASE)
    assert out.returncode == 0 and "MB →" in out.stdout


def test_too_little_free_disk_is_refused_before_anything_is_written(loose, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    before = compaction.shape(loose)
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(compaction.shutil, "disk_usage", lambda _p: usage(10**9, 10**9 - 5_000_000, 5_000_000))
    with pytest.raises(StorageUnavailable) as info:
        compaction.compact(loose)
    assert "MB" in info.value.en and "Nothing was changed" in info.value.en and "여유 공간" in info.value.ko
    assert compaction.shape(loose) == before  # not rewritten: the free pages are still there


def test_too_little_memory_is_refused_before_anything_is_written(loose, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    before = compaction.shape(loose)
    monkeypatch.setattr(compaction, "memory_available", lambda: 1_000_000)
    with pytest.raises(StorageUnavailable) as info:
        compaction.compact(loose)
    assert "memory" in info.value.en and "Nothing was changed" in info.value.en and "메모리" in info.value.ko
    assert compaction.shape(loose) == before


def test_memory_available_reads_the_system_figure() -> None:
    found = compaction.memory_available()
    if sys.platform == "linux":
        assert found is not None and found > 0
    else:
        assert found is None


def test_a_disk_that_fills_up_during_the_rewrite_leaves_the_file_whole(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A tiny tmpfs: the check of free space is told there is room, the rewrite then hits ENOSPC."""
    with data_dir_on_tmpfs(tmp_path / "tiny", monkeypatch, "16m") as disk:
        from caseapp.services import cases
        from caseapp.services.setup import initialise
        vault, _ = initialise(PASSPHRASE, "김사회", "기관")
        case = cases.open_case(vault, {"name": "김민수"}, {})
        for i in range(10):
            entries.add_service_entry(vault, case.id, "counselling", f"기록 {i} " + "내용 " * 200)
        _leave_free_pages(vault, 0.5)
        fd = os.open(disk / "filler", os.O_WRONLY | os.O_CREAT)  # fill the disk, then leave less room than the
        try:  # rewrite needs
            while os.write(fd, b"\0" * 65536):
                pass
        except OSError:
            pass
        finally:
            os.close(fd)
        os.truncate(disk / "filler", max(0, (disk / "filler").stat().st_size - 600_000))
        rows = _every_row(vault)
        usage = namedtuple("usage", "total used free")
        monkeypatch.setattr(compaction.shutil, "disk_usage", lambda _p: usage(10**9, 0, 10**9))
        with pytest.raises(StorageUnavailable) as info:
            compaction.compact(vault)
        assert "disk filled up" in info.value.en and "as it was" in info.value.en
        assert _every_row(vault) == rows
        vault.close()
        (disk / "filler").unlink()
        with Vault.open(PASSPHRASE) as again:
            assert _kept(rows, _every_row(again))
            rows = _every_row(again)
            assert compaction.compact(again).after < compaction.shape(again).size + 1  # with room it works
            assert compaction.shape(again).free_pages == 0 and _every_row(again) == rows


KEEP_COMPACTING = (
    "import sys\n"
    "from caseapp.services import compaction\n"
    "from caseapp.services.vault import Vault\n"
    "v = Vault.open(sys.argv[1])\n"
    "print('ready', flush=True)\n"
    "while True:\n"
    "    compaction.compact(v)\n"
)


def test_kill_9_at_any_moment_of_a_compaction_loses_nothing(loose) -> None:  # type: ignore[no-untyped-def]
    rows = _every_row(loose)
    loose.close()
    env = {**os.environ, "CASEAPP_DATA_DIR": str(paths.data_dir()), "PYTHONPATH": str(REPO)}
    rng = random.Random(14)
    for _ in range(6):
        proc = subprocess.Popen([sys.executable, "-c", KEEP_COMPACTING, PASSPHRASE], env=env, cwd=str(REPO),
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.4))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        with Vault.open(PASSPHRASE) as vault:  # a -wal left by the kill is read (and checked) by this open
            assert _kept(rows, _every_row(vault))
    integrity.check_file(paths.database_file(), loose.key, full=True)


def test_a_read_only_folder_is_refused_with_the_file_untouched(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with data_dir_on_tmpfs(tmp_path / "stick", monkeypatch, "16m") as disk:
        from caseapp.services.setup import initialise
        vault, _ = initialise(PASSPHRASE, "김사회", "기관")
        _leave_free_pages(vault, 0.5)
        vault.close()
        before = paths.database_file().read_bytes()
        assert subprocess.run(["mount", "-o", "remount,ro", str(disk)]).returncode == 0
        out = run_cli(paths.data_dir(), "--lang", "en", "compact", passphrase=PASSPHRASE)
        assert out.returncode == 1 and "read-only" in out.stderr
        assert paths.database_file().read_bytes() == before
