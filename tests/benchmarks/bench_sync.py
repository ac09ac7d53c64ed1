"""Sync benchmark (issue 17): a month's work of a 500-case practice exported on one machine and imported on the other.

    cd /work/wt/hN && PYTHONPATH=. nice python3 tests/benchmarks/bench_sync.py [--cases 500] [--repeat 5]

Builds an office file of ``--cases`` demo cases, sets up the laptop (a copy with its own device id, or with
``--setup bundle`` from the office's bundle, ``init --from-bundle``'s service, timed) and pairs both, then records a month of work on the office machine: 20 service notes a working day (a
third signed), 60 client and intake edits, 8 new cases (about 640 changes). Measures, min/median of ``--repeat``
runs each, wall and CPU time of this process (the development machine is shared, so CPU is the fair figure):

- export: :func:`sync_bundle.export_bundle` to the laptop (``--to``: no key derivation);
- import: :func:`sync_bundle.read_bundle` + :func:`sync_bundle.import_bundle` on a fresh copy of the laptop's
  folder each run (the pre-sync backup included);
- baseline: the pre-sync backup alone, measured in the same run, alternated with the imports (what any import
  costs before it applies: a verified copy of the whole file, which grows with the file, not with the bundle).

The budget (issue 17): export < 2 s and import < 2 s of CPU, the pre-sync backup included (the user waits for it);
the script exits 1 when either is missed. Key files use a low scrypt cost so the setup stays short: export to a peer and import derive no key. Not
collected by pytest.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("CASEAPP_KDF_COST", "12")

PASSPHRASES = {"office": "bench office passphrase 1234", "laptop": "bench laptop passphrase 5678"}
BUDGET_S = 2.0


def timed(fn: Callable[[], Any]) -> tuple[float, float, Any]:
    """(wall seconds, CPU seconds of this process, result) of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def spread(runs: list[tuple[float, float, Any]]) -> str:
    """min/median of the wall and of the CPU seconds of ``runs``."""
    walls, cpus = [r[0] for r in runs], [r[1] for r in runs]
    return (f"wall {min(walls):.3f}/{statistics.median(walls):.3f} s, "
            f"CPU {min(cpus):.3f}/{statistics.median(cpus):.3f} s")


def at(folder: Path) -> Any:
    from caseapp import paths
    from caseapp.services.vault import Vault
    paths.set_data_dir(str(folder))
    return Vault.open(PASSPHRASES[folder.name])


def copy_as_laptop(office: Path, laptop: Path) -> Any:
    """The laptop as a copy of the office folder with its own device id and passphrase: what a setup from the
    bundle holds (the same changes and circle key), without waiting for it."""
    from caseapp import paths
    from caseapp.services.vault import Vault
    shutil.copytree(office, laptop)
    (laptop / "device-id").write_text(os.urandom(6).hex())
    paths.set_data_dir(str(laptop))
    lap = Vault.open(PASSPHRASES["office"])
    lap.change_passphrase(PASSPHRASES["office"], PASSPHRASES["laptop"])
    return lap


