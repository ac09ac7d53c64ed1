"""Hub load benchmark (issue 18): 20 laptops push and pull a month's work concurrently against a local cluster.

    cd /work/wt/hN && PYTHONPATH=. nice python3 tests/benchmarks/bench_hub.py [--laptops 20] [--cases 10] [--weeks 4]

Starts a throwaway TLS-only PostgreSQL cluster (``tests/hub/pg_cluster.py``), makes a hub with one user per laptop
(one team), and runs each laptop in a process of its own with its own data folder and case file: set up, open
``--cases`` cases, join. Then, week by week, every laptop records a week of work — 5 days × 6 service notes (a third
signed), 4 intake edits and one new case — and all of them sync at the same moment (a barrier). Measured in each
laptop's process, per sync: wall time and the process's own CPU time. Baseline, in the same run: five syncs with
nothing new on every laptop (connect, register, vector, an empty pull), also concurrent.

No lost change: at the end the hub's log holds exactly every laptop's own changes (per device: the count and the
highest sequence), no push was refused, and every laptop holds its own cases and none of the others'. The script
exits 1 when any of that fails. Not collected by pytest.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "hub"))
os.environ.setdefault("CASEAPP_KDF_COST", "10")
os.environ.setdefault("CASEAPP_SIGNING_KEY_BITS", "2048")

PASSPHRASE = "bench hub passphrase 1234"
OWNER, OWNER_PASSWORD = "bench_owner", "bench-owner-암호-1"
IDLE_SYNCS = 5


def user_password(i: int) -> str:
    return f"bench-user-{i}-암호"


def laptop(i: int, folder: str, url: str, ca: str, user: str, cases: int, weeks: int, barrier: Any,
           out: Any) -> None:
    """One laptop's whole life in its own process (the data folder is a process-wide setting)."""
    from caseapp import paths
    from caseapp.services import access_log, cases as case_service, entries, hub_client, sync_log
    from caseapp.services.setup import initialise
    paths.set_data_dir(folder)
    vault, _ = initialise(PASSPHRASE, f"사례관리자{i:02d}", "벤치마크복지관")
    case_ids = [case_service.open_case(vault, {"name": f"대상자{i:02d}-{n}"}, {"presenting_request": "주거 불안"}).id
                for n in range(cases)]
    hub_client.join(vault, url, user, user_password(i), ca_file=ca)
    timings: list[tuple[str, float, float]] = []

    def timed(kind: str) -> None:
        barrier.wait()
        wall, cpu = time.perf_counter(), time.process_time()
        hub_client.sync(vault)
        timings.append((kind, time.perf_counter() - wall, time.process_time() - cpu))

    for week in range(weeks):
        for day in range(5):
            for n in range(6):
                target = case_ids[(day * 6 + n) % len(case_ids)]
                entries.add_service_entry(vault, target, "counselling", f"{week + 1}주 {day + 1}일 상담 {n + 1}",
                                          sign=n % 3 == 0)
        for n in range(4):
            case_service.update_intake(vault, case_ids[n % len(case_ids)],
                                       {"presenting_request": f"{week + 1}주차 주호소 {n}"})
        case_ids.append(case_service.open_case(vault, {"name": f"신규{i:02d}-{week}"}).id)
        timed("week")
    for _ in range(IDLE_SYNCS):
        timed("idle")
    with vault.session() as s:
        me = access_log.device_id()
        own = sync_log.local_vector(s).get(me, 0)
    held = sorted(c.client_name for c in case_service.list_cases(vault))
    vault.close()
    out.put({"i": i, "device": me, "own_seq": own, "timings": timings, "clients": held})


