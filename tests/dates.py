"""The day as the program sees it, read at each use.

A module constant set at collection goes stale when a run crosses midnight: the program then writes the new day
and the test expects the old one (CI failed that way at 00:00 UTC).
"""

from __future__ import annotations

from datetime import date


def today() -> date:
    return date.today()
