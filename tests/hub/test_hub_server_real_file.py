"""A real case file's whole change log (demo cases: every synced table, blobs, JSON, dates, signatures) pushed to
the hub: nothing refused, the hub's copy of the case tables holds the same values, RLS files every row under its
case, and a second device of the same user pulls back exactly the changes that were pushed."""

from __future__ import annotations

import json
from typing import Any

import psycopg

import pg_cluster
from caseapp.services import demo_data, hub_admin, hub_schema, sync_log
from caseapp.services.access_log import device_id
from caseapp.storage import case_keys
from hub_server_helpers import ADMIN_PASSWORD, Laptop, new_hub_database, user_url

DB = "hub_real_file_test"
PASSWORD = "real 파일 암호 1"


def test_a_real_files_changes_materialize_on_the_hub(pg: pg_cluster.Cluster, vault: Any) -> None:
    url = new_hub_database(pg, DB)
    hub_admin.init_hub(url, admin_password=ADMIN_PASSWORD)
    hub_admin.add_user(url, "real_kim", "practitioner", PASSWORD, admin_password=ADMIN_PASSWORD)
    hub_admin.add_user(url, "real_lee", "practitioner", PASSWORD, admin_password=ADMIN_PASSWORD)
    demo_data.generate(vault, cases=3, seed=7)
    with vault.session() as s:
        changes = sync_log.changes_missing(s, {})
        case_ids = [r[0] for r in sync_log.cursor(s).execute('SELECT id FROM "case"').fetchall()]
        entries = sync_log.cursor(s).execute("SELECT id, text, occurred_on, content_kinds, signed_at FROM "
                                             "serviceentry").fetchall()
    assert {c.table for c in changes} >= {"client", "case", "serviceentry", "assessment", "needrating"}
    with psycopg.connect(user_url(pg, DB, "real_kim", PASSWORD)) as conn:
        laptop = Laptop(conn, device=device_id())
        laptop.register()
        result = laptop.push(changes)
        assert result["refused"] == [] and result["held"] == 0 and result["accepted"] == len(changes)
        assert conn.execute('SELECT count(*) FROM caseapp_hub."case"').fetchone()[0] == len(case_ids)
        hub_entries = {r[0]: r[1:] for r in conn.execute(
            "SELECT id, text, occurred_on::text, content_kinds, signed_at FROM caseapp_hub.serviceentry")}
        conn.rollback()
        office = Laptop(conn)
        office.register("사무실 PC")
        pulled, _ = office.pull_all(lim=50)  # several pages
    assert sorted((c.device, c.seq) for c in pulled) == sorted((c.device, c.seq) for c in changes)
    assert {c.device: c for c in pulled} and {(c.device, c.seq): c.fields for c in pulled} == {
        (c.device, c.seq): c.fields for c in changes}, "the hub relays exactly what was pushed"
    for entry_id, text, occurred_on, kinds, signed_at in entries:
        hub_text, hub_on, hub_kinds, hub_signed = hub_entries[case_keys.key_text(entry_id)]  # the hub keeps text
        assert (hub_text, hub_on, hub_kinds) == (text, str(occurred_on), json.loads(kinds))
        assert (hub_signed is None) == (signed_at is None)
    with psycopg.connect(user_url(pg, DB, "real_lee", PASSWORD)) as conn:
        for table in (t.name for t in hub_schema.case_tables()):
            if table in ("practitioner", "agency", "resource"):
                continue
            assert conn.execute(f'SELECT count(*) FROM caseapp_hub."{table}"').fetchone()[0] == 0, table