def summary(label: str, values: list[float]) -> str:
    return (f"{label}: min {min(values) * 1000:.0f} ms, median {statistics.median(values) * 1000:.0f} ms, "
            f"max {max(values) * 1000:.0f} ms (n={len(values)})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--laptops", type=int, default=20)
    parser.add_argument("--cases", type=int, default=10)
    parser.add_argument("--weeks", type=int, default=4)
    args = parser.parse_args()

    import psycopg
    import pg_cluster  # type: ignore[import-not-found]

    from caseapp.services import hub_admin
    cluster = pg_cluster.start()
    root = Path(tempfile.mkdtemp(prefix="bench-hub-"))
    try:
        tls = {"sslmode": "verify-full", "sslrootcert": str(cluster.ca_pem)}
        with psycopg.connect(cluster.url(database="postgres"), autocommit=True, **tls) as conn:
            conn.execute(f"CREATE ROLE {OWNER} LOGIN CREATEROLE PASSWORD '{OWNER_PASSWORD}'")
            conn.execute(f"CREATE DATABASE bench OWNER {OWNER}")
        owner_url = cluster.url(OWNER, OWNER_PASSWORD, "bench") + f"?sslmode=verify-full&sslrootcert={cluster.ca_pem}"
        hub_admin.init_hub(owner_url, admin_password=OWNER_PASSWORD)
        tag = uuid.uuid4().hex[:4]
        users = [f"lap{i:02d}_{tag}" for i in range(args.laptops)]
        for i, user in enumerate(users):
            hub_admin.add_user(owner_url, user, "practitioner", user_password(i), team="벤치",
                               admin_password=OWNER_PASSWORD)
        url = f"postgresql://127.0.0.1:{cluster.port}/bench"
        ctx = mp.get_context("spawn")
        barrier, out = ctx.Barrier(args.laptops), ctx.Queue()
        procs = [ctx.Process(target=laptop, args=(i, str(root / f"lap{i:02d}"), url, str(cluster.ca_pem), users[i],
                                                  args.cases, args.weeks, barrier, out))
                 for i in range(args.laptops)]
        started = time.perf_counter()
        for p in procs:
            p.start()
        results = [out.get(timeout=3600) for _ in procs]
        for p in procs:
            p.join()
        total = time.perf_counter() - started

        with psycopg.connect(owner_url) as conn:
            per_device = dict(conn.execute("SELECT device, count(*) FROM caseapp_hub.change "
                                           "GROUP BY device").fetchall())
            top = dict(conn.execute("SELECT device, top_seq FROM caseapp_hub.device").fetchall())
            refused = conn.execute("SELECT count(*) FROM caseapp_hub.refused_change").fetchone()[0]
        problems = []
        for r in sorted(results, key=lambda r: r["i"]):
            if per_device.get(r["device"]) != r["own_seq"] or top.get(r["device"]) != r["own_seq"]:
                problems.append(f"laptop {r['i']}: {r['own_seq']} changes made, hub holds "
                                f"{per_device.get(r['device'])} (top {top.get(r['device'])})")
            foreign = [c for c in r["clients"] if c.split("-")[0][-2:] != f"{r['i']:02d}"]
            if foreign or len(r["clients"]) != args.cases + args.weeks:
                problems.append(f"laptop {r['i']}: holds {r['clients']}")
        if refused:
            problems.append(f"{refused} change(s) refused by the hub")
        week = [t for r in results for kind, *t in r["timings"] if kind == "week"]
        idle = [t for r in results for kind, *t in r["timings"] if kind == "idle"]
        made = sum(r["own_seq"] for r in results)
        print(f"{args.laptops} laptops, {args.weeks} weeks, {made} changes pushed, hub log {sum(per_device.values())} "
              f"rows; wall {total:.0f} s in all")
        print(summary("sync with a week's work, wall", [w for w, _ in week]))
        print(summary("sync with a week's work, CPU ", [c for _, c in week]))
        print(summary("baseline: sync with nothing new, wall", [w for w, _ in idle]))
        print(summary("baseline: sync with nothing new, CPU ", [c for _, c in idle]))
        print(f"median ratio week/baseline (wall): "
              f"{statistics.median([w for w, _ in week]) / statistics.median([w for w, _ in idle]):.1f}")
        for line in problems:
            print("LOST OR WRONG:", line)
        print("no lost change" if not problems else f"{len(problems)} problem(s)")
        return 1 if problems else 0
    finally:
        cluster.stop()
        import shutil
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
