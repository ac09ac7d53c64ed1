"""Laptops for the hub tests: each its own data folder and case file (its own practitioner, device and keys), joined
to one hub database on the throwaway cluster, driven through the services and the real CLI in-process."""

from __future__ import annotations

import io
import json
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from caseapp import paths

PASSPHRASE = "테스트 암호 correct-horse"
ADMIN = "hubowner"
ADMIN_PASSWORD = "허브-관리자-암호-7"
TEAM = "1팀"


@dataclass
class Hub:
    cluster: Any
    database: str

    def admin_url(self) -> str:
        """The administrator's address as ``hub init --url`` takes it (no password)."""
        return f"postgresql://{ADMIN}@127.0.0.1:{self.cluster.port}/{self.database}"

    def url(self) -> str:
        return f"postgresql://127.0.0.1:{self.cluster.port}/{self.database}"

    def owner_conn(self) -> Any:
        import psycopg
        return psycopg.connect(self.cluster.url(ADMIN, ADMIN_PASSWORD, self.database), sslmode="verify-full",
                               sslrootcert=str(self.cluster.ca_pem), autocommit=True)


def new_hub(cluster: Any) -> Hub:
    """A database of its own with a non-superuser owner (as a centre would set it up), initialised by ``hub init``."""
    import psycopg
    name = "hub_" + uuid.uuid4().hex[:8]
    with psycopg.connect(cluster.url(database="postgres"), sslmode="verify-full", sslrootcert=str(cluster.ca_pem),
                         autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (ADMIN,)).fetchone()
        if not exists:
            conn.execute(f"CREATE ROLE {ADMIN} LOGIN CREATEROLE PASSWORD '{ADMIN_PASSWORD}'")
        conn.execute(f'CREATE DATABASE "{name}" OWNER {ADMIN}')
    return Hub(cluster, name)


@dataclass
class Laptop:
    name: str
    folder: Path
    vault: Any = None
    env: dict[str, str] = field(default_factory=dict)

    @contextmanager
    def use(self) -> Iterator[Any]:
        with paths.using_data_dir(self.folder):
            yield self.vault

    def cli(self, *argv: str, **env: str) -> tuple[int, str, str]:
        """``caseapp --data-dir FOLDER ARGV`` in-process, with the passphrase and ``env``; (exit, stdout, stderr).
        The vault is closed meanwhile (a command opens the file itself) and opened again afterwards."""
        from caseapp import cli
        from caseapp.services.vault import Vault
        self.close()
        saved = {k: os.environ.get(k) for k in ("CASEAPP_PASSPHRASE", *env)}
        os.environ.update({"CASEAPP_PASSPHRASE": PASSPHRASE, **env})
        out, err = io.StringIO(), io.StringIO()
        try:
            with redirect_stdout(out), redirect_stderr(err):
                code = cli.main(["--data-dir", str(self.folder), "--lang", "en", *argv])
        finally:
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v
            with self.use():
                self.vault = Vault.open(PASSPHRASE)
        return code, out.getvalue(), err.getvalue()

    def json(self, *argv: str, **env: str) -> Any:
        code, out, err = self.cli(*argv, "--json", **env)
        assert code == 0, err
        return json.loads(out)

    def case_numbers(self) -> list[str]:
        from caseapp.services import cases
        with self.use():
            return sorted(s.case_number for s in cases.list_cases(self.vault))

    def close(self) -> None:
        if self.vault is not None:
            with self.use():
                self.vault.close()
            self.vault = None


def new_laptop(root: Path, name: str, practitioner: str) -> Laptop:
    from caseapp.services.setup import initialise
    laptop = Laptop(name, root / name)
    with laptop.use():
        laptop.vault, _ = initialise(PASSPHRASE, practitioner, "행복종합사회복지관")
    return laptop


@dataclass
class Office:
    hub: Hub
    root: Path
    users: dict[str, str]  # short name -> hub user name (unique on the cluster: roles are cluster-wide)
    laptops: list[Laptop]

    def password(self, who: str) -> str:
        return f"pw-{who}-허브암호"

    def laptop(self, who: str, practitioner: str, *, label: str | None = None) -> Laptop:
        from caseapp.services import hub_client
        laptop = new_laptop(self.root, label or who, practitioner)
        self.laptops.append(laptop)
        with laptop.use():
            hub_client.join(laptop.vault, self.hub.url(), self.users[who], self.password(who),
                            ca_file=str(self.hub.cluster.ca_pem))
        return laptop

    def admin_env(self) -> dict[str, str]:
        return {"CASEAPP_HUB_ADMIN_PASSWORD": ADMIN_PASSWORD}


@pytest.fixture
def office(pg: Any, tmp_path: Path) -> Iterator[Office]:
    from caseapp.services import hub_admin
    hub = new_hub(pg)
    tag = uuid.uuid4().hex[:6]
    users = {who: f"{who}_{tag}" for who in ("alice", "bob", "sue")}
    made = Office(hub, tmp_path, users, [])
    with hub_admin_url(hub) as url:
        hub_admin.init_hub(url, admin_password=ADMIN_PASSWORD)
        for who, kind in (("alice", "practitioner"), ("bob", "practitioner"), ("sue", "supervisor")):
            hub_admin.add_user(url, users[who], kind, made.password(who), team=TEAM, admin_password=ADMIN_PASSWORD)
    yield made
    for laptop in made.laptops:
        laptop.close()


def hub_admin_url(hub: Hub) -> Any:
    from caseapp.services import hub_connection
    endpoint = hub_connection.parse_url(hub.admin_url())
    pin = hub_connection.Pin(hub.cluster.ca_pem.read_bytes(), "verify-full")
    return hub_connection.admin_url(endpoint, ADMIN_PASSWORD, pin)


def open_case(laptop: Laptop, name: str, **client: Any) -> str:
    from caseapp.services import cases
    with laptop.use():
        return cases.open_case(laptop.vault, {"name": name, **client}, {"presenting_request": "주거 불안"}).id


def sync(laptop: Laptop) -> Any:
    from caseapp.services import hub_client
    with laptop.use():
        return hub_client.sync(laptop.vault)


def clients_here(laptop: Laptop) -> list[str]:
    from caseapp.services import cases
    with laptop.use():
        return sorted(s.client_name for s in cases.list_cases(laptop.vault))
