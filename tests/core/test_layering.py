"""The layer contract of `intake_app`, as a table (DESIGN.md §2): who may import whom.

Read `LAYERS` top to bottom: each part of the package may import the parts in its row, and the
foundation modules, nothing else. Arrows point down: the core never reaches up to the desktop app or the
command line, and the desktop app never imports the command line. A new package needs a row here (the
test says so); a row for a package that does not exist yet is fine.

Every import counts, including those inside functions; the only exceptions are in `LAZY`, each one
place where an upper layer is loaded on purpose, late (the CLI starts the GUI; the self-test starts Qt in
a child process). Besides, nothing outside `intake_app/ui` imports Qt, so the core and the CLI run
without it.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "intake_app"

# One place each, usable from every layer; they import only each other.
FOUNDATION = frozenset({
    "__init__", "errors", "i18n", "outcomes", "paths", "resources", "settings", "fileutil", "jsonsafe",
    "logging_setup", "volumes", "prefetch",
})

CORE = frozenset({"reports", "spreadsheet", "hq", "sync", "vault", "identity", "crypto", "media", "domain"})

LAYERS: dict[str, frozenset[str]] = {
    # entry points
    "__main__": frozenset({"cli"}),
    "cli": CORE | {"demo", "demo_data", "selftest"},  # everything but ui (see LAZY)
    "selftest": CORE,  # the installers' smoke test (Qt: see LAZY)
    # the desktop app: everything of the core, never the command line
    "ui": CORE,
    # the core, from the top down
    "reports": frozenset({"hq", "sync", "vault", "crypto", "domain"}),
    "spreadsheet": frozenset({"vault", "domain"}),
    "hq": frozenset({"sync", "vault", "identity", "crypto", "media", "domain"}),
    "sync": frozenset({"vault", "identity", "crypto", "media", "domain"}),
    "vault": frozenset({"identity", "crypto", "media", "domain"}),
    # blind match tokens: normalised names and phones, memory-hard keyed hashes of them
    "identity": frozenset({"crypto", "domain"}),
    "crypto": frozenset({"domain"}),
    "media": frozenset({"domain"}),
    "domain": frozenset(),
    # the fictional records of `intake-app demo` (an HQ demo is filled through real bundles)
    "demo": frozenset({"demo_data", "hq", "sync", "vault", "identity", "crypto", "media", "domain"}),
    "demo_data": frozenset({"domain"}),
}
LAYERS.update({name: frozenset() for name in FOUNDATION})

# (importer, imported) -> (file, function): the one place where that upward import is allowed.
LAZY: dict[tuple[str, str], tuple[str, str]] = {
    ("cli", "ui"): ("intake_app/cli/common.py", "run_gui"),
    ("selftest", "ui"): ("intake_app/selftest.py", "_qt_child"),
}


def _part(module: str) -> str:
    """`intake_app.vault.records` -> `vault`; `intake_app.paths` -> `paths`; `intake_app` and
    `intake_app.__version__` (a name, not a module) -> `__init__`."""
    parts = module.split(".")
    if len(parts) > 1 and ((PACKAGE / parts[1]).is_dir() or (PACKAGE / f"{parts[1]}.py").is_file()):
        return parts[1]
    return "__init__"


def _part_of_file(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def _imports(path: Path) -> list[tuple[int, str, str | None]]:
    """(line, imported module, enclosing function or None) for every intake_app import in `path`."""
    found: list[tuple[int, str, str | None]] = []
    module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]

    def visit(node: ast.AST, function: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)) else function
            names: list[str] = []
            if isinstance(child, ast.Import):
                names = [a.name for a in child.names]
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    anchor = package.split(".")[: len(package.split(".")) - child.level + 1]
                    base = ".".join([*anchor, base]) if base else ".".join(anchor)
                # `from intake_app import paths` imports intake_app.paths.
                names = [f"{base}.{a.name}" for a in child.names] if base == "intake_app" else [base]
            names = [n for n in names if n == "intake_app" or n.startswith("intake_app.")]
            found.extend((child.lineno, n, function) for n in names)  # type: ignore[attr-defined]
            visit(child, inner)

    visit(ast.parse(path.read_text(encoding="utf-8")), None)
    return found


def _layer_violations() -> list[str]:
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        source = _part_of_file(path)
        allowed = LAYERS[source] | FOUNDATION | {source}
        rel = str(path.relative_to(ROOT))
        for line, module, function in _imports(path):
            target = _part(module)
            if target in allowed:
                continue
            if LAZY.get((source, target)) == (rel, function):
                continue
            wrong.append(f"{rel}:{line}: {source} imports {module} (its row allows: {sorted(LAYERS[source])})")
    return wrong


def test_every_part_of_the_package_has_a_row() -> None:
    parts = {_part_of_file(p) for p in PACKAGE.rglob("*.py")}
    assert sorted(parts - set(LAYERS)) == [], "add a row to LAYERS for each new package or module"


def test_the_table_points_down_only() -> None:
    """No two rows allow each other, directly or through others: the layers have an order."""
    def reachable(start: str) -> set[str]:
        seen: set[str] = set()
        todo = [start]
        while todo:
            for nxt in LAYERS.get(todo.pop(), frozenset()):
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return seen

    assert [name for name in LAYERS if name in reachable(name)] == []
    assert "cli" not in reachable("ui") and "ui" not in reachable("cli")


def test_imports_follow_the_layer_table() -> None:
    assert _layer_violations() == []


def test_the_checker_sees_function_level_and_package_imports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check itself could fail: a late upward import, or `from intake_app import ui`, is caught."""
    fake = tmp_path / "intake_app"
    for name in ("vault", "hq", "ui"):
        (fake / name).mkdir(parents=True)
        (fake / name / "__init__.py").write_text("", encoding="utf-8")
    (fake / "vault" / "bad.py").write_text(
        "def f():\n    from intake_app.hq import devices\n\nfrom intake_app import ui\nfrom . import records\n",
        encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", fake)
    wrong = _layer_violations()
    assert len(wrong) == 2 and "intake_app.hq" in wrong[0] and "intake_app.ui" in wrong[1], wrong


def _core_modules() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(ROOT).with_suffix("")
        parts = rel.parts
        if "ui" in parts[1:2] or parts[-1] == "__main__":
            continue
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_no_qt_import_statement_outside_ui() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.relative_to(PACKAGE).parts[0] == "ui":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] in ("PySide6", "PyQt5", "PyQt6", "shiboken6") for n in names):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


def test_importing_every_core_module_leaves_pyside6_unloaded() -> None:
    modules = _core_modules()
    assert "intake_app.vault.vault" in modules and "intake_app.cli" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(loaded)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
