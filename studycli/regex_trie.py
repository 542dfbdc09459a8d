"""A regex alternation shaped like a trie, for long lists of words (service aliases, unit
words): the engine tries one branch per letter instead of every word in turn. Stdlib only."""

from __future__ import annotations

import re
from collections.abc import Iterable


def trie_pattern(words: Iterable[str]) -> str:
    """An alternation matching exactly `words`, greedy, so the longest word wins."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        group = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + group + ")?" if "" in node else group

    return emit(root)
