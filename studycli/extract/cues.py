"""Cue words from data/cues.json, compiled once: the parser's vocabulary lives in data, the
patterns that use it in code."""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache

from studycli.paths import data_dir


@lru_cache(maxsize=1)
def _raw() -> dict:
    return json.loads((data_dir() / "cues.json").read_text(encoding="utf-8"))


def words(name: str) -> list[str]:
    """A cue list as written in data/cues.json, longest first (so "maximum" beats "max")."""
    entry = _raw()[name]
    return sorted(entry.get("words", entry.get("stems", [])), key=len, reverse=True)


def alternation(name: str) -> str:
    """The list as a regex alternation, to be put inside a group (no boundaries).

    It starts with a look-ahead for the entries' first characters: the words add up to
    dozens of branches, and re tries every branch at every position of a line when the
    pattern ignores case; the look-ahead turns most positions away with one character test
    (it holds for every match, so what matches is unchanged)."""
    entries = words(name)
    firsts = sorted({c for w in entries for c in (w[0], w[0].lower(), w[0].upper())})
    branches = "|".join(re.escape(w) for w in entries)
    return f"(?=[{''.join(re.escape(c) for c in firsts)}])(?:{branches})"


@cache
def whole_words(name: str) -> re.Pattern:
    """Any word or phrase of the list, as whole words, case-insensitive."""
    return re.compile(rf"\b(?:{alternation(name)})\b", re.IGNORECASE)


@cache
def stems(name: str) -> re.Pattern:
    """Any entry of the list at the start of a word, whatever ending follows."""
    return re.compile(rf"\b(?:{alternation(name)})", re.IGNORECASE)
