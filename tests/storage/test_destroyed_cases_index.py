"""The check every open makes, that the cases destroyed in the file are in the destruction registry, reads migration
0020's index of the destroyed cases only, not every case of the file (at 10,000 cases ~5.5 ms CPU and 30-45 ms
wall on a cold cache, on the unlock path)."""

from __future__ import annotations

from typing import Any

from caseapp.services import destruction
from caseapp.storage.models import Case


def _plans_of_case_reads(vault: Any) -> list[str]:
    with vault.session() as s:
        conn = s.connection().connection.driver_connection
        ran: list[str] = []
        conn.set_trace_callback(ran.append)
        try:
            destruction.keep_destroyed(vault)
        finally:
            conn.set_trace_callback(None)
        reads = [sql for sql in ran if sql.lstrip().upper().startswith("SELECT") and "destroyed_at" in sql]
        cur = conn.cursor()
        return [" ".join(str(row[-1]) for row in cur.execute("EXPLAIN QUERY PLAN " + sql)) for sql in reads]


def test_the_check_on_open_reads_only_the_destroyed_cases_index(vault, case, monkeypatch) -> None:
    monkeypatch.setattr(vault, "session", _same_connection(vault))
    plans = _plans_of_case_reads(vault)
    assert plans, "the check read nothing about destroyed cases"
    assert all("ix_case_destroyed" in plan for plan in plans), plans


def _same_connection(vault: Any) -> Any:
    """Every session of the check on one connection, so the trace sees its statements."""
    from contextlib import contextmanager
    outer = type(vault).session
    state: dict[str, Any] = {}

    @contextmanager
    def session(*args: Any, **kwargs: Any) -> Any:
        if "s" in state:
            yield state["s"]
            return
        with outer(vault, *args, **kwargs) as s:
            state["s"] = s
            try:
                yield s
            finally:
                del state["s"]
    return session


def test_a_destroyed_case_is_still_found_by_the_check(vault, case) -> None:
    from datetime import datetime, timezone
    with vault.session(write=True) as s:
        stored = s.get(Case, case.id)
        stored.destroyed_at = datetime(2026, 11, 1, tzinfo=timezone.utc)  # as a restore from elsewhere leaves it
        s.add(stored)
    destruction.keep_destroyed(vault)
    assert case.id in destruction.destroyed_registry()
