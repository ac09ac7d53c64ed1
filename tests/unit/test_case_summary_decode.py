"""The today list's deadlines decoded from many stored summaries at once (``case_summary.decode_due_by``): the same
deadlines as decoding each case alone and keeping those due by their kind's limit, however the cases are chunked."""

from __future__ import annotations

import json
from datetime import date, timedelta

from caseapp.domain import case_summary
from caseapp.domain.deadlines import DeadlineKind


def _stored(i: int, start: date) -> str:
    kinds = list(DeadlineKind)
    return json.dumps([[kinds[(i + k) % len(kinds)].name, (start + timedelta(days=(i * 7 + k * 11) % 90)).isoformat(),
                        f"ref-{i}-{k}" if k % 2 else None, f"{i}번 사례 할 일 {k}"] for k in range(i % 5)],
                      ensure_ascii=False)


def test_many_cases_in_several_chunks_give_each_case_its_own_deadlines_due_by_the_limit() -> None:
    start = date(2026, 11, 1)
    count = case_summary.DECODE_CHUNK * 2 + 37  # three chunks, the last a partial one
    cases = [(f"case-{i}", f"2026-{i:04d}", f"의뢰인{i}", _stored(i, start)) for i in range(count)]
    limits = {kind.name: (start + timedelta(days=10 + 5 * n)).isoformat() for n, kind in enumerate(DeadlineKind)}
    expected = [d for case_id, number, name, text in cases
                for d in case_summary.decode(text, case_id, number, name) if d.due.isoformat() <= limits[d.kind.name]]
    got = case_summary.decode_due_by(cases, limits)
    assert got == expected
    found = {int(d.case_id.split("-")[1]) // case_summary.DECODE_CHUNK for d in got}
    assert found == {0, 1, 2}  # deadlines of every chunk's cases are in it
    assert case_summary.decode_due_by([], limits) == []
