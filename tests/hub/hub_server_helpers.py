"""Shared by the hub server tests: a hub database of its own per module, and a simulated laptop that speaks the
protocol (Change JSON) straight to the hub's functions as its user's login role."""

from __future__ import annotations

import itertools
import json
import secrets
from dataclasses import dataclass, field
from typing import Any

import psycopg

import pg_cluster
from caseapp.domain.sync_protocol import Change, Op
from caseapp.services import hub_admin

OWNER = "hub_srv_owner"
OWNER_PASSWORD = "hub-srv-owner-암호"
ADMIN_PASSWORD = "hub admin 관리자 암호"


def superuser(pg: pg_cluster.Cluster, database: str = "postgres") -> psycopg.Connection[Any]:
    return psycopg.connect(pg.url(database=database), sslmode="verify-full", sslrootcert=str(pg.ca_pem),
                           autocommit=True)


def new_hub_database(pg: pg_cluster.Cluster, database: str) -> str:
    """A fresh database owned by a non-superuser owner with CREATEROLE (as a centre would set it up); its URL."""
    with superuser(pg) as conn:
        if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (OWNER,)).fetchone() is None:
            conn.execute(f"CREATE ROLE {OWNER} LOGIN CREATEROLE PASSWORD '{OWNER_PASSWORD}'")
        conn.execute(f'DROP DATABASE IF EXISTS "{database}"')
        conn.execute(f'CREATE DATABASE "{database}" OWNER {OWNER}')
    return owner_url(pg, database)


def owner_url(pg: pg_cluster.Cluster, database: str) -> str:
    return pg.url(OWNER, OWNER_PASSWORD, database) + f"?sslmode=verify-full&sslrootcert={pg.ca_pem}"


def user_url(pg: pg_cluster.Cluster, database: str, name: str, password: str) -> str:
    return pg.url(hub_admin.role_name(name), password, database) + f"?sslmode=verify-full&sslrootcert={pg.ca_pem}"


_clock = itertools.count(1)


def clock(device: str) -> str:
    """A later clock on every call (one shared counter: the order the test makes them in)."""
    return f"{1764600000000 + next(_clock):013d}.0000.{device}"


@dataclass
class Laptop:
    """One device of one hub user: its own sequence, its own connection as the user's login role."""

    conn: psycopg.Connection[Any]
    device: str = field(default_factory=lambda: secrets.token_hex(6))
    seq: int = 0

    def register(self, name: str = "laptop") -> dict[str, Any]:
        return self.call("register_device", self.device, name)

    def change(self, table: str, row_id: str, op: Op = Op.INSERT, fields: dict[str, Any] | None = None,
               case_id: str | None = None, base: dict[str, str] | None = None) -> Change:
        self.seq += 1
        return Change(device=self.device, seq=self.seq, hlc=clock(self.device), table=table, row_id=row_id, op=op,
                      fields=fields or {}, base=base or {}, actor="실천가", case_id=case_id)

    def push(self, changes: list[Change]) -> dict[str, Any]:
        return self.call("push", self.device, json.dumps([c.to_json() for c in changes]))

    def pull(self, after: int = 0, lim: int = 1000) -> dict[str, Any]:
        return self.call("pull", self.device, after, lim)

    def pull_all(self, after: int = 0, lim: int = 1000) -> tuple[list[Change], dict[str, Any]]:
        changes: list[Change] = []
        while True:
            page = self.pull(after, lim)
            changes += [Change.from_json(c) for _, c in page["changes"]]
            after = page["last"]
            if not page["more"]:
                return changes, page

    def call(self, function: str, *args: Any) -> Any:
        placeholders = ", ".join(["%s"] * len(args))
        try:
            found = self.conn.execute(f"SELECT caseapp_hub.{function}({placeholders})", args).fetchone()
        except psycopg.Error:
            self.conn.rollback()
            raise
        self.conn.commit()
        return found[0]

    def new_case(self, number: str, text: str = "상담 내용") -> tuple[str, list[Change]]:
        """A client, its case and one service entry: the changes a laptop makes for a new case."""
        client, case, entry = secrets.token_hex(8), secrets.token_hex(8), secrets.token_hex(8)
        changes = [
            self.change("client", client, fields={"name": "홍길동", "resident_number": "", "sex": "F",
                                                  "birth_date": "1950-03-04", "vulnerability_flags": "[]",
                                                  "created_at": "2026-12-01 09:00:00.000000"}),
            self.change("case", case, fields={"case_number": number, "client_id": client, "opened_on": "2026-11-02",
                                              "stage": "intake", "stage_since": "2026-11-02", "crisis_flag": 0,
                                              "presenting_request": "주거 문제"}, case_id=case),
            self.change("serviceentry", entry, fields={"case_id": case, "occurred_on": "2026-11-03",
                                                       "practice_type": "counsel", "contact_mode": "home",
                                                       "duration_min": 40, "text": text, "content_kinds": "[]"},
                        case_id=case),
        ]
        return case, changes
