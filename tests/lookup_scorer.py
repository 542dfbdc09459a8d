"""Does a lookup hit hold the expected answer? The rule every lookup evaluation scores by.

An eval case lists `expect_any`: ways a right answer may be written ("15 min", "900",
"throttl"). A hit holds the answer when its value says one of them, read fairly:

- a quantity ("1 second to 7 days", "15 min", "256KB") is read by the parser's own
  quantity reader (studycli.extract.quantities) on both sides and compared in canonical
  units: "1 s – 7 days" holds "1 second to 7 days", "15 min" holds "900 seconds", and a
  range holds either of its ends ("0 s – 12 h" states the 12 h maximum);
- a bare number ("900", "10,240") is a number the value writes, or the value's quantity
  in some unit of its dimension ("10 GB" is 10,240 MB; "15 min" is 900 s): never a digit
  inside another number ("1" is not said by "10 s"); an expectation that drops "/s"
  ("1 MB", "1000 rec") is the value's rate of that number ("1 MB/s", "1000 records/s");
- words ("throttl", "sync") start at a word boundary ("asynchronous" does not say "sync");
  a stem may run on ("throttl" -> "throttled", "sync" -> "synchronous"). A word may also
  be said by the clause of the hit's note line that states the hit's value ("429: Too
  Many Requests" from the line "429 Too Many Requests -> throttled, back off" holds
  "throttl"); a quantity must be the value's own, since a line often states several
  ("3,000 IOPS and 125 MB/s").
- an expectation written in words ("five hundred twelve megabytes", "one hour") is read
  as the parser reads a note that writes numbers so (studycli.notes.number_words): "512 MB"
  holds it, as it holds "512 megabytes".
- an expectation written with a unit word of a note's language, which the parser reads only
  in a note in that language ("14 nap", "24 oras", "dakika 15": Hungarian, Tagalog and
  Swahili for 14 days, 24 hours, 15 minutes), is read in English where every language whose
  tables spell that unit reads it so ("10 saat" is seconds in Malay, hours in Turkish: not
  read, and its writer's "10 seconds" beside it holds).

`old_holds` is the rule used before (the expected text as a substring of the value), kept
so that figures can be given under both.
"""

from __future__ import annotations

import re
from functools import lru_cache

from studycli.extract.quantities import Quantity, find_quantities
from studycli.languages import LANGUAGES
from studycli.lookup.text import clause_of_number
from studycli.notes.number_words import spell_out_numbers

WHOLE_WORD = {"sync", "synchronous"}  # the old rule's exceptions ("asynchronous" is not sync)
# (The fair rule needs no exception: a word starts at a word boundary, so "asynchronous"
# never says "sync", and "synchronous" does.)
# Units of each canonical unit a student might have written a bare number in.
_FACTORS = {"s": (1, 60, 3600, 86400), "B": (1, 1024, 1024**2, 1024**3, 1024**4),
            "B/s": (1, 1024, 1024**2, 1024**3)}
# An expectation written without its "/s" ("1 MB" for a shard's 1 MB/s, "1000 rec" for
# 1000 records/s) is the same number per second: students and eval writers drop it.
_PER_SECOND = {"B": "B/s", "count": "per_s"}
_DASHES = re.compile(r"\s*(?:[–—‒]|-|\bto\b)\s*(?=\d)")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_BARE = re.compile(r"^\d+(?:\.\d+)?$")
_SCALED = re.compile(r"^(\d+(?:\.\d+)?)\s*([km])$")
_NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?![\d])")


def old_holds(value: str, expect_any: list[str]) -> bool:
    """The rule before: an expected text as a substring of the value."""
    value = value.lower()
    for token in expect_any:
        token = token.lower()
        if token in WHOLE_WORD:
            if re.search(rf"\b{re.escape(token)}\b", value):
                return True
        elif token in value:
            return True
    return False


def holds(hit: dict, expect_any: list[str]) -> bool:
    """Whether `hit` (a lookup JSON object: value, snippet, number, ...) holds one of the
    expected answers (see the module docstring)."""
    value = hit.get("value") or ""
    if any(_says(value, token) for token in expect_any):
        return True
    words = [t for t in expect_any if not _quantities(t) and not _is_number(t)]
    if not words:
        return False
    own = _own_clause(hit)
    return bool(own) and any(_says_words(own, t) for t in words)


def _says(text: str, token: str) -> bool:
    digits = spell_out_numbers(token)  # "three hundred seconds" -> "300 seconds"
    english = _in_english_units(token)
    return (_says_as_written(text, token)
            or (digits != token and _says_as_written(text, digits))
            or (english is not None and _says_as_written(text, english)))


@lru_cache(maxsize=4096)
def _in_english_units(token: str) -> str | None:
    """`token` ("14 nap", "14 na araw", "dakika 15") as "14 days" where it is a number and a
    unit word of the languages' tables (either order) that every language spelling that
    word reads as one English unit; else None (a token read as written needs none)."""
    m = _NUMBER_AND_WORDS.match(token.strip()) or _WORDS_AND_NUMBER.match(token.strip())
    if m is None or _quantities(token):
        return None
    english = _unit_words().get(m.group("unit").lower())
    return f"{m.group('number')} {english}" if english else None


