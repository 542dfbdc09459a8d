"""The package's structure against issue 11's limits: functions longer than 80 lines, and import
cycles between the package's parts (imports inside functions and type-only imports count).

    python bench/structure.py             # both reports; exit 1 when either finds something
    python bench/structure.py --max-lines 60

A part is a sub-package of studycli/ (lookup, store, ...) or a top-level module (cards.py,
compare.py, ...). Every `import` anywhere in a module is an edge from its part to the part it
names; a cycle is a strongly connected set of parts, printed with the imports that close it
(file:line, and whether the import is at module level, inside a function, or for the type
checker only). The whole package is read, extract/ and notes/ included.
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "studycli"


def modules() -> dict[str, Path]:
    """Dotted module name -> file, for every module of the package."""
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def part_of(module: str) -> str:
    """studycli.store.facts -> store; studycli.cards -> cards; studycli -> studycli."""
    pieces = module.split(".")
    return pieces[1] if len(pieces) > 1 else pieces[0]


class _Imports(ast.NodeVisitor):
    """Every import of a module with its line and where it sits."""

    def __init__(self, module: str, is_package: bool, known: set[str]) -> None:
        self.module, self.is_package, self.known = module, is_package, known
        self.found: list[tuple[str, int, str]] = []  # (imported module, line, where)
        self._depth = 0
        self._type_only = 0

    def _where(self) -> str:
        if self._type_only:
            return "type-only"
        return "in function" if self._depth else "module level"

    def _visit_scope(self, node: ast.AST) -> None:
        self._depth += 1
        self.generic_visit(node)
        self._depth -= 1

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = _visit_scope

    def visit_If(self, node: ast.If) -> None:
        test = node.test
        type_only = (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
            isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")
        self._type_only += type_only
        for child in node.body:
            self.visit(child)
        self._type_only -= type_only
        for child in node.orelse:
            self.visit(child)

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self.found.append((alias.name, node.lineno, self._where()))

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        base = node.module or ""
        if node.level:  # relative: resolved against this module's package
            package = self.module.split(".")
            if not self.is_package:
                package = package[:-1]
            package = package[:len(package) - (node.level - 1)]
            base = ".".join(package + ([base] if base else []))
        for alias in node.names:
            candidate = f"{base}.{alias.name}"  # `from studycli import compare`: a module
            target = candidate if candidate in self.known else base
            self.found.append((target, node.lineno, self._where()))


def import_edges(mods: dict[str, Path]) -> dict[tuple[str, str], list[str]]:
    """(from part, to part) -> the imports that make the edge, as "file:line (where)"."""
    known = set(mods)
    edges: dict[tuple[str, str], list[str]] = defaultdict(list)
    for name, path in mods.items():
        visitor = _Imports(name, path.name == "__init__.py", known)
        visitor.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        for target, line, where in visitor.found:
            if target != "studycli" and not target.startswith("studycli."):
                continue
            src, dst = part_of(name), part_of(target)
            if src != dst and "studycli" not in (src, dst):
                edges[(src, dst)].append(f"{path.relative_to(ROOT)}:{line} ({where}) -> {target}")
    return edges


def cycles(edges: dict[tuple[str, str], list[str]]) -> list[list[str]]:
    """Strongly connected sets of two or more parts (Tarjan), largest first."""
    graph: dict[str, set[str]] = defaultdict(set)
    for src, dst in edges:
        graph[src].add(dst)
        graph.setdefault(dst, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    sys.setrecursionlimit(10_000)
    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sorted(found, key=lambda g: (-len(g), g))


def long_functions(mods: dict[str, Path], limit: int) -> list[tuple[int, str]]:
    """(lines, "file:line qualified.name") for every function longer than `limit` lines."""
    out = []

    def walk(node: ast.AST, prefix: str, file: Path) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                name = f"{prefix}{child.name}"
                if not isinstance(child, ast.ClassDef):
                    length = (child.end_lineno or child.lineno) - child.lineno + 1
                    if length > limit:
                        out.append((length, f"{file}:{child.lineno} {name}"))
                walk(child, name + ".", file)
            else:
                walk(child, prefix, file)

    for path in mods.values():
        walk(ast.parse(path.read_text(encoding="utf-8"), str(path)), "", path.relative_to(ROOT))
    return sorted(out, key=lambda item: (-item[0], item[1]))


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max-lines", type=int, default=80)
    opts = ap.parse_args(argv)
    mods = modules()
    longest = long_functions(mods, opts.max_lines)
    print(f"functions longer than {opts.max_lines} lines: {len(longest)}")
    for length, where in longest:
        print(f"  {length:4d}  {where}")
    edges = import_edges(mods)
    found = cycles(edges)
    print(f"\nimport cycles between parts: {len(found)}")
    for group in found:
        print(f"  {' <-> '.join(group)}")
        members = set(group)
        for (src, dst), imports in sorted(edges.items()):
            if src in members and dst in members:
                print(f"    {src} -> {dst}: {len(imports)} import(s), e.g.")
                for imp in imports[:3]:
                    print(f"      {imp}")
    return 1 if longest or found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
