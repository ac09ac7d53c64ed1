"""The big demo file the issue-14 benchmarks share, built once into a cache folder and reused.

The folder is ``$CASEAPP_BENCH_CACHE`` (else the user cache folder, platformdirs ``user_cache_dir("caseapp")``),
one sub-folder per case count, seed and schema revision: a new migration means a new file. The file is made with
the real key-derivation cost (what a user's unlock pays) and, besides the demo cases, one active case with
``BUSY_ENTRIES`` service log entries (the "case with 500 entries" of the issue). ``bench.json`` in the folder
names that case; it is written last, so a build killed half-way is started again, not reused.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

PASSPHRASE = "benchmark passphrase 벤치마크"
BUSY_ENTRIES = 500
ENV_CACHE = "CASEAPP_BENCH_CACHE"


@dataclass(frozen=True)
class BenchFile:
    folder: Path
    cases: int
    busy_case_id: str  # the case with BUSY_ENTRIES service entries
    small_case_id: str  # an active case with few entries (the baseline for adding one)


def cache_root() -> Path:
    if os.environ.get(ENV_CACHE):
        return Path(os.environ[ENV_CACHE])
    from platformdirs import user_cache_dir
    return Path(user_cache_dir("caseapp", appauthor=False))


def folder_for(cases: int, seed: int) -> Path:
    from caseapp.storage.migrate import HEAD_REVISION
    return cache_root() / f"bench-issue14-{cases}-s{seed}-r{HEAD_REVISION}"


def open_or_build(cases: int, seed: int, *, rebuild: bool = False) -> BenchFile:
    folder = folder_for(cases, seed)
    marker = folder / "bench.json"
    if rebuild or not marker.exists():
        shutil.rmtree(folder, ignore_errors=True)
        build(folder, cases, seed)
    else:
        print(f"reusing {folder}", flush=True)
    info = json.loads(marker.read_text(encoding="utf-8"))
    return BenchFile(folder / "data", cases, info["busy_case_id"], info["small_case_id"])


def build(folder: Path, cases: int, seed: int) -> None:
    from caseapp import paths
    from caseapp.services import cases as case_service, demo_data, entries
    from caseapp.services.setup import initialise
    saved_cost = os.environ.pop("CASEAPP_KDF_COST", None)  # the real cost: unlocking is measured too
    paths.set_data_dir(folder / "data")
    try:
        vault, _recovery = initialise(PASSPHRASE, "김사회", "행복종합사회복지관")
        vault.finish_setup()
    finally:
        if saved_cost is not None:
            os.environ["CASEAPP_KDF_COST"] = saved_cost
    try:
        start = time.perf_counter()
        demo_data.generate(vault, cases, seed=seed)
        print(f"built {cases:,} demo cases in {time.perf_counter() - start:.0f} s", flush=True)
        active = [c for c in case_service.list_cases(vault) if c.closed_on is None]
        busy, small = active[len(active) // 2], active[len(active) // 3]
        start = time.perf_counter()
        have = len(case_service.snapshot(vault, busy.case_id).services)
        for i in range(BUSY_ENTRIES - have):
            entries.add_service_entry(vault, busy.case_id, "counselling" if i % 3 else "information",
                                      f"{i + 1}회기 상담. 주거 불안과 생활비 부담에 대해 이야기함. 다음 주 주민센터 동행을 약속함.",
                                      contact_mode="phone" if i % 2 else "office", duration_min=30)
        print(f"filled case {busy.case_number} to {BUSY_ENTRIES} entries in {time.perf_counter() - start:.0f} s",
              flush=True)
    finally:
        vault.close()
        paths.set_data_dir(None)
    (folder / "bench.json").write_text(json.dumps({"busy_case_id": busy.case_id, "small_case_id": small.case_id}),
                                       encoding="utf-8")


if __name__ == "__main__":
    import argparse
    parser = argparse.ArgumentParser(description="build (or find) the benchmark file")
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    print(open_or_build(args.cases, args.seed, rebuild=args.rebuild))
