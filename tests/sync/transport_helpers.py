"""Two or three data folders in one test process: each machine is a ``--data-dir`` of the in-process CLI."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import text

PASSPHRASES = {"office": "사무실 암호 office-1234", "laptop": "노트북 암호 laptop-5678", "other": "다른 암호 other-9012",
               "colleague": "동료 암호 colleague-3456"}


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


def run(folder: Path, *args: str, passphrase: str | None = None, env: dict[str, str] | None = None) -> Result:
    """``caseapp --data-dir folder --lang en ARGS`` in this process, with its own passphrase."""
    from caseapp import cli
    saved = {k: os.environ.get(k) for k in ("CASEAPP_PASSPHRASE", "CASEAPP_BUNDLE_PASSPHRASE", *(env or {}))}
    os.environ["CASEAPP_PASSPHRASE"] = passphrase or PASSPHRASES[folder.name]
    os.environ.update(env or {})
    out, err = io.StringIO(), io.StringIO()
    try:
        with redirect_stdout(out), redirect_stderr(err):
            code = cli.main(["--data-dir", str(folder), "--lang", "en", *args])
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    return Result(code, out.getvalue(), err.getvalue())


@contextmanager
def opened(folder: Path) -> Iterator[Any]:
    """The folder's vault, open (services directly, for setting up and looking)."""
    from caseapp import paths
    from caseapp.services.vault import Vault
    with paths.using_data_dir(folder), Vault.open(PASSPHRASES[folder.name]) as vault:
        yield vault


def init(folder: Path, name: str = "김사회", org: str = "행복종합사회복지관") -> None:
    result = run(folder, "init", "--name", name, "--org", org)
    assert result.code == 0, result.err


def open_case(folder: Path, client: str = "김민수") -> tuple[str, str]:
    """A new case on that machine: (case number, client id)."""
    from caseapp.services import cases
    with opened(folder) as vault:
        case = cases.open_case(vault, {"name": client, "phone": "010-1234-5678"},
                               {"presenting_request": "월세 체납으로 주거 불안"})
        return case.case_number, case.client_id


def add_entry(folder: Path, case_number: str, note: str, *, sign: bool = False) -> None:
    args = ["add-entry", case_number, "--type", "counselling", "--text", note] + (["--sign"] if sign else [])
    result = run(folder, *args)
    assert result.code == 0, result.err


def _content_in(s: Any) -> dict[str, Any]:
    conn = s.connection()
    cases = sorted(tuple(r) for r in conn.execute(text(
        'SELECT c.case_number, cl.name, cl.phone FROM "case" c JOIN client cl ON cl.id = c.client_id')))
    notes = sorted(tuple(r) for r in conn.execute(text("SELECT id, text, signed_at IS NOT NULL FROM serviceentry")))
    return {"cases": cases, "notes": notes}


def content(folder: Path) -> dict[str, Any]:
    """What a practitioner would call the file's content: cases with their clients and service notes."""
    with opened(folder) as vault, vault.session() as s:
        return _content_in(s)


def state(folder: Path) -> dict[str, Any]:
    """Content plus what sync itself keeps (held changes, peers): equal before and after a refused import."""
    from caseapp.services import sync_log
    with opened(folder) as vault, vault.session() as s:
        facts = _content_in(s)
        facts["vector"] = sync_log.local_vector(s)
        facts["peers"] = sorted(tuple(r) for r in s.connection().execute(text(
            "SELECT device, vector, last_import_at FROM syncpeer")))
    return facts
