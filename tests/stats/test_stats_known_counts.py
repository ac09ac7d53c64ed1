"""Every figure over records with known counts (stats_builders): March 2026, plus February and a practitioner."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from caseapp.domain import statistics as defs
from caseapp.domain.gas import t_score
from caseapp.domain.statistics import Period
from caseapp.services import statistics

MARCH = Period.month(2026, 3)

# Every non-zero figure of March 2026; every other figure must be 0 (counts) or None (means without records).
EXPECTED_MARCH: dict[str, Any] = {
    "cases.held_start": 2, "cases.opened": 1, "cases.reopened": 1, "cases.closed": 2, "cases.held_end": 2,
    "cases.served": 4, "cases.closed_without_plan": 1,
    "cases.opened_by_route.self": 1,
    "cases.selected": 1, "cases.not_selected": 1,  # B: information only, then general (each case once per figure)
    "cases.selected_by_level.general": 1, "cases.selected_by_level.information_only": 1,
    "cases.by_household_type.older_alone": 1, "cases.by_household_type.single": 1,
    "cases.by_household_type.single_parent": 1, "cases.by_household_type.unknown": 1,
    "cases.by_livelihood.recipient": 1, "cases.by_livelihood.near_poverty": 1, "cases.by_livelihood.general": 1,
    "cases.by_livelihood.unknown": 1,
    "conferences.by_kind.integrated": 1, "supervision.total": 1,
    "cases.by_stage.monitoring": 2, "cases.by_stage.termination": 2,
    "cases.closed_by_reason.goals_achieved": 1, "cases.closed_by_reason.no_contact": 1,
    "cases.by_sex.F": 2, "cases.by_sex.M": 1, "cases.by_sex.X": 1,
    "cases.by_age_band.0_18": 1, "cases.by_age_band.19_39": 1, "cases.by_age_band.65_plus": 1,
    "cases.by_age_band.unknown": 1,
    "services.total": 5, "services.minutes": 125, "services.clients": 4, "services.home_visits": 1,
    "services.by_type.counselling": 1, "services.by_type.information": 1, "services.by_type.crisis_intervention": 1,
    "services.by_type.coordination": 1, "services.by_type.referral": 1,
    "services.minutes_by_type.counselling": 60, "services.minutes_by_type.information": 15,
    "services.minutes_by_type.crisis_intervention": 30, "services.minutes_by_type.referral": 20,
    "services.by_kind.direct": 3, "services.by_kind.indirect": 2,
    "services.by_mode.home_visit": 1, "services.by_mode.phone": 1, "services.by_mode.office": 1,
    "services.by_mode.outreach": 1, "services.by_mode.online": 1,
    "services.minutes_by_mode.home_visit": 60, "services.minutes_by_mode.phone": 15,
    "services.minutes_by_mode.office": 30, "services.minutes_by_mode.online": 20,
    "services.by_need_area.housing_rights": 1, "services.by_need_area.health": 1, "services.by_need_area.none": 3,
    "referrals.total": 2, "referrals.accepted": 1, "referrals.acceptance_rate": 0.5,
    "referrals.days_to_acceptance": 3.0, "referrals.by_status.accepted": 1, "referrals.by_status.declined": 1,
    "referrals.by_category.housing": 1, "referrals.by_category.health": 1,
    "conferences.total": 1, "reviews.total": 1, "follow_ups.due": 1, "follow_ups.done": 1,
    "plans.made": 1, "plans.mean_days": 5.0, "plans.within_deadline": 1, "plans.within_deadline_share": 1.0,
    "outcomes.gas_cases": 1, "outcomes.gas_t_intake": round(t_score([-1, -1]), 2),
    "outcomes.gas_t_termination": 50.0, "outcomes.goals_scored": 2, "outcomes.goals_achieved": 1,
    "outcomes.need_pairs.economy": 1, "outcomes.need_pairs.health": 1,
    "outcomes.need_intake.economy": 3.0, "outcomes.need_intake.health": 2.0,
    "outcomes.need_closing.economy": 1.0, "outcomes.need_closing.health": 2.0,
    "outcomes.need_change.economy": -2.0, "outcomes.need_change.health": 0.0,
}


def _expected_default(key: str) -> Any:
    ref = defs.find_figure(key)
    return None if ref.measure.startswith(("mean", "gas_t", "ratio")) else 0


def test_every_figure_of_march_matches_the_known_records(known_file: Any) -> None:
    figures = statistics.statistics(known_file.vault, MARCH).figures
    assert list(figures) == defs.figure_keys()  # one key per declared figure, in declaration order
    wrong = {k: (v, EXPECTED_MARCH.get(k, _expected_default(k))) for k, v in figures.items()
             if v != EXPECTED_MARCH.get(k, _expected_default(k))}
    assert wrong == {}, "figure: (computed, expected)"


def test_a_selection_level_narrows_every_figure_to_the_cases_at_that_level(known_file: Any) -> None:
    complex_ = statistics.statistics(known_file.vault, MARCH, level="고난도사례")  # A's level in force
    assert complex_.level == "complex" and complex_.figures["cases.served"] == 1
    assert complex_.figures["services.total"] == 2 and complex_.figures["supervision.total"] == 1
    general = statistics.statistics(known_file.vault, MARCH, level="general")  # B: decided twice, general now
    assert general.figures["cases.opened"] == 1 and general.figures["cases.selected"] == 1
    assert [r.case_number for r in statistics.drill(known_file.vault, MARCH, "cases.served", level="general")] == \
        [known_file.known.numbers["B"]]
    from caseapp.errors import ValidationError
    with pytest.raises(ValidationError):
        statistics.statistics(known_file.vault, MARCH, level="nonsense")


def test_the_caseload_balances(known_file: Any) -> None:
    f = statistics.statistics(known_file.vault, MARCH).figures
    assert f["cases.held_start"] + f["cases.opened"] + f["cases.reopened"] - f["cases.closed"] == f["cases.held_end"]


def test_monthly_series_cover_every_month_of_the_period(known_file: Any) -> None:
    result = statistics.statistics(known_file.vault, Period(date(2026, 2, 1), date(2026, 4, 30)))
    assert result.monthly["services.total"] == {"2026-02": 1, "2026-03": 5, "2026-04": 1}
    assert result.monthly["services.minutes"] == {"2026-02": 45, "2026-03": 125, "2026-04": 40}
    assert result.monthly["cases.opened"] == {"2026-02": 1, "2026-03": 1, "2026-04": 1}
    assert result.monthly["cases.closed"] == {"2026-02": 0, "2026-03": 2, "2026-04": 0}


def test_february_places_the_plan_of_a_and_nothing_of_march(known_file: Any) -> None:
    f = statistics.statistics(known_file.vault, Period.month(2026, 2)).figures
    assert (f["plans.made"], f["plans.mean_days"], f["services.total"], f["cases.opened"]) == (1, 10.0, 1, 1)
    assert f["cases.held_end"] == 2  # A (implementation) and E (monitoring); C was in follow-up
    assert f["referrals.total"] == 0 and f["referrals.acceptance_rate"] is None


def test_a_reopened_case_is_not_counted_as_closed_in_its_first_closing_month(known_file: Any) -> None:
    f = statistics.statistics(known_file.vault, Period.month(2026, 1)).figures
    assert f["cases.closed"] == 0  # C's current closed_on is empty since the reopening
    assert f["cases.held_end"] == 1  # E (planning); C closed on 15 January and was in follow-up on the 31st
    assert (f["cases.by_stage.follow_up"], f["cases.by_stage.termination"]) == (1, 0)


def test_one_practitioners_cases_only(known_file: Any) -> None:
    mine = statistics.statistics(known_file.vault, MARCH, practitioner="김사회").figures
    theirs = statistics.statistics(known_file.vault, MARCH, practitioner=known_file.known.other_practitioner).figures
    assert (mine["services.total"], theirs["services.total"]) == (3, 2)
    assert (mine["referrals.total"], theirs["referrals.total"]) == (1, 1)
    assert (mine["cases.served"], theirs["cases.served"]) == (3, 1)


def test_an_unknown_practitioner_is_refused(known_file: Any) -> None:
    from caseapp.errors import NotFound
    with pytest.raises(NotFound):
        statistics.statistics(known_file.vault, MARCH, practitioner="없는사람")


def test_drill_lists_the_records_behind_a_figure(known_file: Any) -> None:
    numbers = known_file.known.numbers
    rows = statistics.drill(known_file.vault, MARCH, "services.by_need_area.none")
    assert sorted(r.case_number for r in rows) == sorted([numbers["A"], numbers["C"], numbers["E"]])
    last_day = statistics.drill(known_file.vault, MARCH, "services.by_type.information")
    assert [(r.case_number, r.on) for r in last_day] == [(numbers["A"], date(2026, 3, 31))]
    closed = statistics.drill(known_file.vault, MARCH, "cases.closed")
    assert sorted(r.case_number for r in closed) == sorted([numbers["B"], numbers["E"]])
    minutes = statistics.drill(known_file.vault, MARCH, "services.minutes")
    assert sum(int(r.value or 0) for r in minutes) == 125 and len(minutes) == 5


def test_drill_of_a_ratio_lists_its_denominator_valued_by_the_numerator(known_file: Any) -> None:
    rows = statistics.drill(known_file.vault, MARCH, "referrals.acceptance_rate")
    assert sorted(r.value for r in rows) == [0, 1]


def test_every_figure_can_be_drilled_and_counts_agree(known_file: Any) -> None:
    figures = statistics.statistics(known_file.vault, MARCH).figures
    for key in defs.figure_keys():
        ref = defs.find_figure(key)
        rows = statistics.drill(known_file.vault, MARCH, key)
        if ref.measure == "count":
            assert len(rows) == figures[key], key


def test_the_destroyed_case_appears_nowhere(known_file: Any) -> None:
    destroyed = known_file.known.ids["D"]
    for key in defs.figure_keys():
        assert destroyed not in {r.case_id for r in statistics.drill(known_file.vault, MARCH, key)}, key


def test_an_unknown_key_is_a_clear_error(known_file: Any) -> None:
    from caseapp.errors import ValidationError
    with pytest.raises(ValidationError):
        statistics.drill(known_file.vault, MARCH, "cases.nonsense")


def test_periods() -> None:
    assert Period.parse("2026-Q1") == Period(date(2026, 1, 1), date(2026, 3, 31))
    assert Period.parse("2024-02").end == date(2024, 2, 29)
    assert [m.start.month for m in Period.parse("2026").months()] == list(range(1, 13))
    assert Period(date(2026, 1, 20), date(2026, 2, 10)).months() == [
        Period(date(2026, 1, 20), date(2026, 1, 31)), Period(date(2026, 2, 1), date(2026, 2, 10))]
    with pytest.raises(ValueError):
        Period(date(2026, 2, 1), date(2026, 1, 1))
    with pytest.raises(ValueError):
        Period.parse("March")


def test_t_score_of_sum_matches_the_gas_module() -> None:
    for scores in ([-1], [0, 0], [2, -1, 1], [-2, -2, -2, -2]):
        assert defs.t_score_of_sum(sum(scores), len(scores)) == pytest.approx(t_score(scores))
