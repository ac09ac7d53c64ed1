"""Property (issue 17): random edits on two or three replicas, exchanged in any order, converge once everything has
been exchanged: every signed entry is everywhere, every value a machine last wrote is either in place or kept in a
conflict on every machine, and after the conflicts are resolved all machines hold the same content."""

from __future__ import annotations

import itertools
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from caseapp import paths
from caseapp.domain.sync_protocol import Keep
from caseapp.services import cases, entries, records
from caseapp.storage.models import Addendum, Case, ServiceEntry

from sync_replicas import PASSPHRASE, Replica, exchange_all  # type: ignore[import-not-found]

OPS = st.lists(st.tuples(st.sampled_from(["case", "entry", "edit", "edit", "sign", "addendum", "delete", "pull"]),
                         st.integers(0, 2), st.integers(0, 50), st.integers(0, 2)), min_size=1, max_size=14)
_counter = itertools.count()


@pytest.fixture
def template(sync_template: Path) -> Path:
    return sync_template


def _replicas(template: Path, base: Path, n: int) -> list[Replica]:
    from caseapp.services.vault import Vault
    made = []
    for i in range(n):
        folder = base / f"r{i}"
        shutil.copytree(template, folder)
        (folder / paths.device_id_file().name).unlink()
        replica = Replica(f"r{i}", folder)
        with replica.use():
            replica.vault = Vault.open(PASSPHRASE)
        made.append(replica)
    return made


def _entries(r: Replica) -> dict[str, ServiceEntry]:
    with r.use(), r.vault.session() as s:
        return {e.id: e for e in s.exec(select(ServiceEntry)).all()}


def _case_ids(r: Replica) -> list[str]:
    with r.use(), r.vault.session() as s:
        return sorted(c.id for c in s.exec(select(Case)).all())


def _step(reps: list[Replica], op: str, who: int, pick: int, other: int, last: dict[tuple[int, str], str]) -> None:
    r = reps[who % len(reps)]
    held = _entries(r)
    unsigned = sorted(e.id for e in held.values() if e.signed_at is None)
    signed = sorted(e.id for e in held.values() if e.signed_at is not None)
    with r.use():
        if op == "case":
            cases.open_case(r.vault, {"name": f"대상자{next(_counter)}"}, {})
        elif op == "entry" and _case_ids(r):
            case_id = _case_ids(r)[pick % len(_case_ids(r))]
            text = f"기록 {next(_counter)}"
            row = entries.add_service_entry(r.vault, case_id, "counselling", text, occurred_on="2026-11-02")
            last[(who % len(reps), row.id)] = text
        elif op == "edit" and unsigned:
            entry_id = unsigned[pick % len(unsigned)]
            text = f"수정 {next(_counter)}"
            entries.edit(r.vault, "service_entry", entry_id, {"text": text})
            last[(who % len(reps), entry_id)] = text
        elif op == "sign" and unsigned:
            entries.sign_entry(r.vault, ServiceEntry, unsigned[pick % len(unsigned)])
        elif op == "addendum" and signed:
            records.add_addendum(r.vault, ServiceEntry, signed[pick % len(signed)],
                                 {"text": f"추가 {next(_counter)}", "written_on": "2026-11-03"})
        elif op == "delete" and unsigned:
            entry_id = unsigned[pick % len(unsigned)]
            with r.vault.session() as s:
                referenced = s.exec(select(Addendum).where(Addendum.target_id == entry_id)).first()
            if referenced is None:
                records.delete(r.vault, ServiceEntry, entry_id)
                last.pop((who % len(reps), entry_id), None)
    if op == "pull" and other % len(reps) != who % len(reps):
        r.pull(reps[other % len(reps)])


def _holdings(r: Replica) -> dict[str, set[Any]]:
    """Per entry: the value in place and every value kept in an open conflict."""
    held: dict[str, set[Any]] = {e.id: {e.text} for e in _entries(r).values()}
    for c in r.conflicts():
        if c.table == "serviceentry" and c.field == "text":
            held.setdefault(c.row_id, set()).add(c.theirs)
    return held


def _content(r: Replica) -> dict[str, Any]:
    with r.use(), r.vault.session() as s:
        return {
            "entries": sorted((e.id, e.text, e.signed_at is not None, e.content_hash) for e in _entries(r).values()),
            "addenda": sorted((a.id, a.text) for a in s.exec(select(Addendum)).all()),
            "cases": sorted((c.id, c.case_number) for c in s.exec(select(Case)).all()),
        }


def _check(template: Path, tmp: Path, n: int, ops: list[tuple[str, int, int, int]]) -> None:
    base = Path(tempfile.mkdtemp(dir=tmp))
    reps = _replicas(template, base, n)
    try:
        last: dict[tuple[int, str], str] = {}
        signed_anywhere: set[str] = set()
        for op, who, pick, other in ops:
            _step(reps, op, who, pick, other, last)
            for r in reps:
                signed_anywhere |= {e.id for e in _entries(r).values() if e.signed_at is not None}
        exchange_all(reps)
        holdings = [_holdings(r) for r in reps]
        for r, held in zip(reps, holdings):
            assert signed_anywhere <= set(_entries(r))  # every signed entry everywhere
            assert held == holdings[0]  # the same values held everywhere, in place or in a conflict
        for (_who, entry_id), text in last.items():
            if entry_id in holdings[0]:
                assert text in holdings[0][entry_id] or _entries(reps[0])[entry_id].signed_at is not None \
                    or any(c.field == "__row__" for c in reps[0].conflicts() if c.row_id == entry_id)
        for _round in range(4):
            pending = [r for r in reps if r.conflicts()]
            if not pending:
                break
            for c in pending[0].conflicts():
                pending[0].resolve(c.id, Keep.MINE)
            exchange_all(reps)
        assert all(r.conflicts() == [] for r in reps)
        contents = [_content(r) for r in reps]
        assert all(c == contents[0] for c in contents)
        with reps[0].use(), reps[0].vault.session() as s:
            assert records.verify_signed(s, ServiceEntry) == []
    finally:
        for r in reps:
            r.close()
        shutil.rmtree(base, ignore_errors=True)


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(n=st.integers(2, 3), ops=OPS)
def test_replicas_converge(template: Path, tmp_path: Path, n: int, ops: list[tuple[str, int, int, int]]) -> None:
    _check(template, tmp_path, n, ops)


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(n=st.integers(2, 3), ops=OPS)
def test_replicas_converge_many(template: Path, tmp_path: Path, n: int, ops: list[tuple[str, int, int, int]]) -> None:
    _check(template, tmp_path, n, ops)
