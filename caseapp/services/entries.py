"""Adding and changing the records of a case, one function per kind, all through :mod:`records`."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import literal_column
from sqlmodel import col, select

from caseapp.domain import budget, crisis_scale, forms
from caseapp.domain.deadlines import follow_up_dates, still_to_plan
from caseapp.domain.gas import valid_score
from caseapp.domain.vocab import ContactMode, NeedArea, PracticeType, SnoozeReason
from caseapp.errors import ValidationError
from caseapp.services import audit, plan, records
from caseapp.services.cases import require_case
from caseapp.services.vault import Vault
from caseapp.storage.models import (
    Assessment, CaseConference, Consent, EcoRelation, FollowUp, Goal, GoalScore, HouseholdMember, MonitoringReview,
    NeedRating, PlanAgreement, PlanTask, Referral, Resource, ServiceEntry, Signable, SupervisionRecord, Termination, utcnow,
)
from caseapp.storage.models import BudgetLine

# form key -> (model, form) for records that belong to a case and have no children
SIMPLE_KINDS: dict[str, tuple[type[Any], forms.FormSpec]] = {
    "consent": (Consent, forms.CONSENT),
    "eco_relation": (EcoRelation, forms.ECO_RELATION),
    "goal": (Goal, forms.GOAL),
    "plan_task": (PlanTask, forms.PLAN_TASK),
    "service_entry": (ServiceEntry, forms.SERVICE_ENTRY),
    "referral": (Referral, forms.REFERRAL),
    "follow_up": (FollowUp, forms.FOLLOW_UP),
    "case_conference": (CaseConference, forms.CASE_CONFERENCE),
    "supervision": (SupervisionRecord, forms.SUPERVISION),
}


def add(vault: Vault, case_id: str, kind: str, values: dict[str, Any], *, sign: bool = False) -> Any:
    if kind == "goal":  # goals form a tree: the parent is checked and the goal goes to the end of its level
        return plan.add_goal(vault, case_id, values, sign=sign)
    model, form = SIMPLE_KINDS[kind]
    with vault.session() as s:
        require_case(s, case_id)
    row = records.create(vault, model, form, values, case_id=case_id)
    if sign:
        row = records.sign(vault, model, row.id)
    return row


def edit(vault: Vault, kind: str, row_id: str, changes: dict[str, Any]) -> Any:
    if kind == "goal":
        return edit_kind(vault, kind, row_id, changes)
    model, form = SIMPLE_KINDS[kind]
    return records.update(vault, model, row_id, form, changes)


def add_service_entry(vault: Vault, case_id: str, practice_type: str, text: str, occurred_on: date | str | None = None,
                      contact_mode: str = "office", duration_min: int | None = None, sign: bool = False,
                      **extra: Any) -> ServiceEntry:
    values: dict[str, Any] = {"practice_type": practice_type, "text": text, "contact_mode": contact_mode, **extra}
    if occurred_on:
        values["occurred_on"] = occurred_on
    if duration_min is not None:
        values["duration_min"] = duration_min
    return add(vault, case_id, "service_entry", values, sign=sign)


def add_household_member(vault: Vault, client_id: str, values: dict[str, Any]) -> HouseholdMember:
    return records.create(vault, HouseholdMember, forms.HOUSEHOLD_MEMBER, values, client_id=client_id)


def _clean_ratings(ratings: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for area, raw in ratings.items():
        out.append(forms.validate(forms.NEED_RATING, {"area": area, **raw}))
    return out


def _clean_crisis(scores: dict[str, Any] | None) -> dict[str, int]:
    try:
        return crisis_scale.clean_scores(scores)
    except crisis_scale.ScaleError as exc:
        raise ValidationError(exc.label.ko, exc.label.en) from None


def _clean_budget(lines: dict[str, dict[str, Any]] | None) -> list[dict[str, Any]]:
    """Budget lines as typed (``item code -> {amount, note}``; an amount may be text such as "12만"), cleaned;
    a line with neither amount nor note is left out."""
    out = []
    for code, raw in (lines or {}).items():
        try:
            label = budget.BudgetItem(code).label
        except ValueError:
            raise ValidationError(f"소득·지출 항목이 아닙니다: {code}", f"Not an income or expense line: {code}") from None
        try:
            amount = budget.parse_won(raw.get("amount"))
        except budget.AmountError as exc:
            raise ValidationError(f"‘{label.ko}’: {exc.label.ko}.", f"‘{label.en}’: {exc.label.en}.") from None
        note = raw.get("note") or ""
        if amount is None and not str(note).strip():
            continue
        out.append(forms.validate(forms.BUDGET_LINE, {"item": code, "amount": amount, "note": note}))
    return out


def add_assessment(vault: Vault, case_id: str, values: dict[str, Any],
                   ratings: dict[str, dict[str, Any]] | None = None, *, sign: bool = False,
                   crisis: dict[str, Any] | None = None,
                   budget_lines: dict[str, dict[str, Any]] | None = None) -> Assessment:
    """One assessment with its need-area ratings (``ratings`` maps area code -> {level, narrative, concerns, cause,
    priority}), its 위기도 checklist scores (item -> 0..3) and its monthly budget (item code -> {amount, note})."""
    cleaned = forms.validate(forms.ASSESSMENT, values)
    rating_rows = _clean_ratings(ratings or {})
    cleaned["crisis_scores"] = _clean_crisis(crisis)
    budget_rows = _clean_budget(budget_lines)
    with vault.session(write=True) as s:
        require_case(s, case_id)
        row = records.add_in_session(vault, s, Assessment(case_id=case_id, **cleaned), "assessment")
        for r in rating_rows:
            s.add(NeedRating(assessment_id=row.id, **r))
        for b in budget_rows:
            s.add(BudgetLine(assessment_id=row.id, **b))
        for hook in vault.after_write:
            hook(s, row)
    return records.sign(vault, Assessment, row.id) if sign else row  # type: ignore[return-value]


def replace_assessment_parts(vault: Vault, assessment_id: str, *, ratings: dict[str, dict[str, Any]],
                             crisis: dict[str, Any], budget_lines: dict[str, dict[str, Any]]) -> None:
    """Replace the need ratings, crisis scores and budget lines of an unsigned assessment, in one transaction."""
    rating_rows = _clean_ratings(ratings)
    scores = _clean_crisis(crisis)
    budget_rows = _clean_budget(budget_lines)
    with vault.session(write=True) as s:
        a = records.load_for_change(s, Assessment, assessment_id)
        for model in (NeedRating, BudgetLine):
            for old in s.exec(select(model).where(model.assessment_id == a.id)):
                s.delete(old)
        s.flush()
        for r in rating_rows:
            s.add(NeedRating(assessment_id=a.id, **r))
        for b in budget_rows:
            s.add(BudgetLine(assessment_id=a.id, **b))
        if a.crisis_scores != scores:
            a.crisis_scores, a.updated_at = scores, utcnow()
            s.add(a)
        audit.record(s, vault.actor, "update", "assessment", a.id, a.case_id, detail="ratings,crisis,budget")
        for hook in vault.after_write:
            hook(s, a)


def set_ratings(vault: Vault, assessment_id: str, ratings: dict[str, dict[str, Any]]) -> None:
    """Replace the need ratings of an unsigned assessment."""
    rows = _clean_ratings(ratings)
    with vault.session(write=True) as s:
        a = records.load_for_change(s, Assessment, assessment_id)
        for old in s.exec(select(NeedRating).where(NeedRating.assessment_id == a.id)):
            s.delete(old)
        s.flush()
        for r in rows:
            s.add(NeedRating(assessment_id=a.id, **r))
        audit.record(s, vault.actor, "update", "assessment", a.id, a.case_id, detail="ratings")
        for hook in vault.after_write:
            hook(s, a)


def _clean_scores(scores: dict[str, int]) -> dict[str, int]:
    for goal_id, score in scores.items():
        if not valid_score(score):
            raise ValidationError(f"GAS 점수는 −2에서 +2 사이여야 합니다: {score}",
                                  f"A GAS score must be between −2 and +2: {score}")
    return scores


def add_review(vault: Vault, case_id: str, values: dict[str, Any], scores: dict[str, int] | None = None,
               *, sign: bool = False) -> MonitoringReview:
    """A monitoring review with one GAS score per goal (``scores`` maps goal id -> −2..+2)."""
    cleaned = forms.validate(forms.MONITORING_REVIEW, values)
    scores = _clean_scores(scores or {})
    with vault.session(write=True) as s:
        require_case(s, case_id)
        review = records.add_in_session(vault, s, MonitoringReview(case_id=case_id, **cleaned), "review")
        for goal_id, score in scores.items():
            _require_goal(s, case_id, goal_id)
            s.add(GoalScore(goal_id=goal_id, review_id=review.id, scored_on=review.reviewed_on, score=score))
    return records.sign(vault, MonitoringReview, review.id) if sign else review  # type: ignore[return-value]


def _require_goal(s: Any, case_id: str, goal_id: str) -> None:
    goal = s.get(Goal, goal_id)
    if goal is None or goal.case_id != case_id:
        raise ValidationError("이 사례의 목표가 아닙니다.", "That goal does not belong to this case.")


def add_termination(vault: Vault, case_id: str, values: dict[str, Any], final_scores: dict[str, int] | None = None,
                    closing_assessment_id: str | None = None, *, sign: bool = False) -> Termination:
    cleaned = forms.validate(forms.TERMINATION, values)
    final_scores = _clean_scores(final_scores or {})
    with vault.session(write=True) as s:
        require_case(s, case_id)
        term = records.add_in_session(vault, s, Termination(case_id=case_id, closing_assessment_id=closing_assessment_id,
                                                            **cleaned), "termination")
        for goal_id, score in final_scores.items():
            _require_goal(s, case_id, goal_id)
            s.add(GoalScore(goal_id=goal_id, termination_id=term.id, scored_on=term.terminated_on, score=score))
    return records.sign(vault, Termination, term.id) if sign else term  # type: ignore[return-value]


def add_resource(vault: Vault, values: dict[str, Any]) -> Resource:
    return records.create(vault, Resource, forms.RESOURCE, values)


def edit_resource(vault: Vault, resource_id: str, changes: dict[str, Any]) -> Resource:
    return records.update(vault, Resource, resource_id, forms.RESOURCE, changes)


def sign_entry(vault: Vault, model: type[Signable], row_id: str) -> Signable:
    return records.sign(vault, model, row_id)


ALL_NEED_AREAS = [a.value for a in NeedArea]


# --- by form key, for the GUI: one place maps a form key to its table ---------------------------------------------

CHILD_KINDS: dict[str, tuple[type[Any], forms.FormSpec]] = {
    "household_member": (HouseholdMember, forms.HOUSEHOLD_MEMBER),
    "assessment": (Assessment, forms.ASSESSMENT),
    "monitoring_review": (MonitoringReview, forms.MONITORING_REVIEW),
    "termination": (Termination, forms.TERMINATION),
}


def edit_kind(vault: Vault, kind: str, row_id: str, changes: dict[str, Any]) -> Any:
    """Edit any unsigned record by form key (simple kinds and the ones with children alike)."""
    if kind == "goal":
        return plan.edit_goal(vault, row_id, changes)
    if kind == "plan_agreement":
        return plan.edit_agreement(vault, row_id, changes)
    model, form = {**SIMPLE_KINDS, **CHILD_KINDS}[kind]
    return records.update(vault, model, row_id, form, changes)


def _signable_model(kind: str) -> type[Signable]:
    model, _form = {**SIMPLE_KINDS, **CHILD_KINDS}[kind]
    if not issubclass(model, Signable):
        raise ValidationError("이 기록은 서명하지 않습니다.", "This kind of record is not signed.")
    return model


def sign_kind(vault: Vault, kind: str, row_id: str) -> Signable:
    return records.sign(vault, _signable_model(kind), row_id)


def add_addendum_kind(vault: Vault, kind: str, target_id: str, values: dict[str, Any], *,
                      sign_it: bool = False) -> Any:
    return records.add_addendum(vault, _signable_model(kind), target_id, values, sign_it=sign_it)


def list_resources(vault: Vault, *, active_only: bool = False) -> list[Resource]:
    with vault.session() as s:
        stmt = select(Resource).order_by(Resource.name)
        if active_only:
            stmt = stmt.where(Resource.active == True)  # noqa: E712
        return list(s.exec(stmt))


def replace_scores(vault: Vault, kind: str, row_id: str, scores: dict[str, int],
                   closing_assessment_id: str | None = None) -> None:
    """Replace the GAS scores kept with an unsigned review or termination (and a termination's closing
    assessment); the scores take the record's date."""
    if kind not in ("monitoring_review", "termination"):
        raise ValidationError("GAS 점수가 없는 기록입니다.", "This kind of record has no GAS scores.")
    review = kind == "monitoring_review"
    model: type[Any] = MonitoringReview if review else Termination
    scores = _clean_scores(scores)
    with vault.session(write=True) as s:
        row = records.load_for_change(s, model, row_id)
        column = GoalScore.review_id if review else GoalScore.termination_id
        for old in s.exec(select(GoalScore).where(column == row_id)):
            s.delete(old)
        s.flush()
        on = row.reviewed_on if review else row.terminated_on
        for goal_id, score in scores.items():
            _require_goal(s, row.case_id, goal_id)
            s.add(GoalScore(goal_id=goal_id, scored_on=on, score=score,
                            **({"review_id": row.id} if review else {"termination_id": row.id})))
        if not review:
            row.closing_assessment_id = closing_assessment_id
            s.add(row)
        audit.record(s, vault.actor, "update", model.__tablename__, row.id, row.case_id, detail="scores")


