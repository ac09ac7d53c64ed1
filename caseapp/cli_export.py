"""CLI commands for PDFs and certificates: export, verify, export-cert, blank-forms, import-cert, import-pkcs12,
referral-letter, lookup-hash. Same services as the GUI's export dialog (:mod:`caseapp.services.exports`).

``verify`` reads the trusted roots from the case file (so it asks for the passphrase). On a machine without a case
file, ``verify FILE --trust ROOT.pem`` checks against that certificate alone and needs no passphrase.
"""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path
from typing import Any

from caseapp.cli_access import add_reason_arguments, purpose_from_args
from caseapp.cli_common import (
    open_vault, opens_vault, parse_date_arg, print_json, progress_on_terminal, prompt_secret, tr,
)
from caseapp.cli_common import find_case
from caseapp.errors import UserError, ValidationError

ENV_PKCS12_PASSWORD = "CASEAPP_PKCS12_PASSWORD"


def register(sub: Any) -> None:
    p = sub.add_parser("export", help="사례 기록 PDF(전자서명) / export a case record as a signed PDF")
    p.add_argument("case_number", nargs="?", metavar="CASE_NUMBER")
    p.add_argument("-o", "--output", required=True, metavar="FILE_OR_DIR",
                   help="PDF 파일 (--all이면 폴더) / PDF file (a folder with --all)")
    p.add_argument("--all", action="store_true", help="모든 사례를 폴더로 / every case into a folder")
    p.add_argument("--unsigned", action="store_true", help="전자서명 없이 / without a digital signature")
    p.add_argument("--redacted", action="store_true",
                   help="민감정보 가림 사본(공유용) / redacted copy for sharing")
    p.add_argument("--from", dest="date_from", metavar="D", help="시작일 / from date YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", metavar="D", help="종료일 / to date YYYY-MM-DD")
    p.add_argument("--sections", nargs="+", metavar="SECTION",
                   help="일부 항목만 / only these sections: " + ", ".join(_section_names()))
    add_reason_arguments(p)
    p.add_argument("--invisible-signature", action="store_true",
                   help="보이지 않는 서명만 / invisible signature only (no stamp)")
    p.add_argument("--recipient", default="", metavar="NAME",
                   help="외부에 제공할 때 받는 곳(제3자 제공 대장에 기록) / who receives it outside the agency "
                        "(recorded in the disclosure register)")
    p.set_defaults(func=cmd_export)  # --reason (above): also the basis recorded when no consent covers --recipient

    p = sub.add_parser("verify", help="서명된 PDF 검증 / verify a signed PDF (exit 0 only if intact and trusted)")
    p.add_argument("file", metavar="FILE.pdf")
    p.add_argument("--trust", action="append", default=[], metavar="CERT",
                   help="이 인증서만 신뢰(사례 파일 없이) / trust this root certificate (no case file needed)")
    p.add_argument("--crl", action="append", default=[], metavar="CRL",
                   help="더 새로운 폐지 목록(export-crl) / a newer revocation list (from export-crl)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_verify, reads_only=True)

    p = sub.add_parser("export-crl", help="인증서 폐지 목록(CRL) 내보내기 / export this installation's current "
                                           "certificate revocation list for partner agencies")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.set_defaults(func=cmd_export_crl, reads_only=True)

    p = sub.add_parser("export-cert", help="이 설치본의 루트 인증서 내보내기 / export this installation's root "
                                            "certificate for partner agencies")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.set_defaults(func=cmd_export_cert, reads_only=True)

    p = sub.add_parser("blank-forms", help="빈 서식 PDF / printable blank forms")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.set_defaults(func=cmd_blank_forms, reads_only=True)

    p = sub.add_parser("import-cert", help="협력기관 루트 인증서 신뢰 / trust a partner agency's root certificate")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_import_cert)

    p = sub.add_parser("import-pkcs12", help="기관 인증서(PKCS#12)로 서명 / sign with the organisation's PKCS#12")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_import_pkcs12)

    p = sub.add_parser("referral-letter", help="자원 의뢰서 PDF(전자서명) 또는 한글(HWPX) / signed referral letter for a "
                                                "referral (or .hwpx for 한글)")
    p.add_argument("case_number", metavar="CASE_NUMBER")
    p.add_argument("-o", "--output", required=True, metavar="FILE.{pdf,hwpx}")
    p.add_argument("--referral", type=int, metavar="N",
                   help="의뢰 순번(의뢰일 순, 기본: 가장 최근) / which referral, by date order (default: the latest)")
    p.add_argument("--unsigned", action="store_true")
    add_reason_arguments(p)
    p.set_defaults(func=cmd_referral_letter)

    p = sub.add_parser("revoke-cert", help="서명 인증서 폐지(노트북 분실 등) / revoke a signing certificate "
                                            "(e.g. a lost laptop's)")
    p.add_argument("certificate", metavar="SERIAL_OR_FINGERPRINT",
                   help="일련번호(10진수 또는 0x16진수) 또는 SHA-256 지문 / serial (decimal or 0x-hex) or SHA-256 "
                        "fingerprint")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_revoke_cert)

    p = sub.add_parser("sign-off", help="결재란 직함과 슈퍼바이저 추가 서명 설정 / sign-off box titles and the "
                                         "supervisor's co-signature")
    p.add_argument("--roles", nargs="*", metavar="TITLE",
                   help="결재란 직함(기본: 담당 팀장 관장; 빈 값이면 기본으로) / titles (none: the default)")
    p.add_argument("--cosign", choices=("on", "off"),
                   help="기록에 슈퍼바이저 승인 서명을 나중에 더할 수 있게 / let a supervisor co-sign records later")
    p.set_defaults(func=cmd_sign_off)

    p = sub.add_parser("cosign", help="승인(추가) 서명 / add an approval signature (supervisor) to a signed record")
    p.add_argument("file", metavar="FILE.pdf")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.add_argument("--pkcs12", required=True, metavar="FILE",
                   help="서명자의 PKCS#12 파일 / the co-signer's PKCS#12 file (password: " + ENV_PKCS12_PASSWORD + ")")
    p.set_defaults(func=cmd_cosign)

    p = sub.add_parser("lookup-hash", help="종이 사본의 해시 확인 / match a paper copy's SHA-256 to a logged export")
    p.add_argument("sha256", metavar="SHA256", help="SHA-256, 쪽 아래 16자리 또는 QR 내용 / full hash, the 16-digit "
                                                   "footer prefix or the QR text")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_lookup_hash, reads_only=True)


