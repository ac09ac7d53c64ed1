"""CLI commands for keeping the case file safe: check, backup, restore, retention, destroy (파기)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from caseapp import i18n_text
from caseapp.cli_common import open_vault, opens_vault, print_json, read_passphrase, tr
from caseapp.cli_common import find_case
from caseapp.domain.korean import with_particle
from caseapp.errors import CorruptDatabase, NotInitialised, UserError, WrongPassphrase


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("check", help="무결성·감사기록·키 파일·백업 점검 / check integrity, audit trail, key "
                                            "file and backups (exit 1 if problems)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--against", metavar="FILE.pdf", nargs="+", default=[],
                   help="서명된 PDF에 담긴 감사기록 기준점이 지금도 감사기록에 있는지 확인 / prove the audit trail still "
                        "contains the audit head each signed PDF carries (a rewrite is reported)")
    p.set_defaults(func=cmd_check, reads_only=True)

    p = subparsers.add_parser("compact", help="사례 파일 정리(압축): 빈 페이지 없이 다시 쓰기 / compact the case file "
                                              "(rewrite it packed; needs free disk about its size, the window closed)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_compact)

    p = subparsers.add_parser("backup", help="암호화된 백업 만들기 / make an encrypted backup")
    p.add_argument("-o", "--output", metavar="FILE", help="이 파일로 저장 / write to this file (a .key file is "
                                                          "written next to it)")
    p.set_defaults(func=cmd_backup)

    p = subparsers.add_parser("restore", help="백업에서 복원 / restore a backup (the current file is backed up first)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--yes", action="store_true", help="확인 / confirm replacing the current case file")
    p.set_defaults(func=cmd_restore)

    p = subparsers.add_parser("backups", help="백업 목록 / list backups")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_backups, reads_only=True)

    p = subparsers.add_parser("retention", help="보존기간이 지난 사례 / cases past their retention period")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_retention, reads_only=True)

    p = subparsers.add_parser("destroy", help="사례 파기(되돌릴 수 없음) / destroy a case's personal data "
                                              "(irreversible)")
    p.add_argument("case_number", metavar="CASE_NUMBER")
    p.add_argument("--reason", default="", help="파기 사유 / reason (default: retention period ended)")
    p.add_argument("--yes", action="store_true", help="확인 / confirm")
    p.add_argument("--purge-backups", action="store_true",
                   help="기존 백업에서도 지우기(각 백업을 다시 암호화) / also remove it from existing backups "
                        "(each backup is rewritten without it)")
    p.set_defaults(func=cmd_destroy)


def _err(line: str) -> None:
    sys.stderr.write(line.replace("\n", " ") + "\n")


# --- check -----------------------------------------------------------------------------------------------------------

def cmd_check(args: argparse.Namespace) -> int:
    from caseapp.services import checkup, integrity
    from caseapp.services.vault import Vault
    lang = i18n_text.current_language()
    passphrase = read_passphrase()  # asked once: also needed to find a good backup if the file is damaged
    try:
        vault = Vault.open(passphrase)
    except CorruptDatabase as exc:
        problem = integrity.Problem(integrity.ERROR, "unreadable", exc.ko, exc.en)
        return _report([problem, *_restore_hint(passphrase)], args.json, lang)
    with vault:
        problems = checkup.run_checks(vault)
        problems += checkup.check_against(vault, args.against)  # an unreadable FILE.pdf is a clear UserError
    if any(p.code == "integrity" for p in problems):
        problems += _restore_hint(passphrase)
    return _report(problems, args.json, lang)


def _restore_hint(passphrase: str) -> list[Any]:
    from caseapp.services import integrity
    from caseapp.services.backup_inspect import newest_good_backup
    good = newest_good_backup(passphrase)
    if good is None:
        return [integrity.Problem(integrity.ERROR, "no_good_backup", "복원할 수 있는 정상 백업이 없습니다.",
                                  "There is no good backup to restore.")]
    return [integrity.Problem(integrity.INFO, "restore_hint",
                              f"가장 최근의 정상 백업: {good.path} — 'caseapp restore \"{good.path}\" --yes'로 복원하세요.",
                              f"Newest good backup: {good.path} — restore it with "
                              f"'caseapp restore \"{good.path}\" --yes'.")]


def _report(problems: list[Any], as_json: bool, lang: str) -> int:
    from caseapp.services.integrity import has_errors
    failed = has_errors(problems)
    if as_json:
        print_json({"ok": not failed, "problems": [p.to_json() for p in problems]})
        return 1 if failed else 0
    tags = {"error": tr("오류", "ERROR"), "warning": tr("경고", "WARNING"), "info": tr("참고", "INFO")}
    for p in problems:
        print(f"[{tags.get(p.severity, p.severity)}] {p.message(lang)}")
    if failed:
        print(tr(f"문제 {sum(p.severity != 'info' for p in problems)}건을 찾았습니다.",
                 f"{sum(p.severity != 'info' for p in problems)} problem(s) found."))
        return 1
    print(tr("이상 없음: 무결성, 감사기록, 서명, 키 파일, 백업 모두 정상입니다.",
             "OK: integrity, audit trail, signatures, key file and backups are all fine."))
    return 0


@opens_vault
def cmd_compact(args: argparse.Namespace) -> int:
    from caseapp.services import compaction
    with open_vault() as vault:
        if not args.json:
            size = vault.db_path.stat().st_size
            _err(tr(f"사례 파일({size // 1_000_000} MB)을 정리하는 중입니다. 큰 파일은 몇 분 걸릴 수 있습니다…",
                    f"Compacting the case file ({size // 1_000_000} MB); a big file can take minutes…"))
        done = compaction.compact(vault)
    if args.json:
        print_json({"before_bytes": done.before, "after_bytes": done.after, "folded": done.folded})
        return 0
    print(tr(f"정리했습니다: {done.before / 1e6:.1f} MB → {done.after / 1e6:.1f} MB",
             f"Compacted: {done.before / 1e6:.1f} MB → {done.after / 1e6:.1f} MB"))
    if not done.folded:
        print(tr("다른 프로그램이 파일을 읽고 있어 정리된 내용이 아직 -wal 파일에 있습니다. 다음에 열 때 파일에 반영됩니다.",
                 "Another program is reading the file, so the compacted copy is still in the -wal; it goes into the "
                 "file the next time it is opened."))
    return 0


# --- backup / restore ------------------------------------------------------------------------------------------------

def _check_backup(args: argparse.Namespace) -> None:
    from caseapp.services import outputs
    if args.output:
        outputs.guard_pair(args.output)  # never onto the case file or its key; before the passphrase


@opens_vault(check=_check_backup)
def cmd_backup(args: argparse.Namespace) -> int:
    from caseapp.services import backup, outputs
    dest = outputs.guard_pair(args.output) if args.output else None
    with open_vault() as vault:
        result = backup.create_backup(vault, "manual", dest=dest)
    print(tr(f"백업을 만들었습니다: {result.info.path}", f"Backup written: {result.info.path}"))
    print(tr(f"키 파일: {result.info.key_path} (백업을 열려면 둘 다 필요합니다)",
             f"Key file: {result.info.key_path} (both are needed to open the backup)"))
    if result.mirrored is not None:
        print(tr(f"백업 폴더에도 복사했습니다: {result.mirrored}", f"Also copied to the backup folder: {result.mirrored}"))
    if result.mirror_error is not None:
        _err(result.mirror_error.message())
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    from caseapp.services import backup
    found = backup.list_backups()
    if args.json:
        print_json([b.to_json() for b in found])
        return 0
    lang = i18n_text.current_language()
    for b in found:
        where = tr("이 컴퓨터", "local") if b.location == "local" else tr("백업 폴더", "backup folder")
        size = f"{b.size // 1024:>7} KiB"
        print(f"{b.created:%Y-%m-%d %H:%M:%S}  {b.reason_label(lang):<8}  {where:<8}  {size}  {b.path}")
    print(tr(f"{len(found)}개", f"{len(found)} backup(s)"))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from caseapp.services import backup
    from caseapp.services.vault import Vault
    path = Path(args.file).expanduser()
    if not args.yes:
        _err(tr(f"복원하면 지금의 사례 파일이 {path.name}의 내용으로 바뀝니다(지금 파일은 먼저 백업됩니다). "
                f"계속하려면 --yes를 붙이세요.",
                f"Restoring replaces the current case file with {path.name} (the current file is backed up first). "
                f"Add --yes to go ahead."))
        return 1
    passphrase = read_passphrase()
    # The folder lock (never pull the file from under a running window) is held by cli.run_guarded.
    vault = None
    try:
        vault = Vault.open(passphrase)
    except (CorruptDatabase, NotInitialised, WrongPassphrase):
        vault = None  # damaged or missing file, or the passphrase belongs to the backup: restore without it
    try:
        result = backup.restore_backup(path, vault=vault, passphrase=passphrase)
    except UserError:
        if vault is not None:
            vault.close()
        raise
    result.vault.close()
    print(result.message(i18n_text.current_language()))
    return 0


# --- retention / destruction -----------------------------------------------------------------------------------------

@opens_vault
def cmd_retention(args: argparse.Namespace) -> int:
    from caseapp.services import retention
    with open_vault() as vault:
        items = retention.past_retention(vault)
    if args.json:
        print_json([i.to_json() for i in items])
        return 0
    for i in items:
        print(f"{i.case_number}  {i.client_name}  {tr('종결', 'closed')} {i.closed_on}  "
              f"{tr('보존기한', 'keep until')} {i.retention_until}")
    print(tr(f"보존기간이 지난 사례 {len(items)}건", f"{len(items)} case(s) past retention"))
    return 0


@opens_vault
def cmd_destroy(args: argparse.Namespace) -> int:
    from caseapp.services import registers
    if not args.yes:
        _err(tr(f"파기하면 사례 {args.case_number}의 개인정보가 영구히 삭제되며 되돌릴 수 없습니다. 계속하려면 --yes를 붙이세요.",
                f"Destroying case {args.case_number} removes its personal data for good; this cannot be undone. "
                f"Add --yes to go ahead."))
        return 1
    with open_vault() as vault:
        case = find_case(vault, args.case_number)
        done = registers.destroy(vault, case.id, args.reason, purge_backups=args.purge_backups)
    report = done.report
    counts = sum(report.counts.values())
    print(tr(f"사례 {with_particle(report.case_number, '을')} 파기했습니다(기록 {counts}건 삭제). 감사기록에 남겼습니다.",
             f"Destroyed case {report.case_number} ({counts} record(s) removed). An audit entry was written."))
    if not report.compacted:
        _err(tr("파일 정리(압축)는 디스크 공간이 부족하거나 쓸 수 없어 미뤘습니다. 지워진 내용의 흔적이 남지 않도록 공간을 "
                "확보하세요. 파일을 열 때마다 다시 시도하며, 'caseapp check'가 끝날 때까지 알립니다.",
                "Compacting the file was postponed (the disk is full or cannot be written). Free some space so no "
                "trace of the removed data stays behind; it is retried every time the file is opened and "
                "'caseapp check' reports it until done."))
    _print_backups(done.backups, args.purge_backups)
    return 0


def _print_backups(outcomes: list[Any], purged: bool) -> None:
    """What the 파기 대장 now says about the backups."""
    held = [o for o in outcomes if o.held]
    if purged:
        done = [o for o in outcomes if o.purged_at]
        print(tr(f"백업 {len(done)}개에서 지웠습니다.", f"Removed from {len(done)} backup(s)."))
    for o in outcomes:
        if o.held or o.held is None:
            _err(f"{o.name}: " + (o.note or tr("이 사례가 아직 남아 있습니다", "still holds this case")))
    if held and not purged:
        _err(tr(f"백업 {len(held)}개에 이 사례가 남아 있습니다. 지우려면 --purge-backups를 붙여 다시 실행하세요.",
                f"{len(held)} backup(s) still hold this case. Run again with --purge-backups to remove it."))
