"""The layout the package promises: parts that import downwards only, and renderers that read
result types without importing what makes them."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "glfcheck"


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        name = ".".join(("glfcheck", *path.relative_to(PACKAGE).with_suffix("").parts)).removesuffix(".__init__")
        found[name] = path
    return found


def _imports() -> dict[str, set[str]]:
    """Every glfcheck module each module imports, anywhere in it (inside functions and
    TYPE_CHECKING blocks too: a lazy import is still a dependency)."""
    modules = _modules()
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets = []
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("glfcheck"):
                targets = [f"{node.module}.{a.name}" if f"{node.module}.{a.name}" in modules else node.module
                           for a in node.names]
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names if a.name.startswith("glfcheck")]
            graph[name].update(t for t in targets if t in modules and t not in (name, "glfcheck"))
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_no_import_cycles():
    assert _cycles(_imports()) == []


def test_the_cycle_finder_finds_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_renderers_read_result_types_and_never_the_code_that_decides():
    for name, deps in _imports().items():
        if name.startswith("glfcheck.render"):
            assert not {d for d in deps if d.startswith(("glfcheck.judging", "glfcheck.lint", "glfcheck.cli"))}, name


def test_lower_layers_never_import_higher_ones():
    """base <- matching <- judging <- lint <- cli: the claims base knows nothing of matching, and
    nothing but the CLI imports the CLI."""
    layers = ["glfcheck.base", "glfcheck.matching", "glfcheck.judging", "glfcheck.lint", "glfcheck.cli"]
    for name, deps in _imports().items():
        own = next((i for i, layer in enumerate(layers) if name.startswith(layer)), None)
        if own is None:
            continue
        for dep in deps:
            other = next((i for i, layer in enumerate(layers) if dep.startswith(layer)), None)
            assert other is None or other <= own, f"{name} imports {dep}"
