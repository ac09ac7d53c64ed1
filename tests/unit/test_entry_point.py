"""``caseapp``: global options alone start the GUI, a subcommand (or --help) goes to the command line."""

from __future__ import annotations

import pytest

from caseapp import __main__ as entry


@pytest.mark.parametrize("argv", [[], ["--data-dir", "/x"], ["--lang", "en"], ["--data-dir=/x", "--lang=ko"]])
def test_global_options_alone_start_the_gui(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[tuple[str | None, str | None]] = []
    import caseapp.ui.app as app
    monkeypatch.setattr(app, "run_gui", lambda data_dir, lang: started.append((data_dir, lang)) or 0)
    assert entry.main(argv) == 0
    expected_dir = "/x" if any("data-dir" in a for a in argv) else None
    expected_lang = "en" if "en" in argv else ("ko" if "--lang=ko" in argv else None)
    assert started == [(expected_dir, expected_lang)]


@pytest.mark.parametrize("argv", [["cases"], ["--data-dir", "/x", "show", "2026-0001"], ["--help"], ["-h"]])
def test_subcommands_go_to_the_cli(argv: list[str]) -> None:
    assert entry._wants_cli(argv)


def test_cli_module_list_is_importable() -> None:
    from caseapp import cli
    parser = cli.build_parser()
    names = set(parser._subparsers._group_actions[0].choices)  # type: ignore[union-attr]
    assert {"init", "demo-data", "cases", "show", "add-entry", "search", "change-passphrase",
            "unlock-with-recovery-key"} <= names
    for module in cli.COMMAND_MODULES:
        assert module.startswith("caseapp.cli_")
