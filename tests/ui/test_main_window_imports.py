"""The main window of a file that never signed, synced through a hub or made a bundle shows its list without
importing the signing stack (pyHanko, ReportLab, pikepdf, aiohttp): ~50 MB resident that the case list does not
need. Run in a fresh interpreter, since this test process has imported all of it already."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("pyhanko", "reportlab", "pikepdf", "aiohttp", "caseapp.services.signing", "caseapp.services.sync_bundle",
         "caseapp.export.sign")

_CHILD = r"""
import json, sys, time
from caseapp.ui.app import create_application
app = create_application("ko")
from caseapp.services.vault import Vault
from caseapp.ui.main_window import MainWindow
vault = Vault.open(sys.argv[1])
window = MainWindow(vault)
window.show()
window.start()
deadline = time.monotonic() + 60
while window.case_list.model.rowCount() < 2 and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.005)
print(json.dumps({"rows": window.case_list.model.rowCount(), "sync": window.sync_label.text(),
                  "hub": window.hub_sync.label.isVisibleTo(window),
                  "loaded": sorted(m for m in sys.modules if m.split(".")[0] in ("pyhanko", "reportlab", "pikepdf",
                                   "aiohttp") or m.startswith(("caseapp.services.signing",
                                   "caseapp.services.sync_bundle", "caseapp.export.sign")))}))
window.discard_and_close()
vault.close()
"""


def test_list_shown_without_the_signing_stack(vault, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from caseapp.services import cases
    for name in ("김민수", "이영희"):
        cases.open_case(vault, {"name": name, "phone": "010-1234-5678"}, {"presenting_request": "주거 불안"})
    vault.close()
    env = dict(os.environ, PYTHONPATH=str(ROOT), CASEAPP_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", _CHILD, PASSPHRASE], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    assert shown["rows"] == 2
    assert shown["hub"] is False  # no hub joined: its status line stays hidden
    assert shown["loaded"] == [], f"imported before any export, signature or bundle: {shown['loaded']}"
