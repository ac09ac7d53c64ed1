"""CLI command ``select``: record a 대상자 선정 decision (the same service as the intake tab's selection dialog)."""

from __future__ import annotations

import argparse
from typing import Any

from caseapp.cli_common import open_vault, opens_vault, print_json
from caseapp.cli_common import find_case


def register(sub: Any) -> None:
    p = sub.add_parser("select", help="대상자 선정 결정 기록 / record a case selection decision")
    p.add_argument("case_number", metavar="CASE_NUMBER")
    p.add_argument("--level", required=True, metavar="L",
                   help="general(일반사례), complex(고난도사례), intensive(집중사례), linkage_only(미선정·단순 연계), "
                        "information_only(미선정·정보 제공 종결) 또는 이름 / or label")
    p.add_argument("--date", metavar="D", help="선정일 YYYY-MM-DD (기본: 오늘 / default today)")
    p.add_argument("--reason", default="", help="선정 사유·판단 근거 (미선정이면 필수) / reasons (required if not selected)")
    p.add_argument("--conference", metavar="ID", help="결정한 사례회의의 id / id of the deciding case conference")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_select)


@opens_vault
def cmd_select(args: argparse.Namespace) -> int:
    from caseapp.services.selection_decisions import record_selection
    values: dict[str, Any] = {"level": args.level, "reason": args.reason}
    if args.date:
        values["decided_on"] = args.date
    if args.conference:
        values["conference_id"] = args.conference
    with open_vault() as vault:
        case = find_case(vault, args.case_number)
        row = record_selection(vault, case.id, values)
    if args.json:
        print_json({"id": row.id, "case_number": case.case_number, "level": row.level,
                    "decided_on": row.decided_on.isoformat(), "conference_id": row.conference_id})
    else:
        print(row.id)
    return 0
