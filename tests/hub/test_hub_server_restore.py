"""README's hub backup and recovery, done as written: pg_dump as the owner, pg_restore into a new database, hub init
with the same admin password, after_restore — and a laptop whose cursor is past the restored log misses nothing."""

from __future__ import annotations

import os
import subprocess
from typing import Any

import psycopg
import pytest

import pg_cluster
from caseapp.domain.sync_protocol import Op
from caseapp.services import hub_access, hub_admin
from hub_server_helpers import ADMIN_PASSWORD, OWNER, OWNER_PASSWORD, Laptop, new_hub_database, owner_url, \
    superuser, user_url

DB, RESTORED = "hub_restore_test", "hub_restore_test_2"
PASSWORDS = {"rst_kim": "kim 복구 암호 1", "rst_lee": "lee 복구 암호 2"}


def _tool(pg: pg_cluster.Cluster, name: str, *args: str) -> str:
    env = {**os.environ, "PGPASSWORD": OWNER_PASSWORD, "PGSSLMODE": "verify-full", "PGSSLROOTCERT": str(pg.ca_pem)}
    return subprocess.run([str(pg.bin_dir / name), "-h", "127.0.0.1", "-p", str(pg.port), "-U", OWNER, *args],
                          env=env, capture_output=True, text=True, timeout=120, check=True).stdout


@pytest.mark.slow  # two databases, pg_dump and pg_restore: ~10 s on the loaded CI machine
def test_a_hub_restored_from_its_dump_serves_the_laptops_again(pg: pg_cluster.Cluster, tmp_path: Any) -> None:
    url = new_hub_database(pg, DB)
    hub_id = hub_admin.init_hub(url, admin_password=ADMIN_PASSWORD)["hub_id"]
    for name, password in PASSWORDS.items():
        hub_admin.add_user(url, name, "practitioner", password, team="a", admin_password=ADMIN_PASSWORD)
    with psycopg.connect(user_url(pg, DB, "rst_kim", PASSWORDS["rst_kim"])) as conn:
        kim = Laptop(conn)
        kim.register()
        case, changes = kim.new_case("2026-0901")
        kim.push(changes)
    with psycopg.connect(url) as owner:  # access records (chained): the restore must keep the chain as it is
        owner.execute("INSERT INTO caseapp_hub.access_record (hub_user, case_id, what) VALUES "
                      "('rst_kim', %s, 'pull'), ('rst_lee', %s, 'pull')", (case, case))
    chain = hub_access.verify_access(url)
    assert chain["ok"] and chain["records"] == 2
    dump = tmp_path / "hub.dump"
    _tool(pg, "pg_dump", "--enable-row-security", "-Fc", "-n", "caseapp_hub", "-f", str(dump), DB)
    # after the dump: kim keeps working, lee pulls it; then the hub is lost
    with psycopg.connect(user_url(pg, DB, "rst_kim", PASSWORDS["rst_kim"])) as conn:
        kim.conn = conn
        lost = kim.change("case", case, Op.UPDATE, fields={"stage": "assessment"}, case_id=case)
        kim.push([lost])
        hub_admin.assign(url, case, "rst_lee")
    with psycopg.connect(user_url(pg, DB, "rst_lee", PASSWORDS["rst_lee"])) as conn:
        lee = Laptop(conn)
        lee.register()
        _, page = lee.pull_all()
    with superuser(pg) as conn:
        conn.execute(f'DROP DATABASE "{DB}"')
        conn.execute(f'CREATE DATABASE "{RESTORED}" OWNER {OWNER}')
    _tool(pg, "pg_restore", "-d", RESTORED, "--no-owner", f"--role={OWNER}", str(dump))
    restored_url = owner_url(pg, RESTORED)
    again = hub_admin.init_hub(restored_url, admin_password=ADMIN_PASSWORD)
    assert again["hub_id"] == hub_id and again["created"] is False
    assert hub_admin.after_restore(restored_url) > page["last"]
    assert hub_access.verify_access(restored_url) == chain  # same rows, same hashes, same head
    # the restored hub lacks kim's last change and the reassignment: its vector says so, kim pushes again
    with psycopg.connect(user_url(pg, RESTORED, "rst_kim", PASSWORDS["rst_kim"])) as conn:
        kim.conn = conn
        vector = kim.push([])["vector"]
        assert vector[kim.device] == lost.seq - 1
        assert kim.push([lost])["accepted"] == 1
        hub_admin.assign(restored_url, case, "rst_lee")
    with psycopg.connect(user_url(pg, RESTORED, "rst_lee", PASSWORDS["rst_lee"])) as conn:
        lee.conn = conn
        lee.register()  # registered after the dump: the laptop registers again (idempotent) at each sync
        pulled, _ = lee.pull_all(page["last"])  # the cursor it kept from the lost hub
    assert (lost.device, lost.seq) in {(c.device, c.seq) for c in pulled}
    with superuser(pg) as conn:
        conn.execute(f'DROP DATABASE "{RESTORED}"')
