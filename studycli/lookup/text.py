"""Text handling for lookups: normalizing, tokenizing, light stemming, numbers with units.

Stdlib only (re); the lookup fast path imports it.
"""

from __future__ import annotations

import re

from studycli.lazy_regex import lazy_compile
from studycli.note_numbers import (  # noqa: F401  (lookup reads them from here)
    _CLAUSE_SPLIT,
    _NUMBER_UNIT,
    _SIZE,
    _TIME,
    MAX_QUERY_CHARS,
    UNIT_WORDS,
    clause_of_number,
    clauses,
    numbers_with_units,
)

# a word that is a unit, alone ("MB", "seconds"): no thing a number counts or a query names
# where a note line's clauses part: ";", " / ", a comma (not of thousands), an arrow, a
# bracket, a sentence's end (the answer score's clauses, and ranking's: lookup/service_kin)
# a figure: a digit no letter or digit runs into ("30 days", "128KB"; not the 3 of "S3", the
# 2 of "io2", the 0 or 2 of "dva-c02"), shared by every rule that asks "does it write a number"
FIGURE = lazy_compile(r"(?<![A-Za-z\d])\d")
CLAUSE_SPLIT = lazy_compile(r"[;()\[\]]|,(?!\d{3}(?!\d))|\s/\s|→|->|[.?!](?:\s|$)")
UNIT_WORD = lazy_compile(rf"(?:{UNIT_WORDS})s?", re.IGNORECASE)

# Arrows and "vs" turn into words; everything else that is not a word character separates.
_ARROWS = re.compile(r"\s*(?:->|=>|→|⇒|-->)\s*")
# Note shorthand for "with" / "without" ("300 msg/s w/o batching", "Multi-AZ w/ failover"):
# read as the words, which ranking and the with/without check understand
_WITH_SHORT = lazy_compile(r"\bw/o\b|\bw/(?=\s|\w)", re.IGNORECASE)


def with_words(text: str) -> str:
    """"w/o" as "without", "w/" as "with"."""
    if "w/" not in text and "W/" not in text:
        return text
    return _WITH_SHORT.sub(lambda m: " without " if m.group(0).lower() == "w/o" else " with ",
                           text)

_TOKEN = re.compile(r"[a-z0-9@]+(?:[.'][a-z0-9]+)*")
_ACRONYMS = re.compile(r"[A-Z0-9]{2,}s")
# the parts of a CamelCase name ("CodeBuild": Code, Build; "MaxNumberOfMessages"), read by
# camel_parts and by lookup/service_name_words.py
CAMEL = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

_STATUS_FAMILY = re.compile(r"^[45]xx$")


def clean_display(text: str) -> str:
    """Note or query text made safe for a terminal: whole escape sequences and bidi controls
    removed (the one sanitizer every renderer uses), other control characters as spaces."""
    from studycli.sanitize import safe_text  # stdlib only: fine on the fast path

    return _CONTROL.sub(" ", safe_text(text))


def normalize(text: str) -> str:
    """Lower case, NFKC for non-ASCII, arrows as words, length bounded."""
    text = with_words(text[:MAX_QUERY_CHARS])
    if not text.isascii():
        import unicodedata  # only for non-ASCII input

        text = unicodedata.normalize("NFKC", text)
        if _ACCENTED.search(text):
            text = text.translate(_unaccented())
        text = _ARROWS.sub(" to ", text)
    elif ">" in text:  # every ASCII arrow has one: most texts need no pass of the pattern
        text = _ARROWS.sub(" to ", text)
    return text.lower()


# Latin letters with a mark ("rétention", "défaut", "configuração"): a token is [a-z0-9@],
# so "é" split "rétention" into "r" and "tention", and a French or Portuguese note never
# said "retention" however plainly it wrote it. Read without their marks, as FTS5's
# unicode61 tokenizer already reads them for recall.
_ACCENTED = re.compile("[\u00c0-\u024f]")
_LIGATURES = {"ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O",
              "đ": "d", "Đ": "D", "ł": "l", "Ł": "L"}
_UNACCENTED: dict[int, str] = {}


