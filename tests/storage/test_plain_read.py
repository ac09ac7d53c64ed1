"""A case read with plain SQL (what opening a case does) comes back exactly as the ORM reads it: the same values of
the same types in the same order, detached with their identity, so a record edited from it is updated, not copied."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import inspect
from sqlmodel import col, select

from caseapp.errors import NotFound
from caseapp.services import cases, demo_data
from caseapp.storage import case_keys, plain_read
from caseapp.storage.models import Case, ServiceEntry

CASE_KINDS = [name for name in cases.CaseSnapshot.__dataclass_fields__ if name not in ("case", "client", "assessments",
                                                                                       "resources")]


def _typed(obj: Any) -> tuple[str, dict[str, tuple[str, Any]]]:
    return type(obj).__name__, {k: (type(v).__name__, v) for k, v in obj.model_dump().items()}


def test_every_record_of_demo_cases_reads_as_the_orm_reads_it(vault) -> None:
    demo_data.generate(vault, 6, seed=3)
    with vault.session() as s:
        case_ids = list(s.exec(select(Case.id).order_by(Case.case_number)))
        for case_id in case_ids:
            snap = cases.snapshot_in(s, case_id)
            assert _typed(snap.case) == _typed(s.get(Case, case_id))
            for kind in CASE_KINDS:
                rows = getattr(snap, kind)
                for row in rows:  # each row the ORM's own, field for field and type for type
                    assert _typed(row) == _typed(s.get(type(row), row.id))
            orm = list(s.exec(select(ServiceEntry).where(ServiceEntry.case_id == case_id)
                              .order_by(ServiceEntry.occurred_on, ServiceEntry.created_at)))
            assert [_typed(e) for e in snap.services] == [_typed(e) for e in orm]
            for view in snap.assessments:
                assert {a: _typed(r) for a, r in view.ratings.items()} == \
                    {r.area: _typed(r) for r in orm_ratings(s, view.assessment.id)}
    filled = [kind for kind in CASE_KINDS if any(getattr(cases.snapshot(vault, c), kind) for c in case_ids)]
    assert {"services", "household", "consents", "eco", "goals", "transitions"} <= set(filled)  # not an empty test


def orm_ratings(s: Any, assessment_id: str) -> list[Any]:
    from caseapp.storage.models import NeedRating
    return list(s.exec(select(NeedRating).where(col(NeedRating.assessment_id) == assessment_id)))


def test_rows_are_detached_with_their_identity_so_an_edit_updates_the_record(vault, case) -> None:
    entry = cases.snapshot(vault, case.id).case
    state = inspect(entry)
    assert state.detached and state.identity == (case.id,)
    entry.presenting_request = "주거 문제 해결 후 종결 검토"
    with vault.session(write=True) as s:
        s.add(entry)  # a transient copy would be INSERTed and fail on the primary key
    with vault.session() as s:
        assert len(plain_read.rows(s, Case, "id = ?", (case_keys.key(case.id),))) == 1
    assert cases.snapshot(vault, case.id).case.presenting_request == "주거 문제 해결 후 종결 검토"


def test_a_missing_case_is_reported_not_crashed(vault) -> None:
    with pytest.raises(NotFound):
        cases.snapshot(vault, "no-such-case")
