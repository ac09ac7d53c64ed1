"""kill -9 during ``sync import --yes`` leaves the case file as it was before, or wholly imported: never between."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.sync.transport_helpers import PASSPHRASES, add_entry, content, init, open_case, opened, run

REPO = Path(__file__).resolve().parents[2]


def _held(folder: Path) -> dict[str, object]:
    from caseapp.services import sync_log
    facts = content(folder)
    with opened(folder) as vault, vault.session() as s:
        facts["vector"] = sync_log.local_vector(s)
    return facts


def _import_in_child(folder: Path, bundle: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "CASEAPP_DATA_DIR": str(folder), "CASEAPP_KDF_COST": "10", "PYTHONPATH": str(REPO),
           "CASEAPP_PASSPHRASE": PASSPHRASES["office"]}
    return subprocess.Popen([sys.executable, "-m", "caseapp", "sync", "import", str(bundle), "--yes"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)


@pytest.mark.slow
def test_kill_9_at_any_point_of_an_import_leaves_the_file_before_or_after(tmp_path: Path, data_dir: Path) -> None:
    office, laptop = tmp_path / "office", tmp_path / "laptop"
    init(office)
    number, _ = open_case(office)
    first = tmp_path / "first.casesync"
    run(office, "sync", "export", "-o", str(first))
    assert run(laptop, "init", "--from-bundle", str(first),
               env={"CASEAPP_BUNDLE_PASSPHRASE": PASSPHRASES["office"]}).code == 0
    for n in range(40):
        add_entry(laptop, number, f"가정방문 기록 {n}: 난방비와 월세 상담", sign=n % 3 == 0)
    for n in range(5):
        open_case(laptop, f"새대상자{n}")
    bundle = tmp_path / "work.casesync"
    assert run(laptop, "sync", "export", "-o", str(bundle)).code == 0
    template = tmp_path / "template"
    shutil.copytree(office, template)
    before = _held(office)
    assert run(office, "sync", "import", str(bundle), "--yes").code == 0
    after = _held(office)
    assert after != before
    rng = random.Random(17)
    outcomes = {"before": 0, "after": 0}
    for _ in range(12):
        trial = tmp_path / "office"  # the same folder name keeps the passphrase lookup and the device id
        shutil.rmtree(trial)
        shutil.copytree(template, trial)
        child = _import_in_child(trial, bundle)
        time.sleep(rng.uniform(0.3, 3.0))
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)
        child.wait()
        held = _held(trial)
        assert held in (before, after)
        outcomes["before" if held == before else "after"] += 1
        if held == before:  # a file left as before imports completely afterwards
            assert run(trial, "sync", "import", str(bundle), "--yes").code == 0
            assert _held(trial) == after
    assert outcomes["before"] > 0
