"""Goal Attainment Scaling: the T-score practitioners compare between reviews."""

from __future__ import annotations

import math

import pytest

from caseapp.domain.gas import GAS_FIELDS, GAS_LEVELS, t_score, valid_score


def test_no_scores_no_t_score() -> None:
    assert t_score([]) is None


def test_expected_level_everywhere_is_fifty() -> None:
    assert t_score([0, 0, 0]) == 50


def test_known_values() -> None:
    assert t_score([1]) == pytest.approx(60.0)  # one goal: 50 + 10 * x
    assert t_score([1, 1]) == pytest.approx(50 + 20 / math.sqrt(0.7 * 2 + 0.3 * 4))
    assert t_score([2, -2]) == pytest.approx(50)


def test_weights_change_the_score_and_must_match() -> None:
    assert t_score([2, 0], weights=[3, 1]) > t_score([2, 0])  # type: ignore[operator]
    with pytest.raises(ValueError):
        t_score([1, 2], weights=[1])


def test_symmetric_around_fifty() -> None:
    assert t_score([2, 1]) - 50 == pytest.approx(50 - t_score([-2, -1]))  # type: ignore[operator]


def test_scale_is_minus_two_to_plus_two() -> None:
    assert sorted(GAS_LEVELS) == sorted(GAS_FIELDS) == [-2, -1, 0, 1, 2]
    assert valid_score(-2) and valid_score(2) and not valid_score(3) and not valid_score(-3)
