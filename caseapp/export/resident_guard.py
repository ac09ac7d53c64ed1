"""주민등록번호 (h5): the resident number leaves the file only under a 고유식별정보 consent in force.

Apart from :mod:`caseapp.export.content` (which imports SQLModel for its canonical JSON) so that ``caseapp show``
can guard what it prints without the ORM. :data:`FORM_OF` is the form each of a snapshot's row lists is entered
through (the redaction of :mod:`caseapp.export.content` reads it too).
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import TYPE_CHECKING, Any

from caseapp.domain import forms

if TYPE_CHECKING:  # export/ renders what services hand it; it never calls services
    from caseapp.services.case_snapshot import CaseSnapshot

FORM_OF = {
    "consents": forms.CONSENT, "eco": forms.ECO_RELATION, "goals": forms.GOAL, "tasks": forms.PLAN_TASK,
    "services": forms.SERVICE_ENTRY, "reviews": forms.MONITORING_REVIEW, "terminations": forms.TERMINATION,
    "follow_ups": forms.FOLLOW_UP, "referrals": forms.REFERRAL, "conferences": forms.CASE_CONFERENCE,
    "addenda": forms.ADDENDUM, "household": forms.HOUSEHOLD_MEMBER, "transitions": None, "checks": None,
    "selections": forms.CASE_SELECTION,
    "agreements": forms.PLAN_AGREEMENT,
}
FORM_OF.update({  # migration 0007
    "attendees": forms.CONFERENCE_ATTENDEE, "supervision": forms.SUPERVISION,
    "confirmations": forms.SUPERVISOR_CONFIRMATION, "goal_changes": forms.REVIEW_GOAL_CHANGE,
    "service_ratings": forms.REVIEW_SERVICE_RATING, "goal_outcomes": forms.TERMINATION_GOAL_OUTCOME,
})


def guard_resident_number(snap: CaseSnapshot, on: date) -> CaseSnapshot:
    """The resident number leaves the file only under a 고유식별정보 consent in force on ``on``; otherwise it is
    masked (850315-2******) in the field and wherever free text repeats it."""
    from caseapp.domain.consent_terms import resident_number_allowed
    from caseapp.domain.resident_number import mask
    number = (snap.client.resident_number or "").strip()
    if not number or resident_number_allowed(snap.consents, on):
        return snap
    masked = mask(number)
    spellings = {number, number.replace("-", "")}

    def fix(row: Any) -> Any:
        changes = {}
        for k, v in row.model_dump().items():
            if isinstance(v, str) and any(x in v for x in spellings):
                for x in sorted(spellings, key=len, reverse=True):
                    v = v.replace(x, masked)
                changes[k] = v
        return row.model_copy(update=changes) if changes else row

    changes: dict[str, Any] = {attr: [fix(r) for r in getattr(snap, attr)] for attr in FORM_OF}
    changes["client"] = fix(snap.client).model_copy(update={"resident_number": masked})
    changes["case"] = fix(snap.case)
    changes["assessments"] = [dataclasses.replace(a, assessment=fix(a.assessment),
                                                  ratings={k: fix(v) for k, v in a.ratings.items()})
                              for a in snap.assessments]
    return dataclasses.replace(snap, **changes)
