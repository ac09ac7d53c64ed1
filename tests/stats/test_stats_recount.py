"""Property: for any period, the SQL figures equal a naive recount over every case's ``show --json``."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caseapp.domain import statistics as defs
from caseapp.domain.statistics import Period
from caseapp.domain.vocab import ContactMode, PracticeType, ReferralStatus
from caseapp.services import statistics


@pytest.fixture(scope="module")
def shown(demo_file: Any) -> list[dict[str, Any]]:
    """``caseapp show --json`` of every case that still exists (a destroyed case has no record to show)."""
    from sqlmodel import select

    from caseapp.cli import snapshot_json
    from caseapp.services import cases
    from caseapp.storage.models import Case
    with demo_file.vault.session() as s:
        ids = [c.id for c in s.exec(select(Case).where(Case.destroyed_at == None))]  # noqa: E711
    return [snapshot_json(cases.snapshot(demo_file.vault, i)) for i in ids]


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _inside(text: str | None, p: Period) -> bool:
    day = _day(text)
    return day is not None and p.start <= day <= p.end


def _stage_on(case: dict[str, Any], day: date) -> str | None:
    if _day(case["case"]["opened_on"]) > day:  # type: ignore[operator]
        return None
    moves = sorted((t for t in case["stage_history"] if _day(t["moved_on"]) <= day),  # type: ignore[operator]
                   key=lambda t: t["moved_on"])  # stable: same-day moves keep the order they were written
    return moves[-1]["to_stage"] if moves else "intake"


def recount(shown: list[dict[str, Any]], p: Period) -> dict[str, Any]:
    out: Counter[str] = Counter()
    clients: set[str] = set()
    for c in shown:
        case = c["case"]
        out["cases.opened"] += _inside(case["opened_on"], p)
        out["cases.closed"] += _inside(case["closed_on"], p)
        out["cases.held_start"] += _stage_on(c, p.start - timedelta(days=1)) in defs.ACTIVE_STAGES
        end_stage = _stage_on(c, p.end)
        out["cases.held_end"] += end_stage in defs.ACTIVE_STAGES
        if end_stage:
            out[f"cases.by_stage.{end_stage}"] += 1
        for e in c["services"]:
            if _inside(e["occurred_on"], p):
                out["services.total"] += 1
                out["services.minutes"] += e["duration_min"] or 0
                out[f"services.by_type.{e['practice_type']}"] += 1
                out[f"services.by_mode.{e['contact_mode']}"] += 1
                clients.add(c["client"]["id"])
        for r in c["referrals"]:
            if _inside(r["sent_on"], p):
                out["referrals.total"] += 1
                out[f"referrals.by_status.{r['status']}"] += 1
        out["conferences.total"] += sum(_inside(x["held_on"], p) for x in c["conferences"])
        out["reviews.total"] += sum(_inside(x["reviewed_on"], p) for x in c["reviews"])
        due = [f for f in c["follow_ups"] if _inside(f["due_on"], p)]
        out["follow_ups.due"] += len(due)
        out["follow_ups.done"] += sum(f["done_on"] is not None for f in due)
    out["services.clients"] = len(clients)
    return dict(out)


COMPARED = (["cases.opened", "cases.closed", "cases.held_start", "cases.held_end", "services.total",
             "services.minutes", "services.clients", "referrals.total", "conferences.total", "reviews.total",
             "follow_ups.due", "follow_ups.done"]
            + [f"services.by_type.{t.value}" for t in PracticeType] + [f"services.by_mode.{m.value}" for m in ContactMode]
            + [f"referrals.by_status.{s.value}" for s in ReferralStatus]
            + [f"cases.by_stage.{s}" for s in defs.ACTIVE_STAGES + defs.CLOSED_STAGES])

periods = st.builds(lambda start, days: Period(start, start + timedelta(days=days)),
                    st.dates(date(2024, 6, 1), date(2026, 11, 30)), st.integers(0, 400))


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(period=periods)
def test_sql_figures_equal_a_naive_recount_of_show_json(demo_file: Any, shown: list[dict[str, Any]],
                                                        period: Period) -> None:
    figures = statistics.statistics(demo_file.vault, period).figures
    naive = recount(shown, period)
    assert {k: figures[k] for k in COMPARED} == {k: naive.get(k, 0) for k in COMPARED}


def test_the_demo_file_exercises_the_recount(shown: list[dict[str, Any]]) -> None:
    """Guard against a vacuous property: the data has services, referrals and closings across 2025–2026."""
    naive = recount(shown, Period(date(2024, 6, 1), date(2026, 12, 1)))
    assert naive["services.total"] > 50 and naive["referrals.total"] > 10 and naive["cases.closed"] > 3
