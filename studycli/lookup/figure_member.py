"""Which member of a family of variants a parsed figure is of, by the clause of its note line
that holds it.

A line may give figures of several members of one family (lookup/variants.py): "standard:
max 1 year duration ... express: max 5 min", "cluster (same rack), spread (max 7 instances
per AZ per group), partition (...)", "mgmt events kept 90 days in event history; data events
off". The parser files one figure of it ("1 year", "7 instances", "90 days") under no member;
the line names the member asked as well as others, so reading it whole cannot tell whose the
figure is. The clause that holds the figure can: the member it names, or the one the clauses
before it in the same part of the line named (a part ends at ';' or a sentence's end), else
the line's leading label. "1 year" is Standard's, not Express's; "7" a spread group's.

A figure whose every occurrence on the line sits in a clause of another member only is no
answer about the member asked. Where the line writes the figure nowhere, or where a clause
holding it names no member (or the one asked), nothing is decided.
"""

from __future__ import annotations

import re
from functools import lru_cache

from studycli.ambiguous_names import related
from studycli.lazy_regex import lazy_compile
from studycli.lookup import variants
from studycli.lookup.text import normalize, tokens
from studycli.lookup.words import stems

Family = tuple[str, int]

# where what a clause goes on about stops: a line's parts, its clauses (lookup/text.py's
# CLAUSE_SPLIT but for arrows, which keep a name with its figure: "high throughput mode ->
# 70,000 TPS") and its leading label ("any index: max 100"); answer.py reads lines by them
PART_END = lazy_compile(r";|[.?!](?:\s|$)")
NAME_CLAUSE_SPLIT = lazy_compile(r"[;()\[\]]|,(?!\d{3}(?!\d))|\s/\s|[.?!](?:\s|$)")
# (a label may end in a bracket that says which of its kind it is: "multi-AZ (instance):"
# names the member the bracket names, where the family data lists it; no family lists a
# Lambda@Edge trigger, so "Lambda@Edge (viewer): max 5 s" still answers an origin trigger)
PART_LABEL = lazy_compile(r"\s*(?:[-*•]\s*)?([^:;,.()\d][^:;,.()]{0,40}?"
                          r"(?:\s*\([^:;,.()\d][^:;,.()]{0,20}\))?)\s*:(?!\d)")
