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
    # An active case at 실행 with BUSY_ENTRIES entries: it opens on its implementation tab (quick entry, the service
    # log, referrals), where the busy case above, at 초기상담, opens on its intake tab.
    implementation_case_id: str = ""


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
    if "implementation_case_id" not in info:  # a file built before that case was part of it: added once, here
        info["implementation_case_id"] = _add_implementation_case(folder / "data")
        marker.write_text(json.dumps(info), encoding="utf-8")
    return BenchFile(folder / "data", cases, info["busy_case_id"], info["small_case_id"],
                     info["implementation_case_id"])


def _fill(vault: object, case_id: str) -> None:
    from caseapp.services import cases as case_service, entries
    have = len(case_service.snapshot(vault, case_id).services)  # type: ignore[arg-type]
    for i in range(BUSY_ENTRIES - have):
        entries.add_service_entry(vault, case_id, "counselling" if i % 3 else "information",  # type: ignore[arg-type]
                                  f"{i + 1}회기 상담. 주거 불안과 생활비 부담에 대해 이야기함. 다음 주 주민센터 동행을 약속함.",
                                  contact_mode="phone" if i % 2 else "office", duration_min=30)


def _pick_implementation(vault: object, busy_case_id: str) -> str:
    from caseapp.domain.vocab import Stage
    from caseapp.services import cases as case_service
    at = [c for c in case_service.list_cases(vault, stage=Stage.IMPLEMENTATION)  # type: ignore[arg-type]
          if c.closed_on is None and c.case_id != busy_case_id]
    return at[len(at) // 2].case_id


def _add_implementation_case(data: Path) -> str:
    from caseapp import paths
    from caseapp.services.vault import Vault
    paths.set_data_dir(data)
    vault = Vault.open(PASSPHRASE)
    try:
        start = time.perf_counter()
        busy = json.loads((data.parent / "bench.json").read_text(encoding="utf-8"))["busy_case_id"]
        case_id = _pick_implementation(vault, busy)
        _fill(vault, case_id)
        print(f"filled a case at 실행 to {BUSY_ENTRIES} entries in {time.perf_counter() - start:.0f} s", flush=True)
        return case_id
    finally:
        vault.close()
        paths.set_data_dir(None)


def build(folder: Path, cases: int, seed: int) -> None:
    from caseapp import paths
    from caseapp.services import cases as case_service, demo_data
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
        _fill(vault, busy.case_id)
        implementation = _pick_implementation(vault, busy.case_id)
        _fill(vault, implementation)
        print(f"filled case {busy.case_number} and one at 실행 to {BUSY_ENTRIES} entries in "
              f"{time.perf_counter() - start:.0f} s", flush=True)
    finally:
        vault.close()
        paths.set_data_dir(None)
    (folder / "bench.json").write_text(json.dumps({"busy_case_id": busy.case_id, "small_case_id": small.case_id,
                                                   "implementation_case_id": implementation}), encoding="utf-8")


if __name__ == "__main__":
    import argparse
    parser = argparse.ArgumentParser(description="build (or find) the benchmark file")
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    print(open_or_build(args.cases, args.seed, rebuild=args.rebuild))
