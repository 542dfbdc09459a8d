"""A word the query asks that labels another figure of the line is no word of this one.

"CloudWatch detailed monitoring EC2 = 1 min, basic = 5 min" gives two cases of one measure,
each figure with its own label. "ec2 basic monitoring interval" finds every word it types on
the line, so the 1 min read as well as the 5 min: the eye took "basic" from the line, yet
"basic" labels the 5 min, and the 1 min is detailed monitoring's. So too "Parameter Store 4
KB std / 8 KB advanced" for "parameter store advanced size", "visibility timeout default 30 s,
long polling max 20 s" for "sqs long polling wait time".

A figure is another case's when its line states another figure in the same unit (another
case of a measure of its kind) in a clause of its own (lines part at ',', ';', ' / ', '|'
and a sentence's end), and
- that other clause says a word the query types that the fact's own clauses, attribute and
  subject do not say, and no word of a case that the query does not type: every word that
  labels the other figure was asked ("basic = 5 min" for "basic monitoring"; not "detailed
  monitoring = 1 min" for "basic monitoring", where "monitoring" is said once for both);
- and the fact's own clause labels its figure with a word the query does not type
  ("detailed"). A clause giving no more than a bound ("max 15 min" after "timeout default 3
  s") goes on about the clause before it, and is left alone.

Label words are no bound or kind of number ("max", "default", "period"), unit, service name
("EC2 = 5 min" says whose, not which case), stopword, nor a word of the line's leading label
(before its first ':' or '=', ahead of any figure: "EC2 monitoring: basic 5 min, detailed 1
min" says "monitoring" of both).

Stdlib only (note_numbers, lookup's words): runs on the lookup fast path.
"""

from __future__ import annotations

import re

from studycli.kinds import Kind
from studycli.lazy_regex import lazy_compile
from studycli.lookup.lexicon import Lexicon
from studycli.lookup.query import Query
from studycli.lookup.text import stem
from studycli.lookup.words import stems
from studycli.note_numbers import (
    UNIT_WORDS,
    every_number_said,
    numbers_by_clause,
    numbers_with_units,
)

_FIGURES = frozenset({Kind.LIMIT, Kind.DEFAULT, Kind.RANGE})
_UNITS = frozenset(w.lower() for w in UNIT_WORDS.split("|"))
# "EC2 monitoring:", "Parameter Store =": a leading label, before any figure
_LEAD_LABEL = re.compile(r"^[^:=]{1,60}?[:=](?!\d)")
# words that say how a figure recurs or is bounded, naming no case ("every 5 min")
_FUNCTION_WORDS = frozenset({"every", "each", "per", "up", "upto", "to", "vs", "versus",
                             "than", "with", "w", "via"})
_LETTERS = re.compile(r"[^\W\d_]{2,}")
_FIGURE = lazy_compile(r"\d")


def labels_another_figure(fact: dict, q: Query, lex: Lexicon) -> bool:
    """Whether a word `q` types labels another figure of `fact`'s line, not `fact`'s own
    (see the module)."""
    if fact.get("kind") not in _FIGURES or not fact.get("unit") or not q.topic:
        return False
    line = fact.get("snippet") or ""
    unit = fact["unit"]
    wanted = [v for v in (fact.get("number"), fact.get("low"), fact.get("high"))
              if v is not None]
    if not wanted:
        return False
    own = {clause for clause, _ in every_number_said(line, fact.get("number"), fact.get("low"),
                                                    fact.get("high"), unit)}
    others = {clause for n, u, clause, _at in numbers_by_clause(line)
              if u == unit and not any(abs(n - w) <= 1e-6 * max(1.0, abs(w)) for w in wanted)
              } - own
    if not own or not others:
        return False
    lead = _lead_label(line)
    shared = stems(lead, lex.stopwords) if lead else frozenset()
    plain = set(q.terms) | set(q.tokens) | lex.cue_stems | shared | _dimension_stems(lex)
    named = stems(f"{fact.get('attribute') or ''} {fact.get('subject') or ''}", lex.stopwords)
    mine = _typed(q, named | shared | frozenset().union(
        *(stems(c, lex.stopwords) for c in own)))
    if not any(_label_words(c, lead, plain, lex) for c in own):
        return False  # ("max 15 min" after "timeout default 3 s": no case of its own)
    return any(_typed(q, stems(c, lex.stopwords)) - mine
               and not _label_words(c, lead, plain, lex) for c in others)


def _typed(q: Query, said: frozenset[str]) -> set[int]:
    """Which of the query's topic words (by index) `said` says."""
    return {i for i, concept in enumerate(q.topic) if set(concept) & said}


def _lead_label(line: str) -> str:
    """The line's leading label ("EC2 monitoring:"), when no figure comes before it and a
    word comes after it before the first figure ("basic 5 min"): "detailed monitoring = 1
    min, basic = 5 min" opens with the first figure's own label."""
    m = _LEAD_LABEL.match(line)
    if m is None or any(u for _n, u, _t in numbers_with_units(m.group(0))):
        return ""
    figure = _FIGURE.search(line, m.end())
    if not _LETTERS.search(line, m.end(), figure.start() if figure else len(line)):
        return ""
    return m.group(0)


def _label_words(clause: str, lead: str, plain: set[str] | frozenset[str],
                 lex: Lexicon) -> set[str]:
    """The words of a figure's clause that label it and the query does not type: not a
    bound or a kind of number, a unit, a service's name (it says whose, not which case:
    "EC2 = 5 min") or a stopword, nor a word of the line's leading label."""
    if lead and clause.startswith(lead):
        clause = clause[len(lead):]
    out: set[str] = set()
    for word in _LETTERS.findall(clause):
        lowered = word.lower()
        if lowered in _UNITS or lowered in lex.stopwords or lowered in _FUNCTION_WORDS \
                or (lowered,) in lex.services:
            continue
        found = stems(lowered, lex.stopwords)
        if found and not found & plain:
            out |= found
    return out


def _dimension_stems(lex: Lexicon) -> frozenset[str]:
    """Stems of the one-word cues of a kind of number ("period", "size"): no label."""
    return lex.derived("dimension_stems", lambda lx: frozenset(
        stem(k[0]) for k in lx.dimensions if len(k) == 1))
