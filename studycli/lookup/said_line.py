"""A fact's note line as the parser read it: the snippet a lookup quotes is the student's own
line ("baseline three thousand IOPS plus one twenty five megs per second, max sixteen thousand
IOPS", "max l6,000 IOPS"), but the fact's figures were read from it with its numbers said in
words or misread by a scan written in digits (notes/number_words). A check that finds a
fact's number in its line, or the bounds and baselines said beside it, reads the line so."""

from __future__ import annotations

import re
from functools import lru_cache

from studycli.number_vocab import NUMBER_WORDS

# what number_words may rewrite: a number word, "half", "quarter", "megs"/"gigs", "s three",
# an OCR'd "l"/"O" (the number words are number_vocab's, as number_words reads them)
_MAY_CHANGE = re.compile(
    r"\b(?:" + "|".join(sorted(NUMBER_WORDS)) + r"|half|quarter|megs?|gigs?)\b"
    r"|\d,?[lO]|[lO]\d|rnin|\bl[ \t]", re.IGNORECASE)


_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def said_line(line: str, value: str | None = None) -> str:
    """`line` with the numbers it says in words, or as a scan misread them, in digits. Given
    the fact's `value`, a line that writes that value's figure in digits already is the line
    the figure was read from, as it stands: the reader (notes/number_words, some 9 ms to load)
    is not loaded for the "one" or "two" of a line written in digits."""
    if not line or not _MAY_CHANGE.search(line):
        return line
    figure = _FIGURE.search(value or "")
    if figure is not None and figure.group(0).replace(",", "") in (
            f.replace(",", "") for f in _FIGURE.findall(line)):
        return line
    return _spelled(line)


def fact_said_line(fact: dict) -> str:
    """A fact's note line (its snippet) with its numbers said in words in digits."""
    return said_line(fact.get("snippet") or "", fact.get("value"))


def own_clause(fact: dict) -> str | None:
    """The clause of a fact's note line (as fact_said_line reads it) stating its figure, the
    whole line where the line is one clause; None for a fact of no figure or a line not
    stating it. The one reading of a figure's own words (lookup/pair_sides.py,
    figure_variant.py, per_only.py, answer._per_other, answer._not_per_unit_asked)."""
    if fact.get("number") is None and fact.get("low") is None:
        return None
    from studycli.note_numbers import clause_of_number

    return clause_of_number(fact_said_line(fact), fact.get("number"), fact.get("low"),
                            fact.get("high"), fact.get("unit"))


@lru_cache(maxsize=4096)
def _spelled(line: str) -> str:
    from studycli.notes.number_words import spell_out_numbers  # loaded only for such a line

    return spell_out_numbers(line)
