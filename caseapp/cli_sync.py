"""CLI for two-machine sync by file (issue 17): ``sync export|import|conflicts|resolve|peers`` and
``init --from-bundle`` (see :mod:`caseapp.services.sync_bundle` and :mod:`caseapp.services.sync_pairing`).

``sync import`` without ``--yes`` only shows what would happen; a refused bundle exits 1 with one clear line.
"""

from __future__ import annotations

import argparse
import os
from dataclasses import asdict
from typing import Any

from caseapp import i18n_text, paths
from caseapp.cli_common import (
    open_vault, open_vault_and_passphrase, opens_vault, print_json, prompt_secret, read_passphrase, tr,
)

ENV_BUNDLE_PASSPHRASE = "CASEAPP_BUNDLE_PASSPHRASE"
SHOWN_CASES = 30  # a preview names this many of the cases an import touches (a first import touches them all)


class _Applies(argparse.Action):
    """``--yes``: the import writes, so it needs the folder to itself (the preview alone does not)."""

    def __call__(self, parser: Any, namespace: argparse.Namespace, values: Any, option_string: Any = None) -> None:
        namespace.yes = True
        namespace.reads_only = False


def register(sub: Any) -> None:
    p = sub.add_parser("sync", help="다른 컴퓨터와 동기화(USB 파일) / sync with your other computer by file")
    verbs = p.add_subparsers(dest="sync_command", metavar="VERB", required=True)

    e = verbs.add_parser("export", help="상대 기기에 없는 변경 내보내기 / write the changes the other machine lacks")
    e.add_argument("-o", "--output", required=True, metavar="FILE.casesync")
    e.add_argument("--to", metavar="PEER", help="받을 기기(번호나 이름) / the paired device it is for (id or name)")
    e.add_argument("--name", metavar="LABEL",
                   help="다른 기기에 보일 이 컴퓨터의 이름(예: 사무실 PC) / what the other machines call this one")
    e.add_argument("--all", action="store_true", dest="everything",
                   help="상대가 가진 것과 상관없이 전체(새 컴퓨터 설정용) / every change, e.g. to set up another machine")
    e.set_defaults(func=cmd_export)

    i = verbs.add_parser("import", help="동기화 파일 가져오기(--yes 없이는 미리 보기) / import a sync file "
                                        "(a preview without --yes)")
    i.add_argument("file", metavar="FILE.casesync")
    i.add_argument("--yes", action=_Applies, nargs=0, default=False, help="백업 후 적용 / back up, then apply")
    i.set_defaults(func=cmd_import, reads_only=True)  # a preview runs beside the open window; --yes writes

    c = verbs.add_parser("conflicts", help="해결하지 않은 충돌 / open conflicts")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_conflicts, reads_only=True)

    r = verbs.add_parser("resolve", help="충돌 해결 / resolve a conflict")
    r.add_argument("conflict_id", metavar="CONFLICT_ID")
    r.add_argument("--keep", required=True, choices=("mine", "theirs"),
                   help="남길 값: 이 컴퓨터(mine) 또는 상대(theirs) / keep this machine's value or the other's")
    r.set_defaults(func=cmd_resolve)

    q = verbs.add_parser("peers", help="짝지어진 기기와 마지막 교환 / paired devices and the last exchange")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_peers, reads_only=True)


# --- export / import --------------------------------------------------------------------------------------------

@opens_vault
def cmd_export(args: argparse.Namespace) -> int:
    from caseapp.services import sync_bundle
    vault, passphrase = open_vault_and_passphrase()
    with vault:
        # Without --to the bundle may set up a new machine: it carries the key wrapped by this passphrase.
        count = sync_bundle.export_bundle(vault, args.output, args.to,
                                          passphrase=passphrase if args.to is None else None,
                                          device_name=args.name, everything=args.everything)
    print(tr(f"변경 {count}건을 내보냈습니다: {args.output}", f"Exported {count} change(s): {args.output}"))
    return 0


@opens_vault
def cmd_import(args: argparse.Namespace) -> int:
    from caseapp.services import sync_bundle
    with open_vault() as vault:
        incoming = sync_bundle.read_bundle(vault, args.file)
        if not args.yes:
            preview = sync_bundle.preview_bundle(vault, incoming)
            print_preview(incoming, preview)
            if not preview.nothing_new:
                print(tr("적용하려면 --yes를 붙여 다시 실행하세요(적용 전에 백업합니다).",
                         "Run again with --yes to apply (a backup is made first)."))
            return 0
        result = sync_bundle.import_bundle(vault, incoming)  # counts what it applied: no separate preview run
        print_preview(incoming, result.preview)
    if result.preview.nothing_new:
        print(tr("새로 가져올 변경이 없습니다. 사례 파일은 그대로입니다.", "Nothing new to import; the case file is unchanged."))
        return 0
    print(tr("적용했습니다.", "Applied."))
    if result.conflict_ids:
        print(tr(f"충돌 {len(result.conflict_ids)}건: 'caseapp sync conflicts'로 보고 'caseapp sync resolve'로 "
                 "해결하세요.",
                 f"{len(result.conflict_ids)} conflict(s): see 'caseapp sync conflicts', settle them with "
                 "'caseapp sync resolve'."))
    return 0


