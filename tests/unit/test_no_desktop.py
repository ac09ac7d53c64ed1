"""Started without any display, caseapp says in one line that it needs a desktop instead of Qt's abort (exit 134)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from caseapp.ui.display import desktop_available

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("env", "platform", "expected"), [
    ({}, "linux", False),
    ({"DISPLAY": ":0"}, "linux", True),
    ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", True),
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux", True),
    ({"QT_QPA_PLATFORM": "xcb"}, "linux", False),
    ({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":14"}, "linux", True),
    ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":14"}, "linux", True),
    ({"QT_QPA_PLATFORM": "wayland"}, "linux", False),
    ({}, "win32", True),
    ({}, "darwin", True),
])
def test_a_desktop_is_found_where_qt_could_open_a_window(env: dict[str, str], platform: str,
                                                         expected: bool) -> None:
    assert desktop_available(env, platform) is expected


@pytest.mark.parametrize(("lang", "words"), [(None, "화면(데스크톱)이 없습니다"), ("en", "needs a desktop")])
def test_without_a_display_the_gui_start_says_so_in_one_line_and_exits_1(tmp_path: Path, lang: str | None,
                                                                       words: str) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM",
                                                             "CASEAPP_LANG")}
    env["PYTHONPATH"] = str(ROOT)
    argv = [sys.executable, "-m", "caseapp", "--data-dir", str(tmp_path / "data")] + (["--lang", lang] if lang else [])
    result = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0] and "caseapp --help" in lines[0]
    assert not (tmp_path / "data").exists()  # nothing was created for a start that could not happen
