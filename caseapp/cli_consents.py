"""CLI commands for consents by kind and the official clock: ``consent-form`` (the printable 동의서),
``attach-consent-scan`` (the signed paper, stored encrypted) and ``deadline-rules`` (the agency's numbers)."""

from __future__ import annotations

import argparse
from typing import Any

from caseapp.cli_common import open_vault, opens_vault, print_json, tr
from caseapp.cli_common import find_case
from caseapp.errors import UserError, ValidationError


def register(sub: Any) -> None:
    p = sub.add_parser("consent-form", help="개인정보 수집·이용 및 제공 동의서 PDF / the printable consent form")
    p.add_argument("case_number", metavar="CASE_NUMBER")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.set_defaults(func=cmd_consent_form)

    p = sub.add_parser("attach-consent-scan", help="서명된 동의서 스캔 첨부 / attach the scanned signed consent "
                                                   "(PDF, JPEG, PNG up to 10 MB)")
    p.add_argument("case_number", metavar="CASE_NUMBER")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--consent", type=int, metavar="N",
                   help="동의 순번(동의일 순, 기본: 가장 최근) / which consent, counted from 1 in date order "
                        "(default: the newest)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_attach_scan)

    p = sub.add_parser("deadline-rules", help="기한 규칙 보기·바꾸기 / show or change the agency's deadline rules")
    p.add_argument("--set", action="append", default=[], metavar="NAME=DAYS",
                   help="예: assessment_within_days=7 (여러 번 가능) / e.g. assessment_within_days=7 (repeatable)")
    p.add_argument("--reset", action="store_true", help="기본값(지침)으로 / back to the guidance defaults")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_deadline_rules)


@opens_vault
def cmd_consent_form(args: argparse.Namespace) -> int:
    from caseapp.i18n_text import current_language
    from caseapp.services import exports
    with open_vault() as vault:
        case = find_case(vault, args.case_number)
        path = exports.export_consent_form(vault, case.id, args.output, current_language())
    print(tr(f"동의서를 저장했습니다: {path}", f"Consent form saved: {path}"))
    return 0


@opens_vault
def cmd_attach_scan(args: argparse.Namespace) -> int:
    from caseapp.services import cases, consents
    with open_vault() as vault:
        case = find_case(vault, args.case_number)
        rows = cases.snapshot(vault, case.id).consents
        if not rows:
            raise UserError("이 사례에는 동의 기록이 없습니다. 동의를 먼저 기록하세요.",
                            "This case has no consent recorded yet. Record the consent first.")
        number = len(rows) if args.consent is None else args.consent
        if not 1 <= number <= len(rows):
            raise ValidationError(f"동의 순번은 1–{len(rows)} 사이여야 합니다.",
                                  f"--consent must be between 1 and {len(rows)}.")
        info = consents.attach_scan(vault, rows[number - 1].id, args.file)
    if args.json:
        print_json(info.to_json())
    else:
        print(tr(f"동의서 스캔을 첨부했습니다: {info.file_name} ({info.size:,}바이트)",
                 f"Consent scan attached: {info.file_name} ({info.size:,} bytes)"))
    return 0


@opens_vault
def cmd_deadline_rules(args: argparse.Namespace) -> int:
    from caseapp.domain.deadlines import RULES
    from caseapp.services import deadline_rules
    changes: dict[str, str] = {}
    for item in args.set:
        name, sep, value = item.partition("=")
        if not sep:
            raise ValidationError(f"NAME=DAYS 형식이어야 합니다: {item}", f"Use NAME=DAYS: {item}")
        changes[name.strip()] = value.strip()
    if args.reset and changes:
        raise ValidationError("--reset과 --set은 함께 쓸 수 없습니다.", "Use either --reset or --set.")
    with open_vault() as vault:
        if args.reset:
            rules = deadline_rules.reset_deadline_rules(vault)
        elif changes:
            rules = deadline_rules.set_deadline_rules(vault, changes)
        else:
            rules = deadline_rules.deadline_rules(vault)
    if args.json:
        print_json(rules.to_dict())
        return 0
    for spec in RULES:
        days = getattr(rules, spec.name)
        print(f"{spec.name:28} {tr(f'{days:>4}일', f'{days:>4} days')}  {tr(spec.label.ko, spec.label.en)}")
    return 0
