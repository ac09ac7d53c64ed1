"""The hub's 접속기록 (supervisors' pulls of team cases) have the local access log's guarantees: a hash chain that
shows any edit or deletion, no change or deletion but the purge of rows past 2 years, and a monthly review kept
with the chain's head (개인정보의 안전성 확보조치 기준 제8조)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from typing import Any
import uuid

import psycopg
import pytest

import pg_cluster
from caseapp.errors import UserError
from caseapp.services import hub_access, hub_admin
from hub_laptops import Office, office, open_case, sync  # type: ignore[import-not-found]  # noqa: F401 (office: fixture)
from hub_server_helpers import ADMIN_PASSWORD, Laptop, new_hub_database, superuser, user_url  # type: ignore[import-not-found]

DB = "hub_access"


@pytest.fixture
def hub(pg: pg_cluster.Cluster) -> Iterator[dict[str, Any]]:
    tag = uuid.uuid4().hex[:6]  # roles are cluster-wide: each test its own users
    users = {"acc_kim": (f"acc_kim_{tag}", "practitioner"), "acc_park": (f"acc_park_{tag}", "supervisor")}
    url = new_hub_database(pg, DB)
    hub_admin.init_hub(url, admin_password=ADMIN_PASSWORD)
    for name, kind in users.values():
        hub_admin.add_user(url, name, kind, f"pw {name} 암호", team="a", admin_password=ADMIN_PASSWORD)
    opened = {who: psycopg.connect(user_url(pg, DB, name, f"pw {name} 암호")) for who, (name, _) in users.items()}
    opened["owner"] = psycopg.connect(url)
    yield {"url": url, "pg": pg, "park": users["acc_park"][0], **opened}
    for conn in opened.values():
        conn.close()


def owner(hub: dict[str, Any], sql: str, *params: Any) -> list[tuple[Any, ...]]:
    conn = hub["owner"]
    try:
        cur = conn.execute(sql, params)
        return cur.fetchall() if cur.description else []
    finally:
        conn.commit()


def supervisor_reads(hub: dict[str, Any], numbers: list[str]) -> list[str]:
    kim = Laptop(hub["acc_kim"])
    kim.register()
    cases = []
    for number in numbers:
        case_id, changes = kim.new_case(number)
        kim.push(changes)
        cases.append(case_id)
    park = Laptop(hub["acc_park"])
    park.register()
    park.pull_all()
    return cases


def test_a_supervisors_reads_are_chained_and_any_edit_or_deletion_shows(hub: dict[str, Any]) -> None:
    cases = supervisor_reads(hub, ["2026-0301", "2026-0302"])
    rows = owner(hub, "SELECT case_id, hub_user, device, addr, prev_hash, hash FROM caseapp_hub.access_record "
                      "ORDER BY id")
    assert sorted(r[0] for r in rows) == sorted(cases)
    assert all(r[1] == hub["park"] and r[2] and r[3] and len(r[5]) == 64 for r in rows)
    assert rows[0][4] == "" and rows[1][4] == rows[0][5]  # each row's hash is the next one's start
    checked = hub_access.verify_access(hub["url"])
    assert checked["ok"] and checked["records"] == 2 and checked["head"] == rows[1][5]
    listed = hub_access.access_records(hub["url"], date.today() - timedelta(days=1), date.today() + timedelta(days=1))
    assert {r["case_number"] for r in listed} == {"2026-0301", "2026-0302"} and listed[0]["hub_user"] == hub["park"]

    for sql in ("UPDATE caseapp_hub.access_record SET case_id = 'x'", "DELETE FROM caseapp_hub.access_record",
                "TRUNCATE caseapp_hub.access_record"):
        with pytest.raises(psycopg.Error, match="cannot be changed or deleted"):
            owner(hub, sql)
        hub["owner"].rollback()
    # Past the guard (a superuser switching triggers off), an edit is still seen by the chain.
    with superuser(hub["pg"], DB) as su:
        su.execute("SET session_replication_role = replica")
        su.execute("UPDATE caseapp_hub.access_record SET what = 'nothing' WHERE id = (SELECT max(id) FROM "
                   "caseapp_hub.access_record)")
    broken = hub_access.verify_access(hub["url"])
    assert not broken["ok"] and broken["broken_at"] == max(r[0] for r in owner(
        hub, "SELECT id FROM caseapp_hub.access_record"))
    # The practitioners' and supervisors' own roles can neither read nor write the table.
    for who in ("acc_kim", "acc_park"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            hub[who].execute("SELECT * FROM caseapp_hub.access_record").fetchall()
        hub[who].rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            hub[who].execute("SELECT caseapp_hub.verify_access()").fetchall()
        hub[who].rollback()


def test_a_monthly_review_keeps_the_head_and_a_tail_cut_after_it_shows(hub: dict[str, Any]) -> None:
    supervisor_reads(hub, ["2026-0401"])
    last_month = (datetime.now(timezone.utc).replace(day=1) - timedelta(days=1)).date()
    owner(hub, "INSERT INTO caseapp_hub.access_record (at, hub_user, case_id, what) VALUES "
               "(%s, %s, 'c-old', 'pull')", datetime.combine(last_month, datetime.min.time(), timezone.utc), hub["park"])
    assert hub_access.unreviewed_access_month(hub["url"]) == last_month.strftime("%Y-%m")
    review = hub_access.review_access(hub["url"], last_month)
    assert review["records"] == 1 and review["by_user"] == {hub["park"]: 1} and review["chain"]["ok"]
    assert hub_access.unreviewed_access_month(hub["url"]) is None
    with pytest.raises(UserError, match="끝난 달만"):
        hub_access.review_access(hub["url"], date.today())
    supervisor_reads(hub, ["2026-0402"])
    assert hub_access.verify_access(hub["url"])["ok"]
    with superuser(hub["pg"], DB) as su:  # the newest rows removed, the chain still whole up to its new end
        su.execute("SET session_replication_role = replica")
        su.execute("DELETE FROM caseapp_hub.access_record")
    cut = hub_access.verify_access(hub["url"])
    assert not cut["ok"] and cut["broken_at"] is None and cut["reviews_altered"] == [last_month.strftime("%Y-%m")]


def test_a_month_reviewed_again_keeps_its_earlier_review_and_an_older_hub_is_told_to_init(
        hub: dict[str, Any]) -> None:
    supervisor_reads(hub, ["2026-0501"])
    last_month = (datetime.now(timezone.utc).replace(day=1) - timedelta(days=1)).date().replace(day=1)
    assert hub_access.review_access(hub["url"], last_month)["earlier_review_kept"] is False
    first = hub_access.month_review(hub["owner"], last_month)
    assert first is not None and first["earlier"] == [] and first["records"] == 0
    owner(hub, "INSERT INTO caseapp_hub.access_record (at, hub_user, case_id, what) VALUES (%s, %s, 'c-late', "
               "'pull')", datetime.combine(last_month, datetime.min.time(), timezone.utc), hub["park"])
    assert hub_access.review_access(hub["url"], last_month)["earlier_review_kept"] is True
    again = hub_access.month_review(hub["owner"], last_month)
    assert again is not None and again["records"] == 1 and again["reviewed_at"] >= first["reviewed_at"]
    assert again["earlier"] == [{k: first[k] for k in ("reviewed_at", "reviewed_by", "records")}]

    owner(hub, "DROP TABLE caseapp_hub.access_review_earlier")  # as a hub set up by the program before
    with pytest.raises(UserError, match="caseapp hub init'을 다시"):
        hub_access.access_month(hub["url"], last_month)
    hub_admin.init_hub(hub["url"], admin_password=ADMIN_PASSWORD)  # the next init adds it; the review stays
    shown = hub_access.access_month(hub["url"], last_month)
    assert shown["review"]["records"] == 1 and shown["review"]["earlier"] == []


def test_records_go_only_after_two_years_oldest_first_and_the_chain_still_verifies(hub: dict[str, Any]) -> None:
    now = datetime.now(timezone.utc)
    for days, case in ((800, "c-800"), (760, "c-760"), (700, "c-700")):
        owner(hub, "INSERT INTO caseapp_hub.access_record (at, hub_user, case_id, what) VALUES "
                   "(%s, %s, %s, 'pull')", now - timedelta(days=days), hub["park"], case)
    supervisor_reads(hub, ["2026-0501"])
    with pytest.raises(psycopg.Error, match="at least 2 years"):
        owner(hub, "SELECT caseapp_hub.purge_access(interval '1 year')")
    hub["owner"].rollback()
    assert hub_access.purge_access(hub["url"]) == {"access_record": 2}
    kept = [r[0] for r in owner(hub, "SELECT case_id FROM caseapp_hub.access_record ORDER BY id")]
    assert kept[0] == "c-700" and len(kept) == 2
    assert hub_access.verify_access(hub["url"]) | {"head": ""} == {"ok": True, "records": 2, "broken_at": None,
                                                                   "reviews_altered": [], "head": ""}
    supervisor_reads(hub, ["2026-0502"])  # new rows chain on after a purge
    assert hub_access.verify_access(hub["url"])["ok"]
    assert hub_access.purge_access(hub["url"]) == {"access_record": 0}


def test_rows_recorded_before_the_chain_are_chained_by_the_next_init(hub: dict[str, Any]) -> None:
    supervisor_reads(hub, ["2026-0601", "2026-0602"])
    before = owner(hub, "SELECT id, at, hub_user, case_id, what FROM caseapp_hub.access_record ORDER BY id")
    with superuser(hub["pg"], DB) as su:  # as a hub initialised by the previous caseapp holds them
        su.execute("SET session_replication_role = replica")
        su.execute("UPDATE caseapp_hub.access_record SET prev_hash = NULL, hash = NULL")
    assert not hub_access.verify_access(hub["url"])["ok"]
    hub_admin.init_hub(hub["url"], admin_password=ADMIN_PASSWORD)
    assert owner(hub, "SELECT id, at, hub_user, case_id, what FROM caseapp_hub.access_record ORDER BY id") == before
    assert hub_access.verify_access(hub["url"])["ok"]


def test_hub_access_on_the_command_line(office: Office) -> None:
    sue = office.laptop("sue", "이팀장")
    alice = office.laptop("alice", "김사회")
    open_case(alice, "김민수")
    sync(alice)
    sync(sue)  # a supervisor's pull of alice's case: one access record
    where = ("--url", office.hub.admin_url(), "--ca", str(office.hub.cluster.ca_pem))
    shown = sue.json("hub", "access", *where, **office.admin_env())
    assert shown["verify"]["ok"] and shown["verify"]["records"] == 1 and shown["review"] is None
    last_month = (datetime.now(timezone.utc).replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
    assert shown["unreviewed_month"] == last_month
    reviewed = sue.json("hub", "access", *where, "--review", last_month, "--purge", **office.admin_env())
    assert reviewed["review"]["month"] == last_month and reviewed["purged"] == {"access_record": 0}
    assert reviewed["unreviewed_month"] is None
    code, _, err = sue.cli("hub", "access", *where, "--review", date.today().strftime("%Y-%m"), **office.admin_env())
    assert code == 1 and "has ended" in err
    code, out, _ = sue.cli("hub", "access", *where, **office.admin_env())
    assert code == 0 and "1 access records: unaltered" in out
