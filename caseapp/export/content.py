"""The record's content: a case snapshot narrowed by the export options, redacted if asked, and its SHA-256.

"Content" = canonical JSON (sorted keys, no spaces, UTF-8) of the narrowed/redacted snapshot plus the options. It is
computed before rendering, printed in the footer (short form) and in the QR code, and logged with the export, so a
paper copy can be matched to the logged export; ``state_hash`` of the *whole* snapshot tells whether the case changed
since.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlmodel import SQLModel

from caseapp.domain import forms
from caseapp.domain.vocab import ConsentPurpose
from caseapp.export.options import ExportOptions
from caseapp.export.resident_guard import FORM_OF, guard_resident_number  # noqa: F401 (callers reach it here)

if TYPE_CHECKING:  # export/ renders what services hand it; it never calls services
    from caseapp.services.cases import CaseSnapshot

MASK = "●●●●"
# Free text can repeat what the masked fields hold; these patterns catch the common Korean formats too.
_RESIDENT_NO = re.compile(r"\d{6}\s*-\s*[1-8]\d{6}")
_PHONE = re.compile(r"(?<!\d)(0\d{1,2})[-.\s]?(\d{3,4})[-.\s]?(\d{4})(?!\d)")


def _jsonable(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, SQLModel):
        return {k: _jsonable(v) for k, v in sorted(value.model_dump().items())}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):  # AssessmentView
        return {f.name: _jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in sorted(value.items())}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


def snapshot_json(snap: CaseSnapshot) -> dict[str, Any]:
    return {f.name: _jsonable(getattr(snap, f.name)) for f in dataclasses.fields(snap)}


def canonical(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def state_hash(snap: CaseSnapshot) -> str:
    """SHA-256 of the whole case as stored now (for "changed since export?")."""
    return hashlib.sha256(canonical(snapshot_json(snap))).hexdigest()


def content_hash(snap: CaseSnapshot, options: ExportOptions, language: str) -> str:
    """SHA-256 of what this export shows: the narrowed snapshot plus the options and language."""
    payload = {"snapshot": snapshot_json(snap), "options": options.to_json() | {"language": language}}
    return hashlib.sha256(canonical(payload)).hexdigest()


# --- narrowing ------------------------------------------------------------------------------------------------------

def narrow(snap: CaseSnapshot, options: ExportOptions) -> CaseSnapshot:
    """Keep only the dated records inside the options' range; sections are chosen at render time."""
    if options.date_from is None and options.date_to is None:
        return snap
    keep = options.in_range
    services = [e for e in snap.services if keep(e.occurred_on)]
    reviews = [r for r in snap.reviews if keep(r.reviewed_on)]
    terminations = [t for t in snap.terminations if keep(t.terminated_on)]
    kept_review_ids = {r.id for r in reviews}
    kept_term_ids = {t.id for t in terminations}
    scores = [g for g in snap.scores
              if (g.review_id in kept_review_ids) or (g.termination_id in kept_term_ids)]
    narrowed = dataclasses.replace(
        snap,
        consents=[c for c in snap.consents if keep(c.given_on)],
        assessments=[a for a in snap.assessments if keep(a.assessment.assessed_on)],
        services=services, reviews=reviews, scores=scores, terminations=terminations,
        follow_ups=[f for f in snap.follow_ups if keep(f.due_on)],
        referrals=[r for r in snap.referrals if keep(r.sent_on)],
        conferences=[c for c in snap.conferences if keep(c.held_on)],
        transitions=[t for t in snap.transitions if keep(t.moved_on)],
        checks=[c for c in snap.checks if keep(c.checked_on)],
        addenda=[a for a in snap.addenda if keep(a.written_on)],
        selections=[d for d in snap.selections if keep(d.decided_on)],
    )
    return narrow_0007(narrowed, keep)


def narrow_0007(snap: CaseSnapshot, keep: Any) -> CaseSnapshot:
    """Migration 0007's records: dated ones by their date, the per-goal rows with the record they belong to."""
    conference_ids = {c.id for c in snap.conferences}
    review_ids = {r.id for r in snap.reviews}
    termination_ids = {t.id for t in snap.terminations}
    return dataclasses.replace(
        snap,
        attendees=[a for a in snap.attendees if a.conference_id in conference_ids],
        supervision=[r for r in snap.supervision if keep(r.held_on)],
        confirmations=[c for c in snap.confirmations if keep(c.confirmed_on)],
        goal_changes=[c for c in snap.goal_changes if c.review_id in review_ids],
        service_ratings=[r for r in snap.service_ratings if r.review_id in review_ids],
        goal_outcomes=[o for o in snap.goal_outcomes if o.termination_id in termination_ids],
    )


