"""Reference entries relevant to a lookup query, for "AWS docs say ..." when the notes are
silent."""

from __future__ import annotations

import json
import re
from functools import lru_cache

from studycli.paths import data_dir
from studycli.reference.values import words

_QUAL = {"max": "max", "maximum": "max", "limit": "max", "largest": "max", "min": "min",
         "minimum": "min", "smallest": "min", "default": "default"}


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, list[str]], frozenset[str]]:
    raw = json.loads((data_dir() / "lookup_synonyms.json").read_text(encoding="utf-8"))
    return raw.get("abbreviations", {}), frozenset(raw.get("stopwords", ()))


def entries_for_query(query: str, reference=None, limit: int = 3, once: bool = True) -> list:
    """Verified entries that answer `query`, best first: the query must name the entry's
    service (any alias), and the entry's attribute and subject words must cover at least two
    thirds of the other words asked. `once=False`: an entry that restates another is left as
    it is (each_fact_once), for a caller that filters the list first: the entry it restates
    may not be the one that answers."""
    from studycli.services import find_services

    mentions = find_services(query)
    services = {m.name.lower() for m in mentions}
    if not services:
        return []
    if reference is None:
        from studycli.reference.loader import load_reference

        reference = load_reference(services=[m.name for m in mentions])
    rest = query
    for m in sorted(mentions, key=lambda m: -m.start):
        rest = rest[:m.start] + " " + rest[m.end:]
    abbreviations, stop = _lexicon()
    asked = set()
    for w in re.findall(r"[a-z0-9@]+", rest.lower()):
        if w in stop:
            continue
        asked |= words(w)
        for expansion in abbreviations.get(w, ()):
            asked |= words(expansion)
    qualifier = next((_QUAL[w] for w in re.findall(r"[a-z]+", query.lower()) if w in _QUAL), "")
    asked -= set(_QUAL)
    scored = []
    for e in reference.entries:
        if not e.verified or e.service.lower() not in services:
            continue
        about = words(e.attribute) | words(e.subject)
        hits = len(asked & about)
        # Most of what was asked must be what the entry is about: "dynamodb max item size"
        # shares "item" with the transaction-items quota but is not a question about it.
        if not hits or hits * 3 < len(asked) * 2:
            continue
        score = hits / len(about) + (0.5 if qualifier and e.qualifier == qualifier else 0)
        scored.append((-score, e.id, e))
    ranked = [e for _, _, e in sorted(scored)]
    return (each_fact_once(ranked, reference) if once else ranked)[:limit]


def each_fact_once(entries: list, reference) -> list:
    """`entries` with each that restates another (a claim entry, an any-line copy: same fact,
    same page) replaced by that one, at the better rank of the two: the same fact listed
    twice reads as two sources agreeing. Public for any other list of entries shown to a
    student; filter a list before, not after: an entry replaced here by one a filter then
    drops loses its fact."""
    by_id = {e.id: e for e in reference.entries} if any(e.restates for e in entries) else {}
    out: dict[str, object] = {}
    for e in entries:
        original = by_id.get(e.restates, e) if e.restates else e
        out.setdefault(original.id, original if original.verified else e)
    return list(out.values())
