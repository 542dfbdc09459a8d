"""A figure filed under the subject asked whose own line speaks of another subject.

Notes set two things side by side on consecutive lines ("- L@E = Node/Python, timeout 5 s
viewer / 30 s origin", then "-> CF functions cheaper, <1ms"), and the parser may file the
second line's figure under the first line's subject: "L@E timeout" was answered "1 ms",
CloudFront Functions' run time, as Lambda@Edge's execution timeout. A figure whose line names
another subject the lexicon knows ("CF functions") in its first words and never the one
asked, by any name or as typed, is that other subject's: answer.py weighs it as another
variant's.
"""

from __future__ import annotations

import re

from studycli.kinds import Kind
from studycli.lazy_regex import lazy_compile
from studycli.lookup.lexicon import Lexicon
from studycli.lookup.query import MAX_PHRASE, Query
from studycli.lookup.text import normalize, tokens


def of_another_subject(fact: dict, q: Query, lex: Lexicon) -> bool:
    """Whether `fact`, filed under a subject asked, is a figure whose note line names
    another subject and not the one asked."""
    subject = (fact["subject"] or "").lower()
    if fact["kind"] == Kind.FACT or not subject or q.compared or not q.subjects:
        return False
    asked = {s.lower() for _, s in q.subjects}
    if subject not in asked:
        return False
    line = fact["snippet"] or ""
    toks = tokens(normalize(line))
    named = _subjects_named(toks, lex, LEAD_WORDS)
    if not named or named & asked or _subjects_named(toks, lex, len(toks)) & asked:
        return False  # the line names the subject asked too ("... Deep Archive = 12 h")
    said = line.lower()
    return not any(q.typed.get(s, s).lower() in said or s.lower() in said
                   for _, s in q.subjects)


LEAD_WORDS = 3  # a line is about the subject its first words name


def _subjects_named(toks: list[str], lex: Lexicon, lead: int) -> set[str]:
    """The subjects a line opens with (lower case), by one of the lexicon's names that is no
    plain word: "cf functions", "gp3", not "origin" or "queue", which a line about the subject
    asked says as often ("timeout 5 s viewer / 30 s origin"); a name further on is said in
    passing ("in: 1 MB/s ... shared by all consumers (classic fan-out)" is a shard's)."""
    out: set[str] = set()
    for i in range(min(lead, len(toks))):
        for size in range(1, min(MAX_PHRASE, len(toks) - i) + 1):
            if size == 1 and toks[i].isalpha():
                continue
            owner = lex.subjects.get(tuple(toks[i:i + size]))
            if owner:
                out.add(owner[1].lower())
    return out


# "placement group: max 7 instances per AZ (spread)": a line labelled by a group of things
# counts the things of one such group; "ec2 max instances" asks the account's or Region's
# count, not a group's. Only a group of instances placed together: an Aurora cluster's 15
# replicas, a user pool's 40 million users, a security group's 60 rules exist only inside their
# group, and "aurora max read replicas" asks exactly that count
_GROUP_LABEL = lazy_compile(
    r"^\W*((?:[A-Za-z][\w -]{0,30}?\s)?placement\s+groups?)\s*(?:[:=]|->|→)", re.IGNORECASE)


def of_a_group(fact: dict, q: Query) -> bool:
    """Whether `fact` is a count of the things in one group its line is labelled by, and the
    query, asking a count with no group or scope of its own, names no such group."""
    # (a count asked: "log groups: never expire by default; retention 1 day" still answers
    # "cloudwatch logs default retention")
    if q.denominators or q.compared or "count" not in q.dimensions or not (
            fact.get("unit") == "count"
            or (fact["kind"] == Kind.FACT and any(c.isdigit() for c in fact["value"] or ""))):
        return False
    if "placement" not in (fact["snippet"] or "").lower():
        return False  # the only label _GROUP_LABEL reads: no service scan for any other line
    from studycli.services import blank_services

    label = _GROUP_LABEL.match(blank_services(fact["snippet"] or "", ""))
    if label is None:
        return False
    group = set(tokens(normalize(label.group(1))))
    return not group & set(q.tokens)
