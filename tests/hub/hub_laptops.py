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

import pg_cluster  # type: ignore[import-not-found]

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
        before = paths.data_dir_override()
        paths.set_data_dir(self.folder)
        try:
            yield self.vault
        finally:
            paths.set_data_dir(before)

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
