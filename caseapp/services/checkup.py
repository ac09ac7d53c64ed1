"""``caseapp check``: everything it reports, from the file's pages to the audit trail, signatures and backups.

:func:`run_checks` covers integrity and foreign keys, the audit chain (its stored head included), signed entries
(content against the hash taken at signing, and against the hash in the audit "sign" row; every entry the audit
says was signed still there and still signed), destroyed cases that still hold personal data or whose compaction
is pending, the key file, backups present and fresh, and (as information) old drafts and cases past retention.
It sits at the top of the file-safety services: it reads them all, none of them reads it.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlmodel import col, select

from caseapp import paths
from caseapp import settings as settings_mod
from caseapp.errors import CorruptDatabase, UserError
from caseapp.services import (
    anchors, audit, backup_catalogue, checkpoints, compaction, destruction, integrity, records, retention,
)
from caseapp.services.integrity import ERROR, INFO, WARNING, Problem
from caseapp.storage.keystore import KeyFile, kdf_cost
from caseapp.storage.models import SIGNABLE_MODELS, AuditEvent, Case, Draft

if TYPE_CHECKING:
    from caseapp.export.verify import VerifyReport
    from caseapp.services.vault import Vault

BACKUP_MAX_AGE = timedelta(days=2)
OLD_DRAFT_DAYS = 14
MIN_KDF_LOG2_N = 14  # below this a stolen key file is cheap to brute-force


def run_checks(vault: "Vault", *, now: datetime | None = None,
               settings: settings_mod.Settings | None = None) -> list[Problem]:
    """Everything ``caseapp check`` reports; an empty list means healthy."""
    from caseapp.services import notices  # key generation, recovery key state, changes lost with a damaged -wal
    now = now or datetime.now()
    problems = _database_checks(vault)
    damaged = bool(problems and problems[0].code == "integrity")
    checks = [lambda: _audit_checks(vault), _access_note_check(vault), lambda: _signed_checks(vault), lambda: _sign_audit_checks(vault),
              lambda: _destruction_checks(vault), lambda: _compaction_checks(vault),
              lambda: _key_file_checks(vault),
              lambda: _backup_checks(vault, now, settings), lambda: _draft_checks(vault, now),
              lambda: _retention_checks(vault, now.date()), lambda: checkpoints.check_all(vault, settings),
              lambda: [Problem(n.severity, n.code, n.ko, n.en) for n in notices.for_check(vault)]]
    for check in checks:
        try:
            problems += check()
        except CorruptDatabase:
            if not damaged:  # the page scan passed, so this is new damage: report it once
                problems.append(Problem(ERROR, "integrity", "읽는 중 손상된 부분을 발견했습니다. 최근 백업에서 복원하세요.",
                                        "A damaged part was found while reading. Restore the newest good backup."))
                damaged = True
    return problems


def check_against(vault: "Vault", pdf_paths: list[str]) -> list[Problem]:
    """``check --against``: each signed PDF's audit anchor must still be in the trail (a rewrite shows here even when
    the trail inside the file was recomputed to look whole)."""
    from caseapp.services import exports
    problems: list[Problem] = []
    for path in pdf_paths:
        report = exports.verify_file(vault, path)  # raises a clear UserError for an unreadable file
        problems += anchor_problems(vault, Path(path), report)
    return problems


def anchor_problems(vault: "Vault", path: Path, report: "VerifyReport") -> list[Problem]:
    """What one verified PDF's audit anchor says about the trail. The anchor is believed only from an intact
    signature; one made before the newest restore and missing from the restored trail is information."""
    from caseapp.export.sign import read_anchor
    first = report.signatures[0] if report.signatures and not report.error else None
    anchor = anchors.Anchor.parse(read_anchor(path.read_bytes())) if first is not None else None
    if anchor is None or first is None:
        return [Problem(ERROR, "anchor_missing", f"감사기록 기준점이 없는 PDF입니다(caseapp 서명 PDF가 아님): {path}",
                        f"This PDF carries no audit anchor (not a caseapp-signed PDF): {path}")]
    if not (first.intact and (first.whole_file or first.later_changes_allowed)):
        return [Problem(ERROR, "anchor_untrusted", f"서명이 손상된 PDF라 기준점을 믿을 수 없습니다: {path}",
                        f"The PDF's signature is broken, so its anchor cannot be relied on: {path}")]
    comparison = anchors.compare(vault, anchor)
    restored = checkpoints.last_restore(vault)
    if comparison.ok:
        out = [Problem(INFO, "anchor_contained", f"{comparison.ko} ({path})", f"{comparison.en} ({path})")]
    elif restored is not None and anchors.predates_restore(first.signed_at, restored):
        out = [Problem(INFO, "anchor_before_restore",
                       f"{path}: 복원({restored.astimezone():%Y-%m-%d}) 전에 서명된 PDF라 복원된 감사기록에 "
                       f"기준점 №{anchor.seq}이 없습니다(복원 때문이면 정상).",
                       f"{path}: signed before the restore of {restored.astimezone():%Y-%m-%d}, so the restored "
                       f"trail does not hold anchor №{anchor.seq} (expected after a restore).")]
    else:
        out = [Problem(ERROR, f"anchor_{comparison.status}", f"{comparison.ko} ({path})", f"{comparison.en} ({path})")]
    if not first.trusted:
        out.append(Problem(WARNING, "anchor_signer_untrusted",
                           f"{path}: 서명자가 신뢰 목록에 없습니다. 다른 설치본의 PDF인지 확인하세요.",
                           f"{path}: the signer is not trusted here; check whether it comes from another "
                           "installation."))
    return out


def _retention_checks(vault: "Vault", today: date) -> list[Problem]:
    """Cases past their retention period, as information (read-only: the stored dates are not refreshed here)."""
    years = retention.retention_years(vault)
    with vault.session() as s:
        closed = s.exec(select(Case.closed_on).where(Case.destroyed_at == None, Case.closed_on != None)).all()  # noqa: E711
    due = sum(1 for closed_on in closed if retention.add_years(closed_on, years) < today)
    if not due:
        return []
    return [Problem(INFO, "past_retention", f"보존기간이 지난 사례가 {due}건 있습니다('caseapp retention'으로 확인).",
                    f"{due} case(s) are past their retention period (see 'caseapp retention').")]


def _raw(vault: "Vault", sql: str) -> list[tuple[Any, ...]]:
    with vault.engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(sql).fetchall()]


def _database_checks(vault: "Vault") -> list[Problem]:
    import sqlalchemy.exc
    try:
        result = _page_check(vault)
    except (sqlalchemy.exc.DatabaseError, UserError):
        result = ["unreadable"]
    out: list[Problem] = []
    if result != ["ok"]:
        out.append(Problem(ERROR, "integrity", "사례 파일 무결성 검사 실패: 파일이 손상되었습니다. 최근 백업에서 복원하세요.",
                           "Integrity check failed: the case file is damaged. Restore the newest good backup."))
        return out  # the other queries would only repeat the damage
    try:
        fk = _raw(vault, "PRAGMA foreign_key_check")
    except sqlalchemy.exc.DatabaseError:
        fk = [("?",)]
    if fk:
        tables = ", ".join(sorted({str(r[0]) for r in fk}))
        out.append(Problem(ERROR, "foreign_keys", f"연결이 끊어진 기록 {len(fk)}건 (표: {tables})",
                           f"{len(fk)} record(s) point to missing rows (tables: {tables})"))
    return out


def _page_check(vault: "Vault") -> list[str]:
    """``integrity_check`` (every b-tree, indexes against their tables), then every page's HMAC, free pages
    included (:func:`integrity.unreadable_pages`), in one read transaction."""
    with vault.engine.connect() as conn:
        result = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            return result
        rows = conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall()
        return integrity.unreadable_pages(rows, vault.db_path) or ["ok"]


def _audit_checks(vault: "Vault") -> list[Problem]:
    with vault.session() as s:
        chain = audit.verify_chain(s)
    return [Problem(ERROR, "audit_chain", f"감사기록: {p.ko}", f"audit trail: {p.en}") for p in chain]


def _access_note_check(vault: "Vault") -> Any:
    """The text kept beside access records (search queries, reasons) against the hashes in the chain."""
    from caseapp.services import access_log

    def check() -> list[Problem]:
        bad = access_log.altered_notes(vault)
        if not bad:
            return []
        numbers = ", ".join(str(n) for n in bad[:10])
        return [Problem(ERROR, "access_note_changed", f"접속기록의 입력 내용(검색어·사유)이 변경되었습니다: №{numbers}",
                        f"the text kept with access records (query, reason) was altered: №{numbers}")]
    return check


def _signed_checks(vault: "Vault") -> list[Problem]:
    bad: list[tuple[str, str]] = []
    with vault.session() as s:
        for model in SIGNABLE_MODELS.values():
            bad += records.verify_signed(s, model)
    return [Problem(ERROR, "signed_changed", f"서명된 기록이 서명 후 변경되었습니다: {table} {row_id}",
                    f"a signed entry was changed after signing: {table} {row_id}") for table, row_id in bad]


def _sign_audit_checks(vault: "Vault") -> list[Problem]:
    """The audit "sign" rows (hash-chained) against the signed rows: a content hash rewritten together with the
    content, a signature added by hand, a signed entry deleted or un-signed. Destroyed cases' entries are gone by
    law (their "destroy" row says so) and are not looked for."""
    out: list[Problem] = []
    with vault.session() as s:
        destroyed = set(s.exec(select(Case.id).where(Case.destroyed_at != None)).all())  # noqa: E711
        audited: dict[tuple[str, str], tuple[str, str | None]] = {}
        for entity_type, entity_id, digest, case_id in s.exec(
                select(AuditEvent.entity_type, AuditEvent.entity_id, AuditEvent.detail, AuditEvent.case_id)
                .where(AuditEvent.action == "sign").order_by(col(AuditEvent.seq))):
            audited[(entity_type, entity_id)] = (digest, case_id)
        signed: dict[tuple[str, str], str | None] = {}
        for table, model in SIGNABLE_MODELS.items():
            for row_id, digest in s.exec(select(model.id, model.content_hash).where(model.signed_at != None)):  # noqa: E711
                signed[(table, row_id)] = digest
        unsigned = {(table, row_id): s.get(SIGNABLE_MODELS[table], row_id) is not None
                    for (table, row_id), (_digest, case_id) in audited.items()
                    if (table, row_id) not in signed and case_id not in destroyed and table in SIGNABLE_MODELS}
    for (table, row_id), digest in sorted(signed.items()):
        entry = audited.get((table, row_id))
        if entry is None:
            out.append(Problem(ERROR, "signed_not_audited", f"감사기록에 서명 기록이 없는 서명된 기록: {table} {row_id}",
                               f"a signed entry has no signing row in the audit trail: {table} {row_id}"))
        elif entry[0] != digest:
            out.append(Problem(ERROR, "signed_hash_mismatch",
                               f"서명된 기록의 해시가 감사기록의 서명 해시와 다릅니다: {table} {row_id}",
                               f"a signed entry's hash differs from the one in its audit signing row: {table} {row_id}"))
    for (table, row_id), exists in sorted(unsigned.items()):
        if exists:
            out.append(Problem(ERROR, "signed_unsigned", f"서명되었던 기록의 서명이 지워졌습니다: {table} {row_id}",
                               f"an entry the audit trail says was signed is no longer signed: {table} {row_id}"))
        else:
            out.append(Problem(ERROR, "signed_missing", f"서명된 기록이 없어졌습니다: {table} {row_id}",
                               f"a signed entry is missing: {table} {row_id}"))
    return out


def _destruction_checks(vault: "Vault") -> list[Problem]:
    out: list[Problem] = []
    left = destruction.personal_data_left(vault)
    if left:
        numbers = ", ".join(left)
        out.append(Problem(ERROR, "destroyed_data_left",
                           f"파기한 사례에 개인정보가 남아 있습니다: {numbers}. 'caseapp destroy 사례번호 --yes'로 다시 "
                           f"파기하세요.",
                           f"Destroyed case(s) still hold personal data: {numbers}. Destroy them again with "
                           f"'caseapp destroy CASE_NUMBER --yes'."))
    if destruction.compaction_pending():
        out.append(Problem(WARNING, "compaction_pending",
                           "파기 후 파일 정리(압축)를 아직 마치지 못했습니다(디스크 공간 부족?). 공간을 확보하면 다음에 열 때 "
                           "다시 시도합니다.",
                           "The file was not yet compacted after a destruction (disk full?). Free some space; it is "
                           "retried every time the file is opened."))
    return out


def _compaction_checks(vault: "Vault") -> list[Problem]:
    """Free pages worth giving back (information: the file is healthy either way)."""
    found = compaction.shape(vault)
    if not compaction.worth_compacting(found):
        return []
    share = found.free_pages * 100 // found.pages
    return [Problem(INFO, "compact_suggested",
                    f"사례 파일의 {found.free_bytes // 1_000_000} MB({share}%)가 빈 페이지입니다. 창을 닫고 "
                    f"'caseapp compact'로 정리하면 파일이 작아집니다.",
                    f"{found.free_bytes // 1_000_000} MB ({share}%) of the case file is free pages; close the window "
                    f"and run 'caseapp compact' to make it smaller.")]


def _key_file_checks(vault: "Vault") -> list[Problem]:
    path = paths.key_file()
    try:
        on_disk = KeyFile.load(path)
    except FileNotFoundError:
        return [Problem(ERROR, "key_file_missing", f"키 파일이 없습니다: {path}. 지금 백업을 만들고 키 파일을 복원하세요.",
                        f"The key file is missing: {path}. Make a backup now and restore the key file.")]
    except CorruptDatabase:
        return [Problem(ERROR, "key_file_damaged", f"키 파일이 손상되었습니다: {path}",
                        f"The key file is damaged: {path}")]
    if on_disk.file_id != vault.keyfile.file_id:
        return [Problem(ERROR, "key_file_mismatch", "키 파일이 이 사례 파일의 것이 아닙니다.",
                        "The key file does not belong to this case file.")]
    env = on_disk.envelopes.get("passphrase")
    if env is not None and env.log2_n < min(MIN_KDF_LOG2_N, kdf_cost()):
        return [Problem(WARNING, "weak_kdf", "키 파일의 암호 보호 강도가 낮습니다. 암호를 다시 설정하세요.",
                        "The key file's passphrase protection is weak (fast KDF). Set the passphrase again.")]
    if "recovery" not in on_disk.envelopes:
        return [Problem(WARNING, "no_recovery_key", "복구 키가 없습니다.", "There is no recovery key.")]
    return []


def _has_data(vault: "Vault") -> bool:
    with vault.session() as s:
        return s.exec(select(Case.id)).first() is not None


def _backup_checks(vault: "Vault", now: datetime, settings: settings_mod.Settings | None) -> list[Problem]:
    settings = settings or settings_mod.load()
    if not _has_data(vault):
        return []
    found = backup_catalogue.list_backups(settings)
    if not found:
        return [Problem(WARNING, "no_backup", "백업이 하나도 없습니다. 'caseapp backup'으로 지금 만드세요.",
                        "There is no backup at all. Make one now with 'caseapp backup'.")]
    out: list[Problem] = []
    newest = found[0]
    if now - newest.created > BACKUP_MAX_AGE:
        days = (now - newest.created).days
        out.append(Problem(WARNING, "backup_old", f"가장 최근 백업이 {days}일 전입니다. 새 백업을 만드세요.",
                           f"The newest backup is {days} days old. Make a new one."))
    if not newest.has_key_file:
        out.append(Problem(WARNING, "backup_no_key", f"가장 최근 백업 옆에 키 파일이 없습니다: {newest.path.name}",
                           f"The newest backup has no key file next to it: {newest.path.name}"))
    mirror = backup_catalogue.mirror_folder(settings)
    if mirror is not None and not mirror.is_dir():
        out.append(Problem(WARNING, "mirror_unreachable", f"백업 폴더에 연결할 수 없습니다: {mirror}",
                           f"The backup folder is not reachable: {mirror}"))
    return out


def _draft_checks(vault: "Vault", now: datetime) -> list[Problem]:
    cutoff = now.astimezone(timezone.utc) - timedelta(days=OLD_DRAFT_DAYS)
    with vault.session() as s:
        drafts = list(s.exec(select(Draft)))
    old = [d for d in drafts if _aware(d.updated_at) < cutoff]
    if not old:
        return []
    return [Problem(INFO, "old_drafts", f"{OLD_DRAFT_DAYS}일 넘게 저장하지 않은 임시 저장 글이 {len(old)}건 있습니다.",
                    f"{len(old)} draft(s) not saved for more than {OLD_DRAFT_DAYS} days.")]


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)
