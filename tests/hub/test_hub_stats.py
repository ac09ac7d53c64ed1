"""The 관장's statistics from the hub (issue 18) on the real throwaway cluster: the figures equal a known set of pushed
changes, for a period given by days; the director gets them and no case text; a supervisor its team's; a practitioner
is refused; a wrong password or an unreachable hub is one line (``caseapp hub stats``)."""

from __future__ import annotations

import io
import json
import secrets
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from datetime import date
from pathlib import Path
from typing import Any

import psycopg
import pytest

import pg_cluster
from caseapp.errors import UserError
from caseapp.services import hub_admin, hub_stats
from caseapp.services.hub_connection import Endpoint, Pin
from hub_server_helpers import ADMIN_PASSWORD, OWNER, OWNER_PASSWORD, Laptop, new_hub_database, user_url

DB = "hub_stats_test"
PASSWORDS = {"st_kim": "kim 통계 암호 1", "st_lee": "lee 통계 암호 2", "st_park": "park 팀장 암호 3",
             "st_boss": "boss 관장 암호 4"}
SECRET_TEXT = "관장이 보면 안 되는 상담 내용"


def _case(laptop: Laptop, number: str, opened: str, closed: str | None,
          services: list[tuple[str, str, str, int]]) -> list[Any]:
    """A client, its case and its service entries (day, practice type, contact mode, minutes) as changes."""
    client, case = secrets.token_hex(8), secrets.token_hex(8)
    fields: dict[str, Any] = {"case_number": number, "client_id": client, "opened_on": opened,
                              "stage": "closed" if closed else "implementation", "stage_since": opened,
                              "crisis_flag": 0, "presenting_request": SECRET_TEXT}
    if closed:
        fields["closed_on"] = closed
    changes = [laptop.change("client", client, fields={"name": "홍길동", "resident_number": "", "sex": "F",
                                                       "birth_date": "1950-03-04", "vulnerability_flags": "[]",
                                                       "created_at": "2026-10-01 09:00:00.000000"}),
               laptop.change("case", case, fields=fields, case_id=case)]
    for day, practice, mode, minutes in services:
        changes.append(laptop.change("serviceentry", secrets.token_hex(8), case_id=case, fields={
            "case_id": case, "occurred_on": day, "practice_type": practice, "contact_mode": mode,
            "duration_min": minutes, "text": SECRET_TEXT, "content_kinds": "[]"}))
    return changes


@pytest.fixture(scope="module")
def hub(pg: pg_cluster.Cluster) -> Iterator[dict[str, Any]]:
    url = new_hub_database(pg, DB)
    hub_admin.init_hub(url, admin_password=ADMIN_PASSWORD)
    for name, kind, team in (("st_kim", "practitioner", "a"), ("st_lee", "practitioner", "b"),
                             ("st_park", "supervisor", "a"), ("st_boss", "director", None)):
        hub_admin.add_user(url, name, kind, PASSWORDS[name], team=team, admin_password=ADMIN_PASSWORD)
    conns = [psycopg.connect(user_url(pg, DB, name, PASSWORDS[name])) for name in ("st_kim", "st_lee")]
    kim, lee = Laptop(conns[0]), Laptop(conns[1])
    for device in (kim, lee):
        device.register()
    # the known set: kim (team a) opens two cases in November and closes one; lee (team b) one held since October
    kim.push(_case(kim, "2026-1101", "2026-11-02", None, [("2026-11-03", "counselling", "home_visit", 40),
                                                          ("2026-11-20", "counselling", "phone", 10),
                                                          ("2026-12-01", "referral", "phone", 15)]))
    kim.push(_case(kim, "2026-1102", "2026-11-05", "2026-11-25", [("2026-11-06", "referral", "office", 30)]))
    lee.push(_case(lee, "2026-1001", "2026-10-10", None, [("2026-10-11", "counselling", "home_visit", 60),
                                                          ("2026-11-15", "counselling", "home_visit", 20)]))
    yield {"pg": pg, "url": url}
    for conn in conns:
        conn.close()


