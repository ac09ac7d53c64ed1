"""Helpers shared by every CLI command module: passphrase, opening the vault, output."""

from __future__ import annotations

import functools
import getpass
import json
import os
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from typing import Any, TextIO

import orjson

from caseapp.domain.korean import with_particle
from caseapp.errors import AlreadyRunning, UserError, ValidationError

ENV_PASSPHRASE = "CASEAPP_PASSPHRASE"


def read_passphrase(prompt_ko: str = "암호", prompt_en: str = "Passphrase", *, confirm: bool = False) -> str:
    """``CASEAPP_PASSPHRASE`` if set, else a prompt on the terminal (never echoed)."""
    env = os.environ.get(ENV_PASSPHRASE)
    if env is not None:
        return env
    return prompt_secret(prompt_ko, prompt_en, confirm=confirm)


def prompt_secret(prompt_ko: str, prompt_en: str, *, confirm: bool = False, env: str = ENV_PASSPHRASE) -> str:
    """A secret from the terminal, or one line of stdin when it is not a terminal; ``env`` is the variable the
    error message suggests instead (the one the caller would have read)."""
    from caseapp.i18n_text import current_language
    prompt = prompt_ko if current_language() == "ko" else prompt_en
    if not sys.stdin or not sys.stdin.isatty():
        line = sys.stdin.readline() if sys.stdin else ""
        if not line:
            noun = prompt_en if prompt_en[1:2].isupper() else prompt_en.lower()  # "PKCS#12 password" stays
            raise UserError(f"{with_particle(prompt_ko, '를')} 입력받을 수 없습니다({env}를 설정하세요).",
                            f"Cannot read the {noun} (set {env}).", exit_code=2)
        return line.rstrip("\n")
    value = getpass.getpass(f"{prompt}: ")
    if confirm and getpass.getpass(f"{prompt} (확인/again): ") != value:
        raise UserError("두 번 입력한 값이 다릅니다.", "The two entries differ.", exit_code=2)
    return value


@contextmanager
def folder_held(writes: bool) -> Iterator[None]:
    """Hold the data folder's instance lock while a command that writes runs (exit 6 if the GUI or another command
    has it). Reading commands run alongside: SQLite lets them read while the window writes. A folder that does
    not exist yet is held by nobody, and is not created just to be locked (a mistyped --data-dir stays absent)."""
    from caseapp import paths
    if not writes or not paths.data_dir().is_dir():
        yield
        return
    from caseapp.services.instance_lock import InstanceLock
    lock = InstanceLock()
    try:
        lock.acquire()
    except AlreadyRunning as exc:
        pid = getattr(exc, "pid", None)
        who_ko, who_en = (f"(프로세스 {pid})", f" (process {pid})") if pid and pid > 0 else ("", "")
        raise AlreadyRunning(
            f"caseapp이 이 데이터 폴더로 이미 실행 중입니다{who_ko}. 창을 닫은 뒤 다시 실행하세요. "
            f"읽기만 하는 명령(cases, show, search, check 등)은 지금도 됩니다.",
            f"caseapp is already running with this data folder{who_en}; close it first, then run the command "
            f"again. Commands that only read (cases, show, search, check, ...) work meanwhile.") from None
    try:
        yield
    finally:
        lock.release()


def require_file() -> None:
    """Say there is no case file before asking for a passphrase that cannot help."""
    from caseapp.errors import NotInitialised
    from caseapp.services.installed import case_file_exists  # without the data layer: it loads later
    if not case_file_exists():
        raise NotInitialised()


# The key derivation a command started before its body imported the data layer (see :func:`opens_vault`).
_STARTED_UNWRAP: ContextVar[Any] = ContextVar("caseapp_started_unwrap", default=None)


