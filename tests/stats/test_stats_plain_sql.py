"""The plain-SQL path (issue 13's speed) gives exactly the figures of the SQLAlchemy sources drill-down reads."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from caseapp.domain.statistics import Period
from caseapp.services import statistics

PERIODS = (Period.year(2025), Period.month(2026, 3), Period(date(2024, 6, 1), date(2026, 12, 31)),
           Period(date(2025, 11, 17), date(2026, 2, 9)))
FILTERS = ((None, None), (None, "general"), ("이복지", None), ("김사회", "complex"))


@pytest.mark.parametrize("period", PERIODS, ids=lambda p: f"{p.start}..{p.end}")
def test_every_figure_and_monthly_bar_equals_the_reference(demo_file: Any, period: Period) -> None:
    totals = []
    with demo_file.vault.session() as s:
        for practitioner, level in FILTERS:
            pid = statistics.practitioner_id_for(s, practitioner)
            fast = statistics.compute(s, period, pid, level=level)
            reference = statistics.compute_by_sources(s, period, pid, level=level)
            assert fast.figures == reference.figures, (practitioner, level)
            assert fast.monthly == reference.monthly, (practitioner, level)
            totals.append(reference.figures["cases.served"])
    assert totals[0] > 0  # not a comparison of zeros: the unfiltered period has cases


def test_the_data_exercises_the_filters(demo_file: Any) -> None:
    """Guard against a vacuous comparison: each filter leaves some cases and removes others."""
    whole = Period(date(2024, 6, 1), date(2026, 12, 31))
    served = {f: statistics.statistics(demo_file.vault, whole, *f).figures["cases.served"] for f in FILTERS}
    assert 0 < served[("이복지", None)] < served[(None, None)]
    assert 0 < served[(None, "general")] < served[(None, None)]


def test_a_second_run_with_other_values_reuses_nothing_stale(demo_file: Any) -> None:
    """The compiled statements are kept per filter shape: a new period or practitioner binds its own values."""
    march, april = Period.month(2026, 3), Period.month(2026, 4)
    first = statistics.statistics(demo_file.vault, march, "김사회").figures
    other = statistics.statistics(demo_file.vault, april, "이복지").figures
    with demo_file.vault.session() as s:
        assert first == statistics.compute_by_sources(
            s, march, statistics.practitioner_id_for(s, "김사회")).figures
        assert other == statistics.compute_by_sources(
            s, april, statistics.practitioner_id_for(s, "이복지")).figures


def test_referral_categories_follow_the_resource_table(vault: Any) -> None:
    """The plain path reads each resource's category once instead of joining it per referral: a resource's edited
    category counts at once, as the reference (the join) says."""
    from caseapp.services import entries
    from tests.stats.stats_builders import open_case
    case = open_case(vault, "분야검사", "2026-03-02")
    housing = entries.add_resource(vault, {"name": "주거지원센터", "kind": "organisation", "category": "housing"})
    entries.add(vault, case.id, "referral", {"resource_id": housing.id, "status": "sent", "sent_on": "2026-03-10"})
    march = Period.month(2026, 3)

    def figures() -> dict[str, Any]:
        with vault.session() as s:
            fast = statistics.compute(s, march, sources={"referrals"}).figures
            assert fast == statistics.compute_by_sources(s, march, sources={"referrals"}).figures
            return fast

    before = figures()
    assert (before["referrals.by_category.housing"], before["referrals.by_category.health"]) == (1, 0)
    entries.edit_resource(vault, housing.id, {"category": "health"})
    after = figures()
    assert (after["referrals.by_category.housing"], after["referrals.by_category.health"]) == (0, 1)