def _account(pg: pg_cluster.Cluster, user: str, password: str) -> hub_stats.Account:
    return hub_stats.Account(Endpoint("127.0.0.1", pg.port, DB), hub_admin.role_name(user), password,
                             Pin(pg.ca_pem.read_bytes(), "verify-full"))


NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))


def test_the_director_gets_the_agency_figures_for_a_period_by_days(hub: dict[str, Any]) -> None:
    result = hub_stats.fetch(_account(hub["pg"], "st_boss", PASSWORDS["st_boss"]), *NOVEMBER)
    assert result["scope"] == "agency"
    assert (result["cases.held_start"], result["cases.opened"], result["cases.closed"],
            result["cases.held_end"]) == (1, 2, 1, 2)
    assert (result["services.total"], result["services.minutes"]) == (4, 100)  # 12-01 and 10-11 fall outside
    assert (result["services.by_type.counselling"], result["services.by_type.referral"]) == (3, 1)
    assert (result["services.by_mode.home_visit"], result["services.by_mode.phone"],
            result["services.by_mode.office"]) == (2, 1, 1)
    assert (result["caseload.st_kim"], result["caseload.st_lee"]) == (1, 1)
    assert result["monthly"] == {"2026-11": {"cases.opened": 2, "cases.closed": 1, "services.total": 4,
                                             "services.minutes": 100}}
    one_day = hub_stats.fetch(_account(hub["pg"], "st_boss", PASSWORDS["st_boss"]), date(2026, 11, 3),
                              date(2026, 11, 3))
    assert (one_day["services.total"], one_day["services.minutes"], one_day["cases.opened"]) == (1, 40, 0)


