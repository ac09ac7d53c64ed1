"""The case list reads a maintained summary: it must say exactly what computing the deadlines afresh says."""

from __future__ import annotations

import json
from datetime import date, timedelta

from sqlalchemy import text

from caseapp.domain.deadlines import DeadlineKind, deadlines_for, next_due
from caseapp.domain.vocab import Stage
from caseapp.services import case_summaries, cases, entries
from caseapp.storage import case_keys


def _afresh(vault, today: date) -> list[tuple]:  # type: ignore[no-untyped-def]
    """What the list showed before the summary: every case's facts through deadlines_for."""
    with vault.session() as s:
        facts = cases.all_facts(s)
    out = []
    for f in sorted(facts, key=lambda f: f.case_number):
        dls = deadlines_for(f)
        out.append((f.case_number, f.client_name, f.stage, next_due(dls), any(d.is_overdue(today) for d in dls),
                    any(d.is_due_this_week(today) for d in dls), sorted((d.kind.name, d.due, d.ref_id, d.detail) for d in dls)))
    return out


def _listed(vault, today: date) -> list[tuple]:  # type: ignore[no-untyped-def]
    return [(c.case_number, c.client_name, c.stage, c.next_due, c.overdue, c.due_this_week,
             sorted((d.kind.name, d.due, d.ref_id, d.detail) for d in c.deadlines)) for c in cases.list_cases(vault, today=today)]


def _stored(vault) -> dict[str, str]:  # type: ignore[no-untyped-def]
    with vault.session() as s:
        rows = s.exec(text("SELECT case_id, deadlines FROM casesummary")).all()  # type: ignore[call-overload]
        return {case_keys.key_text(case_id): deadlines for case_id, deadlines in rows}


def test_summary_follows_every_kind_of_write(vault, case) -> None:  # type: ignore[no-untyped-def]
    today = date.today()
    plan = [d for d in cases.list_cases(vault, today=today)[0].deadlines]
    assert [d.kind for d in plan] == [DeadlineKind.ASSESSMENT, DeadlineKind.PLAN]  # at intake, nothing assessed yet
    # A task with a due date in the past: overdue from the moment it is saved.
    task = entries.add(vault, case.id, "plan_task", {"description": "주거급여 신청", "performer": "practitioner",
                                                     "due_date": today - timedelta(days=3)})
    assert _listed(vault, today) == _afresh(vault, today)
    assert cases.list_cases(vault, overdue=True, today=today)[0].case_number == case.case_number
    entries.add(vault, case.id, "goal", {"statement": "집을 지키고 싶어요"})  # the plan deadline goes away
    every = {"no_consent", "no_assessment", "no_goal", "no_client_task"}
    cases.move_stage(vault, case.id, Stage.PLANNING, on=today, overridden=every, reason="급함")
    cases.move_stage(vault, case.id, Stage.IMPLEMENTATION, on=today, overridden=every, reason="급함")
    assert _listed(vault, today) == _afresh(vault, today)
    kinds = {d.kind for d in cases.list_cases(vault, today=today)[0].deadlines}
    assert kinds == {DeadlineKind.MONITORING, DeadlineKind.TASK}
    entries.edit(vault, "plan_task", task.id, {"done_on": today})  # done: no longer a deadline
    cases.update_client(vault, case.client_id, {"name": "김민서"})  # the name deadlines carry follows the client
    listed = cases.list_cases(vault, today=today)
    assert [d.kind for d in listed[0].deadlines] == [DeadlineKind.MONITORING]
    assert listed[0].deadlines[0].client_name == "김민서"
    assert not listed[0].overdue
    assert _listed(vault, today) == _afresh(vault, today)


def test_a_missing_or_stale_summary_is_computed_on_the_fly_and_refilled_on_open(vault, case, monkeypatch,
                                                                                ) -> None:  # type: ignore[no-untyped-def]
    today = date.today()
    before = _listed(vault, today)
    with vault.session(write=True) as s:
        s.exec(text("DELETE FROM casesummary"))  # type: ignore[call-overload]
    assert _listed(vault, today) == before  # nothing stored: the list still shows the plan deadline
    with vault.session() as s:
        assert case_summaries.stale_count(s) == 1
    assert case_summaries.refresh_stale(vault) == 1
    assert list(_stored(vault)) == [case.id]
    # Other deadline rules (a new basis): stored rows are ignored until refreshed, then replaced.
    monkeypatch.setattr(case_summaries, "basis", lambda _session: "rules-2")
    assert _listed(vault, today) == before
    assert case_summaries.refresh_all_summaries(vault) == 1
    with vault.session() as s:
        assert case_summaries.stale_count(s) == 0


