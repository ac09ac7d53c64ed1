"""`caseapp search 주거` on the 10,000-case file: wall and CPU of the whole process, against the KDF alone and the bare
imports, optionally interleaved with another checkout of caseapp (``--other /work/main``: old and new in the same
minutes on a shared machine).

    CASEAPP_BENCH_CACHE=/tmp/x nice python3 tests/benchmarks/bench_cli_search.py --runs 7 --other /work/main

Each round runs, in turn: the scrypt KDF of the file's key (a child process that derives only the key), a bare
interpreter, a bare ``python -c 'import sqlalchemy, sqlmodel'``, this checkout's command and, with ``--other``, the
other's (the two in alternating order). CPU is the
child's user + system time (resource.getrusage). Prints min/median per row and each row's ratio to the KDF. The
command's output of both checkouts is compared byte for byte on the first round.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

import bench_file  # noqa: E402

KDF_CHILD = ("import json, hashlib, sys; e = json.load(open(sys.argv[1]))['envelopes']['passphrase']; "
             "hashlib.scrypt(b'x', salt=b'0' * 16, n=2 ** int(e['log2_n']), r=8, p=1, dklen=32, maxmem=1 << 30)")


def child_env(root: Path) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(root), CASEAPP_PASSPHRASE=bench_file.PASSPHRASE)
    env.pop("CASEAPP_KDF_COST", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed caseapp runs from bytecode (see bench_issue14)
    env["PYTHONPYCACHEPREFIX"] = str(bench_file.cache_root() / "pycache")
    return env


def timed(args: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float, bytes]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(args, capture_output=True, env=env, cwd=cwd, timeout=600)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise RuntimeError(f"{args}: exit {done.returncode}: {done.stderr.decode(errors='replace')[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, done.stdout


def mm(values: list[float]) -> str:
    return f"{min(values):.3f}/{statistics.median(values):.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--other", type=Path, help="another checkout of caseapp, run interleaved (e.g. /work/main)")
    parser.add_argument("--query", default="주거")
    args = parser.parse_args(argv)
    bench = bench_file.open_or_build(args.cases, args.seed)
    data = bench.folder
    command = ["-m", "caseapp", "--data-dir", str(data), "search", args.query]
    rows: dict[str, tuple[list[float], list[float]]] = {}
    runs = [("KDF alone", ROOT, ["-c", KDF_CHILD, str(data / "caseapp.key")]),
            ("python -c pass (interpreter start, in every row)", ROOT, ["-c", "pass"]),
            ("import sqlalchemy, sqlmodel", ROOT, ["-c", "import sqlalchemy, sqlmodel"]),
            (f"this checkout ({ROOT})", ROOT, command)]
    if args.other:
        runs.append((f"other ({args.other})", args.other, command))
    outputs: dict[str, bytes] = {}
    for name, root, cmd in runs:  # bytecode, and the copy's first open (its full page scan) out of the timings
        outputs[name] = timed([sys.executable, *cmd], child_env(root), root)[2]
    if args.other:
        same = outputs[runs[3][0]] == outputs[runs[4][0]]
        print(f"output of both checkouts byte for byte the same: {same}")
    for i in range(args.runs):
        order = runs if i % 2 == 0 else [*runs[:3], *reversed(runs[3:])]
        for name, root, cmd in order:
            wall, cpu, _out = timed([sys.executable, *cmd], child_env(root), root)
            walls, cpus = rows.setdefault(name, ([], []))
            walls.append(wall)
            cpus.append(cpu)
    kdf = statistics.median(rows["KDF alone"][0])
    print(f"\n{args.runs} runs each, interleaved; load average {os.getloadavg()[0]:.1f} at the end\n")
    print("| process | wall min/median (s) | CPU min/median (s) | wall median − KDF (s) |")
    print("|---|---|---|---|")
    for name, (walls, cpus) in rows.items():
        print(f"| {name} | {mm(walls)} | {mm(cpus)} | {statistics.median(walls) - kdf:+.3f} |")
    print(f"\ntarget: wall ≤ KDF + 0.4 s = {kdf + 0.4:.2f} s (KDF median {kdf:.3f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
