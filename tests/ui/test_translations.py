"""Translations: every UI string and domain label translated, placeholders intact, .qm files built and loadable."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from caseapp import paths
from caseapp.ui.i18n import VOCAB_CONTEXT, domain_labels

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("ko", "en")
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{\w*\}")


def _messages(lang: str) -> list[tuple[str, str, str, ET.Element]]:
    root = ET.parse(paths.i18n_dir() / f"caseapp_{lang}.ts").getroot()
    return [(ctx.findtext("name") or "", m.findtext("source") or "", m.findtext("comment") or "", m)
            for ctx in root.findall("context") for m in ctx.findall("message")]


@pytest.mark.parametrize("lang", LANGS)
def test_no_unfinished_or_empty_translation(lang: str) -> None:
    bad = []
    for ctx, source, _comment, message in _messages(lang):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete") \
                or not (translation.text or "").strip():
            bad.append(f"{ctx}: {source}")
    assert not bad, f"{len(bad)} untranslated in caseapp_{lang}.ts, e.g. {bad[:5]}"


@pytest.mark.parametrize("lang", LANGS)
def test_placeholders_match(lang: str) -> None:
    bad = []
    for ctx, source, _comment, message in _messages(lang):
        translation = message.findtext("translation") or ""
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
            bad.append(f"{ctx}: {source!r} -> {translation!r}")
    assert not bad, bad


@pytest.mark.parametrize("lang", LANGS)
def test_every_domain_label_is_in_the_vocab_context(lang: str) -> None:
    present = {(source, comment) for ctx, source, comment, _m in _messages(lang) if ctx == VOCAB_CONTEXT}
    missing = [label for label in domain_labels() if (label.en, label.ko) not in present]
    assert not missing, f"run tools/update_translations.py: {missing[:5]}"


def test_ts_files_hold_every_string_in_the_code() -> None:
    """lupdate over caseapp/ui must find nothing that the committed .ts files lack (a missing translation)."""
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "update_translations.py"), "--check"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("lang", LANGS)
def test_compiled_qm_matches_the_ts_file(gui_app: Any, lang: str) -> None:
    """The shipped .qm gives every translation of the .ts (so it was rebuilt after the last edit)."""
    from PySide6.QtCore import QTranslator
    translator = QTranslator()
    assert translator.load(f"caseapp_{lang}", str(paths.i18n_dir())), f"caseapp_{lang}.qm missing"
    stale = []
    for ctx, source, comment, message in _messages(lang):
        expected = message.findtext("translation") or ""
        if translator.translate(ctx, source, comment or None) != expected:
            stale.append(f"{ctx}: {source}")
    assert not stale, f"run tools/update_translations.py: {stale[:5]}"