def opens_vault(command: Callable[[Any], int] | None = None, *,
                when: Callable[[Any], bool] | None = None, check: Callable[[Any], object] | None = None) -> Any:
    """Mark a command that opens the vault (``when``: only for the arguments it says): with CASEAPP_PASSPHRASE set
    and a case file present, the key derivation starts in a thread before the command's body imports the services
    (~0.6 s of SQLAlchemy, SQLModel and the models), so the two overlap; :func:`open_vault` then takes the started
    derivation. Without them nothing starts early: a prompt still comes after the command has checked its
    arguments, and a missing file is reported by :func:`open_vault` as before.

    ``check`` checks the arguments before anything starts (it must not import the data layer): a command refused
    there pays no key derivation (scrypt cannot be stopped once started: ~0.4 s of CPU on the second core, in a
    daemon thread that would run on after a refusal in-process). A command that fails after the start, before
    opening, leaves only that daemon thread behind (it counts as no unlock attempt and writes nothing)."""
    def decorate(func: Callable[[Any], int]) -> Callable[[Any], int]:
        @functools.wraps(func)
        def run(args: Any) -> int:
            if check is not None:
                check(args)
            token = _STARTED_UNWRAP.set(_start_unwrap() if when is None or when(args) else None)
            try:
                return func(args)
            finally:
                _STARTED_UNWRAP.reset(token)
        run.starts_key_derivation = True  # type: ignore[attr-defined]  # what tests/unit/test_cli_opens_vault checks
        return run
    return decorate if command is None else decorate(command)


def _start_unwrap() -> Any:
    passphrase = os.environ.get(ENV_PASSPHRASE)
    if passphrase is None:
        return None
    from caseapp import paths
    from caseapp.services.installed import case_file_exists  # without the data layer
    if not case_file_exists():
        return None
    from caseapp.storage.keystore import EarlyUnwrap
    return EarlyUnwrap(paths.key_file(), passphrase)


def open_vault() -> Any:
    """Open the vault with CASEAPP_PASSPHRASE or a prompt (the vault keeps the search index in step itself)."""
    return open_vault_and_passphrase()[0]


def open_vault_and_passphrase() -> tuple[Any, str]:
    """:func:`open_vault`, also handing back the passphrase (``sync export`` wraps the sync key with it)."""
    from caseapp import paths
    from caseapp.storage.keystore import EarlyUnwrap
    require_file()
    passphrase = read_passphrase()
    early = _STARTED_UNWRAP.get()
    if early is None or not early.derives(passphrase):
        early = EarlyUnwrap(paths.key_file(), passphrase)  # scrypt runs while SQLAlchemy and the tables import
    from caseapp.services.vault import Vault
    vault = Vault.open(passphrase, early=early)
    print_warnings(vault)
    return vault, passphrase


def open_vault_for_reading() -> Any:
    """:func:`open_vault` for a command that only reads (``search``, ``show``): the same unlock and checks, the same
    access records, without importing the ORM when the file needs no repair or migration (see
    :mod:`caseapp.services.read_vault`); a file that does gets the full open."""
    from caseapp import paths
    from caseapp.storage.keystore import EarlyUnwrap
    require_file()
    passphrase = read_passphrase()
    early = _STARTED_UNWRAP.get()
    if early is None or not early.derives(passphrase):
        early = EarlyUnwrap(paths.key_file(), passphrase)
    from caseapp.services.read_vault import open_for_reading
    vault = open_for_reading(passphrase, early=early)
    print_warnings(vault)
    return vault


def print_warnings(vault: Any) -> None:
    """What the open found that the user must know (a rolled-back key file, lost changes): one line each, stderr."""
    for notice in getattr(vault, "warnings", []):
        sys.stderr.write(tr("경고: ", "WARNING: ") + notice.message().replace("\n", " ") + "\n")


def find_case(vault: Any, case_number: str) -> Any:
    """The case a command names by number; a number sync renumbered still finds it, with a note on stderr
    saying which case it is now (stdout, e.g. ``--json``, stays as it was)."""
    from caseapp.services import cases
    return cases.find_case(vault, case_number, note=note_on_stderr)


def note_on_stderr(ko: str, en: str) -> None:
    """A note about the case a number named (sync renumbered it): stderr, so stdout stays as it was."""
    sys.stderr.write(tr("알림: ", "Note: ") + tr(ko, en) + "\n")


