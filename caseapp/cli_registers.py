"""CLI commands for the privacy registers and the data subject's rights: destruction-register (파기 대장),
disclosures (제3자 제공 대장), withdraw-consent, client-copy (본인 열람), correction-request / correction-answer /
correction-requests (정정·삭제 요구). Same services as the GUI's registers window."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from caseapp import i18n_text
from caseapp.cli_common import open_vault, opens_vault, parse_date_arg, print_json, tr
from caseapp.cli_common import find_case
from caseapp.errors import UserError


def register(sub: Any) -> None:
    p = sub.add_parser("destruction-register", help="파기 대장 / register of destroyed cases (-o: signed PDF)")
    p.add_argument("-o", "--output", metavar="FILE.pdf", help="서명된 PDF로 저장 / write as a signed PDF")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_destruction_register)

    p = sub.add_parser("disclosures", help="제3자 제공 대장 / what was given to whom (one case or all)")
    p.add_argument("case_number", nargs="?", metavar="CASE_NUMBER")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_disclosures, reads_only=True)

    p = sub.add_parser("withdraw-consent", help="동의 철회와 알릴 곳 목록 / withdraw a consent and list the "
                                                "disclosures to notify")
    p.add_argument("case_number", metavar="CASE_NUMBER")
    p.add_argument("--purpose", required=True, metavar="PURPOSE",
                   help="동의 목적 코드 또는 이름 / consent purpose code or label (e.g. sharing)")
    p.add_argument("--date", metavar="D", help="철회일 / withdrawn on (default today)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_withdraw_consent)

    p = sub.add_parser("client-copy", help="본인 열람용 사본 PDF(전자서명) / the client's own copy as a signed PDF")
    p.add_argument("case_number", metavar="CASE_NUMBER")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.set_defaults(func=cmd_client_copy)

    p = sub.add_parser("correction-request", help="정정·삭제 요구 접수(10일 안에 답변) / record a correction or "
                                                  "deletion request (answer within 10 days)")
    p.add_argument("case_number", metavar="CASE_NUMBER")
    p.add_argument("--text", required=True, help="요구 내용 / what the client asks for")
    p.add_argument("--date", metavar="D", help="접수일 / received on (default today)")
    p.set_defaults(func=cmd_correction_request)

    p = sub.add_parser("correction-answer", help="정정·삭제 요구 결과 기록 / record the outcome of a request")
    p.add_argument("case_number", metavar="CASE_NUMBER")
    p.add_argument("--outcome", required=True, choices=("corrected", "deleted", "partly", "refused"))
    p.add_argument("--note", default="", help="안내한 내용(거절이면 필수) / what the client was told (needed "
                                              "for refused)")
    p.add_argument("--request", type=int, metavar="N", help="요구 순번(접수일 순, 기본: 답변 전 가장 오래된 것) / "
                                                            "which request, by date (default: the oldest open)")
    p.add_argument("--date", metavar="D", help="답변일 / answered on (default today)")
    p.set_defaults(func=cmd_correction_answer)

    p = sub.add_parser("correction-requests", help="정정·삭제 요구 목록 / list correction requests")
    p.add_argument("--open", action="store_true", help="답변 전만 / only those not answered yet")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_correction_requests, reads_only=True)


def _day(raw: str | None, ko: str, en: str) -> Any:
    return parse_date_arg(raw, ko, en) if raw else None


def _date_check(ko: str) -> Callable[[argparse.Namespace], None]:
    """The check before the passphrase of a command's ``--date`` (``ko``: its name in the message): a mistyped
    date needs no unlocking."""
    def check(args: argparse.Namespace) -> None:
        _day(args.date, ko, "--date")
    return check


# --- 파기 대장 -------------------------------------------------------------------------------------------------------

def _check_output(args: argparse.Namespace) -> None:
    """Before the passphrase: a mistyped target needs no unlocking."""
    from caseapp.services import outputs
    if args.output:
        outputs.guard(args.output)


@opens_vault(check=_check_output)
def cmd_destruction_register(args: argparse.Namespace) -> int:
    from caseapp.services import register_documents, registers
    lang = i18n_text.current_language()
    with open_vault() as vault:
        lines = registers.destruction_register(vault)
        written = register_documents.export_destruction_register(vault, args.output, lang) if args.output else None
    if args.json:
        print_json([registers.register_json(line) for line in lines])
    else:
        for line in lines:
            when = line.destroyed_at.astimezone().strftime("%Y-%m-%d %H:%M")
            purged = sum(1 for b in line.backups or [] if b.get("purged_at"))
            held = sum(1 for b in line.backups or [] if b.get("held"))
            print(f"{line.case_number}  {when}  {line.actor}  {line.reason}  "
                  + tr(f"백업: 지움 {purged}, 남음 {held}", f"backups: purged {purged}, still held {held}"))
        print(tr(f"파기 {len(lines)}건", f"{len(lines)} destruction(s)"))
    if written is not None:
        print(tr(f"파기 대장을 저장했습니다: {written.path}", f"Register saved: {written.path}"))
    return 0


# --- 제3자 제공 대장 -------------------------------------------------------------------------------------------------

@opens_vault
def cmd_disclosures(args: argparse.Namespace) -> int:
    from caseapp.services import registers
    with open_vault() as vault:
        case_id = find_case(vault, args.case_number).id if args.case_number else None
        lines = registers.disclosures(vault, case_id)
    if args.json:
        print_json([registers.disclosure_json(line) for line in lines])
        return 0
    _print_disclosures(lines)
    print(tr(f"제공 {len(lines)}건", f"{len(lines)} disclosure(s)"))
    return 0


def _print_disclosures(lines: list[Any]) -> None:
    from caseapp.services.registers import in_language, kind_text
    lang = i18n_text.current_language()
    for line in lines:
        when = line.disclosed_at.astimezone().strftime("%Y-%m-%d")
        reason = in_language(line.reason, lang)
        basis = in_language(line.basis, lang) if line.consent_covered else tr(f"동의 없음: {reason}",
                                                                               f"no consent: {reason}")
        print(f"{when}  {line.case_number or '-'}  {kind_text(line.kind, lang)}  → {line.recipient}  [{basis}]")


@opens_vault
def cmd_withdraw_consent(args: argparse.Namespace) -> int:
    from caseapp.domain.vocab import ConsentPurpose
    from caseapp.services import cases, registers, retention
    try:
        purpose = ConsentPurpose.parse(args.purpose)
    except ValueError:
        raise UserError(f"알 수 없는 동의 목적: {args.purpose}",
                        f"Unknown consent purpose: {args.purpose}. Use one of: "
                        f"{', '.join(p.value for p in ConsentPurpose)}") from None
    on = _day(args.date, "철회일", "--date")
    with open_vault() as vault:
        case = find_case(vault, args.case_number)
        consent = retention.current_consent(cases.snapshot(vault, case.id).consents, purpose.value)
        if consent is None or consent.withdrawn_on is not None:
            raise UserError("철회할 동의가 없습니다.", "There is no consent to withdraw for this purpose.")
        retention.withdraw_consent(vault, consent.id, on)
        notify = registers.affected_by_withdrawal(vault, consent)
    if args.json:
        print_json({"consent_id": consent.id, "purpose": purpose.value,
                    "notify": [registers.disclosure_json(d) for d in notify]})
        return 0
    print(tr("동의 철회를 기록했습니다.", "The withdrawal was recorded."))
    if notify:
        print(tr(f"이 동의로 정보를 받은 곳 {len(notify)}곳에 철회를 알리세요:",
                 f"Tell these {len(notify)} recipient(s) who received data under this consent:"))
        _print_disclosures(notify)
    else:
        print(tr("이 동의로 정보를 받은 곳은 없습니다.", "Nobody received data under this consent."))
    return 0


# --- 본인 열람, 정정·삭제 요구 ----------------------------------------------------------------------------------------

@opens_vault(check=_check_output)
def cmd_client_copy(args: argparse.Namespace) -> int:
    from caseapp.services.client_copy import write_client_copy
    with open_vault() as vault:
        case = find_case(vault, args.case_number)
        result = write_client_copy(vault, case.id, args.output)
    print(tr(f"본인 열람용 사본을 저장했습니다: {result.path}", f"Client's own copy saved: {result.path}"))
    print(f"sha256: {result.content_sha256}")
    return 0


@opens_vault(check=_date_check("접수일"))
def cmd_correction_request(args: argparse.Namespace) -> int:
    from caseapp.services import corrections
    received = _day(args.date, "접수일", "--date")
    with open_vault() as vault:
        case = find_case(vault, args.case_number)
        row = corrections.add_request(vault, case.id, args.text, received)
    print(tr(f"정정·삭제 요구를 접수했습니다. {row.due_on.isoformat()}까지 답변하세요.",
             f"Request recorded. Answer it by {row.due_on.isoformat()}."))
    return 0


@opens_vault(check=_date_check("답변일"))
def cmd_correction_answer(args: argparse.Namespace) -> int:
    from caseapp.services import corrections
    on = _day(args.date, "답변일", "--date")
    with open_vault() as vault:
        case = find_case(vault, args.case_number)
        found = corrections.requests(vault, case.id)
        if args.request is not None:
            if not 1 <= args.request <= len(found):
                raise UserError(f"요구 순번은 1–{len(found)} 사이여야 합니다.",
                                f"--request must be between 1 and {len(found)}.")
            target = found[args.request - 1]
        else:
            still_open = [r for r in found if not r.outcome]
            if not still_open:
                raise UserError("답변할 요구가 없습니다.", "There is no open request to answer.")
            target = still_open[0]
        corrections.answer(vault, target.id, args.outcome, on, args.note)
    print(tr("결과를 기록했습니다.", "The outcome was recorded."))
    return 0


@opens_vault
def cmd_correction_requests(args: argparse.Namespace) -> int:
    from caseapp.services import corrections
    from caseapp.storage.models import Case
    lang = i18n_text.current_language()
    with open_vault() as vault:
        rows = corrections.requests(vault, open_only=args.open)
        with vault.session() as s:
            numbers = {r.case_id: (s.get(Case, r.case_id).case_number if s.get(Case, r.case_id) else "")
                       for r in rows}
    if args.json:
        print_json([corrections.request_json(r) | {"case_number": numbers.get(r.case_id, "")} for r in rows])
        return 0
    for r in rows:
        print(f"{numbers.get(r.case_id, '')}  {r.received_on}  {tr('기한', 'due')} {r.due_on}  "
              f"{corrections.outcome_text(r.outcome, lang)}  {r.request}")
    print(tr(f"{len(rows)}건", f"{len(rows)} request(s)"))
    return 0
