"""Every action a service writes into a case's history reads as words in the History tab, not as an internal code."""

import re
from pathlib import Path

from caseapp.ui.views.history_tab import action_text

SERVICES = Path(__file__).resolve().parents[2] / "caseapp" / "services"
RECORDED = re.compile(r'audit\.record\(\s*\w+,\s*[^,]+,\s*"([a-z_]+)"')
# Installation-wide acts: they carry no case id, so no case's History tab lists them; "reveal" (a shown 주민등록번호)
# is an access record the tab filters out like "view"; after "destroy" there is no case left to show.
NOT_IN_A_CASE = {"import", "rekey", "revoke", "retention_dates", "destroy", "destroy_backups", "reveal", "sync_export",
                 "sync_pair", "sync_unpair", "hub_join"}


def test_each_case_action_has_a_label() -> None:
    actions = {m for path in SERVICES.glob("*.py") for m in RECORDED.findall(path.read_text(encoding="utf-8"))}
    assert {"export_withdrawn", "done", "snooze"} <= actions  # the scan still finds what it is meant to
    unlabelled = sorted(a for a in actions - NOT_IN_A_CASE if action_text(a) == a)
    assert unlabelled == []
