"""CLI error handling in-process: user errors are one line with their exit code, bugs are logged without messages."""

from __future__ import annotations

import argparse

import pytest

from caseapp import cli
from caseapp.errors import UserError, WrongPassphrase


def _run(fn, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    code = cli.run_guarded(fn, argparse.Namespace(command="test"))
    return code, capsys.readouterr().err


def test_user_error_is_one_line_in_the_current_language(capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from caseapp import i18n_text
    monkeypatch.setattr(i18n_text, "_current", "ko")

    def fail(_args: argparse.Namespace) -> int:
        raise WrongPassphrase()

    code, err = _run(fail, capsys)
    assert code == 2 and err.count("\n") == 1 and "암호" in err


def test_custom_exit_code(capsys) -> None:  # type: ignore[no-untyped-def]
    def fail(_args: argparse.Namespace) -> int:
        raise UserError("여러 줄\n오류", "multi\nline", exit_code=7)

    code, err = _run(fail, capsys)
    assert code == 7 and err.count("\n") == 1


def test_keyboard_interrupt_is_130(capsys) -> None:  # type: ignore[no-untyped-def]
    def stop(_args: argparse.Namespace) -> int:
        raise KeyboardInterrupt

    assert _run(stop, capsys)[0] == 130


def test_bug_is_logged_without_its_message(capsys, data_dir) -> None:  # type: ignore[no-untyped-def]
    def bug(_args: argparse.Namespace) -> int:
        raise RuntimeError("client 김민수 010-1234-5678")

    code, err = _run(bug, capsys)
    assert code == 70
    assert "김민수" not in err and err.count("\n") == 1 and "Traceback" not in err
    log = (data_dir / "logs" / "caseapp-cli.log").read_text(encoding="utf-8")
    assert "builtins.RuntimeError" in log and "in bug" in log  # type and the frame where it happened
    assert "김민수" not in log and "010-1234-5678" not in log


def test_main_leaves_language_and_data_dir_as_they_were(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from caseapp import i18n_text, paths
    before = (paths.data_dir(), i18n_text.current_language())
    code = cli.main(["--data-dir", str(tmp_path / "nowhere"), "--lang", "en", "cases"])
    assert code == 3 and "caseapp init" in capsys.readouterr().err
    assert (paths.data_dir(), i18n_text.current_language()) == before


def test_internal_error_names_the_log_file(capsys, data_dir) -> None:  # type: ignore[no-untyped-def]
    def bug(_args: argparse.Namespace) -> int:
        raise RuntimeError("김민수 010-1234-5678")

    code, err = _run(bug, capsys)
    log = data_dir / "logs" / "caseapp-cli.log"
    assert code == 70 and str(log) in err and log.exists()


def test_internal_error_when_the_log_cannot_be_written_says_so_with_a_summary(capsys, data_dir) -> None:  # type: ignore[no-untyped-def]
    data_dir.mkdir(parents=True)
    (data_dir / "logs").write_text("a file where the log folder should be")

    def bug(_args: argparse.Namespace) -> int:
        raise RuntimeError("김민수 010-1234-5678")

    from caseapp import i18n_text
    i18n_text.set_language("en")
    code, err = _run(bug, capsys)
    assert code == 70 and err.count("\n") == 1
    assert "log could not be written" in err and "RuntimeError" in err and "bug" in err  # type and where
    assert "see log" not in err and "김민수" not in err  # no message text: it can carry client data
