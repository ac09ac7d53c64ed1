"""The plan's goals as a two-level tree: 장기 (long-term) goals, each with its 단기 (short-term) goals under it.

Pure functions over goal rows (anything with ``id``, ``parent_id``, ``position`` and ``created_at``), so the plan
tab, the PDF, ``show`` and the statistics number and order goals the same way: 장기 goals 1, 2, …; the 단기 goals
under goal 1 are 1-1, 1-2, …. Siblings are ordered by ``position``, then by when they were written.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from caseapp.domain.vocab import GoalTerm
from caseapp.errors import ValidationError


class GoalLike(Protocol):
    id: str
    parent_id: str | None
    position: int
    created_at: Any


def _sibling_key(goal: GoalLike) -> tuple[int, Any, str]:
    return (goal.position, goal.created_at, goal.id)


def roots_and_children(goals: Sequence[GoalLike]) -> tuple[list[GoalLike], dict[str, list[GoalLike]]]:
    """장기 goals in order, and each one's 단기 goals in order. A 단기 goal whose parent is missing (not in
    ``goals``) is shown as a 장기 goal rather than lost."""
    ids = {g.id for g in goals}
    roots = sorted((g for g in goals if not g.parent_id or g.parent_id not in ids), key=_sibling_key)
    children: dict[str, list[GoalLike]] = {}
    for g in goals:
        if g.parent_id and g.parent_id in ids:
            children.setdefault(g.parent_id, []).append(g)
    for kids in children.values():
        kids.sort(key=_sibling_key)
    return roots, children


def tree_order(goals: Sequence[GoalLike]) -> list[Any]:
    """Every goal once: each 장기 goal followed by its 단기 goals."""
    roots, children = roots_and_children(goals)
    out: list[Any] = []
    for root in roots:
        out.append(root)
        out.extend(children.get(root.id, []))
    return out


def goal_numbers(goals: Sequence[GoalLike]) -> dict[str, str]:
    """Goal id -> its number in the plan: "1", "2" for 장기 goals, "1-1", "1-2" for the 단기 goals under 1."""
    roots, children = roots_and_children(goals)
    numbers: dict[str, str] = {}
    for i, root in enumerate(roots, 1):
        numbers[root.id] = str(i)
        for j, kid in enumerate(children.get(root.id, []), 1):
            numbers[kid.id] = f"{i}-{j}"
    return numbers


def is_short_term(goal: GoalLike) -> bool:
    return bool(goal.parent_id)


def term_of(parent_id: str | None) -> str:
    return GoalTerm.SHORT.value if parent_id else GoalTerm.LONG.value


def siblings(goals: Sequence[GoalLike], goal_id: str) -> list[GoalLike]:
    """The goal and the goals at the same level under the same parent, in order."""
    by_id = {g.id: g for g in goals}
    goal = by_id[goal_id]
    roots, children = roots_and_children(goals)
    if goal in roots:
        return roots
    return children[goal.parent_id or ""]


def moved_positions(goals: Sequence[GoalLike], goal_id: str, step: int) -> dict[str, int]:
    """New positions (id -> position) for the goal's level after moving it ``step`` places (−1 up, +1 down);
    empty when it is already first or last. Positions are renumbered 0, 1, 2 … so old ties are resolved."""
    level = list(siblings(goals, goal_id))
    index = next(i for i, g in enumerate(level) if g.id == goal_id)
    target = index + step
    if not 0 <= target < len(level):
        return {}
    level.insert(target, level.pop(index))
    return {g.id: i for i, g in enumerate(level)}


def check_parent(goal_id: str | None, parent: GoalLike | None, has_children: bool) -> None:
    """A 단기 goal hangs under a 장기 goal of the same plan; the tree has two levels only."""
    if parent is None:
        return
    if goal_id is not None and parent.id == goal_id:
        raise ValidationError("목표를 자기 자신 아래에 둘 수 없습니다.", "A goal cannot sit under itself.")
    if parent.parent_id:
        raise ValidationError("단기 목표 아래에는 목표를 둘 수 없습니다. 장기 목표를 고르세요.",
                              "A goal cannot sit under a short-term goal: pick a long-term goal.")
    if has_children:
        raise ValidationError("단기 목표가 딸린 장기 목표는 다른 목표 아래로 옮길 수 없습니다.",
                              "A long-term goal with short-term goals under it cannot move under another goal.")
