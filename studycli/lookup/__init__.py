"""Lookup: the fact a student means, from a query typed the way students type.

Recall comes from FTS5 (bm25) over the query's words, their synonyms and typo fixes; the
order comes from `rank.score`; whether the best of them answers at all, from
`answer.confidence`. When no fact answers, the question or table header above a fact's
line is read too (lookup/context.py), then note lines that are no fact (lookup/lines.py);
when nothing answers, `LookupResult.docs` says what the AWS docs say (lookup/docs.py).
Stdlib plus a lazily imported rapidfuzz: this package runs on the `studycli lookup` fast
path, which must not import sqlite-utils, rich or the parser.

The engine lives in lookup/core.py and is loaded on first use of one of its names
(`from studycli.lookup import lookup`): importing a submodule runs this file first, and
`studycli search` and `compare` need only lookup/search.py and the small modules it uses,
not the ranking and answer scoring (about two thirds of `compare`'s start-up when it loaded
them all).
"""

from __future__ import annotations

import importlib

TYPE_CHECKING = False  # (not typing's: importing typing was ~2 ms of every lookup's start-up)
if TYPE_CHECKING:  # the names other modules take from here, for the type checker
    from typing import Any

    from studycli.lookup.core import (
        GENERIC_SHARE,
        JSON_KEYS,
        OUTPUT_KEYS,
        LookupResult,
        _attach_conflicts,
        _joined_words,
        _more_answers,
        answer_value,
        choose,
        current_first,
        display_name,
        lookup,
        markers,
        names_only,
        search_expression,
    )


__all__ = [
    "GENERIC_SHARE",
    "JSON_KEYS",
    "OUTPUT_KEYS",
    "LookupResult",
    "_attach_conflicts",
    "_joined_words",
    "_more_answers",
    "answer_value",
    "choose",
    "current_first",
    "display_name",
    "lookup",
    "markers",
    "names_only",
    "search_expression",
]


def __getattr__(name: str) -> Any:
    """A name of the engine, loaded with it on first use (PEP 562)."""
    if name.startswith("__"):
        raise AttributeError(name)
    if name not in __all__:
        # a submodule asked for before the engine (`from studycli.lookup import variants` in
        # a module the engine itself imports): loading the engine here would be circular.
        # (Imported, not first looked for with importlib.util.find_spec: importlib.util and
        # the contextlib it imports were ~1 ms of every lookup's start-up.)
        try:
            return importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":  # a module it imports is missing
                raise
    # import_module, not `from . import core`: that asks this very hook for "core" first
    core = importlib.import_module(f"{__name__}.core")
    if name in globals():  # a submodule the engine imported ("text", "variants")
        return globals()[name]
    try:
        value = getattr(core, name)
    except AttributeError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    globals()[name] = value
    return value
