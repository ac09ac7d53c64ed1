"""`caseapp --version`, one version everywhere, and licence notices for every bundled component."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import caseapp
from caseapp.services import licences

ROOT = Path(__file__).resolve().parents[2]


def test_version_flag_prints_the_package_version() -> None:
    out = subprocess.run([sys.executable, "-m", "caseapp", "--version"], capture_output=True, text=True,
                         cwd=ROOT, timeout=60)
    assert out.returncode == 0
    assert out.stdout.strip() == f"caseapp {caseapp.__version__}"


def test_pyproject_reads_the_version_from_the_package() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" in config["project"]["dynamic"]
    assert config["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "caseapp.__version__"}


def test_notices_name_qt_the_font_and_every_runtime_dependency() -> None:
    notices = licences.all_notices()
    names = {n.name.lower() for n in notices}
    assert any(name.startswith("qt 6") for name in names)
    assert "nanumgothic" in names
    for needed in ("pyside6_essentials", "sqlcipher3", "reportlab", "pyhanko", "sqlalchemy", "cryptography"):
        assert needed in {n.replace("-", "_") for n in names}, needed
    # Transitive dependencies are found too (pyHanko needs asn1crypto).
    assert "asn1crypto" in names
    # Test-only extras are not shipped, so they are not listed.
    assert "pytest" not in names and "hypothesis" not in names


def test_notices_text_carries_the_licence_texts() -> None:
    text = licences.notices_text(licences.all_notices())
    assert "SIL OPEN FONT LICENSE" in text.upper()
    assert "LGPL-3.0" in text
    assert "Permission is hereby granted" in text  # an MIT text, e.g. SQLAlchemy's or pyHanko's
