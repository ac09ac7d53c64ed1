"""kill -9 at random moments of a restore (slow: run with ``-m slow``): after every kill the next open ends in a
consistent state, nothing committed is lost (it is in the file or in a backup made before the restore), and
destroyed cases stay destroyed."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlmodel import select

from caseapp import paths
from caseapp.errors import WrongPassphrase
from caseapp.services import audit, backup, backup_inspect, checkup, entries, retention
from caseapp.services.vault import Vault
from caseapp.storage.models import Case, ServiceEntry

from .conftest import PASSPHRASE
from .helpers import REPO
from .test_restore_interrupted import OTHER_PASSPHRASE, _closed_case_with_secret, _entry_ids_in_copy, _foreign_backup

pytestmark = pytest.mark.slow


def _restore_process(path: Path, passphrase: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "CASEAPP_DATA_DIR": str(paths.data_dir()), "CASEAPP_KDF_COST": "10",
           "PYTHONPATH": str(REPO), "CASEAPP_PASSPHRASE": passphrase}
    return subprocess.Popen([sys.executable, "-m", "caseapp", "restore", str(path), "--yes"], env=env,
                            cwd=str(REPO), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


class KilledRestores:
    """Restores killed at random moments spread over the whole run of one (timed once, uninterrupted)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.full: float | None = None

    def run(self, path: Path, passphrase: str) -> None:
        start = time.monotonic()
        proc = _restore_process(path, passphrase)
        if self.full is None:
            assert proc.wait() == 0
            self.full = time.monotonic() - start
            return
        time.sleep(self.rng.uniform(0.2, self.full * 1.05))  # start-up, pre-restore copy, staging, swap, open
        proc.send_signal(signal.SIGKILL)
        proc.wait()


def _consistent(v: Vault) -> set[str]:
    with v.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
    with v.session() as s:
        assert audit.verify_chain(s) == []
        return set(s.exec(select(ServiceEntry.id)).all())


def _everywhere(key: bytes) -> set[str]:
    found: set[str] = set()
    for info in backup.list_backups() + backup.list_set_aside():
        try:
            found |= _entry_ids_in_copy(info.path, key)
        except Exception:  # noqa: BLE001 - a copy under another key holds nothing of this installation
            continue
    return found


def _write_one(case_id: str, text: str) -> str:
    with Vault.open(PASSPHRASE) as v:
        return entries.add_service_entry(v, case_id, "counselling", text).id


def test_kills_during_restore_after_a_destroy(vault, case) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random()
    doomed = _closed_case_with_secret(vault)
    old = backup.create_backup(vault, "manual").info
    retention.destroy_case(vault, doomed.id)
    key = vault.key
    vault.close()
    written: set[str] = set()
    restores = KilledRestores(rng)
    for r in range(12):
        written.add(_write_one(case.id, f"복원 {r}회 전 기록"))
        restores.run(old.path, PASSPHRASE)
        v = Vault.open(PASSPHRASE)
        try:
            live = _consistent(v)
            with v.session() as s:
                assert s.get(Case, doomed.id).destroyed_at is not None
            assert "destroyed_data_left" not in [p.code for p in checkup.run_checks(v)]
        finally:
            v.close()
        missing = written - live - _everywhere(key)
        assert not missing, f"round {r}: {len(missing)} committed entries lost"


def test_kills_during_a_cross_installation_restore(vault, case, tmp_path) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random()
    key = vault.key
    vault.close()
    foreign, marker = _foreign_backup(vault, tmp_path)
    written: set[str] = set()
    restores = KilledRestores(rng)
    for r in range(10):
        written.add(_write_one(case.id, f"{r}회째 이 설치의 기록"))
        restores.run(foreign, OTHER_PASSPHRASE)
        try:
            v = Vault.open(PASSPHRASE)  # not decided: this installation as it was
        except WrongPassphrase:
            v = Vault.open(OTHER_PASSPHRASE)  # decided: the other installation, whole
            try:
                assert marker in _consistent(v)
            finally:
                v.close()
            good = backup_inspect.newest_good_backup(PASSPHRASE)
            assert good is not None and good.reason == "set-aside"
            v = backup.restore_backup(good.path, passphrase=PASSPHRASE).vault
        try:
            live = _consistent(v)
        finally:
            v.close()
        missing = written - live - _everywhere(key)
        assert not missing, f"round {r}: {len(missing)} committed entries lost"


def test_kills_during_restores_never_lose_a_correction_request(vault, case) -> None:  # type: ignore[no-untyped-def]
    """정정·삭제 요구 written after the backup are carried into the restored file: whichever side of the decision a
    kill falls on, the next open shows every request once (and the answer one got)."""
    from caseapp.services import corrections
    rng = random.Random()
    old = backup.create_backup(vault, "manual").info
    vault.close()
    asked: set[str] = set()
    answered: str | None = None
    restores = KilledRestores(rng)
    for r in range(10):
        with Vault.open(PASSPHRASE) as v:
            asked.add(corrections.add_request(v, case.id, f"{r}회 정정 요구").id)
            if answered is None:
                answered = next(iter(asked))
                corrections.answer(v, answered, "corrected")
        restores.run(old.path, PASSPHRASE)
        v = Vault.open(PASSPHRASE)
        try:
            _consistent(v)
            shown = corrections.requests(v)
        finally:
            v.close()
        assert sorted(q.id for q in shown) == sorted(asked), f"round {r}"
        assert {q.id: q.outcome for q in shown}[answered] == "corrected"
