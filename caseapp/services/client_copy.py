"""The client's own copy (본인 열람, 개인정보 보호법 제35조) as a signed PDF/A: ``caseapp client-copy`` and the case
window's "Client's own copy" action. Logged like every export; not a disclosure (it goes to the data subject)."""

from __future__ import annotations

import os
from datetime import date

from caseapp.export.client_copy import CopyMeta, GivenOut, render_client_copy
from caseapp.services import cases, corrections, exports, outputs, registers
from caseapp.services.agency_profile import current_practitioner, get_agency
from caseapp.services.vault import Vault


def copy_meta(vault: Vault, case_id: str, today: date | None = None) -> CopyMeta:
    agency = get_agency(vault)
    practitioner = current_practitioner(vault)
    given = tuple(GivenOut(d.disclosed_at.astimezone().date(), d.recipient, registers.kind_text(d.kind, "ko"),
                           d.consent_covered) for d in registers.disclosures(vault, case_id))
    asked = tuple((r.received_on, r.request, corrections.outcome_text(r.outcome, "ko")
                   + (f" ({r.outcome_note})" if r.outcome_note else ""))
                  for r in corrections.requests(vault, case_id))
    return CopyMeta(agency=agency.name, practitioner=practitioner.name if practitioner else "",
                    phone=(practitioner.phone if practitioner and practitioner.phone else agency.phone),
                    made_on=today or date.today(), given_out=given, requests=asked)


def write_client_copy(vault: Vault, case_id: str, out_path: str | os.PathLike[str]) -> exports.ExportResult:
    outputs.guard(out_path)  # a mistyped target fails before the rendering work
    with vault.session() as s:
        cases.require_case(s, case_id)
    snap = cases.snapshot(vault, case_id)
    pdf, sha = render_client_copy(snap, copy_meta(vault, case_id))
    return exports.write_signed_document(vault, out_path, pdf, sha, kind="client_copy",
                                         title=f"본인 열람용 사본 {snap.case.case_number}", lang="ko",
                                         case_id=case_id)