def test_a_destroyed_case_leaves_no_summary_behind(vault, case) -> None:  # type: ignore[no-untyped-def]
    entries.add(vault, case.id, "plan_task", {"description": "주민센터 동행 비밀메모", "performer": "practitioner",
                                              "due_date": date.today()})
    assert "비밀메모" in _stored(vault)[case.id]
    from caseapp.storage.models import Case
    with vault.session(write=True) as s:
        row = s.get(Case, case.id)
        row.destroyed_at = row.updated_at
        s.add(row)
    assert case.id not in _stored(vault)
    assert cases.list_cases(vault) == []


def test_a_not_selected_decision_takes_the_plan_deadlines_off_the_list_today_and_overdue(
        vault, case, run_cli) -> None:  # type: ignore[no-untyped-def]
    from caseapp.services.selection_decisions import record_selection
    today = date.today()
    with vault.session(write=True) as s:  # an intake long ago: the assessment and the plan are overdue
        from caseapp.storage.models import Case
        row = s.get(Case, case.id)
        row.opened_on = row.stage_since = today - timedelta(days=60)
        s.add(row)
    assert {d.kind for d in cases.list_cases(vault, today=today)[0].deadlines} == {DeadlineKind.ASSESSMENT,
                                                                                   DeadlineKind.PLAN}
    assert [c.case_number for c in cases.list_cases(vault, overdue=True, today=today)] == [case.case_number]
    record_selection(vault, case.id, {"decided_on": today, "level": "information_only", "reason": "정보 제공 후 종결"})
    assert "PLAN" not in _stored(vault)[case.id]  # the summary was refreshed with the decision, not on next open
    assert cases.list_cases(vault, today=today)[0].deadlines == []
    assert cases.upcoming_deadlines(vault, today=today) == []
    assert _listed(vault, today) == _afresh(vault, today)
    vault.close()
    code, out, _err = run_cli("cases", "--overdue", "--json")
    assert code == 0 and json.loads(out) == []


def _make_stale(vault) -> None:  # type: ignore[no-untyped-def]
    with vault.session(write=True) as s:
        s.exec(text("UPDATE casesummary SET basis = 'older', next_due = NULL, deadlines = '[]'"))  # type: ignore[call-overload]


def _stale(vault) -> int:  # type: ignore[no-untyped-def]
    with vault.session() as s:
        return case_summaries.stale_count(s)


def test_an_open_that_defers_the_refresh_leaves_it_due_and_a_write_meanwhile_keeps_its_case_current(
        vault, case) -> None:  # type: ignore[no-untyped-def]
    from caseapp.services.on_open import refresh_deferred_summaries
    from caseapp.services.vault import Vault
    from tests.conftest import PASSPHRASE
    other = cases.open_case(vault, {"name": "이영희"}, {"presenting_request": "생계 곤란"})
    today = date.today()
    before = _listed(vault, today)
    _make_stale(vault)
    vault.close()
    opened = Vault.open(PASSPHRASE, defer_summaries=True)
    try:
        assert opened.summaries_due and _stale(opened) == 2
        assert _listed(opened, today) == before  # computed on the fly meanwhile
        entries.add(opened, other.id, "goal", {"statement": "생활비 안정"})  # a write summarises its own case
        assert _stale(opened) == 1
        assert refresh_deferred_summaries(opened) is None
        assert not opened.summaries_due and _stale(opened) == 0
        assert refresh_deferred_summaries(opened) is None  # nothing due: nothing read
    finally:
        opened.close()


def test_an_open_that_migrates_refreshes_the_summaries_itself_even_when_asked_to_defer(
        vault, case, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from caseapp.services.vault import Vault
    from caseapp.storage import migrate
    from tests.conftest import PASSPHRASE
    _make_stale(vault)
    vault.close()
    real = migrate.upgrade

    def migrating(engine, before_migration=None, target="head"):  # type: ignore[no-untyped-def]
        before_migration("0025", migrate.HEAD_REVISION)  # as a real migration announces itself (the backup)
        return real(engine, before_migration=before_migration, target=target)
    monkeypatch.setattr(migrate, "upgrade", migrating)
    opened = Vault.open(PASSPHRASE, defer_summaries=True)
    try:
        assert not opened.summaries_due and _stale(opened) == 0
    finally:
        opened.close()
