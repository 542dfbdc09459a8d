"""Numbers with their units and the clauses of a note line that state them: shared by lookup
and the question layer (stdlib only, no package of either imported: a quiz's first card must
not pay for lookup's imports)."""

from __future__ import annotations

import re
from functools import lru_cache

from studycli.unit_spellings import (
    DURATIONS,
    KI,
    ONE_LETTER_UNIT_END,
    SIZES,
    UNIT_NOT_GOING_ON,
    YEAR,
    calendar_year,
)

MAX_QUERY_CHARS = 500  # a lookup longer than this is a paste, not a question: keep the head

# Canonical units as the fact base stores them (see design.md): s, B, B/s, count, per_s, %.
# The spellings are the parser's (studycli/unit_spellings.py, which extract/quantities.py
# reads too): sizes spelled out ("512 megabytes"), and durations as notes in Portuguese,
# Spanish, French or Hinglish write them ("72 horas", "12 meses", "35 jours", "90 din").
# Two short forms are this reader's own: a bare "m" after a number is minutes here, and a
# bare "k" is kilobytes (the parser decides both from context). Not French "mn" and "j":
# read in every note they would make an English "1 mn requests" (million) a duration.
_TIME: dict[str, float] = {
    name: secs for names, _one, _many, secs in DURATIONS for name in names}
_TIME["m"] = 60
_SIZE: dict[str, int] = {name: size for names, _shown, size in SIZES for name in names}
_SIZE["k"] = KI
# Every unit spelling, longest first: a regex alternation.
UNIT_WORDS = "|".join(sorted((*_TIME, *_SIZE, "%", "percent"), key=len, reverse=True))
# Notes in other languages (studycli/languages.py): French bytes as written ("64 To", "400 Ko":
# with their capital, "1 to 5" is a range), German hours and seconds with their stop ("12
# Std.", "60 Sek."), and a number or unit glued to a word of a script without spaces ("の30日
# 前"): only a Latin letter, digit or "_" glued to it makes a number part of a word ("S3",
# "5sec2"). Case is ignored in the units only, and no class spans those scripts' letters: a
# case-blind class over 30,000 of them cost lookup ~70 ms to compile at every start.
_FRENCH_BYTES = {"Ko": KI, "Mo": KI**2, "Go": KI**3, "To": KI**4, "Po": KI**5}
_GERMAN_STOPS = {"Std.": 3600.0, "Sek.": 1.0}
_LATIN = r"A-Za-z0-9_\u00c0-\u024f"
# The look-behind comes after the first digit, as one over two characters (the digit is
# itself, so the two read alike): a pattern that opens with a digit lets the engine skip to
# the next digit, where one that opened with the look-behind ran it at every character (a
# fifth of a lookup's pattern matching). Same matches, same groups.
_NUMBER_UNIT = re.compile(
    rf"(\d(?<![{_LATIN}.]\d)\d*(?:[.,]\d+)?)\s*"
    r"((?:[KMGTP]o(?![a-z])|Std\.|Sek\.)|(?i:" + UNIT_WORDS + r")" + ONE_LETTER_UNIT_END
    + UNIT_NOT_GOING_ON + ")?"
    rf"(\s*(?i:/\s*s(?:ec)?|per\s+sec(?:ond)?|ps)\b)?(?![{_LATIN}])",
)


def numbers_with_units(text: str) -> list[tuple[float, str | None, str]]:
    """(canonical number, canonical unit or None, matched text) for each number in `text`.

    "15 minutes" -> (900, "s"), "256kb" -> (262144, "B"), "1 mb/s" -> (1048576, "B/s").
    """
    return list(_numbers_with_units(text))


@lru_cache(maxsize=4096)
def _numbers_with_units(text: str) -> tuple[tuple[float, str | None, str], ...]:
    # Cached, as _clauses: a lookup reads one note line's numbers for several of its facts
    # and several rules (about 40% of its calls repeat one), and the pattern is its costliest
    found: list[tuple[float, str | None, str]] = []
    for m in _NUMBER_UNIT.finditer(text):
        raw_number, written, per_second = m.group(1), m.group(2) or "", m.group(3)
        unit = written.lower()
        try:
            number = float(raw_number.replace(",", "")) if "," in raw_number and len(
                raw_number.split(",")[-1]) == 3 else float(raw_number.replace(",", "."))
        except ValueError:
            continue
        if not abs(number) < 1e100:  # "9" * 400 parses as inf: not a number anyone means
            continue
        if written in _FRENCH_BYTES:  # "1 Mo/s": a rate, as "1 MB/s" is
            found.append((number * _FRENCH_BYTES[written], "B/s" if per_second else "B",
                          m.group(0)))
        elif written in _GERMAN_STOPS:
            found.append((number * _GERMAN_STOPS[written], "s", m.group(0)))
        elif unit in _TIME and not per_second and not (
                _TIME[unit] == YEAR and calendar_year(raw_number)):  # "nuo 2023 metų": a year
            found.append((number * _TIME[unit], "s", m.group(0)))
        elif unit in _SIZE:
            found.append((number * _SIZE[unit], "B/s" if per_second else "B", m.group(0)))
        elif unit in ("%", "percent"):
            found.append((number, "%", m.group(0)))
        elif per_second:
            found.append((number, "per_s", m.group(0)))
        else:
            found.append((number, None, m.group(0)))
    return tuple(found)


