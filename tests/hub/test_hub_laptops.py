"""Laptops on one agency hub (issue 18), against the real throwaway PostgreSQL cluster: each laptop holds only its
cases, a reassigned case moves, a week offline on two machines settles exactly as two-machine sync does, sealed fields
never reach the hub in clear, and a wrong password, an unreachable hub or a refused certificate change nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hub_laptops import (  # type: ignore[import-not-found]
    ADMIN_PASSWORD, Laptop, Office, clients_here, hub_admin_url, new_laptop, office, open_case, sync,  # noqa: F401 (office: fixture)
)

RESIDENT_NUMBER = "850315-1234567"
HEALTH = "당뇨로 인슐린 투약 중"


def add_entries(laptop: Laptop, case_id: str, texts: list[str]) -> None:
    from caseapp.services import entries
    with laptop.use():
        for text in texts:
            entries.add_service_entry(laptop.vault, case_id, "counselling", text)


def entry_texts(laptop: Laptop, case_id: str) -> list[str]:
    from caseapp.services import cases
    with laptop.use():
        return sorted(e.text for e in cases.snapshot(laptop.vault, case_id).services)


def test_each_laptop_holds_only_its_cases_and_sealed_fields_stay_sealed_on_the_hub(office: Office) -> None:
    from caseapp.services import agency_profile, cases, entries
    alice = office.laptop("alice", "김사회")
    bob = office.laptop("bob", "박복지")
    sue = office.laptop("sue", "이팀장")
    mine = open_case(alice, "김민수", resident_number=RESIDENT_NUMBER)
    with alice.use():
        client_id = cases.snapshot(alice.vault, mine).client.id
        entries.add_household_member(alice.vault, client_id, {"name": "김영희", "relation": "모", "health": HEALTH})
    open_case(bob, "최지원")
    for laptop in (alice, bob, sue, alice):
        sync(laptop)

    assert clients_here(alice) == ["김민수"]
    assert clients_here(bob) == ["최지원"]
    assert clients_here(sue) == ["김민수", "최지원"]  # the supervisor reads the team's cases
    with sue.use():
        snap = cases.snapshot(sue.vault, mine)
        assert snap.client.resident_number == RESIDENT_NUMBER  # opened again with the agency key
        assert [m.health for m in snap.household] == [HEALTH]
        assert agency_profile.current_practitioner(sue.vault).name == "이팀장"  # colleagues' rows are not "current"
    with office.hub.owner_conn() as conn:  # a dump of the hub: the sealed values only
        logged = " ".join(r[0] for r in conn.execute("SELECT fields::text FROM caseapp_hub.change").fetchall())
        stored = conn.execute("SELECT resident_number FROM caseapp_hub.client WHERE resident_number <> ''").fetchall()
    assert "김민수" in logged and RESIDENT_NUMBER not in logged and HEALTH not in logged
    assert "hubenc1:" in logged and stored and all(r[0].startswith("hubenc1:") for r in stored)


def test_a_reassigned_case_moves_and_comes_back_whole(office: Office) -> None:
    from sqlmodel import select

    from caseapp.storage.models import AuditEvent, DestructionLog
    alice = office.laptop("alice", "김사회")
    bob = office.laptop("bob", "박복지")
    open_case(alice, "이영자")  # stays with alice: bob gets alice's device sequence with a gap (hub mode)
    moving = open_case(alice, "김민수")
    add_entries(alice, moving, ["첫 상담", "가정방문"])
    sync(alice)

    code, out, err = alice.cli("hub", "assign", moving, "--to", office.users["bob"], "--url", office.hub.admin_url(),
                               "--ca", str(office.hub.cluster.ca_pem), **office.admin_env())
    assert code == 0, err
    report = sync(alice)
    assert clients_here(alice) == ["이영자"] and len(report.released) == 1
    with alice.use(), alice.vault.session() as s:
        assert s.exec(select(DestructionLog)).all() == []  # handed over, not destroyed
        assert [e.entity_id for e in s.exec(select(AuditEvent).where(AuditEvent.action == "hub_release"))] == [moving]
    sync(bob)
    assert clients_here(bob) == ["김민수"] and entry_texts(bob, moving) == ["가정방문", "첫 상담"]
    add_entries(bob, moving, ["박복지의 상담"])
    sync(bob)

    with hub_admin_url(office.hub) as url:
        from caseapp.services import hub_admin
        hub_admin.assign(url, moving, office.users["alice"])
    sync(alice)
    sync(bob)
    assert entry_texts(alice, moving) == ["가정방문", "박복지의 상담", "첫 상담"]  # the whole history is back
    assert clients_here(alice) == ["김민수", "이영자"]
    assert clients_here(bob) == []
    add_entries(alice, moving, ["돌아온 뒤 상담"])  # this device's sequence went on without reusing a number
    assert sync(alice).refused == []


def test_a_week_offline_on_two_machines_settles_as_two_machine_sync(office: Office) -> None:
    from caseapp.services import cases
    office_pc = office.laptop("alice", "김사회", label="office-pc")
    field = office.laptop("alice", "김사회", label="field-laptop")
    case_id = open_case(office_pc, "김민수")
    sync(office_pc)
    sync(field)
    assert clients_here(field) == ["김민수"]

    # a week apart: entries on both, and the same field edited on both
    add_entries(office_pc, case_id, [f"사무실 {d}일" for d in range(1, 6)])
    add_entries(field, case_id, [f"현장 {d}일" for d in range(1, 6)])
    for text in ("월세 체납", "월세 체납, 단전 예고"):
        with office_pc.use():
            cases.update_intake(office_pc.vault, case_id, {"presenting_request": text})
    with field.use():
        cases.update_intake(field.vault, case_id, {"presenting_request": "긴급 주거 지원 요청"})
    for laptop in (field, office_pc, field):
        sync(laptop)

    assert entry_texts(office_pc, case_id) == entry_texts(field, case_id)
    assert len(entry_texts(field, case_id)) == 10
    open_here = office_pc.json("sync", "conflicts")
    assert [(c["field"], c["theirs"]) for c in open_here] == [("presenting_request", "긴급 주거 지원 요청")]
    assert [c["field"] for c in field.json("sync", "conflicts")] == ["presenting_request"]
    code, _, err = office_pc.cli("sync", "resolve", open_here[0]["id"], "--keep", "theirs")
    assert code == 0, err
    code, out, err = office_pc.cli("hub", "sync")
    assert code == 0, err
    sync(field)
    assert office_pc.json("sync", "conflicts") == [] and field.json("sync", "conflicts") == []
    for laptop in (office_pc, field):
        with laptop.use():
            assert cases.snapshot(laptop.vault, case_id).case.presenting_request == "긴급 주거 지원 요청"


def test_wrong_password_unreachable_hub_and_refused_certificate_change_nothing(office: Office, pg: Any,
                                                                              tmp_path: Path) -> None:
    import pg_cluster  # type: ignore[import-not-found]
    from caseapp.services import hub_client
    loner = new_laptop(tmp_path, "loner", "정외톨")
    office.laptops.append(loner)
    open_case(loner, "한가람")
    join = ("hub", "join", "--url", office.hub.url(), "--user", office.users["bob"])
    other_ca, _key = pg_cluster._self_signed(tmp_path)  # a certificate the server does not have

    cases = [
        ((*join, "--ca", str(pg.ca_pem)), "wrong password", 2, "password is wrong"),
        ((*join, "--fingerprint", "AB:" * 31 + "CD"), office.password("bob"), 1, "fingerprint differs"),
        ((*join, "--ca", str(other_ca)), office.password("bob"), 1, "does not match the pinned"),
        (("hub", "join", "--url", f"postgresql://127.0.0.1:{pg_cluster.free_port()}/x", "--user", "bob"),
         office.password("bob"), 1, "Cannot reach the hub"),
    ]
    director = office.users["alice"].replace("alice", "boss")
    with hub_admin_url(office.hub) as url:
        from caseapp.services import hub_admin
        hub_admin.add_user(url, director, "director", office.password("boss"), admin_password=ADMIN_PASSWORD)
    cases.append((("hub", "join", "--url", office.hub.url(), "--user", director, "--ca", str(pg.ca_pem)),
                  office.password("boss"), 1, "director account receives no case records"))
    for argv, password, exit_code, words in cases:
        code, out, err = loner.cli(*argv, CASEAPP_HUB_PASSWORD=password)
        assert (code, out) == (exit_code, ""), (argv, err)
        assert words in err and err.count("\n") == 1, err
        assert loner.json("hub", "status") == {"joined": False}

    joined = office.laptop("alice", "김사회")
    open_case(joined, "김민수")
    with joined.use(), joined.vault.session(write=True) as s:  # the office server goes down
        from caseapp.services import signing
        signing.put_meta_text(s, "hub.url", f"postgresql://127.0.0.1:{pg_cluster.free_port()}/x")
    before = clients_here(joined)
    code, out, err = joined.cli("hub", "sync")
    assert code == 1 and out == "" and "Cannot reach the hub" in err and err.count("\n") == 1
    assert clients_here(joined) == before
    status = joined.json("hub", "status")
    assert status["reachable"] is False and status["unsent_changes"] > 0
    assert "Cannot reach the hub" in status["last_error"][1]
    with joined.use():
        assert hub_client.settings(joined.vault) is not None  # still joined: the next sync sends it


def test_cli_init_join_sync_and_status_keys(office: Office, pg: Any) -> None:
    laptop = new_laptop(office.root, "cli", "김사회")
    office.laptops.append(laptop)
    again = laptop.json("hub", "init", "--url", office.hub.admin_url(), "--ca", str(pg.ca_pem), **office.admin_env())
    assert again["created"] is False and set(again) >= {"hub_id", "owner", "certificate_sha256"}  # idempotent
    open_case(laptop, "김민수")
    joined = laptop.json("hub", "join", "--url", office.hub.url(), "--user", office.users["alice"],
                         "--fingerprint", again["certificate_sha256"],  # the pin shown by hub init
                         CASEAPP_HUB_PASSWORD=office.password("alice"))
    assert joined["hub_id"] == again["hub_id"] and joined["sync"]["accepted"] > 0
    report = laptop.json("hub", "sync")
    assert set(report) == {"pushed", "accepted", "held", "refused", "pulled", "new_records", "changed_records",
                           "conflicts", "deletions", "destructions", "released", "cursor", "synced_at"}
    assert report["pushed"] == 0 and report["cursor"] == joined["sync"]["cursor"] > 0
    status = laptop.json("hub", "status")
    assert set(status) == {"joined", "url", "user", "kind", "team", "hub_id", "device", "certificate_sha256", "tls",
                           "last_sync_at", "last_error", "unsent_changes", "open_conflicts", "cursor", "reachable",
                           "hub"}
    assert status["reachable"] is True and status["unsent_changes"] == 0 and status["tls"] == "verify-ca"
    code, out, err = laptop.cli("hub", "after-restore", "--url", office.hub.admin_url(), "--ca", str(pg.ca_pem),
                                **office.admin_env())
    assert code == 0 and "position" in out, err
    assert laptop.json("hub", "sync")["cursor"] >= report["cursor"]  # the laptop goes on after the jump
    admin = ("--url", office.hub.admin_url(), "--ca", str(pg.ca_pem))
    code, _, err = laptop.cli("hub", "change-user", office.users["bob"], "--supervisor", *admin, **office.admin_env())
    assert code == 0, err
    code, _, err = laptop.cli("hub", "deactivate-user", office.users["alice"], *admin, **office.admin_env())
    assert code == 0, err
    code, out, err = laptop.cli("hub", "sync")
    assert (code, out) == (1, "") and "deactivated this hub user" in err and err.count("\n") == 1
