"""Nothing in caseapp imports a module the desktop bundle leaves out (packaging/bundle_trim.UNUSED_PYTHON).

The bundle drops modules nothing should need at run time (the standard library's sqlite3, test runners, build
tools…). An import of one of them works from the source tree and fails only in the installed program — found once
as `hub join` and `sync import` ending in an internal error in the bundle. Checked statically, every import in every
module (also those inside functions), so the default run catches it without building the bundle.
"""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _unused_python() -> list[str]:
    spec = importlib.util.spec_from_file_location("bundle_trim", ROOT / "packaging" / "bundle_trim.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bundle_trim", module)  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return list(module.UNUSED_PYTHON)


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_no_module_imports_what_the_bundle_leaves_out() -> None:
    excluded = _unused_python()
    assert "sqlite3" in excluded  # the scan still checks what it is meant to
    found = []
    for path in sorted((ROOT / "caseapp").rglob("*.py")):
        for name in _imports(path):
            if any(name == gone or name.startswith(gone + ".") for gone in excluded):
                found.append(f"{path.relative_to(ROOT)}: {name}")
    assert found == []
