"""The today list picks the cases with something due from their next due date, and misses none of them."""

from __future__ import annotations

from datetime import date, timedelta

from caseapp.domain.deadlines import relevant
from caseapp.services import cases, demo_data


def test_upcoming_deadlines_are_those_of_every_case_decoded(vault) -> None:  # type: ignore[no-untyped-def]
    demo_data.generate(vault, 12, seed=3)
    start = date.today()
    found = 0
    for today in (start - timedelta(days=400), start, start + timedelta(days=25), start + timedelta(days=200)):
        listed = cases.list_cases(vault, today=today)
        every = [d for c in listed for d in c.deadlines]
        assert every, "the demo cases have deadlines"
        expected = relevant(every, today)
        assert cases.upcoming_deadlines(vault, today) == expected
        assert cases.upcoming_deadlines(vault, today, listed=listed) == expected
        found += len(expected)
    assert found  # some days had something due
