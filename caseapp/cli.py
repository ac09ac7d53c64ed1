"""The command line: scripting, tests and support use the same services as the GUI.

Every command returns an exit code. A :class:`~caseapp.errors.UserError` becomes one line on stderr in the current
language; anything else is a bug: one line on stderr and a traceback (frames only, no message text) in the log.
Other command modules plug in through :data:`COMMAND_MODULES`; each exposes ``register(subparsers)``.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import traceback
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from caseapp import __version__, hardening, i18n_text, paths
from caseapp.cli_common import (
    folder_held, open_vault, open_vault_for_reading, opens_vault, print_json, progress_on_terminal, prompt_secret,
    read_passphrase, require_file, require_valid_text, terminal_safe_output, tr,
)
from caseapp.cli_common import find_case, note_on_stderr
from caseapp.cli_parser import LocalizedArgumentParser
from caseapp.errors import UserError, ValidationError

# Modules that add their own subcommands (``register(subparsers) -> None``); only these are imported.
COMMAND_MODULES: tuple[str, ...] = ("caseapp.cli_export", "caseapp.cli_safety", "caseapp.cli_stats",
                                     "caseapp.cli_selection",

                                     "caseapp.cli_registers",

                                     "caseapp.cli_consents",

                                     "caseapp.cli_access",

                                     "caseapp.cli_about",

                                     "caseapp.cli_sync",

                                     "caseapp.cli_hub")

ENV_NEW_PASSPHRASE = "CASEAPP_NEW_PASSPHRASE"
ENV_RECOVERY_KEY = "CASEAPP_RECOVERY_KEY"

EXIT_INTERNAL = 70  # EX_SOFTWARE
EXIT_INTERRUPTED = 130


# --- parser ------------------------------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    parser = LocalizedArgumentParser(  # usage errors in the user's language (cli_parser)
        prog="caseapp",
        description="caseapp — 사례관리 / offline case management. 하위 명령 없이 실행하면 프로그램 창이 열립니다 "
                    "(without a command the GUI starts).")
    parser.add_argument("--data-dir", metavar="DIR", help="데이터 폴더 / data folder (default: CASEAPP_DATA_DIR or "
                                                         "the platform's user data dir)")
    parser.add_argument("--lang", choices=("ko", "en"), help="메시지 언어 / message language")
    parser.add_argument("--version", action="version", version=f"caseapp {__version__}",
                        help="버전 표시 / show the version")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", help="암호화된 사례 파일 만들기 / create the encrypted case file")
    p.add_argument("--name", help="사례관리자 이름 / practitioner's name (required without --from-bundle)")
    p.add_argument("--org", help="기관명 / agency name (required without --from-bundle)")
    p.add_argument("--from-bundle", metavar="FILE.casesync",
                   help="첫 컴퓨터의 동기화 파일로 두 번째 컴퓨터 설정 / set up a second machine of the same "
                        "practitioner from the first one's sync file")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo-data", help="연습용 예시 사례 만들기 / generate realistic demo cases")
    p.add_argument("--cases", type=int, required=True, metavar="N")
    p.add_argument("--seed", type=int, default=None, metavar="S")
    p.set_defaults(func=cmd_demo_data)

    p = sub.add_parser("cases", help="사례 목록 / list cases")
    p.add_argument("--stage", metavar="S", help="단계 코드 또는 이름 / stage code or label (e.g. monitoring, 실행)")
    p.add_argument("--overdue", action="store_true", help="기한이 지난 사례만 / only cases with overdue deadlines")
    p.add_argument("--level", metavar="L", help="선정 결과 / selection level (general, complex, intensive, "
                                                "linkage_only, information_only, none = 미결정)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_cases, reads_only=True)

    p = sub.add_parser("show", help="사례 전체 보기 / show the whole case")
    p.add_argument("case_number", metavar="CASE_NUMBER")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show, reads_only=True)

    p = sub.add_parser("add-entry", help="서비스 제공 기록 추가 / add a service log entry")
    p.add_argument("case_number", metavar="CASE_NUMBER")
    p.add_argument("--type", required=True, dest="practice_type", metavar="TYPE",
                   help="실천 유형 코드 또는 이름 / practice type code or label (e.g. counselling, 상담·치료)")
    p.add_argument("--text", required=True)
    p.add_argument("--date", metavar="D", help="YYYY-MM-DD (기본: 오늘 / default today)")
    p.add_argument("--mode", metavar="MODE", default="office",
                   help="접촉 방법 / contact mode (home_visit, office, phone, online, outreach or label)")
    p.add_argument("--minutes", type=int, metavar="N", help="소요 시간(분) / duration in minutes")
    p.add_argument("--sign", action="store_true", help="서명·잠금 / sign and lock the entry")
    p.set_defaults(func=cmd_add_entry)

    p = sub.add_parser("search", help="검색 / search clients, cases and notes")
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=50, metavar="N")
    p.set_defaults(func=cmd_search, reads_only=True)

    p = sub.add_parser("change-passphrase", help="암호 변경 / change the passphrase")
    p.set_defaults(func=cmd_change_passphrase)

    p = sub.add_parser("unlock-with-recovery-key", help="복구 키로 열고 새 암호 설정 / unlock with the recovery key "
                                                        "and set a new passphrase")
    p.set_defaults(func=cmd_unlock_with_recovery_key)

    p = sub.add_parser("rekey", help="데이터베이스 키와 복구 키 바꾸기 / re-encrypt under a new database key (old key "
                                     "file copies stop working; a new recovery key is shown)")
    p.set_defaults(func=cmd_rekey)

    p = sub.add_parser("new-recovery-key", help="새 복구 키 만들기(예전 키는 무효) / make a new recovery key (the old "
                                                "one stops working)")
    p.set_defaults(func=cmd_new_recovery_key)

    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(sub)
    return parser


# --- entry point -------------------------------------------------------------------------------------------------

def main(argv: Sequence[str] | None = None) -> int:
    umask = hardening.harden_process()  # before any secret is read: no core dumps, owner-only files
    try:
        with terminal_safe_output():  # stored text never drives the terminal (escape sequences shown, not obeyed)
            return _run_command(argv)
    finally:
        os.umask(umask)  # in-process callers (tests, scripts) get their own umask back


def _run_command(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func: Callable[[argparse.Namespace], int] | None = getattr(args, "func", None)
    if func is None:
        parser.print_help()
        return 0
    # --data-dir and --lang are process-wide settings; put them back afterwards so that calling main() in-process
    # (tests, scripts) does not leak one command's choices into the next.
    saved = (paths.data_dir_override(), i18n_text.explicit_language())
    try:
        if args.data_dir:
            paths.set_data_dir(args.data_dir)
        if args.lang:
            i18n_text.set_language(args.lang)
        hardening.tighten(paths.data_dir())
        return run_guarded(holding_the_folder(func), args)
    finally:
        paths.set_data_dir(saved[0])
        i18n_text.set_language(saved[1])


def holding_the_folder(func: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Check the arguments' text, then run. Every command writes unless its parser says ``reads_only=True``: a new
    command is locked out while the GUI has the folder open until someone decides it only reads."""
    def run(args: argparse.Namespace) -> int:
        require_valid_text(args)
        with folder_held(writes=not getattr(args, "reads_only", False)):
            return func(args)
    return run


