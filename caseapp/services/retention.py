"""Retention periods and consent withdrawal.

A closed case is kept for the agency's retention period (``Agency.retention_years``, default from Settings, 5 years)
counted from its closing date; after that it is listed by :func:`past_retention` and can be destroyed with
:func:`caseapp.services.destruction.destroy_case` (re-exported here, where callers look for it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import col, select

from caseapp import settings as settings_mod
from caseapp.domain.vocab import ConsentPurpose
from caseapp.errors import ValidationError
from caseapp.services import audit, records
from caseapp.services.destruction import (  # noqa: F401 (re-exported: destruction is a retention use case)
    DESTROYED_CLIENT_NAME, DestructionReport, destroy_case, destroyed_registry,
)
from caseapp.services.vault import Vault
from caseapp.storage.models import Agency, Case, Client, Consent, utcnow


# --- retention dates -------------------------------------------------------------------------------------------------

def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February -> 28 February
        return day.replace(year=day.year + years, day=28)


def retention_years(vault: Vault, settings: settings_mod.Settings | None = None) -> int:
    """The agency's retention period (stored in the case file) or, without an agency row, the Settings default."""
    with vault.session() as s:
        agency = s.exec(select(Agency)).first()
    if agency is not None and agency.retention_years and agency.retention_years > 0:
        return int(agency.retention_years)
    return (settings or settings_mod.load()).retention_years


def set_retention_years(vault: Vault, years: int, settings: settings_mod.Settings | None = None) -> None:
    """Change the retention period (Settings dialog): stored on the agency and as the Settings default."""
    if not isinstance(years, int) or not 1 <= years <= 100:
        raise ValidationError("보존 기간은 1–100년이어야 합니다.", "The retention period must be 1–100 years.")
    with vault.session(write=True) as s:
        agency = s.exec(select(Agency)).first()
        if agency is not None and agency.retention_years != years:
            agency.retention_years, agency.updated_at = years, utcnow()
            s.add(agency)
            audit.record(s, vault.actor, "update", "agency", agency.id, None, detail="retention_years")
    current = settings or settings_mod.load()
    current.retention_years = years
    settings_mod.save(current)
    refresh_retention_dates(vault)


def refresh_retention_dates(vault: Vault, years: int | None = None) -> int:
    """Set ``retention_until`` = closing date + retention years on every closed case (clear it on reopened ones).
    Returns how many cases changed; cheap enough to call at start-up and before listing."""
    years = years or retention_years(vault)
    changed = 0
    with vault.session(write=True) as s:
        for case in s.exec(select(Case).where(Case.destroyed_at == None)):  # noqa: E711
            wanted = add_years(case.closed_on, years) if case.closed_on is not None else None
            if case.retention_until != wanted:
                case.retention_until = wanted
                s.add(case)
                changed += 1
        if changed:
            audit.record(s, vault.actor, "retention_dates", "case", "", None, detail=f"{changed} case(s), {years}y")
    return changed


@dataclass(frozen=True)
class RetentionItem:
    case_id: str
    case_number: str
    client_name: str
    closed_on: date
    retention_until: date

    def to_json(self) -> dict[str, Any]:
        return {"case_id": self.case_id, "case_number": self.case_number, "client": self.client_name,
                "closed_on": self.closed_on.isoformat(), "retention_until": self.retention_until.isoformat()}


def past_retention(vault: Vault, today: date | None = None) -> list[RetentionItem]:
    """Closed, not yet destroyed cases whose retention period has ended (``retention_until`` before ``today``)."""
    today = today or date.today()
    refresh_retention_dates(vault)
    with vault.session() as s:
        rows = s.exec(select(Case, Client.name).join(Client, Client.id == Case.client_id)
                      .where(Case.destroyed_at == None, Case.retention_until != None,  # noqa: E711
                             col(Case.retention_until) < today)
                      .order_by(Case.retention_until, Case.case_number)).all()
    return [RetentionItem(c.id, c.case_number, name, c.closed_on, c.retention_until)  # type: ignore[arg-type]
            for c, name in rows]


# --- consent ---------------------------------------------------------------------------------------------------------

def withdraw_consent(vault: Vault, consent_id: str, on: date | None = None, note: str = "") -> Consent:
    """Record that the client withdrew a consent. An unsigned consent gets its ``withdrawn_on``; a signed (locked)
    one stays as signed and a withdrawal row for the same purpose is added after it (the newest row decides)."""
    on = on or date.today()
    original = records.get(vault, Consent, consent_id)
    if original.withdrawn_on is not None:
        return original
    if original.signed_at is None:
        return records.update(vault, Consent, consent_id, None, {"withdrawn_on": on})
    from caseapp.domain import forms
    row = records.create(vault, Consent, forms.CONSENT,
                         {"purpose": original.purpose, "given_on": original.given_on, "method": original.method,
                          "withdrawn_on": on, "notes": note or "동의 철회 / consent withdrawn"},
                         case_id=original.case_id)
    return row


def _current(consents: list[Consent], purpose: str) -> Consent | None:
    matching = [c for c in consents if c.purpose == purpose]
    if not matching:
        return None
    return max(matching, key=lambda c: (c.given_on or date.min, c.created_at))


def current_consent(consents: list[Consent], purpose: str) -> Consent | None:
    """The newest consent row for ``purpose`` (the one that decides), or None."""
    return _current(consents, purpose)


def consent_active(consents: list[Consent], purpose: str, today: date | None = None) -> bool:
    """True when the newest consent for ``purpose`` was given, is not withdrawn and has not expired."""
    today = today or date.today()
    newest = _current(consents, purpose)
    if newest is None or newest.given_on is None or newest.given_on > today:
        return False
    if newest.withdrawn_on is not None and newest.withdrawn_on <= today:
        return False
    return newest.expires_on is None or newest.expires_on >= today


def sharing_allowed(snapshot: Any, today: date | None = None) -> bool:
    """May this case's information be shared with the resource network (exports' sharing section, referrals)?"""
    return consent_active(list(snapshot.consents), ConsentPurpose.SHARING.value, today)
