"""Work-arounds for two faults of the PySide6 caseapp runs on: a reference-counting bug (checked for at start-up
and applied only where it shows) and a start-up cost paid in memory for the whole session.

PySide6 6.12.0: ``SignalInstance.emit()`` (and a successful ``disconnect()``) returns ``True`` without taking a
reference to it, so every emit from Python code drops one of the references the interpreter holds on ``True``.
On Python 3.11, where ``True`` is not yet immortal (it is from 3.12 on), the count reaches zero once enough signals
have been emitted: at exit, when everything else lets go of its references, after opening and closing some thirty
case views; or in the middle of a long day's work. The interpreter then aborts with "Fatal Python error:
bool_dealloc" (unsaved typing lost with it). Found by watching ``sys.getrefcount(True)`` fall by one per emit, with
or without a connected slot, for signals of any argument types; signals Qt emits itself are not affected.

The cure is the one Python 3.12 applies to every build: ``True`` and ``False`` get a reference count no program
can exhaust. They are never freed anyway (they live as long as the interpreter), so nothing else changes.

Memory (:func:`scan_sources_without_cache`): PySide6 hooks every import made after it is loaded and asks whether the
new module uses PySide6 (for its ``__feature__`` switching) by searching the module's source text, which it gets
from ``inspect.getsource``. That goes through ``linecache``, which keeps every line of every module the program
imports for as long as it runs, one string per line: with PySide6 imported first, as caseapp starts, ~580 files
and 10 million characters, 22 MB of Python objects and 25 MB of resident size after the GUI's imports. The same
question is answered by reading the file's bytes once and keeping nothing.
"""

from __future__ import annotations

import ctypes
import linecache
import sys
from collections.abc import Callable
from types import ModuleType

from PySide6.QtCore import QObject, Signal

PROBE_EMITS = 64
# Added to each of True's and False's reference counts: ~10^12 emits before the count could reach zero again.
SPARE_REFERENCES = 1 << 40

_applied = False
_scan_replaced = False
# PySide6's module holding the import hook's source check (loaded from the zip embedded in shiboken6).
FEATURE_MODULE = "shibokensupport.feature"
SOURCE_CHECK = "_mod_uses_pyside"


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


def _source_check_without_cache(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        """PySide6's answer (the text "PySide6" in the module's source) from the file's bytes, not from the lines
        ``linecache`` would keep. Modules without a ``.py`` file (built in, extensions, zips) get PySide6's own
        answer: it fails fast for the first two and reads nothing from disk for the last. A ``.py`` path that cannot
        be opened (a module imported from a zip has one: ``lib.zip/pkg/mod.py``) gets PySide6's answer too, which
        reads the source through the module's loader."""
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as f:
                return b"PySide6" in f.read()  # the same bytes in UTF-8 or any ASCII-compatible source encoding
        except OSError:
            return original(module)  # False when there is no source at all, as inspect.getsource's OSError gives
    return uses_pyside


def scan_sources_without_cache() -> bool:
    """Make PySide6's check of each imported module keep no source lines (see the module docstring), and drop the
    lines it kept for modules imported before this call. Called when ``caseapp.ui`` is imported. Returns whether
    the check was found and replaced (idempotent; False on a PySide6 without it: nothing to do)."""
    global _scan_replaced
    if _scan_replaced:
        return True
    feature = sys.modules.get(FEATURE_MODULE)
    original = getattr(feature, SOURCE_CHECK, None)
    if feature is None or not callable(original):
        return False
    setattr(feature, SOURCE_CHECK, _source_check_without_cache(original))
    _scan_replaced = True
    for name, entry in list(linecache.cache.items()):
        # Only lines read from a file (size, mtime, lines, path with an mtime): linecache reads them again if a
        # traceback needs them. Entries registered with no mtime (SQLAlchemy's generated functions) cannot be.
        if len(entry) == 4 and entry[1] is not None:
            linecache.cache.pop(name, None)
    return True
