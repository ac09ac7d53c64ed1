"""``caseapp`` / ``python -m caseapp``: the GUI without a subcommand, the command line with one."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def _wants_cli(argv: Sequence[str]) -> bool:
    """True if the arguments name a subcommand or ask for help (global options alone start the GUI)."""
    skip_value = False
    for arg in argv:
        if skip_value:
            skip_value = False
            continue
        if arg in ("--data-dir", "--lang"):
            skip_value = True
            continue
        if arg.startswith(("--data-dir=", "--lang=")):
            continue
        return True
    return False


def _gui_options(argv: Sequence[str]) -> tuple[str | None, str | None]:
    import argparse
    parser = argparse.ArgumentParser(prog="caseapp", add_help=False)
    parser.add_argument("--data-dir")
    parser.add_argument("--lang", choices=("ko", "en"))
    args = parser.parse_args(list(argv))
    return args.data_dir, args.lang


def main(argv: Sequence[str] | None = None) -> int:
    from caseapp import gc_tuning, hardening, paths
    hardening.harden_process()  # first of all: no core dumps (keys, client data in memory), owner-only files
    gc_tuning.tune()
    args = list(sys.argv[1:] if argv is None else argv)
    if _wants_cli(args):
        from caseapp.cli import main as cli_main
        return cli_main(args)
    data_dir, lang = _gui_options(args)
    if data_dir:
        paths.set_data_dir(data_dir)
    hardening.tighten(paths.data_dir())  # what an older version left readable to others
    from caseapp.ui.app import run_gui  # Qt is imported only when the GUI really starts
    return run_gui(data_dir, lang)


if __name__ == "__main__":
    sys.exit(main())
