"""What goes in and out of the terminal: bad bytes in arguments are bad input, stored control characters do not
reach the terminal (but stay in JSON), numbers that count from 1 reject 0, and prompts name the right variable."""

from __future__ import annotations

import io
import json
import sys

import pytest

from caseapp import cli
from caseapp.services import cases, entries

PASSPHRASE = "테스트 암호 correct-horse"
ESCAPES = "\x1b]0;owned\x07\x1b[2J\x1b[31m빨강\x9b31m\u202eevil\r덮어쓰기"


@pytest.fixture
def closed(vault, case, monkeypatch):  # type: ignore[no-untyped-def]
    entries.add_service_entry(vault, case.id, "counselling", f"상담 {ESCAPES}")
    resource = entries.add_resource(vault, {"name": "주거복지센터", "kind": "organisation", "category": "housing"})
    entries.add(vault, case.id, "referral", {"resource_id": resource.id, "status": "accepted",
                                             "sent_on": "2026-01-05", "reason": "긴급 주거비"})
    vault.close()
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)
    return case


def test_show_escapes_control_characters_on_the_terminal(closed, capsys) -> None:  # type: ignore[no-untyped-def]
    assert cli.main(["show", closed.case_number]) == 0
    out = capsys.readouterr().out
    for raw in ("\x1b", "\x07", "\x9b", "\u202e", "\r"):
        assert raw not in out
    assert "\\x1b[31m빨강" in out and "\\u202eevil" in out  # visible, so the reader knows something was there


def test_search_and_errors_escape_them_too(closed, capsys) -> None:  # type: ignore[no-untyped-def]
    assert cli.main(["search", "상담"]) == 0
    assert "\x1b" not in capsys.readouterr().out
    assert cli.main(["cases", "--stage", "\x1b[2Jnonsense"]) == 1
    assert "\x1b" not in capsys.readouterr().err


def test_json_keeps_the_stored_text_exactly(closed, capsys) -> None:  # type: ignore[no-untyped-def]
    assert cli.main(["show", closed.case_number, "--json"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x9b" not in out and "\u202e" not in out  # escaped as \u001b etc.
    texts = [e["text"] for e in json.loads(out)["services"]]
    assert f"상담 {ESCAPES}" in texts


def test_invalid_utf8_in_a_text_argument_is_bad_input(closed, capsys) -> None:  # type: ignore[no-untyped-def]
    """On Linux the bytes b'\\xff\\xfe' arrive as lone surrogates; storing them used to crash (exit 70)."""
    bad = b"\xff\xfe reason".decode("utf-8", "surrogateescape")
    assert cli.main(["--lang", "en", "destroy", closed.case_number, "--reason", bad, "--yes"]) == 1
    err = capsys.readouterr().err
    assert "--reason" in err and "UTF-8" in err and err.count("\n") == 1
    assert cli.main(["add-entry", closed.case_number, "--type", "counselling", "--text", bad]) == 1
    assert "UTF-8" in capsys.readouterr().err
    assert cli.main(["show", closed.case_number]) == 0  # the case was not destroyed


@pytest.mark.parametrize("number", ["0", "-1"])
def test_referral_numbers_start_at_one(closed, tmp_path, capsys, number) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "letter.pdf"
    code = cli.main(["--lang", "en", "referral-letter", closed.case_number, "--unsigned", "--referral", number,
                     "-o", str(target)])
    assert code == 1 and "--referral" in capsys.readouterr().err
    assert not target.exists()


def test_pkcs12_prompt_names_its_own_variable(closed, tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    p12 = tmp_path / "org.p12"
    p12.write_bytes(b"not read before the password")
    monkeypatch.delenv("CASEAPP_PKCS12_PASSWORD", raising=False)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert cli.main(["--lang", "en", "import-pkcs12", str(p12)]) == 2
    err = capsys.readouterr().err
    assert "CASEAPP_PKCS12_PASSWORD" in err and "CASEAPP_PASSPHRASE" not in err
    assert "PKCS#12 password" in err


def test_case_still_there(closed) -> None:  # type: ignore[no-untyped-def]
    """The fixture itself: a stored escape sequence is ordinary data for the services."""
    from caseapp.services.vault import Vault
    with Vault.open(PASSPHRASE) as vault:
        snap = cases.snapshot(vault, closed.id)
    assert any(ESCAPES in e.text for e in snap.services)
