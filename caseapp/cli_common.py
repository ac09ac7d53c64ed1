"""Helpers shared by every CLI command module: passphrase, opening the vault, output."""

from __future__ import annotations

import getpass
import json
import os
import sys
from typing import Any

from caseapp.errors import UserError

ENV_PASSPHRASE = "CASEAPP_PASSPHRASE"


def read_passphrase(prompt_ko: str = "암호", prompt_en: str = "Passphrase", *, confirm: bool = False) -> str:
    """``CASEAPP_PASSPHRASE`` if set, else a prompt on the terminal (never echoed)."""
    env = os.environ.get(ENV_PASSPHRASE)
    if env is not None:
        return env
    return prompt_secret(prompt_ko, prompt_en, confirm=confirm)


def prompt_secret(prompt_ko: str, prompt_en: str, *, confirm: bool = False) -> str:
    from caseapp.i18n_text import current_language
    prompt = prompt_ko if current_language() == "ko" else prompt_en
    if not sys.stdin or not sys.stdin.isatty():
        line = sys.stdin.readline() if sys.stdin else ""
        if not line:
            raise UserError(f"{prompt_ko}를 입력받을 수 없습니다(CASEAPP_PASSPHRASE를 설정하세요).",
                            f"Cannot read the {prompt_en.lower()} (set CASEAPP_PASSPHRASE).", exit_code=2)
        return line.rstrip("\n")
    value = getpass.getpass(f"{prompt}: ")
    if confirm and getpass.getpass(f"{prompt} (확인/again): ") != value:
        raise UserError("두 번 입력한 값이 다릅니다.", "The two entries differ.", exit_code=2)
    return value


def open_vault() -> Any:
    from caseapp.services.vault import Vault
    vault = Vault.open(read_passphrase())
    print_warnings(vault)
    return vault


def print_warnings(vault: Any) -> None:
    """What the open found that the user must know (a rolled-back key file, lost changes): one line each, stderr."""
    for notice in getattr(vault, "warnings", []):
        sys.stderr.write(tr("경고: ", "WARNING: ") + notice.message().replace("\n", " ") + "\n")


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, sort_keys=False, default=str)
    sys.stdout.write("\n")


def tr(ko: str, en: str) -> str:
    from caseapp.i18n_text import current_language
    return ko if current_language() == "ko" else en
