"""Which side of a pair a fact is: "fifo" or "standard", "read" or "write", "sync" or "async",
"with batching" or "without" (lookup/answer.py reads a fact of the side not asked as no
answer). The words of a side are read from a fact's name, else its note line, else the
clause of its own figure where the line says both sides.
"""

from __future__ import annotations

import re

from studycli.kinds import Kind
from studycli.lookup.query import Query
from studycli.lookup.said_line import own_clause
from studycli.lookup.text import stem, with_words
from studycli.lookup.unnamed_side import holds_unnamed_side

_WORDS = re.compile(r"[a-z0-9]+")

# Words that exclude one another in a measure's name: a fact of one side is no answer about
# the other ("sqs fifo throughput": not the standard queue's; "write": not the read limit).
OPPOSITES = {a: b for x, y in (
    ("fifo", "standard"), ("zipped", "unzipped"), ("sync", "async"),
    ("synchronous", "asynchronous"), ("provisioned", "ondemand"), ("read", "write"),
    ("inbound", "outbound"), ("ingress", "egress"),
    ("upload", "download"), ("inline", "managed"), ("ipv4", "ipv6"),
    ("symmetric", "asymmetric"), ("manual", "automatic"),
    # (basic monitoring every 5 minutes, detailed every minute: EC2's and CloudWatch's two)
    ("basic", "detailed")) for a, b in ((x, y), (y, x))}
ON_DEMAND = re.compile(r"\bon[\s-]?demand\b", re.IGNORECASE)


def side_words(text: str) -> list[str]:
    """The words of `text` that may name a side, a short form a note writes for one read
    in full ("10,000 for std queues, 10 for FIFO" says "standard")."""
    from studycli.lookup.lexicon import lexicon

    words = _WORDS.findall(ON_DEMAND.sub("ondemand", with_words(text.lower())))
    short = lexicon().short_forms
    return [_SAME_SIDE.get(w) or (short[w] if w in short and short[w] in OPPOSITES else w)
            for w in map(_singular_side, words)]


def _singular_side(word: str) -> str:
    """"writes" read as "write", "uploads" as "upload": a side typed in the singular
    ("shard write throughput") is the one a line writes in the plural ("for writes")."""
    return word[:-1] if word.endswith("s") and word[:-1] in OPPOSITES else word


# other words of one side: "automated retention" is the automatic backups' ("rds automatic
# backup max retention" asked), not the manual snapshots'
# (not "auto": "auto scaling" asks no automatic side of a line saying "manual changes")
_SAME_SIDE = {"automated": "automatic", "manually": "manual"}
# a side notes often write under another name ("standard metrics every 5 min, detailed
# monitoring 1 min" is basic monitoring's 5 min): a line naming only the other side may hold
# this side's figure too (lookup/unnamed_side.py)
_OFTEN_UNNAMED = frozenset({"basic"})


def names_the_other_side(fact: dict, q: Query) -> bool:
    """Whether the fact is of the other side of a qualifier the query states: it names the
    opposite of a word typed ("standard" for "fifo", "read" for "write") and never that
    word, or it is "without X" where "with X" is asked (or the reverse). The measure's name
    (subject, attribute) of a parsed quantity; a statement's own text. (Whether a side is
    to be read at all, "fifo vs standard" asking both, is the caller's.)"""
    asked = side_words(q.raw)
    if fact["kind"] == Kind.FACT:
        said = side_words(fact["value"] or "")
    else:
        said = side_words(f"{fact['subject'] or ''} {fact['attribute'] or ''}")
    # a name that says neither side may have lost it to the parser ("shard / throughput" of
    # "shard read throughput: 2 MB/s"): its note line says which
    line = side_words(fact["snippet"] or "")
    said_set, asked_set = set(said), set(asked)
    for w in asked_set:
        other = OPPOSITES.get(w)
        if not other or other in asked_set:
            continue
        sides = said_set if w in said_set or other in said_set else set(line)
        if other in sides and w not in sides:
            if (w in _OFTEN_UNNAMED and fact["kind"] == Kind.FACT
                    and holds_unnamed_side(fact["value"] or "", other, side_words)):
                continue  # "standard metrics every 5 min, detailed monitoring 1 min"
            return True
        if sides is not said_set and other in sides and w in sides \
                and _figure_clause_of_side(fact, other, w):
            return True
    return _with_without(asked, said) or (
        not {"with", "without"} & set(said) and _with_without(asked, line))


def _figure_clause_of_side(fact: dict, other: str, asked: str) -> bool:
    """A parsed figure whose note line says both sides and whose own clause says only the
    one not asked: "1 MB/s or 1,000 records/s for writes, and 2 MB/s for reads" (the 2 MB/s
    for "write throughput"), "sync (RequestResponse) 6 MB, async (Event) 1 MB" (the 6 MB
    for "async payload"). The line alone cannot tell; the words at the figure can."""
    if fact["kind"] == Kind.FACT or fact.get("number") is None:
        return False
    clause = own_clause(fact)
    if not clause:
        return False
    words = set(side_words(clause))
    return other in words and asked not in words


def _with_without(asked: list[str], said: list[str]) -> bool:
    """"with batching" asked and "without batching" said (or the reverse), the other not."""
    def pairs(words: list[str], lead: str) -> set[str]:
        return {stem(b) for a, b in zip(words, words[1:], strict=False) if a == lead}

    for lead, other in (("with", "without"), ("without", "with")):
        for thing in pairs(asked, lead):
            if thing in pairs(said, other) and thing not in pairs(said, lead) and not (
                    lead == "with" and "with" in said):
                return True
    return False
