"""The statistics read their rows from migration 0016's covering indexes, and the report's connection gets the cache
ceiling: what keeps a year's figures over 10,000 cases under a second (tests/benchmarks/bench_stats.py)."""

from __future__ import annotations

from typing import Any

import pytest

from caseapp.domain.statistics import Period
from caseapp.services import statistics
from caseapp.storage.engine import CACHE_CEILING_KIB

YEAR = Period.year(2026)


def _plan(s: Any, source: str) -> str:
    """The query plans of the statements the figures of ``source`` run (as traced, with their values)."""
    conn = s.connection().connection.driver_connection
    ran: list[str] = []
    conn.set_trace_callback(ran.append)
    try:
        statistics.compute(s, YEAR, sources={source})
    finally:
        conn.set_trace_callback(None)
    reading = [sql for sql in ran if sql.lstrip().upper().startswith(("SELECT", "CREATE TEMP"))
               and "FROM temp." not in sql]
    assert reading, ran
    cur = conn.cursor()
    return "\n".join(str(row[-1]) for sql in reading for row in cur.execute("EXPLAIN QUERY PLAN " + sql))


@pytest.mark.parametrize(("source", "index"), [
    ("services", "COVERING INDEX ix_serviceentry_stats"),
    ("need_pairs", "COVERING INDEX ix_needrating_stats"),
    ("need_pairs", "COVERING INDEX ix_assessment_stats"),
    ("closed", "COVERING INDEX ix_termination_stats"),
    ("gas", "COVERING INDEX ix_goalscore_stats"),
    ("stage_end", "COVERING INDEX ix_stagetransition_stats"),
    ("referrals", "INDEX ix_referral_stats"),
    ("selections", "INDEX ix_caseselection_stats"),
    ("opened", "COVERING INDEX ix_case_stats"),
])
def test_each_source_reads_its_covering_index(demo_file: Any, source: str, index: str) -> None:
    with demo_file.vault.session() as s:
        assert index in _plan(s, source)


def test_gas_goals_are_reached_from_the_period_terminations_not_from_every_goal(demo_file: Any) -> None:
    with demo_file.vault.session() as s:
        plan = _plan(s, "gas")
    assert "ix_goal_parent_id" not in plan  # the join starts from the closed cases' terminations


def test_need_pairs_find_each_case_assessments_once_before_its_ratings(demo_file: Any) -> None:
    with demo_file.vault.session() as s:
        plan = _plan(s, "need_pairs")
    assert "MATERIALIZE need_pair_cases" in plan


def test_the_report_runs_at_the_cache_ceiling_and_the_pool_takes_it_back(demo_file: Any) -> None:
    with demo_file.vault.session() as s:
        pooled = s.connection().exec_driver_sql("PRAGMA cache_size").scalar()
        statistics.compute(s, YEAR)
        assert s.connection().exec_driver_sql("PRAGMA cache_size").scalar() == -CACHE_CEILING_KIB
    with demo_file.vault.session() as s:
        assert s.connection().exec_driver_sql("PRAGMA cache_size").scalar() == pooled