# --- redaction ------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class SharingConsent:
    """Whether the client's consent to sharing with the resource network is in force on a given day."""

    in_force: bool
    withdrawn_on: date | None = None  # set when the newest sharing consent was withdrawn


def sharing_consent(snap: CaseSnapshot, on: date) -> SharingConsent:
    sharing = [c for c in snap.consents if c.purpose == ConsentPurpose.SHARING.value]
    for c in sharing:
        given = c.given_on is not None and c.given_on <= on
        withdrawn = c.withdrawn_on is not None and c.withdrawn_on <= on
        expired = c.expires_on is not None and c.expires_on < on
        if given and not withdrawn and not expired:
            return SharingConsent(True)
    withdrawn_dates = [c.withdrawn_on for c in sharing if c.withdrawn_on is not None and c.withdrawn_on <= on]
    return SharingConsent(False, max(withdrawn_dates) if withdrawn_dates else None)


def _mask_partial(value: str) -> str:
    """Keep the first character so a reader sees a value existed (e.g. "김●●")."""
    value = value.strip()
    return value[:1] + "●●" if value else ""


class Redactor:
    """Masks sensitive fields and scrubs their values (and phone / resident-number patterns) from free text."""

    def __init__(self, snap: CaseSnapshot, hide_identity: bool) -> None:
        self.secrets: list[str] = []
        sensitive_client = [f.name for f in forms.CLIENT.fields if f.sensitive]
        for name in sensitive_client:
            value = str(getattr(snap.client, name) or "").strip()
            if len(value) >= 4:
                self.secrets.append(value)
        self.hide_identity = hide_identity
        if hide_identity:
            for value in [snap.client.name] + [m.name for m in snap.household]:
                if value and len(value.strip()) >= 2:
                    self.secrets.append(value.strip())
        self.secrets.sort(key=len, reverse=True)

    def text(self, value: str) -> str:
        if not value:
            return value
        for secret in self.secrets:
            value = value.replace(secret, MASK)
        value = _RESIDENT_NO.sub(MASK, value)
        return _PHONE.sub(MASK, value)

    def row(self, row: Any, form: forms.FormSpec | None) -> Any:
        """A masked copy of ``row``: sensitive fields replaced, every other text field scrubbed."""
        changes: dict[str, Any] = {}
        sensitive = {f.name for f in form.fields if f.sensitive} if form else set()
        for name, value in row.model_dump().items():
            if name in ("id", "case_id", "client_id", "content_hash", "signed_by", "target_id", "target_type",
                        "case_number", "stage"):
                continue
            if name.endswith("_id"):  # a link (goal, task, resource): a UUID can look like a phone number
                continue
            if name in sensitive:
                changes[name] = MASK if value else value
            elif isinstance(value, str):
                changes[name] = self.text(value)
        return row.model_copy(update=changes)


def redact(snap: CaseSnapshot, hide_identity: bool) -> CaseSnapshot:
    """A copy for sharing. Without consent to sharing in force (never given, expired or withdrawn) the names and
    the birth date are hidden as well."""
    red = Redactor(snap, hide_identity)
    client = red.row(snap.client, forms.CLIENT)
    if hide_identity:
        client = client.model_copy(update={"name": _mask_partial(snap.client.name),
                                           "birth_date": None, "notes": MASK if snap.client.notes else ""})
    changes: dict[str, Any] = {"client": client, "case": red.row(snap.case, forms.INTAKE)}
    for attr, form in FORM_OF.items():
        rows = [red.row(r, form) for r in getattr(snap, attr)]
        if attr == "household" and hide_identity:
            rows = [r.model_copy(update={"name": _mask_partial(r.name) if r.name else ""}) for r in rows]
        changes[attr] = rows
    # a drawn signature identifies the client as surely as a name: never in a copy for sharing
    changes["agreements"] = [a.model_copy(update={"signature_png": None}) for a in changes["agreements"]]
    changes["assessments"] = [
        dataclasses.replace(a, assessment=red.row(a.assessment, forms.ASSESSMENT),
                            ratings={k: red.row(v, forms.NEED_RATING) for k, v in a.ratings.items()},
                            budget={k: red.row(v, forms.BUDGET_LINE) for k, v in a.budget.items()})
        for a in snap.assessments]
    changes["resources"] = dict(snap.resources)  # the partner network is not client data
    return dataclasses.replace(snap, **changes)


def prepare(snap: CaseSnapshot, options: ExportOptions, sharing: SharingConsent) -> CaseSnapshot:
    """``sharing`` is judged on the whole case (a date range must not hide a withdrawal)."""
    narrowed = narrow(snap, options)
    return redact(narrowed, hide_identity=not sharing.in_force) if options.redacted else narrowed