def test_the_director_reads_no_case_row_and_no_change_log(hub: dict[str, Any]) -> None:
    with psycopg.connect(user_url(hub["pg"], DB, "st_boss", PASSWORDS["st_boss"])) as boss:
        for table in ('"case"', "serviceentry", "client", "change", "row_clock", "case_assignment"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                boss.execute(f"SELECT * FROM caseapp_hub.{table}")
            boss.rollback()
    result = hub_stats.fetch(_account(hub["pg"], "st_boss", PASSWORDS["st_boss"]), date(2026, 1, 1),
                             date(2026, 12, 31))
    text = json.dumps(result, ensure_ascii=False)
    assert SECRET_TEXT not in text and "2026-1101" not in text and "홍길동" not in text


def test_a_supervisor_gets_its_team_and_a_practitioner_is_refused(hub: dict[str, Any]) -> None:
    team = hub_stats.fetch(_account(hub["pg"], "st_park", PASSWORDS["st_park"]), *NOVEMBER)
    assert (team["scope"], team["team"], team["cases.opened"], team["services.total"]) == ("team", "a", 2, 3)
    assert "caseload.st_lee" not in team and team["caseload.st_kim"] == 1
    with pytest.raises(UserError, match="관장·팀장·허브 관리자만"):
        hub_stats.fetch(_account(hub["pg"], "st_kim", PASSWORDS["st_kim"]), *NOVEMBER)


def _cli(tmp_path: Path, *argv: str, **env: str) -> tuple[int, str, str]:
    """``caseapp hub stats ARGV`` in-process with ``env`` set for the call; (exit, stdout, stderr)."""
    from caseapp import cli
    out, err = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as patch:
        for name, value in env.items():
            patch.setenv(name, value)
        with redirect_stdout(out), redirect_stderr(err):
            code = cli.main(["--data-dir", str(tmp_path / "data"), "--lang", "en", "hub", "stats", *argv])
    return code, out.getvalue(), err.getvalue()


def test_hub_stats_cli_json_text_and_one_line_failures(hub: dict[str, Any], tmp_path: Path) -> None:
    pg = hub["pg"]
    where = ["--url", f"postgresql://127.0.0.1:{pg.port}/{DB}", "--ca", str(pg.ca_pem), "--from", "2026-11-01",
             "--to", "2026-11-30"]
    code, out, err = _cli(tmp_path, *where, "--user", "st_boss", "--json", CASEAPP_HUB_PASSWORD=PASSWORDS["st_boss"])
    assert code == 0, err
    figures = json.loads(out)
    assert (figures["cases.opened"], figures["services.by_type.counselling"], figures["caseload.st_kim"]) == (2, 3, 1)
    code, out, err = _cli(tmp_path, *where, "--user", "st_boss", CASEAPP_HUB_PASSWORD=PASSWORDS["st_boss"])
    assert code == 0, err
    assert "Services by practice type" in out and "Counselling & therapy: 3" in out and "Home visit: 2" in out
    assert "st_kim: 1" in out and "2026-11 Opened: 2" in out
    # the administrator: the role in the address, its own password variable
    admin = ["--url", f"postgresql://{OWNER}@127.0.0.1:{pg.port}/{DB}", *where[2:]]
    code, out, err = _cli(tmp_path, *admin, "--json", CASEAPP_HUB_ADMIN_PASSWORD=OWNER_PASSWORD)
    assert code == 0, err
    assert json.loads(out)["scope"] == "agency"
    code, out, err = _cli(tmp_path, *where, "--user", "st_boss", CASEAPP_HUB_PASSWORD="wrong")
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1 and "password is wrong" in err
    unreachable = ["--url", f"postgresql://127.0.0.1:{pg_cluster.free_port()}/{DB}", *where[2:]]
    code, out, err = _cli(tmp_path, *unreachable, "--user", "st_boss", CASEAPP_HUB_PASSWORD="x")
    assert code == 1 and len(err.strip().splitlines()) == 1 and "Cannot reach the hub" in err
    code, out, err = _cli(tmp_path, *where[:4], "--from", "2026-11-30", "--to", "2026-11-01", "--user", "st_boss",
                          CASEAPP_HUB_PASSWORD=PASSWORDS["st_boss"])
    assert code == 1 and "--to is before --from" in err


def test_the_agency_statistics_dialog_shows_the_figures_off_the_gui_thread(hub: dict[str, Any], qtbot: Any) -> None:
    from PySide6.QtWidgets import QApplication

    from caseapp.ui import i18n
    before = i18n.language()
    i18n.install_translators(QApplication.instance(), "ko")  # the window in Korean, whatever ran before
    try:
        _dialog_shows_the_figures(hub, qtbot)
    finally:
        i18n.install_translators(QApplication.instance(), before)


def _dialog_shows_the_figures(hub: dict[str, Any], qtbot: Any) -> None:
    import threading

    from caseapp.services import hub_connection
    from caseapp.ui.dialogs.hub_stats_dialog import HubStatsDialog
    pg = hub["pg"]
    threads: list[str] = []
    real_fetch = hub_stats.fetch

    def fetch(*args: Any) -> dict[str, Any]:
        threads.append(threading.current_thread().name)
        return real_fetch(*args)

    dialog = HubStatsDialog(None, today=date(2026, 11, 30))
    qtbot.addWidget(dialog)
    for field, text in ((dialog.url, f"postgresql://127.0.0.1:{pg.port}/{DB}"), (dialog.user, "st_boss"),
                        (dialog.password, "wrong password"),
                        (dialog.fingerprint, hub_connection.fingerprint(pg.ca_pem.read_bytes()))):
        field.setText(text)
    dialog.show_button.click()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)
    assert "암호가 맞지 않습니다" in dialog.message.text() and dialog.figures.topLevelItemCount() == 0
    dialog.password.setText(PASSWORDS["st_boss"])
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(hub_stats, "fetch", fetch)
        dialog.show_button.click()
        qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)
    assert threads and threads[0] != threading.main_thread().name
    shown = {}
    for i in range(dialog.figures.topLevelItemCount()):
        head = dialog.figures.topLevelItem(i)
        for j in range(head.childCount()):
            shown[head.child(j).text(0)] = head.child(j).text(1)
    assert shown["신규 접수"] == "2" and shown["상담·치료"] == "3" and shown["st_kim"] == "1"  # the window is Korean
    assert "기관 전체" in dialog.message.text()
