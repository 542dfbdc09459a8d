"""Variants of one service that exclude one another (NLB and ALB, gp2 and gp3, HTTP and REST
API, Glacier Flexible Retrieval and Deep Archive): which of them a text names.

A figure the notes give for one variant is no answer about another: "nlb idle timeout" is not
answered by the ALB's 60 s, "http api integration timeout" not by "29 sec for REST". The
families and the words that name each member are data (lookup_synonyms.json
"variant_families"); this module only reads text against them.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from studycli.lookup.text import normalize, tokens

LONGEST = 5  # words in the longest name a family lists
ANY_SERVICE = "*"  # a family whose lines notes file under any service (AWS Support's plans)
NOT_A_NAME = "~"  # a family's phrases that hold a member's word and name none ("business
# critical" is no Business plan)

LABEL = ":"  # a name written "business:" names its member only as a clause's leading label
# ("Business: < 1 hour", "spread = max 7 per AZ", a table row's first cell "Spread | diff
# hardware | 7 per AZ", a label after a chat's sender "kwame: standard: max 1 year"): a
# bare common word read anywhere would
# name a plan in "business continuity", a placement group in "ECS cluster"; a name written
# in capitals ("REST") names its member only where a note writes it so ("29 sec for REST",
# not "encrypted at rest")

AFTER_FIGURE = "#"  # a name written "#standard" names its member only right after a figure
# ("Subscriptions per topic: 12,500,000 standard; 100 for FIFO topics", "120,000 standard;
# 20,000 for FIFO"): the bare word anywhere else is no queue's or topic's ("standard
# retries", Swedish "retention: standard 4 dagar" is a default)

_JOINS = frozenset({"or", "and", "vs", "versus"})

# phrase (token tuple) -> [(service, family index, member)]; a phrase may name two members
# at once ("id/access token")
_Table = dict[tuple[str, ...], list[tuple[str, int, str]]]
_TABLE: list[_Table] = []
# the label names, then the names in capitals, as one pattern each: a member per name
# (a name may be two families' own: "#standard" a standard queue's or topic's; the service a
# line is filed under tells which, as for the names of the table)
_LABELS: list[tuple[re.Pattern, dict[str, list[tuple[str, int, str]]]]] = []


def _table() -> _Table:
    if not _TABLE:
        from studycli.paths import load_json

        table: _Table = {}
        labels: dict[str, list[tuple[str, int, str]]] = {}
        capitals: dict[str, list[tuple[str, int, str]]] = {}
        after_figure: dict[str, list[tuple[str, int, str]]] = {}
        families = load_json("lookup_synonyms.json").get("variant_families", {})
        for service, groups in families.items():
            for index, members in enumerate(groups):
                for member, names in members.items():
                    for name in names:
                        if name.endswith(LABEL):
                            labels.setdefault(" ".join(tokens(normalize(name[:-1]))),
                                              []).append((service, index, member))
                            continue
                        if name.startswith(AFTER_FIGURE):
                            after_figure.setdefault(" ".join(tokens(normalize(name[1:]))),
                                                    []).append((service, index, member))
                            continue
                        if name.isupper():
                            capitals.setdefault(name, []).append((service, index, member))
                            continue
                        words = tuple(tokens(normalize(name)))
                        for form in (words, (*words[:-1], words[-1] + "s")):
                            table.setdefault(form, []).append((service, index, member))
        _TABLE.append(table)
        alts = "|".join(r"\W+".join(map(re.escape, label.split()))
                        for label in sorted(labels, key=len, reverse=True))
        _LABELS.append((re.compile(rf"(?:^|[;,(\[|]|[.?!:]\s)\s*(?:[-*•]\s*)?({alts})\s*(?:[:=|]|->|→)",
                                   re.IGNORECASE), labels))
        caps = "|".join(map(re.escape, sorted(capitals, key=len, reverse=True)))
        _LABELS.append((re.compile(rf"(?<![\w-])({caps})s?(?![\w-])"), capitals))
        # a figure ("12,500,000", "12.5M", "120k"), then the name, bare or in brackets (not
        # the 3 of "S3")
        figured = "|".join(r"\W+".join(map(re.escape, name.split()))
                           for name in sorted(after_figure, key=len, reverse=True))
        _LABELS.append((re.compile(rf"(?<![\w.,])\d(?:[\d,.]*\d)?[kKmM]?\+?[ \t]*[(\[]?[ \t]*"
                                   rf"({figured})s?(?![\w-])", re.IGNORECASE), after_figure))
    return _TABLE[0]


@cache
def family_names(service: str, index: int) -> tuple[tuple[tuple[str, ...], str], ...]:
    """Every name (its words, as typed and with a plural "s") the family data gives a member
    of family (`service`, `index`), each with the member: a name in capitals only is read by
    `named` alone."""
    return tuple((phrase, member) for phrase, owners in _table().items()
                 for s, i, member in owners if (s, i) == (service, index))


@lru_cache(maxsize=2048)  # the query's text, and a note line, is read once per candidate
def named(text: str) -> dict[tuple[str, int], frozenset[str]]:
    """(service, family) -> the members `text` names, longest name first: "glacier deep
    archive" names Deep Archive, not the Glacier family besides; a label name only as a
    clause's leading label. Callers must not change the dict (it is kept for the next
    call)."""
    table = _table()
    toks = tokens(normalize(text or ""))
    found: dict[tuple[str, int], set[str]] = {}
    # the labels, the names in capitals, then the names after a figure
    for pattern, names in _LABELS:
        for match in pattern.finditer(text or "") if names else ():
            key = match.group(1)
            for service, index, member in (names.get(key)
                                           or names[" ".join(tokens(normalize(key)))]):
                found.setdefault((service, index), set()).add(member)
    i = 0
    while i < len(toks):
        for n in range(min(LONGEST, len(toks) - i), 0, -1):
            owners = table.get(tuple(toks[i:i + n]))
            if owners and _longer_from_next(table, toks, i, n):
                # "s3 glacier instant retrieval": the longer name that starts a word later
                # ("glacier instant retrieval") is the one typed, not "s3 glacier" besides
                i += 1
                break
            if owners:
                if n > 1 and i >= 2 and toks[i - 1] in _JOINS:
                    # "short or long polling", "Network and Gateway Load Balancers": the
                    # word before the join names a member with the rest of the name
                    owners = owners + table.get((toks[i - 2], *toks[i + 1:i + n]), [])
                for service, index, member in owners:
                    if member != NOT_A_NAME:
                        found.setdefault((service, index), set()).add(member)
                i += n
                break
        else:
            i += 1
    return {key: frozenset(members) for key, members in found.items()}


def _longer_from_next(table: _Table, toks: list[str], i: int, n: int) -> bool:
    """Whether a name starting at the next word runs past the `n` words found at `i` and
    holds their last word: the two overlap, and the longer is the one meant."""
    return n > 1 and any(tuple(toks[i + 1:i + 1 + m]) in table
                         for m in range(n, min(LONGEST, len(toks) - i - 1) + 1))
