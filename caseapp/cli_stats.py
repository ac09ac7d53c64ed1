"""CLI commands for service statistics (실적): ``stats`` (figures, drill-down, transcription sheet) and ``report``
(XLSX, CSV, signed PDF or HWPX). Same services as the Statistics window (:mod:`caseapp.services.statistics`)."""

from __future__ import annotations

import argparse
from typing import Any

from caseapp.cli_access import add_reason_arguments, purpose_from_args
from caseapp.cli_common import open_vault, opens_vault, parse_date_arg, print_json, tr
from caseapp.errors import ValidationError


def _period_arguments(p: Any) -> None:
    p.add_argument("--from", dest="date_from", metavar="D", help="시작일 / first day YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", metavar="D", help="종료일 / last day YYYY-MM-DD")
    p.add_argument("--period", metavar="P", help="월·분기·연도 / month, quarter or year: 2026-03, 2026-Q2, 2026")
    p.add_argument("--practitioner", metavar="NAME", help="이 사례관리자의 사례만 / only this case manager's cases")
    p.add_argument("--level", metavar="LEVEL", help="이 선정 수준이 지금 유효한 사례만 / only cases whose 선정 level in "
                                                  "force is this one: general, complex, intensive (or 일반사례 …)")


def register(sub: Any) -> None:
    p = sub.add_parser("stats", help="실적 통계 / service statistics for a period")
    _period_arguments(p)
    p.add_argument("--json", action="store_true", help="고정 키의 JSON / JSON with stable keys")
    p.add_argument("--drill", metavar="KEY", help="이 수치의 기록 목록 / the records behind this figure (a JSON key)")
    p.add_argument("--transcription", action="store_true",
                   help="행복이음·희망이음 입력 순서의 전사표 / figures in the order the public system asks for them")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("report", help="실적 보고서 파일 / statistics report as .xlsx, .csv, .pdf (signed) or .hwpx")
    _period_arguments(p)
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="FILE.xlsx | .csv | .pdf | .hwpx")
    p.add_argument("--unsigned", action="store_true", help="PDF에 전자서명 없이 / PDF without a digital signature")
    p.add_argument("--recipient", default="", metavar="NAME",
                   help="제출처(제3자 제공 대장에 기록) / who receives it (recorded in the disclosure register)")
    add_reason_arguments(p)
    p.set_defaults(func=cmd_report)


def period_from_args(args: argparse.Namespace) -> Any:
    from caseapp.domain.statistics import Period
    if args.period and (args.date_from or args.date_to):
        raise ValidationError("--period와 --from/--to는 함께 쓸 수 없습니다.", "Use either --period or --from/--to.")
    if args.period:
        try:
            return Period.parse(args.period)
        except ValueError:
            raise ValidationError(f"기간 형식이 아닙니다(예: 2026-03, 2026-Q2, 2026): {args.period}",
                                  f"Not a period (e.g. 2026-03, 2026-Q2, 2026): {args.period}") from None
    if not (args.date_from and args.date_to):
        raise ValidationError("기간을 지정하세요: --from D --to D 또는 --period P.",
                              "Give the period: --from D --to D, or --period P.")
    start, end = parse_date_arg(args.date_from, "시작일", "--from"), parse_date_arg(args.date_to, "종료일", "--to")
    if end < start:
        raise ValidationError("종료일이 시작일보다 앞섭니다.", "--to is before --from.")
    return Period(start, end)


@opens_vault
def cmd_stats(args: argparse.Namespace) -> int:
    from caseapp.domain import statistics as defs
    from caseapp.domain.stats_tables import build_tables, format_value, transcription_table, unit_of
    from caseapp.i18n_text import current_language
    from caseapp.services import statistics
    period = period_from_args(args)
    statistics.selection_level(args.level)  # a mistyped level is refused before the passphrase is asked
    if args.drill and args.drill not in defs.figure_refs():
        raise ValidationError(f"알 수 없는 수치 키입니다: {args.drill} ('caseapp stats --json'의 키를 쓰세요)",
                              f"Unknown figure key: {args.drill} (use a key of 'caseapp stats --json')")
    vault = open_vault()
    try:
        if args.drill:
            rows = statistics.drill(vault, period, args.drill, args.practitioner, level=args.level)
        else:
            result = statistics.statistics(vault, period, args.practitioner, level=args.level)
    finally:
        vault.close()
    lang = current_language()
    if args.drill:
        if args.json:
            print_json({"definitions_version": defs.DEFINITIONS_VERSION, "key": args.drill,
                        "from": period.start.isoformat(), "to": period.end.isoformat(),
                        "records": [r.to_json() for r in rows]})
            return 0
        print(f"{defs.figure_label(args.drill, lang)} · {period.text()}")
        for r in rows:
            shown = "" if r.value is None else f"  {r.text(lang)}"
            print(f"{r.on.isoformat() if r.on else '-'}  {r.case_number}  {r.client_name}{shown}")
        print(tr(f"{len(rows)}건", f"{len(rows)} record(s)"))
        return 0
    if args.json:
        print_json(result.to_json())
        return 0
    tables = [transcription_table(result, lang)] if args.transcription else build_tables(result, lang)
    print(tr(f"실적 통계 {period.text()}", f"Statistics {period.text()}")
          + (f" · {args.practitioner}" if args.practitioner else "")
          + (f" · {statistics.level_label(result.level, lang)}" if result.level else "")
          + tr(f" (정의 버전 {defs.DEFINITIONS_VERSION})", f" (definitions version {defs.DEFINITIONS_VERSION})"))
    for table in tables:
        print(f"\n■ {table.title}")
        if args.transcription:
            for (screen, item, value), (key,) in zip(table.rows, table.keys):
                if screen:
                    print(f"  {screen}")
                print(f"    {item}: {format_value(value, unit_of(key))}")
            continue
        if len(table.header) > 2:
            print("  " + " | ".join(table.header))
        for row, keys in zip(table.rows, table.keys):
            cells = " | ".join(format_value(v, unit_of(k)) for v, k in zip(row[1:], keys))
            print(f"  {row[0]}: {cells}")
    return 0


@opens_vault
def cmd_report(args: argparse.Namespace) -> int:
    from caseapp.services import reports
    period = period_from_args(args)
    from caseapp.domain.access import ExportReason
    purpose = purpose_from_args(args, ExportReason.REPORTING)
    reports.check_output_path(args.output)  # before the passphrase: a wrong path is refused at once
    vault = open_vault()
    try:
        written = reports.write_report(vault, period, args.output, practitioner=args.practitioner,
                                       signed=not args.unsigned, level=args.level, recipient=args.recipient,
                                       purpose=purpose)
    finally:
        vault.close()
    print(tr(f"보고서를 저장했습니다: {written.path}", f"Report saved: {written.path}"))
    print(f"sha256: {written.sha256}")
    return 0
