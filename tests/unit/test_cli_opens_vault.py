"""Every CLI command that opens the vault starts the key derivation before its body imports the data layer."""

from __future__ import annotations

import argparse
import os
import types
from collections.abc import Iterator
from typing import Any

import pytest

from caseapp import cli, cli_common
from caseapp.storage import keystore

VAULT_OPENERS = {"open_vault", "open_vault_and_passphrase"}


def _commands(parser: argparse.ArgumentParser, prefix: str = "") -> Iterator[tuple[str, Any]]:
    for action in parser._actions:  # noqa: SLF001 - argparse offers no public walk of its subcommands
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            for name, sub in action.choices.items():
                func = sub.get_default("func")
                if func is not None:
                    yield f"{prefix}{name}", func
                yield from _commands(sub, f"{prefix}{name} ")


def _names(code: types.CodeType) -> set[str]:
    found = set(code.co_names)
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            found |= _names(const)
    return found


def test_every_command_that_opens_the_vault_is_marked() -> None:
    commands = list(_commands(cli.build_parser()))
    openers = [name for name, func in commands
               if VAULT_OPENERS & _names(getattr(func, "__wrapped__", func).__code__)]
    assert len(openers) > 30  # the walk found the commands
    unmarked = [name for name, func in commands
                if name in openers and not getattr(func, "starts_key_derivation", False)]
    assert unmarked == [], f"add @opens_vault to: {unmarked}"


@pytest.fixture
def derivations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The passphrase of every derivation started, and (as "open") each time open_vault begins."""
    started: list[str] = []

    class Counted(keystore.EarlyUnwrap):
        def __init__(self, path: Any, passphrase: str) -> None:
            started.append(passphrase)
            super().__init__(path, passphrase)

    real_require_file = cli_common.require_file

    def require_file() -> None:
        started.append("open")
        real_require_file()

    monkeypatch.setattr(keystore, "EarlyUnwrap", Counted)
    monkeypatch.setattr(cli_common, "require_file", require_file)
    return started


def test_search_derives_once_and_before_opening(case, run_cli, derivations: list[str]) -> None:  # type: ignore[no-untyped-def]
    passphrase = os.environ["CASEAPP_PASSPHRASE"]  # the one run_cli sets
    code, out, _err = run_cli("search", "월세")
    assert code == 0 and "1 hit(s)" in out
    assert derivations == [passphrase, "open"]  # started before the body; open_vault took that one


def test_a_wrong_passphrase_started_early_is_still_refused(case, run_cli, derivations, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CASEAPP_PASSPHRASE", "not the passphrase")
    code, _out, err = run_cli("search", "월세")
    assert code == 2 and "passphrase" in err.lower()
    assert derivations == ["not the passphrase", "open"]


def test_without_a_case_file_nothing_starts_and_argument_errors_come_first(run_cli, derivations) -> None:  # type: ignore[no-untyped-def]
    code, _out, err = run_cli("search", "월세", "--limit", "0")
    assert code == 1 and "--limit" in err
    code, _out, _err = run_cli("search", "월세")
    assert code == 3  # not initialised, reported by open_vault as before
    assert derivations == ["open"]


def test_argument_errors_start_no_key_derivation(case, run_cli, derivations, data_dir) -> None:  # type: ignore[no-untyped-def]
    """A command refused by its own argument checks pays no scrypt: with a case file and CASEAPP_PASSPHRASE set
    the derivation would start, and once started it cannot be stopped (a daemon thread burning ~0.4 s of CPU)."""
    from caseapp import paths
    key_file = str(paths.key_file())
    refused = [
        ("search", "월세", "--limit", "0"),
        ("demo-data", "--cases", "0"),
        ("backup", "-o", str(paths.database_file())),
        ("export", case.case_number, "-o", key_file),
        ("export", "-o", str(data_dir.parent / "out.pdf")),  # neither CASE_NUMBER nor --all
        ("export-crl", "-o", key_file),
        ("export-cert", "-o", key_file),
        ("referral-letter", case.case_number, "--referral", "0", "-o", str(data_dir.parent / "r.pdf")),
        ("referral-letter", case.case_number, "-o", key_file),
        ("destruction-register", "-o", key_file),
        ("client-copy", case.case_number, "-o", key_file),
        ("add-entry", case.case_number, "--type", "no such type", "--text", "상담"),
        ("add-entry", case.case_number, "--type", "counselling", "--text", "상담", "--mode", "no such mode"),
        ("access-log", "--from", "2026-13-01"),
        ("access-log", "--review", "--to", "2026-03-31"),
        ("correction-request", case.case_number, "--text", "정정", "--date", "어제"),
        ("correction-answer", case.case_number, "--outcome", "corrected", "--date", "2026-02-30"),
    ]
    for args in refused:
        code, _out, err = run_cli(*args)
        assert code == 1 and err.strip(), args
        assert derivations == [], args
    code, _out, _err = run_cli("search", "월세")  # the same commands with good arguments still start it early
    assert code == 0 and derivations == [os.environ["CASEAPP_PASSPHRASE"], "open"]