# records that nothing else points at, which a practitioner may remove when entered by mistake
DELETABLE_KINDS = {"household_member": HouseholdMember, "eco_relation": EcoRelation,
                   "plan_agreement": PlanAgreement}


def delete_kind(vault: Vault, kind: str, row_id: str) -> None:
    if kind not in DELETABLE_KINDS:
        raise ValidationError("이 기록은 삭제할 수 없습니다.", "This kind of record cannot be deleted.")
    records.delete(vault, DELETABLE_KINDS[kind], row_id)


# --- the day's work: follow-ups from the today list, the follow-up schedule, the service-entry defaults -----------

def _open_follow_up(s: Any, follow_up_id: str) -> FollowUp:
    row = records.load_for_change(s, FollowUp, follow_up_id)
    if row.done_on is not None:
        raise ValidationError(f"이미 {row.done_on.isoformat()}에 실시한 사후관리입니다.",
                              f"This follow-up was already done on {row.done_on.isoformat()}.")
    return row


def _with_line(text: str, line: str) -> str:
    return "\n".join(p for p in (text.strip(), line.strip()) if p)


def complete_follow_up(vault: Vault, follow_up_id: str, values: dict[str, Any] | None = None) -> FollowUp:
    """Mark a planned follow-up contact as done (from the today list): date, how, and what was found."""
    cleaned = forms.validate(forms.FOLLOW_UP_DONE, values or {})
    with vault.session(write=True) as s:
        row = _open_follow_up(s, follow_up_id)
        row.done_on, row.updated_at = cleaned["done_on"], utcnow()
        row.result = _with_line(row.result, cleaned.get("result", ""))
        row.method = cleaned.get("method") or row.method
        row.observed_change = _with_line(row.observed_change, cleaned.get("observed_change", ""))
        row.satisfaction = cleaned.get("satisfaction") or row.satisfaction
        row.reopen = row.reopen or bool(cleaned.get("reopen"))
        s.add(row)
        audit.record(s, vault.actor, "done", FollowUp.__tablename__, row.id, row.case_id,
                     detail=row.done_on.isoformat())
        records.notify(vault, s, row)
        return row


