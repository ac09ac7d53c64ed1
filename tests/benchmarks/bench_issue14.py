"""Issue 14's table in one command: caseapp at 10,000 cases, each row against a bare baseline measured in the same run.

    QT_QPA_PLATFORM=offscreen nice python3 tests/benchmarks/bench_issue14.py [--cases 10000] [--repeat 5]

The big file is built once (minutes) into the cache folder (see ``bench_file``; ``CASEAPP_BENCH_CACHE`` chooses it)
and reused while the schema revision is unchanged. Every row prints min / median of ``--repeat`` runs for caseapp
and for its baseline, the ratio of the medians, the issue's target and whether it is met. Where a target is not met
the note says what the floor is. Writes (adding an entry, the unclean open) run on a copy, so the cached file stays
as built. Not collected by pytest (tests/benchmarks is ignored); it prints numbers, it asserts nothing.
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import bench_file  # noqa: E402
from gui_teardown import close_window  # noqa: E402

ROOT = bench_file.ROOT
MB = 1024 * 1024
OPEN_CASES = 50  # --open-cases: how many cases are opened (and closed) for the memory row


# Each row's short key for --only, and the groups kept from before (a group's name selects all its rows). Rows of
# one group share their set-up (the GUI rows one window, the file rows one copy): a row left out skips its own work.
ROWS = {
    "startup": "process start → unlock window shown",
    "unlock": "unlock pressed → case list populated",
    "stall": "longest GUI-thread stall (wall and the GUI thread's CPU)",
    "rss": "RSS with the list shown, after 25 and 50 cases, after a reload",
    "case": "open the 500-entry case, warm (intake and 실행)",
    "first-open": "open the 500-entry case first in a process (one process per run)",
    "sign": "time signing adds to an export",
    "export": "signed export of the 500-entry record",
    "cli-search": "CLI `caseapp search 주거`",
    "cli-show": "CLI `caseapp show NUMBER`",
    "size": "file size per case",
    "unclean": "open after an unclean shutdown",
    "add-entry": "adding an entry to a case of 500 entries",
}
GROUPS = {
    "gui": ("unlock", "stall", "rss", "case"),
    "exports": ("sign", "export"),
    "cli": ("cli-search", "cli-show"),
    "file": ("size", "unclean", "add-entry"),
}


def selected_rows(only: list[str] | None) -> set[str]:
    """``--only`` values (each may hold several keys, comma-separated) as row keys; none: every row."""
    if not only:
        return set(ROWS)
    keys: set[str] = set()
    for value in only:
        for key in filter(None, (k.strip() for k in value.split(","))):
            if key in GROUPS:
                keys.update(GROUPS[key])
            elif key in ROWS:
                keys.add(key)
            else:
                raise SystemExit(f"--only: unknown row {key!r}; rows: {', '.join(ROWS)}; groups: {', '.join(GROUPS)}")
    return keys


@dataclass
class Measure:
    key: str  # the row's key in ROWS
    name: str
    unit: str  # "s", "ms", "MB", "KB"
    ours: list[float]
    base: list[float] | None
    target: str
    met: bool | None
    note: str = ""
    series: bool = False  # ours is a sequence of readings (RSS at four moments), not repeated runs

    def cells(self) -> tuple[str, str, str]:
        def mm(values: list[float] | None) -> str:
            if not values:
                return "—"
            fmt = "{:.0f}" if self.unit in ("ms", "MB", "KB") else "{:.2f}"
            if len(values) == 1 or self.series:
                return " / ".join(fmt.format(v) for v in values)
            return f"{fmt.format(min(values))}/{fmt.format(statistics.median(values))}"
        ratio = "—"
        if self.base and self.ours and not self.series and statistics.median(self.base) > 0:
            ratio = f"{statistics.median(self.ours) / statistics.median(self.base):.2f}×"
        return mm(self.base), mm(self.ours), ratio


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def repeat(fn: Callable[[], float | None], n: int) -> list[float]:
    """``fn`` returns its own duration (or None: time the whole call)."""
    out = []
    for _ in range(n):
        start = time.perf_counter()
        got = fn()
        out.append(got if got is not None else time.perf_counter() - start)
    return out


def settle(rounds: int = 3) -> None:
    from PySide6.QtWidgets import QApplication
    for _ in range(rounds):
        QApplication.processEvents()


def wait_until(condition: Callable[[], bool], timeout: float = 600.0) -> None:
    from PySide6.QtWidgets import QApplication
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError
        QApplication.processEvents()
        time.sleep(0.0005)


# --- start-up, in a fresh process each time ---------------------------------------------------------------------

# Prints "painted <rss MB>" at the first paint of the first dialog/window, then leaves at once.
_PAINT_HOOK = r"""
import os, sys
from PySide6.QtCore import QObject, QEvent
from PySide6.QtWidgets import QDialog, QWidget
class _Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            rss = [l for l in open('/proc/self/status') if l.startswith('VmRSS:')][0].split()[1]
            print('painted', int(rss) / 1024, flush=True); os._exit(0)
        return False
_hook = _Painted()
def _watch(widget): widget.installEventFilter(_hook)
"""

_BARE_WINDOW = _PAINT_HOOK + r"""
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
from PySide6.QtGui import QStandardItemModel
app = QApplication(sys.argv)
w = QMainWindow(); view = QTableView(); view.setModel(QStandardItemModel(0, 6)); w.setCentralWidget(view)
_watch(w); _watch(view); w.show(); app.exec()
"""

_CASEAPP_UNLOCK = _PAINT_HOOK + r"""
_exec = QDialog.exec
def exec_(self):
    _watch(self)
    return _exec(self)
