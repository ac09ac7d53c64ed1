"""The agency's clock, stored in the case file: changing a number moves the Today list and ``cases --overdue``; a
bad number is refused with a clear message and nothing changes."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest

from caseapp.domain.deadlines import DEFAULT_RULES, DeadlineKind
from caseapp.errors import ValidationError
from caseapp.services import cases, deadline_rules, entries
from tests.dates import today


@pytest.fixture
def run(run_cli: Any) -> Any:
    return run_cli


def opened_days_ago(vault: Any, days: int, name: str = "최민호") -> Any:
    return cases.open_case(vault, {"name": name}, {"opened_on": (today() - timedelta(days=days)).isoformat()})


def test_a_shorter_assessment_rule_makes_a_case_overdue_in_the_list_and_today(vault, run) -> None:  # type: ignore[no-untyped-def]
    case = opened_days_ago(vault, 8)
    code, out, _ = run("cases", "--overdue", "--json")
    assert code == 0 and json.loads(out) == []  # 8 days after intake: the assessment is due in 2 days
    code, out, _ = run("deadline-rules", "--set", "assessment_within_days=7", "--json")
    assert code == 0 and json.loads(out)["assessment_within_days"] == 7
    code, out, _ = run("cases", "--overdue", "--json")
    assert [c["case_number"] for c in json.loads(out)] == [case.case_number]
    due = [d for d in cases.upcoming_deadlines(vault) if d.case_id == case.id]
    assert [(d.kind, d.due) for d in due][:1] == [(DeadlineKind.ASSESSMENT, today() - timedelta(days=1))]


def test_the_selection_rule_counts_from_the_assessment(vault) -> None:  # type: ignore[no-untyped-def]
    case = opened_days_ago(vault, 12)
    entries.add_assessment(vault, case.id, {"kind": "intake", "assessed_on": (today() - timedelta(days=4)).isoformat(),
                                            "risk_level": "moderate"})
    kinds = {d.kind: d.due for d in cases.list_cases(vault)[0].deadlines}
    assert kinds[DeadlineKind.SELECTION] == today() + timedelta(days=1)
    deadline_rules.set_deadline_rules(vault, {"selection_within_days": 3})
    assert cases.list_cases(vault, overdue=True)[0].case_number == case.case_number


def test_monitoring_follows_the_agency_interval_unless_the_case_sets_one(vault) -> None:  # type: ignore[no-untyped-def]
    from caseapp.services.cases import all_facts
    own = cases.open_case(vault, {"name": "정하나"}, {"monitoring_interval_days": 14})
    plain = opened_days_ago(vault, 0, "오세진")
    with vault.session() as s:
        facts = {f.case_id: f for f in all_facts(s)}
    assert facts[own.id].monitoring_interval_days == 14
    assert facts[plain.id].monitoring_interval_days is None  # the rules decide (by selection level)


def test_bad_numbers_are_refused_and_nothing_is_saved(vault, run) -> None:  # type: ignore[no-untyped-def]
    deadline_rules.set_deadline_rules(vault, {"plan_within_days": 25})
    with pytest.raises(ValidationError):
        deadline_rules.set_deadline_rules(vault, {"plan_within_days": 25, "selection_within_days": 0})
    assert deadline_rules.deadline_rules(vault).plan_within_days == 25
    assert deadline_rules.deadline_rules(vault).selection_within_days == DEFAULT_RULES.selection_within_days
    code, _, err = run("deadline-rules", "--set", "plan_within_days=forty")
    assert code != 0 and "between 1 and 365" in err and "Traceback" not in err
    code, _, err = run("deadline-rules", "--set", "no_such_rule=3")
    assert code != 0 and "Unknown deadline rule" in err
    code, out, _ = run("deadline-rules", "--reset", "--json")
    assert code == 0 and json.loads(out) == DEFAULT_RULES.to_dict()
