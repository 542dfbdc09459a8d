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

    escaped: dict[str, str] = {}

    def emit(node: dict) -> str:
        # a run of nodes with one letter each and no word ending is that run of letters (what
        # the branching below makes of it, without a call per letter: the service and subject
        # aliases' tries are built by every command that reads a note line)
        run = []
        while len(node) == 1 and "" not in node:
            (ch, node), = node.items()
            run.append(escaped.get(ch) or escaped.setdefault(ch, re.escape(ch)))
        alts = [(escaped.get(ch) or escaped.setdefault(ch, re.escape(ch))) + emit(child)
                for ch, child in sorted(node.items()) if ch]
        if not alts:
            return "".join(run)
        group = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "".join(run) + ("(?:" + group + ")?" if "" in node else group)

    return emit(root)
