"""Demo data fills the 초기상담지's facts and 대상자 선정 the way practice does: the two practice-note paths selected
as 고난도, general and complex cases, some intakes not selected, each decision at a case conference of its case
within days of the assessment."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

from caseapp.domain.vocab import SelectionLevel, Stage
from caseapp.services import cases, demo_data
from caseapp.services.setup import initialise
from tests.conftest import PASSPHRASE


def test_demo_cases_carry_intake_facts_and_selections(data_dir) -> None:  # type: ignore[no-untyped-def]
    vault, _ = initialise(PASSPHRASE, "김사회", "행복종합사회복지관")
    try:
        demo_data.generate(vault, 30, seed=1)
        snaps = [cases.snapshot(vault, c.case_id) for c in cases.list_cases(vault)]
    finally:
        vault.close()
    # the practice notes' two paths: the family with unstable housing and the young adult with a mental illness
    housing = [s for s in snaps if "housing_insecure" in s.client.vulnerability_flags
               and s.client.household_type == "couple_children"]
    young = [s for s in snaps if "mental_health" in s.client.vulnerability_flags]
    assert housing and young
    for s in housing + young:  # selected as 고난도 (an intake may also have ended in simple linkage)
        if s.current_selection is not None and SelectionLevel(s.current_selection.level).selected:
            assert s.current_selection.level == "complex", s.case.case_number
    assert any(s.current_selection and s.current_selection.level == "complex" for s in housing)
    assert any(s.current_selection and s.current_selection.level == "complex" for s in young)
    assert all(s.client.livelihood == ["near_poverty"] for s in housing)
    assert all("medical_benefit" in s.client.livelihood for s in young)
    assert any(m.wanted_support and m.priority == 1 for s in housing for m in s.household)

    levels = Counter(s.current_selection.level for s in snaps if s.current_selection)
    assert levels[SelectionLevel.GENERAL.value] and levels[SelectionLevel.COMPLEX.value]
    not_selected = [s for s in snaps if s.current_selection and not SelectionLevel(s.current_selection.level).selected]
    assert not_selected and all(s.case.stage == Stage.INTAKE.value and s.current_selection.reason  # type: ignore[union-attr]
                                for s in not_selected)
    for s in snaps:
        if s.case.stage != Stage.INTAKE.value:
            assert s.current_selection is not None, s.case.case_number  # no plan without a selection
        for d in s.selections:
            assessed = s.assessments[0].assessment.assessed_on
            assert assessed <= d.decided_on <= assessed + timedelta(days=5)
            assert d.conference_id in {c.id for c in s.conferences}
    assert all(s.client.referral_route for s in snaps)
    assert sum(bool(s.client.registered_address) for s in snaps) >= 2