def _section_names() -> list[str]:
    from caseapp.export.options import SECTIONS
    return list(SECTIONS)


def _date(raw: str | None, ko: str, en: str) -> date | None:
    return parse_date_arg(raw, ko, en) if raw else None


def _options(args: argparse.Namespace) -> Any:
    from caseapp.export.options import ExportOptions
    from caseapp.i18n_text import current_language
    return ExportOptions(sections=tuple(args.sections or ()), date_from=_date(args.date_from, "시작일", "--from"),
                         date_to=_date(args.date_to, "종료일", "--to"), redacted=args.redacted,
                         signed=not args.unsigned, visible_signature=not args.invisible_signature,
                         language=current_language())


def _check_export(args: argparse.Namespace) -> None:
    """Before the passphrase: a refused target needs no unlocking (and leaves no unlock in the access log)."""
    from caseapp.services import outputs
    if args.all == bool(args.case_number):
        raise UserError("사례번호 하나 또는 --all 중 하나를 지정하세요.", "Give either one CASE_NUMBER or --all.")
    outputs.guard_folder(args.output) if args.all else outputs.guard(args.output)


@opens_vault(check=_check_export)
def cmd_export(args: argparse.Namespace) -> int:
    from caseapp.services import exports, outputs
    options = _options(args)
    purpose = purpose_from_args(args)
    with open_vault() as vault:
        if args.all:
            out_dir = outputs.guard_folder(args.output)
            if out_dir.exists() and not out_dir.is_dir():
                raise UserError(f"--all에는 폴더를 지정하세요: {out_dir}", f"--all needs a folder: {out_dir}")
            with progress_on_terminal() as progress:
                results = exports.export_many(vault, exports.all_case_ids(vault), out_dir, options,
                                              progress=progress, recipient=args.recipient,
                                              reason=purpose.text, purpose=purpose)
            for r in results:
                print(f"{r.case_number}\t{r.path}\t{r.content_sha256}")
            print(tr(f"{len(results)}건을 내보냈습니다: {out_dir}", f"Exported {len(results)} case(s) to {out_dir}"))
            return 0
        case = find_case(vault, args.case_number)
        result = exports.export_case(vault, case.id, args.output, options, recipient=args.recipient,
                                     reason=purpose.text, purpose=purpose)
        print(tr(f"내보냈습니다: {result.path}", f"Exported: {result.path}"))
        print(f"export_id: {result.export_id}")
        print(f"sha256: {result.content_sha256}")
        return 0


