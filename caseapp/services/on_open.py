"""What every open of the case file does around :class:`Vault`'s own checks, so that no interrupted operation
leaves the folder in a state the user did not choose.

Before the key file is read (:func:`tidy_before_open`): a restore that was decided is finished, one that was not is
rolled back (:mod:`caseapp.services.restore_journal`), and copies a killed backup left half-written are removed.
After the file opened (:func:`repair_after_open`): destroyed cases are kept destroyed and a deferred compaction is
retried (:func:`caseapp.services.destruction.keep_destroyed`), and a finished restore gets its audit entry and a
fresh search index. The GUI's open may leave the case list's stale summaries to :func:`refresh_deferred_summaries`
(after the list is shown): the list computes a stale summary on the fly, so nothing shown waits for them.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from caseapp import paths
from caseapp.errors import Notice, StorageUnavailable
from caseapp.services import backup_catalogue, restore_journal

if TYPE_CHECKING:  # the services the repairs use are imported with them: tidy_before_open runs without the ORM
    from caseapp.services.vault import Vault

log = logging.getLogger("caseapp.open")


def tidy_before_open() -> None:
    try:
        restore_journal.finish_interrupted()
    except OSError as exc:
        raise StorageUnavailable(
            f"중단된 복원을 마치지 못했습니다(폴더가 읽기 전용이거나 디스크가 가득 참): {paths.data_dir()}. "
            f"공간이나 쓰기 권한을 확보한 뒤 다시 여세요. 파일은 변경되지 않았습니다.",
            f"An interrupted restore could not be finished (the folder is read-only or the disk is full): "
            f"{paths.data_dir()}. Free space or allow writing, then open again. Nothing was changed.") from exc
    try:
        mirror = backup_catalogue.distinct_mirror()
    except (OSError, ValueError):
        mirror = None
    removed = backup_catalogue.remove_partials(paths.data_dir(), paths.backups_dir(), mirror)
    if removed:
        log.info("removed %d unfinished copy file(s) left by an interrupted backup", len(removed))


def repair_after_open(vault: "Vault", *, defer_summaries: bool = False) -> None:
    """``defer_summaries``: leave the stale-summary refresh to :func:`refresh_deferred_summaries` (``vault``'s
    ``summaries_due`` says so) unless a restore's record is pending, whose steps keep their order."""
    # A repair added here needs its "anything to do?" check in read_vault.ReadVault.clean_state too: `caseapp
    # search` skips the full open (and so this function) when those checks find nothing to do.
    import sqlalchemy.exc  # here, not at the top: tidy_before_open runs before the file opens, without the ORM
    import sqlcipher3
    from caseapp.services import destruction
    kept = destruction.keep_destroyed(vault)
    if kept.failed:  # the open goes on: locking the user out of every case would not make these go
        vault.warnings.append(destruction.not_destroyed_notice(kept.failed))
    try:
        _refresh_after_open(vault, kept.again, defer_summaries)
    except (sqlalchemy.exc.DatabaseError, sqlcipher3.DatabaseError) as exc:  # the derived data waits, not the cases
        log.warning("repair after open not finished: %s", exc)
        vault.warnings.append(repair_incomplete_notice())


def repair_incomplete_notice() -> Notice:
    """A tidying after the open (summaries, search index, restore record) failed; the records are intact."""
    return Notice(
        "repair_incomplete",
        "파일을 연 뒤 하는 정리(사례 목록 요약, 검색 색인, 복원 기록)를 마치지 못했습니다. 기록은 모두 그대로이며 "
        "다음에 열 때 다시 시도합니다. 검색과 사례 목록의 기한 표시가 그동안 맞지 않을 수 있습니다. 계속되면 "
        "'caseapp check' 결과를 관리자에게 알리세요.",
        "The tidying after opening (case list summaries, search index, restore record) did not finish. Every "
        "record is intact and the next open tries again; until then search and the case list's deadlines may "
        "be out of date. If it keeps happening, report the output of 'caseapp check' to your administrator.")


def refresh_deferred_summaries(vault: Vault) -> Notice | None:
    """The stale-summary refresh an open left for later (any thread; nothing to do when none is due or the vault
    closed meanwhile): the open's notice when it fails, which the caller shows. Until it has run, the case list
    computes each stale summary on the fly (``cases.list_cases``), so no wrong date is shown meanwhile; a write
    meanwhile summarises the cases it touches, as always."""
    import sqlalchemy.exc
    import sqlcipher3

    from caseapp.services import case_summaries
    if not vault.summaries_due or vault.closed:
        return None
    try:
        case_summaries.refresh_stale(vault)
    except (sqlalchemy.exc.DatabaseError, sqlcipher3.DatabaseError) as exc:  # as on open: the next open retries
        log.warning("deferred summary refresh not finished: %s", exc)
        return repair_incomplete_notice()
    vault.summaries_due = False
    return None


def _refresh_after_open(vault: "Vault", again: int, defer_summaries: bool = False) -> None:
    """Derived data and a finished restore's record: each step is redone by the next open until it completes."""
    from caseapp.services import access_log, audit, case_summaries, search
    note = restore_journal.pending_note()
    if defer_summaries and note is None:
        vault.summaries_due = True  # a count over every case (~20 ms at 10,000) the list need not wait for
    else:
        case_summaries.refresh_stale(vault)  # after a migration or an older caseapp's writes
    if note is None:
        return
    if not _already_recorded(vault, note):
        access_log.flush_pending(vault)  # the access records the backup lacked (carried over), then the restore
        detail = note + (f"; destruction re-applied to {again} case(s)" if again else "")
        audit.record_standalone(vault, "restore", "caseapp", "", detail=f"{detail};{access_log.access_detail()}")
    search.reindex_all(vault)
    restore_journal.forget()


def _already_recorded(vault: "Vault", note: str) -> bool:
    """A kill after the audit entry but before the journal was removed: do not write the restore twice."""
    from sqlmodel import col, select

    from caseapp.storage.models import AuditEvent
    with vault.session() as s:
        last = s.exec(select(AuditEvent).order_by(col(AuditEvent.seq).desc())).first()
    return last is not None and last.action == "restore" and last.detail.startswith(note)
