"""Is there a desktop to open a window on? Asked before QApplication exists, because without one Qt aborts the
process (exit 134) with a page of plugin text instead of a sentence the user can act on."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

from caseapp import i18n_text

# Platforms that need no window system session (tests, remote frame buffers, embedded screens).
SELF_CONTAINED = ("offscreen", "minimal", "vnc", "eglfs", "linuxfb", "vkkhrdisplay", "windows", "cocoa", "direct2d")


def desktop_available(env: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return True  # Windows and macOS always have their own window system
    requested = [p.split(":", 1)[0].strip() for p in env.get("QT_QPA_PLATFORM", "").split(";") if p.strip()]
    if any(p in SELF_CONTAINED for p in requested):
        return True
    x11 = bool(env.get("DISPLAY"))
    wayland = bool(env.get("WAYLAND_DISPLAY") or env.get("WAYLAND_SOCKET"))
    if requested:
        return any((p == "xcb" and x11) or (p.startswith("wayland") and wayland) for p in requested)
    return x11 or wayland


def no_desktop_message(lang: str | None = None) -> str:
    ko = ("caseapp: 프로그램 창을 열 화면(데스크톱)이 없습니다. 명령줄에서 쓰려면 'caseapp --help'를 보세요.")
    en = "caseapp: needs a desktop to open its window (no display found); for the command line see 'caseapp --help'."
    return ko if (lang or i18n_text.current_language()) == "ko" else en


def check_desktop(lang: str | None = None) -> int | None:
    """``None`` if a window can open; else the one-line message is on stderr and the exit code (1) returned."""
    if desktop_available():
        return None
    print(no_desktop_message(lang), file=sys.stderr)
    return 1
