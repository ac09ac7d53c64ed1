"""The admin screen's 접속기록 tab against a real throwaway hub: a month's records by case number (never a raw id),
the chain's check (intact, then broken at the record changed), the monthly review with the reviewer's name (a
month reviewed again asks first and keeps the earlier review), the notice of an unreviewed month, the purge of
records past 2 years after a question that says how many go; and its failures: a supervisor's login is told only
the administrator sees them, an unreachable hub is one line and the month already shown stays."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest

import pg_cluster
from hub_laptops import (  # type: ignore[import-not-found]
    ADMIN, ADMIN_PASSWORD, Office, office, open_case, sync,  # noqa: F401 (office: fixture)
)
from hub_admin_gui_helpers import (  # type: ignore[import-not-found]
    admin_dialog, answered_questions, log_in, wait_done,
)
from hub_server_helpers import superuser  # type: ignore[import-not-found]

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")


def _last_month() -> date:
    return (datetime.now(timezone.utc).replace(day=1) - timedelta(days=1)).date().replace(day=1)


def _rows(tab: Any) -> list[list[str]]:
    model = tab.table.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def _old_records(office: Office) -> int:
    with office.hub.owner_conn() as conn:
        return int(conn.execute("SELECT count(*) FROM caseapp_hub.access_record WHERE at < now() - "
                                "interval '2 years'").fetchone()[0])


def test_the_access_tab_shows_checks_reviews_and_purges_a_month(office: Office, qtbot: Any,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QMessageBox
    questions = answered_questions(monkeypatch)
    asked = questions.asked
    sue_name = office.users["sue"]
    with office.hub.owner_conn() as conn:  # two reads from 800 days ago: past the 2 years
        for days in (800, 790):
            conn.execute("INSERT INTO caseapp_hub.access_record (at, hub_user, case_id, what) VALUES "
                         "(now() - %s * interval '1 day', %s, 'case-gone', 'pull')", (days, sue_name))
    alice = office.laptop("alice", "김사례")
    case_id = open_case(alice, "이민수")
    sync(alice)
    sue = office.laptop("sue", "이팀장")
    sync(sue)  # the supervisor reads alice's case: this month's record
    with alice.use():
        number = alice.case_numbers()[0]
    last = _last_month()
    with office.hub.owner_conn() as conn:
        conn.execute("INSERT INTO caseapp_hub.access_record (at, hub_user, case_id, what, device) VALUES "
                     "(%s, %s, %s, 'pull', 'sue-laptop')",
                     (datetime.combine(last, datetime.min.time(), timezone.utc) + timedelta(days=2, hours=3),
                      sue_name, case_id))

    with alice.use():
        dialog = admin_dialog(qtbot)
        tab = dialog.access
        assert log_in(qtbot, dialog, office, ADMIN_PASSWORD).startswith("Connected as ")
        dialog.tabs.setCurrentWidget(tab)
        assert wait_done(qtbot, dialog) == ""  # the reading line is gone, nothing went wrong
        assert tab.month() == last
        rows = _rows(tab)
        assert len(rows) == 1 and rows[0][2:6] == [sue_name, "case read (sync)", number, "sue-laptop"]
        assert not any(case_id in cell for row in rows for cell in row)  # by case number, never the raw id
        assert tab.chain_label.text().startswith("Chain checked: all 4 access records")
        assert last.strftime("%Y-%m") in tab.due_label.text() and "not reviewed yet" in tab.due_label.text()
        assert f"{sue_name} 1" in tab.summary_label.text()
        assert "has not been reviewed yet" in tab.review_label.text()

        assert tab.review_button.isEnabled()
        tab.review_button.click()
        assert wait_done(qtbot, dialog) == f"Review of {last:%Y-%m} recorded: 1 access record(s)."
        assert tab.review_label.text().startswith("Reviewed on ") and f"by {ADMIN} (1 record" in tab.review_label.text()
        assert tab.due_label.text() == ""
        with office.hub.owner_conn() as conn:
            assert conn.execute("SELECT reviewed_by, records FROM caseapp_hub.access_review WHERE month = %s",
                                (last,)).fetchone() == (ADMIN, 1)

        first_review = tab.review_label.text()
        tab.review_button.click()  # reviewed already: asked first, "No" sends nothing
        assert len(asked) == 1 and f"{last:%Y-%m} was already reviewed: Reviewed on " in asked[0]
        assert "The earlier one is kept" in asked[0] and dialog.job is None and tab.review_label.text() == first_review
        questions.answer = QMessageBox.StandardButton.Yes
        tab.review_button.click()
        assert wait_done(qtbot, dialog) == f"Review of {last:%Y-%m} recorded: 1 access record(s)."
        assert len(asked) == 2 and f"Reviewed before: {first_review[len('Reviewed on '):].split(' by ')[0]} by " \
            f"{ADMIN}." in tab.review_label.text()
        with office.hub.owner_conn() as conn:  # the first review stays on record beside the latest
            assert conn.execute("SELECT count(*) FROM caseapp_hub.access_review_earlier WHERE month = %s",
                                (last,)).fetchone()[0] == 1
            assert conn.execute("SELECT count(*) FROM caseapp_hub.access_review").fetchone()[0] == 1

        questions.answer = QMessageBox.StandardButton.No
        tab.purge_button.click()  # "No": nothing sent
        assert len(asked) == 3 and "2 access record(s) older than 2 years" in asked[2] and dialog.job is None
        assert _old_records(office) == 2
        questions.answer = QMessageBox.StandardButton.Yes
        tab.purge_button.click()
        assert wait_done(qtbot, dialog) == "Deleted 2 access record(s) older than 2 years."
        assert _old_records(office) == 0 and tab.chain_label.text().startswith("Chain checked: all 2 access")
        tab.purge_button.click()  # nothing left to purge: no question
        assert len(asked) == 4 and "nothing to delete" in dialog.message.text()

        today = date.today()
        tab.month_edit.setDate(QDate(today.year, today.month, 1))
        wait_done(qtbot, dialog)
        assert [r[4] for r in _rows(tab)] == [number] and not tab.review_button.isEnabled()  # not ended yet
        tab.filter_edit.setText("no such case")
        assert _rows(tab) == []
        tab.filter_edit.setText(number)
        assert len(_rows(tab)) == 1

        with superuser(office.hub.cluster, office.hub.database) as su:  # past the guard, as a superuser could
            su.execute("SET session_replication_role = replica")
            changed = su.execute("UPDATE caseapp_hub.access_record SET what = 'nothing' WHERE id = (SELECT min(id) "
                                 "FROM caseapp_hub.access_record) RETURNING id").fetchone()[0]
        tab.reload_button.click()
        wait_done(qtbot, dialog)
        assert tab.chain_label.text().startswith("ALTERED: the chain is broken at record no. %d" % changed)
        assert tab.chain_label.property("tone") == "error"
        assert _rows(tab)[0][0] == str(changed)  # the record the chain breaks at, found in the table by its number
        dialog.close()


def test_a_supervisor_is_told_only_the_administrator_sees_them_and_a_lost_hub_keeps_the_month(
        office: Office, qtbot: Any) -> None:
    from caseapp.errors import UserError
    from caseapp.services import hub_access, hub_admin, hub_connection
    alice = office.laptop("alice", "김사례")
    sue_role = hub_admin.role_name(office.users["sue"])
    with alice.use():
        dialog = admin_dialog(qtbot)
        tab = dialog.access
        supervisor_url = f"postgresql://{sue_role}@127.0.0.1:{office.hub.cluster.port}/{office.hub.database}"
        assert log_in(qtbot, dialog, office, office.password("sue"), url=supervisor_url).startswith("Connected as ")
        dialog.tabs.setCurrentWidget(tab)
        assert dialog.job is None  # nothing asked of the hub
        assert tab.summary_label.text().startswith("Only the hub's administrator")
        assert not any(b.isEnabled() for b in (tab.review_button, tab.purge_button, tab.reload_button))
        # and the service says so, keeping the server's words, if asked all the same
        pin = hub_connection.Pin(office.hub.cluster.ca_pem.read_bytes(), "verify-full")
        endpoint = hub_connection.parse_url(office.hub.url())
        with hub_connection.connect(endpoint, sue_role, office.password("sue"), pin) as conn, \
                pytest.raises(UserError, match="Only the hub's administrator .*permission denied"):
            hub_access.access_month(conn, _last_month())

        assert log_in(qtbot, dialog, office, ADMIN_PASSWORD).startswith("Connected as ")
        assert tab.loaded is not None and tab.chain_label.text().startswith("Chain checked")
        summary = tab.summary_label.text()
        assert dialog.login is not None
        gone = dataclasses.replace(dialog.login.endpoint, port=pg_cluster.free_port())
        dialog.login = dataclasses.replace(dialog.login, endpoint=gone)
        tab.reload_button.click()
        text = wait_done(qtbot, dialog)
        assert text.startswith("Cannot connect to the hub") and str(gone.port) in text
        assert dialog.message.property("tone") == "error" and "\n" not in text
        assert tab.loaded is not None and tab.summary_label.text() == summary  # the month shown stays
        assert tab.chain_label.text().startswith("Chain checked") and dialog.tabs.isEnabled()
        dialog.close()