QDialog.exec = exec_
sys.argv = ['caseapp', '--data-dir', sys.argv[1]]
from caseapp.__main__ import main
sys.exit(main())
"""


def _time_process(args: list[str], env: dict[str, str] | None = None, expect: str = "") -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(args, capture_output=True, text=True, env=env, cwd=ROOT, timeout=600)
    wall = time.perf_counter() - start
    if expect and expect not in done.stdout:
        raise RuntimeError(f"{args[:3]}: {done.stdout[-500:]} {done.stderr[-2000:]}")
    return wall, done.stdout


def _child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), **extra)
    env.pop("CASEAPP_KDF_COST", None)
    # An installed caseapp runs from compiled bytecode (pip and the bundle write it), as the baseline's libraries
    # do: with PYTHONDONTWRITEBYTECODE (set on the development machine) every run compiled caseapp's ~60 modules
    # again (~0.2 s). The bytecode goes to the cache folder, not into the source tree.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(bench_file.cache_root() / "pycache")
    return env


def measure_startup(bench: bench_file.BenchFile, n: int) -> tuple[Measure, float]:
    env = _child_env()
    base, ours, bare_rss = [], [], []
    for _ in range(n):
        wall, out = _time_process([sys.executable, "-c", _BARE_WINDOW], env, "painted")
        base.append(wall)
        bare_rss.append(float(out.split()[-1]))
        wall, _ = _time_process([sys.executable, "-c", _CASEAPP_UNLOCK, str(bench.folder)], env, "painted")
        ours.append(wall)
    target = 2 * statistics.median(base)
    return Measure("startup", "process start → unlock window shown", "s", ours, base, "≤ 2× bare",
                   statistics.median(ours) <= target), statistics.median(bare_rss)


def _child_cpu() -> float:
    import resource
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure_cli_search(bench: bench_file.BenchFile, n: int, kdf: float) -> Measure:
    return measure_cli(bench, n, kdf, ["search", "주거"], "cli-search")


def measure_cli(bench: bench_file.BenchFile, n: int, kdf: float, command: list[str], key: str) -> Measure:
    """One CLI command's wall time (the passphrase in CASEAPP_PASSPHRASE), beside the bare import baseline."""
    env = _child_env(CASEAPP_PASSPHRASE=bench_file.PASSPHRASE)
    base, ours, base_cpu, ours_cpu = [], [], [], []
    argv = [sys.executable, "-m", "caseapp", "--data-dir", str(bench.folder), *command]
    _time_process(argv, env)  # bytecode
    for _ in range(n):
        start = _child_cpu()
        base.append(_time_process([sys.executable, "-c", "import sqlalchemy, sqlmodel"], env)[0])
        middle = _child_cpu()
        ours.append(_time_process(argv, env)[0])
        base_cpu.append(middle - start)
        ours_cpu.append(_child_cpu() - middle)
    limit = kdf + 0.4
    shown = " ".join(command if command[0] != "show" else ["show", "NUMBER"])
    return Measure(key, f"CLI `caseapp {shown}` wall", "s", ours, base, f"≤ KDF + 0.4 s ({limit:.2f} s)",
                   statistics.median(ours) <= limit,
                   f"baseline: python3 -c 'import sqlalchemy, sqlmodel'; CPU of the processes (user + system): "
                   f"baseline {_mm(base_cpu)} s, caseapp {_mm(ours_cpu)} s; the KDF alone {kdf:.2f} s (median)")


def small_case_number(bench: bench_file.BenchFile) -> str:
    """The small case's number, for ``caseapp show`` (a command that imports its services before it opens)."""
    from caseapp.services.vault import Vault
    from caseapp.storage.models import Case
    vault = Vault.open(bench_file.PASSPHRASE)
    try:
        with vault.session() as s:
            case = s.get(Case, bench.small_case_id)
            assert case is not None
            return case.case_number
    finally:
        vault.close()


# --- in-process: unlock, list, memory, case view ------------------------------------------------------------------

def scrypt_alone(n: int, cpu: list[float] | None = None) -> list[float]:
    """Wall times of the key file's KDF alone (``cpu``: gets the CPU time of each)."""
    import hashlib
    import json

    from caseapp import paths
    envelope = json.loads(paths.key_file().read_text(encoding="utf-8"))["envelopes"]["passphrase"]
    log2_n = int(envelope["log2_n"])

    def once() -> None:  # the same primitive the key file uses (OpenSSL's scrypt through hashlib)
        start = time.process_time()
        hashlib.scrypt(b"benchmark", salt=b"0" * 16, n=2 ** log2_n, r=8, p=1, dklen=32, maxmem=1 << 30)
        if cpu is not None:
            cpu.append(time.process_time() - start)
    return repeat(once, n)


