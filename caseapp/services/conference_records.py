"""사례회의 with its attendees by organisation, 슈퍼비전 records and a supervisor's confirmation of a plan or a
closing. Attendees belong to their conference: once it is signed they are locked with it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlmodel import Session, select

from caseapp.domain import forms
from caseapp.domain.vocab import ConfirmationTarget
from caseapp.errors import ValidationError
from caseapp.services import audit, records
from caseapp.services.cases import require_case
from caseapp.services.vault import Vault
from caseapp.storage.models import CaseConference, ConferenceAttendee, SupervisorConfirmation, Termination


def clean_attendees(attendees: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows with nothing typed are dropped (an empty line left in the table); the rest must have a name."""
    out = []
    for raw in attendees:
        if not any(str(v or "").strip() for v in raw.values()):
            continue
        out.append(forms.validate(forms.CONFERENCE_ATTENDEE, raw))
    return out


def _write_attendees(vault: Vault, s: Session, conference: CaseConference, rows: list[dict[str, Any]]) -> None:
    for old in s.exec(select(ConferenceAttendee).where(ConferenceAttendee.conference_id == conference.id)):
        s.delete(old)
    s.flush()
    for position, values in enumerate(rows):
        s.add(ConferenceAttendee(conference_id=conference.id, position=position, **values))
    s.flush()
    records.notify(vault, s, conference)  # the attendees are part of the conference's search document


def add_conference(vault: Vault, case_id: str, values: dict[str, Any],
                   attendees: Sequence[dict[str, Any]] = (), *, sign: bool = False) -> CaseConference:
    cleaned = forms.validate(forms.CASE_CONFERENCE, values)
    rows = clean_attendees(attendees)
    with vault.session(write=True) as s:
        require_case(s, case_id)
        conference = records.add_in_session(vault, s, CaseConference(case_id=case_id, **cleaned), "conference")
        _write_attendees(vault, s, conference, rows)
    return records.sign(vault, CaseConference, conference.id) if sign else conference  # type: ignore[return-value]


def edit_conference(vault: Vault, conference_id: str, values: dict[str, Any],
                    attendees: Sequence[dict[str, Any]] | None = None) -> CaseConference:
    """Change an unsigned conference; ``attendees`` (when given) replaces its attendee list."""
    rows = clean_attendees(attendees) if attendees is not None else None  # a bad line changes nothing
    row = records.update(vault, CaseConference, conference_id, forms.CASE_CONFERENCE, values)
    if rows is not None:
        with vault.session(write=True) as s:
            conference = records.load_for_change(s, CaseConference, conference_id)
            _write_attendees(vault, s, conference, rows)
            audit.record(s, vault.actor, "update", CaseConference.__tablename__, conference.id, conference.case_id,
                         detail=f"attendees:{len(rows)}")
    return row


def confirm(vault: Vault, case_id: str, values: dict[str, Any],
            termination_id: str | None = None) -> SupervisorConfirmation:
    """Record that the supervisor confirmed the case's plan or one of its closings (name and date)."""
    cleaned = forms.validate(forms.SUPERVISOR_CONFIRMATION, values)
    with vault.session(write=True) as s:
        require_case(s, case_id)
        if cleaned["target"] == ConfirmationTarget.TERMINATION.value:
            if termination_id is None:
                termination_id = s.exec(select(Termination.id).where(Termination.case_id == case_id)
                                        .order_by(Termination.terminated_on.desc())).first()  # type: ignore[attr-defined]
            term = s.get(Termination, termination_id) if termination_id else None
            if term is None or term.case_id != case_id:
                raise ValidationError("확인할 종결 기록이 없습니다. 종결을 먼저 저장하세요.",
                                      "There is no closing to confirm: save the termination first.")
        else:
            termination_id = None
        return records.add_in_session(vault, s, SupervisorConfirmation(case_id=case_id, termination_id=termination_id,
                                                                       **cleaned), cleaned["target"])


def edit_confirmation(vault: Vault, confirmation_id: str, values: dict[str, Any]) -> SupervisorConfirmation:
    """Correct a confirmation typed by mistake (who, when, note); what it confirms stays."""
    values = {k: v for k, v in values.items() if k != "target"}
    return records.update(vault, SupervisorConfirmation, confirmation_id, forms.SUPERVISOR_CONFIRMATION, values)