def parse_date_arg(raw: str, ko: str, en: str) -> date:
    """A date given on the command line (YYYY-MM-DD); ``ko``/``en`` name the option in the message."""
    try:
        return date.fromisoformat(raw.strip())
    except ValueError:
        raise ValidationError(f"{ko} 날짜 형식이 아닙니다(예: 2026-03-01): {raw}",
                              f"{en} is not a date (e.g. 2026-03-01): {raw}") from None


def print_json(data: Any) -> None:
    """JSON keeps stored text exactly; the few characters a terminal would act on are written as \\u escapes
    (json.dumps already escapes C0 controls), which any JSON reader turns back into the same text."""
    text = json_text(data)
    text = _TERMINAL_CONTROLS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    stream = getattr(sys.stdout, "unfiltered", sys.stdout)
    stream.write(text + "\n")


_ORJSON_OPTIONS = orjson.OPT_INDENT_2 | orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS


def json_text(data: Any) -> str:
    """``json.dumps(data, ensure_ascii=False, indent=2, default=str)``, written by orjson's C encoder: the standard
    library's encoder falls back to pure Python whenever it indents (0.5 s for a 10,000-case list). Dates, times
    and dataclasses go to ``str`` as before; the only visible difference is a float's exponent (1e-7, not 1e-07).
    What orjson refuses (keys that are not strings, integers beyond 64 bits) is written by the standard library."""
    try:
        return orjson.dumps(data, default=str, option=_ORJSON_OPTIONS).decode("utf-8")
    except TypeError:  # orjson.JSONEncodeError is a TypeError
        return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False, default=str)


# C0 controls but newline and tab, DEL, C1 controls (0x9b is a one-byte CSI) and the bidi overrides that reorder
# what a terminal shows ("Trojan source").
_TERMINAL_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """Stored text as a terminal should show it: control characters visible as \\x1b / \\u202e, never obeyed."""
    return _TERMINAL_CONTROLS.sub(
        lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}", text)


class TerminalSafeStream:
    """Wraps stdout/stderr for the length of a command so that every text line passes :func:`terminal_safe`
    (client text could otherwise retitle the window, clear the screen or hide what follows)."""

    def __init__(self, stream: TextIO) -> None:
        self.unfiltered = stream

    def write(self, text: str) -> int:
        return self.unfiltered.write(terminal_safe(text))

    def __getattr__(self, name: str) -> Any:  # flush, isatty, fileno, encoding, ...
        return getattr(self.unfiltered, name)


@contextmanager
def terminal_safe_output() -> Iterator[None]:
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = TerminalSafeStream(sys.stdout), TerminalSafeStream(sys.stderr)  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


@contextmanager
def progress_on_terminal() -> Iterator[Callable[[int, int], None]]:
    """``progress(done, total)`` as one rewritten line on an interactive stderr (nothing when piped); its "\\r"
    goes to the terminal itself, past :class:`TerminalSafeStream`, which would show it as text."""
    stream = getattr(sys.stderr, "unfiltered", sys.stderr)
    shown = stream.isatty()

    def progress(done: int, total: int) -> None:
        if shown:
            stream.write(f"\r{done}/{total}")
            stream.flush()

    try:
        yield progress
    finally:
        if shown:
            stream.write("\n")


def require_valid_text(args: Any) -> None:
    """Arguments with bytes that are not UTF-8 arrive as lone surrogates and fail deep inside (storing, printing):
    name the argument instead. Exit 1, nothing done."""
    for name, value in vars(args).items():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and not _is_utf8(item):
                flag = name.upper() if name in _POSITIONALS else "--" + name.replace("_", "-")
                raise ValidationError(f"{flag} 값이 올바른 UTF-8 텍스트가 아닙니다. 다시 입력하세요.",
                                      f"{flag} is not valid UTF-8 text; type it again.")


_POSITIONALS = frozenset({"case_number", "file", "query", "sha256"})  # shown as in the usage line: CASE_NUMBER


def _is_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def tr(ko: str, en: str) -> str:
    from caseapp.i18n_text import current_language
    return ko if current_language() == "ko" else en