def run_guarded(func: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run one command: user errors as one line, bugs logged (no client data), Ctrl-C as 130."""
    try:
        return int(func(args) or 0)
    except UserError as exc:
        _err(exc.message())
        return exc.exit_code
    except KeyboardInterrupt:
        _err(tr("중단되었습니다.", "Interrupted."))
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - the one place that turns bugs into an exit code
        try:
            log = write_internal_error_log(exc, str(getattr(args, "command", "") or ""))
        except OSError as log_error:
            summary = error_summary(exc)
            _err(tr(f"내부 오류가 발생했습니다({summary}). 로그를 쓸 수 없었습니다({log_error.strerror}): "
                    f"{paths.logs_dir()}",
                    f"internal error ({summary}); the log could not be written ({log_error.strerror}): "
                    f"{paths.logs_dir()}"))
        else:
            _err(tr(f"내부 오류가 발생했습니다. 로그를 확인하세요: {log}", f"internal error, see log: {log}"))
        return EXIT_INTERNAL


def _frames(exc: BaseException) -> list[str]:
    """Only frames (file, line, function) and exception types: exception messages and local values can carry client
    data (SQL parameters, field values), and the log is a plain file."""
    lines: list[str] = []
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    for item in reversed(chain):
        lines.append(f"{type(item).__module__}.{type(item).__qualname__}\n")
        lines.extend(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}\n'
                     for frame in traceback.extract_tb(item.__traceback__))
    return lines


def error_summary(exc: BaseException) -> str:
    """The exception type and the innermost frame, for stderr when the log cannot hold the whole trace."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" in {frames[-1].name} ({Path(frames[-1].filename).name}:{frames[-1].lineno})" if frames else ""
    return f"{type(exc).__qualname__}{where}"


def write_internal_error_log(exc: BaseException, command: str = "") -> Path:
    """Append the traceback (frames only) to the CLI log, owner-only; raise OSError if it cannot be written."""
    lines = [f"--- {datetime.now().isoformat(timespec='seconds')} caseapp {command}\n", *_frames(exc)]
    logs = paths.logs_dir()
    logs.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = logs / "caseapp-cli.log"
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    with os.fdopen(fd, "a", encoding="utf-8") as fh:
        fh.writelines(lines)
    return path


def _err(line: str) -> None:
    sys.stderr.write(line.replace("\n", " ") + "\n")
    sys.stderr.flush()


# --- commands ----------------------------------------------------------------------------------------------------

def cmd_init(args: argparse.Namespace) -> int:
    from caseapp.services.setup import initialise
    from caseapp.services.vault import Vault
    if Vault.exists():
        from caseapp.errors import AlreadyInitialised
        raise AlreadyInitialised()
    if args.from_bundle:
        from caseapp.cli_sync import set_up_from_bundle
        vault, recovery = set_up_from_bundle(args.from_bundle)
    else:
        if args.name is None or args.org is None:
            raise UserError("init에는 --name과 --org가 필요합니다(두 번째 컴퓨터는 --from-bundle FILE).",
                            "init needs --name and --org (a second computer: --from-bundle FILE).", exit_code=2)
        passphrase = read_passphrase("새 암호", "New passphrase", confirm=True)
        vault, recovery = initialise(passphrase, args.name, args.org, until_shown=True)
        print(tr(f"사례 파일을 만들었습니다: {paths.database_file()}", f"Case file created: {paths.database_file()}"))
    try:
        print_recovery_key(recovery)
        sys.stdout.flush()
        vault.finish_setup()  # the key was shown: only now the folder counts as set up
    finally:
        vault.close()
    return 0


def print_recovery_key(recovery: str) -> None:
    bar = "=" * 60
    print(bar)
    print(tr("  복구 키 (지금 한 번만 표시됩니다)", "  RECOVERY KEY (shown only this once)"))
    print()
    print(f"      {recovery}")
    print()
    print(tr("  이 키를 인쇄하거나 종이에 적어 안전한 곳(잠금 서랍 등)에 보관하세요.",
             "  Print it or write it down and keep it somewhere safe (a locked drawer)."))
    print(tr("  암호를 잊으면 이 키로만 사례 파일을 열 수 있습니다. 컴퓨터에 저장하지 마세요.",
             "  If you forget the passphrase, only this key opens the case file. Do not store it on the computer."))
    print(bar)
    print(f"Recovery key: {recovery}")


def _check_demo_data(args: argparse.Namespace) -> None:
    if args.cases < 1:
        raise ValidationError("--cases는 1 이상이어야 합니다.", "--cases must be at least 1.")


@opens_vault(check=_check_demo_data)
def cmd_demo_data(args: argparse.Namespace) -> int:
    from caseapp.services import demo_data
    with open_vault() as vault, progress_on_terminal() as progress:
        result = demo_data.generate(vault, args.cases, args.seed, progress=progress)
    print(tr(f"예시 사례 {result.cases}건을 만들었습니다 (사례번호 {result.first_number}–{result.last_number}).",
             f"Created {result.cases} demo cases ({result.first_number}–{result.last_number})."))
    return 0


def parse_stage(raw: str) -> Any:
    from caseapp.domain.vocab import Stage
    try:
        return Stage.parse(raw)
    except ValueError:
        allowed = ", ".join(f"{s.value}({s.label.ko})" for s in Stage)
        raise ValidationError(f"알 수 없는 단계: {raw}. 사용 가능: {allowed}",
                              f"Unknown stage: {raw}. Use one of: {', '.join(s.value for s in Stage)}") from None


@opens_vault
def cmd_cases(args: argparse.Namespace) -> int:
    from caseapp.services import cases
    from caseapp.services.selection import parse_level
    stage = parse_stage(args.stage) if args.stage else None
    level = parse_level(args.level) if args.level else None
    with open_vault() as vault:
        found = cases.list_cases(vault, stage=stage, overdue=args.overdue, level=level)
    today = date.today()
    if args.json:
        print_json([c.to_json(today) for c in found])
        return 0
    lang = i18n_text.current_language()
    header = [tr("사례번호", "Case"), tr("대상자", "Client"), tr("단계", "Stage"), tr("선정", "Level"),
              tr("경과일", "Days"), tr("다음 기한", "Next due"), ""]
    rows = [[c.case_number, c.client_name, c.stage.text(lang), c.selection.level.text(lang) if c.selection else "-",
             str(c.days_in_stage(today)),
             c.next_due.isoformat() if c.next_due else "-",
             tr("기한 지남", "OVERDUE") if c.overdue else (tr("이번 주", "this week") if c.due_this_week else "")]
            for c in found]
    print_table(header, rows)
    print(tr(f"{len(found)}건", f"{len(found)} case(s)"))
    return 0


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def print_table(header: list[str], rows: list[list[str]]) -> None:
    widths = [max(display_width(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        cells = [cell + " " * (widths[i] - display_width(cell)) for i, cell in enumerate(row)]
        print("  ".join(cells).rstrip())


@opens_vault
def cmd_show(args: argparse.Namespace) -> int:
    from caseapp.export.resident_guard import guard_resident_number  # while the key derivation runs
    from caseapp.services import access_log, case_show
    with open_vault_for_reading() as vault:  # no ORM unless the file needs repair or migration
        shown = case_show.read(vault, args.case_number, registers=args.json, note=note_on_stderr)
        access_log.record_view(vault, shown.snapshot.case.id)
    snap = guard_resident_number(shown.snapshot, date.today())  # the full number only under a 고유식별정보 consent
    if args.json:
        print_json(snapshot_json(snap, shown.scans) | shown.registers)
    else:
        sys.stdout.write(snapshot_text(snap, i18n_text.current_language(), shown.scans))
    return 0


def _entry_choices(args: argparse.Namespace) -> tuple[Any, Any]:
    from caseapp.domain.vocab import ContactMode, PracticeType  # the domain only: no data layer
    return (_parse_choice(PracticeType, args.practice_type, "실천 유형", "practice type"),
            _parse_choice(ContactMode, args.mode, "접촉 방법", "contact mode"))


@opens_vault(check=_entry_choices)
def cmd_add_entry(args: argparse.Namespace) -> int:
    from caseapp.services import entries
    practice, mode = _entry_choices(args)
    with open_vault() as vault:
        case = find_case(vault, args.case_number)
        row = entries.add_service_entry(vault, case.id, practice.value, args.text, occurred_on=args.date,
                                        contact_mode=mode.value, duration_min=args.minutes, sign=args.sign)
    print(row.id)
    return 0


def _parse_choice(enum_type: Any, raw: str, name_ko: str, name_en: str) -> Any:
    try:
        return enum_type.parse(raw)
    except ValueError:
        allowed_ko = ", ".join(m.label.ko for m in enum_type)
        allowed_en = ", ".join(m.value for m in enum_type)
        raise ValidationError(f"알 수 없는 {name_ko}: {raw}. 사용 가능: {allowed_ko}",
                              f"Unknown {name_en}: {raw}. Use one of: {allowed_en}") from None


def _check_search(args: argparse.Namespace) -> None:
    if args.limit < 1:
        raise ValidationError("--limit는 1 이상이어야 합니다.", "--limit must be at least 1.")


@opens_vault(check=_check_search)
def cmd_search(args: argparse.Namespace) -> int:
    from caseapp.services import access_log, search  # while the key derivation @opens_vault started runs
    with open_vault_for_reading() as vault:  # no ORM unless the file needs repair or migration
        hits = search.search(vault, args.query, limit=args.limit)
        access_log.record_search(vault, args.query, len(hits), len({h.case_id for h in hits if h.case_id}))
    if args.json:
        print_json([h.to_json() for h in hits])
        return 0
    for hit in hits:
        data = hit.to_json()
        where = " · ".join(x for x in (data.get("case_number") or "", data.get("client_name") or "") if x)
        print(f"{where}  [{data.get('title', '')}]")
        snippet = str(data.get("snippet") or "").replace("\n", " ")
        if snippet:
            print(f"    {snippet}")
    print(tr(f"{len(hits)}건", f"{len(hits)} hit(s)"))
    return 0


def _new_passphrase() -> str:
    env = os.environ.get(ENV_NEW_PASSPHRASE)
    if env is not None:
        return env
    return prompt_secret("새 암호", "New passphrase", confirm=True, env=ENV_NEW_PASSPHRASE)


def cmd_change_passphrase(args: argparse.Namespace) -> int:
    require_file()
    old = read_passphrase("현재 암호", "Current passphrase")
    from caseapp.services.vault import Vault
    vault = Vault.open(old)
    try:
        vault.change_passphrase(old, _new_passphrase())
    finally:
        vault.close()
    print(tr("암호를 바꿨습니다. 복구 키는 그대로 유효합니다.",
             "Passphrase changed. The recovery key still works."))
    print(tr("예전 키 파일 사본(백업, 백업 폴더)은 예전 암호로 지금의 사례 파일을 계속 열 수 있습니다. 막으려면 "
             "'caseapp rekey'를 실행하세요(새 복구 키가 표시됩니다).",
             "Old copies of the key file (in backups, the backup folder) still open today's case file with the old "
             "passphrase. To stop that, run 'caseapp rekey' (it shows a new recovery key)."))
    return 0


def cmd_unlock_with_recovery_key(args: argparse.Namespace) -> int:
    require_file()
    recovery = os.environ.get(ENV_RECOVERY_KEY)
    if recovery is None:
        recovery = prompt_secret("복구 키", "Recovery key", env=ENV_RECOVERY_KEY)
    new = _new_passphrase()
    from caseapp.services.vault import Vault
    # The rekey below swaps the file: main() already holds the folder's lock, so never under a running window.
    vault = Vault.open_with_recovery_key(recovery, new)
    print(tr("복구 키로 열었습니다. 이제 새 암호를 사용하세요.",
             "Unlocked with the recovery key. Use the new passphrase from now on."))
    print(tr("사용한 복구 키와 데이터베이스 키를 바꿉니다…", "Replacing the used recovery key and the database key…"))
    _rekey_and_show(vault, new)
    return 0


def cmd_rekey(args: argparse.Namespace) -> int:
    require_file()
    passphrase = read_passphrase()
    from caseapp.services.vault import Vault
    _rekey_and_show(Vault.open(passphrase), passphrase)  # main() holds the folder's lock: no window has the file
    return 0


def _rekey_and_show(vault: Any, passphrase: str) -> None:
    """Prepare the new key, show its recovery key, then commit (killed before the commit, the old keys stay)."""
    from caseapp.services import rekey
    try:
        pending = rekey.prepare(vault, passphrase)
    except BaseException:
        vault.close()
        raise
    print(tr("새 복구 키입니다. 이 명령이 '완료'라고 알린 뒤부터 유효합니다(그 전에 중단되면 예전 키가 그대로 유효).",
             "Here is the new recovery key. It is valid once this command says it is done (interrupted before, the "
             "old keys stay valid)."))
    print_recovery_key(pending.recovery_key)
    sys.stdout.flush()
    new_vault = vault.rekey(pending)
    try:
        new_vault.recovery_key_shown()
    finally:
        new_vault.close()
    print(tr("완료: 사례 파일을 새 키로 다시 암호화했습니다. 위의 복구 키만 유효하고, 예전 키 파일 사본으로는 더 이상 "
             "열 수 없습니다. 이전 백업은 각자의 키 파일을 가지고 있어 만들 때의 암호로 열립니다.",
             "Done: the case file is re-encrypted under a new key. Only the recovery key above works now, and old "
             "copies of the key file no longer open it. Earlier backups keep their own key files and open with the "
             "passphrase that was valid when they were made."))


def cmd_new_recovery_key(args: argparse.Namespace) -> int:
    require_file()
    passphrase = read_passphrase()
    from caseapp.services.vault import Vault
    with Vault.open(passphrase) as vault:
        recovery = vault.new_recovery_key(passphrase)
        print_recovery_key(recovery)
        sys.stdout.flush()
        vault.recovery_key_shown()
    print(tr("새 복구 키를 만들었습니다. 예전 복구 키로는 지금의 키 파일을 열 수 없습니다(예전 키 파일 사본은 예외: "
             "'caseapp rekey'로 막으세요).",
             "New recovery key made. The old recovery key no longer opens the current key file (old copies of the "
             "key file still do: 'caseapp rekey' stops that)."))
    return 0


# --- the whole case as JSON and as text ----------------------------------------------------------------------------

def _plain(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, bytes):
        return None
    return value


def row_json(row: Any) -> dict[str, Any]:
    return {k: _plain(v) for k, v in row.model_dump().items()}


def snapshot_json(snap: Any, scans: dict[str, list[Any]] | None = None) -> dict[str, Any]:
    """The stable JSON shape of ``caseapp show --json`` (documented in README). ``scans``: consent id -> the
    attached scans (listed by name, size and SHA-256, never the bytes)."""
    scores_by_review: dict[str, list[dict[str, Any]]] = {}
    scores_by_termination: dict[str, list[dict[str, Any]]] = {}
    for score in snap.scores:
        item = {"goal_id": score.goal_id, "score": score.score, "scored_on": score.scored_on.isoformat(),
                "note": score.note}
        if score.review_id:
            scores_by_review.setdefault(score.review_id, []).append(item)
        if score.termination_id:
            scores_by_termination.setdefault(score.termination_id, []).append(item)

    def with_addenda(row: Any, **extra: Any) -> dict[str, Any]:
        data = row_json(row)
        data.update(extra)
        data["addenda"] = [row_json(a) for a in snap.addenda_for(row.id)]
        return data

    def resource_name(resource_id: str | None) -> str | None:
        res = snap.resources.get(resource_id) if resource_id else None
        return res.name if res else None

    numbers = snap.goal_numbers()

    scans = scans or {}
    return {
        "case": row_json(snap.case),
        "client": row_json(snap.client),
        "household": [row_json(m) for m in snap.household],
        "stage_history": [row_json(t) for t in snap.transitions],
        "checklist": [row_json(c) for c in snap.checks],
        "consents": [with_addenda(c, attachments=[x.to_json() for x in scans.get(c.id, [])])
                     for c in snap.consents],
        "assessments": [with_addenda(a.assessment, **assessment_parts_json(a)) for a in snap.assessments],
        "eco_map": [row_json(e) | {"resource_name": resource_name(e.resource_id)} for e in snap.eco],
        "goals": [with_addenda(g, number=numbers[g.id],
                               scores=[{"score": s.score, "scored_on": s.scored_on.isoformat(),
                                        "review_id": s.review_id, "termination_id": s.termination_id}
                                       for s in snap.scores_for_goal(g.id)]) for g in snap.goals],
        "tasks": [with_addenda(t, resource_name=resource_name(t.resource_id)) for t in snap.tasks],
        "services": [with_addenda(e, resource_name=resource_name(e.resource_id)) for e in snap.services],
        "referrals": [with_addenda(r, resource_name=resource_name(r.resource_id)) for r in snap.referrals],
        "conferences": [with_addenda(c, attendees=[row_json(a) for a in snap.attendees_of(c.id)])
                        for c in snap.conferences],
        "reviews": [with_addenda(r, scores=scores_by_review.get(r.id, []),
                                 goal_changes=[row_json(g) for g in snap.goal_changes if g.review_id == r.id],
                                 service_ratings=[row_json(t) for t in snap.service_ratings if t.review_id == r.id])
                    for r in snap.reviews],
        "terminations": [with_addenda(t, final_scores=scores_by_termination.get(t.id, []),
                                      goal_outcomes=[row_json(o) for o in snap.goal_outcomes
                                                     if o.termination_id == t.id])
                         for t in snap.terminations],
        "follow_ups": [with_addenda(f) for f in snap.follow_ups],
        "selections": [row_json(d) for d in snap.selections],
        "selection": row_json(snap.current_selection) if snap.current_selection else None,
        "supervision": [with_addenda(r) for r in snap.supervision],
        "supervisor_confirmations": [row_json(c) for c in snap.confirmations],
        # the signature image itself stays in the file; the JSON says whether one was drawn
        "plan_agreements": [row_json(a) | {"has_signature": a.signature_png is not None} for a in snap.agreements],
    }


def assessment_parts_json(view: Any) -> dict[str, Any]:
    """An assessment's need ratings, 위기도 checklist result and monthly budget for ``show --json`` (issue 11)."""
    from caseapp.domain import budget, crisis_scale
    result = crisis_scale.assess(view.assessment.crisis_scores or {})
    totals = budget.totals({code: line.amount for code, line in view.budget.items()})
    return {
        "ratings": {area: {"level": r.level, "narrative": r.narrative, "concerns": r.concerns, "cause": r.cause,
                           "priority": r.priority} for area, r in view.ratings.items()},
        "crisis": {"total": result.total, "max_total": crisis_scale.MAX_TOTAL,
                   "band": result.band.value if result.band else None,
                   "differs_from_risk_level": result.differs_from(view.assessment.risk_level)},
        "budget": {"lines": {code: {"amount": line.amount, "note": line.note} for code, line in view.budget.items()},
                   "totals": {"income": totals.income, "expense": totals.expense, "balance": totals.balance}},
    }


def _value_text(spec: Any, value: Any, lang: str, resources: dict[str, Any]) -> str:
    from caseapp.domain.forms import Kind
    if value is None or value == "" or value == []:
        return ""
    if spec.kind is Kind.INT and spec.minimum is not None and isinstance(value, int) and value < spec.minimum:
        return ""  # "not given" (e.g. the monitoring interval left to the agency's deadline rules)
    if spec.kind is Kind.CHOICE and spec.choices is not None:
        try:
            return spec.choices(value).text(lang)
        except ValueError:
            return str(value)
    if spec.kind is Kind.MULTI_CHOICE and spec.choices is not None:
        return ", ".join(spec.choices(v).text(lang) for v in value)
    if spec.kind is Kind.BOOL:
        return tr("예", "yes") if value else ""
    if spec.kind is Kind.REFERENCE:
        if spec.reference == "resource" and value in resources:
            return str(resources[value].name)
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _fields_text(form: Any, row: Any, lang: str, resources: dict[str, Any], indent: str = "    ",
                 skip: tuple[str, ...] = ()) -> list[str]:
    """Render a row through its FormSpec: one 'label: value' line per filled field (forms as data)."""
    out = []
    for spec in form.fields:
        if spec.name in skip or not hasattr(row, spec.name):
            continue
        text = _value_text(spec, getattr(row, spec.name), lang, resources)
        if text:
            lines = text.splitlines() or [""]
            out.append(f"{indent}{spec.label.text(lang)}: {lines[0]}")
            out.extend(f"{indent}  {line}" for line in lines[1:])
    return out


def _signed_text(row: Any, lang: str) -> str:
    if getattr(row, "signed_at", None) is None:
        return ""
    when = row.signed_at.strftime("%Y-%m-%d %H:%M")
    return tr(f"  [서명·잠금 {row.signed_by} {when}]", f"  [signed {row.signed_by} {when}]")


def _child_line(form: Any, row: Any, lang: str, resources: dict[str, Any], goal_no: dict[str, int],
                snap: Any) -> str:
    """One row of a record's table (an attendee, a goal's before/after …) on one line: label: value · …"""
    from caseapp.domain.forms import Kind
    parts = []
    for spec in form.fields:
        value = getattr(row, spec.name, None)
        if spec.kind is Kind.REFERENCE and spec.reference == "goal":
            text = f"{tr('목표', 'Goal')} {goal_no[value]}" if value in goal_no else ""
        elif spec.kind is Kind.REFERENCE and spec.reference == "plan_task":
            text = next((t.description for t in snap.tasks if t.id == value), "")
        else:
            text = " ".join(_value_text(spec, value, lang, resources).split())
        if text:
            parts.append(f"{spec.label.text(lang)}: {text}")
    return " · ".join(parts)


def _assessment_survey_text(view: Any, lang: str) -> list[str]:
    """The 위기도 checklist result and the monthly budget of one assessment, for ``show`` (issue 11)."""
    from caseapp.domain import budget, crisis_scale
    out = []
    line = crisis_scale.summary(view.assessment.crisis_scores or {}, lang)
    if line:
        out.append(f"      {tr('위기도 조사', 'Crisis checklist')}: {line}")
    if view.budget:
        t = budget.totals({code: b.amount for code, b in view.budget.items()})
        out.append(f"      {budget.INCOME_LABEL.text(lang)} {budget.won_text(t.income, lang)} · "
                   f"{budget.EXPENSE_LABEL.text(lang)} {budget.won_text(t.expense, lang)} · "
                   f"{budget.BALANCE_LABEL.text(lang)} {budget.balance_text(t.balance, lang)}")
        for code, b in view.budget.items():
            parts = [budget.won_text(b.amount, lang) if b.amount is not None else "", f"({b.note})" if b.note else ""]
            out.append(f"        {budget.BudgetItem(code).text(lang)}: " + " ".join(p for p in parts if p))
    return out


def snapshot_text(snap: Any, lang: str, scans: dict[str, list[Any]] | None = None) -> str:
    from caseapp.domain import forms
    from caseapp.domain.checklists import find_item
    from caseapp.domain.gas import GAS_FIELDS, t_score
    from caseapp.domain.vocab import NEED_LEVELS, NeedArea, Stage
    res = snap.resources
    out: list[str] = []

    def heading(ko: str, en: str) -> None:
        out.append("")
        out.append(f"■ {tr(ko, en)}")

    def entry(title: str, form: Any, row: Any, skip: tuple[str, ...] = ()) -> None:
        out.append(f"  - {title}{_signed_text(row, lang)}")
        out.extend(_fields_text(form, row, lang, res, skip=skip))
        for add in snap.addenda_for(row.id):
            out.append(f"    + {tr('추가기록', 'Addendum')} {add.written_on.isoformat()} ({add.author})"
                       f"{_signed_text(add, lang)}")
            out.extend(f"      {line}" for line in add.text.splitlines())

    case, client = snap.case, snap.client
    stage = Stage(case.stage)
    out.append(f"{tr('사례', 'Case')} {case.case_number} · {client.name} · {stage.text(lang)} "
               f"({tr('부터', 'since')} {case.stage_since.isoformat()})")
    out.append(f"  {tr('접수일', 'Opened')}: {case.opened_on.isoformat()}"
               + (f"  {tr('종결일', 'Closed')}: {case.closed_on.isoformat()}" if case.closed_on else ""))
    out.extend(_fields_text(forms.INTAKE, case, lang, res, indent="  ", skip=("opened_on",)))

    heading("대상자", "Client")
    out.extend(_fields_text(forms.CLIENT, client, lang, res))
    if snap.household:
        heading("가구원", "Household")
        for m in snap.household:
            parts = [m.relation, m.name, f"{m.age}{tr('세', ' y')}" if m.age is not None else "",
                     tr("동거", "lives together") if m.lives_together else "", m.notes]
            out.append("  - " + " · ".join(p for p in parts if p))
            out.extend(_fields_text(forms.HOUSEHOLD_MEMBER, m, lang, res, indent="      ",
                                    skip=tuple(n for n in forms.HOUSEHOLD_MEMBER.names
                                               if n not in forms.HOUSEHOLD_DETAILS)))
    if snap.selections:
        heading("대상자 선정", "Case selection")
        for d in snap.selections:
            out.append(f"  - {d.decided_on.isoformat()} "
                       f"{_value_text(forms.CASE_SELECTION.field('level'), d.level, lang, res)}")
            out.extend(_fields_text(forms.CASE_SELECTION, d, lang, res, skip=("decided_on", "level", "conference_id")))

    heading("단계 이력", "Stage history")
    for t in snap.transitions:
        frm = Stage(t.from_stage).text(lang) if t.from_stage else "-"
        out.append(f"  - {t.moved_on.isoformat()} {frm} → {Stage(t.to_stage).text(lang)}"
                   + (f" ({t.reason})" if t.reason else ""))

    if snap.checks:
        heading("실천 점검표", "Practice checklist")
        for c in snap.checks:
            try:
                label = find_item(Stage(c.stage), c.item_key).label.text(lang)
            except KeyError:
                label = c.item_key
            out.append(f"  - [{Stage(c.stage).text(lang)}] {label} ({c.checked_on.isoformat()})")

    heading(f"1. {Stage.INTAKE.label.ko}", f"1. {Stage.INTAKE.label.en}")
    for c in snap.consents:
        entry(tr("동의", "Consent"), forms.CONSENT, c)
        for scan in (scans or {}).get(c.id, []):
            out.append(f"    {tr('서명본 스캔', 'Signed scan')}: {scan.file_name} ({scan.size:,} {tr('바이트', 'bytes')}, "
                       f"SHA-256 {scan.sha256[:16]}…)")
    for view in snap.assessments:
        a = view.assessment
        entry(f"{tr('사정', 'Assessment')} {a.assessed_on.isoformat()}", forms.ASSESSMENT, a, skip=("assessed_on",))
        for area in NeedArea:
            rating = view.ratings.get(area.value)
            if rating is not None:
                level = NEED_LEVELS.get(rating.level, ("", ""))
                out.append(f"      {area.text(lang)}: {rating.level} ({level[0] if lang == 'ko' else level[1]})"
                           + (f" — {rating.narrative}" if rating.narrative else ""))
                details = _fields_text(forms.NEED_RATING, rating, lang, res, indent="        ",
                                       skip=("area", "level", "narrative"))
                out.extend(details)
        out.extend(_assessment_survey_text(view, lang))
    if snap.eco:
        out.append(f"  {tr('생태도', 'Eco-map')}:")
        for e in snap.eco:
            out.append("    - " + " · ".join(x for x in (
                e.name, _value_text(forms.ECO_RELATION.field("kind"), e.kind, lang, res),
                _value_text(forms.ECO_RELATION.field("strength"), e.strength, lang, res),
                _value_text(forms.ECO_RELATION.field("direction"), e.direction, lang, res), e.notes,
                _value_text(forms.ECO_RELATION.field("phase"), e.phase, lang, res) if e.phase == "closing" else "")
                if x))

    heading(f"2. {Stage.PLANNING.label.ko}", f"2. {Stage.PLANNING.label.en}")
    numbers = snap.goal_numbers()
    for g in snap.goals:
        title = (tr(f"단기 목표 {numbers[g.id]}", f"Short-term goal {numbers[g.id]}") if g.parent_id
                 else tr(f"장기 목표 {numbers[g.id]}", f"Long-term goal {numbers[g.id]}"))
        entry(title, forms.GOAL, g, skip=(*GAS_FIELDS.values(), "parent_id"))
        for level, name in sorted(GAS_FIELDS.items(), reverse=True):
            text = getattr(g, name)
            if text:
                out.append(f"      GAS {level:+d}: {text}")
        scores = snap.scores_for_goal(g.id)
        if scores:
            out.append("      " + tr("점수", "Scores") + ": "
                       + ", ".join(f"{s.scored_on.isoformat()} {s.score:+d}" for s in scores))
    for t in snap.tasks:
        goal = f" ({tr('목표', 'goal')} {numbers[t.goal_id]})" if t.goal_id in numbers else ""
        entry(tr("과업", "Task") + goal, forms.PLAN_TASK, t, skip=("goal_id",))
    for a in snap.agreements:
        entry(tr("계획 동의", "Agreement to the plan"), forms.PLAN_AGREEMENT, a)
        if a.signature_png:
            out.append("    " + tr("서명: 화면 서명 있음", "Signature: drawn on screen"))

    heading(f"3. {Stage.IMPLEMENTATION.label.ko}", f"3. {Stage.IMPLEMENTATION.label.en}")
    for e in snap.services:
        entry(f"{e.occurred_on.isoformat()} {tr('서비스', 'Service')}", forms.SERVICE_ENTRY, e,
              skip=("occurred_on", "goal_id"))
    for r in snap.referrals:
        entry(tr("의뢰", "Referral"), forms.REFERRAL, r)
    goal_no = {g.id: i for i, g in enumerate(snap.goals, 1)}

    def children(form: Any, rows: list[Any]) -> None:
        out.extend(f"      · {_child_line(form, row, lang, res, goal_no, snap)}" for row in rows)

    for c in snap.conferences:
        entry(tr("사례회의", "Case conference"), forms.CASE_CONFERENCE, c)
        children(forms.CONFERENCE_ATTENDEE, snap.attendees_of(c.id))
    for sup in snap.supervision:
        entry(tr("슈퍼비전", "Supervision"), forms.SUPERVISION, sup)
    for conf in snap.confirmations:
        out.append(f"  - {_child_line(forms.SUPERVISOR_CONFIRMATION, conf, lang, res, goal_no, snap)}")

    heading(f"4. {Stage.MONITORING.label.ko}", f"4. {Stage.MONITORING.label.en}")
    goal_no = numbers  # 1, 1-1 …: as the plan numbers them
    for r in snap.reviews:
        entry(tr("점검", "Review"), forms.MONITORING_REVIEW, r)
        children(forms.REVIEW_GOAL_CHANGE, [c for c in snap.goal_changes if c.review_id == r.id])
        children(forms.REVIEW_SERVICE_RATING, [x for x in snap.service_ratings if x.review_id == r.id])
        scores = [s for s in snap.scores if s.review_id == r.id]
        if scores:
            t = t_score([s.score for s in scores])
            out.append("      GAS: " + ", ".join(f"{tr('목표', 'goal')} {goal_no.get(s.goal_id, '?')} {s.score:+d}"
                                                 for s in scores) + (f"  (T={t:.1f})" if t is not None else ""))

    heading(f"5. {Stage.TERMINATION.label.ko}", f"5. {Stage.TERMINATION.label.en}")
    for term in snap.terminations:
        entry(tr("종결", "Termination"), forms.TERMINATION, term)
        children(forms.TERMINATION_GOAL_OUTCOME, [o for o in snap.goal_outcomes if o.termination_id == term.id])
        scores = [s for s in snap.scores if s.termination_id == term.id]
        if scores:
            out.append("      " + tr("최종 GAS", "Final GAS") + ": " + ", ".join(
                f"{tr('목표', 'goal')} {goal_no.get(s.goal_id, '?')} {s.score:+d}" for s in scores))

    heading(f"6. {Stage.FOLLOW_UP.label.ko}", f"6. {Stage.FOLLOW_UP.label.en}")
    for f in snap.follow_ups:
        entry(tr("사후관리", "Follow-up"), forms.FOLLOW_UP, f)
    return "\n".join(out) + "\n"


if __name__ == "__main__":  # pragma: no cover - `python -m caseapp` is the entry point
    sys.exit(main())