def _read_roots(files: list[str]) -> list[bytes]:
    out = []
    for name in files:
        try:
            out.append(Path(name).read_bytes())
        except OSError as exc:
            raise UserError(f"인증서 파일을 읽을 수 없습니다: {name} ({exc.strerror})",
                            f"Cannot read the certificate file: {name} ({exc.strerror})") from None
    return out


@opens_vault(when=lambda args: not args.trust)
def cmd_verify(args: argparse.Namespace) -> int:
    from caseapp.services import exports
    roots = _read_roots(args.trust)
    crls = _read_roots(args.crl)
    if roots:
        report = exports.verify_file(None, args.file, roots, crls)
    else:
        with open_vault() as vault:
            report = exports.verify_file(vault, args.file, extra_crls=crls)
    if args.json:
        print_json({"ok": report.ok, "error": report.error, "signatures": [
            {"field": s.field, "signer": s.signer, "signed_at": s.signed_at.isoformat() if s.signed_at else None,
             "intact": s.intact, "whole_file": s.whole_file, "trusted": s.trusted, "problem": s.problem,
             "fingerprint": s.fingerprint, "trust_anchor": s.trust_anchor,
             "trust_anchor_fingerprint": s.trust_anchor_fingerprint, "certified": s.certified,
             "allowed_changes": s.allowed_changes, "later_changes_allowed": s.later_changes_allowed,
             "revocation_checked": s.revocation_checked,
             "problems": [{"code": p.code, "ko": p.ko, "en": p.en} for p in s.problems]}
            for s in report.signatures]})
        return 0 if report.ok else 1
    _print_verify_report(report)
    return 0 if report.ok else 1


def _print_verify_report(report: Any) -> None:
    """Numbered signatures, each with its facts, then one line per problem in words; the verdict last."""
    if report.error:
        print(tr(f"PDF를 읽을 수 없습니다: {report.error}", f"Cannot read the PDF: {report.error}"))
    elif not report.signatures:
        print(tr("전자서명이 없습니다.", "The file has no digital signature."))
    yes, no = tr("예", "yes"), tr("아니오", "NO")
    total = len(report.signatures)
    for n, s in enumerate(report.signatures, 1):
        if total > 1:
            print(tr(f"[서명 {n}/{total}]", f"[Signature {n}/{total}]"))
        when = s.signed_at.astimezone().strftime("%Y-%m-%d %H:%M:%S %z") if s.signed_at else "?"
        print(f"{tr('서명자', 'Signer')}: {s.signer or '?'}")
        if s.fingerprint:
            print(f"{tr('서명자 인증서 지문(SHA-256)', 'Signer certificate SHA-256')}: {s.fingerprint}")
        print(f"{tr('서명 일시', 'Signed at')}: {when}")
        if s.certified:
            kind = tr("변경 불가", "no changes") if s.allowed_changes == "none" else \
                tr("서식 입력·추가 서명만 허용", "form filling and further signatures only")
            print(f"{tr('서명 종류', 'Kind')}: {tr('작성자 인증 서명', 'certification')} ({kind})")
        elif s.field:
            print(f"{tr('서명 종류', 'Kind')}: {tr('승인(추가) 서명', 'approval (co-signature)')}")
        print(f"{tr('변경 없음(무결성)', 'Intact')}: {yes if s.intact else no}")
        print(f"{tr('파일 전체 서명', 'Covers whole file')}: {yes if s.whole_file else no}")
        print(f"{tr('신뢰하는 인증서', 'Trusted')}: {yes if s.trusted else no}")
        if s.trust_anchor:
            print(f"{tr('신뢰 근거(루트 인증서)', 'Vouched for by root')}: {s.trust_anchor} "
                  f"(SHA-256 {s.trust_anchor_fingerprint[:16]}…)")
        print(f"{tr('폐지 여부 확인', 'Revocation checked')}: {yes if s.revocation_checked else no}")
        for problem in s.problems:
            print(f"{tr('문제', 'Problem')}: {tr(problem.ko, problem.en)}")
    print(tr("결과: 유효함", "Result: VALID") if report.ok else tr("결과: 유효하지 않음", "Result: NOT VALID"))


