"""argparse in the user's language: usage lines, errors and the built-in help texts in Korean or English.

argparse looks its messages up through the module-level ``gettext`` functions ``argparse._`` and
``argparse.ngettext`` each time it formats one; :func:`speaking` points them at the Korean table below while a
parser works (and puts them back afterwards). The language comes from ``--lang`` on the command line being parsed,
else ``CASEAPP_LANG``, else Korean, as for every other message (:mod:`caseapp.i18n_text`).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, NoReturn

from caseapp import i18n_text

KOREAN: dict[str, str] = {
    "usage: ": "사용법: ",
    "positional arguments": "위치 인자",
    "options": "옵션",
    "show this help message and exit": "이 도움말을 보여 주고 끝냅니다",
    "%(prog)s: error: %(message)s\n": "%(prog)s: 오류: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "인자 %(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "알 수 없는 인자: %s",
    "the following arguments are required: %s": "다음 인자가 필요합니다: %s",
    "one of the arguments %s is required": "다음 인자 중 하나가 필요합니다: %s",
    "not allowed with argument %s": "%s 인자와 함께 쓸 수 없습니다",
    "ignored explicit argument %r": "필요 없는 값입니다: %r",
    "expected one argument": "값이 하나 필요합니다",
    "expected at most one argument": "값은 하나까지만 줄 수 있습니다",
    "expected at least one argument": "값이 하나 이상 필요합니다",
    "ambiguous option: %(option)s could match %(matches)s": "모호한 옵션: %(option)s (가능한 것: %(matches)s)",
    "unexpected option string: %s": "예상하지 못한 옵션: %s",
    "invalid %(type)s value: %(value)r": "올바르지 않은 값(%(type)s): %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": "쓸 수 없는 값: %(value)r (가능한 값: %(choices)s)",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "알 수 없는 명령 %(parser_name)r(가능한 명령: %(choices)s)",
    "can't open '%(filename)s': %(error)s": "'%(filename)s' 파일을 열 수 없습니다: %(error)s",
}
KOREAN_PLURAL = {"expected %s argument": "값이 %s개 필요합니다"}
# The help action's text and the two default group titles are fixed when a parser is built, before the command line
# (and so the language) is known: they are put into the current language when it is.
BUILT_IN = ("positional arguments", "options", "show this help message and exit")

_active: list[str] = []  # language of the parse in progress (nested: a subcommand's parser)


def _korean(message: str) -> str:
    return KOREAN.get(message, message)


def _korean_plural(singular: str, plural: str, n: int) -> str:
    if singular in KOREAN_PLURAL:
        return KOREAN_PLURAL[singular]
    return singular if n == 1 else plural


@contextmanager
def speaking(lang: str) -> Iterator[None]:
    """argparse's own messages in ``lang`` for the duration (English is argparse's own text)."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    if lang == "ko":
        argparse._, argparse.ngettext = _korean, _korean_plural  # type: ignore[attr-defined]
    _active.append(lang)
    try:
        yield
    finally:
        _active.pop()
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


def language_of(args: Sequence[str]) -> str:
    """The language a command line asks for (``--lang en`` / ``--lang=en``), else the current default."""
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(args):
            value = args[i + 1]
        elif arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        else:
            continue
        if value in i18n_text.SUPPORTED:
            return value
    return i18n_text.current_language()


def current() -> str:
    return _active[-1] if _active else i18n_text.current_language()


class LocalizedArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose usage, help and errors follow the command line's language. Subcommand parsers made
    by ``add_subparsers().add_parser`` are of the same class."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._english = {id(group): group.title for group in self._action_groups}
        self._english_help = {id(action): action.help for action in self._actions}

    def _speak_built_ins(self, lang: str) -> None:
        """The group titles and the -h text argparse fixed at construction, in ``lang``."""
        for group in self._action_groups:
            english = self._english.get(id(group))
            if english in BUILT_IN:
                group.title = KOREAN[english] if lang == "ko" else english
        for action in self._actions:
            english = self._english_help.get(id(action))
            if english in BUILT_IN:
                action.help = KOREAN[english] if lang == "ko" else english
            for sub in (action.choices or {}).values() if isinstance(action, argparse._SubParsersAction) else ():
                if isinstance(sub, LocalizedArgumentParser):
                    sub._speak_built_ins(lang)

    def parse_args(self, args: Sequence[str] | None = None,  # type: ignore[override]
                   namespace: argparse.Namespace | None = None) -> argparse.Namespace:
        argv = list(sys.argv[1:] if args is None else args)
        with speaking(current() if _active else language_of(argv)):  # "unrecognized arguments" is raised here
            return super().parse_args(argv, namespace)

    def parse_known_args(self, args: Sequence[str] | None = None,  # type: ignore[override]
                         namespace: argparse.Namespace | None = None) -> tuple[argparse.Namespace, list[str]]:
        argv = list(sys.argv[1:] if args is None else args)
        lang = current() if _active else language_of(argv)
        self._speak_built_ins(lang)
        with speaking(lang):
            return super().parse_known_args(argv, namespace)

    def format_usage(self) -> str:
        with speaking(current()):
            return super().format_usage()

    def format_help(self) -> str:
        lang = current()
        self._speak_built_ins(lang)
        with speaking(lang):
            return super().format_help()

    def error(self, message: str) -> NoReturn:
        with speaking(current()):
            super().error(message)
