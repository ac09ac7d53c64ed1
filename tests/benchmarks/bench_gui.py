"""GUI benchmark: the case list with 10,000 demo cases against a bare Qt baseline in the same run.

    python3 tests/benchmarks/bench_gui.py [--cases 10000] [--keep DIR]

Times opening the main window until the list is shown, loading the model, scrolling through every row and
filtering (stage, overdue, search). The baseline is a QStandardItemModel + QSortFilterProxyModel + QTableView
holding the same rows as plain strings, i.e. the simplest thing Qt offers. Printed as ratios (caseapp / baseline):
what matters is that caseapp stays within a small factor of bare Qt, not the absolute seconds of this machine.
Not collected by pytest (tests/benchmarks is ignored in pyproject).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CASEAPP_KDF_COST", "12")
PASSPHRASE = "benchmark passphrase 벤치마크"


def _cache_dir() -> Path:
    from platformdirs import user_cache_dir
    folder = Path(user_cache_dir("caseapp", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def settle() -> None:
    from PySide6.QtWidgets import QApplication
    for _ in range(3):
        QApplication.processEvents()


def wait_until(condition: Callable[[], bool], timeout: float = 300.0) -> None:
    from PySide6.QtWidgets import QApplication
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError
        QApplication.processEvents()
        time.sleep(0.001)


def scroll_through(view: object) -> None:
    """Page down through every row, painting each page (what a user dragging the scroll bar causes)."""
    from PySide6.QtWidgets import QTableView
    assert isinstance(view, QTableView)
    bar = view.verticalScrollBar()
    step = max(1, bar.pageStep())
    for value in range(bar.minimum(), bar.maximum() + step, step):
        bar.setValue(value)
        view.viewport().repaint()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, help="reuse/keep the data folder here (skips generating next time)")
    args = parser.parse_args()

    from caseapp import paths
    from caseapp.services import cases as case_service, demo_data
    from caseapp.services.setup import initialise
    from caseapp.services.vault import Vault
    from caseapp.ui.app import create_application

    # A throwaway data folder in the user's cache dir (never /tmp, even for fictional data).
    data = args.keep or Path(tempfile.mkdtemp(prefix="bench-gui-", dir=_cache_dir()))
    paths.set_data_dir(data)
    app = create_application("ko")
    if Vault.exists():
        vault = Vault.open(PASSPHRASE)
        print(f"reusing {data}")
    else:
        vault, _ = initialise(PASSPHRASE, "벤치마크", "벤치마크 복지관")
        t = timed(lambda: demo_data.generate(vault, args.cases, seed=1))
        print(f"generated {args.cases:,} demo cases in {t:.1f} s")

    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from caseapp.domain.vocab import Stage
    from caseapp.ui.main_window import MainWindow

    results: dict[str, tuple[float, float]] = {}

    # --- caseapp ---------------------------------------------------------------------------------------------
    summaries: list[case_service.CaseSummary] = []
    t_service = timed(lambda: summaries.extend(case_service.list_cases(vault)))
    window: MainWindow | None = None

    def open_window() -> None:
        nonlocal window
        window = MainWindow(vault)
        window.resize(1366, 768)
        window.show()
        window.start()
        wait_until(lambda: window is not None and window.case_list.model.rowCount() == len(summaries))
        settle()

    t_open = timed(open_window)
    assert window is not None
    panel = window.case_list
    t_model = timed(lambda: panel.model.set_cases(summaries))
    t_scroll = timed(lambda: scroll_through(panel.table))
    t_sort = timed(lambda: (panel.table.sortByColumn(1, Qt.SortOrder.AscendingOrder), settle()))

    def stage_filter() -> None:
        panel.stage_combo.setCurrentIndex(panel.stage_combo.findData(Stage.IMPLEMENTATION.value))
        settle()
        panel.stage_combo.setCurrentIndex(0)
        settle()

    t_stage = timed(stage_filter)
    t_overdue = timed(lambda: (panel.overdue_check.setChecked(True), settle(), panel.overdue_check.setChecked(False),
                               settle()))
    searched: list[bool] = []
    panel.searched.connect(lambda: searched.append(True))

    def search(text: str) -> None:
        searched.clear()
        panel.search_edit.setText(text)
        panel.run_search()
        wait_until(lambda: bool(searched))
        settle()

    t_search = timed(lambda: (search("김"), search("")))

    # --- baseline --------------------------------------------------------------------------------------------
    base_model = QStandardItemModel()
    base_proxy = QSortFilterProxyModel()
    base_view = QTableView()
    base_view.resize(1366, 700)

    def base_load() -> None:
        base_model.clear()
        base_model.setColumnCount(6)
        for c in summaries:
            base_model.appendRow([QStandardItem(t) for t in (
                c.case_number, c.client_name, c.stage.label.ko, str(c.days_in_stage()),
                c.next_due.isoformat() if c.next_due else "", c.client_phone)])

    t_base_model = timed(base_load)

    def base_open() -> None:
        base_proxy.setSourceModel(base_model)
        base_view.setModel(base_proxy)
        base_view.setSortingEnabled(True)
        base_view.show()
        settle()

    t_base_open = timed(base_open) + t_base_model
    t_base_scroll = timed(lambda: scroll_through(base_view))
    t_base_sort = timed(lambda: (base_view.sortByColumn(1, Qt.SortOrder.AscendingOrder), settle()))
    stage_text = Stage.IMPLEMENTATION.label.ko

    def base_filter(column: int, text: str) -> None:
        base_proxy.setFilterKeyColumn(column)
        base_proxy.setFilterFixedString(text)
        settle()
        base_proxy.setFilterFixedString("")
        settle()

    t_base_stage = timed(lambda: base_filter(2, stage_text))
    t_base_overdue = timed(lambda: base_filter(4, "2026"))
    t_base_search = timed(lambda: base_filter(1, "김"))

    results["window open (incl. load)"] = (t_open, t_base_open)
    results["model load (set rows)"] = (t_model, t_base_model)
    results["scroll all rows"] = (t_scroll, t_base_scroll)
    results["sort by client"] = (t_sort, t_base_sort)
    results["filter by stage"] = (t_stage, t_base_stage)
    results["filter overdue"] = (t_overdue, t_base_overdue)
    results["search as you type"] = (t_search, t_base_search)

    print(f"\n{len(summaries):,} cases; list_cases() service call: {t_service * 1000:.0f} ms")
    print(f"{'':28} {'caseapp':>10} {'baseline':>10} {'ratio':>7}")
    for name, (ours, base) in results.items():
        ratio = ours / base if base > 0 else float("inf")
        print(f"{name:28} {ours * 1000:8.0f}ms {base * 1000:8.0f}ms {ratio:7.2f}")
    print("(search includes the encrypted full-text index query the baseline does not have)")

    window.discard_and_close()
    from PySide6.QtCore import QThreadPool
    QThreadPool.globalInstance().waitForDone(30_000)
    vault.close()
    paths.set_data_dir(None)
    if args.keep is None:
        shutil.rmtree(data, ignore_errors=True)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
