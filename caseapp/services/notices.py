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
    """What the open itself found (it ran just before) and what the key file and audit trail still say."""
    found = {n.code: n for n in key_state.check_notices(vault)}
    found.update({n.code: n for n in vault.warnings if n.code != "changes_missing"})
    just_lost = any(n.code == "changes_missing" for n in vault.warnings)
    losses = lost_change_notices(vault, just_found=just_lost)
    if just_lost and not losses:  # found, but the disk would not take the audit entry
        losses = [n for n in vault.warnings if n.code == "changes_missing"]
    return list(found.values()) + losses


def lost_change_notices(vault: Any, *, just_found: bool = False) -> list[Notice]:
    """An error while a backup still holds the lost changes (restore it), or when this very open found them;
    information once no backup holds them (nothing left to recover, and the loss stays in the audit trail)."""
    out = []
    for first, last in commit_mark.recorded_losses(vault):
        holder = backup_holding(vault, last)
        notice = commit_mark.loss_notice(last - first + 1, first - 1, last, holder)
        if holder is None and not just_found:
            notice.severity = "info"
        out.append(notice)
    return out
