"""The AWS reference (data/reference/*.toml) and what it says about a student's notes.

API for the rest of the app (stdlib only here: no typer, rich or sqlite-utils):

    from studycli.reference import assess, entries_for_query, load_reference

    a = assess(fact)            # fact: a model.Fact, a fact row dict, or any object with
                                # service/subject/attribute/kind/qualifier/value/number/unit/
                                # low/high/snippet
    if a is not None:           # None: no reference entry is about this fact
        a.status                # "current" | "outdated" | "wrong" | "unknown"
        a.current_value         # "1 MiB": what AWS says now, as display text
        a.number, a.unit        # canonical (a.low, a.high for ranges)
        a.url, a.checked        # the AWS documentation page and when it was verified
        a.changed               # "2025-08" (YYYY-MM[-DD]) or "" when no change is recorded
        a.statement, a.entry_id, a.exam_note
        a.flagged               # status is outdated or wrong

    entries_for_query("sqs max message size")   # verified entries, best first (for "AWS
                                                # docs say ..." when the notes do not answer)
    ref = load_reference()      # .entries, .problems, .last_checked, .verified

`assess` and `entries_for_query` take `reference=` (a loaded Reference); without it they read
only the files that hold the services concerned (~2-5 ms; the whole reference of ~590 entries
is ~30-80 ms of tomllib). `load_reference(directory=None, services=None)` reads
$STUDYCLI_REFERENCE, else data/reference/, and is cached until a file changes; matching builds
its index on first use.
How statuses are decided: studycli/reference/assess.py.
"""


from __future__ import annotations

import importlib
import sys
import types

TYPE_CHECKING = False
if TYPE_CHECKING:  # the names other modules take from here, for the type checker
    from studycli.reference.assess import assess
    from studycli.reference.entry import FLAGGED, STATUSES, Assessment, Entry
    from studycli.reference.loader import load_reference, reference_dir
    from studycli.reference.query import entries_for_query

__all__ = ["FLAGGED", "STATUSES", "Assessment", "Entry", "assess", "entries_for_query",
           "load_reference", "reference_dir"]

# Each name is loaded from its module on first use (PEP 562), not all four modules whenever
# one is asked: a lookup the notes do not answer asks only entries_for_query and
# load_reference ("what the AWS docs say", lookup/docs.py), and importing `assess` with them
# (its matching code, kept.py's pathlib, the parser's model) was ~3 ms of every such lookup.
_HOME = {"assess": "assess", "FLAGGED": "entry", "STATUSES": "entry", "Assessment": "entry",
         "Entry": "entry", "load_reference": "loader", "reference_dir": "loader",
         "entries_for_query": "query"}


class _Package(types.ModuleType):
    """The package: its `assess` is the function, as when every name was imported eagerly.
    Importing the submodule `studycli.reference.assess` makes the import system set the
    package's `assess` to that module (eagerly, the function was bound right after): here the
    module's function is set instead."""

    def __setattr__(self, name: str, value) -> None:
        if name == "assess" and isinstance(value, types.ModuleType):
            value = value.assess
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


def __getattr__(name: str):
    home = _HOME.get(name)
    if home is None:
        # a submodule asked for before it was imported (`studycli.reference.keys`)
        try:
            return importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
