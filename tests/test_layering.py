"""The layers stay apart: only the GUI imports Qt, and the domain knows no SQL."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "caseapp"
QT = ("PySide6", "shiboken6")
SQL = ("sqlalchemy", "sqlmodel", "sqlcipher3", "sqlite3", "alembic")


def _imports(path: Path) -> set[str]:
    """Top-level module names imported anywhere in the file, including inside functions."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in (
                "import_module", "__import__") and node.args and isinstance(node.args[0], ast.Constant):
            found.add(str(node.args[0].value).split(".")[0])
    return found


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def test_the_walk_sees_the_package() -> None:
    names = {p.relative_to(PACKAGE).as_posix() for p in _modules()}
    assert {"cli.py", "__main__.py", "domain/forms.py", "storage/models.py", "services/vault.py"} <= names


def test_only_ui_and_the_launcher_import_qt() -> None:
    offenders = []
    for path in _modules():
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.startswith("ui/") or rel == "__main__.py":
            continue
        if _imports(path) & set(QT):
            offenders.append(rel)
    assert offenders == [], f"Qt imported outside caseapp/ui/: {offenders}"


def test_domain_imports_no_sql_and_no_qt() -> None:
    offenders = []
    for path in (PACKAGE / "domain").rglob("*.py"):
        bad = _imports(path) & set(SQL + QT)
        if bad:
            offenders.append((path.name, sorted(bad)))
    assert offenders == [], f"domain/ must stay free of SQL and Qt: {offenders}"


def test_the_checker_catches_an_offender(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from PySide6.QtWidgets import QWidget\n    import sqlmodel\n", encoding="utf-8")
    assert {"PySide6", "sqlmodel"} <= _imports(sample)