def snooze_line(old_due: date, new_due: date, reason: SnoozeReason, note: str, on: date) -> str:
    """How a postponement reads in the follow-up's result (the record's own text, in Korean like the rest)."""
    text = f"[{on.isoformat()}] 연기 {old_due.isoformat()} → {new_due.isoformat()}: {reason.label.ko}"
    return text + (f" ({note.strip()})" if note.strip() else "")


def snooze_follow_up(vault: Vault, follow_up_id: str, values: dict[str, Any]) -> FollowUp:
    """Put a follow-up contact off to a later day for one of the listed reasons; the reason stays on the record
    (its result text) and in the audit trail."""
    cleaned = forms.validate(forms.FOLLOW_UP_SNOOZE, values)
    why, note, new_due = SnoozeReason(cleaned["reason"]), cleaned.get("note", ""), cleaned["until"]
    if why is SnoozeReason.OTHER and not note.strip():
        raise ValidationError("‘기타’ 사유는 메모에 내용을 적어야 합니다.", "‘Other’ needs a note saying why.")
    today = date.today()
    if new_due <= today:
        raise ValidationError("새 예정일은 오늘 이후여야 합니다.", "The new date must be after today.")
    with vault.session(write=True) as s:
        row = _open_follow_up(s, follow_up_id)
        old_due = row.due_on
        row.result = _with_line(row.result, snooze_line(old_due, new_due, why, note, today))
        row.due_on, row.updated_at = new_due, utcnow()
        s.add(row)
        audit.record(s, vault.actor, "snooze", FollowUp.__tablename__, row.id, row.case_id,
                     detail=f"{old_due.isoformat()}->{new_due.isoformat()}:{why.value}")
        records.notify(vault, s, row)
        return row