def _check_output(args: argparse.Namespace) -> None:
    """Before the passphrase: a mistyped target needs no unlocking."""
    from caseapp.services import outputs
    outputs.guard(args.output)


@opens_vault(check=_check_output)
def cmd_export_crl(args: argparse.Namespace) -> int:
    from caseapp.services import outputs, signing
    with open_vault() as vault:
        pem = signing.crl_pem(vault)
    outputs.write(args.output, pem)
    print(tr(f"폐지 목록을 저장했습니다: {args.output}", f"Revocation list saved: {args.output}"))
    return 0


@opens_vault(check=_check_output)
def cmd_export_cert(args: argparse.Namespace) -> int:
    from caseapp.export.pki import fingerprint
    from caseapp.services import outputs, signing
    from cryptography import x509
    with open_vault() as vault:
        pem = signing.own_root_pem(vault)
    outputs.write(args.output, pem)
    print(tr(f"루트 인증서를 저장했습니다: {args.output}", f"Root certificate saved: {args.output}"))
    print(f"SHA-256 fingerprint: {fingerprint(x509.load_pem_x509_certificate(pem))}")
    return 0


def cmd_blank_forms(args: argparse.Namespace) -> int:
    from caseapp.services import exports
    from caseapp.i18n_text import current_language
    path = exports.export_blank_forms(args.output, current_language())
    print(tr(f"빈 서식을 저장했습니다: {path}", f"Blank forms saved: {path}"))
    return 0


@opens_vault
def cmd_import_cert(args: argparse.Namespace) -> int:
    from caseapp.export.pki import fingerprint, subject_text
    from caseapp.services import signing
    with open_vault() as vault:
        cert = signing.import_trusted_cert(vault, args.file)
    print(tr(f"신뢰 인증서로 추가했습니다: {subject_text(cert)}", f"Now trusted: {subject_text(cert)}"))
    print(f"SHA-256 fingerprint: {fingerprint(cert)}")
    return 0


@opens_vault
def cmd_import_pkcs12(args: argparse.Namespace) -> int:
    from caseapp.export.pki import subject_text
    from caseapp.services import signing
    password = os.environ.get(ENV_PKCS12_PASSWORD)
    with open_vault() as vault:  # passphrase first (it may come from stdin), then the PKCS#12 password
        if password is None:
            password = prompt_secret("PKCS#12 암호", "PKCS#12 password", env=ENV_PKCS12_PASSWORD)
        cert = signing.import_pkcs12(vault, args.file, password)
    print(tr(f"이제 이 인증서로 서명합니다: {subject_text(cert)}", f"Exports are now signed with: {subject_text(cert)}"))
    return 0


def _check_referral_letter(args: argparse.Namespace) -> None:
    if args.referral is not None and args.referral < 1:
        raise ValidationError("--referral는 1부터 셉니다(의뢰일 순).", "--referral counts from 1 (in date order).")
    _check_output(args)  # before the passphrase, as export does


@opens_vault(check=_check_referral_letter)
def cmd_referral_letter(args: argparse.Namespace) -> int:
    from caseapp.i18n_text import current_language
    from caseapp.services import cases, exports
    from caseapp.domain.access import ExportReason
    purpose = purpose_from_args(args, ExportReason.REFERRAL)
    with open_vault() as vault:
        case = find_case(vault, args.case_number)
        referrals = cases.snapshot(vault, case.id).referrals
        if not referrals:
            raise UserError("이 사례에는 자원 의뢰 기록이 없습니다.", "This case has no referrals.")
        number = len(referrals) if args.referral is None else args.referral  # 0 is not "the latest"
        if not 1 <= number <= len(referrals):
            raise UserError(f"의뢰 순번은 1–{len(referrals)} 사이여야 합니다.",
                            f"--referral must be between 1 and {len(referrals)}.")
        result = exports.export_referral_letter(vault, referrals[number - 1].id, args.output, current_language(),
                                                signed=not args.unsigned, reason=purpose.text, purpose=purpose)
    print(tr(f"의뢰서를 저장했습니다: {result.path}", f"Referral letter saved: {result.path}"))
    print(f"sha256: {result.content_sha256}")
    return 0


