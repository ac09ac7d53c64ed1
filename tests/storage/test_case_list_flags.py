"""The case list's overdue / due-this-week flags and next due date are read in SQL from the stored summary; they must
be exactly what the deadlines computed in Python say, for every case, on any day and under the agency's own rules."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from caseapp.domain.deadlines import deadlines_for, next_due
from caseapp.services import case_summaries, cases, demo_data
from caseapp.services.case_facts import all_facts, rules_in
from caseapp.services.deadline_rules import set_deadline_rules
from caseapp.services.setup import initialise
from tests.conftest import PASSPHRASE


@pytest.fixture
def demo_vault(data_dir):  # type: ignore[no-untyped-def]
    vault, _ = initialise(PASSPHRASE, "김사회", "행복종합사회복지관")
    demo_data.generate(vault, 40, seed=5)
    yield vault
    vault.close()


def _computed(vault, today: date) -> list[tuple]:  # type: ignore[no-untyped-def]
    with vault.session() as s:
        rules, facts = rules_in(s), all_facts(s)
    out = []
    for f in sorted(facts, key=lambda f: f.case_number):
        dls = deadlines_for(f, rules)
        out.append((f.case_number, next_due(dls), any(d.is_overdue(today) for d in dls),
                    any(d.is_due_this_week(today) for d in dls)))
    return out


def _listed(vault, today: date, **filters) -> list[tuple]:  # type: ignore[no-untyped-def]
    return [(c.case_number, c.next_due, c.overdue, c.due_this_week)
            for c in cases.list_cases(vault, today=today, **filters)]


def test_flags_match_the_python_computation_on_every_day_and_rule_set(demo_vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    vault = demo_vault
    days = [date.today() + timedelta(days=n) for n in (-30, -1, 0, 3, 7, 8, 45)]
    flagged = set()
    for rules in ({}, {"plan_within_days": 3, "monitoring_general_days": 10, "monitoring_intensive_days": 7}):
        if rules:
            set_deadline_rules(vault, rules)
        for today in days:
            expected = _computed(vault, today)
            assert _listed(vault, today) == expected
            assert _listed(vault, today, overdue=True) == [r for r in expected if r[2]]
            assert _listed(vault, today, due_this_week=True) == [r for r in expected if r[3]]
            flagged |= {(r[2], r[3]) for r in expected}
    assert flagged == {(False, False), (True, False), (False, True), (True, True)}  # every combination was compared
    # Summaries made with other rules are computed on the fly in Python: the same answer.
    today = date.today()
    expected = _computed(vault, today)
    monkeypatch.setattr(case_summaries, "basis", lambda _session: "other rules")
    assert _listed(vault, today) == expected
