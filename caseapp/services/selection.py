"""대상자 선정: the level in force (for the header, the list and the clock) and the dated history.

The case list reads levels through :func:`current_levels` only (one grouped query), so whoever re-homes the list
into a maintained summary moves one function. Deadline rules read the newest decision's date through
``CurrentSelection.decided_on``.
"""

from __future__ import annotations


from sqlmodel import Session, select

from caseapp.domain.vocab import SelectionLevel
from caseapp.errors import ValidationError
from caseapp.services.case_facts import CurrentSelection, current_levels  # noqa: F401 (the level in force)
from caseapp.services.vault import Vault
from caseapp.storage.models import CaseSelection

NO_LEVEL = "none"  # the filter value for cases with no selection decision yet


def history(vault: Vault, case_id: str) -> list[CaseSelection]:
    with vault.session() as s:
        return history_in(s, case_id)


def history_in(s: Session, case_id: str) -> list[CaseSelection]:
    """Oldest first; the last one is in force."""
    return list(s.exec(select(CaseSelection).where(CaseSelection.case_id == case_id)
                       .order_by(CaseSelection.decided_on, CaseSelection.created_at)))


def current_level(vault: Vault, case_id: str) -> CurrentSelection | None:
    with vault.session() as s:
        return current_levels(s, [case_id]).get(case_id)


def parse_level(raw: str) -> SelectionLevel | str:
    """A level as typed (code, name or label), or :data:`NO_LEVEL` (also "미결정") for cases not decided yet."""
    if raw.strip().casefold() in (NO_LEVEL, "미결정"):
        return NO_LEVEL
    try:
        return SelectionLevel.parse(raw)
    except ValueError:
        allowed = ", ".join(f"{m.value}({m.label.ko})" for m in SelectionLevel)
        raise ValidationError(f"알 수 없는 선정 결과: {raw}. 사용 가능: {allowed}, {NO_LEVEL}(미결정)",
                              f"Unknown selection level: {raw}. Use one of: "
                              f"{', '.join(m.value for m in SelectionLevel)}, {NO_LEVEL}") from None
