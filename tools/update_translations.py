"""Refresh the Qt Linguist files and compile them.

    python3 tools/update_translations.py          # lupdate + vocab context + lrelease
    python3 tools/update_translations.py --check  # exit 1 if the .ts files are out of date or unfinished

Steps: ``pyside6-lupdate`` scans every ``caseapp/ui/**/*.py`` (UI strings are English in the source) into
``i18n/caseapp_ko.ts`` and ``i18n/caseapp_en.ts`` keeping existing translations; the ``vocab`` context is rebuilt
from the domain labels (their Korean and English text are the translations, so it never needs hand work); in the
English file every UI message is its own translation; then ``pyside6-lrelease`` writes the ``.qm`` files that ship.
Korean UI translations are written by hand in ``caseapp_ko.ts`` (Qt Linguist or any editor); new strings show up
there as ``type="unfinished"`` and the test suite fails until they are translated.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from caseapp.ui.i18n import VOCAB_CONTEXT, domain_labels  # noqa: E402

I18N = ROOT / "i18n"
LANGUAGES = ("ko", "en")


def ts_path(lang: str) -> Path:
    return I18N / f"caseapp_{lang}.ts"


def qm_path(lang: str) -> Path:
    return I18N / f"caseapp_{lang}.qm"


def ui_sources() -> list[Path]:
    return sorted(p for p in (ROOT / "caseapp" / "ui").rglob("*.py") if "__pycache__" not in p.parts)


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    import PySide6
    bundled = Path(PySide6.__file__).parent / name
    if bundled.exists():
        return str(bundled)
    raise SystemExit(f"pyside6-{name} not found (install PySide6-Essentials)")


def run_lupdate(target: Path, lang: str) -> None:
    cmd = [_tool("lupdate"), "-no-obsolete", "-locations", "none", "-source-language", "en",
           "-target-language", lang, *map(str, ui_sources()), "-ts", str(target)]
    subprocess.run(cmd, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


def _context(root: ET.Element, name: str) -> ET.Element | None:
    for ctx in root.findall("context"):
        if ctx.findtext("name") == name:
            return ctx
    return None


def write_vocab_context(root: ET.Element, lang: str) -> None:
    """Replace the ``vocab`` context with every domain label; the label's own text is the translation."""
    old = _context(root, VOCAB_CONTEXT)
    if old is not None:
        root.remove(old)
    ctx = ET.SubElement(root, "context")
    ET.SubElement(ctx, "name").text = VOCAB_CONTEXT
    for label in domain_labels():
        message = ET.SubElement(ctx, "message")
        ET.SubElement(message, "source").text = label.en
        ET.SubElement(message, "comment").text = label.ko  # disambiguation: one English word, two Korean ones
        ET.SubElement(message, "translation").text = label.ko if lang == "ko" else label.en


def english_is_its_own_translation(root: ET.Element) -> None:
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not (translation.text or ""):
            translation.text = message.findtext("source") or ""
            translation.attrib.pop("type", None)


def post_process(path: Path, lang: str) -> None:
    tree = ET.parse(path)
    root = tree.getroot()
    write_vocab_context(root, lang)
    if lang == "en":
        english_is_its_own_translation(root)
    ET.indent(tree, space="    ")
    with path.open("wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(fh, encoding="utf-8", xml_declaration=False)
        fh.write(b"\n")


def run_lrelease(lang: str) -> None:
    subprocess.run([_tool("lrelease"), "-silent", str(ts_path(lang)), "-qm", str(qm_path(lang))], check=True)


def update() -> None:
    I18N.mkdir(exist_ok=True)
    for lang in LANGUAGES:
        run_lupdate(ts_path(lang), lang)
        post_process(ts_path(lang), lang)
        run_lrelease(lang)
        print(f"{ts_path(lang).relative_to(ROOT)}: {unfinished_count(ts_path(lang))} unfinished")


def unfinished_count(path: Path) -> int:
    root = ET.parse(path).getroot()
    return sum(1 for t in root.iter("translation") if t.get("type") == "unfinished" or not (t.text or "").strip())


def messages(path: Path) -> set[tuple[str, str, str]]:
    root = ET.parse(path).getroot()
    out = set()
    for ctx in root.findall("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.findall("message"):
            out.add((name, m.findtext("source") or "", m.findtext("comment") or ""))
    return out


def check() -> int:
    """Exit status 1 if the committed .ts files miss a string from the code or have unfinished entries."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGUAGES:
            fresh = Path(tmp) / f"fresh_{lang}.ts"
            shutil.copy(ts_path(lang), fresh)
            run_lupdate(fresh, lang)
            post_process(fresh, lang)
            missing = messages(fresh) - messages(ts_path(lang))
            problems += [f"{lang}: not in the .ts file: {ctx} / {src!r}" for ctx, src, _ in sorted(missing)]
            if n := unfinished_count(ts_path(lang)):
                problems.append(f"{lang}: {n} unfinished translations")
    for p in problems:
        print(p)
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only check; change nothing")
    args = parser.parse_args()
    if args.check:
        return check()
    update()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
