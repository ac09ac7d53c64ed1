"""The agency's deadline rules travel between the practitioner's machines like a record (issue 17): taken when
the other side did not change them since, kept as a conflict when both did, settled on both by one resolution."""

from __future__ import annotations

from caseapp.domain.sync_protocol import Keep
from caseapp.services import cases, deadline_rules, sync_log
from caseapp.storage import case_keys


def _rules(r) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with r.use():
        return deadline_rules.deadline_rules(r.vault).to_dict()


def _set(r, **changes: int) -> None:  # type: ignore[no-untyped-def]
    with r.use():
        deadline_rules.set_deadline_rules(r.vault, changes)


def _summary(r, case_id: str) -> str:  # type: ignore[no-untyped-def]
    with r.use(), r.vault.session() as s:
        row = sync_log.cursor(s).execute("SELECT next_due, deadlines FROM casesummary WHERE case_id = ?",
                                         (case_keys.key(case_id),)).fetchone()
        return repr(tuple(row)) if row is not None else ""


def test_deadline_rules_set_on_one_machine_arrive_and_the_due_dates_follow(replicas) -> None:  # type: ignore[no-untyped-def]
    office, laptop = replicas(2)
    with office.use():
        case = cases.open_case(office.vault, {"name": "김민수"}, {"presenting_request": "주거 문제"})
    laptop.pull(office)
    before = _summary(laptop, case.id)
    _set(office, assessment_within_days=20)
    result = laptop.pull(office)
    assert result.preview.new_records == 1 and result.preview.conflicts == 0
    assert _rules(laptop)["assessment_within_days"] == 20 and _rules(laptop) == _rules(office)
    assert _summary(laptop, case.id) == _summary(office, case.id) != before  # the case list's due date moved
    _set(laptop, selection_within_days=7)  # and back: a later change of the same setting is taken there
    office.pull(laptop)
    assert _rules(office) == _rules(laptop) and _rules(office)["selection_within_days"] == 7
    assert office.conflicts() == []


def test_rules_changed_on_both_machines_are_a_conflict_settled_once_for_both(replicas) -> None:  # type: ignore[no-untyped-def]
    office, laptop = replicas(2)
    _set(office, plan_within_days=25)
    laptop.pull(office)
    _set(office, plan_within_days=40)
    _set(laptop, plan_within_days=45)
    office.pull(laptop)
    (conflict,) = office.conflicts()
    assert conflict.label == "기한 규칙" and '"plan_within_days": 45' in conflict.theirs
    assert _rules(office)["plan_within_days"] == 40  # nothing overwritten until the practitioner picks
    office.resolve(conflict.id, Keep.THEIRS)
    laptop.pull(office)
    assert _rules(office)["plan_within_days"] == _rules(laptop)["plan_within_days"] == 45
    assert office.conflicts() == [] and laptop.conflicts() == []


def test_migration_0015_logs_rules_set_before_it_once_and_keeps_them(data_dir) -> None:  # type: ignore[no-untyped-def]
    import json

    from caseapp.services.vault import Vault
    from tests.fixtures import make_fixtures as fx
    engine = fx.data_dir_at("0014")
    stored = json.dumps({"assessment_within_days": 14})
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO meta (key, value) VALUES ('deadline_rules', ?)", (stored,))
    engine.dispose()
    vault = Vault.open(fx.PASSPHRASE)
    try:
        assert deadline_rules.deadline_rules(vault).assessment_within_days == 14
        with vault.session() as s:
            logged = [(c[5], c[6]) for c in sync_log.stored_changes(sync_log.cursor(s)) if c[3] == "syncsetting"]
        assert [(op, json.loads(fields)) for op, fields in logged] == [("insert", {"value": stored})]
    finally:
        vault.close()
