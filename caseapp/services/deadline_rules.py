"""The agency's official clock: the deadline numbers of :data:`caseapp.domain.deadlines.RULES`, kept in the case
file's ``Meta`` table (the file travels between the office PC and the field laptop, and the rules are the agency's,
not one user's preference). Missing or damaged values fall back to the guidance defaults.
"""

from __future__ import annotations

import json
from typing import Any

from caseapp.domain.deadlines import DEFAULT_RULES, DeadlineRules, RuleError
from caseapp.errors import ValidationError
from caseapp.services import audit, case_summaries, sync_settings
from caseapp.services.case_facts import RULES_KEY, rules_in  # noqa: F401 (rules_in: read here by callers)
from caseapp.services.vault import Vault
from caseapp.storage.models import Meta



def deadline_rules(vault: Vault) -> DeadlineRules:
    with vault.session() as s:
        return rules_in(s)


def set_deadline_rules(vault: Vault, changes: dict[str, Any]) -> DeadlineRules:
    """Change some numbers (the others keep their current value); a bad number is refused, nothing saved."""
    current = deadline_rules(vault).to_dict()
    try:
        rules = DeadlineRules.from_mapping({**current, **changes})
    except RuleError as exc:
        raise ValidationError(exc.label.ko, exc.label.en) from None
    _store(vault, rules)
    return rules


def reset_deadline_rules(vault: Vault) -> DeadlineRules:
    _store(vault, DEFAULT_RULES)
    return DEFAULT_RULES


def _store(vault: Vault, rules: DeadlineRules) -> None:
    values = rules.to_dict()
    with vault.session(write=True) as s:
        row = s.get(Meta, RULES_KEY) or Meta(key=RULES_KEY)
        row.value = "" if rules == DEFAULT_RULES else json.dumps(values)
        s.add(row)
        audit.record(s, vault.actor, "update", "meta", RULES_KEY,
                     detail=", ".join(f"{k}={v}" for k, v in values.items()))
        s.flush()
        sync_settings.record(s, RULES_KEY, vault.actor)  # the rules travel to the practitioner's other machines
        case_summaries.refresh(s)  # the case list's due dates follow the new numbers at once