def _unaccented() -> dict[int, str]:
    """ord(letter) -> the letter without its marks, for Latin-1 and Latin Extended-A/B."""
    if not _UNACCENTED:
        import unicodedata

        for code in range(0xC0, 0x250):
            ch = chr(code)
            base = _LIGATURES.get(ch) or "".join(
                c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
            if base != ch and base.isascii() and base.isalpha():
                _UNACCENTED[code] = base
    return _UNACCENTED


def tokens(text: str) -> list[str]:
    """Word tokens of already-normalized text; '/tmp' gives 'tmp', 'api-gateway' two words."""
    # A token starts and ends with a letter or digit (the pattern), so none has a quote or
    # a dot to strip at either end.
    return _TOKEN.findall(text)


def camel_parts(raw: str) -> list[list[str]]:
    """CamelCase identifiers in `raw`, split: 'MaxNumberOfMessages' -> max number of messages."""
    out = []
    for word in _WORD.findall(raw[:MAX_QUERY_CHARS]):
        if word[1:] == word[1:].lower():
            continue  # no capital after the first letter: no identifier (most words)
        if _ACRONYMS.fullmatch(word):
            continue  # "LSIs", "URLs": an acronym's plural, not L-S-Is
        parts = CAMEL.findall(word)
        if len(parts) > 1:
            out.append([p.lower() for p in parts])
    return out


_WORD = lazy_compile(r"[A-Za-z][A-Za-z0-9]*")

# The term a statement opens with, before a separator ("Enterprise On-Ramp: ...", "Business |
# from $100/month", "GSI = any partition key"): the thing the line is about. One pattern for
# the ranking's head-term feature and for the counts (lookup/answer.py), which also read a
# term before an arrow ("Read replicas -> asynchronous, up to 5"). The ranking does not: an
# arrow's left side is as often a cause or a source ("async -> Lambda retries ...", "over
# limit -> 429"), and read as a term it put those lines first (unseen20 top-1 -2).
_HEAD_TERM = r"^\W*([\w@/+ .'-]{1,30}?)\s*(?:=|:|\||\u2014|\u2013| - "
HEAD_TERM = lazy_compile(_HEAD_TERM + ")")
HEAD_TERM_OR_ARROW = lazy_compile(_HEAD_TERM + "|->|\u2192)")


_STEMS: dict[str, str] = {}


def stem(word: str) -> str:
    """`_stem`, memoized: the same few hundred words recur across every candidate fact."""
    found = _STEMS.get(word)
    if found is None:
        found = _STEMS[word] = _stem(word)
    return found


_UNIT_PLURALS: list[frozenset[str]] = []


def _unit_plurals_in_us() -> frozenset[str]:
    """The plurals of count units that end in "u" ("vcpus", "acus", lexicon "count_units"):
    the "-us" rule keeps "status" whole, and kept "vcpus" apart from "vcpu", so "lambda max
    vcpu" never met a note's "up to 6 vCPUs". Read on first need (few words end in "us")."""
    if not _UNIT_PLURALS:
        from studycli.paths import load_json

        units = frozenset(load_json("lookup_synonyms.json").get("count_units", []))
        _UNIT_PLURALS.append(frozenset(u for u in units if u.endswith("us")
                                       and u[:-1] in units))
    return _UNIT_PLURALS[0]


def _stem(word: str) -> str:
    """A deliberately light stemmer, applied alike to queries and facts.

    invoke/invokes/invoked/invoking -> invok; message/messages -> messag; polling -> poll.
    """
    if len(word) <= 3 or not word.isalpha():
        return word
    word = _english_ending(word)
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("sses"):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")) \
            or word.endswith("us") and word in _unit_plurals_in_us():
        word = word[:-1]
    if word.endswith("ing") and len(word) >= 7:
        word = word[:-3]
    elif word.endswith("ed") and len(word) >= 6:
        word = word[:-2]
    if word.endswith("e") and len(word) >= 5:
        word = word[:-1]
    elif word.endswith("ency") and len(word) >= 6:
        word = word[:-1]  # "latency" as "latence": Portuguese/Spanish write both "-ência"
    return word


# Endings Portuguese and Spanish notes give the words English writes "-tion", "-sion",
# "-ence"/"-ency" and "-ance" ("replicação" and "replicación" read "replicacao", "replicacion"
# without their marks): read as the English ending, so a note in either says the query's
# "replication". English writes a "c" before "-tion" where these drop it after "un"
# ("função", "función": function); "-ência" is "-ence" or "-ency", which _stem reads alike.
_ROMANCE_ENDINGS = (("coes", "tions"), ("ciones", "tions"),
                    ("cao", "tion"), ("cion", "tion"), ("soes", "sions"), ("siones", "sions"),
                    ("sao", "sion"), ("encias", "ences"), ("encia", "ence"),
                    ("ancias", "ances"), ("ancia", "ance"))


def _english_ending(word: str) -> str:
    if word[-1] not in "aons":  # most words: none of the endings
        return word
    for ending, english in _ROMANCE_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            head = word[:-len(ending)]
            return head + ("c" if head.endswith("un") and english[0] == "t" else "") + english
    return word


def join_unit_cells(text: str) -> str:
    """A table row's number read with the cell beside it when that cell is only a unit of
    size or time: "| Payload size | 10 | MB | no |" states 10 MB, and so does a row of
    quoted cells, as an SQL insert or a CSV export writes it ("'10', 'MB', 'no'").
    Lower-case text."""
    if "|" in text:
        text = _UNIT_CELL.sub(r"\1 ", text)
    if "'" in text or '"' in text:
        text = _QUOTED_UNIT_CELL.sub(r"\1 ", text)
    return text


_CELL_UNITS = (r"(?:kb|kib|mb|mib|gb|gib|tb|tib|bytes|ms|seconds?|secs?|minutes?|mins?|hours?"
               r"|hrs?|days?)")  # singular too: "| 1 | hour |"
# A number's cell followed by a cell holding only a unit of size or time.
_UNIT_CELL = lazy_compile(r"(\d)\s*\|\s*(?=" + _CELL_UNITS + r"\s*(?:\||$))")
# ... in quoted cells: "'4', 'kb'," (the number's closing quote, the comma, the unit's quote)
_QUOTED_UNIT_CELL = lazy_compile(
    r"(\d)(['\"])\s*,\s*\2(?=" + _CELL_UNITS + r"\2\s*(?:[,)]|$))")


def is_status_code(token: str) -> bool:
    """'504', '429', '4xx': an HTTP error status or family (bare 300 or 128 is a number)."""
    return (len(token) == 3 and token.isdigit() and token[0] in "45") or bool(
        _STATUS_FAMILY.match(token))


