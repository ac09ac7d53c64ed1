"""The service plan's goal tree (장기 goals with 단기 goals under them) and the client's agreement to the plan."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, select

from caseapp.domain import forms, goal_tree
from caseapp.errors import ValidationError
from caseapp.services import audit, records
from caseapp.services.cases import require_case
from caseapp.services.vault import Vault
from caseapp.storage.models import Goal, PlanAgreement

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
MAX_SIGNATURE_BYTES = 2_000_000  # a drawn signature is tens of kilobytes; more is not a signature


def _case_goals(s: Session, case_id: str) -> list[Goal]:
    return list(s.exec(select(Goal).where(Goal.case_id == case_id)))


def _parent_for(s: Session, case_id: str, goal_id: str | None, parent_id: str | None) -> Goal | None:
    if not parent_id:
        return None
    parent = s.get(Goal, parent_id)
    if parent is None or parent.case_id != case_id:
        raise ValidationError("상위 목표가 이 사례의 목표가 아닙니다.", "The goal above is not a goal of this case.")
    has_children = goal_id is not None and any(g.parent_id == goal_id for g in _case_goals(s, case_id))
    goal_tree.check_parent(goal_id, parent, has_children)
    return parent


def _last_position(goals: list[Goal], parent_id: str | None) -> int:
    level = [g.position for g in goals if (g.parent_id or None) == (parent_id or None)]
    return max(level, default=-1) + 1


def add_goal(vault: Vault, case_id: str, values: dict[str, Any], *, sign: bool = False) -> Goal:
    """A goal at the end of its level: a 장기 goal, or (with ``parent_id``) a 단기 goal under a 장기 goal."""
    cleaned = forms.validate(forms.GOAL, values)
    parent_id = cleaned.get("parent_id") or None
    with vault.session(write=True) as s:
        require_case(s, case_id)
        _parent_for(s, case_id, None, parent_id)
        goal = Goal(case_id=case_id, **cleaned, term=goal_tree.term_of(parent_id),
                    position=_last_position(_case_goals(s, case_id), parent_id))
        goal = records.add_in_session(vault, s, goal, ",".join(sorted(cleaned)))
    return records.sign(vault, Goal, goal.id) if sign else goal  # type: ignore[return-value]


def edit_goal(vault: Vault, goal_id: str, changes: dict[str, Any]) -> Goal:
    cleaned = forms.validate(forms.GOAL, changes, partial=True)
    with vault.session(write=True) as s:
        goal = records.load_for_change(s, Goal, goal_id)
        if "parent_id" in cleaned:
            parent_id = cleaned["parent_id"] or None
            cleaned["parent_id"] = parent_id
            if parent_id != goal.parent_id:
                _parent_for(s, goal.case_id, goal.id, parent_id)
                cleaned["term"] = goal_tree.term_of(parent_id)
                cleaned["position"] = _last_position(_case_goals(s, goal.case_id), parent_id)
        records.apply_changes(vault, s, goal, cleaned)
        return goal


def move_goal(vault: Vault, goal_id: str, step: int) -> bool:
    """Move a goal up (−1) or down (+1) among the goals at its level; its 단기 goals move with it. A goal's
    position is part of its signed content, so a move that would renumber a signed goal is refused."""
    with vault.session(write=True) as s:
        goal = s.get(Goal, goal_id)
        if goal is None:
            raise ValidationError("목표를 찾을 수 없습니다.", "No such goal.")
        goals = _case_goals(s, goal.case_id)
        positions = goal_tree.moved_positions(goals, goal_id, step)
        if not positions:
            return False
        if any(g.signed_at is not None and g.position != positions[g.id] for g in goals if g.id in positions):
            raise ValidationError("서명된 목표는 순서를 바꿀 수 없습니다. 서명하지 않은 목표만 옮길 수 있습니다.",
                                  "A signed goal keeps its place: only unsigned goals can be moved.")
        for g in goals:
            if g.id in positions and g.position != positions[g.id]:
                g.position = positions[g.id]
                s.add(g)
        audit.record(s, vault.actor, "reorder", "goal", goal.id, goal.case_id, detail=f"{step:+d}")
        return True


# --- the client's agreement to the plan ---------------------------------------------------------------------------

def check_signature(png: bytes | None) -> bytes | None:
    if png is None or png == b"":
        return None
    if not png.startswith(PNG_MAGIC):
        raise ValidationError("서명 이미지가 PNG가 아닙니다.", "The signature image is not a PNG.")
    if len(png) > MAX_SIGNATURE_BYTES:
        raise ValidationError("서명 이미지가 너무 큽니다.", "The signature image is too large.")
    return png


def _check_method(cleaned: dict[str, Any], row: PlanAgreement | None = None) -> None:
    method = cleaned.get("method", row.method if row else None)
    guardian = cleaned.get("guardian_name", row.guardian_name if row else "")
    if method == "guardian" and not (guardian or "").strip():
        raise ValidationError("보호자 동의는 ‘보호자 성명’을 적어야 합니다.",
                              "An agreement by the guardian needs the ‘Guardian's name’.")


def add_agreement(vault: Vault, case_id: str, values: dict[str, Any], signature: bytes | None = None
                  ) -> PlanAgreement:
    """Record that the client agreed to the plan (date, how), with the signature drawn on screen if any."""
    cleaned = forms.validate(forms.PLAN_AGREEMENT, values)
    _check_method(cleaned)
    png = check_signature(signature)
    with vault.session(write=True) as s:
        require_case(s, case_id)
        row = PlanAgreement(case_id=case_id, signature_png=png, **cleaned)
        detail = ",".join(sorted(cleaned)) + (",signature" if png else "")
        return records.add_in_session(vault, s, row, detail)


def edit_agreement(vault: Vault, agreement_id: str, changes: dict[str, Any], *,
                   signature: bytes | None = None, replace_signature: bool = False) -> PlanAgreement:
    """Change an agreement; with ``replace_signature`` the drawn signature becomes ``signature`` (``None``: the
    signature was cleared and is removed)."""
    cleaned = forms.validate(forms.PLAN_AGREEMENT, changes, partial=True)
    if replace_signature:
        cleaned["signature_png"] = check_signature(signature)
    with vault.session(write=True) as s:
        row = records.load_for_change(s, PlanAgreement, agreement_id)
        _check_method(cleaned, row)
        records.apply_changes(vault, s, row, cleaned)
        return row
