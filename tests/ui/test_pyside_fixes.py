"""A long session emits signals by the hundred thousand; the program must not abort for it (PySide6 6.12.0's emit
takes a reference away from ``True`` each time: see caseapp/ui/pyside_fixes.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import sys
from PySide6.QtCore import QObject, Signal
{start}
class Typing(QObject):
    edited = Signal(bool)
typing = Typing()
seen = []
typing.edited.connect(seen.append)
for i in range(100_000):  # far more than the references a small process holds on True
    typing.edited.emit(i % 2 == 0)
    seen.clear()
print("emitted", flush=True)
"""


def run_child(start: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), CASEAPP_DATA_DIR=str(tmp_path / "data"))
    return subprocess.run([sys.executable, "-c", CHILD.format(start=start)], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=300)


def test_a_process_that_emits_many_signals_runs_and_exits_cleanly(tmp_path: Path) -> None:
    done = run_child("from caseapp.ui.app import create_application\napp = create_application('ko')", tmp_path)
    assert "bool_dealloc" not in done.stderr
    assert done.returncode == 0, done.stderr[-2000:]
    assert "emitted" in done.stdout


def test_the_work_around_is_applied_only_where_the_bug_shows(tmp_path: Path) -> None:
    probe = run_child("from caseapp.ui import pyside_fixes\nprint('bug', pyside_fixes.emit_drops_true())\n"
                      "print('applied', pyside_fixes.keep_booleans_alive())", tmp_path)
    assert probe.returncode == 0, probe.stderr[-2000:]
    bug = "bug True" in probe.stdout
    expected = bug and sys.version_info < (3, 12)
    assert f"applied {expected}" in probe.stdout


SOURCES_CHILD = r"""
import linecache, sys
sys.path.insert(0, sys.argv[1])
import caseapp.ui  # applies the fix (see caseapp/ui/__init__.py)
from caseapp.ui import pyside_fixes
feature = sys.modules[pyside_fixes.FEATURE_MODULE]
import uses_qt, plain  # imported after PySide6: its hook asks whether each uses PySide6
print("answers", feature.pyside_feature_dict["uses_qt"], feature.pyside_feature_dict["plain"])
print("kept", sorted(n for n in linecache.cache if n.endswith(("uses_qt.py", "plain.py"))))
print("kept before", sum(1 for n, e in linecache.cache.items() if len(e) == 4 and e[1] is not None))
"""


def test_pyside_imports_keep_no_source_lines_and_give_pyside_the_same_answers(tmp_path: Path) -> None:
    """PySide6's import hook read each module's source through linecache, which kept every line of every module
    for the whole session (25 MB resident after the GUI's imports); the fix answers from the file's bytes."""
    modules = tmp_path / "modules"
    modules.mkdir()
    (modules / "uses_qt.py").write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    (modules / "plain.py").write_text("VALUE = '한글 소스'\n", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", SOURCES_CHILD, str(modules)], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "answers 0 -1" in done.stdout  # uses PySide6: 0 ("no feature"); does not: -1 ("ignore"), as PySide6 says
    assert "kept []" in done.stdout
    assert "kept before 0" in done.stdout  # what the hook read before the fix was dropped too
