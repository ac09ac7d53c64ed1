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


# --- one direction: no import cycles, no reaching into another module's underscore names ------------------------

def _module_name(path: Path, root: Path) -> str:
    parts = path.relative_to(root.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    """Ids of the nodes under ``if TYPE_CHECKING:`` (annotations only: they never run)."""
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skip.update(id(n) for n in ast.walk(node) if n is not node.test)
            skip.difference_update(id(n) for orelse in node.orelse for n in ast.walk(orelse))
    return skip


def _resolve(name: str, is_package: bool, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    parts = name.split(".") if is_package else name.split(".")[:-1]
    parts = parts[:len(parts) - (node.level - 1)]
    return ".".join(parts + ([node.module] if node.module else []))


def _graph(root: Path) -> tuple[dict[str, set[str]], list[str]]:
    """Module -> caseapp modules it imports (module level and inside functions, ``TYPE_CHECKING`` aside, string
    arguments of ``import_module`` included), and every use of another module's underscore name."""
    files = {_module_name(p, root): p for p in sorted(root.rglob("*.py")) if "__pycache__" not in p.parts}
    edges: dict[str, set[str]] = {name: set() for name in files}
    private: list[str] = []
    for name, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        skip = _type_checking_nodes(tree)
        aliases: dict[str, str] = {}  # local name -> caseapp module it stands for
        for node in ast.walk(tree):
            if id(node) in skip:
                continue
            targets: list[tuple[str, str | None]] = []  # (module, imported name)
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name in files:
                        targets.append((alias.name, None))
                        aliases[alias.asname or alias.name] = alias.name
            elif isinstance(node, ast.ImportFrom):
                base = _resolve(name, path.name == "__init__.py", node)
                for alias in node.names:
                    sub = f"{base}.{alias.name}"
                    if sub in files:
                        targets.append((sub, None))
                        aliases[alias.asname or alias.name] = sub
                    elif base in files:
                        targets.append((base, alias.name))
            elif (isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", ""))
                  in ("import_module", "__import__") and node.args and isinstance(node.args[0], ast.Constant)):
                targets.append((str(node.args[0].value), None))
            for module, imported in targets:
                if module in files and module != name:
                    edges[name].add(module)
                if imported and imported.startswith("_") and not imported.startswith("__"):
                    private.append(f"{name} imports {imported} from {module}")
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and id(node) not in skip
                    and node.value.id in aliases and aliases[node.value.id] != name
                    and node.attr.startswith("_") and not node.attr.startswith("__")):
                private.append(f"{name} uses {aliases[node.value.id]}.{node.attr}")
    return edges, sorted(set(private))


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each a set of modules importing in a ring."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def test_no_import_cycles_among_caseapp_modules() -> None:
    edges, _ = _graph(PACKAGE)
    cycles = _cycles(edges)
    assert cycles == [], "modules that import each other in a ring (give them one direction): " + "; ".join(
        " <-> ".join(group) for group in cycles)


def test_no_module_uses_another_modules_underscore_names() -> None:
    _, private = _graph(PACKAGE)
    assert private == [], f"underscore names are private to their module: {private}"


def test_the_cycle_and_privacy_checks_catch_offenders(tmp_path: Path) -> None:
    root = tmp_path / "pkg"
    (root / "sub").mkdir(parents=True)
    (root / "__init__.py").write_text("", encoding="utf-8")
    (root / "sub" / "__init__.py").write_text("", encoding="utf-8")
    (root / "a.py").write_text("from pkg.sub import b\n", encoding="utf-8")
    (root / "sub" / "b.py").write_text("def f():\n    from .. import c\n    return c._hidden\n", encoding="utf-8")
    (root / "c.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg import d\n"
                               "from pkg.a import _x\n", encoding="utf-8")
    (root / "d.py").write_text("import pkg.c\n", encoding="utf-8")
    edges, private = _graph(root)
    assert _cycles(edges) == [["pkg.a", "pkg.c", "pkg.sub.b"]]  # function-level import counted, TYPE_CHECKING not
    assert sorted(private) == ["pkg.c imports _x from pkg.a", "pkg.sub.b uses pkg.c._hidden"]
