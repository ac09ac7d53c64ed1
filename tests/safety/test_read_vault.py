"""``caseapp search`` opens the file without the ORM (services/read_vault.py) and keeps every guarantee of the full
open: the same output, the same access records, and the full open whenever the file needs a repair, a migration or
a report (each condition below), the same errors for damage and a wrong passphrase."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from caseapp import cli, cli_common, paths
from caseapp.services import access_log, audit, commit_mark, destruction, integrity, key_state
from caseapp.services.vault import Vault
from caseapp.storage import audit_codes, case_keys
from caseapp.storage.keystore import KeyFile

from .conftest import PASSPHRASE
from .helpers import REPO, flip_bytes, page_scan_finds_damage, truncate

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    def _run(*args: str, passphrase: str = PASSPHRASE, full: bool = False) -> tuple[int, str, str]:
        monkeypatch.setenv("CASEAPP_PASSPHRASE", passphrase)
        with monkeypatch.context() as m:
            if full:  # the command as it was: the full open
                m.setattr(cli, "open_vault_for_reading", cli_common.open_vault)
            try:
                code = cli.main(["--data-dir", str(data_dir), *args])
            finally:
                paths.set_data_dir(None)
        out = capsys.readouterr()
        return code, out.out, out.err
    return _run


@pytest.fixture
def demo(vault: Vault) -> Iterator[Vault]:
    from caseapp.services import demo_data
    demo_data.generate(vault, 12, seed=3)
    vault.close()
    yield vault


@contextmanager
def _db() -> Iterator[Any]:
    """The file on a plain connection: what a test reads or changes here writes no audit row of its own."""
    import sqlcipher3
    key = KeyFile.load(paths.key_file()).unwrap_with_passphrase(PASSPHRASE)
    conn = sqlcipher3.connect(str(paths.database_file()), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        yield conn
    finally:
        conn.close()


def _value(query: str, params: tuple[Any, ...] = ()) -> Any:
    with _db() as conn:
        row = conn.execute(query, params).fetchone()
    return row[0] if row else None


def _sql(statement: str, params: tuple[Any, ...] = ()) -> None:
    with _db() as conn:
        conn.execute(statement, params)


def _code(action: str) -> Any:
    """An action as the trail stores it (a code, migration 0027)."""
    return audit_codes.stored(audit_codes.ACTIONS, action)


def _head() -> int:
    return int(_value("SELECT max(seq) FROM auditevent"))


def _tail(n: int) -> list[tuple[Any, ...]]:
    """The newest ``n`` audit rows (all but their id, time and hash) with their kept note."""
    with _db() as conn:
        rows = conn.execute("SELECT e.actor, e.action, e.entity_type, e.entity_id, e.case_id, e.detail, "
                            "e.prev_hash, typeof(e.at), length(e.at), length(e.hash), length(e.id), n.text "
                            "FROM auditevent e LEFT JOIN accessnote n ON n.seq = e.seq "
                            "ORDER BY e.seq DESC LIMIT ?", (n,)).fetchall()
    return list(reversed(rows))


def _chain_intact() -> bool:
    vault = Vault.open(PASSPHRASE)
    try:
        with vault.session() as s:
            return audit.verify_chain(s) == []
    finally:
        vault.close()


@pytest.mark.parametrize("args", [("search", "주거"), ("search", "주거", "--json"), ("search", "김"),
                                  ("search", "ㄱㅁ"), ("search", "010"), ("--lang", "en", "search", "상담", "--json"),
                                  ("--lang", "en", "search", "주거 지원"), ("search", "주거", "--limit", "3"),
                                  ("search", "없는단어"), ("search", "!!")])
def test_search_prints_the_same_bytes_as_the_full_open(demo: Vault, run: Run, full_opens: list[int],
                                                        args: tuple[str, ...]) -> None:
    fast = run(*args)
    assert full_opens == []  # a clean file: no ORM open
    full = run(*args, full=True)
    assert full_opens == [1]
    assert fast == full
    assert fast[0] == 0
    if "--json" in args:
        assert isinstance(json.loads(fast[1]), list)


def test_search_writes_the_same_access_records_and_moves_the_mark_alike(demo: Vault, run: Run,
                                                                         full_opens: list[int]) -> None:
    def searched(full: bool) -> tuple[list[tuple[Any, ...]], int]:
        assert run("search", "주거", full=full)[0] == 0
        mark = commit_mark.read_mark()
        head = _head()
        assert mark is not None
        return _tail(2), head - mark.seq

    fast, full = searched(False), searched(True)
    assert full_opens == [1]
    assert fast == full
    (unlock, search), behind = fast
    assert unlock[1] == _code("unlock") and search[1] == _code("search") and search[-1] == "주거"
    assert behind == 1  # the durable unlock moved the mark; the light search record does not (a power cut may drop it)
    assert _chain_intact()
    assert integrity.closed_cleanly(paths.database_file())  # the next open skips the full page scan
    assert not Path(str(paths.database_file()) + "-wal").exists()


def test_search_imports_no_orm_on_a_clean_file(demo: Vault, data_dir: Path) -> None:
    code = ("import sys; from caseapp.__main__ import main; rc = main(['search', '주거']); "
            "print(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'caseapp.storage.models', 'alembic') "
            "if m in sys.modules)); sys.exit(rc)")
    env = {**os.environ, "CASEAPP_DATA_DIR": str(data_dir), "CASEAPP_PASSPHRASE": PASSPHRASE,
           "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120,
                         cwd=str(REPO), stdin=subprocess.DEVNULL)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"


# --- every condition that needs the full open takes it, and gets its repair ------------------------------------------

def _a_case_id() -> str:
    stored = _value('SELECT id FROM "case" WHERE destroyed_at IS NULL ORDER BY case_number LIMIT 1')
    return str(case_keys.key_text(stored))


def test_a_stale_case_summary_takes_the_full_open_which_refreshes_it(demo: Vault, run: Run,
                                                                     full_opens: list[int]) -> None:
    case_id = _a_case_id()
    _sql("DELETE FROM casesummary WHERE case_id = ?", (case_keys.key(case_id),))
    assert run("search", "주거")[0] == 0
    assert full_opens == [1]
    assert _value("SELECT count(*) FROM casesummary WHERE case_id = ?", (case_keys.key(case_id),)) == 1


def test_changed_deadline_rules_make_every_summary_stale(demo: Vault, run: Run, full_opens: list[int]) -> None:
    _sql("INSERT INTO meta (key, value) VALUES ('deadline_rules', ?) ON CONFLICT(key) DO UPDATE SET value = "
         "excluded.value", (json.dumps({"plan_within_days": 20}),))
    assert run("search", "주거")[0] == 0
    assert full_opens == [1]
    assert run("search", "주거")[0] == 0
    assert full_opens == [1]  # refreshed with the new rules' basis: clean again


def test_a_case_the_registry_says_is_destroyed_is_destroyed_again(case: Any, demo: Vault, run: Run,
                                                                   full_opens: list[int]) -> None:
    # A plain case: destroying a demo case again fails on a foreign key in destruction._destroy_rows (on main too,
    # with the full open alone; not this test's subject).
    case_id = case.id
    destruction.remember({case_id: destruction.utcnow()}, compacted=True)  # as after restoring an older backup
    assert run("search", "주거")[0] == 0
    assert full_opens == [1]
    assert _value('SELECT destroyed_at IS NOT NULL FROM "case" WHERE id = ?', (case_keys.key(case_id),)) == 1


def test_a_destruction_the_registry_missed_is_added_to_it(demo: Vault, run: Run, full_opens: list[int]) -> None:
    case_id = _a_case_id()
    _sql('UPDATE "case" SET destroyed_at = \'2026-01-02 03:04:05.000000\' WHERE id = ?', (case_keys.key(case_id),))
    assert run("search", "주거")[0] == 0
    assert full_opens == [1]
    assert case_id in destruction.destroyed_registry()


def test_a_pending_compaction_takes_the_full_open_which_retries_it(demo: Vault, run: Run,
                                                                   full_opens: list[int]) -> None:
    destruction.remember({"00000000-0000-0000-0000-000000000000": destruction.utcnow()}, compacted=False)
    assert destruction.compaction_pending()
    assert run("search", "주거")[0] == 0
    assert full_opens == [1]
    assert not destruction.compaction_pending()


def test_a_failed_unlock_waiting_in_the_side_file_is_appended(demo: Vault, run: Run, full_opens: list[int]) -> None:
    code, _out, _err = run("search", "주거", passphrase="틀린 암호")
    assert code == 2
    assert access_log.has_pending()
    assert run("search", "주거")[0] == 0
    assert full_opens == [1]
    assert not access_log.has_pending()
    assert _value("SELECT count(*) FROM auditevent WHERE action = ?", (_code("unlock_failed"),)) == 1


def test_a_key_file_ahead_of_the_file_is_brought_in_step(demo: Vault, run: Run, full_opens: list[int]) -> None:
    generation = KeyFile.load(paths.key_file()).generation
    _sql("UPDATE meta SET value = ? WHERE key = ?", (str(generation - 1), key_state.META_KEY))
    assert run("search", "주거")[0] == 0
    assert full_opens == [1]
    assert _value("SELECT value FROM meta WHERE key = ?", (key_state.META_KEY,)) == str(generation)


def test_a_rolled_back_key_file_is_warned_about_on_the_fast_path_too(demo: Vault, run: Run,
                                                                     full_opens: list[int]) -> None:
    generation = KeyFile.load(paths.key_file()).generation
    _sql("UPDATE meta SET value = ? WHERE key = ?", (str(generation + 1), key_state.META_KEY))
    fast = run("--lang", "en", "search", "주거")
    assert full_opens == []
    full = run("--lang", "en", "search", "주거", full=True)
    assert fast == full
    assert "The key file is older than the case file" in fast[2]


def test_lost_commits_are_reported_and_recorded_by_the_full_open(demo: Vault, run: Run,
                                                                 full_opens: list[int]) -> None:
    mark = commit_mark.read_mark()
    assert mark is not None
    commit_mark.write_mark(mark.file_id, _head() + 3)  # the trail ends before the mark: a damaged -wal dropped commits
    code, _out, err = run("--lang", "en", "search", "주거")
    assert code == 0
    assert full_opens == [1]
    assert "change(s) are missing from the case file" in err
    assert _value("SELECT count(*) FROM auditevent WHERE action = ?", (_code(commit_mark.LOSS_ACTION),)) == 1


def test_a_newer_schema_is_refused_and_the_file_left_unchanged(demo: Vault, run: Run, full_opens: list[int]) -> None:
    _sql("UPDATE alembic_version SET version_num = '9999'")
    before = paths.database_file().read_bytes()
    code, _out, err = run("--lang", "en", "search", "주거")
    assert code == 4 and "newer version" in err
    assert full_opens == [1]
    assert paths.database_file().read_bytes() == before


def test_an_older_schema_is_migrated_first(data_dir: Path, run: Run, full_opens: list[int]) -> None:
    from tests.fixtures import make_fixtures as fx
    data_dir.mkdir(parents=True)
    for name in ("caseapp.db", "caseapp.key"):
        shutil.copy2(fx.SCHEMA_0001 / name, data_dir / name)
    code, out, _err = run("search", fx.CLIENT_NAME, passphrase=fx.PASSPHRASE)
    assert code == 0 and fx.CLIENT_NAME in out
    assert full_opens == [1]
    assert any(paths.backups_dir().glob("pre-migration-0001-to-*.db"))
    code, again, _err = run("search", fx.CLIENT_NAME, passphrase=fx.PASSPHRASE)
    assert (code, again) == (0, out)
    assert full_opens == [1]  # at head now: the fast path


def test_a_full_disk_takes_the_full_open(demo: Vault, run: Run, full_opens: list[int],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from caseapp.services import read_vault
    monkeypatch.setattr(read_vault, "disk_full", lambda folder: True)  # the full open then checks it itself
    assert run("search", "주거")[0] == 0
    assert full_opens == [1]


# --- damage and a wrong passphrase end as they always did ------------------------------------------------------------

def _both(run: Run, *args: str, passphrase: str = PASSPHRASE, reset: Callable[[], None] = lambda: None
          ) -> tuple[tuple[int, str, str], tuple[int, str, str]]:
    fast = run(*args, passphrase=passphrase)
    reset()
    return fast, run(*args, passphrase=passphrase, full=True)


def test_a_damaged_page_is_reported_as_by_the_full_open(demo: Vault, run: Run) -> None:
    db = paths.database_file()
    (paths.data_dir() / integrity.STATE_FILE_NAME).unlink(missing_ok=True)  # as after a crash: the page scan runs
    for page in range(db.stat().st_size // 4096 - 1, 1, -1):
        flip_bytes(db, page * 4096 + 200, 4)
        if page_scan_finds_damage(db, PASSPHRASE):
            break
        flip_bytes(db, page * 4096 + 200, 4)  # a free page: no b-tree reads it
    fast, full = _both(run, "--lang", "en", "search", "주거")
    assert fast == full
    assert fast[0] == 5 and "damaged" in fast[2]


def test_a_truncated_file_is_reported_as_by_the_full_open(demo: Vault, run: Run) -> None:
    db = paths.database_file()
    truncate(db, db.stat().st_size - 4096 * 3)
    fast, full = _both(run, "--lang", "en", "search", "주거")
    assert fast == full
    assert fast[0] == 5 and "damaged" in fast[2]


def test_a_wrong_passphrase_fails_and_is_noted_as_by_the_full_open(demo: Vault, run: Run) -> None:
    side = paths.pending_access_file()

    def forget() -> None:
        lines = side.read_text(encoding="utf-8").splitlines()
        assert len(lines) == 1 and json.loads(lines[0])["k"] == "unlock_failed"
        side.unlink()
    fast, full = _both(run, "--lang", "en", "search", "주거", passphrase="틀린 암호", reset=forget)
    assert fast == full
    assert fast[0] == 2
    forget()
