"""The wheel contains every package, the fonts, icons and translations (``pip install . && caseapp`` must work)."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _config() -> dict:  # type: ignore[type-arg]
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_subpackage_is_listed() -> None:
    listed = set(_config()["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "caseapp").rglob("__init__.py")
             if "__pycache__" not in p.parts}
    assert found <= listed, f"add to pyproject [tool.setuptools] packages: {sorted(found - listed)}"
    assert {"caseapp.resources", "caseapp.i18n"} <= listed


def test_resource_folders_are_mapped_and_their_data_included() -> None:
    tool = _config()["tool"]["setuptools"]
    assert tool["package-dir"] == {"caseapp.resources": "resources", "caseapp.i18n": "i18n"}
    assert "fonts/*" in tool["package-data"]["caseapp.resources"]
    assert any(p.endswith(".qm") for p in tool["package-data"]["caseapp.i18n"])
    assert list((ROOT / "resources" / "fonts").glob("NanumGothic*.ttf"))


def test_entry_point_is_the_gui_launcher() -> None:
    assert _config()["project"]["gui-scripts"]["caseapp"] == "caseapp.__main__:main"
