"""The agency and practitioner details shown in Settings and on exports (one row each per case file)."""

from __future__ import annotations

from typing import Any

from sqlmodel import select

from caseapp.domain import forms
from caseapp.errors import NotFound
from caseapp.services import records
from caseapp.services.vault import Vault
from caseapp.storage.models import Agency, Practitioner


def get_agency(vault: Vault) -> Agency:
    with vault.session() as s:
        agency = s.exec(select(Agency).order_by(Agency.created_at)).first()
    if agency is None:
        raise NotFound("기관 정보가 없습니다.", "No agency details recorded.")
    return agency


def agency_values(vault: Vault) -> dict[str, Any]:
    agency = get_agency(vault)
    return {name: getattr(agency, name) for name in forms.AGENCY.names}


def update_agency(vault: Vault, changes: dict[str, Any]) -> Agency:
    """Validate with ``forms.AGENCY`` and save (audited like every other record)."""
    return records.update(vault, Agency, get_agency(vault).id, forms.AGENCY, changes)


def current_practitioner(vault: Vault) -> Practitioner | None:
    with vault.session() as s:
        return s.exec(select(Practitioner).where(Practitioner.is_current == True)).first()  # noqa: E712
