"""``caseapp about``: the version, the data folder and the engines underneath (the About window's facts, for a
terminal or a support call)."""

from __future__ import annotations

import argparse
from typing import Any

from caseapp.cli_common import print_json, tr


def register(sub: Any) -> None:
    p = sub.add_parser("about", help="버전·데이터 폴더·구성 요소 / version, data folder and bundled engines")
    p.add_argument("--json", action="store_true", help="고정 키의 JSON / JSON with stable keys")
    p.set_defaults(func=cmd_about, reads_only=True)


def cmd_about(args: argparse.Namespace) -> int:
    from caseapp import __version__, paths
    from caseapp.services.components import components

    found = components()
    if args.json:
        print_json({"version": __version__, "data_dir": str(paths.data_dir()), "components": found})
        return 0
    missing = tr("없음", "not available")
    print(f"caseapp {__version__}")
    print(tr("데이터 폴더: ", "Data folder: ") + str(paths.data_dir()))
    print(f"Python {found['python']} · SQLCipher {found['sqlcipher']} (SQLite {found['sqlite']}) · "
          f"{found['openssl']} · libpq {found['libpq'] or missing}")
    return 0
