"""Correction and deletion requests (정정·삭제 요구, 개인정보 보호법 제36조): recorded with outcome and date, and
answered within 10 days (a deadline in the 오늘 view until the outcome is recorded)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlmodel import Session, col, select

from caseapp.domain.deadlines import Deadline, DeadlineKind
from caseapp.errors import NotFound, ValidationError
from caseapp.services import audit
from caseapp.services.case_show import request_json  # noqa: F401 (callers reach it here)
from caseapp.storage.models import Case, Client, CorrectionRequest, utcnow

if TYPE_CHECKING:
    from caseapp.services.vault import Vault

ANSWER_WITHIN_DAYS = 10
OUTCOMES = {
    "corrected": ("정정함", "Corrected"),
    "deleted": ("삭제함", "Deleted"),
    "partly": ("일부 반영", "Partly done"),
    "refused": ("거절(사유 안내)", "Refused (reason given)"),
}


def _text(value: str, ko: str, en: str, *, required: bool) -> str:
    value = (value or "").strip()
    if required and not value:
        raise ValidationError(f"{ko}을(를) 적으세요.", f"Write the {en}.")
    if "\x00" in value or len(value) > 2000:
        raise ValidationError(f"{ko}이(가) 올바르지 않습니다.", f"The {en} is not valid.")
    return value


def add_request(vault: "Vault", case_id: str, request: str, received_on: date | None = None) -> CorrectionRequest:
    received_on = received_on or date.today()
    request = _text(request, "요구 내용", "request", required=True)
    with vault.session(write=True) as s:
        if s.get(Case, case_id) is None:
            raise NotFound("사례를 찾을 수 없습니다.", "No such case.")
        row = CorrectionRequest(case_id=case_id, received_on=received_on,
                                due_on=received_on + timedelta(days=ANSWER_WITHIN_DAYS), request=request)
        s.add(row)
        audit.record(s, vault.actor, "create", "correctionrequest", row.id, case_id, detail="received")
    return row


def answer(vault: "Vault", request_id: str, outcome: str, on: date | None = None, note: str = "") -> CorrectionRequest:
    """Record the outcome (the correction itself is made in the record, as any edit or addendum)."""
    if outcome not in OUTCOMES:
        raise ValidationError(f"결과는 {', '.join(OUTCOMES)} 중 하나여야 합니다.",
                              f"The outcome must be one of {', '.join(OUTCOMES)}.")
    note = _text(note, "안내 내용", "note", required=outcome == "refused")
    with vault.session(write=True) as s:
        row = s.get(CorrectionRequest, request_id)
        if row is None:
            raise NotFound("정정·삭제 요구를 찾을 수 없습니다.", "No such correction request.")
        row.outcome, row.outcome_on, row.outcome_note = outcome, on or date.today(), note
        row.updated_at = utcnow()
        s.add(row)
        audit.record(s, vault.actor, "update", "correctionrequest", row.id, row.case_id, detail=f"outcome={outcome}")
    return row


def requests(vault: "Vault", case_id: str | None = None, open_only: bool = False) -> list[CorrectionRequest]:
    with vault.session() as s:
        query = select(CorrectionRequest).order_by(col(CorrectionRequest.received_on),
                                                   col(CorrectionRequest.created_at))
        if case_id is not None:
            query = query.where(CorrectionRequest.case_id == case_id)
        if open_only:
            query = query.where(CorrectionRequest.outcome == "")
        return list(s.exec(query).all())


def open_deadlines(s: Session) -> list[Deadline]:
    """Every unanswered request as a deadline (the 오늘 view shows it from the day it arrives)."""
    rows = s.exec(select(CorrectionRequest, Case.case_number, Client.name)
                  .join(Case, Case.id == CorrectionRequest.case_id).join(Client, Client.id == Case.client_id)
                  .where(CorrectionRequest.outcome == "")).all()
    return [Deadline(DeadlineKind.CORRECTION_REQUEST, r.due_on, r.case_id, number, name, ref_id=r.id,
                     detail=r.request[:60]) for r, number, name in rows]


def outcome_text(outcome: str, lang: str) -> str:
    if not outcome:
        return "답변 전" if lang == "ko" else "not answered yet"
    ko, en = OUTCOMES.get(outcome, (outcome, outcome))
    return ko if lang == "ko" else en