def schedule_follow_ups(vault: Vault, case_id: str, values: dict[str, Any]) -> list[FollowUp]:
    """Plan follow-up contacts, one every ``every_months`` after the latest termination's date, ``count`` times
    (the termination's follow-up plan). Only dates still ahead are planned, and none near a contact already
    planned (so planning twice, or after a postponement, does not double up)."""
    cleaned = forms.validate(forms.FOLLOW_UP_SCHEDULE, values)
    with vault.session(write=True) as s:
        require_case(s, case_id)
        closed = s.exec(select(Termination.terminated_on).where(Termination.case_id == case_id)
                        .order_by(col(Termination.terminated_on).desc())).first()
        if closed is None:
            raise ValidationError("종결 기록을 먼저 저장하세요. 사후관리 일정은 종결일부터 셉니다.",
                                  "Save the termination first: the follow-up schedule counts from its date.")
        planned = list(s.exec(select(FollowUp.due_on).where(FollowUp.case_id == case_id)).all())
        schedule = follow_up_dates(closed, cleaned["every_months"], cleaned["count"])
        return [records.add_in_session(vault, s, FollowUp(case_id=case_id, due_on=due, method=cleaned["method"]),
                                       "follow_up schedule")
                for due in still_to_plan(schedule, planned, date.today())]


