"""Usage errors speak the user's language: Korean by default, English with --lang en or CASEAPP_LANG=en."""

from __future__ import annotations

import argparse

import pytest

from caseapp import cli


def usage_error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(list(argv))
    assert exit_info.value.code == 2  # argparse's usage-error code stays the contract
    return capsys.readouterr().err


def test_an_unknown_command_is_reported_in_korean_by_default(capsys: pytest.CaptureFixture[str],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CASEAPP_LANG", raising=False)
    err = usage_error(capsys, "bogus")
    assert err.startswith("사용법: caseapp")
    assert "오류" in err and "쓸 수 없는 값: 'bogus'" in err and "error" not in err


def test_lang_en_gives_english_even_for_a_subcommand_error(capsys: pytest.CaptureFixture[str]) -> None:
    err = usage_error(capsys, "--lang", "en", "bogus")
    assert err.startswith("usage: caseapp") and "error: argument COMMAND: invalid choice: 'bogus'" in err
    err = usage_error(capsys, "--lang=en", "show")
    assert "caseapp show: error: the following arguments are required: CASE_NUMBER" in err


def test_the_environment_language_applies_and_every_kind_of_usage_error_is_translated(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEAPP_LANG", "en")
    assert "unrecognized arguments: --bad" in usage_error(capsys, "cases", "--bad")
    monkeypatch.delenv("CASEAPP_LANG")
    assert "알 수 없는 인자: --bad" in usage_error(capsys, "cases", "--bad")
    assert "인자 --stage: 값이 하나 필요합니다" in usage_error(capsys, "cases", "--stage")
    assert "다음 인자가 필요합니다: CASE_NUMBER" in usage_error(capsys, "show")


def test_help_is_headed_in_the_language_and_argparse_is_left_as_it_was(capsys: pytest.CaptureFixture[str]) -> None:
    before = argparse._  # type: ignore[attr-defined]
    with pytest.raises(SystemExit):
        cli.main(["show", "-h"])
    korean = capsys.readouterr().out
    assert "위치 인자:" in korean and "이 도움말을 보여 주고 끝냅니다" in korean
    with pytest.raises(SystemExit):
        cli.main(["--lang", "en", "show", "-h"])
    english = capsys.readouterr().out
    assert "positional arguments:" in english and "show this help message and exit" in english
    assert argparse._ is before  # type: ignore[attr-defined]
