"""A work-around for a reference-counting bug of the PySide6 caseapp runs on, checked for at start-up and applied
only where it shows.

PySide6 6.12.0: ``SignalInstance.emit()`` (and a successful ``disconnect()``) returns ``True`` without taking a
reference to it, so every emit from Python code drops one of the references the interpreter holds on ``True``.
On Python 3.11, where ``True`` is not yet immortal (it is from 3.12 on), the count reaches zero once enough signals
have been emitted: at exit, when everything else lets go of its references, after opening and closing some thirty
case views; or in the middle of a long day's work. The interpreter then aborts with "Fatal Python error:
bool_dealloc" (unsaved typing lost with it). Found by watching ``sys.getrefcount(True)`` fall by one per emit, with
or without a connected slot, for signals of any argument types; signals Qt emits itself are not affected.

The cure is the one Python 3.12 applies to every build: ``True`` and ``False`` get a reference count no program
can exhaust. They are never freed anyway (they live as long as the interpreter), so nothing else changes.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

PROBE_EMITS = 64
# Added to each of True's and False's reference counts: ~10^12 emits before the count could reach zero again.
SPARE_REFERENCES = 1 << 40

_applied = False


class _Probe(QObject):
    ping = Signal()


def emit_drops_true() -> bool:
    """Whether emitting a Python-declared signal takes a reference away from ``True`` (the bug above)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(PROBE_EMITS):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    return lost >= PROBE_EMITS // 2  # another thread may take or drop a few meanwhile; the bug drops one each


def keep_booleans_alive() -> bool:
    """Make ``True`` and ``False`` outlast any number of emits if this PySide6 has the bug and this Python does not
    make them immortal itself. Returns whether the work-around is in force (idempotent)."""
    global _applied
    if _applied:
        return True
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12) or not emit_drops_true():
        return False
    for value in (True, False):
        refcount = ctypes.c_ssize_t.from_address(id(value))  # ob_refcnt: the first field of every CPython object
        refcount.value += SPARE_REFERENCES
    _applied = True
    return True
