"""The desktop entry and the AppStream metadata are what menus and software centres read: they must validate and
agree with each other and with the icon set."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "packaging" / "caseapp.desktop"
METAINFO = ROOT / "packaging" / "caseapp.metainfo.xml"


def _desktop_entry() -> dict[str, str]:
    parser = ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_desktop_entry_starts_caseapp_with_its_icon_in_korean_and_english() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application" and entry["Exec"].split()[0].endswith("caseapp")
    assert entry["Icon"] == "caseapp" and entry["Terminal"] == "false"
    assert "사례관리" in entry["Name[ko]"] and entry["Name"]
    assert (ROOT / "resources" / "icons" / "caseapp.svg").exists()


def test_metainfo_launches_the_desktop_entry() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("launchable") == DESKTOP.name
    assert any(el.get("{http://www.w3.org/XML/1998/namespace}lang") == "ko" for el in root.iter("summary"))


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_entry_validates() -> None:
    out = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert out.returncode == 0 and not out.stdout.strip(), out.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_metainfo_validates() -> None:
    out = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
