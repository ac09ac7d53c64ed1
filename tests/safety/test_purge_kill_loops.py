"""kill -9 at random moments of ``destroy --purge-backups`` (slow: run with ``-m slow``): after every kill each
backup still opens, passes its integrity check and either still holds the case or holds none of it; the next
purge finishes the job, and the clean-up takes away any half-written copy."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import date

import pytest

from caseapp import paths
from caseapp.services import backup, backup_catalogue, backup_purge, cases, entries
from caseapp.storage.models import Case
from caseapp.storage.sqlite_backup import verify_copy

from .conftest import PASSPHRASE
from .helpers import REPO

pytestmark = pytest.mark.slow


def test_a_purge_killed_at_any_moment_never_leaves_half_a_backup(vault) -> None:  # type: ignore[no-untyped-def]
    case = cases.open_case(vault, {"name": "파기대상"}, {"presenting_request": "지울 내용 QQQ"})
    for i in range(30):
        entries.add_service_entry(vault, case.id, "counselling", f"상담 {i} " * 40)
    with vault.session(write=True) as s:
        row = s.get(Case, case.id)
        row.closed_on, row.stage = date(2018, 1, 5), "termination"
        s.add(row)
    made = [backup.create_backup(vault, "manual").info.path for _ in range(3)]
    number, key = case.case_number, vault.key
    vault.close()
    env = {**os.environ, "CASEAPP_DATA_DIR": str(paths.data_dir()), "CASEAPP_KDF_COST": "10",
           "PYTHONPATH": str(REPO), "CASEAPP_PASSPHRASE": PASSPHRASE}
    proc = subprocess.run([sys.executable, "-m", "caseapp", "destroy", number, "--yes"], env=env, cwd=str(REPO),
                          capture_output=True)
    assert proc.returncode == 0
    rng = random.Random(7)
    script = ("import sys; from caseapp.services.vault import Vault; from caseapp.services import backup_purge; "
              "v = Vault.open(sys.argv[1]); backup_purge.purge(v, sys.argv[2])")
    for _ in range(12):
        p = subprocess.Popen([sys.executable, "-c", script, PASSPHRASE, case.id], env=env, cwd=str(REPO))
        time.sleep(rng.uniform(0.3, 2.5))
        p.send_signal(signal.SIGKILL)
        p.wait()
        backup_catalogue.remove_partials(paths.backups_dir())
        for path in made:
            verify_copy(path, key)
            assert backup_purge.holds_case(path, key, case.id) in (True, False)
    subprocess.run([sys.executable, "-c", script, PASSPHRASE, case.id], env=env, cwd=str(REPO), check=True)
    assert [backup_purge.holds_case(p, key, case.id) for p in made] == [False, False, False]
