"""Words a lookup excludes: "io2 max iops (not block express)", "(non block express)".

A student who writes "(not X)" after the thing asked says which figure they do not want:
a line giving X's figure ("io2 Block Express max IOPS: 256,000") answers another thing,
however many words it shares with the query, and a line that never says X is no worse for
it (the excluded words are no topic words the answer must say). Only a parenthesis opened
by "not"/"non"/"excl."/"excluding"/"except" is read so: "not" elsewhere in a query asks
about a negation ("why are s3 getobject calls not in cloudtrail", "elastic ip price when not
attached"), and "w/o"/"without" names a condition the answer's line says ("fifo throughput
without batching": "300 msg/s w/o batching").
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re
from functools import lru_cache

from studycli.lazy_regex import lazy_compile
from studycli.lookup.text import CLAUSE_SPLIT, FIGURE
from studycli.lookup.words import stems

_EXCLUDED = re.compile(r"\(\s*(?:not|non|excl\.?|excluding|except)[\s-]+([^()]+?)\s*\)",
                       re.IGNORECASE)
_NUMBER_RUN = lazy_compile(r"(?<![A-Za-z\d])\d+")


# an excluded phrase: its stems ({"block", "express"}) and its initials ("BE": a note writes
# the phrase so too, "io2 BE | ... | 256,000"); a plain tuple, as typing is not imported on
# lookup's fast path
Excluded = tuple[frozenset[str], str]


@lru_cache(maxsize=64)  # asked once per candidate of one query
def excluded_stems(raw: str, stopwords: frozenset[str] = frozenset()) -> tuple[Excluded, ...]:
    """Each phrase the query excludes, by its stems and its initials, its stopwords left
    out ("(not for fifo)" excludes FIFO: no line need say "for" too)."""
    found = []
    for m in _EXCLUDED.finditer(raw or ""):
        words = [w for w in re.findall(r"[A-Za-z]+", m.group(1)) if w.lower() not in stopwords]
        said = stems(m.group(1), stopwords)
        if said:
            found.append((said, "".join(w[0] for w in words).upper()
                          if len(words) > 1 else ""))
    return tuple(found)


def without_excluded(topic: list[dict[str, float]], raw: str,
                     stopwords: frozenset[str] = frozenset()) -> list[dict[str, float]]:
    """The query's topic concepts less those its excluding parentheses say, "non" too."""
    gone = frozenset().union(*(stems(m.group(0), stopwords) for m in _EXCLUDED.finditer(raw)))
    return [c for c in topic if not gone.intersection(c)] if gone else topic


def of_excluded(fact: dict, excluded: tuple[Excluded, ...]) -> bool:
    """Whether the fact's figure is the excluded thing's: its own words (subject, attribute,
    a statement's value) say an excluded phrase whole, or, for a figure read off a longer
    note line, the clause of the line holding its number does ("io1/io2: max 64k iops
    (nitro), io2 block express 256k" gives io2's 64k, not Block Express's 256k)."""
    if not excluded:
        return False
    own = f"{fact.get('subject') or ''} {fact.get('attribute') or ''}"
    if fact.get("kind") == "fact" and _LETTER.search(fact.get("value") or ""):
        # (a table's cell, "256,000", is read by the row holding it, as a figure is)
        parts = [c for c in CLAUSE_SPLIT.split(fact.get("value") or "") if c]
        clauses = [c for c in parts if FIGURE.search(c)]
        # a statement is the excluded thing's where every clause with a figure says it
        return _says(own, excluded) or (
            bool(clauses) and all(_said_at(parts, c, excluded) for c in clauses))
    if _says(own, excluded) or _says(fact.get("value") or "", excluded):
        return True
    number = _first_number(fact.get("value") or "")
    if not number:
        return False
    clauses = [c for c in CLAUSE_SPLIT.split(fact.get("snippet") or "") if c]
    held = [c for c in clauses if number in c]
    return bool(held) and all(_said_at(clauses, c, excluded) for c in held)


_LETTER = lazy_compile(r"[^\W\d_]")


def _said_at(clauses: list[str], clause: str, excluded: tuple[Excluded, ...]) -> bool:
    """Whether a clause with a figure, or the clause before it that names what the figure is
    of ("→ io2 Block Express, up to 256,000 IOPS"), says an excluded phrase."""
    at = clauses.index(clause)
    return _says(clause, excluded) or (at > 0 and not FIGURE.search(clauses[at - 1])
                                       and _says(clauses[at - 1], excluded))


def _says(text: str, excluded: tuple[Excluded, ...]) -> bool:
    said = stems(text, frozenset())
    return any(words <= said or initials and re.search(
        rf"(?<![\w-]){initials}(?![\w-])", text) for words, initials in excluded)


def _first_number(value: str) -> str:
    m = _NUMBER_RUN.search(value)
    return m.group(0) if m else ""
