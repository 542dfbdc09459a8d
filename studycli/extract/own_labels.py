"""A cheat sheet's line led by an abbreviation studycli cannot read as a service.

In a section whose lines mostly open with a service's name, one line a line ("ELB  idle
timeout 60 s" / "CF   TTL default 24 h" / "KMS  encrypt direct 4 KB"), a line that opens
with a token of capitals in the same place ("CF", "CT", "ASM") names its own service there,
one the parser does not know (or cannot tell from another: "CF" is CloudFront's and
CloudFormation's). Such a line is not about the service of the line before it: read as
prose that goes on about the one before, CloudFront's default TTL was filed as the load
balancer's, CloudTrail's event history as CloudWatch's, Secrets Manager's rotation as the
VPC's. It is filed under no service (ingest tells of an opener of three lines or more that
names none: notes/service_shorthand.py).

Not a word of the lookup's vocabulary or a common term ("TTL", "IOPS", "RCU", "GSI": an
attribute or a part of the service the line before names), nor a name studycli knows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from studycli.extract.context import lead_end
from studycli.notes.blocks import Block
from studycli.services import find_services

_LED_MIN = 5        # lines of the section that open with a service's name, at least
_LED_SHARE = 0.5    # and this share of its one-line paragraphs
# the marks a note-taker opens a line with, no service's name: "NB   max 12 h for
# visibility" under "SQS  visibility timeout default 30 s" goes on about SQS
_NOTE_MARKS = frozenset("""nb ps pps fyi btw imo imho aka eg ie etc vs ok edit update upd warn
important key tldr dr ex re""".split())
# a token of two to six capitals (a digit after the first allowed) opening the line, then a
# space, a colon, an equals sign or the end ("CF   TTL", "ASM rotation:", "CT: 90 days")
_CAPITALS = re.compile(r"[*_`]*(?P<tok>[A-Z][A-Z0-9]{1,5})(?![A-Za-z0-9@&'_.-])[*_`]*"
                       r"(?=[ \t]|[:=]|$)")


def led_sections(blocks: Sequence[Block]) -> frozenset[tuple[str, ...]]:
    """The sections (by their headings) whose top-level one-line paragraphs mostly open with
    a service's name: a cheat sheet's, one service a line."""
    counted: dict[tuple[str, ...], int] = {}
    led: dict[tuple[str, ...], int] = {}
    for block in blocks:
        if block.kind != "para" or block.parents or block.wrapped_from is not None:
            continue
        counted[block.headings] = counted.get(block.headings, 0) + 1
        if _opens_with_service(block.text):
            led[block.headings] = led.get(block.headings, 0) + 1
    return frozenset(h for h, n in led.items() if n >= _LED_MIN and n >= _LED_SHARE * counted[h])


def _opens_with_service(text: str) -> bool:
    start = lead_end(text)
    return any(m.start == 0 for m in find_services(text[start:start + 40]))


def opens_with_unknown_label(text: str) -> bool:
    """Does the line open with a token of capitals that is no word studycli reads ("CF   TTL
    default 24 h", "ASM rotation: every 30 days")?"""
    m = _CAPITALS.match(text, lead_end(text))
    if m is None:
        return False
    return not _known(m.group("tok").lower())


def _known(low: str) -> bool:
    words = _vocabulary()
    return low in words or (low.endswith("s") and low[:-1] in words)


@lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    """The lookup's words (data/lookup_synonyms.json), the common terms a cheat sheet's line
    may open with (notes/service_shorthand._TERMS), a note-taker's marks (_NOTE_MARKS), and
    every alias of a service or subject as a whole ("gsi", "eni"; "cf" only as a word of "cf
    functions" is none)."""
    from studycli.notes.service_shorthand import _TERMS, _strings
    from studycli.paths import load_json
    from studycli.services import catalog

    cat = catalog()
    words: set[str] = set(_TERMS) | _NOTE_MARKS
    for phrase in _strings(load_json("lookup_synonyms.json")):
        words.update(re.findall(r"[a-z0-9]+", phrase.lower()))
    words.update(cat.service_aliases)
    words.update(cat.subject_aliases)
    return frozenset(words)


def defines_names(text: str) -> bool:
    """A line of a legend that spells out two abbreviations or more ("GA = Global
    Accelerator, KDF = Kinesis Data Firehose, KDS = Kinesis Data Streams"): it says what the
    note's shorthand stands for, and is not about the service of the line before it (the
    legend under "SG = security group" was filed as the VPC's)."""
    from studycli.notes.legend import legend_pairs

    return "=" in text and len(legend_pairs(text)) >= 2
