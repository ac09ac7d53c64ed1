"""kill -9 at random moments: the file stays intact, the audit chain holds, and everything reported as committed
(entries printed by their writer, drafts) is there afterwards."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time

import pytest
from sqlmodel import select

from caseapp import paths
from caseapp.services import audit, cases, drafts
from caseapp.services.vault import Vault
from caseapp.storage.models import ServiceEntry

from .conftest import PASSPHRASE
from .helpers import REPO

# A GUI-like writer: service entries and autosaved drafts, each printed only after its commit returned.
WRITER = textwrap.dedent("""
    import sys
    from caseapp.services import drafts, entries
    from caseapp.services.vault import Vault
    vault = Vault.open(sys.argv[1])
    case_id, tag = sys.argv[2], sys.argv[3]
    print("ready", flush=True)
    i = 0
    while True:
        i += 1
        row = entries.add_service_entry(vault, case_id, "counselling", f"{tag} 기록 {i} " + "내용 " * (i % 50))
        print("entry", row.id, flush=True)
        if i % 2 == 0:
            key = f"{tag}:draft:{i}"
            drafts.save_draft(vault, key, {"text": f"{tag} 입력 중인 글 {i}"})
            print("draft", key, flush=True)
""")


def _env() -> dict[str, str]:
    return {**os.environ, "CASEAPP_DATA_DIR": str(paths.data_dir()), "CASEAPP_KDF_COST": "10",
            "PYTHONPATH": str(REPO)}


def _collect(proc: subprocess.Popen[str]) -> tuple[set[str], set[str]]:
    out, _ = proc.communicate()
    entry_ids, draft_keys = set(), set()
    for line in out.splitlines(keepends=True):
        if not line.endswith("\n"):
            continue  # cut off by the kill: never reported as committed
        kind, _, value = line.strip().partition(" ")
        if kind == "entry":
            entry_ids.add(value)
        elif kind == "draft":
            draft_keys.add(value)
    return entry_ids, draft_keys


def _kill_loop(case_id: str, rounds: int, rng: random.Random) -> tuple[set[str], set[str]]:
    committed: set[str] = set()
    saved_drafts: set[str] = set()
    for r in range(rounds):
        writers = [subprocess.Popen([sys.executable, "-c", WRITER, PASSPHRASE, case_id, f"w{r}-{n}"],
                                    stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=_env())
                   for n in range(2)]  # two at once: they also contend for the write lock
        for w in writers:
            assert w.stdout is not None and w.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.3, 1.0))
        for w in writers:
            w.send_signal(signal.SIGKILL)
        for w in writers:
            ids, keys = _collect(w)
            committed |= ids
            saved_drafts |= keys
    return committed, saved_drafts


def _cli_kill_loop(case_number: str, rounds: int, rng: random.Random) -> set[str]:
    """The CLI contract: ``add-entry`` prints the id only after the commit."""
    committed: set[str] = set()
    env = {**_env(), "CASEAPP_PASSPHRASE": PASSPHRASE}
    for r in range(rounds):
        proc = subprocess.Popen([sys.executable, "-m", "caseapp", "add-entry", case_number, "--type", "counselling",
                                 "--text", f"CLI 기록 {r}"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                text=True, env=env, cwd=str(REPO))
        time.sleep(rng.uniform(0.3, 2.5))  # start-up, opening and committing all take part of this window
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        committed |= {line.strip() for line in out.splitlines(keepends=True) if line.endswith("\n") and line.strip()}
    return committed


def _verify(committed: set[str], saved_drafts: set[str]) -> None:
    vault = Vault.open(PASSPHRASE)  # includes the integrity check on open
    try:
        with vault.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
        with vault.session() as s:
            assert audit.verify_chain(s) == []
            present = set(s.exec(select(ServiceEntry.id)).all())
        missing = committed - present
        assert not missing, f"{len(missing)} committed entries lost"
        keys = {d.form_key for d in drafts.list_drafts(vault)}
        assert saved_drafts <= keys
    finally:
        vault.close()


@pytest.fixture
def case_for_writers(vault):  # type: ignore[no-untyped-def]
    c = cases.open_case(vault, {"name": "충돌시험"}, {})
    vault.close()
    return c


def test_sigkill_during_writes_loses_nothing_committed(case_for_writers) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(1234)
    committed, saved = _kill_loop(case_for_writers.id, rounds=4, rng=rng)
    assert committed and saved, "the writers never got to commit anything: the test would prove nothing"
    committed |= _cli_kill_loop(case_for_writers.case_number, rounds=2, rng=rng)
    _verify(committed, saved)


@pytest.mark.slow
def test_sigkill_many_times(case_for_writers) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random()
    committed: set[str] = set()
    saved: set[str] = set()
    for _ in range(5):
        ids, keys = _kill_loop(case_for_writers.id, rounds=8, rng=rng)
        committed |= ids | _cli_kill_loop(case_for_writers.case_number, rounds=3, rng=rng)
        saved |= keys
        _verify(committed, saved)
