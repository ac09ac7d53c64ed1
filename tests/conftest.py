"""Shared fixtures: every test runs against its own throwaway data directory with a fast KDF."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Set before anything imports Qt or creates a key file.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CASEAPP_KDF_COST"] = "10"  # scrypt N=2^10 in tests; real files use 2^17
os.environ.setdefault("CASEAPP_SIGNING_KEY_BITS", "2048")  # signing keys made at init; real files use 3072
os.environ.pop("CASEAPP_PASSPHRASE", None)

PASSPHRASE = "테스트 암호 correct-horse"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    from caseapp import paths
    d = tmp_path / "data"
    monkeypatch.setenv("CASEAPP_DATA_DIR", str(d))
    paths.set_data_dir(None)
    yield d
    paths.set_data_dir(None)


@pytest.fixture
def vault(data_dir: Path) -> Iterator["object"]:
    from caseapp.services.setup import initialise
    v, _recovery = initialise(PASSPHRASE, "김사회", "행복종합사회복지관")
    yield v
    v.close()


@pytest.fixture
def case(vault):  # type: ignore[no-untyped-def]
    from caseapp.services import cases
    return cases.open_case(vault, {"name": "김민수", "phone": "010-1234-5678", "address": "강원도 평창군 대화면 1"},
                           {"presenting_request": "월세 체납으로 주거 불안, 긴급 지원 요청"})


@pytest.fixture(autouse=True)
def _reset_language() -> Iterator[None]:
    """Tests that switch the text language (``--lang en``, the settings dialog) must not leak it into the next."""
    from caseapp import i18n_text
    i18n_text.set_language(None)
    yield
    i18n_text.set_language(None)


_KEY_POOL: list[object] = []


@pytest.fixture(autouse=True)
def _pooled_signing_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every initialised case file makes two RSA keys (root + signing); generating them dominated fixture time.

    Tests draw from a pool made once per run instead, and never get the same key twice within one test, so two
    installations in one test still have different roots (trust tests stay meaningful). Other sizes are real.
    """
    import types

    from cryptography.hazmat.primitives.asymmetric import rsa

    from caseapp.export import pki

    if not _KEY_POOL:
        _KEY_POOL.extend(rsa.generate_private_key(public_exponent=65537, key_size=2048) for _ in range(8))
    handed_out = iter(_KEY_POOL)

    def generate_private_key(public_exponent: int, key_size: int, backend: object = None) -> object:
        if key_size == 2048:
            key = next(handed_out, None)
            if key is not None:
                return key
        return rsa.generate_private_key(public_exponent=public_exponent, key_size=key_size)

    monkeypatch.setattr(pki, "rsa", types.SimpleNamespace(**{**vars(rsa), "generate_private_key": generate_private_key}))


@pytest.fixture
def run_cli(data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """The CLI in-process against this test's data folder, in English: ``run_cli(*args) -> (code, out, err)``."""
    from caseapp import cli
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)

    def _run(*args: str) -> tuple[int, str, str]:
        code = cli.main(["--data-dir", str(data_dir), "--lang", "en", *args])
        out = capsys.readouterr()
        return code, out.out, out.err
    return _run