def month_of_work(vault: Any, rng: random.Random) -> int:
    """About a month of one practitioner's writes; returns how many records were written or changed."""
    from sqlmodel import select

    from caseapp.services import cases, entries
    from caseapp.storage.models import Case
    with vault.session() as s:
        open_cases = list(s.exec(select(Case)))
    written = 0
    for n in range(20 * 21):
        case = rng.choice(open_cases)
        entries.add_service_entry(vault, case.id, rng.choice(["counselling", "information", "referral"]),
                                  f"가정방문 상담 {n}: 난방비·월세 체납 확인, 긴급지원 신청 안내", sign=n % 3 == 0)
        written += 1
    for n in range(60):
        case = rng.choice(open_cases)
        if n % 2:
            cases.update_client(vault, case.client_id, {"phone": f"010-{rng.randrange(1000, 9999)}-{n:04d}"})
        else:
            cases.update_intake(vault, case.id, {"presenting_request": f"주거 불안 재상담 요청 ({n})"})
        written += 1
    for n in range(8):
        cases.open_case(vault, {"name": f"신규대상자{n}", "phone": "010-0000-0000"},
                        {"presenting_request": "기초생활수급 신청 상담"})
        written += 1
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--setup", choices=("copy", "bundle"), default="copy",
                        help="laptop as a copy with its own device id (fast), or set up from the bundle (timed)")
    args = parser.parse_args()
    from caseapp import paths
    from caseapp.services import backup, demo_data, sync_bundle, sync_pairing
    from caseapp.services.setup import initialise

    work = Path(tempfile.mkdtemp(prefix="bench-sync-", dir=os.environ.get("CASEAPP_BENCH_TMP")))
    office, laptop, fresh = work / "office", work / "laptop", work / "laptop-fresh"
    try:
        paths.set_data_dir(str(office))
        vault, _ = initialise(PASSPHRASES["office"], "김사회", "행복종합사회복지관")
        started = time.perf_counter()
        demo_data.generate(vault, args.cases, seed=7)
        print(f"office file: {args.cases} demo cases in {time.perf_counter() - started:.1f} s")
        first = work / "first.casesync"
        started = time.perf_counter()
        sync_bundle.export_bundle(vault, first, None, passphrase=PASSPHRASES["office"], device_name="사무실 PC")
        vault.close()
        print(f"pairing bundle (whole file, {first.stat().st_size / 1e6:.1f} MB): "
              f"{time.perf_counter() - started:.2f} s")
        if args.setup == "bundle":
            incoming = sync_bundle.open_for_setup(first, PASSPHRASES["office"])
            paths.set_data_dir(str(laptop))
            started = time.perf_counter()
            lap, _recovery, _ = sync_pairing.setup_from_bundle(incoming, PASSPHRASES["laptop"])
            lap.finish_setup()
            print(f"laptop set up from it in {time.perf_counter() - started:.2f} s")
        else:
            lap = copy_as_laptop(office, laptop)
        back = work / "back.casesync"
        sync_bundle.export_bundle(lap, back, None, device_name="노트북")
        lap.close()
        vault = at(office)
        sync_bundle.import_bundle(vault, sync_bundle.read_bundle(vault, back))
        written = month_of_work(vault, random.Random(3))
        month = work / "month.casesync"
        exports = [timed(lambda: sync_bundle.export_bundle(vault, month, "노트북")) for _ in range(args.repeat)]
        count = exports[-1][2]
        vault.close()
        shutil.copytree(laptop, fresh)

        def fresh_laptop() -> None:
            shutil.rmtree(laptop)
            shutil.copytree(fresh, laptop)

        def import_once() -> tuple[float, float, Any]:
            with at(laptop) as lap:  # the open (key derivation) is not timed
                return timed(lambda: sync_bundle.import_bundle(lap, sync_bundle.read_bundle(lap, month)))

        def backup_once() -> tuple[float, float, Any]:
            with at(laptop) as lap:
                return timed(lambda: backup.create_backup(lap, "pre-sync"))

        imports, baselines = [], []
        for _ in range(args.repeat):  # alternated, so both see the same load
            fresh_laptop()
            imports.append(import_once())
            fresh_laptop()
            baselines.append(backup_once())
        result = imports[-1][2]
        applies = [(i[0] - b[0], i[1] - b[1], None) for i, b in zip(imports, baselines)]
        print(f"a month's work: {written} records written, {count} changes, bundle "
              f"{month.stat().st_size / 1e3:.0f} kB; min/median of {args.repeat} runs")
        print(f"export: {spread(exports)}")
        print(f"import (read + apply, the pre-sync backup included, open excluded): {spread(imports)} "
              f"({result.preview.new_records} new, {result.preview.changed_records} changed)")
        print(f"baseline, the pre-sync backup alone: {spread(baselines)}")
        print(f"import minus its baseline (reading and applying the changes): {spread(applies)}")
        export_s = min(r[1] for r in exports)
        import_s = min(r[1] for r in imports)
        ok = export_s < BUDGET_S and import_s < BUDGET_S
        print(f"budget: export and import (its pre-sync backup included) each < {BUDGET_S:.1f} s of CPU: "
              f"export {export_s:.3f} s, import {import_s:.3f} s -> {'ok' if ok else 'OVER'}")
        return 0 if ok else 1
    finally:
        paths.set_data_dir(None)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