def print_preview(incoming: Any, preview: Any) -> None:
    who = incoming.sender_name or incoming.sender_device
    print(tr(f"보낸 기기: {who} ({incoming.sender_device}), 사례관리자 {incoming.practitioner}, 만든 시각 "
             f"{incoming.created_at[:19]}",
             f"From: {who} ({incoming.sender_device}), practitioner {incoming.practitioner}, made "
             f"{incoming.created_at[:19]}"))
    if incoming.new_peer:
        print(tr("처음 받는 기기입니다: 가져오면 이 기기와 짝지어집니다.",
                 "A device seen for the first time: importing pairs it with this machine."))
    print(tr(f"새 기록 {preview.new_records}, 바뀐 기록 {preview.changed_records}, 충돌 {preview.conflicts}, "
             f"삭제 {preview.deletions}, 파기 {preview.destructions} (이미 있는 변경 {preview.already_held})",
             f"{preview.new_records} new, {preview.changed_records} changed, {preview.conflicts} conflict(s), "
             f"{preview.deletions} deletion(s), {preview.destructions} destruction(s) "
             f"({preview.already_held} already here)"))
    if preview.case_numbers:
        shown, rest = preview.case_numbers[:SHOWN_CASES], len(preview.case_numbers) - SHOWN_CASES
        more = tr(f" 외 {rest}건", f" and {rest} more") if rest > 0 else ""
        print(tr("관련 사례: ", "Cases: ") + ", ".join(shown) + more)


# --- conflicts / peers ------------------------------------------------------------------------------------------

@opens_vault
def cmd_conflicts(args: argparse.Namespace) -> int:
    from caseapp.services import sync_apply
    with open_vault() as vault, vault.session() as s:
        found = sync_apply.open_conflicts(s, i18n_text.current_language())
    if args.json:
        print_json([asdict(c) for c in found])
        return 0
    for c in found:
        print(f"{c.id}  {c.case_number or '-'}  {c.label or c.field}")
        print(tr(f"    이 컴퓨터({c.mine_device}): {_one_line(c.mine)}", f"    mine ({c.mine_device}): "
                                                                       f"{_one_line(c.mine)}"))
        print(tr(f"    상대({c.theirs_device}): {_one_line(c.theirs)}", f"    theirs ({c.theirs_device}): "
                                                                      f"{_one_line(c.theirs)}"))
    print(tr(f"충돌 {len(found)}건", f"{len(found)} conflict(s)"))
    return 0


def _one_line(value: Any) -> str:
    text = "" if value is None else str(value)
    return text.replace("\n", " / ")


@opens_vault
def cmd_resolve(args: argparse.Namespace) -> int:
    from caseapp.domain.sync_protocol import Keep
    from caseapp.services import sync_apply
    with open_vault() as vault, vault.session(write=True) as s:
        sync_apply.resolve(s, args.conflict_id, Keep(args.keep), actor=vault.actor)
    print(tr("충돌을 해결했습니다. 다음 동기화 때 상대 컴퓨터에도 반영됩니다.",
             "Conflict resolved; the other machine follows at the next sync."))
    return 0


@opens_vault
def cmd_peers(args: argparse.Namespace) -> int:
    from caseapp.services import sync_peers
    with open_vault() as vault:
        found = sync_peers.peers(vault)
    if args.json:
        print_json([asdict(p) for p in found])
        return 0
    for p in found:
        print(f"{p.device}  {p.name}  ({p.practitioner})")
        print(tr(f"    짝지은 때 {p.paired_at or '-'}, 마지막 내보내기 {p.last_export_at or '-'}, 마지막 가져오기 "
                 f"{p.last_import_at or '-'}",
                 f"    paired {p.paired_at or '-'}, last export {p.last_export_at or '-'}, last import "
                 f"{p.last_import_at or '-'}"))
    print(tr(f"짝지어진 기기 {len(found)}대", f"{len(found)} paired device(s)"))
    return 0


# --- init --from-bundle -----------------------------------------------------------------------------------------

def set_up_from_bundle(path: str) -> tuple[Any, str]:
    """``init --from-bundle``: this folder becomes a second machine of the practitioner who made the bundle.
    Returns (open vault, recovery key); ``cmd_init`` shows the key and finishes the setup."""
    from caseapp.services import sync_bundle, sync_pairing
    first = os.environ.get(ENV_BUNDLE_PASSPHRASE)
    if first is None:
        first = prompt_secret("동기화 파일을 만든 컴퓨터의 암호", "Passphrase of the computer that made the sync file",
                              env=ENV_BUNDLE_PASSPHRASE)
    incoming = sync_bundle.open_for_setup(path, first)  # a wrong passphrase is refused before anything is made
    passphrase = read_passphrase("이 컴퓨터의 새 암호", "New passphrase for this computer", confirm=True)
    vault, recovery, result = sync_pairing.setup_from_bundle(incoming, passphrase)
    sender = incoming.sender_name or incoming.sender_device
    p = result.preview
    print(tr(f"사례 파일을 만들었습니다: {paths.database_file()}", f"Case file created: {paths.database_file()}"))
    print(tr(f"{sender}에서 가져왔습니다: 기록 {p.new_records}건, 사례 {len(p.case_numbers)}건. 이 기기와 짝지었습니다.",
             f"Imported from {sender}: {p.new_records} record(s), {len(p.case_numbers)} case(s). Paired with "
             "that device."))
    print(tr("첫 컴퓨터도 이 컴퓨터를 알도록, 여기서 'caseapp sync export'로 만든 파일을 그쪽에서 가져오세요.",
             "So that the first computer knows this one, import there a file made here with 'caseapp sync "
             "export'."))
    return vault, recovery
