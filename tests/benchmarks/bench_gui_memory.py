"""Where the GUI's resident memory goes at 10,000 cases (issue 14's RSS row, taken apart).

    QT_QPA_PLATFORM=offscreen python3 tests/benchmarks/bench_gui_memory.py --data DIR [--code ROOT] [--qt-first]
        [--open-cases 50] [--unlocks 2] [--modules] [--tracemalloc]

DIR is the data folder of a copy of the benchmark file (``bench_file.py``; its ``bench.json`` beside it).

Runs the memory row's steps of ``bench_issue14.py`` (unlock, list shown, the 500-entry case opened a few times,
``--open-cases`` cases opened and closed, a reload) in one process and prints, at each step, the resident size
split by what holds it: the C heap as glibc sees it (``mallinfo2``: in use, free but kept, mmapped blocks; the
number of arenas from ``malloc_info``), SQLite's own allocations (``sqlite3_memory_used``: page caches, schema,
statements), Python's object allocator (pymalloc's arenas, from ``sys._debugmallocstats``), anonymous versus
file-backed pages (``/proc/self/smaps_rollup``) and the process's CPU time so far. ``--code`` puts that checkout
first on the import path (old code against new in the same minutes); ``--qt-first`` imports the GUI before the data
layer, as ``caseapp`` starts (``bench_issue14.py`` imports the vault first, so PySide6's import hook never sees
SQLAlchemy's modules there); ``--modules`` lists what each step imported; ``--tracemalloc`` prints the Python
allocation sites that grew most at each step (minutes: run it apart from timings). Not collected by pytest; it
prints numbers (sizes in MB), it asserts nothing.
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import os
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gui_teardown import close_window  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PASSPHRASE = "benchmark passphrase 벤치마크"
MB = 1024 * 1024


class _Mallinfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in
                ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks",
                 "keepcost")]


def _libc() -> Any:
    libc = ctypes.CDLL(None)
    libc.mallinfo2.restype = _Mallinfo2
    return libc


def _arenas(libc: Any) -> int:
    """How many malloc arenas exist (malloc_info's XML has one <heap> per arena)."""
    with tempfile.NamedTemporaryFile(prefix="h5-mallinfo-", suffix=".xml") as f:
        libc.fopen.restype = ctypes.c_void_p
        libc.fopen.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
        stream = libc.fopen(f.name.encode(), b"w")
        libc.malloc_info.argtypes = [ctypes.c_int, ctypes.c_void_p]
        libc.malloc_info(0, stream)
        libc.fclose.argtypes = [ctypes.c_void_p]
        libc.fclose(stream)
        return len(re.findall(r"<heap nr=", Path(f.name).read_text()))


def _sqlite_used() -> float:
    import sqlcipher3
    lib = ctypes.CDLL(str(next(Path(sqlcipher3.__file__).parent.glob("_sqlite3*.so"))))
    lib.sqlite3_memory_used.restype = ctypes.c_int64
    return lib.sqlite3_memory_used() / MB


def _smaps() -> dict[str, float]:
    out = {}
    for line in Path("/proc/self/smaps_rollup").read_text().splitlines()[1:]:
        key, value = line.split(":", 1)
        out[key] = int(value.split()[0]) / 1024
    return out


def _pymalloc_mb() -> float:
    """Bytes in pymalloc's arenas (Python's small objects; mmapped, so mallinfo2 does not see them)."""
    with tempfile.TemporaryFile(prefix="h5-pymalloc-") as f:
        sys.stderr.flush()
        saved = os.dup(2)
        os.dup2(f.fileno(), 2)
        try:
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        f.seek(0)
        found = re.search(rb"# arenas allocated current\s*=\s*([\d,]+)", f.read())
    return int(found.group(1).replace(b",", b"")) * (1 << 20) / MB if found else 0.0


def files_by_rss(top: int = 12) -> None:
    """The file mappings holding most resident pages (shared libraries, fonts, locale data)."""
    sizes: dict[str, int] = {}
    name = ""
    for line in Path("/proc/self/smaps").read_text().splitlines():
        if re.match(r"^[0-9a-f]+-[0-9a-f]+ ", line):
            parts = line.split()
            name = parts[5] if len(parts) > 5 else "[anon]"
        elif line.startswith("Rss:"):
            sizes[name] = sizes.get(name, 0) + int(line.split()[1])
    for name, kib in sorted(sizes.items(), key=lambda item: -item[1])[:top]:
        print(f"    {kib / 1024:6.1f} MB  {name}")


_seen_modules: set[str] = set()
_traced: list[Any] = []  # (label, tracemalloc snapshot) with --tracemalloc
_print_modules = False


def _tracing() -> bool:
    import tracemalloc
    return tracemalloc.is_tracing()


def _caller(trace: Any) -> str:
    """The nearest frame outside the import machinery: who made the object."""
    frames = [f for f in trace.traceback if not f.filename.startswith("<frozen")]
    return f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "<import>"


def _trace_growth(label: str, top: int = 20) -> None:
    import tracemalloc
    taken = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)])
    now: dict[str, int] = {}
    for trace in taken.traces:
        where = _caller(trace)
        now[where] = now.get(where, 0) + trace.size
    before = _traced[-1][1] if _traced else {}
    _traced.append((label, now))
    grown = sorted(((size - before.get(where, 0), where) for where, size in now.items()), reverse=True)[:top]
    print(f"    traced Python allocations {sum(now.values()) / MB:.1f} MB; grown most since the step before:")
    for size, where in grown:
        if size > 50_000:
            print(f"      {size / MB:+6.2f} MB  {where}")


