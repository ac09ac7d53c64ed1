"""``caseapp about``: the version, the data folder and the engines underneath, without a case file or passphrase
(support asks for it first; the bundle test asks it to show that SQLCipher, OpenSSL and libpq load there)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import caseapp
from caseapp import cli
from caseapp.services import components


def test_about_json_names_version_folder_and_engines(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEAPP_DATA_DIR", str(tmp_path / "data"))
    assert cli.main(["about", "--json"]) == 0
    about = json.loads(capsys.readouterr().out)
    assert about["version"] == caseapp.__version__ and about["data_dir"] == str(tmp_path / "data")
    engines = about["components"]
    assert set(engines) == {"python", "sqlcipher", "sqlite", "openssl", "libpq"}
    assert engines["sqlcipher"][0].isdigit() and engines["openssl"].startswith("OpenSSL ")
    assert engines["libpq"] and engines["libpq"].endswith("(binary)"), "psycopg[binary] is a dependency"
    assert not (tmp_path / "data").exists(), "about creates no data folder"


def test_about_says_when_libpq_cannot_load(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEAPP_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("CASEAPP_LANG", "en")
    monkeypatch.setattr(components, "libpq_version", lambda: None)
    assert cli.main(["about"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"caseapp {caseapp.__version__}" and lines[1] == f"Data folder: {tmp_path}"
    assert "SQLCipher " in lines[2] and lines[2].endswith("libpq not available")