def measure_gui(bench: bench_file.BenchFile, n: int, want: set[str]) -> list[Measure]:
    """The rows of one window: unlock, stalls, memory, case view (``want``: their keys; the memory row opens the
    case-view rows' cases first, as in the whole table, so its readings stay comparable)."""
    from caseapp import paths
    from caseapp.services.vault import Vault
    from caseapp.ui.app import create_application
    from caseapp.ui.main_window import MainWindow
    from caseapp import gc_tuning
    paths.set_data_dir(bench.folder)
    gc_tuning.tune()  # as caseapp.__main__ does before anything else
    app = create_application("ko")
    kdf_cpu: list[float] = []
    kdf = scrypt_alone(n, kdf_cpu) if "unlock" in want else []
    unlock: list[float] = []
    unlock_cpu: list[float] = []  # the process's (all threads): on a shared machine the wall time also holds waits
    shown_rss: list[float] = []
    windows: list[Any] = []
    frozen: list[bool] = []

    def unlock_and_list() -> float:
        start, start_cpu = time.perf_counter(), time.process_time()
        vault = Vault.open(bench_file.PASSPHRASE, defer_summaries=True)  # as the unlock window opens it
        window = MainWindow(vault)
        window.idle.set_minutes(0)  # a long run must not auto-lock the window (open_case then refuses)
        window.resize(1366, 768)
        window.show()
        window.start()
        if not windows and not frozen:  # as run_gui: once, after the first window is shown and started
            gc_tuning.freeze_startup()
            frozen.append(True)
        wait_until(lambda: window.case_list.model.rowCount() >= bench.cases)
        settle()
        took = time.perf_counter() - start
        unlock_cpu.append(time.process_time() - start_cpu)
        shown_rss.append(rss_mb())
        windows.append((window, vault))
        return took

    unlocks = n if "unlock" in want else 1  # the other rows need one window
    for i in range(unlocks):
        unlock.append(unlock_and_list())
        if i < unlocks - 1:  # keep the last one open for the next rows
            window, vault = windows.pop()
            close_window(window, vault, _drain)  # else the earlier windows counted in the RSS row
            del window, vault
            gc.collect()
    window, vault = windows[-1]
    out: list[Measure] = []
    if "unlock" in want:
        out.append(Measure("unlock", "unlock pressed → case list populated", "s", unlock, kdf, "≤ KDF + 0.3 s",
                           statistics.median(unlock) <= statistics.median(kdf) + 0.3,
                           "baseline: scrypt alone at the file's cost; the floor is the KDF. CPU time of the "
                           f"process (all threads): caseapp {_mm(unlock_cpu)} s, scrypt alone {_mm(kdf_cpu)} s, "
                           f"the difference of the medians "
                           f"{statistics.median(unlock_cpu) - statistics.median(kdf_cpu):.2f} s"))
    stalls = _stalls(window, n) if "stall" in want else ()
    out += stalls
    for m in out:  # printed now: the case-view rows below take long
        print_row(m)
    print(f"  measured: RSS with the list shown: {shown_rss[-1]:.0f} MB", flush=True)
    if want & {"rss", "case"}:
        out += [m for m in _memory_and_case_view(window, vault, bench, n, shown_rss[-1], "rss" in want)
                if m.key in want]
    if stalls:  # after the memory rows: its items take RSS
        stalls[0].base, stalls[1].base = _bare_table_stalls(window, n)
        print_row(stalls[1])
    window.discard_and_close()
    _drain()
    vault.close()
    paths.set_data_dir(None)
    del app
    return out


def _drain() -> None:
    from PySide6.QtCore import QThreadPool
    QThreadPool.globalInstance().waitForDone(60_000)
    settle()


class _StallWatch:
    """The GUI thread's steps: each one's wall time and the GUI thread's own CPU time (``time.thread_time``: on a
    shared machine the wall time also holds the time other processes had the core), and the cyclic collections
    that ran inside them."""

    def __init__(self) -> None:
        self.walls: list[float] = []
        self.cpus: list[float] = []
        self.gc_pauses: list[tuple[int, float]] = []  # (generation, seconds)
        self._gc_start = 0.0

    def _on_gc(self, phase: str, info: dict[str, int]) -> None:  # any thread's: all hold the GIL meanwhile
        if phase == "start":
            self._gc_start = time.perf_counter()
        else:
            self.gc_pauses.append((info["generation"], time.perf_counter() - self._gc_start))

    def __enter__(self) -> "_StallWatch":
        gc.callbacks.append(self._on_gc)
        return self

    def __exit__(self, *_exc: object) -> None:
        gc.callbacks.remove(self._on_gc)

    def step(self, fn: Callable[[], object]) -> None:
        start, start_cpu = time.perf_counter(), time.thread_time()
        fn()
        settle(1)
        self.cpus.append(time.thread_time() - start_cpu)
        self.walls.append(time.perf_counter() - start)

    def pump_until(self, condition: Callable[[], bool], timeout: float = 600.0) -> None:
        """Turn the event loop until ``condition``; every turn is a step (a worker's result handled on the GUI
        thread is one turn)."""
        from PySide6.QtWidgets import QApplication
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError
            # The short sleep is inside the step: taking the GIL back after it waits for whatever Python work
            # (a collection, the load itself) a worker thread holds it for, as any slot of the window would.
            self.step(lambda: (QApplication.processEvents(), time.sleep(0.0005)))

    def worst(self) -> tuple[float, float]:
        return max(self.walls), max(self.cpus)


