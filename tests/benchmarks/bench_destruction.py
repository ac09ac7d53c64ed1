"""CPU time of destruction's deletes (``destruction.destroy_in_session``, rolled back: no commit, no VACUUM) on the
10,000-case file, this checkout against another (``--old``, e.g. /work/main), interleaved run by run in child
processes so both see the same load. Since the deletes follow the models' foreign keys (h10) they find a case's
rows table by table instead of through a hand list; this measures what that costs.

    CASEAPP_BENCH_CACHE=/tmp/h10-bench PYTHONPATH=. python3 tests/benchmarks/bench_destruction.py --old /work/main

The bare baseline, measured in the same child, is reading the case's service entries (one indexed query).
A case the old code cannot destroy (the budget lines of its assessments: FOREIGN KEY constraint failed) is
reported as failing there.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

CHILD = r'''
import json, sys, time
from sqlmodel import Session, select, text
from caseapp import paths
from caseapp.services import destruction
from caseapp.services.vault import Vault
from caseapp.storage.models import Case, utcnow
paths.set_data_dir(None)
vault = Vault.open(sys.argv[1])
out = {}
try:
    for case_id in sys.argv[2:]:
        with Session(vault.engine) as s:
            t0 = time.process_time()
            s.exec(text("SELECT * FROM serviceentry WHERE case_id = :c").bindparams(c=case_id)).all()
            bare = time.process_time() - t0
            case = s.get(Case, case_id)
            t0 = time.process_time()
            try:
                destruction.destroy_in_session(s, case, "bench", "bench", utcnow())
                took = time.process_time() - t0
            except Exception as exc:  # the old code on a case with budget lines
                took = "fails: " + type(exc).__name__
            s.rollback()
        out[case_id] = {"bare": bare, "destroy": took}
finally:
    vault.close()
print(json.dumps(out))
'''


def _run(tree: Path, data: Path, passphrase: str, case_ids: list[str]) -> dict[str, dict[str, object]]:
    env = {**os.environ, "PYTHONPATH": str(tree), "CASEAPP_DATA_DIR": str(data)}
    done = subprocess.run([sys.executable, "-c", CHILD, passphrase, *case_ids], env=env, cwd=tree,
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from tests.benchmarks import bench_file
    parser = argparse.ArgumentParser()
    parser.add_argument("--old", type=Path, required=True, help="the other checkout (e.g. /work/main)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    folder = bench_file.folder_for(10000, 7)
    info = json.loads((folder / "bench.json").read_text(encoding="utf-8"))
    case_ids = [info["small_case_id"], info["implementation_case_id"], info["busy_case_id"]]
    new_tree = Path(__file__).resolve().parents[2]
    times: dict[tuple[str, str], list[object]] = {}
    for _ in range(args.runs):
        for label, tree in (("old", args.old), ("new", new_tree)):
            for cid, row in _run(tree, folder / "data", bench_file.PASSPHRASE, case_ids).items():
                times.setdefault((label, cid), []).append(row["destroy"])
                times.setdefault(("bare", cid), []).append(row["bare"])
    for cid, name in zip(case_ids, ("small", "implementation", "busy")):
        bare = min(t for t in times[("bare", cid)] if isinstance(t, float))
        line = [f"{name:15s} bare {bare * 1000:7.2f} ms"]
        for label in ("old", "new"):
            runs = times[(label, cid)]
            ok = [t for t in runs if isinstance(t, float)]
            if len(ok) < len(runs):
                line.append(f"{label}: {runs[0]}")
                continue
            lo, med = min(ok), statistics.median(ok)
            line.append(f"{label} min {lo * 1000:7.1f} ms median {med * 1000:7.1f} ms ({lo / max(bare, 1e-6):.0f}x bare)")
        print(" | ".join(line), flush=True)
    print(f"load {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
