"""Every pattern that compiles on first use (studycli/lazy_regex.py) is a valid pattern.

A `re.compile` at module level that cannot compile fails the moment its module is imported,
in any test; a `lazy_compile` one fails only when some query first reaches it, which may be a
question no test asks (a port, a support plan's severity, a free allowance). So each is
compiled here, with its own flags: those held by a module's name and those in its tables.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

from studycli.lazy_regex import LazyPattern

PACKAGE = Path(__file__).resolve().parent.parent / "studycli"


def _lazy_modules() -> list[str]:
    return sorted("studycli." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts)
                  for p in PACKAGE.rglob("*.py")
                  if p.name != "lazy_regex.py" and "lazy_compile(" in p.read_text(encoding="utf-8"))


def _lazy_patterns(value: object, depth: int = 0) -> list[LazyPattern]:
    if isinstance(value, LazyPattern):
        return [value]
    if depth < 2 and isinstance(value, dict):
        return [p for v in value.values() for p in _lazy_patterns(v, depth + 1)]
    if depth < 2 and isinstance(value, (list, tuple)):
        return [p for v in value for p in _lazy_patterns(v, depth + 1)]
    return []


def test_every_pattern_compiled_on_first_use_compiles():
    modules = _lazy_modules()
    assert "studycli.lookup.support_severity" in modules  # the walk finds them
    found, broken = 0, []
    for name in modules:
        module = importlib.import_module(name)
        for attr, value in vars(module).items():
            for lazy in _lazy_patterns(value):
                found += 1
                pattern, flags = lazy._args
                try:
                    re.compile(pattern, flags)
                except re.error as exc:
                    broken.append(f"{name}.{attr}: {exc}")
    assert found > 100 and broken == []
