"""Licence notices of everything caseapp ships with: the Python distributions it depends on (found recursively
through their metadata), Qt, the NanumGothic font and SQLCipher.

The About dialog lists them; the bundle build writes the full texts into ``THIRD-PARTY-NOTICES.txt`` beside the
program (``python -m caseapp.services.licences``), because a frozen bundle carries no package metadata to read later.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from caseapp import paths

NOTICES_FILE = "THIRD-PARTY-NOTICES.txt"
_LICENCE_FILE = re.compile(r"(^|/)(LICEN[CS]E|COPYING|NOTICE)[^/]*$", re.IGNORECASE)
_REQUIREMENT_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


@dataclass(frozen=True)
class Notice:
    name: str
    version: str
    licence: str  # short form, e.g. "MIT" or "LGPL-3.0-only"
    text: str = ""  # the licence files' text, where the distribution ships them


# Components that are not Python distributions, or whose wheel carries no licence file of its own.
FIXED_NOTICES = (
    Notice("Qt 6 (via PySide6)", "", "LGPL-3.0-only",
           "Qt is used under the GNU Lesser General Public License v3. Its source is available from the Qt "
           "Project; the bundled Qt libraries are unmodified and can be replaced by the user."),
    Notice("SQLCipher (via sqlcipher3)", "", "BSD-3-Clause",
           "SQLCipher is Copyright (c) Zetetic LLC and distributed under a BSD-style licence."),
)


def _short_licence(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    classifiers = [c.rsplit("::", 1)[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License")]
    if classifiers:
        return ", ".join(classifiers)
    licence = (meta.get("License") or "").strip().splitlines()
    return licence[0][:80] if licence else "unknown"


def _licence_text(dist: metadata.Distribution) -> str:
    texts = []
    for file in dist.files or []:
        if _LICENCE_FILE.search(str(file)) and ".dist-info/" in str(file):
            try:
                texts.append(Path(str(file.locate())).read_text(encoding="utf-8", errors="replace").strip())
            except OSError:
                continue
    return "\n\n".join(texts)


def _requirements(dist: metadata.Distribution) -> list[str]:
    names = []
    for requirement in dist.requires or []:
        if "extra ==" in requirement:
            continue  # optional extras (tests, docs) are not shipped
        match = _REQUIREMENT_NAME.match(requirement)
        if match:
            names.append(match.group(1))
    return names


def _normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def python_notices(root: str = "caseapp", fallback: tuple[str, ...] = ()) -> list[Notice]:
    """Every distribution ``root`` needs at run time, recursively. Where caseapp itself is not installed (a
    checkout), ``fallback`` names the top-level requirements to start from."""
    try:
        start = _requirements(metadata.distribution(root))
    except metadata.PackageNotFoundError:
        start = list(fallback)
    seen: dict[str, Notice] = {}
    queue = list(start)
    while queue:
        name = queue.pop()
        key = _normalised(name)
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[key] = Notice(dist.metadata["Name"], dist.version, _short_licence(dist), _licence_text(dist))
        queue.extend(_requirements(dist))
    return sorted(seen.values(), key=lambda n: n.name.lower())


def _checkout_requirements() -> tuple[str, ...]:
    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    try:
        import tomllib
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ()
    deps = data.get("project", {}).get("dependencies", [])
    return tuple(m.group(1) for d in deps if (m := _REQUIREMENT_NAME.match(d)))


def font_notice() -> Notice:
    ofl = paths.resources_dir() / "fonts" / "OFL.txt"
    try:
        text = ofl.read_text(encoding="utf-8")
    except OSError:
        text = ""
    return Notice("NanumGothic", "", "OFL-1.1", text)


def all_notices() -> list[Notice]:
    return [*FIXED_NOTICES, font_notice(), *python_notices(fallback=_checkout_requirements())]


def bundled_notices_file() -> Path | None:
    """The notices the bundle build wrote, when running from a bundle."""
    candidate = paths.resources_dir().parent / NOTICES_FILE
    return candidate if candidate.is_file() else None


def notices_text(notices: list[Notice] | None = None) -> str:
    """The full notices as one plain text: a summary list, then each licence text."""
    bundled = bundled_notices_file()
    if notices is None and bundled is not None:
        return bundled.read_text(encoding="utf-8", errors="replace")
    notices = all_notices() if notices is None else notices
    lines = ["caseapp ships with the following components:", ""]
    lines += [f"- {n.name} {n.version}".rstrip() + f": {n.licence}" for n in notices]
    for n in notices:
        if n.text:
            lines += ["", "=" * 78, f"{n.name} {n.version}".rstrip(), "=" * 78, n.text]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.stdout.write(notices_text(all_notices()))