# the figure a value opens with: "1 year", "86,400 s", "2.5 GB"
_LEAD_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_NUMBER = lazy_compile(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?(?![\d])")


def _plain(number: str) -> str:
    return number.replace(",", "")


def figure_of_other_member(value: str, line: str, asked: dict[Family, frozenset[str]]) -> bool:
    """Whether every clause of `line` that holds the figure `value` opens with is about
    another member of a family asked than the one asked (or one related to it)."""
    lead = _LEAD_NUMBER.search(value or "")
    if not lead or not line:
        return False
    figure = _plain(lead.group(0))
    parts = PART_END.split(line)
    label = PART_LABEL.match(parts[0])
    label_names = variants.named(label.group(1)) if label else {}
    for key, members in asked.items():
        holders = [held for index, part in enumerate(parts)
                   for held in _part_holders(part or "", figure, key, label_names.get(key)
                                             if index and not PART_LABEL.match(part or "")
                                             else None)]
        if holders and all(holders) and not any(
                members & held or any(related(a, b) for a in members for b in held)
                for held in holders):
            return True
    return False


def _part_holders(part: str, figure: str, key: Family,
                  lead: frozenset[str] | None) -> list[frozenset[str]]:
    """The members of family `key` each clause of `part` holding `figure` is about (none
    where it names none); `lead` is what a part with no label of its own goes on about."""
    holders: list[frozenset[str]] = []
    last = lead or frozenset()
    trailing = False  # the figure's clause named none: a bracket after it may
    skip, mine = 0, False
    aside: tuple[int, frozenset[str]] | None = None
    for start, clause in clause_spans(part):
        if start < skip:
            continue  # inside a bracket already read whole
        if aside and start >= aside[0]:
            last, aside = aside[1], None  # "29 s (REST, adjustable), 30 s (HTTP)"
        bracket = trailing and bracket_owners(part, start, key)
        if bracket and bracket[1] is None:
            aside = (bracket[0], last)
        elif bracket:  # "29 sec (REST)": whose the figure is; no later figure's
            skip = bracket[0]
            if mine:
                holders[-1] = bracket[1] or frozenset()
            trailing = False
            continue
        if not clause.strip():
            continue
        last = variants.named(clause).get(key) or last
        numbers = [_plain(n) for n in _NUMBER.findall(clause)]
        mine = figure in numbers
        if mine:
            holders.append(last)
        # a bracket after any figure of no name is that figure's aside
        trailing = bool(numbers) and not last
    return holders


@lru_cache(maxsize=256)
def name_stems(key: Family, members: frozenset[str]) -> frozenset[str]:
    """The stems of every word of every name the family data gives `members` of `key`
    ("data event" for CloudTrail's data events): a text saying them names the member, it
    says no topic of the query ("cloudtrail data events retention" asks a retention)."""
    names = [" ".join(phrase) for phrase, member in variants.family_names(*key)
             if member in members]
    return frozenset().union(*(stems(name, frozenset()) for name in names),
                             *(stems(m, frozenset()) for m in members))


# "(REST only)", "(all)": words that join or qualify a list of names, naming nothing
_JOINERS = frozenset({"and", "or", "only", "all"})


def clause_spans(part: str) -> list[tuple[int, str]]:
    """The clauses of a part of a line (NAME_CLAUSE_SPLIT's reading), each with
    where it starts in `part`."""
    spans, start = [], 0
    for cut in NAME_CLAUSE_SPLIT.finditer(part):
        spans.append((start, part[start:cut.start()]))
        start = cut.end()
    spans.append((start, part[start:]))
    return spans


# "(REST, HTTP)", "(REST and HTTP API)": the items of a list of names
_ITEM_SPLIT = lazy_compile(r",|/|&|\+|\band\b|\bor\b", re.IGNORECASE)
_BRACKET = re.compile(r"[(\[]([^()\[\]]*)[)\]]")


def bracket_owners(part: str, start: int,
                   key: Family) -> tuple[int, frozenset[str] | None] | None:
    """Where the bracket opening just before `start` in `part` ends, and the members of
    family `key` it names, when it says nothing but names of that family ("29 sec (REST)":
    the figure before it is REST API's). Where an item of the list names no member whole
    ("(REST, HTTP)": "HTTP" alone is no name), the members are none: the list says the
    figure is of others too, so it decides nothing. The members are None where the bracket
    says more than names ("(REST, adjustable)"): its clauses are read as any, but what they
    name is no later figure's. None where no bracket opens."""
    bracket = _BRACKET.match(part, start - 1) if start else None
    if not bracket:
        return None
    if not names_only(bracket.group(1), key):
        return bracket.end(), None
    owners: set[str] = set()
    for item in _ITEM_SPLIT.split(bracket.group(1)):
        if not tokens(normalize(item)):
            continue
        named = variants.named(item).get(key)
        if not named:
            return bracket.end(), frozenset()
        owners |= named
    return bracket.end(), frozenset(owners)


def names_only(clause: str, key: Family) -> bool:
    """Whether `clause` says nothing but words of names of members of family `key` ("REST",
    "REST, HTTP", "REST only"): "only" and "all" join no name but add nothing either."""
    words = [t for t in tokens(normalize(clause or "")) if t not in _JOINERS]
    return bool(words) and all(w in _family_words(key) for w in words)


@lru_cache(maxsize=64)
def _family_words(key: Family) -> frozenset[str]:
    """Every word of every name of family `key`'s members."""
    return frozenset(word for phrase, _ in variants.family_names(*key) for word in phrase)
