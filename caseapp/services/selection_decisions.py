"""Recording a 대상자 선정 decision (validated against the form, the agency's levels and the case's conferences)."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, select

from caseapp.domain import forms
from caseapp.domain.intake_rules import check_selection
from caseapp.errors import ValidationError
from caseapp.services import records
from caseapp.services.cases import require_case
from caseapp.services.vault import Vault
from caseapp.storage.models import Agency, CaseConference, CaseSelection


def agency_uses_intensive(s: Session) -> bool:
    agency = s.exec(select(Agency).order_by(Agency.created_at)).first()
    return bool(agency and agency.uses_intensive_level)


def agency_uses_intensive_level(vault: Vault) -> bool:
    """Whether the selection form offers 집중사례 (Settings → Agency)."""
    with vault.session() as s:
        return agency_uses_intensive(s)


def record_selection(vault: Vault, case_id: str, values: dict[str, Any]) -> CaseSelection:
    """Add a dated decision (validated, audited, indexed); it becomes the level in force if it is the newest."""
    cleaned = forms.validate(forms.CASE_SELECTION, values)
    with vault.session() as s:
        require_case(s, case_id)
        check_selection(cleaned, agency_uses_intensive=agency_uses_intensive(s))
        conference_id = cleaned.get("conference_id")
        if conference_id:
            conference = s.get(CaseConference, conference_id)
            if conference is None or conference.case_id != case_id:
                raise ValidationError("‘결정한 사례회의’: 이 사례의 사례회의가 아닙니다.",
                                      "‘Decided at case conference’: not a conference of this case.")
    return records.create(vault, CaseSelection, None, cleaned, case_id=case_id)