@lru_cache(maxsize=1)
def _unit_words() -> dict[str, str]:
    """Each language's unit word (and its unaccented spelling, as the parser reads it:
    studycli.notes.gloss) -> its English unit, for words every language reads alike ("saat"
    is seconds in Malay, hours in Turkish: left out)."""
    from studycli.notes.unaccented import with_plain_spellings

    readings: dict[str, set[str]] = {}
    for lang in LANGUAGES.values():
        spelled = with_plain_spellings(
            {w.lower(): english for english, spellings in lang.get("UNITS", {}).items()  # type: ignore[attr-defined]
             for w in spellings})
        for word, english in spelled.items():
            readings.setdefault(word, set()).add(english)
    return {word: next(iter(units)) for word, units in readings.items() if len(units) == 1}


_NUMBER_AND_WORDS = re.compile(r"^(?P<number>\d[\d,. ]*?)\s*(?P<unit>[^\W\d_]+(?: [^\W\d_]+)?)$")
_WORDS_AND_NUMBER = re.compile(r"^(?P<unit>[^\W\d_]+)\s+(?P<number>\d[\d,. ]*)$")


def _says_as_written(text: str, token: str) -> bool:
    expected = _quantities(token)
    if expected:
        found = _quantities(text)
        return any(_same(e, f) for e in expected for f in found)
    if _is_number(token):  # "10,240" as a number; "5k" also as written
        return _says_number(text, _number_of(token)) or _says_words(text, token)
    return _says_words(text, token)


@lru_cache(maxsize=4096)
def _quantities(text: str) -> tuple[Quantity, ...]:
    return tuple(q for q in find_quantities(text) if q.unit)


def _same(expected: Quantity, found: Quantity) -> bool:
    if expected.unit != found.unit and _PER_SECOND.get(expected.unit) != found.unit:
        return False
    if expected.is_range:
        return found.is_range and _eq(expected.low, found.low) and _eq(expected.high, found.high)
    if found.is_range:
        return _eq(expected.number, found.low) or _eq(expected.number, found.high)
    return _eq(expected.number, found.number)


def _eq(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def _is_number(token: str) -> bool:
    t = _THOUSANDS.sub("", token.strip().lower())
    return bool(_BARE.match(t) or _SCALED.match(t))


def _number_of(token: str) -> float:
    t = _THOUSANDS.sub("", token.strip().lower())
    m = _SCALED.match(t)
    if m:
        return float(m.group(1)) * (1000 if m.group(2) == "k" else 1_000_000)
    return float(t)


def _says_number(text: str, n: float) -> bool:
    """`n` written as a number of `text`, or one of its quantities in some unit."""
    plain = _THOUSANDS.sub("", text)
    if any(_eq(float(m.group(0)), n) for m in _NUMBER.finditer(plain)):
        return True
    for q in _quantities(text):
        for canonical in (q.number, q.low, q.high):
            if canonical is not None and any(
                    _eq(canonical / f, n) for f in _FACTORS.get(q.unit, (1,))):
                return True
    return False


def _says_words(text: str, token: str) -> bool:
    """`token` in `text` from a word boundary on (a stem may run on; a number may not)."""
    t = _plain(token)
    if not t:
        return False
    tail = r"(?!\d)" if t[-1].isdigit() else ""
    head = r"(?<![a-z0-9])" if t[0].isalnum() else ""
    return re.search(head + re.escape(t) + tail, _plain(text)) is not None


def _plain(text: str) -> str:
    """Lower case, thousands separators and range dashes unified ("1–10" == "1 to 10")."""
    low = _THOUSANDS.sub("", text.lower())
    low = _DASHES.sub("-", low)
    return re.sub(r"\s+", " ", low).strip()


def _own_clause(hit: dict) -> str:
    """The clause of the hit's note line that states its value ('' if none does)."""
    snippet = hit.get("snippet") or ""
    value = hit.get("value") or ""
    if not snippet:
        return ""
    number = hit.get("number")
    if number is not None:
        return clause_of_number(snippet, number) or ""
    found = _quantities(value)
    if found and found[0].is_range:
        return clause_of_number(snippet, None, found[0].low, found[0].high) or ""
    # A mode or a code: the part (between ";" or "|") that says most of the value's words;
    # its arrows and commas stay in, they explain it ("429 Too Many Requests -> throttled").
    wanted = set(re.findall(r"[a-z0-9]+", _plain(value)))
    best, share = "", 0.0
    for part in re.split(r"[;|]", snippet):
        said = len(wanted & set(re.findall(r"[a-z0-9]+", _plain(part)))) / (len(wanted) or 1)
        if said > share:
            best, share = part, said
    return best if share >= 0.5 else ""
