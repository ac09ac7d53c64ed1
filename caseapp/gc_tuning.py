"""Cyclic garbage collection tuned for a long-lived process that holds many objects (10,000 case summaries).

With the default thresholds (700, 10, 10) a case list load ran dozens of full collections, each walking every object
the program ever made (~40 % of the load, and 150–190 ms pauses on the GUI thread). caseapp's data has almost no
reference cycles, so young collections can be rarer, and what start-up made (modules, classes, Qt wrappers) is moved
out of the collector's sight once (:func:`freeze_startup`): later collections only walk objects made since.
"""

from __future__ import annotations

import gc

THRESHOLDS = (20_000, 20, 20)


def tune() -> None:
    gc.set_threshold(*THRESHOLDS)


def freeze_startup() -> None:
    """Call once start-up is over (the main window shown): start-up objects are never collected again."""
    gc.collect()
    gc.freeze()