def add_consents(vault: Vault, case_id: str, values: dict[str, Any]) -> list[Consent]:
    """One consent sheet: the purposes the client agreed to together, each kept as its own consent (so one can be
    withdrawn or expire alone) with the sheet's date, method, expiry and notes, in one transaction."""
    cleaned = forms.validate(forms.CONSENT_SHEET, values)
    purposes = cleaned.pop("purposes")
    if not purposes:
        raise ValidationError("동의한 목적을 하나 이상 고르세요.", "Tick at least one purpose the client agreed to.")
    if cleaned.get("method") is None:
        cleaned.pop("method", None)  # the column's default (written)
    with vault.session(write=True) as s:
        require_case(s, case_id)
        return [records.add_in_session(vault, s, Consent(case_id=case_id, purpose=p, **cleaned), "consent sheet")
                for p in purposes]


def last_entry_choices(vault: Vault) -> tuple[str, str]:
    """Practice type and contact mode of the newest service entry written (the next one is often alike)."""
    with vault.session() as s:
        # The row written last has the highest rowid: read through the rowid, not a sort of every entry by
        # created_at (no index; at 10,000 cases that scanned the whole service log each time a case opened).
        row = s.exec(select(ServiceEntry.practice_type, ServiceEntry.contact_mode)
                     .order_by(literal_column("serviceentry.rowid").desc()).limit(1)).first()
    if row is None:
        return PracticeType.COUNSELLING_THERAPY.value, ContactMode.PHONE.value
    return row[0], row[1]
