"""The lookup's patterns that most queries never use compile on their first use, not when their
module is imported (studycli/lazy_regex.py): over the 65 queries of the shipped notes' eval,
132 of the 277 patterns the lookup's modules compiled at import were never used. The modules
below now compile none of theirs at import (a lookup of "sqs max message size" compiles 123
at import where it compiled 172)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# modules whose every module-level pattern only some questions need (a port, a support plan's
# severity, a free allowance, a table row's label, a qualifier written out...)
ON_FIRST_USE = ("block_service", "free_allowance", "lexicon", "line_subject", "measure_label",
                "past_the_limit", "port_asked", "qualifier_written", "query_shorthand",
                "row_label", "support_severity", "unit_asked", "value_asked")


def _compiled_at_import(modules: tuple[str, ...]) -> set[str]:
    """The modules of `modules` (of studycli.lookup) that compiled a pattern of their own
    while being imported, in a fresh process."""
    probe = (
        "import importlib, re, sys\n"
        "callers = set()\n"
        "original = re._compile\n"
        "def spy(pattern, flags=0):\n"
        "    callers.add(sys._getframe(2).f_globals.get('__name__'))\n"
        "    return original(pattern, flags)\n"
        "re._compile = spy\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module('studycli.lookup.' + name)\n"
        "own = {c.removeprefix('studycli.lookup.') for c in callers if c}\n"
        f"print(*sorted(own & set({modules!r})))\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         cwd=REPO, timeout=120, check=True).stdout
    return set(out.split())


def test_these_modules_compile_no_pattern_when_imported():
    assert _compiled_at_import(ON_FIRST_USE) == set()

