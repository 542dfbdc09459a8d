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
    """The list as a regex alternation (no group around it, no boundaries)."""
    return "|".join(re.escape(w) for w in words(name))


@cache
def whole_words(name: str) -> re.Pattern:
    """Any word or phrase of the list, as whole words, case-insensitive."""
    return re.compile(rf"\b(?:{alternation(name)})\b", re.IGNORECASE)


@cache
def stems(name: str) -> re.Pattern:
    """Any entry of the list at the start of a word, whatever ending follows."""
    return re.compile(rf"\b(?:{alternation(name)})", re.IGNORECASE)