def snapshot(label: str, libc: Any, cpu: float) -> dict[str, float]:
    m = libc.mallinfo2()
    s = _smaps()
    row = {"rss": s["Rss"], "anon": s["Anonymous"], "file": s["Rss"] - s["Anonymous"],
           "heap_used": m.uordblks / MB, "heap_free": m.fordblks / MB, "mmapped": m.hblkhd / MB,
           "arenas": _arenas(libc), "sqlite": _sqlite_used(), "pymalloc": _pymalloc_mb(),
           "threads": len(os.listdir("/proc/self/task")), "cpu": cpu}
    print(f"{label:<28} RSS {row['rss']:6.1f}  anon {row['anon']:6.1f}  file {row['file']:5.1f} | heap used "
          f"{row['heap_used']:6.1f} free {row['heap_free']:5.1f} mmap {row['mmapped']:5.1f} arenas "
          f"{row['arenas']:2.0f} | sqlite {row['sqlite']:5.1f} | pymalloc {row['pymalloc']:5.1f} | "
          f"threads {row['threads']:2.0f} | cpu {row['cpu']:5.2f} s", flush=True)
    if _tracing():
        _trace_growth(label)
    if _print_modules:
        new = sorted(set(sys.modules) - _seen_modules)
        _seen_modules.update(new)
        print(f"    {len(new)} modules new:", " ".join(new), flush=True)
        import linecache
        print(f"    linecache: {len(linecache.cache)} files, "
              f"{sum(len(line) for entry in linecache.cache.values() if len(entry) > 2 for line in entry[2])} chars",
              flush=True)
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, type=Path, help="the bench file's data folder (a copy)")
    parser.add_argument("--code", type=Path, help="import caseapp from this checkout")
    parser.add_argument("--open-cases", type=int, default=50)
    parser.add_argument("--unlocks", type=int, default=2, help="unlocks before the last window is kept")
    parser.add_argument("--tracemalloc", action="store_true")
    parser.add_argument("--modules", action="store_true", help="print the modules each step imported")
    parser.add_argument("--qt-first", action="store_true",
                        help="import the GUI before the data layer, in the order `caseapp` itself starts (the "
                             "default imports the vault first, as bench_issue14.py does)")
    args = parser.parse_args(argv)
    if args.code:
        sys.path.insert(0, str(args.code.resolve()))
    if args.tracemalloc:
        import tracemalloc
        tracemalloc.start(8)
    global _print_modules
    _print_modules = args.modules
    libc = _libc()
    start_cpu = time.process_time()

    def cpu() -> float:
        return time.process_time() - start_cpu

    from caseapp import gc_tuning
    gc_tuning.tune()
    if args.qt_first:
        import caseapp.ui.app  # noqa: F401 - as caseapp.__main__ → run_gui: PySide6 before SQLAlchemy
    import caseapp
    print("caseapp from", Path(caseapp.__file__).parent, flush=True)
    from caseapp import paths
    from caseapp.services.vault import Vault
    from caseapp.ui.app import create_application
    from caseapp.ui.main_window import MainWindow
    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
    from PySide6.QtWidgets import QApplication
    paths.set_data_dir(args.data)
    app = create_application("ko")
    snapshot("imports, app made", libc, cpu())

    def settle(rounds: int = 3) -> None:
        for _ in range(rounds):
            QApplication.processEvents()

    def wait_until(condition: Any, timeout: float = 600.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError
            QApplication.processEvents()
            time.sleep(0.0005)

    def drain() -> None:
        QThreadPool.globalInstance().waitForDone(60_000)
        settle()

    def idle() -> None:
        until = time.monotonic() + 0.4
        while time.monotonic() < until:
            settle(1)
            time.sleep(0.01)

    frozen = False
    window: Any = None
    vault: Any = None
    for i in range(args.unlocks):
        vault = Vault.open(PASSPHRASE)
        if i == 0:
            snapshot("file open", libc, cpu())
        window = MainWindow(vault)
        window.idle.set_minutes(0)
        window.resize(1366, 768)
        window.show()
        window.start()
        if not frozen:
            gc_tuning.freeze_startup()
            frozen = True
        wait_until(lambda: window.case_list.model.rowCount() >= 1000)
        settle()
        snapshot(f"list shown (unlock {i + 1})", libc, cpu())
        if i < args.unlocks - 1:
            close_window(window, vault, drain)
            del window, vault
            gc.collect()
    wait_until(getattr(window, "case_view_warmed", lambda: True))
    drain()
    idle()
    snapshot("list, warmed, idle", libc, cpu())
    def open_and_close(case_id: str) -> None:
        view = window.open_case(case_id)
        assert view is not None
        view.repaint()
        settle()
        while window.tabs.count() > 2:
            window.close_tab(window.tabs.count() - 1)
        settle()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    import json
    info = json.loads((args.data.parent / "bench.json").read_text(encoding="utf-8"))
    for _ in range(6):
        open_and_close(info["busy_case_id"])
    for _ in range(6):
        open_and_close(info["implementation_case_id"])
    drain()
    gc.collect()
    idle()
    snapshot("busy cases opened 12x", libc, cpu())
    ids = [c.case_id for c in window.case_list.model.rows if c.closed_on is None][:args.open_cases]
    half = len(ids) // 2
    for case_id in ids[:half]:
        open_and_close(case_id)
    drain()
    gc.collect()
    idle()
    snapshot(f"after {half} cases", libc, cpu())
    for case_id in ids[half:]:
        open_and_close(case_id)
    drain()
    gc.collect()
    idle()
    snapshot(f"after {len(ids)} cases", libc, cpu())
    job = window.refresh_lists()
    wait_until(lambda: not getattr(window.case_list, "loading", lambda: job.running)())
    drain()
    idle()
    snapshot("after a reload", libc, cpu())
    files_by_rss()
    window.discard_and_close()
    drain()
    vault.close()
    paths.set_data_dir(None)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
