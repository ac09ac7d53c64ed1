"""What a monitoring review and a termination judge per goal and per service row: before/after per goal and
잘됨/보통/미흡 per plan task at a review, the outcome per goal at termination; and the eco-map at closing.

The rows hang off their review or termination and are locked with it once it is signed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlmodel import Session, select

from caseapp.domain import forms
from caseapp.domain.vocab import EcoPhase
from caseapp.errors import ValidationError
from caseapp.services import audit, records
from caseapp.services.cases import require_case
from caseapp.services.vault import Vault
from caseapp.storage.models import (
    EcoRelation, Goal, MonitoringReview, PlanTask, ReviewGoalChange, ReviewServiceRating, Termination,
    TerminationGoalOutcome,
)


def _filled(rows: Sequence[dict[str, Any]], *keys: str) -> list[dict[str, Any]]:
    """Rows where something beyond the goal/task picked was given (an untouched line is not a record)."""
    return [r for r in rows if any(str(r.get(k) or "").strip() for k in keys)]


def _own(s: Session, model: Any, row_id: str, case_id: str, what_ko: str, what_en: str) -> None:
    row = s.get(model, row_id)
    if row is None or row.case_id != case_id:
        raise ValidationError(f"이 사례의 {what_ko}이(가) 아닙니다.", f"That {what_en} does not belong to this case.")


def _replace(s: Session, model: Any, fk: str, parent_id: str, rows: list[dict[str, Any]]) -> None:
    for old in s.exec(select(model).where(getattr(model, fk) == parent_id)):
        s.delete(old)
    s.flush()
    for values in rows:
        s.add(model(**{fk: parent_id}, **values))
    s.flush()


def clean_review_detail(goal_changes: Sequence[dict[str, Any]] = (), service_ratings: Sequence[dict[str, Any]] = (),
                        ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Validated rows (raises ValidationError): check before saving the review, so a bad line saves nothing."""
    return ([forms.validate(forms.REVIEW_GOAL_CHANGE, r) for r in _filled(goal_changes, "before", "after")],
            [forms.validate(forms.REVIEW_SERVICE_RATING, r) for r in _filled(service_ratings, "performance")])


def clean_goal_outcomes(outcomes: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    return [forms.validate(forms.TERMINATION_GOAL_OUTCOME, r) for r in _filled(outcomes, "outcome")]


def set_review_detail(vault: Vault, review_id: str, goal_changes: Sequence[dict[str, Any]] = (),
                      service_ratings: Sequence[dict[str, Any]] = ()) -> None:
    """Replace an unsigned review's before/after per goal and its performance per service row."""
    changes, ratings = clean_review_detail(goal_changes, service_ratings)
    with vault.session(write=True) as s:
        review = records.load_for_change(s, MonitoringReview, review_id)
        for c in changes:
            _own(s, Goal, c["goal_id"], review.case_id, "목표", "goal")
        for r in ratings:
            _own(s, PlanTask, r["task_id"], review.case_id, "과업", "task")
        _replace(s, ReviewGoalChange, "review_id", review.id, changes)
        _replace(s, ReviewServiceRating, "review_id", review.id, ratings)
        audit.record(s, vault.actor, "update", MonitoringReview.__tablename__, review.id, review.case_id,
                     detail=f"goal_changes:{len(changes)},service_ratings:{len(ratings)}")
        records.notify(vault, s, review)


def set_goal_outcomes(vault: Vault, termination_id: str, outcomes: Sequence[dict[str, Any]]) -> None:
    """Replace an unsigned termination's 목표별 성과."""
    rows = clean_goal_outcomes(outcomes)
    with vault.session(write=True) as s:
        term = records.load_for_change(s, Termination, termination_id)
        for r in rows:
            _own(s, Goal, r["goal_id"], term.case_id, "목표", "goal")
        _replace(s, TerminationGoalOutcome, "termination_id", term.id, rows)
        audit.record(s, vault.actor, "update", Termination.__tablename__, term.id, term.case_id,
                     detail=f"goal_outcomes:{len(rows)}")
        records.notify(vault, s, term)


def copy_eco_to_closing(vault: Vault, case_id: str) -> list[EcoRelation]:
    """Start the closing eco-map from the intake map (each relation copied, to be changed as it is now). Refused
    when a closing map exists already, so pressing twice does not double it."""
    with vault.session(write=True) as s:
        require_case(s, case_id)
        relations = list(s.exec(select(EcoRelation).where(EcoRelation.case_id == case_id)
                                .order_by(EcoRelation.created_at)))
        if any(r.phase == EcoPhase.CLOSING.value for r in relations):
            raise ValidationError("종결 시 생태도가 이미 있습니다.", "The eco-map at closing already exists.")
        copies = []
        for r in relations:
            copy = EcoRelation(case_id=case_id, name=r.name, kind=r.kind, resource_id=r.resource_id,
                               strength=r.strength, direction=r.direction, notes=r.notes,
                               phase=EcoPhase.CLOSING.value)
            copies.append(records.add_in_session(vault, s, copy, "eco-map at closing"))
        return copies