def _scroll_steps(watch: _StallWatch, table: Any) -> None:
    bar = table.verticalScrollBar()
    for value in range(0, bar.maximum(), max(1, bar.maximum() // 20)):
        watch.step(lambda v=value: (bar.setValue(v), table.viewport().repaint()))


def _stalls(window: Any, n: int) -> tuple[Measure, Measure]:
    """The longest single GUI-thread step of refreshing (the window's own reload, its result handled on the GUI
    thread, and the model filled again directly), filtering and scrolling the list."""
    from caseapp.domain.vocab import Stage
    panel = window.case_list
    rows = list(panel.model.rows)
    worst: list[float] = []
    worst_cpu: list[float] = []
    pauses: list[tuple[int, float]] = []
    for _ in range(n):
        with _StallWatch() as watch:
            job = window.refresh_lists()
            # until the list and the today list picked from it are both shown (older caseapp: one job)
            loading = getattr(panel, "loading", lambda: job.running)
            watch.pump_until(lambda: not loading())
            watch.step(lambda: panel.model.set_cases(rows))
            watch.step(lambda: panel.stage_combo.setCurrentIndex(panel.stage_combo.findData(Stage.IMPLEMENTATION.value)))
            watch.step(lambda: panel.stage_combo.setCurrentIndex(0))
            watch.step(lambda: panel.overdue_check.setChecked(True))
            watch.step(lambda: panel.overdue_check.setChecked(False))
            _scroll_steps(watch, panel.table)
        wall, cpu = watch.worst()
        worst.append(wall)
        worst_cpu.append(cpu)
        pauses += watch.gc_pauses
    gc_note = (f"cyclic collections inside the steps: {len(pauses)} in {n} runs, longest "
               f"{max(p for _g, p in pauses) * 1000:.1f} ms (gen {max(pauses, key=lambda x: x[1])[0]})"
               if pauses else "no cyclic collection ran inside the steps")
    note = ("each run: the longest of the window's reload (every event-loop turn until its result is shown), the "
            "model filled again, stage and overdue filters on and off, and 20 scroll steps each painted; " + gc_note)
    return (Measure("stall", "longest GUI-thread stall (refresh, filter, scroll), wall", "ms",
                    [w * 1000 for w in worst], None, "< 50 ms", statistics.median(worst) < 0.05, note),
            Measure("stall", "longest GUI-thread stall (refresh, filter, scroll), GUI thread's CPU", "ms",
                    [c * 1000 for c in worst_cpu], None, "< 50 ms", statistics.median(worst_cpu) < 0.05,
                    "CPU time of the GUI thread in its longest step (the machine is shared: wall also holds waits "
                    "for a core); baseline: a bare QTableView of the list's size and texts (QStandardItemModel) "
                    "scrolled and painted the same 20 steps in the same run"))


def bare_table(rows: list[list[str]] | list[tuple[str, ...]], columns: int, parent: Any) -> Any:
    """The baselines' bare Qt: the texts as items of a QStandardItemModel (owned by ``parent``), filled row by row
    as a plain program would, in a new QTableView."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView
    model = QStandardItemModel(0, columns, parent)
    for row in rows:
        model.appendRow([QStandardItem(text) for text in row])
    table = QTableView()
    table.setModel(model)
    return table


def _bare_table_stalls(window: Any, n: int) -> tuple[list[float], list[float]]:
    """Qt alone painting a table of the same size and texts: the floor of the scroll steps."""
    from PySide6.QtWidgets import QMainWindow
    panel = window.case_list
    source = panel.model
    texts = [[str(source.index(r, c).data() or "") for c in range(7)] for r in range(source.rowCount())]
    bare = QMainWindow()
    table = bare_table(texts, 7, bare)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(26)
    bare.setCentralWidget(table)
    bare.resize(panel.table.size())
    bare.show()
    settle()
    walls, cpus = [], []
    for _ in range(n):
        watch = _StallWatch()
        _scroll_steps(watch, table)
        wall, cpu = watch.worst()
        walls.append(wall * 1000)
        cpus.append(cpu * 1000)
    bare.close()
    bare.deleteLater()
    settle()
    return walls, cpus


def _memory_and_case_view(window: Any, vault: Any, bench: bench_file.BenchFile, n: int,
                          shown: float, memory: bool = True) -> list[Measure]:
    """The case-view rows, then (``memory``) the RSS row: 50 cases opened and closed, a reload."""
    from caseapp.services import cases as case_service
    ids = [c.case_id for c in window.case_list.model.rows if c.closed_on is None][:OPEN_CASES]
    half = len(ids) // 2
    busy = bench.busy_case_id

    cpu: list[float] = []  # CPU time of the process for each open_painted (the machine is shared: wall varies)

    def open_painted(case_id: str) -> float:
        start, start_cpu = time.perf_counter(), time.process_time()
        view = window.open_case(case_id)
        assert view is not None
        view.repaint()
        settle()
        cpu.append(time.process_time() - start_cpu)
        return time.perf_counter() - start

    def close_all() -> None:
        from PySide6.QtCore import QCoreApplication, QEvent
        while window.tabs.count() > 2:
            window.close_tab(window.tabs.count() - 1)
        settle()
        # close_tab uses deleteLater, which runs only inside an event loop; this script has none running.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def idle_rss() -> float:
        """RSS once the window has had a moment with nothing to do (as a user's does between two cases)."""
        until = time.monotonic() + 0.4
        while time.monotonic() < until:
            settle(1)
            time.sleep(0.01)
        return rss_mb()

    wait_until(getattr(window, "case_view_warmed", lambda: True))  # (older caseapp: started with the list)
    _drain()  # what the window does off the GUI thread after the list is shown (it imports the case view) is done
    first = [open_painted(busy)]  # once: only the first open in a process is a first open
    warm = []
    for _ in range(n):
        close_all()
        warm.append(open_painted(busy))
    warm_cpu = cpu[1:]
    close_all()
    entries = len(case_service.snapshot(vault, busy).services)
    implementation = bench.implementation_case_id
    open_painted(implementation)  # its tab's first build in this process (imports, statements) is not warm
    close_all()
    cpu.clear()
    warm_implementation = []
    for _ in range(n):
        warm_implementation.append(open_painted(implementation))
        close_all()
    warm_implementation_cpu = list(cpu)
    bare, bare_cpu = _bare_case_view(vault, busy, n)
    case_rows = _case_view_rows(entries, first, warm, warm_cpu, warm_implementation, warm_implementation_cpu,
                                bare, bare_cpu)
    if not memory:
        return case_rows
    for case_id in ids[:half]:
        open_painted(case_id)
        close_all()
    _drain()
    gc.collect()
    after20 = idle_rss()
    for case_id in ids[half:]:
        open_painted(case_id)
        close_all()
    _drain()
    gc.collect()
    after50 = idle_rss()
    job = window.refresh_lists()  # (the row count was already there: wait for the reload itself)
    wait_until(lambda: not getattr(window.case_list, "loading", lambda: job.running)())
    _drain()
    reloaded = idle_rss()
    flat = after50 - after20 < 20
    return [
        Measure("rss", f"RSS list shown / after {half} cases opened / after {len(ids)} / after a reload", "MB",
                [shown, after20, after50, reloaded], None, "< 200 MB, flat after 50 cases",
                max(shown, after20, after50, reloaded) < 200 and flat, "baseline row below: bare Qt window",
                series=True),
        *case_rows,
    ]


def _case_view_rows(entries: int, first: list[float], warm: list[float], warm_cpu: list[float],
                    warm_implementation: list[float], warm_implementation_cpu: list[float], bare: list[float],
                    bare_cpu: list[float]) -> list[Measure]:
    return [
        Measure("case", f"open a case with {entries} entries: first in this process, to paint", "ms",
                [t * 1000 for t in first], None, "< 200 ms", first[0] < 0.2,
                "one reading (see the rows of one process each for min/median)"),
        Measure("case", f"open a case with {entries} entries: warm, to paint", "ms", [t * 1000 for t in warm],
                [t * 1000 for t in bare], "< 100 ms", statistics.median(warm) < 0.1, BARE_CASE_VIEW),
        Measure("case", f"open a case with {entries} entries: warm, CPU", "ms", [t * 1000 for t in warm_cpu],
                [t * 1000 for t in bare_cpu], "< 100 ms", statistics.median(warm_cpu) < 0.1),
        Measure("case", f"open a case at 실행 with {entries} entries (its implementation tab): warm, to paint", "ms",
                [t * 1000 for t in warm_implementation], [t * 1000 for t in bare], "< 100 ms",
                statistics.median(warm_implementation) < 0.1, "the case above opens on its intake tab; this one on "
                "the quick entry, service log and referrals"),
        Measure("case", f"open a case at 실행 with {entries} entries: warm, CPU", "ms",
                [t * 1000 for t in warm_implementation_cpu], [t * 1000 for t in bare_cpu], "< 100 ms",
                statistics.median(warm_implementation_cpu) < 0.1),
    ]


BARE_CASE_VIEW = ("baseline: bare Qt, the case's service log as strings in a QStandardItemModel in a QTableView on a "
                  "QTabWidget, made, shown and painted (no forms, no database)")


def _bare_case_view(vault: Any, case_id: str, n: int) -> tuple[list[float], list[float]]:
    """Wall and CPU times of the simplest Qt showing the same entries (the rows read once, before timing)."""
    from PySide6.QtWidgets import QTabWidget

    from caseapp.services import cases as case_service
    rows = [(e.occurred_on.isoformat(), e.practice_type, e.contact_mode, str(e.duration_min or ""), e.text)
            for e in case_service.snapshot(vault, case_id).services]
    walls: list[float] = []
    cpus: list[float] = []
    for _ in range(n):
        start, start_cpu = time.perf_counter(), time.process_time()
        tabs = QTabWidget()
        tabs.addTab(bare_table(rows, 5, tabs), "실행")
        tabs.resize(1366, 700)
        tabs.show()
        tabs.repaint()
        settle()
        cpus.append(time.process_time() - start_cpu)
        walls.append(time.perf_counter() - start)
        tabs.close()
        tabs.deleteLater()
        settle()
        from PySide6.QtCore import QCoreApplication, QEvent
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return walls, cpus


# --- the first case opened in a process, one process per run ----------------------------------------------------

_FIRST_OPEN = r"""
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication
from caseapp import paths
paths.set_data_dir(Path(sys.argv[1]))
from caseapp.ui.app import create_application
app = create_application("ko")
from caseapp.services.vault import Vault
from caseapp.ui.main_window import MainWindow
vault = Vault.open(sys.argv[3])
window = MainWindow(vault)
window.idle.set_minutes(0)
window.resize(1366, 768)
window.show()
window.start()
while window.case_list.model.rowCount() < int(sys.argv[4]):
    app.processEvents()
    time.sleep(0.0005)
while not getattr(window, 'case_view_warmed', lambda: True)():  # the window's own work once the list is shown
    app.processEvents()
    time.sleep(0.0005)
QThreadPool.globalInstance().waitForDone(600_000)
for _ in range(3):
    app.processEvents()
start, start_cpu = time.perf_counter(), time.process_time()
view = window.open_case(sys.argv[2])
view.repaint()
for _ in range(3):
    app.processEvents()
print("opened", time.perf_counter() - start, time.process_time() - start_cpu, flush=True)
window.discard_and_close()
QThreadPool.globalInstance().waitForDone(60_000)
vault.close()
"""

_FIRST_BARE = r"""
import json, sys, time
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QTabWidget
app = QApplication(sys.argv)
rows = json.loads(open(sys.argv[1], encoding="utf-8").read())
window = QMainWindow(); window.resize(1366, 768); window.show()
for _ in range(3):
    app.processEvents()
start, start_cpu = time.perf_counter(), time.process_time()
tabs = QTabWidget(window)
model = QStandardItemModel(0, 5, tabs)
for row in rows:
    model.appendRow([QStandardItem(text) for text in row])
table = QTableView(); table.setModel(model); tabs.addTab(table, "실행")
window.setCentralWidget(tabs); tabs.repaint()
for _ in range(3):
    app.processEvents()
print("opened", time.perf_counter() - start, time.process_time() - start_cpu, flush=True)
"""


def measure_first_open(bench: bench_file.BenchFile, n: int) -> list[Measure]:
    """The first case opened in a process (after the list is shown), ``n`` processes, against bare Qt's first
    table of the same rows in a process of its own."""
    import json

    from caseapp import paths
    from caseapp.services import cases as case_service
    from caseapp.services.vault import Vault
    paths.set_data_dir(bench.folder)
    vault = Vault.open(bench_file.PASSPHRASE)
    services = case_service.snapshot(vault, bench.busy_case_id).services
    vault.close()
    paths.set_data_dir(None)
    rows = [(e.occurred_on.isoformat(), e.practice_type, e.contact_mode, str(e.duration_min or ""), e.text)
            for e in services]
    env = _child_env(QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    ours: list[tuple[float, float]] = []
    implementation: list[tuple[float, float]] = []
    bare: list[tuple[float, float]] = []
    with tempfile.TemporaryDirectory(prefix="bench-first-") as tmp:
        rows_file = Path(tmp) / "rows.json"
        rows_file.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
        for _ in range(n):
            for script, args, out in ((_FIRST_OPEN, [str(bench.folder), bench.busy_case_id, bench_file.PASSPHRASE,
                                                     str(bench.cases)], ours),
                                      (_FIRST_OPEN, [str(bench.folder), bench.implementation_case_id,
                                                     bench_file.PASSPHRASE, str(bench.cases)], implementation),
                                      (_FIRST_BARE, [str(rows_file)], bare)):
                _wall, stdout = _time_process([sys.executable, "-c", script, *args], env=env, expect="opened")
                line = next(x for x in stdout.splitlines() if x.startswith("opened"))
                out.append((float(line.split()[1]), float(line.split()[2])))
    name = f"open a case with {len(services)} entries: first in a process"
    return [Measure("first-open", f"{name}, to paint", "ms", [w * 1000 for w, _c in ours], [w * 1000 for w, _c in bare],
                    "< 200 ms", statistics.median(w for w, _c in ours) < 0.2,
                    "one process per run, the case opened once the list is shown; " + BARE_CASE_VIEW),
            Measure("first-open", f"{name}, CPU", "ms", [c * 1000 for _w, c in ours],
                    [c * 1000 for _w, c in bare], "< 200 ms",
                    statistics.median(c for _w, c in ours) < 0.2,
                    "CPU time of the process (all its threads), beside the wall time of a shared machine"),
            Measure("first-open", f"{name}, a case at 실행 (its implementation tab), to paint", "ms",
                    [w * 1000 for w, _c in implementation], [w * 1000 for w, _c in bare], "< 200 ms",
                    statistics.median(w for w, _c in implementation) < 0.2),
            Measure("first-open", f"{name}, a case at 실행, CPU", "ms", [c * 1000 for _w, c in implementation],
                    [c * 1000 for _w, c in bare], "< 200 ms", statistics.median(c for _w, c in implementation) < 0.2)]


# --- exports --------------------------------------------------------------------------------------------------

def measure_exports(bench: bench_file.BenchFile, n: int, want: set[str]) -> list[Measure]:
    """The signing row and (``want`` holding "export") the signed export of the 500-entry record."""
    from caseapp import paths
    from caseapp.services import exports
    from caseapp.services.vault import Vault
    from caseapp.export.options import ExportOptions
    paths.set_data_dir(bench.folder)
    vault = Vault.open(bench_file.PASSPHRASE)
    out_dir = Path(tempfile.mkdtemp(prefix="bench-export-", dir=bench.folder.parent))
    try:
        small, busy = bench.small_case_id, bench.busy_case_id

        def export(case_id: str, signed: bool) -> None:
            exports.export_case(vault, case_id, out_dir / "out.pdf", ExportOptions(signed=signed))

        export(small, True)  # warm: fonts, signer, imports
        export(small, False)
        unsigned_pdf = (out_dir / "out.pdf").read_bytes()  # what export_case hands to the signer
        from caseapp.export.sign import sign_pdf
        from caseapp.services import signing

        def sign(pdf: bytes) -> None:
            sign_pdf(pdf, signing.signer(vault), agency="행복종합사회복지관", lang="ko",
                     validation=signing.validation_data(vault))
        added_cpu: list[float] = []
        added = []
        for _ in range(n):
            wall, cpu = _timed(lambda: sign(unsigned_pdf))
            added.append(wall)
            added_cpu.append(cpu)
        export(busy, False)
        unsigned_busy = (out_dir / "out.pdf").read_bytes()
        added_busy = [_timed(lambda: sign(unsigned_busy))[1] for _ in range(n)]
        rsa = _rsa_alone(vault, n)
        rows = [Measure("sign", "time signing adds to an export", "ms", [a * 1000 for a in added],
                        [r * 1000 for r in rsa], "< 60 ms", statistics.median(added) < 0.06,
                        "sign_pdf on one case's rendered record, signer cached per unlock; baseline: the one RSA "
                        f"signature itself (the floor); CPU {_mm([a * 1000 for a in added_cpu], 1)} ms; on the "
                        f"500-entry record {_mm([a * 1000 for a in added_busy], 1)} ms CPU")]
        if "export" in want:
            rows += _signed_export(vault, busy, n, lambda: export(busy, True), out_dir / "out.pdf")
    finally:
        vault.close()
        paths.set_data_dir(None)
        shutil.rmtree(out_dir, ignore_errors=True)
    return rows


def _signed_export(vault: Any, busy: str, n: int, export: Callable[[], None], pdf: Path) -> list[Measure]:
    import bare_record
    same = bare_record.prepare(vault, busy)  # caseapp's story as a description, untimed
    big_signed, bare, cpu_ours, cpu_bare = [], [], [], []
    for _ in range(n):  # interleaved: both see the same load
        wall, cpu = _timed(export)
        big_signed.append(wall)
        cpu_ours.append(cpu)
        wall, cpu = _timed(lambda: bare_record.bare_export(vault, busy, same))
        bare.append(wall)
        cpu_bare.append(cpu)
    pages = _pages(pdf)
    one_paragraph = repeat(lambda: _bare_reportlab(vault, busy), n)
    ratio = statistics.median(cpu_ours) / statistics.median(cpu_bare)
    return [
        Measure("export", f"signed export, {pages}-page record, in-process, wall", "s", big_signed, bare,
                "≤ 1.3× bare",
                ratio <= 1.3, "baseline (bare_record.py): bare ReportLab drawing the same tables, paragraphs, "
                "styles, fonts and pages, a Paragraph per cell, after reading the case; no hashes, no PDF/A, no "
                "signature, a plain page number. The earlier baseline, one paragraph per entry and no tables "
                f"(not the same content), took {_mm(one_paragraph)} s"),
        Measure("export", f"signed export, {pages}-page record, in-process, CPU", "s", cpu_ours, cpu_bare,
                "≤ 1.3× bare",
                ratio <= 1.3, "CPU time of the process (the machine is shared): the ratio judged"),
    ]


def _timed(fn: Callable[[], object]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def _mm(values: list[float], digits: int = 2) -> str:
    return f"{min(values):.{digits}f}/{statistics.median(values):.{digits}f}"


def _rsa_alone(vault: Any, n: int) -> list[float]:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    from caseapp.services import signing
    key = load_pem_private_key(signing.active_identity(vault).key_pem, password=None,
                               unsafe_skip_rsa_key_validation=True)
    return repeat(lambda: key.sign(b"x" * 32, padding.PKCS1v15(), hashes.SHA256()) and None, n)


def _pages(path: Path) -> int:
    import pikepdf
    with pikepdf.open(path) as pdf:
        return len(pdf.pages)


def _bare_reportlab(vault: Any, case_id: str) -> None:
    """The first baseline: one paragraph per entry, no tables (kept for comparison with earlier runs)."""
    import io

    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from caseapp.export import fonts
    from caseapp.services import cases
    snap = cases.snapshot(vault, case_id)
    fonts.install()
    style = getSampleStyleSheet()["BodyText"].clone("k", fontName=fonts.REGULAR)
    story = [Paragraph(f"{e.occurred_on} {e.practice_type} {e.contact_mode} {e.duration_min} {e.text}", style)
             for e in snap.services]
    SimpleDocTemplate(io.BytesIO()).build(story)


# --- the file: size, unclean open, adding an entry ----------------------------------------------------------------

def measure_file(bench: bench_file.BenchFile, n: int, want: set[str]) -> list[Measure]:
    """The file's size (``want`` holding "size"), then the rows that write: on a copy of the file."""
    rows: list[Measure] = []
    if "size" in want:
        size = (bench.folder / "caseapp.db").stat().st_size
        per_case = size / bench.cases / 1024
        top = ", ".join(f"{name} {mb:.0f} MB" for name, mb in _table_sizes(bench)[:4]) or \
            "(no dbstat in this SQLCipher build)"
        rows.append(Measure("size", "file size per case", "KB", [per_case], None, "≤ 25 KB/case", per_case <= 25,
                            f"{size / MB:.0f} MB in all; largest: {top}"))
    if want & {"unclean", "add-entry"}:
        rows += [m for m in _on_a_copy(bench, n) if m.key in want]
    return rows


def _on_a_copy(bench: bench_file.BenchFile, n: int) -> list[Measure]:
    from caseapp import paths
    from caseapp.services import entries
    from caseapp.services.vault import Vault
    work = Path(tempfile.mkdtemp(prefix="bench-copy-", dir=bench.folder.parent)) / "data"
    shutil.copytree(bench.folder, work)
    paths.set_data_dir(work)
    try:
        clean = repeat(lambda: Vault.open(bench_file.PASSPHRASE).close(), n)
        unclean, scans = [], []
        for _ in range(n):
            (work / "integrity-state.json").unlink(missing_ok=True)  # as after a crash: no clean-close note
            start = time.perf_counter()
            vault = Vault.open(bench_file.PASSPHRASE, defer_page_scan=True)  # as the unlock window opens it
            unclean.append(time.perf_counter() - start)
            start = time.perf_counter()
            vault.run_page_scan()  # what the window then runs in the background
            scans.append(time.perf_counter() - start)
            vault.close()
        vault = Vault.open(bench_file.PASSPHRASE)
        try:
            def add(case_id: str) -> None:
                entries.add_service_entry(vault, case_id, "counselling", "전화 상담. 다음 주 방문 약속.",
                                          contact_mode="phone", duration_min=10)
            add(bench.small_case_id)
            few = repeat(lambda: add(bench.small_case_id), n)
            many = repeat(lambda: add(bench.busy_case_id), n)
        finally:
            vault.close()
    finally:
        paths.set_data_dir(None)
        shutil.rmtree(work.parent, ignore_errors=True)
    return [
        Measure("unclean", "open after an unclean shutdown (GUI: page scan deferred)", "s", unclean, clean,
                "in the background", statistics.median(unclean) <= 1.5 * statistics.median(clean),
                f"baseline: the same open after a clean close; the full page scan then runs in the background "
                f"({min(scans):.2f}/{statistics.median(scans):.2f} s) while the window is usable; the CLI still "
                f"scans before it opens"),
        Measure("add-entry", "adding an entry to a case of 500 entries", "ms", [t * 1000 for t in many],
                [t * 1000 for t in few], "flat", statistics.median(many) <= 1.5 * statistics.median(few),
                "baseline: adding to a case with few entries"),
    ]


def _table_sizes(bench: bench_file.BenchFile) -> list[tuple[str, float]]:
    from caseapp.storage.engine import raw_connect
    from caseapp.storage.keystore import KeyFile
    key = KeyFile.load(bench.folder / "caseapp.key").unwrap_with_passphrase(bench_file.PASSPHRASE)
    conn = raw_connect(bench.folder / "caseapp.db", key)
    try:
        rows = conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC").fetchall()
    except Exception:  # noqa: BLE001 (a build without the dbstat table: sizes are left out)
        rows = []
    finally:
        conn.close()
    return [(name, size / MB) for name, size in rows]


# --- the table ----------------------------------------------------------------------------------------------------

def print_row(m: Measure) -> None:
    """Each row as soon as it is measured (a long run killed half-way keeps what it measured)."""
    base, ours, ratio = m.cells()
    print(f"  measured: {m.name} ({m.unit}): baseline {base}, caseapp {ours}, {ratio}", flush=True)


def print_table(rows: list[Measure], bare_rss: float, n: int) -> None:
    print(f"\n| measure | baseline (min/median) | caseapp (min/median) | ratio | target | met |")
    print("|---|---|---|---|---|---|")
    for m in rows:
        base, ours, ratio = m.cells()
        met = "—" if m.met is None else ("yes" if m.met else "no")
        print(f"| {m.name} ({m.unit}) | {base} | {ours} | {ratio} | {m.target} | {met} |", flush=True)
    if bare_rss:  # measured with the start-up row
        print(f"| bare Qt window RSS (MB) | {bare_rss:.0f} | | | | |")
    print(f"\n{n} runs per row. Notes:")
    for m in rows:
        if m.note:
            print(f"- {m.name}: {m.note}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--rebuild", action="store_true", help="build the big file again")
    parser.add_argument("--only", action="append", metavar="ROW[,ROW]",
                        help=f"measure and print only these rows (repeatable): {', '.join(ROWS)}; or a group of "
                             f"them: {', '.join(GROUPS)}")
    parser.add_argument("--open-cases", type=int, default=OPEN_CASES, help="cases opened for the memory row")
    args = parser.parse_args(argv)
    globals()["OPEN_CASES"] = max(2, args.open_cases)
    n = max(1, args.repeat)
    bench = bench_file.open_or_build(args.cases, args.seed, rebuild=args.rebuild)
    only = selected_rows(args.only)
    rows: list[Measure] = []
    bare_rss = 0.0

    def add(measured: list[Measure]) -> None:
        for m in measured:
            print_row(m)
        rows.extend(measured)
    if "startup" in only:
        startup, bare_rss = measure_startup(bench, n)
        add([startup])
    if only & set(GROUPS["gui"]):
        add(measure_gui(bench, n, only))
    if "first-open" in only:
        add(measure_first_open(bench, n))
    if only & set(GROUPS["exports"]):
        add(measure_exports(bench, n, only))
    if only & set(GROUPS["cli"]):
        from caseapp import paths
        paths.set_data_dir(bench.folder)
        kdf = statistics.median(scrypt_alone(n))
        number = small_case_number(bench) if "cli-show" in only else ""
        paths.set_data_dir(None)
        add(([measure_cli_search(bench, n, kdf)] if "cli-search" in only else []) +
            ([measure_cli(bench, n, kdf, ["show", number], "cli-show")] if "cli-show" in only else []))
    if only & set(GROUPS["file"]):
        add(measure_file(bench, n, only))
    print(f"\n{args.cases:,} cases; {os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.1f} at the end")
    print_table(rows, bare_rss, n)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
