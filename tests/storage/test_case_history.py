"""The case's own history (audit trail) starts with the case being opened."""

from caseapp.services import audit


def test_opening_a_case_is_in_that_cases_history(vault, case) -> None:  # type: ignore[no-untyped-def]
    with vault.session() as s:
        events = audit.history(s, case.id)
    assert any(e.action == "create" and e.entity_type == "case" and e.entity_id == case.id for e in events)
