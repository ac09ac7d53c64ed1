"""Goal Attainment Scaling (Kiresuk & Sherman): −2..+2 per goal and the aggregate T-score."""

from __future__ import annotations

import math
from collections.abc import Sequence

from caseapp.domain.labels import Label

GAS_LEVELS: dict[int, Label] = {
    -2: Label("기대보다 매우 못 미침", "Much less than expected"),
    -1: Label("기대보다 못 미침", "Less than expected"),
    0: Label("기대 수준", "Expected level"),
    1: Label("기대보다 나음", "More than expected"),
    2: Label("기대보다 매우 나음", "Much more than expected"),
}

GAS_FIELDS = {-2: "gas_minus2", -1: "gas_minus1", 0: "gas_zero", 1: "gas_plus1", 2: "gas_plus2"}


def valid_score(score: int) -> bool:
    return isinstance(score, int) and -2 <= score <= 2


def t_score(scores: Sequence[int], weights: Sequence[float] | None = None, rho: float = 0.3) -> float | None:
    """Aggregate GAS T-score; 50 means goals met as expected. ``None`` for no scores."""
    if not scores:
        return None
    w = list(weights) if weights else [1.0] * len(scores)
    if len(w) != len(scores):
        raise ValueError("one weight per score")
    num = 10 * sum(wi * xi for wi, xi in zip(w, scores))
    den = math.sqrt((1 - rho) * sum(wi * wi for wi in w) + rho * sum(w) ** 2)
    return 50 + num / den
