"""A note's own abbreviation legend: the short words it writes, read in full.

A cheat sheet that says "abbr: vis = visibility timeout, ret = retention, def = default"
writes "ret def 4 days" for SQS's retention: "sqs default retention" shares no word with it.
The legend is the student's own dictionary: the short word it writes for a word typed is
searched and matched as that word ("retention" finds "ret"; "vis" says "visibility timeout"
when both words are typed). The legend line itself defines words and states no fact
(`is_legend`): it is never an answer. Stdlib only (the lookup fast path).
"""

from __future__ import annotations

import _sqlite3 as sqlite3  # sqlite3 less its datetime import: store/__init__.py
import re

from studycli.lazy_regex import lazy_compile
from studycli.lookup.query import Query
from studycli.lookup.text import stem

# The head of a legend line: "abbr:", "_abbrevs -", "abbreviations:", "legend:".
_HEAD = r"(?:^|[.;]\s)[\W_]*(?:abbrs?|abbrevs?|abbreviations?|legend)\b\.?\s*[:=\-–—]"
LEGEND = lazy_compile(_HEAD, re.IGNORECASE)
_MATCH = '"abbr" OR "abbrs" OR "abbrev" OR "abbrevs" OR "abbreviation" OR ' \
         '"abbreviations" OR "legend"'
MAX_LEGENDS = 20  # legend lines read: a student writes one per note at most


def is_legend(text: str) -> bool:
    """Whether `text` is a legend line ("abbr: vis = visibility timeout, ...")."""
    text = text or ""
    # The head's words first, in C: the pattern opens with no letter the engine can skip
    # to, and was tried at every character of every statement ranked. (Case-blind matching
    # takes no letter other than ASCII for these: str.lower finds every text it matches.)
    low = text.lower()
    if "abbr" not in low and "legend" not in low:
        return False
    return bool(LEGEND.search(text))


def note_short_forms(conn: sqlite3.Connection) -> dict[tuple[str, ...], str]:
    """Stems of the words a note's legend defines -> the short word it writes for them
    (("retention",) -> "ret", ("visibility", "timeout") -> "vis"); {} when no note has a
    legend, or the lines are not indexed."""
    try:
        rows = conn.execute(
            "SELECT l.text FROM note_lines_fts JOIN note_lines l ON l.id = note_lines_fts.rowid "
            "WHERE note_lines_fts MATCH ? LIMIT ?", [_MATCH, MAX_LEGENDS]).fetchall()
    except sqlite3.OperationalError:  # a database from before the notes' lines were indexed
        return {}
    out: dict[tuple[str, ...], str] = {}
    for (text,) in rows:
        head = LEGEND.search(text)
        if not head:
            continue
        # the parser's reading of a legend's definitions (notes/legend.py): one rule for what
        # a note's shorthand stands for, at ingest and at lookup (imported here: only notes
        # with a legend pay for its patterns)
        from studycli.notes.legend import legend_pairs

        for short, full in legend_pairs(text[head.end():]):
            short, words = short.lower(), re.findall(r"[a-z][a-z-]+", full.lower())
            if 1 <= len(words) <= 3 and len(short) < len(full) \
                    and not full.lower().startswith(short + "-"):
                out.setdefault(tuple(stem(w) for w in words), short)
    return out


def read_short_forms(q: Query, shorts: dict[tuple[str, ...], str], cues: frozenset[str]
                     ) -> None:
    """The short word a legend writes for words typed says them: matched as each of them
    (their concepts' stems, the query's terms) and searched for; for words of a phrase
    ("vis = visibility timeout") only when every word of it is typed. Not for a cue word
    (`cues`: "def = default"): the parser reads qualifiers in every note alike, and a "def"
    of another note ("max TTL def 1 year") would say "default" for a fact that is a maximum."""
    for full, short in shorts.items():
        if any(w in cues for w in full):
            continue
        said = [c for w in full for c in q.concepts if c.get(w, 0.0) == max(c.values())]
        if len({id(c) for c in said}) < len(full):
            continue  # a word of the phrase is not typed
        key = stem(short)
        for concept in said:
            weight = max(concept.values())
            if concept.get(key, 0.0) < weight:
                concept[key] = weight
                q.terms[key] = max(q.terms.get(key, 0.0), weight)
        if short not in q.search_words:
            q.search_words.append(short)
