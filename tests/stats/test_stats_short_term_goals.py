"""GAS outcomes count 장기 goals: 단기 goals are steps towards one and are not counted as goals achieved of their own."""

from __future__ import annotations

from typing import Any

from caseapp.domain.statistics import Period
from caseapp.domain.vocab import Stage
from caseapp.services import entries, statistics
from stats_builders import open_case, walk


def test_short_term_goals_do_not_count_as_goals_scored_or_achieved(vault: Any) -> None:
    case = open_case(vault, "한지민", "2026-03-02")
    long_goal = entries.add(vault, case.id, "goal", {"statement": "집에서 계속 살고 싶어요"})
    first = entries.add(vault, case.id, "goal", {"statement": "주거급여 신청", "parent_id": long_goal.id})
    second = entries.add(vault, case.id, "goal", {"statement": "밀린 월세 정리", "parent_id": long_goal.id})
    walk(vault, case.id, [(Stage.PLANNING, "2026-03-05"), (Stage.IMPLEMENTATION, "2026-03-06"),
                          (Stage.MONITORING, "2026-03-10"), (Stage.TERMINATION, "2026-03-25")])
    entries.add_termination(vault, case.id, {"terminated_on": "2026-03-25", "reason": "goals_achieved"},
                            {long_goal.id: -1, first.id: 2, second.id: 1})
    figures = statistics.statistics(vault, Period.month(2026, 3)).figures
    assert figures["outcomes.goals_scored"] == 1
    assert figures["outcomes.goals_achieved"] == 0  # the 장기 goal scored −1; its steps' +2 and +1 do not count
    assert figures["outcomes.gas_cases"] == 1
