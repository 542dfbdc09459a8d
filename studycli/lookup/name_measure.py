"""A member's name that ends in the measure asked: "glacier instant retrieval time".

S3 Glacier Instant Retrieval is named after its retrieval. Typed before a bare kind of
number ("time", "speed"), the name's last word, where it names an action (a noun made of a
verb: "retrieval", "polling"), is also the measure asked: a student reading
"glacier instant retrieval time" (or "... retrieval retrieval time") asks how fast the
class retrieves, not how long an object must stay in it. The answer score reads the name's
words as said by any figure filed under the class and the bare "time" as said by any
duration, so "| Glacier Instant Retrieval | 90 days | 128 KB |" (its minimum storage
duration) was a confident answer. A figure of the member answers only where its words say
that measure apart from the name: its line with every name of the family struck out must
still say it ("Glacier Instant Retrieval: millisecond retrieval" does, the table row does
not). Read from the family data (data/lookup_synonyms.json, "variant_families"), so any
member named after a measure is read so. Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re

from studycli.kinds import Kind
from studycli.lazy_regex import lazy_compile
from studycli.lookup import variants
from studycli.lookup.query import Query
from studycli.lookup.text import normalize, stem, tokens
from studycli.note_numbers import UNIT_WORDS

_QUANTITY_KINDS = frozenset({Kind.LIMIT, Kind.DEFAULT, Kind.RANGE})
# compiled on first use: this module is imported by every lookup, and only a class named
# after an action reads it (~1 ms at start-up otherwise, found by the final review)
_UNIT = lazy_compile(f"(?:{UNIT_WORDS})", re.IGNORECASE)
_ROOT = 6  # letters a word shares with the measure's to be a form of it ("retrieve")
# the bare kinds of number that make the word before them a measure ("retrieval time"); no
# unit ("min" is as often a minimum) and no measure of its own ("latency")
KIND_OF_NUMBER = frozenset(stem(w) for w in ("time", "times", "duration", "speed", "size",
                                             "length", "rate"))


def measure_in_name(q: Query) -> tuple[str, tuple[tuple[str, ...], ...]] | None:
    """The measure word a member's name typed in `q` ends with, where a bare kind of number
    (KIND_OF_NUMBER) follows the name (once more the word itself may come between), and
    the names of that member's family; None where no name is typed so."""
    toks = tokens(normalize(q.raw))
    for (service, index), members in variants.named(q.raw).items():
        if len(members) != 1:
            continue
        names = variants.family_names(service, index)
        for phrase, member in names:
            if member not in members or len(phrase) < 2:
                continue
            after = _end_of(toks, phrase)
            if after is None:
                continue
            if after < len(toks) and toks[after] == phrase[-1]:
                after += 1  # "glacier instant retrieval retrieval time"
            last = stem(phrase[-1])
            if after < len(toks) and stem(toks[after]) in KIND_OF_NUMBER \
                    and _names_an_action(phrase[-1]):
                return last, tuple(p for p, _m in names)
    return None


def _names_an_action(word: str) -> bool:
    """Whether a name's word is a noun made of a verb ("retrieval", "polling", "tiering"),
    which a kind of number after it makes a measure ("retrieval time"); a thing's noun
    ("workflow", "queue", "archive") is the member's kind, and "express workflow duration"
    asks the workflow's duration."""
    return len(word) > 5 and word.endswith(_ACTION_ENDINGS)


_ACTION_ENDINGS = ("al", "ion", "ing", "ment")


def _end_of(toks: list[str], phrase: tuple[str, ...]) -> int | None:
    """Where `phrase` ends in `toks` (the index after it), or None."""
    n = len(phrase)
    for i in range(len(toks) - n + 1):
        if tuple(toks[i:i + n]) == phrase:
            return i + n
    return None


def measure_unsaid(fact: dict, asked: tuple[str, tuple[tuple[str, ...], ...]]) -> bool:
    """Whether `fact` says the measure `asked` (measure_in_name's) nowhere but in a name of
    the family: its value, note line and the header or question over it read with every
    such name struck out (a parsed figure's attribute read whole)."""
    measure, names = asked
    longest = sorted({p for p in names if p}, key=len, reverse=True)
    # the parser's name for a figure that holds the member's name and more names the
    # measure by it ("long polling wait time" is the polling's time); a name alone ("glacier
    # instant retrieval") names no measure, and a statement's attribute is only its line's
    # first words
    attribute = tokens(normalize(fact["attribute"] or ""))
    if fact["kind"] in _QUANTITY_KINDS and _says(attribute, measure) and any(
            not _UNIT.fullmatch(w) and stem(w) not in KIND_OF_NUMBER
            for w in _struck(attribute, longest)):
        return False  # (a unit the parser adds, "glacier instant retrieval (kb)", is none)
    # (with the table header or question over the line: a "| Retrieval |" column says it)
    text = f"{fact['value'] or ''} {fact.get('snippet') or ''} {fact.get('context') or ''}"
    return not _says(_struck(tokens(normalize(text)), longest), measure)


def _struck(toks: list[str], names: list[tuple[str, ...]]) -> list[str]:
    """`toks` with every occurrence of a name (`names`, longest first) struck out."""
    i, rest = 0, []
    while i < len(toks):
        hit = next((p for p in names if tuple(toks[i:i + len(p)]) == p), None)
        if hit:
            i += len(hit)
            continue
        rest.append(toks[i])
        i += 1
    return rest


def _says(words: list[str], measure: str) -> bool:
    """Whether `words` hold the measure's word, a form of it ("retrieve", "retrieved") or
    a word notes use for it (_SAID_AS: "millisecond access" is the class's retrieval)."""
    root = measure[:_ROOT]
    also = _SAID_AS.get(root, frozenset())
    return any(stem(w) == measure or (len(root) == _ROOT and stem(w).startswith(root))
               or stem(w) in also for w in words)


# words notes write for a measure a name ends in: a storage class's retrieval is its
# access ("Glacier Instant Retrieval: millisecond access"; the S3 API words the class as
# "immediately accessible (less than a second for first byte latency)",
# https://docs.aws.amazon.com/goto/SdkForJava/s3-2006-03-01/StorageClassAnalysis)
_SAID_AS = {"retrie": frozenset(stem(w) for w in ("access", "latency"))}
