"""CLI for 접속기록 (access records): ``access-log`` lists them or records the monthly review, and the ``--reason``
options the export commands share (see :mod:`caseapp.services.access_log`).

``--reason`` is defaulted, not required, so every script written before it keeps working: without it an export is
recorded with the reason "service" (서비스 제공·연계); ``--reason other`` needs ``--reason-text``. Words that are no
reason code (``--reason "법원 제출 요청"``) are an "other" reason in those words, which is also the basis the 제3자 제공
대장 records when no consent covers the recipient.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from caseapp.cli_common import open_vault, opens_vault, parse_date_arg, print_json, tr
from caseapp.errors import ValidationError


def add_reason_arguments(p: Any) -> None:
    """``--reason CODE`` and ``--reason-text TEXT`` on a command that hands data outside the program."""
    from caseapp.domain.access import ExportReason
    codes = ", ".join(r.value for r in ExportReason)
    p.add_argument("--reason", metavar="REASON",
                   help=f"제공·출력 사유(기본 service; 코드가 아니면 기타 사유의 내용) / why the data leaves the program "
                        f"(default service; words that are no code are an 'other' reason): {codes}")
    p.add_argument("--reason-text", default="", metavar="TEXT",
                   help="사유 설명(기타일 때 필수) / the reason in words (required with other)")


def purpose_from_args(args: argparse.Namespace, default: Any = None) -> Any:
    """The :class:`~caseapp.services.access_log.Purpose` the reason options give (bad input: exit 1, nothing done).
    ``default`` is the reason used when ``--reason`` is absent (a referral letter's is "referral")."""
    from caseapp.services import access_log
    raw = getattr(args, "reason", None)
    text = getattr(args, "reason_text", "") or ""
    if raw is None and default is not None:
        return access_log.Purpose(default, text)
    return access_log.parse_reason(raw, text)


def register(sub: Any) -> None:
    p = sub.add_parser("access-log", help="접속기록 보기·점검 / list access records, or record the monthly review")
    p.add_argument("--from", dest="date_from", metavar="D", help="시작일 / first day YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", metavar="D", help="종료일 / last day YYYY-MM-DD")
    p.add_argument("--case", dest="case_number", metavar="CASE_NUMBER", help="이 사례의 기록만 / only this case")
    p.add_argument("--review", action="store_true",
                   help="지난달(또는 --from의 달) 점검 기록에 서명 / sign the review of last month (or --from's month)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_access_log, reads_only=True)  # a review appends one row, through SQLite's own lock


def _dates(args: argparse.Namespace) -> tuple[date | None, date | None]:
    start = parse_date_arg(args.date_from, "--from", "--from") if args.date_from else None
    end = parse_date_arg(args.date_to, "--to", "--to") if args.date_to else None
    if start and end and end < start:
        raise ValidationError("--to가 --from보다 앞입니다.", "--to is before --from.")
    return start, end


def _check_access_log(args: argparse.Namespace) -> None:
    _dates(args)
    if args.review and (args.case_number or args.date_to):
        raise ValidationError("--review에는 --from(점검할 달)만 쓸 수 있습니다.",
                              "--review takes only --from (the month to review).")


@opens_vault(check=_check_access_log)
def cmd_access_log(args: argparse.Namespace) -> int:
    from caseapp.domain.access import previous_month, summarise
    from caseapp.services import access_log, access_review
    start, end = _dates(args)
    with open_vault() as vault:
        if args.review:
            month = (start or previous_month(date.today())).replace(day=1)
            review = access_review.record_review(vault, month, summarise(access_log.month_records(vault, month)))
            if args.json:
                print_json(_review_json(review))
            else:
                print(tr(f"{month:%Y년 %m월} 접속기록 점검을 서명하여 기록했습니다: {review.count}건, 주의 {review.flagged}건",
                         f"Recorded and signed the review of {month:%Y-%m}: {review.count} record(s), "
                         f"{review.flagged} flag(s)"))
            return 0
        entries = access_log.list_records(vault, start, end, case_number=args.case_number)
    if args.json:
        print_json([_entry_json(e) for e in entries])
        return 0
    _print_entries(entries)
    return 0


def _entry_json(e: Any) -> dict[str, Any]:
    return {"seq": e.seq, "at": e.at.isoformat(timespec="seconds"), "actor": e.actor, "kind": e.kind.value,
            "case_number": e.case_number or None, "device": e.device, "reason": e.reason or None,
            "what": e.what, "note": e.note or None}


def _review_json(r: Any) -> dict[str, Any]:
    return {"month": r.month.strftime("%Y-%m"), "seq": r.seq, "actor": r.actor,
            "reviewed_at": r.at.isoformat(timespec="seconds"), "count": r.count, "flagged": r.flagged,
            "signature_valid": r.verified}


def _print_entries(entries: list[Any]) -> None:
    from caseapp.domain.access import is_night
    for e in entries:
        night = " *" if is_night(e.at) else ""
        extra = " ".join(x for x in (e.what, e.reason and f"reason={e.reason}", e.note and repr(e.note)) if x)
        sys.stdout.write(f"{e.at:%Y-%m-%d %H:%M}{night}\t{e.actor}\t{e.kind.text()}\t{e.case_number or '-'}\t"
                         f"{e.device}\t{extra}\n")
    print(tr(f"{len(entries)}건 (* 야간 22:00–06:00)", f"{len(entries)} record(s) (* night-time 22:00–06:00)"))
