"""Where the time between "unlock pressed" and "case list painted" goes: each phase's wall and CPU time.

    QT_QPA_PLATFORM=offscreen nice python3 tests/benchmarks/bench_unlock_phases.py [--cases 10000] [--repeat 5]
    ... --data-dir FOLDER --passphrase TEXT   (any case file instead of the cached benchmark file)

The same steps as bench_issue14's unlock row (Vault.open as the unlock window opens it, MainWindow built, shown and
started, the list read on its worker, the model filled, the list painted), timed at each step's end from the start, min/median of ``--repeat``
unlocks in one process. Baseline: the key derivation itself (the KDF phase), the floor of the whole. CPU is the
process's (all threads), which a shared machine's load changes far less than wall time; "list read, its thread"
is the worker thread's own CPU. Prints numbers, asserts nothing (not collected by pytest).
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import bench_file  # noqa: E402

Mark = tuple[float, float]  # (wall, process CPU) when a phase ended


class Clock:
    def __init__(self) -> None:
        self.marks: dict[str, Mark] = {}
        self.worker_cpu = 0.0

    def mark(self, name: str) -> None:
        self.marks.setdefault(name, (time.perf_counter(), time.process_time()))


def _instrument(clock: Clock) -> None:
    """Wrap the steps whose ends are not visible from outside: the KDF, the list's read, the model's fill."""
    from caseapp.services import cases
    from caseapp.storage import keystore
    from caseapp.ui.models import case_list_model
    unwrap = keystore.KeyFile.unwrap_with_passphrase
    list_cases = cases.list_cases
    set_cases = case_list_model.CaseListModel.set_cases

    def timed_unwrap(self: Any, *args: Any, **kwargs: Any) -> Any:
        result = unwrap(self, *args, **kwargs)
        clock.mark("KDF (baseline)")
        return result

    def timed_list(*args: Any, **kwargs: Any) -> Any:
        clock.mark("list read started (worker)")
        start = time.thread_time()
        result = list_cases(*args, **kwargs)
        clock.worker_cpu = time.thread_time() - start
        clock.mark("list read (worker)")
        return result

    def timed_fill(self: Any, *args: Any, **kwargs: Any) -> None:
        set_cases(self, *args, **kwargs)
        clock.mark("model filled")

    keystore.KeyFile.unwrap_with_passphrase = timed_unwrap  # type: ignore[method-assign]
    cases.list_cases = timed_list
    case_list_model.CaseListModel.set_cases = timed_fill  # type: ignore[method-assign]


def one_unlock(clock: Clock, passphrase: str, first: bool) -> dict[str, Mark]:
    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
    from PySide6.QtWidgets import QApplication

    from caseapp import gc_tuning
    from caseapp.services.vault import Vault
    from caseapp.ui.main_window import MainWindow
    clock.marks.clear()
    gc.collect()
    clock.mark("start")
    vault = Vault.open(passphrase, defer_summaries=True)  # as the unlock window opens it
    clock.mark("vault open")
    window = MainWindow(vault)
    window.idle.set_minutes(0)
    clock.mark("window built")
    window.resize(1366, 768)
    window.show()
    window.start()
    if first:  # as run_gui does after the first window is shown and started
        gc_tuning.freeze_startup()
    clock.mark("shown and started")
    loaded: list[int] = []
    window.case_list.loaded.connect(loaded.append)
    while not loaded:
        QApplication.processEvents()
        time.sleep(0.0005)
    window.case_list.table.viewport().repaint()  # the first paint of the filled list, as the event loop would
    clock.mark("list painted")
    for _ in range(3):  # the turns bench_issue14's row waits for (the today list's pick starts in them)
        QApplication.processEvents()
    clock.mark("3 more event-loop turns")
    start = clock.marks["start"]
    out = {name: (wall - start[0], cpu - start[1]) for name, (wall, cpu) in clock.marks.items() if name != "start"}
    out["list read, its thread's CPU"] = (clock.worker_cpu, clock.worker_cpu)
    window.discard_and_close()
    window.deleteLater()
    QThreadPool.globalInstance().waitForDone(60_000)
    QApplication.processEvents()
    vault.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    del window, vault
    gc.collect()
    return out


def _mm(values: list[float]) -> str:
    return f"{min(values):.3f}/{statistics.median(values):.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--data-dir", type=Path, help="a case file's folder instead of the benchmark file")
    parser.add_argument("--passphrase", default=bench_file.PASSPHRASE)
    args = parser.parse_args(argv)
    folder = args.data_dir or bench_file.open_or_build(args.cases, args.seed).folder
    from caseapp import gc_tuning, paths
    paths.set_data_dir(folder)
    gc_tuning.tune()  # as caseapp.__main__ does
    from caseapp.ui.app import create_application
    app = create_application("ko")
    clock = Clock()
    _instrument(clock)
    runs = [one_unlock(clock, args.passphrase, first=i == 0) for i in range(max(1, args.repeat))]
    names = sorted(runs[0], key=lambda name: runs[0][name][0])
    print(f"{len(runs)} unlocks of {folder}; load average {os.getloadavg()[0]:.1f} at the end")
    print("\n| phase ends | wall since start (s) | CPU since start (s) | CPU after the KDF (s) |")
    print("|---|---|---|---|")
    for name in names:
        walls = [r[name][0] for r in runs]
        cpus = [r[name][1] for r in runs]
        after = [r[name][1] - r["KDF (baseline)"][1] for r in runs]
        if name == "list read, its thread's CPU":
            after = cpus
        print(f"| {name} | {_mm(walls)} | {_mm(cpus)} | {_mm(after)} |")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
