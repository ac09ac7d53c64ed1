"""Cyclic garbage collection tuned for a long-lived process that holds many objects (10,000 case summaries).

With the default thresholds (700, 10, 10) a case list load ran dozens of full collections, each walking every object
the program ever made (~40 % of the load, and 150–190 ms pauses on the GUI thread). caseapp's data has almost no
reference cycles, so young collections can be rarer, and what start-up made (modules, classes, Qt wrappers) is moved
out of the collector's sight once (:func:`freeze_startup`): later collections only walk objects made since.

Freed memory is another matter: glibc's allocator keeps what a big transient job freed (the rows and lists of a
10,000-case list load, ~30 MB) for reuse, so the resident size only grows; :func:`release_memory` hands it back.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable

# Small young generations: a young collection's pause grows with what it walks (up to threshold0 x threshold1
# objects for the middle one). (20_000, 20, 20) walked up to 400,000 objects at once: 27-34 ms pauses idle, 120-250
# ms at load 6, holding the GIL on whichever thread (the list's worker) met them. At (2_000, 10, 100) a 10,000-case
# list load pauses at most ~14 ms and its load takes less CPU; full collections stay rare (freeze_startup).
THRESHOLDS = (2_000, 10, 100)
# Until start-up is over (imports make hundreds of thousands of objects that all live on, nothing to collect):
# rare collections, as before.
STARTUP_THRESHOLDS = (20_000, 20, 20)


def tune() -> None:
    """At process start: few collections while the modules are imported (see freeze_startup for the rest)."""
    gc.set_threshold(*STARTUP_THRESHOLDS)


def freeze_startup() -> None:
    """Call once start-up is over (the main window shown): start-up objects are never collected again."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(*THRESHOLDS)


def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None  # Windows' and macOS' allocators return large free blocks themselves
    try:
        import ctypes
        return ctypes.CDLL(None).malloc_trim  # type: ignore[no-any-return]
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return None


def release_memory() -> bool:
    """Give the C heap's free pages back to the system (after a case list load, after a case tab closed): a few
    milliseconds. Returns whether the allocator could be asked."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
