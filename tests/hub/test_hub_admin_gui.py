"""The hub's admin screen (issue 18): File › Sync › Agency hub administration logs in as the hub's owner, lists the
users, adds one, reassigns a case and shows it in the history; a wrong password is one line and changes nothing;
a practitioner's own login lists only its own cases."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from hub_admin_gui_helpers import (  # type: ignore[import-not-found]
    admin_dialog, answered_questions, log_in, wait_done,
)
from hub_laptops import (  # type: ignore[import-not-found]
    ADMIN_PASSWORD, Office, office, open_case, sync,  # noqa: F401 (office: fixture)
)

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")


def _column(view: Any, column: int) -> list[str]:
    return [view.item(row, column).text() for row in range(view.rowCount())]


def _user_count(office: Office) -> int:
    with office.hub.owner_conn() as conn:
        return int(conn.execute("SELECT count(*) FROM caseapp_hub.hub_user").fetchone()[0])


def test_the_admin_adds_a_user_and_reassigns_a_case_which_the_history_shows(office: Office, qtbot: Any) -> None:
    alice = office.laptop("alice", "김사례")
    case_id = open_case(alice, "이민수")
    sync(alice)
    with alice.use():
        dialog = admin_dialog(qtbot)
        before = _user_count(office)
        assert "password is wrong" in log_in(qtbot, dialog, office, "not the admin password")
        assert "\n" not in dialog.message.text() and not dialog.tabs.isEnabled() and dialog.users.rowCount() == 0
        assert _user_count(office) == before  # nothing changed

        assert log_in(qtbot, dialog, office, ADMIN_PASSWORD).startswith("Connected as ")
        assert _column(dialog.users, 0) == sorted(office.users.values())
        assert dialog.password.text() == ""  # the typed password does not stay in the field

        carol = f"carol_{uuid.uuid4().hex[:6]}"
        dialog.user_name.setText(carol)
        dialog.display_name.setText("최캐롤")
        dialog.team.setText("1팀")
        dialog.new_password.setText("carol-허브-암호")
        dialog.new_password_again.setText("carol-허브-암호-오타")
        dialog.add_button.click()
        assert dialog.message.text() == "The two passwords differ." and _user_count(office) == before
        dialog.new_password.setText("short")
        dialog.new_password_again.setText("short")
        dialog.add_button.click()
        assert wait_done(qtbot, dialog) == "A hub password has at least 8 characters." and _user_count(office) == before
        dialog.new_password.setText("carol-허브-암호")
        dialog.new_password_again.setText("carol-허브-암호")
        dialog.add_button.click()
        assert wait_done(qtbot, dialog) == f"Hub user added: {carol}"
        row = _column(dialog.users, 0).index(carol)
        assert [dialog.users.item(row, c).text() for c in range(5)] == [carol, "최캐롤", "practitioner", "1팀", "yes"]

        assert _column(dialog.assignments, 1) == [office.users["alice"]]
        dialog.assignments.selectRow(0)
        dialog.assignee.setCurrentIndex(dialog.assignee.findData(carol))
        dialog.reassign_button.click()
        assert "is now assigned to " + carol in wait_done(qtbot, dialog)
        assert _column(dialog.assignments, 1) == [carol]
        assert dialog.assignments.selectedItems() and dialog.assignments.currentRow() == 0  # still on the case
        assert dialog.users.item(dialog.users.currentRow(), 0).text() == carol  # and on the user just added
        newest = [dialog.history.item(0, c).text() for c in range(3)]
        assert newest[1] == "hubowner" and newest[2].endswith(f": {office.users['alice']} → {carol}")
        assert any(text.startswith(f"user {carol} added") for text in _column(dialog.history, 2))
        with office.hub.owner_conn() as conn:
            assert conn.execute("SELECT practitioner FROM caseapp_hub.case_assignment WHERE case_id = %s",
                                (case_id,)).fetchone()[0] == carol
        assert "password is wrong" in log_in(qtbot, dialog, office, "wrong again")  # the old login is dropped
        assert dialog.login is None and not dialog.tabs.isEnabled() and dialog.users.rowCount() == 0
        dialog.close()


def _active(office: Office, name: str) -> bool:
    with office.hub.owner_conn() as conn:
        return bool(conn.execute("SELECT active FROM caseapp_hub.hub_user WHERE name = %s", (name,)).fetchone()[0])


def test_deactivating_asks_first_and_each_tab_keeps_its_own_hints(office: Office, qtbot: Any,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox
    questions = answered_questions(monkeypatch)
    asked = questions.asked
    alice = office.laptop("alice", "김사례")
    with alice.use():
        dialog = admin_dialog(qtbot)
        assert log_in(qtbot, dialog, office, ADMIN_PASSWORD).startswith("Connected as ")
        dialog.tabs.setCurrentIndex(1)
        dialog.reassign_button.click()  # no case chosen
        assert dialog.message.text() == "Choose a case and the colleague who takes it."
        dialog.tabs.setCurrentIndex(0)
        assert dialog.message.text() == ""  # the assignments tab's hint is not left under the users

        bob = office.users["bob"]
        dialog.users.selectRow(_column(dialog.users, 0).index(bob))
        assert dialog.user_name.text() == bob
        dialog.deactivate_button.click()
        assert len(asked) == 1 and bob in asked[0] and dialog.job is None
        assert _active(office, bob)  # "No": nothing sent to the hub

        questions.answer = QMessageBox.StandardButton.Yes
        dialog.deactivate_button.click()
        assert wait_done(qtbot, dialog).startswith(f"Hub user deactivated: {bob}")
        assert not _active(office, bob) and len(asked) == 2
        row = _column(dialog.users, 0).index(bob)
        assert dialog.users.selectedItems() and dialog.users.currentRow() == row  # the changed row stays selected
        assert dialog.users.item(row, 4).text() == "no" and dialog.user_name.text() == bob
        dialog.close()


def test_a_gui_test_s_language_does_not_reach_the_next_test() -> None:
    """The tests above show the dialog in English; the hub conftest puts the translators back afterwards, so a
    test run after them (here, or a Korean wording test in another folder) finds the language it had."""
    from caseapp.ui import i18n
    assert i18n.language() == "ko"


def test_a_practitioners_login_lists_only_its_own_cases(office: Office) -> None:
    from caseapp.services import hub_admin, hub_connection
    alice = office.laptop("alice", "김사례")
    bob = office.laptop("bob", "박복지")
    open_case(alice, "이민수")
    sync(alice)
    pin = hub_connection.Pin(office.hub.cluster.ca_pem.read_bytes(), "verify-full")
    endpoint = hub_connection.parse_url(office.hub.url())
    seen = {}
    for laptop, who in ((alice, "alice"), (bob, "bob"), (None, "sue")):
        with (laptop or alice).use(), hub_connection.connect(endpoint, hub_admin.role_name(office.users[who]),
                                                             office.password(who), pin) as conn:
            found = hub_admin.overview(conn)
            seen[who] = ([a["practitioner"] for a in found["assignments"]],
                         sorted((h["area"], h["subject"]) for h in found["history"]), found["admin"])
    alice_case = seen["alice"][1][0]
    assert seen["alice"] == ([office.users["alice"]], [alice_case, ("user", office.users["alice"])], False)
    assert alice_case[0] == "assignment"
    assert seen["bob"] == ([], [("user", office.users["bob"])], False)  # a colleague's case: not listed, no history
    assert seen["sue"][0] == [office.users["alice"]] and alice_case in seen["sue"][1]  # the supervisor: the team's
