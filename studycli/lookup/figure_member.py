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

from studycli.ambiguous_names import related
from studycli.lookup import variants

Family = tuple[str, int]

# where what a clause goes on about stops (answer._TOPIC_END, answer._NAME_CLAUSE_SPLIT,
# answer._PART_LABEL: the same reading of a line's parts, clauses and leading label)
_PART_END = re.compile(r";|[.?!](?:\s|$)")
_CLAUSE_SPLIT = re.compile(r"[;()\[\]]|,(?!\d{3}(?!\d))|\s/\s|[.?!](?:\s|$)")
_PART_LABEL = re.compile(r"\s*(?:[-*•]\s*)?([^:;,.()\d][^:;,.()]{0,40}?)\s*:(?!\d)")
# the figure a value opens with: "1 year", "86,400 s", "2.5 GB"
_LEAD_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_NUMBER = re.compile(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?(?![\d])")


def _plain(number: str) -> str:
    return number.replace(",", "")


def figure_of_other_member(value: str, line: str, asked: dict[Family, frozenset[str]]) -> bool:
    """Whether every clause of `line` that holds the figure `value` opens with is about
    another member of a family asked than the one asked (or one related to it)."""
    lead = _LEAD_NUMBER.search(value or "")
    if not lead or not line:
        return False
    figure = _plain(lead.group(0))
    parts = _PART_END.split(line)
    label = _PART_LABEL.match(parts[0])
    label_names = variants.named(label.group(1)) if label else {}
    for key, members in asked.items():
        holders: list[frozenset[str]] = []
        line_lead = label_names.get(key) or frozenset()
        for index, part in enumerate(parts):
            # a part with no label of its own goes on about the line's leading label
            last = line_lead if index and not _PART_LABEL.match(part or "") else frozenset()
            trailing = False  # the figure's clause named none: a bracket after it may
            for clause in _CLAUSE_SPLIT.split(part or ""):
                named = variants.named(clause or "").get(key) or frozenset()
                if trailing and named and names_only(clause, key):
                    holders[-1] = last = holders[-1] | named  # "29 sec (REST)"
                    continue
                if not (clause or "").strip():
                    continue
                trailing = False
                last = named or last
                if any(_plain(n) == figure for n in _NUMBER.findall(clause)):
                    holders.append(last)
                    trailing = not last
        if holders and all(holders) and not any(
                members & held or any(related(a, b) for a in members for b in held)
                for held in holders):
            return True
    return False


_NAME_STEMS: dict[tuple[Family, frozenset[str]], frozenset[str]] = {}


def name_stems(key: Family, members: frozenset[str]) -> frozenset[str]:
    """The stems of every word of every name the family data gives `members` of `key`
    ("data event" for CloudTrail's data events): a text saying them names the member, it
    says no topic of the query ("cloudtrail data events retention" asks a retention)."""
    cache_key = (key, members)
    if cache_key not in _NAME_STEMS:
        from studycli.lookup.words import stems

        names = [" ".join(phrase) for phrase, owners in variants._table().items()
                 if any((s, i) == key and m in members for s, i, m in owners)]
        _NAME_STEMS[cache_key] = frozenset().union(
            *(stems(name, frozenset()) for name in names), *(stems(m, frozenset())
                                                              for m in members))
    return _NAME_STEMS[cache_key]


_JOINERS = frozenset({"and", "or", "only", "all"})
_FAMILY_WORDS: dict[Family, frozenset[str]] = {}


def names_only(clause: str, key: Family) -> bool:
    """Whether `clause` says nothing but names of members of family `key` ("MySQL",
    "MySQL/Maria/Postgres", "REST"): a list in brackets after a figure says whose it is
    ("max 5 per source (MySQL, Postgres, MariaDB)", "29 sec (REST)")."""
    from studycli.lookup.text import normalize, tokens

    if key not in _FAMILY_WORDS:
        _FAMILY_WORDS[key] = frozenset(
            word for phrase, owners in variants._table().items()
            if any((s, i) == key for s, i, _ in owners) for word in phrase)
    words = [t for t in tokens(normalize(clause or "")) if t not in _JOINERS]
    return bool(words) and all(w in _FAMILY_WORDS[key] for w in words)