# Clause boundaries inside one note line: ";", "|", " / ", and "," unless it is a thousands
# separator ("3,000"), and the end of a sentence. Not "and", parentheses or dashes: "3,000 IOPS
# and 125 MB/s" is one clause, and so is a range "50 ms – 29 s".
_CLAUSE_SPLIT = re.compile(r"[;|]|\s/\s|,(?!\d{3}(?!\d))|→|->|[.?!](?:\s|$)")


def clauses(line: str) -> list[str]:
    """The clauses of one note line (see _CLAUSE_SPLIT), empty ones left out."""
    return list(_clauses(line[:MAX_QUERY_CHARS]))


@lru_cache(maxsize=4096)
def _clauses(line: str) -> tuple[str, ...]:
    # Cached: one note line is the text of several candidate facts.
    return tuple(c for c in _CLAUSE_SPLIT.split(line) if c.strip())


def clause_of_number(line: str, number: float | None, low: float | None = None,
                     high: float | None = None, unit: str | None = None) -> str | None:
    """The clause of `line` that states `number` (canonical units, as a fact stores it), or
    None when the line does not say it. A line often states several facts ("pkg 50MB zip /
    250MB unzip"); the words next to a number are the ones that describe it. With `unit`, a
    clause stating the number in that unit comes first: "300 TPS per API action ... dedup
    interval is 5 minutes" holds 300 twice, and 5 minutes' 300 s is the second."""
    line = line[:MAX_QUERY_CHARS]
    if not _CLAUSE_SPLIT.search(line):
        return line
    said = number_said(line, number, low, high, unit)
    return said[0] if said else None


def number_said(line: str, number: float | None, low: float | None = None,
                high: float | None = None, unit: str | None = None) -> tuple[str, int] | None:
    """The clause stating `number` (as clause_of_number picks it: in `unit` first) and where in
    that clause the number starts; None when the line does not say it."""
    found = every_number_said(line, number, low, high, unit)
    return found[0] if found else None


def every_number_said(line: str, number: float | None, low: float | None = None,
                      high: float | None = None,
                      unit: str | None = None) -> list[tuple[str, int]]:
    """Each place `line` states `number`, as number_said picks them (in `unit` first), in line
    order: "5 VPCs per region (soft), AWS reserves 5 IPs per subnet" states 5 twice, and only
    the words at one of them are a given fact's."""
    wanted = [v for v in (number, low, high) if v is not None]
    found = [(said, clause, at) for value, said, clause, at in _numbers_by_clause(
        line[:MAX_QUERY_CHARS]) if any(abs(value - w) <= 1e-6 * max(1.0, abs(w)) for w in wanted)]
    if unit and unit != "count":
        found = [f for f in found if f[0] == unit] or found
    return [(clause, at) for _unit, clause, at in found]


def numbers_by_clause(line: str) -> list[tuple[float, str | None, str, int]]:
    """(canonical number, its unit, the clause stating it, where in the clause it starts)
    for each number of `line`, in line order."""
    return list(_numbers_by_clause(line[:MAX_QUERY_CHARS]))


@lru_cache(maxsize=4096)
def _numbers_by_clause(line: str) -> tuple[tuple[float, str | None, str, int], ...]:
    """(canonical number, its unit, the clause stating it, where in the clause it starts) for
    each number of `line`, in line order. Cached: each fact of a line asks for its own number."""
    spans, start = [], 0
    for m in _CLAUSE_SPLIT.finditer(line):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(line)))
    out = []
    for m in _NUMBER_UNIT.finditer(line):
        found = numbers_with_units(m.group(0))
        if not found:
            continue
        for a, b in spans:
            if a <= m.start() < b:
                out.append((found[0][0], found[0][1], line[a:b], m.start() - a))
                break
    return tuple(out)


def number_spans(line: str) -> list[tuple[float, str | None, int, int]]:
    """(canonical number, its unit, start, end) of each number of `line`, in line order."""
    out = []
    for m in _NUMBER_UNIT.finditer(line[:MAX_QUERY_CHARS]):
        found = numbers_with_units(m.group(0))
        if found:
            out.append((found[0][0], found[0][1], m.start(), m.end()))
    return out
