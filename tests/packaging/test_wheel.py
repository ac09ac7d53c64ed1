"""`pip install .` into a fresh virtual environment brings the fonts, translations and icons, and the installed
program finds them without the source tree (slow: builds and installs a wheel)."""

from __future__ import annotations

import os
import subprocess
import venv
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_install_finds_its_resources_outside_the_checkout(tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    # System site packages supply the dependencies; caseapp itself comes from the wheel only.
    venv.EnvBuilder(system_site_packages=True, with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "CASEAPP_"))}
    install = subprocess.run([str(python), "-m", "pip", "install", "--no-deps", "--quiet",
                              str(ROOT)], capture_output=True, text=True, env=clean, timeout=600)
    assert install.returncode == 0, install.stderr[-3000:]
    probe = (
        "import caseapp, caseapp.paths as p, pathlib, sys;"
        "root = pathlib.Path(sys.prefix);"
        "files = [p.font_file(), p.font_file(bold=True), p.i18n_dir() / 'caseapp_ko.qm', p.i18n_dir() / "
        "'caseapp_en.qm', p.resources_dir() / 'icons' / 'caseapp-256.png', p.resources_dir() / 'icons' / "
        "'caseapp.ico', p.resources_dir() / 'icc' / 'sRGB.icc', p.migrations_dir() / 'script.py.mako', "
        "p.hub_sql_dir() / 'functions.sql', p.hub_sql_dir() / 'tables.sql', p.hub_sql_dir() / 'stats.sql'];"
        "missing = [str(f) for f in files if not f.is_file()];"
        "outside = [str(f) for f in files if root not in f.resolve().parents];"
        "print(caseapp.__file__); assert not missing, missing; assert not outside, outside"
    )
    checked = subprocess.run([str(python), "-c", probe], capture_output=True, text=True, cwd=tmp_path, env=clean)
    assert checked.returncode == 0, checked.stderr
    assert str(ROOT) not in checked.stdout
    version = subprocess.run([str(env_dir / "bin" / "caseapp"), "--version"], capture_output=True, text=True,
                             cwd=tmp_path, env=clean)
    assert version.returncode == 0 and version.stdout.startswith("caseapp ")
