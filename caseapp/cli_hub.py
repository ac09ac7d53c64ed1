"""CLI for the agency hub on PostgreSQL (issue 18): ``hub init|add-user|join|sync|assign|access|stats|status``.

Passwords never go on the command line: the hub user's from ``CASEAPP_HUB_PASSWORD`` (else a prompt), the hub
administrator's (the role named in ``hub init --url``) from ``CASEAPP_HUB_ADMIN_PASSWORD`` (else a prompt). Every
connection is TLS with the server's certificate pinned (``--ca FILE``, or the server's own certificate shown by its
fingerprint; ``--fingerprint`` checks it). Exit codes as every other command: 1 a problem to fix (unreachable hub,
refused certificate, refused change), 2 a wrong hub password.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from caseapp.cli_common import open_vault, opens_vault, print_json, prompt_secret, tr

ENV_HUB_PASSWORD = "CASEAPP_HUB_PASSWORD"
ENV_ADMIN_PASSWORD = "CASEAPP_HUB_ADMIN_PASSWORD"


def register(sub: Any) -> None:
    p = sub.add_parser("hub", help="기관 허브(PostgreSQL)와 동기화 / sync with the agency hub (PostgreSQL)")
    verbs = p.add_subparsers(dest="hub_command", metavar="VERB", required=True)

    i = verbs.add_parser("init", help="서버에 허브 스키마·역할·정책 만들기(반복해도 안전) / create the hub's schema, "
                                      "roles and policies on a server (idempotent)")
    i.add_argument("--url", required=True, metavar="postgresql://ADMIN@HOST:PORT/DB")
    _tls_options(i)
    i.add_argument("--json", action="store_true")
    i.set_defaults(func=cmd_init, reads_only=True)  # the case file is not touched

    a = verbs.add_parser("add-user", help="허브 사용자(로그인 역할) 추가 / add a hub user (a login role)")
    a.add_argument("name", metavar="NAME")
    kind = a.add_mutually_exclusive_group()
    kind.add_argument("--supervisor", action="store_const", const="supervisor", dest="kind",
                      help="팀장(팀 사례 열람, 열람은 기록됨) / supervisor (reads the team's cases, recorded)")
    kind.add_argument("--director", action="store_const", const="director", dest="kind",
                      help="관장(통계만) / director (statistics only)")
    a.add_argument("--team", metavar="TEAM", help="팀 이름 / team name")
    a.add_argument("--display-name", metavar="NAME", help="사람들이 보는 이름(예: 김사회) / the name people see")
    a.add_argument("--url", required=True, metavar="postgresql://ADMIN@HOST:PORT/DB",
                   help="hub init에 쓴 주소 / the address given to hub init")
    _tls_options(a)
    a.set_defaults(func=cmd_add_user, reads_only=True, kind="practitioner")

    c = verbs.add_parser("change-user", help="허브 사용자의 역할·팀 바꾸기(이력 보관) / change a hub user's role or team "
                                             "(history kept)")
    c.add_argument("name", metavar="NAME")
    kinds = c.add_mutually_exclusive_group()
    for flag, kind_code in (("--practitioner", "practitioner"), ("--supervisor", "supervisor"),
                            ("--director", "director")):
        kinds.add_argument(flag, action="store_const", const=kind_code, dest="kind")
    c.add_argument("--team", metavar="TEAM", help="새 팀(빈 값: 팀 없음) / the new team (empty: none)")
    c.add_argument("--url", required=True, metavar="postgresql://ADMIN@HOST:PORT/DB")
    _tls_options(c)
    c.set_defaults(func=cmd_change_user, reads_only=True, kind=None)

    d = verbs.add_parser("deactivate-user", help="허브 사용자 로그인 막기(이력 보관) / stop a hub user from logging in "
                                                 "(history kept)")
    d.add_argument("name", metavar="NAME")
    d.add_argument("--url", required=True, metavar="postgresql://ADMIN@HOST:PORT/DB")
    _tls_options(d)
    d.set_defaults(func=cmd_deactivate_user, reads_only=True)

    j = verbs.add_parser("join", help="이 컴퓨터를 허브에 연결하고 첫 동기화 / connect this installation and sync")
    j.add_argument("--url", required=True, metavar="postgresql://HOST:PORT/DB")
    j.add_argument("--user", required=True, metavar="NAME")
    j.add_argument("--name", metavar="LABEL", help="허브에 보일 이 컴퓨터의 이름 / this computer's name on the hub")
    _tls_options(j)
    j.add_argument("--json", action="store_true")
    j.set_defaults(func=cmd_join)

    s = verbs.add_parser("sync", help="지금 보내고 받기 / push and pull now")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_sync)

    g = verbs.add_parser("assign", help="사례를 다른 담당자에게 넘기기(관리자·팀장) / reassign a case (admin or "
                                        "supervisor)")
    g.add_argument("case_number", metavar="CASE_NUMBER")
    g.add_argument("--to", required=True, metavar="NAME")
    g.add_argument("--url", metavar="postgresql://ADMIN@HOST:PORT/DB",
                   help="관리자로 실행할 때 / run as the hub administrator (else as this computer's hub user)")
    _tls_options(g)
    g.set_defaults(func=cmd_assign, reads_only=True)  # the case moves at the next sync of each laptop

    r = verbs.add_parser("after-restore", help="pg_dump에서 허브를 복원한 뒤 한 번(관리자) / once after restoring the "
                                               "hub from a dump (administrator)")
    r.add_argument("--url", required=True, metavar="postgresql://ADMIN@HOST:PORT/DB")
    _tls_options(r)
    r.set_defaults(func=cmd_after_restore, reads_only=True)

    ac = verbs.add_parser("access", help="허브 접속기록 위변조 확인·월간 점검·2년 지난 기록 정리(관리자) / check the hub's "
                                         "access records, record the monthly review, purge those past 2 years "
                                         "(administrator)")
    ac.add_argument("--url", required=True, metavar="postgresql://ADMIN@HOST:PORT/DB")
    ac.add_argument("--review", metavar="YYYY-MM", help="이 달의 점검을 기록 / record this (ended) month's review")
    ac.add_argument("--purge", action="store_true", help="2년 지난 기록 삭제 / delete records older than 2 years")
    _tls_options(ac)
    ac.add_argument("--json", action="store_true")
    ac.set_defaults(func=cmd_access, reads_only=True)  # the case file is not touched

    st = verbs.add_parser("stats", help="기관 통계(집계만, 사례 내용 없음): 관장·팀장·관리자 / the agency's figures "
                                        "(aggregates only, no case text): director, supervisor, administrator")
    st.add_argument("--url", required=True, metavar="postgresql://HOST:PORT/DB",
                    help="허브 주소(관리자는 postgresql://ADMIN@HOST:PORT/DB) / the hub's address (the administrator: "
                         "postgresql://ADMIN@HOST:PORT/DB)")
    st.add_argument("--user", metavar="NAME", help="허브 사용자 이름 / hub user name")
    st.add_argument("--from", dest="date_from", required=True, metavar="D", help="시작일 / first day YYYY-MM-DD")
    st.add_argument("--to", dest="date_to", required=True, metavar="D", help="종료일 / last day YYYY-MM-DD")
    _tls_options(st)
    st.add_argument("--json", action="store_true")
    st.set_defaults(func=cmd_stats, reads_only=True)  # the case file is not touched

    t = verbs.add_parser("status", help="허브 연결 상태와 마지막 동기화 / hub connection and the last sync")
    t.add_argument("--json", action="store_true")
    t.set_defaults(func=cmd_status, reads_only=True)


def _tls_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--ca", metavar="FILE", help="서버 인증서 또는 그 CA 인증서(PEM) / the server's certificate or its "
                                                "CA (PEM)")
    p.add_argument("--fingerprint", metavar="SHA256", help="서버 인증서의 SHA-256 지문(hub init이 출력) / the "
                                                           "server certificate's SHA-256 (printed by hub init)")


def _password(env: str, ko: str, en: str, *, confirm: bool = False) -> str:
    value = os.environ.get(env)
    if value is None:
        value = prompt_secret(ko, en, confirm=confirm, env=env)
    return value


@contextmanager
def _admin(args: argparse.Namespace) -> Iterator[tuple[str, str, str]]:
    """(URL for hub_admin, the administrator's password, the pinned certificate's fingerprint); hub_admin's
    connection errors inside the block become the one clear line every hub command gives."""
    from caseapp.services import hub_admin, hub_connection
    endpoint, pin = hub_admin.admin_address(args.url, ca_file=args.ca, fingerprint=args.fingerprint)
    password = _password(ENV_ADMIN_PASSWORD, "허브 관리자 암호", "Hub administrator password")
    login = hub_admin.admin_login(endpoint, pin, password)
    with hub_admin.admin_session(login) as url:
        yield url, password, hub_connection.fingerprint(login.pin.pem)


# --- administrator ---------------------------------------------------------------------------------------------

def cmd_init(args: argparse.Namespace) -> int:
    from caseapp.services import hub_admin
    with _admin(args) as (url, password, fp):
        result = hub_admin.init_hub(url, admin_password=password)
    if args.json:
        print_json({**dict(result or {}), "certificate_sha256": fp})
        return 0
    print(tr("기관 허브를 준비했습니다.", "The agency hub is ready."))
    print(tr(f"서버 인증서 SHA-256 지문: {fp}", f"Server certificate SHA-256: {fp}"))
    print(tr("각 컴퓨터에서 'caseapp hub join ... --fingerprint 지문'으로 같은 지문인지 확인하며 연결하세요.",
             "On each computer, 'caseapp hub join ... --fingerprint FP' checks this fingerprint while joining."))
    return 0


def cmd_add_user(args: argparse.Namespace) -> int:
    from caseapp.services import hub_admin
    with _admin(args) as (url, admin_password, _fp):
        password = _password(ENV_HUB_PASSWORD, f"{args.name}의 허브 암호", f"Hub password for {args.name}",
                             confirm=True)
        hub_admin.add_user(url, args.name, args.kind, password, team=args.team, admin_password=admin_password,
                           display_name=args.display_name or "")
    print(tr(f"허브 사용자를 추가했습니다: {args.name} ({_kind_label(args.kind, 'ko')})",
             f"Hub user added: {args.name} ({_kind_label(args.kind, 'en')})"))
    return 0


def cmd_change_user(args: argparse.Namespace) -> int:
    from caseapp.errors import ValidationError
    from caseapp.services import hub_admin
    if args.kind is None and args.team is None:
        raise ValidationError("바꿀 것을 주세요(--practitioner/--supervisor/--director 또는 --team).",
                              "Say what changes (--practitioner/--supervisor/--director or --team).")
    with _admin(args) as (url, _password_, _fp):
        hub_admin.change_user(url, args.name, kind=args.kind, team=args.team)
    print(tr(f"허브 사용자를 바꿨습니다: {args.name}", f"Hub user changed: {args.name}"))
    return 0


def cmd_deactivate_user(args: argparse.Namespace) -> int:
    from caseapp.services import hub_admin
    with _admin(args) as (url, _password_, _fp):
        hub_admin.deactivate_user(url, args.name)
    print(tr(f"허브 사용자의 로그인을 막았습니다: {args.name}. 맡은 사례는 'hub assign'으로 넘기세요.",
             f"Hub user deactivated: {args.name}. Hand their cases over with 'hub assign'."))
    return 0


def _kind_label(kind: str, lang: str) -> str:
    labels = {"practitioner": ("사례관리자", "practitioner"), "supervisor": ("팀장", "supervisor"),
              "director": ("관장", "director")}
    ko, en = labels.get(kind, (kind, kind))
    return ko if lang == "ko" else en


@opens_vault(when=lambda args: not args.url)
def cmd_assign(args: argparse.Namespace) -> int:
    from caseapp.services import hub_admin, hub_client
    if args.url:
        with _admin(args) as (url, _password_, _fp):
            hub_admin.assign(url, args.case_number, args.to)
    else:
        with open_vault() as vault:
            hub_client.assign(vault, args.case_number, args.to)
    print(tr(f"사례 {args.case_number}을(를) {args.to}에게 넘겼습니다. 각 컴퓨터의 다음 동기화 때 옮겨집니다.",
             f"Case {args.case_number} is now assigned to {args.to}; it moves at each computer's next sync."))
    return 0


def cmd_after_restore(args: argparse.Namespace) -> int:
    from caseapp.services import hub_admin
    with _admin(args) as (url, _password_, _fp):
        position = hub_admin.after_restore(url)
    print(tr(f"복원한 허브를 준비했습니다(변경 기록 위치 {position}). 각 컴퓨터는 다음 동기화 때 빠진 변경을 다시 보냅니다.",
             f"The restored hub is ready (change log position {position}). Each computer sends what the dump "
             "lacks at its next sync."))
    return 0


def cmd_access(args: argparse.Namespace) -> int:
    """Verify the chain always; with --review record that month, with --purge remove rows past 2 years first. Exit 1
    when the chain or a reviewed head does not check (someone changed the records)."""
    from datetime import date

    from caseapp.errors import ValidationError
    from caseapp.services import hub_access
    month = None
    if args.review:
        try:
            month = date.fromisoformat(args.review.strip() + "-01")
        except ValueError:
            raise ValidationError("--review는 YYYY-MM 형식입니다.", "--review takes YYYY-MM.") from None
    with _admin(args) as (url, _password_, _fp):
        purged = hub_access.purge_access(url) if args.purge else None
        review = hub_access.review_access(url, month) if month is not None else None
        checked = hub_access.verify_access(url)
        due = hub_access.unreviewed_access_month(url)
    if args.json:
        print_json({"verify": checked, "review": review, "purged": purged, "unreviewed_month": due})
    else:
        if purged is not None:
            print(tr(f"2년 지난 접속기록 {purged['access_record']}건을 지웠습니다.",
                     f"Deleted {purged['access_record']} access records older than 2 years."))
        if review is not None:
            print(tr(f"{review['month']} 접속기록 {review['records']}건 점검을 기록했습니다.",
                     f"Recorded the review of {review['month']}: {review['records']} access records."))
        if checked["ok"]:
            print(tr(f"접속기록 {checked['records']}건: 위변조 없음.",
                     f"{checked['records']} access records: unaltered."))
        else:
            altered = ", ".join(checked["reviews_altered"]) or "-"
            print(tr(f"접속기록이 변경되었습니다: 기록 {checked['broken_at'] or '-'}부터 사슬이 끊김, 점검한 달 {altered}.",
                     f"The access records were altered: chain broken at record {checked['broken_at'] or '-'}, "
                     f"reviewed months altered: {altered}."))
        if due:
            print(tr(f"{due} 접속기록을 아직 점검하지 않았습니다(월 1회 이상): --review {due}",
                     f"The access records of {due} are not reviewed yet (monthly): --review {due}"))
    return 0 if checked["ok"] else 1


# --- this installation -----------------------------------------------------------------------------------------

@opens_vault
def cmd_join(args: argparse.Namespace) -> int:
    from caseapp.services import hub_client
    with open_vault() as vault:
        password = _password(ENV_HUB_PASSWORD, "허브 암호", "Hub password")
        result = hub_client.join(vault, args.url, args.user, password, ca_file=args.ca,
                                 expected_fingerprint=args.fingerprint, device_name=args.name)
    if args.json:
        print_json({"hub_id": result.hub_id, "user": result.user, "kind": result.kind, "team": result.team,
                    "certificate_sha256": result.fingerprint, "sync": result.first_sync.to_json()})
        return 0
    print(tr(f"허브에 연결했습니다: {result.user} ({_kind_label(result.kind, 'ko')}), 허브 {result.hub_id}",
             f"Joined the hub as {result.user} ({_kind_label(result.kind, 'en')}), hub {result.hub_id}"))
    print(tr(f"고정한 서버 인증서 SHA-256: {result.fingerprint}", f"Pinned server certificate SHA-256: "
                                                             f"{result.fingerprint}"))
    print_report(result.first_sync)
    return 0


@opens_vault
def cmd_sync(args: argparse.Namespace) -> int:
    from caseapp.services import hub_client
    with open_vault() as vault:
        report = hub_client.sync(vault)
    if args.json:
        print_json(report.to_json())
        return 0
    print_report(report)
    return 0


def print_report(report: Any) -> None:
    print(tr(f"보냄 {report.pushed}건(받아들임 {report.accepted}, 대기 {report.held}, 거절 {len(report.refused)}), "
             f"받음 {report.pulled}건: 새 기록 {report.new_records}, 바뀐 기록 {report.changed_records}, 충돌 "
             f"{report.conflicts}, 삭제 {report.deletions}, 파기 {report.destructions}",
             f"Sent {report.pushed} ({report.accepted} accepted, {report.held} held, {len(report.refused)} "
             f"refused), received {report.pulled}: {report.new_records} new, {report.changed_records} changed, "
             f"{report.conflicts} conflict(s), {report.deletions} deletion(s), {report.destructions} "
             "destruction(s)"))
    for refusal in report.refused:
        print(tr(f"    거절: 변경 {refusal.get('sq')} — {refusal.get('why')}",
                 f"    refused: change {refusal.get('sq')} — {refusal.get('why')}"))
    if report.released:
        print(tr("다른 담당자에게 넘어가 이 컴퓨터에서 뺀 사례: ", "Cases handed to a colleague, removed here: ")
              + ", ".join(report.released))
    if report.conflicts:
        print(tr(f"충돌 {report.conflicts}건: 'caseapp sync conflicts'로 보고 'caseapp sync resolve'로 해결하세요.",
                 f"{report.conflicts} conflict(s): see 'caseapp sync conflicts', settle them with "
                 "'caseapp sync resolve'."))


def cmd_stats(args: argparse.Namespace) -> int:
    from caseapp.cli_common import parse_date_arg
    from caseapp.i18n_text import current_language
    from caseapp.services import hub_stats
    start, end = parse_date_arg(args.date_from, "시작일", "--from"), parse_date_arg(args.date_to, "종료일", "--to")
    hub_stats.check_period(start, end)  # a wrong period is refused before the password is asked
    if args.user:
        password = _password(ENV_HUB_PASSWORD, "허브 암호", "Hub password")
    else:
        password = _password(ENV_ADMIN_PASSWORD, "허브 관리자 암호", "Hub administrator password")
    who = hub_stats.account(args.url, args.user, password, ca_file=args.ca, expected_fingerprint=args.fingerprint)
    result = hub_stats.fetch(who, start, end)
    if args.json:
        print_json(result)
        return 0
    lang = current_language()
    print(tr(f"기관 통계 {start.isoformat()} ~ {end.isoformat()} · {hub_stats.scope_text(result, 'ko')}",
             f"Agency statistics {start.isoformat()} ~ {end.isoformat()} · {hub_stats.scope_text(result, 'en')}"))
    for section in hub_stats.sections(result, lang):
        print(f"\n■ {section.title}")
        if not section.rows:
            print("  -")
        for _key, shown, value in section.rows:
            print(f"  {shown}: {value}")
    return 0


@opens_vault
def cmd_status(args: argparse.Namespace) -> int:
    from caseapp import i18n_text
    from caseapp.errors import UserError
    from caseapp.services import hub_client
    with open_vault() as vault:
        status = hub_client.local_status(vault)
        hub: Any = None
        unreachable = ""
        if status["joined"]:
            try:
                hub = hub_client.remote_status(vault)
            except UserError as exc:
                unreachable = exc.message()
    status = {**status, "reachable": hub is not None, "hub": hub} if status["joined"] else status
    if args.json:
        print_json(status)
        return 0
    if not status["joined"]:
        print(tr("이 컴퓨터는 기관 허브에 연결되어 있지 않습니다.", "This computer has not joined an agency hub."))
        return 0
    lang = i18n_text.current_language()
    print(tr(f"허브 {status['url']} ({status['hub_id']}), 사용자 {status['user']} ({_kind_label(status['kind'], 'ko')})",
             f"Hub {status['url']} ({status['hub_id']}), user {status['user']} "
             f"({_kind_label(status['kind'], 'en')})"))
    print(tr(f"마지막 동기화 {status['last_sync_at'] or '-'}, 보내지 않은 변경 {status['unsent_changes']}건, 열린 충돌 "
             f"{status['open_conflicts']}건",
             f"Last sync {status['last_sync_at'] or '-'}, {status['unsent_changes']} change(s) not sent yet, "
             f"{status['open_conflicts']} open conflict(s)"))
    error = hub_client.last_error_text(status, lang)
    if error:
        print(tr("마지막 오류: ", "Last error: ") + error)
    print(tr("허브에 연결됨", "Hub reachable") if hub is not None else unreachable)
    return 0