@opens_vault
def cmd_lookup_hash(args: argparse.Namespace) -> int:
    from caseapp.services import exports
    with open_vault() as vault:
        found = exports.lookup_hash(vault, args.sha256)
    if args.json:
        print_json({"found": found.found, "export_id": found.export_id, "case_number": found.case_number,
                    "exported_at": found.exported_at.isoformat() if found.exported_at else None,
                    "signed": found.signed, "case_changed_since": found.case_changed_since,
                    "hash_matches": found.hash_matches, "kind": found.kind})
        return 0 if found.found and found.hash_matches else 1
    if not found.found:
        print(tr("기록된 출력 중 이 해시와 일치하는 것이 없습니다.", "No logged export has this hash."))
        return 1
    when = found.exported_at.astimezone().strftime("%Y-%m-%d %H:%M") if found.exported_at else "?"
    if found.kind == "report":
        print(tr(f"일치: 실적 보고서 {found.export_id}, {when}", f"Match: activity report {found.export_id}, {when}"))
    else:
        print(tr(f"일치: 출력 번호 {found.export_id}, 사례 {found.case_number or '(삭제됨)'}, {when}",
                 f"Match: export {found.export_id}, case {found.case_number or '(destroyed)'}, {when}"))
    if not found.hash_matches:
        print(tr("주의: QR의 내용 해시가 이 출력의 해시와 다릅니다. 종이 사본이 바뀌었을 수 있습니다.",
                 "Warning: the content hash in the QR differs from this export's; the paper copy may be altered."))
        return 1
    if found.kind == "report":
        return 0
    if found.case_changed_since is None:
        print(tr("사례가 더 이상 없습니다.", "The case no longer exists."))
    elif found.case_changed_since:
        print(tr("그 뒤 사례 기록이 바뀌었습니다.", "The case has changed since this export."))
    else:
        print(tr("그 뒤 사례 기록은 바뀌지 않았습니다.", "The case has not changed since this export."))
    return 0


@opens_vault
def cmd_revoke_cert(args: argparse.Namespace) -> int:
    from caseapp.services import signing
    with open_vault() as vault:
        done = signing.revoke_certificate(vault, args.certificate)
    if args.json:
        print_json({"serial": str(done.serial), "fingerprint": done.fingerprint, "subject": done.subject,
                    "replaced": done.replaced})
        return 0
    who = f" ({done.subject})" if done.subject else ""
    print(tr(f"인증서를 폐지했습니다: 일련번호 {done.serial}{who}", f"Certificate revoked: serial {done.serial}{who}"))
    print(tr("이후 내보내는 PDF에는 새 폐지 목록(CRL)이 들어갑니다.", "Exports from now on carry the new revocation list."))
    if done.replaced:
        print(tr("이 설치본의 서명 인증서였으므로 새 서명 인증서를 발급했습니다.",
                 "It was this installation's signing certificate, so a new one has been issued."))
    return 0


@opens_vault
def cmd_sign_off(args: argparse.Namespace) -> int:
    from caseapp.i18n_text import current_language
    from caseapp.services import approval
    with open_vault() as vault:
        if args.roles is not None:
            approval.set_approval_roles(vault, args.roles)
        if args.cosign is not None:
            approval.set_supervisor_cosigns(vault, args.cosign == "on")
        roles = approval.approval_roles(vault, current_language())
        cosign = approval.supervisor_cosigns(vault)
    print(f"{tr('결재란', 'Sign-off box')}: {' / '.join(roles)}")
    print(f"{tr('슈퍼바이저 추가 서명', 'Supervisor co-signature')}: "
          f"{tr('허용', 'allowed') if cosign else tr('없음(기록은 변경 불가로 인증)', 'off (records certified: no changes)')}")
    return 0


def cmd_cosign(args: argparse.Namespace) -> int:
    from caseapp.services import exports
    password = os.environ.get(ENV_PKCS12_PASSWORD)
    if password is None:
        password = prompt_secret("PKCS#12 암호", "PKCS#12 password")
    out = exports.cosign_file(args.file, args.output, args.pkcs12, password)
    print(tr(f"승인 서명을 더했습니다: {out}", f"Approval signature added: {out}"))
    return 0
