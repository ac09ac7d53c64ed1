"""The resource directory (자원망): search and the referral history of one resource across cases."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import select

from caseapp.services.vault import Vault
from caseapp.storage.models import Case, Client, Referral


@dataclass(frozen=True)
class ReferralRow:
    referral_id: str
    case_id: str
    case_number: str
    client_name: str
    status: str  # vocab.ReferralStatus code
    sent_on: date
    reason: str


def referrals_for_resource(vault: Vault, resource_id: str) -> list[ReferralRow]:
    """Every referral made to ``resource_id``, newest first (destroyed cases excluded)."""
    stmt = (select(Referral, Case.case_number, Client.name)
            .join(Case, Case.id == Referral.case_id).join(Client, Client.id == Case.client_id)
            .where(Referral.resource_id == resource_id, Case.destroyed_at == None)  # noqa: E711
            .order_by(Referral.sent_on.desc()))  # type: ignore[attr-defined]
    with vault.session() as s:
        return [ReferralRow(r.id, r.case_id, number, name, r.status, r.sent_on, r.reason)
                for r, number, name in s.exec(stmt).all()]
