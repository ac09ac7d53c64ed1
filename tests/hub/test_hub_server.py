"""The agency hub's server side (issue 18) on a real PostgreSQL cluster: PostgreSQL itself, not the app, keeps each
practitioner to its cases; the hub re-checks every change it receives; the director sees statistics only.

One hub database for the module (init once); each test makes its own cases and devices.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest

import pg_cluster
from caseapp.domain.sync_protocol import Op
from caseapp.errors import UserError
from caseapp.services import hub_admin, hub_crypto
from hub_server_helpers import ADMIN_PASSWORD, Laptop, new_hub_database, superuser, user_url

DB = "hub_server_test"
PASSWORDS = {"srv_kim": "kim 허브 암호 1", "srv_lee": "lee 허브 암호 2", "srv_park": "park 팀장 암호 3",
             "srv_boss": "boss 관장 암호 4", "srv_choi": "choi 다른팀 5"}


@pytest.fixture(scope="module")
def hub(pg: pg_cluster.Cluster) -> dict[str, Any]:
    url = new_hub_database(pg, DB)
    info = hub_admin.init_hub(url, admin_password=ADMIN_PASSWORD)
    for name, kind, team in (("srv_kim", "practitioner", "a"), ("srv_lee", "practitioner", "a"),
                             ("srv_park", "supervisor", "a"), ("srv_boss", "director", None),
                             ("srv_choi", "practitioner", "b")):
        hub_admin.add_user(url, name, kind, PASSWORDS[name], team=team, admin_password=ADMIN_PASSWORD)
    return {"url": url, "info": info, "pg": pg}


@pytest.fixture(scope="module")
def conns(hub: dict[str, Any]) -> Iterator[dict[str, psycopg.Connection[Any]]]:
    opened = {name: psycopg.connect(user_url(hub["pg"], DB, name, password)) for name, password in PASSWORDS.items()}
    opened["owner"] = psycopg.connect(hub["url"])
    yield opened
    for conn in opened.values():
        conn.close()


def laptop(conns: dict[str, psycopg.Connection[Any]], name: str) -> Laptop:
    device = Laptop(conns[name])
    device.register()
    return device


def rows(conn: psycopg.Connection[Any], sql: str, *params: Any) -> list[tuple[Any, ...]]:
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.rollback()


def owner_rows(conns: dict[str, psycopg.Connection[Any]], sql: str, *params: Any) -> list[tuple[Any, ...]]:
    return rows(conns["owner"], sql, *params)


def test_init_is_idempotent_and_keeps_to_its_admin_password(hub: dict[str, Any],
                                                            conns: dict[str, psycopg.Connection[Any]]) -> None:
    conns["owner"].execute("ALTER TABLE caseapp_hub.client DROP COLUMN notes")  # a hub made by an older caseapp
    conns["owner"].commit()
    again = hub_admin.init_hub(hub["url"], admin_password=ADMIN_PASSWORD)
    assert again["hub_id"] == hub["info"]["hub_id"] and again["created"] is False
    assert owner_rows(conns, "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'caseapp_hub' "
                      "AND table_name = 'client' AND column_name = 'notes'") == [(1,)]
    assert owner_rows(conns, "SELECT count(*) FROM caseapp_hub.hub_user") == [(5,)]
    with pytest.raises(hub_crypto.WrongHubPassword):
        hub_admin.init_hub(hub["url"], admin_password="not the admin password")
    with pytest.raises(UserError, match="이미 있는 허브 사용자"):
        hub_admin.add_user(hub["url"], "srv_kim", "practitioner", "another pass", admin_password=ADMIN_PASSWORD)
    with pytest.raises(UserError, match="영문 소문자로 시작"):
        hub_admin.add_user(hub["url"], "Kim Lee", "practitioner", "another pass", admin_password=ADMIN_PASSWORD)
    forced = owner_rows(conns, "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                        "WHERE n.nspname = 'caseapp_hub' AND c.relkind = 'r' AND NOT (c.relrowsecurity AND "
                        "c.relforcerowsecurity)")
    assert forced == [(0,)], "every hub table has row-level security enabled and forced"


def test_register_device_gives_the_users_wrapped_agency_key_and_refuses_anothers_device(
        hub: dict[str, Any], conns: dict[str, psycopg.Connection[Any]]) -> None:
    kim = Laptop(conns["srv_kim"])
    answer = kim.register("사무실 PC")
    assert answer["user"] == "srv_kim" and answer["kind"] == "practitioner" and answer["team"] == "a"
    assert answer["hub_id"] == hub["info"]["hub_id"]
    key = hub_crypto.unwrap_agency_key(answer["agency_key"], "srv_kim", PASSWORDS["srv_kim"])
    lee_key = hub_crypto.unwrap_agency_key(laptop(conns, "srv_lee").register()["agency_key"], "srv_lee",
                                           PASSWORDS["srv_lee"])
    assert key == lee_key, "one agency key, wrapped per user"
    with pytest.raises(psycopg.Error, match="registered to another user"):
        Laptop(conns["srv_lee"], device=kim.device).register()


def test_a_practitioners_own_login_role_cannot_read_or_change_anothers_case(
        conns: dict[str, psycopg.Connection[Any]]) -> None:
    kim, lee = laptop(conns, "srv_kim"), laptop(conns, "srv_lee")
    kim_case, changes = kim.new_case("2026-0101", text="김의 상담")
    assert kim.push(changes)["accepted"] == 3
    lee_case, changes = lee.new_case("2026-0102", text="이의 상담")
    assert lee.push(changes)["accepted"] == 3
    lee_sql = conns["srv_lee"]
    # Reading as lee's role: RLS shows lee's case and nothing of kim's, in every table.
    assert rows(lee_sql, 'SELECT id FROM caseapp_hub."case" WHERE id IN (%s, %s)', kim_case, lee_case) == [
        (lee_case,)]
    assert rows(lee_sql, "SELECT text FROM caseapp_hub.serviceentry WHERE case_id = %s", kim_case) == []
    assert rows(lee_sql, "SELECT count(*) FROM caseapp_hub.change WHERE vis_case = %s", kim_case) == [(0,)]
    kim_client = owner_rows(conns, 'SELECT client_id FROM caseapp_hub."case" WHERE id = %s', kim_case)[0][0]
    assert rows(lee_sql, "SELECT name FROM caseapp_hub.client WHERE id = %s", kim_client) == []
    # Changing: the login role holds no write privilege on any table, so PostgreSQL refuses it.
    for statement in ('UPDATE caseapp_hub."case" SET stage = \'closed\' WHERE id = %s',
                      "UPDATE caseapp_hub.change SET fields = '{}' WHERE vis_case = %s",
                      "DELETE FROM caseapp_hub.serviceentry WHERE case_id = %s",
                      "INSERT INTO caseapp_hub.case_assignment (case_id, practitioner, hub_seq) "
                      "VALUES (%s, 'srv_lee', 0)"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            rows(lee_sql, statement, kim_case)
    for statement in ("SELECT * FROM caseapp_hub.hub_user", "SELECT * FROM caseapp_hub.case_assignment"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            rows(lee_sql, statement)
    # Nor through the functions: lee cannot push as kim's device, nor into kim's case from its own.
    with pytest.raises(psycopg.Error, match="not registered to srv_lee"):
        Laptop(lee_sql, device=kim.device).push([])
    forged = lee.change("serviceentry", "forged-entry", fields={"case_id": kim_case, "text": "가짜"}, case_id=kim_case)
    assert lee.push([forged])["refused"] == [{"dv": lee.device, "sq": forged.seq, "why": "not_assigned"}]
    in_kims_name = kim.change("serviceentry", "forged-2", fields={"case_id": lee_case, "text": "x"}, case_id=lee_case)
    assert lee.push([in_kims_name])["refused"][0]["why"] == "device"
    assert owner_rows(conns, "SELECT count(*) FROM caseapp_hub.serviceentry WHERE id LIKE 'forged%%'") == [(0,)]
    # What lee's laptop pulls: its own case and the installation-wide rows, never kim's.
    lee_office = laptop(conns, "srv_lee")
    pulled, _ = lee_office.pull_all()
    assert kim_case not in {c.case_id for c in pulled} and kim_client not in {c.row_id for c in pulled}
    assert lee_case in {c.case_id for c in pulled}


def test_a_supervisors_read_of_a_team_case_is_recorded(conns: dict[str, psycopg.Connection[Any]]) -> None:
    kim, choi = laptop(conns, "srv_kim"), laptop(conns, "srv_choi")
    team_case, changes = kim.new_case("2026-0201")
    kim.push(changes)
    other_team, changes = choi.new_case("2026-0202")
    choi.push(changes)
    park = laptop(conns, "srv_park")
    before = owner_rows(conns, "SELECT count(*) FROM caseapp_hub.access_record WHERE case_id = %s", team_case)[0][0]
    pulled, _ = park.pull_all()
    cases = {c.case_id for c in pulled}
    assert team_case in cases and other_team not in cases
    records = owner_rows(conns, "SELECT hub_user, what FROM caseapp_hub.access_record WHERE case_id = %s", team_case)
    assert len(records) == before + 1 and records[-1] == ("srv_park", "pull")
    # Directly, the supervisor's role reads only cases assigned to it: a team read goes through pull (recorded).
    assert rows(conns["srv_park"], 'SELECT count(*) FROM caseapp_hub."case" WHERE id = %s', team_case) == [(0,)]
    # A team case handed to another team leaves the supervisor's laptop too.
    _, page = park.pull_all()
    hub_admin.assign(conns["owner"], team_case, "srv_choi")
    _, moved = park.pull_all(page["last"])
    assert team_case in moved["released"]
    hub_admin.assign(conns["owner"], team_case, "srv_kim")
    # A supervisor's note in a team case is taken; a change to the case itself is not.
    note = park.change("supervisionrecord", "sv-" + team_case, case_id=team_case,
                       fields={"case_id": team_case, "held_on": "2026-11-05", "content": "검토"})
    stage = park.change("case", team_case, Op.UPDATE, fields={"stage": "closed"}, case_id=team_case)
    result = park.push([note, stage])
    assert result["accepted"] == 1 and [r["why"] for r in result["refused"]] == ["not_assigned"]


def test_a_reassigned_case_moves_with_its_whole_history(hub: dict[str, Any],
                                                        conns: dict[str, psycopg.Connection[Any]]) -> None:
    kim, lee = laptop(conns, "srv_kim"), laptop(conns, "srv_lee")
    case, changes = kim.new_case("2026-0301")
    kim.push(changes)
    _, lee_page = lee.pull_all()
    kim_cursor = laptop(conns, "srv_kim")
    _, kim_page = kim_cursor.pull_all()
    own, creator_page = kim.pull_all()
    assert case not in {c.case_id for c in own}, "a device is not sent its own changes back"
    newest_own = owner_rows(conns, "SELECT max(hub_seq) FROM caseapp_hub.change WHERE device = %s", kim.device)[0][0]
    assert creator_page["last"] >= newest_own, "its own changes still move its cursor"
    moved = hub_admin.assign(hub["url"], "2026-0301", "srv_lee")
    assert moved == {"case_id": case, "case_number": "2026-0301", "from": "srv_kim", "to": "srv_lee"}
    pulled, page = lee.pull_all(lee_page["last"])
    assert {(c.table, c.row_id) for c in pulled if c.case_id == case or c.table == "client"} >= {
        (c.table, c.row_id) for c in changes}, "the new owner gets every change of the case, older ones too"
    _, page = kim_cursor.pull_all(kim_page["last"])
    assert case in page["released"]
    late = kim.change("serviceentry", "late-" + case, fields={"case_id": case, "text": "늦은 기록"}, case_id=case)
    assert kim.push([late])["refused"][0]["why"] == "not_assigned"
    assert rows(conns["srv_kim"], 'SELECT count(*) FROM caseapp_hub."case" WHERE id = %s', case) == [(0,)]
    assert rows(conns["srv_lee"], 'SELECT count(*) FROM caseapp_hub."case" WHERE id = %s', case) == [(1,)]
    # The supervisor hands it back within the team; a practitioner cannot assign; history keeps each move.
    assert hub_admin.assign(conns["srv_park"], case, "srv_kim")["to"] == "srv_kim"
    back, _ = kim.pull_all(creator_page["last"])
    assert {c.row_id for c in changes} <= {c.row_id for c in back}, \
        "a case that comes back returns whole, the creating device's own changes too (it removed its copy)"
    with pytest.raises(UserError, match="허브 관리자나 팀장"):
        hub_admin.assign(conns["srv_lee"], case, "srv_lee")
    with pytest.raises(UserError, match="자기 팀 안에서만"):
        hub_admin.assign(conns["srv_park"], case, "srv_choi")
    history = owner_rows(conns, "SELECT from_user, to_user, by_role FROM caseapp_hub.assignment_history "
                         "WHERE case_id = %s ORDER BY id", case)
    assert history == [(None, "srv_kim", "srv_kim"), ("srv_kim", "srv_lee", "hub_srv_owner"),
                       ("srv_lee", "srv_kim", "srv_park")]


def test_a_forged_change_to_a_signed_entry_is_refused(conns: dict[str, psycopg.Connection[Any]]) -> None:
    kim = laptop(conns, "srv_kim")
    case, changes = kim.new_case("2026-0401", text="서명한 내용")
    entry = changes[2].row_id
    sign = kim.change("serviceentry", entry, Op.UPDATE, case_id=case,
                      fields={**changes[2].fields, "signed_at": "2026-11-03 10:00:00.000000", "signed_by": "김",
                              "content_hash": "ab" * 32})
    assert kim.push(changes + [sign])["accepted"] == 4
    forged = kim.change("serviceentry", entry, Op.UPDATE, fields={"text": "바꾼 내용"}, case_id=case)
    deleted = kim.change("serviceentry", entry, Op.DELETE, case_id=case)
    repeat = kim.change("serviceentry", entry, Op.UPDATE, fields={"text": "서명한 내용"}, case_id=case)
    after = kim.change("case", case, Op.UPDATE, fields={"stage": "assessment"}, case_id=case)
    result = kim.push([forged, deleted, repeat, after])
    assert [(r["sq"], r["why"]) for r in result["refused"]] == [(forged.seq, "signed"), (deleted.seq, "signed")]
    assert result["accepted"] == 2 and result["vector"][kim.device] == after.seq, \
        "a refused change keeps its place: the device's later changes are not held behind it"
    assert owner_rows(conns, "SELECT text, signed_at IS NOT NULL FROM caseapp_hub.serviceentry WHERE id = %s",
                      entry) == [("서명한 내용", True)]
    assert owner_rows(conns, 'SELECT stage FROM caseapp_hub."case" WHERE id = %s', case) == [("assessment",)]
    assert owner_rows(conns, "SELECT count(*) FROM caseapp_hub.change WHERE device = %s AND seq IN (%s, %s)",
                      kim.device, forged.seq, deleted.seq) == [(0,)], "a refused change is not stored"


def test_out_of_order_changes_are_held_until_the_gap_fills_and_a_repeat_is_a_no_op(
        conns: dict[str, psycopg.Connection[Any]]) -> None:
    kim = laptop(conns, "srv_kim")
    case, changes = kim.new_case("2026-0501")
    edit = kim.change("case", case, Op.UPDATE, fields={"stage": "planning"}, case_id=case)
    early = kim.push([changes[2], edit])
    assert early["accepted"] == 0 and early["held"] >= 2 and kim.device not in early["vector"]
    assert owner_rows(conns, 'SELECT count(*) FROM caseapp_hub."case" WHERE id = %s', case) == [(0,)]
    filled = kim.push(changes[:2])
    assert filled["accepted"] == 4 and filled["vector"][kim.device] == edit.seq
    assert owner_rows(conns, 'SELECT stage FROM caseapp_hub."case" WHERE id = %s', case) == [("planning",)]
    counts = owner_rows(conns, "SELECT count(*) FROM caseapp_hub.change")
    again = kim.push(changes + [edit])
    assert again["accepted"] == 0 and again["refused"] == [] and again["held"] == 0
    assert owner_rows(conns, "SELECT count(*) FROM caseapp_hub.change") == counts


def test_the_hubs_copy_keeps_the_later_clock_per_field(conns: dict[str, psycopg.Connection[Any]]) -> None:
    office, field_laptop = laptop(conns, "srv_kim"), laptop(conns, "srv_kim")
    case, changes = office.new_case("2026-0601")
    office.push(changes)
    early = field_laptop.change("case", case, Op.UPDATE, fields={"presenting_request": "먼저 쓴 값"}, case_id=case)
    late = office.change("case", case, Op.UPDATE, fields={"presenting_request": "나중 값", "crisis_flag": 1},
                         case_id=case)
    office.push([late])
    field_laptop.push([early])  # arrives last, but its clock is earlier: the later value stays
    assert owner_rows(conns, 'SELECT presenting_request, crisis_flag FROM caseapp_hub."case" WHERE id = %s',
                      case) == [("나중 값", True)]
    # ...but a signature fixes what it signed, even when an edit with a later clock reached the hub first
    entry = changes[2]
    signed = {**entry.fields, "signed_at": "2026-11-03 10:00:00.000000", "content_hash": "cd" * 32}
    signature = field_laptop.change("serviceentry", entry.row_id, Op.UPDATE, fields=signed, case_id=case)
    edit = office.change("serviceentry", entry.row_id, Op.UPDATE, fields={"text": "서명 뒤에 고친 글"}, case_id=case)
    office.push([edit])
    field_laptop.push([signature])
    assert owner_rows(conns, "SELECT text, content_hash FROM caseapp_hub.serviceentry WHERE id = %s",
                      entry.row_id) == [(entry.fields["text"], "cd" * 32)]


def test_the_director_sees_aggregates_and_no_case_text(conns: dict[str, psycopg.Connection[Any]]) -> None:
    kim = laptop(conns, "srv_kim")
    kim.push(kim.new_case("2026-0701", text="관장이 보면 안 되는 내용")[1])
    boss = conns["srv_boss"]
    months = rows(boss, "SELECT month, practice_type, contact_mode, entries FROM caseapp_hub.stats_services_by_month "
                  "WHERE month = '2026-11' AND practice_type = 'counsel'")
    assert months and months[0][3] >= 1
    assert rows(boss, "SELECT sum(cases) FROM caseapp_hub.stats_cases_by_month")[0][0] >= 1
    for table in ("serviceentry", '"case"', "client", "change", "held_change", "access_record"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            rows(boss, f"SELECT * FROM caseapp_hub.{table}")
    director = Laptop(boss)
    director.register()
    with pytest.raises(psycopg.Error, match="statistics only"):
        director.pull()
    refused = director.push([director.change("case", "x", fields={"case_number": "1"}, case_id="x")])
    assert refused["refused"][0]["why"] == "director"


def test_a_dump_of_the_hub_holds_no_resident_number_in_clear(hub: dict[str, Any],
                                                              conns: dict[str, psycopg.Connection[Any]]) -> None:
    kim = laptop(conns, "srv_kim")
    key = hub_crypto.unwrap_agency_key(kim.register()["agency_key"], "srv_kim", PASSWORDS["srv_kim"])
    case, changes = kim.new_case("2026-0801")
    client = changes[0]
    sealed = hub_crypto.seal_fields(key, "client", client.row_id, {**client.fields,
                                                                   "resident_number": "501231-2345678"})
    kim.push([type(client)(**{**client.__dict__, "fields": sealed}), *changes[1:]])
    pg = hub["pg"]
    env = {**os.environ, "PGPASSWORD": "hub-srv-owner-암호", "PGSSLMODE": "verify-full",
           "PGSSLROOTCERT": str(pg.ca_pem)}
    dump = subprocess.run([str(pg.bin_dir / "pg_dump"), "-h", "127.0.0.1", "-p", str(pg.port), "-U", "hub_srv_owner",
                           "-n", "caseapp_hub", "--data-only", "--enable-row-security", DB], env=env,
                          capture_output=True, text=True, timeout=120, check=True).stdout
    assert client.row_id in dump and "hubenc1:" in dump
    assert "501231-2345678" not in dump and "5012312345678" not in dump
    stored = owner_rows(conns, "SELECT resident_number FROM caseapp_hub.client WHERE id = %s", client.row_id)[0][0]
    assert hub_crypto.open_field(key, "client", "resident_number", client.row_id, stored) == "501231-2345678"


def test_role_and_assignment_history_is_kept_three_years(hub: dict[str, Any],
                                                         conns: dict[str, psycopg.Connection[Any]]) -> None:
    owner = conns["owner"]
    owner.execute("INSERT INTO caseapp_hub.hub_user_history (at, hub_user, what) VALUES "
                  "(now() - interval '3 years 1 day', 'gone', 'add'), (now() - interval '2 years', 'kept', 'add')")
    owner.commit()
    assert hub_admin.purge_history(hub["url"])["hub_user_history"] == 1
    assert owner_rows(conns, "SELECT hub_user FROM caseapp_hub.hub_user_history WHERE hub_user IN "
                      "('gone', 'kept')") == [("kept",)]
    with pytest.raises(psycopg.Error, match="at least 3 years"):
        rows(owner, "SELECT caseapp_hub.purge_history(interval '1 year')")
    assert hub_admin.change_user(hub["url"], "srv_choi", kind="supervisor", team="c")["kind"] == "supervisor"
    assert owner_rows(conns, "SELECT pg_has_role('caseapp_u_srv_choi', 'caseapp_supervisor', 'MEMBER'), "
                      "pg_has_role('caseapp_u_srv_choi', 'caseapp_practitioner', 'MEMBER')") == [(True, False)]
    hub_admin.deactivate_user(hub["url"], "srv_choi")
    history = owner_rows(conns, "SELECT what, kind, team, by_role FROM caseapp_hub.hub_user_history "
                         "WHERE hub_user = 'srv_choi' ORDER BY id")
    assert history == [("add", "practitioner", "b", "hub_srv_owner"), ("change", "supervisor", "c", "hub_srv_owner"),
                       ("deactivate", "supervisor", "c", "hub_srv_owner")]
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(user_url(hub["pg"], DB, "srv_choi", PASSWORDS["srv_choi"]))
    with pytest.raises(psycopg.Error, match="Not an active user"):
        Laptop(conns["srv_choi"]).register()


def test_rows_are_filed_under_their_case_by_the_hub_not_by_what_the_laptop_claims(
        conns: dict[str, psycopg.Connection[Any]]) -> None:
    kim, lee = laptop(conns, "srv_kim"), laptop(conns, "srv_lee")
    case, changes = kim.new_case("2026-1001")
    client, case_insert, entry = changes
    member = kim.change("householdmember", "member-" + case, fields={"client_id": client.row_id, "relation": "자녀"})
    # the client arrives before its case: filed under it when the case's insert comes; its household after
    assert kim.push([client])["accepted"] == 1
    assert owner_rows(conns, "SELECT vis_case FROM caseapp_hub.change WHERE row_id = %s", client.row_id) == [(None,)]
    assert client.row_id not in {c.row_id for c in lee.pull_all()[0]}
    assert kim.push([case_insert, entry, member])["accepted"] == 3
    assert owner_rows(conns, "SELECT DISTINCT vis_case FROM caseapp_hub.change WHERE row_id IN (%s, %s)",
                      client.row_id, member.row_id) == [(case,)]
    assert rows(conns["srv_kim"], "SELECT relation FROM caseapp_hub.householdmember WHERE id = %s",
                member.row_id) == [("자녀",)]
    assert rows(conns["srv_lee"], "SELECT count(*) FROM caseapp_hub.householdmember WHERE id = %s",
                member.row_id) == [(0,)]
    # lee's need rating under kim's assessment, claiming lee's own case: the hub files it by its parent and refuses
    lee_case, lee_changes = lee.new_case("2026-1002")
    lee.push(lee_changes)
    assessment = kim.change("assessment", "as-" + case, fields={"case_id": case, "assessed_on": "2026-11-04"},
                            case_id=case)
    kim.push([assessment])
    rating = lee.change("needrating", "nr-" + case, fields={"assessment_id": assessment.row_id, "area": "housing"},
                        case_id=lee_case)
    assert lee.push([rating])["refused"][0]["why"] == "case_mismatch"
    # the hub's helpers are not the laptops' to call
    for call in ("caseapp_hub._put('case', 'x', '{}')", "caseapp_hub._take(NULL, '{}')",
                 "caseapp_hub.purge_history()", "caseapp_hub.after_restore()"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            rows(conns["srv_lee"], f"SELECT {call}")


def test_a_destroyed_case_leaves_no_values_on_the_hub(conns: dict[str, psycopg.Connection[Any]]) -> None:
    kim = laptop(conns, "srv_kim")
    case, changes = kim.new_case("2026-1101", text="파기될 내용")
    kim.push(changes)
    destroy = kim.change("case", case, Op.DESTROY, case_id=case)
    assert kim.push([destroy])["accepted"] == 1
    assert owner_rows(conns, "SELECT count(*) FROM caseapp_hub.serviceentry WHERE case_id = %s", case) == [(0,)]
    assert owner_rows(conns, 'SELECT count(*) FROM caseapp_hub."case" WHERE id = %s', case) == [(0,)]
    assert owner_rows(conns, "SELECT count(*) FROM caseapp_hub.change WHERE vis_case = %s AND fields <> '{}'",
                      case) == [(0,)]
    assert owner_rows(conns, "SELECT count(*) FROM caseapp_hub.client WHERE id = %s", changes[0].row_id) == [(0,)]
    late = kim.change("serviceentry", "after-destroy", fields={"case_id": case, "text": "되살리기"}, case_id=case)
    assert kim.push([late])["refused"][0]["why"] == "destroyed"
    assert owner_rows(conns, "SELECT count(*) FROM caseapp_hub.serviceentry WHERE id = 'after-destroy'") == [(0,)]


def test_status_shows_each_caller_the_users_it_may_see(conns: dict[str, psycopg.Connection[Any]]) -> None:
    kim = laptop(conns, "srv_kim")
    kim.push(kim.new_case("2026-1201")[1])
    kim.pull()
    everyone = hub_admin.hub_status(conns["owner"])
    users = {u["name"]: u for u in everyone["users"]}
    assert set(users) == set(PASSWORDS) and everyone["you"] == "hub_srv_owner"
    device = next(d for d in users["srv_kim"]["devices"] if d["device"] == kim.device)
    assert device["last_push_at"] and device["last_pull_at"] and device["seq"] == 3
    assert everyone["counts"]["changes"] >= 3 and everyone["counts"]["cases"] >= 1
    assert [u["name"] for u in hub_admin.hub_status(conns["srv_lee"])["users"]] == ["srv_lee"]
    assert {u["name"] for u in hub_admin.hub_status(conns["srv_park"])["users"]} == {"srv_kim", "srv_lee",
                                                                                     "srv_park"}


def test_an_admin_role_without_createrole_gets_a_clear_refusal(hub: dict[str, Any]) -> None:
    pg = hub["pg"]
    with superuser(pg) as conn:
        if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = 'hub_srv_weak'").fetchone() is None:
            conn.execute("CREATE ROLE hub_srv_weak LOGIN PASSWORD 'weak-pass-1'")
        conn.execute(f'GRANT CREATE ON DATABASE "{DB}" TO hub_srv_weak')
    weak = pg.url("hub_srv_weak", "weak-pass-1", DB) + f"?sslmode=verify-full&sslrootcert={pg.ca_pem}"
    with pytest.raises(UserError, match="소유자는 hub_srv_owner"):
        hub_admin.init_hub(weak, admin_password=ADMIN_PASSWORD)
    with pytest.raises(UserError, match="거부했습니다"):
        hub_admin.add_user(weak, "srv_weak", "practitioner", "weak user pass", admin_password=ADMIN_PASSWORD)


def test_concurrent_pushes_never_pass_a_pulling_cursor(hub: dict[str, Any],
                                                        conns: dict[str, psycopg.Connection[Any]]) -> None:
    """Pushes commit in hub_seq order (one writer at a time), so a supervisor pulling while practitioners push
    never moves its cursor past a change that commits later."""
    import threading

    pg = hub["pg"]
    pushed: list[tuple[str, int]] = []
    errors: list[BaseException] = []

    def practitioner(name: str) -> None:
        try:
            with psycopg.connect(user_url(pg, DB, name, PASSWORDS[name])) as conn:
                device = Laptop(conn)
                device.register()
                for n in range(4):
                    _, changes = device.new_case(f"2026-{name[-3:]}{n}")
                    device.push(changes)
                    pushed.extend((c.device, c.seq) for c in changes)
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)

    park = laptop(conns, "srv_park")
    _, page = park.pull_all()
    cursor, seen = page["last"], set()
    workers = [threading.Thread(target=practitioner, args=(name,)) for name in ("srv_kim", "srv_lee")]
    for worker in workers:
        worker.start()
    while any(worker.is_alive() for worker in workers):
        changes, page = park.pull_all(cursor, lim=5)
        seen |= {(c.device, c.seq) for c in changes}
        cursor = page["last"]
    for worker in workers:
        worker.join()
    changes, _ = park.pull_all(cursor)
    seen |= {(c.device, c.seq) for c in changes}
    assert not errors
    assert len(pushed) == 24 and set(pushed) <= seen


def test_a_reopened_clients_second_case_brings_the_client_to_its_new_holder(
        hub: dict[str, Any], conns: dict[str, psycopg.Connection[Any]]) -> None:
    kim, lee = laptop(conns, "srv_kim"), laptop(conns, "srv_lee")
    first, changes = kim.new_case("2026-1301")
    client = changes[0]
    second = "second-" + first
    reopened = kim.change("case", second, case_id=second, fields={
        "case_number": "2026-1302", "client_id": client.row_id, "opened_on": "2026-12-01", "stage": "intake"})
    kim.push(changes + [reopened])
    _, page = lee.pull_all()
    hub_admin.assign(hub["url"], second, "srv_lee")
    pulled, _ = lee.pull_all(page["last"])
    assert client.row_id in {c.row_id for c in pulled} and first not in {c.case_id for c in pulled}
    edit = lee.change("client", client.row_id, Op.UPDATE, fields={"phone": "010-0000-1302"})
    assert lee.push([edit])["accepted"] == 1
    assert rows(conns["srv_lee"], "SELECT phone FROM caseapp_hub.client WHERE id = %s", client.row_id) == [
        ("010-0000-1302",)]
    choi_like = laptop(conns, "srv_park")  # holds neither case: refused
    assert choi_like.push([choi_like.change("client", client.row_id, Op.UPDATE, fields={"phone": "x"})])[
        "refused"][0]["why"] == "not_assigned"


def test_malformed_changes_are_refused_one_by_one_and_the_rest_is_taken(
        conns: dict[str, psycopg.Connection[Any]]) -> None:
    kim = laptop(conns, "srv_kim")
    case, changes = kim.new_case("2026-1401")
    good = [c.to_json() for c in changes]
    bad_clock = {**good[2], "c": "not a clock"}
    batch = [good[0], good[1], bad_clock, {"dv": kim.device, "sq": None}, "not a change", [1, 2],
             {"dv": kim.device, "sq": 4, "op": None, "t": "case", "r": case, "c": good[1]["c"]}]
    result = kim.call("push", kim.device, json.dumps(batch))
    assert result["accepted"] == 2 and result["vector"][kim.device] == 4
    assert sorted(r["why"] for r in result["refused"]) == ["malformed"] * 5
    with pytest.raises(psycopg.Error, match="array of changes"):
        kim.call("push", kim.device, json.dumps({"dv": kim.device}))


def test_a_new_hub_password_opens_the_login_and_the_agency_key(hub: dict[str, Any]) -> None:
    hub_admin.add_user(hub["url"], "srv_new", "practitioner", "first password", admin_password=ADMIN_PASSWORD)
    with psycopg.connect(user_url(hub["pg"], DB, "srv_new", "first password")) as conn:
        key = hub_crypto.unwrap_agency_key(Laptop(conn).register()["agency_key"], "srv_new", "first password")
    with pytest.raises(hub_crypto.WrongHubPassword):
        hub_admin.set_password(hub["url"], "srv_new", "second password", admin_password="wrong admin password")
    hub_admin.set_password(hub["url"], "srv_new", "second password", admin_password=ADMIN_PASSWORD)
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(user_url(hub["pg"], DB, "srv_new", "first password"))
    with psycopg.connect(user_url(hub["pg"], DB, "srv_new", "second password")) as conn:
        blob = Laptop(conn).register()["agency_key"]
    assert hub_crypto.unwrap_agency_key(blob, "srv_new", "second password") == key
