"""What ``check`` adds about keys and commits: the key file's own state (:mod:`caseapp.services.key_state`) and the
changes a damaged ``-wal`` dropped (found on open by :mod:`caseapp.services.commit_mark`), with the backup that still
holds them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from caseapp.errors import Notice, UserError
from caseapp.services import backup, commit_mark, key_state


def backup_holding(vault: Any, seq: int) -> Path | None:
    """The newest backup whose audit trail reaches ``seq`` (today's key, else the backup's own key file)."""
    for info in backup.list_backups():
        try:
            key, _own_key_file = backup.choose_key(info.path, vault=vault)
        except UserError:
            continue
        if commit_mark.backup_audit_head(info.path, key) >= seq:
            return info.path
    return None


def for_check(vault: Any) -> list[Notice]:
    return key_state.check_notices(vault) + lost_change_notices(vault)


def lost_change_notices(vault: Any) -> list[Notice]:
    """An error while a backup still holds the lost changes (restore it); information once none does."""
    out = []
    for first, last in commit_mark.recorded_losses(vault):
        holder = backup_holding(vault, last)
        notice = commit_mark.loss_notice(last - first + 1, first - 1, last, holder)
        if holder is None:
            notice.severity = "info"
        out.append(notice)
    return out
