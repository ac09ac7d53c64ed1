"""How the agency signs off paper and PDFs: the 결재란 roles on a record's first page and on letters, and whether
the supervisor co-signs exports digitally. Kept in the case file's ``Meta`` table (no schema change).
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from caseapp.errors import ValidationError
from caseapp.export.approval_box import default_roles
from caseapp.services import audit
from caseapp.services.vault import Vault
from caseapp.storage.models import Meta

ROLES_KEY = "export.approval_roles"
COSIGN_KEY = "export.supervisor_cosigns"
MAX_ROLES = 5
MAX_ROLE_CHARS = 8  # a 결재란 cell is narrow: longer titles would wrap mid-word


def approval_roles(vault: Vault, language: str = "ko") -> tuple[str, ...]:
    """The agency's own titles if set (as written), else the conventional 담당 / 팀장 / 관장."""
    with vault.session() as s:
        row = s.get(Meta, ROLES_KEY)
    if row is not None and row.value:
        return tuple(json.loads(row.value))
    return default_roles(language)


def set_approval_roles(vault: Vault, roles: Sequence[str]) -> tuple[str, ...]:
    """Set the 결재란 titles (1–5, each at most 8 characters); an empty list restores the default."""
    cleaned = tuple(r.strip() for r in roles if r.strip())
    if len(cleaned) > MAX_ROLES:
        raise ValidationError(f"결재란은 {MAX_ROLES}칸까지입니다.", f"The sign-off box has at most {MAX_ROLES} cells.")
    too_long = [r for r in cleaned if len(r) > MAX_ROLE_CHARS]
    if too_long:
        raise ValidationError(f"결재란 직함은 {MAX_ROLE_CHARS}자까지입니다: {too_long[0]}",
                              f"Sign-off titles are at most {MAX_ROLE_CHARS} characters: {too_long[0]}")
    with vault.session(write=True) as s:
        row = s.get(Meta, ROLES_KEY) or Meta(key=ROLES_KEY)
        row.value = json.dumps(list(cleaned), ensure_ascii=False) if cleaned else ""
        s.add(row)
        audit.record(s, vault.actor, "update", "meta", ROLES_KEY, detail=" / ".join(cleaned) or "default")
    return approval_roles(vault)


def supervisor_cosigns(vault: Vault) -> bool:
    """True: records are certified allowing later approval signatures (P=2) instead of no changes (P=1)."""
    with vault.session() as s:
        row = s.get(Meta, COSIGN_KEY)
    return bool(row is not None and row.value == "1")


def set_supervisor_cosigns(vault: Vault, enabled: bool) -> None:
    with vault.session(write=True) as s:
        row = s.get(Meta, COSIGN_KEY) or Meta(key=COSIGN_KEY)
        row.value = "1" if enabled else "0"
        s.add(row)
        audit.record(s, vault.actor, "update", "meta", COSIGN_KEY, detail=row.value)
