"""Memory a big transient job freed goes back to the system (glibc keeps it otherwise), and the collector's
settings are the ones the module documents."""

from __future__ import annotations

import gc
import sys

import pytest

from caseapp import gc_tuning


def _rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_release_memory_gives_freed_heap_pages_back() -> None:
    # 60 MiB in blocks below glibc's mmap threshold, every 40th kept: the heap cannot shrink from its top, so
    # free() alone keeps the pages (as after a list load whose results outlive its temporaries).
    blocks = [bytearray(b"x" * 24_000) for _ in range(2_600)]
    kept = blocks[::40]
    del blocks
    before = _rss_mib()
    assert gc_tuning.release_memory() is True
    assert _rss_mib() < before - 30
    assert all(b[0] == ord("x") for b in kept)  # what is still referenced is untouched


def test_release_memory_is_harmless_where_it_cannot_trim(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    assert gc_tuning.release_memory() is False


def test_start_up_then_steady_thresholds() -> None:
    saved = gc.get_threshold()
    try:
        gc_tuning.tune()
        assert gc.get_threshold() == gc_tuning.STARTUP_THRESHOLDS
        gc_tuning.freeze_startup()
        assert gc.get_threshold() == gc_tuning.THRESHOLDS  # small young generations: short pauses from now on
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.set_threshold(*saved)
