"""What a migration of the search index or the audit trail must keep and what it costs (issue 14, migration 0027).

    # the migration alone on a copy (CPU and wall of this process, peak RSS), with its VACUUM:
    CASEAPP_PASSPHRASE=... PYTHONPATH=. python3 tests/benchmarks/bench_audit_and_search_reads.py migrate COPY/data
    # every read to keep, dumped with old code on an old copy and new code on the migrated one, then compared:
    CASEAPP_PASSPHRASE=... PYTHONPATH=/work/main python3 .../bench_audit_and_search_reads.py dump OLD/data old.pickle
    CASEAPP_PASSPHRASE=... PYTHONPATH=. python3 .../bench_audit_and_search_reads.py dump NEW/data new.pickle
    python3 .../bench_audit_and_search_reads.py compare old.pickle new.pickle
    # CPU of the audit verification and of search()/search_cases() per query kind (min/median, p95):
    CASEAPP_PASSPHRASE=... PYTHONPATH=<tree> python3 .../bench_audit_and_search_reads.py time DATA --repeat 40

A dump holds every search hit, snippet and order, case-list filter result and match reason of a set of queries in
Korean and English, every audit row as read, the verification result and a case's history. Opening a file appends
an unlock record, so ``compare`` leaves out the rows the second open added. Run old and new code alternately on
copies (each open writes to the file). Prints numbers; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import pickle
import resource
import statistics
import time
from pathlib import Path
from typing import Any

QUERIES = ("주거", "우울", "김", "ㄱㅁ", "ㄱㅁㅅ", "김민", "병원 동행", "5678", "정신건강복지센터", "주거 우울", "2026", "상담",
           "가", "ㅅ", "이", "박", "010", "지원 연계", "위기", "0001")
TIMED = ("김", "주거", "ㄱㅁ", "ㄱㅁㅅ", "5678", "병원 동행", "정신건강복지센터")


def _passphrase() -> str:
    return os.environ.get("CASEAPP_PASSPHRASE", "benchmark passphrase 벤치마크")


def _open(data: Path) -> Any:
    from caseapp import paths
    paths.set_data_dir(data)
    from caseapp.services.vault import Vault
    return Vault.open(_passphrase())


def migrate(data: Path) -> None:
    from caseapp import paths
    from caseapp.storage import migrate as migrations
    from caseapp.storage.engine import make_engine
    from caseapp.storage.keystore import KeyFile
    paths.set_data_dir(data)
    key = KeyFile.load(paths.key_file()).unwrap_with_passphrase(_passphrase())
    engine = make_engine(paths.database_file(), key)
    cpu, wall = time.process_time(), time.perf_counter()
    migrations.upgrade(engine)
    print(f"migration with its VACUUM: CPU {time.process_time() - cpu:.1f} s, wall {time.perf_counter() - wall:.1f} s, "
          f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


def dump(data: Path, out: Path) -> None:
    from sqlmodel import col, select

    from caseapp.i18n_text import set_language
    from caseapp.services import audit, search
    from caseapp.storage.models import AuditEvent
    vault = _open(data)
    found: dict[str, Any] = {"search": []}
    for lang in ("ko", "en"):
        set_language(lang)
        for query in QUERIES:
            hits = [h.to_json() for h in search.search(vault, query)]
            cases = search.search_cases(vault, query)
            reasons = sorted((k, r.text(), r.marks) for k, r in search.explain_case_matches(vault, query, cases).items())
            found["search"].append((query, lang, hits, cases, reasons))
    set_language("ko")
    with vault.session() as s:
        found["audit"] = [(e.seq, e.id, e.at, e.actor, e.action, e.entity_type, e.entity_id, e.case_id, e.detail,
                           e.prev_hash, e.hash) for e in s.exec(select(AuditEvent).order_by(col(AuditEvent.seq)))]
        found["verify"] = [(p.seq, p.ko, p.en) for p in audit.verify_chain(s)]
        case_id = next(r[7] for r in found["audit"] if r[7])
        found["history"] = [e.seq for e in audit.history(s, case_id)]
    out.write_bytes(pickle.dumps(found))
    print(f"{len(found['audit'])} audit rows, {sum(len(x[2]) for x in found['search'])} search hits")


def compare(old: Path, new: Path) -> None:
    a, b = pickle.loads(old.read_bytes()), pickle.loads(new.read_bytes())
    last = min(len(a["audit"]), len(b["audit"])) - 1  # the second open's own unlock record is left out
    print("search, snippets, order, filter, reasons identical:", a["search"] == b["search"])
    print(f"audit rows 1-{last} identical:", a["audit"][:last] == b["audit"][:last])
    print("verification:", a["verify"], b["verify"], "history identical:", a["history"] == b["history"])


def timed(data: Path, repeat: int) -> None:
    from caseapp.services import audit, search
    vault = _open(data)
    verify = []
    for _ in range(5):
        cpu = time.process_time()
        with vault.session() as s:
            audit.verify_chain(s)
        verify.append(time.process_time() - cpu)
    print(f"audit.verify_chain CPU min/median {min(verify):.2f}/{statistics.median(verify):.2f} s")
    for query in TIMED:
        line = [f"{query:10}"]
        for name, call in (("search", lambda q=query: search.search(vault, q)),
                           ("search_cases", lambda q=query: search.search_cases(vault, q))):
            call()  # warm
            times = []
            for _ in range(repeat):
                cpu = time.process_time()
                call()
                times.append((time.process_time() - cpu) * 1000)
            line.append(f"{name} median/p95 {statistics.median(times):.2f}/{statistics.quantiles(times, n=20)[-1]:.2f} ms")
        print("  ".join(line))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("migrate", "dump", "compare", "time"))
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--repeat", type=int, default=40)
    args = parser.parse_args()
    if args.what == "migrate":
        migrate(args.paths[0])
    elif args.what == "dump":
        dump(args.paths[0], args.paths[1])
    elif args.what == "compare":
        compare(args.paths[0], args.paths[1])
    else:
        timed(args.paths[0], args.repeat)


if __name__ == "__main__":
    main()
