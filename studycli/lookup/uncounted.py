"""Numbers a statement writes that count nothing, for a count asked.

A count asked ("kms max keys per region", "iam max roles per account") is answered by a bare
number only when that number counts something; lookup reads a number written without a unit
as a possible count. Three shapes of line write numbers that are no count whatever their
topic, and `blank_uncounted` blanks them so that a line whose only numbers are of these
shapes is weighed as stating no count:

- a date: a year with its month ("2021-11  new table class", "2020-10, ..."), a year
  "-ish", a year after "in"/"since" ("added in 2022"), a year 2010-2029 alone in brackets
  ("SNS FIFO topics (2020)"), or a year opening a dated log line ("2020     RDS Proxy GA"): a
  "what changed" log dates its entries, it counts nothing by them. Not a year after "after",
  "from", "before" or "until": "throttled after 2000 requests", "scales from 2000 to 3000"
  are counts as often as dates;
- the low end of a range whose high end has a unit: "7 ~ 30天" and "1 - 12 | h" are
  durations at both ends, though the unit is written once;
- a length in characters written in Chinese, Japanese or Korean ("10,240 字符", "2048文字",
  "1,024자"), or numbers in table cells followed by a cell that is only a unit of length
  ("| 5120 | 5120 | chars |").

Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re

from studycli.lazy_regex import lazy_compile
from studycli.note_numbers import numbers_with_units

# Years AWS notes date things by; a count of 1990-2039 written alone is rare, and the
# patterns below also require a month, "-ish", a preposition of time or a log line's layout.
_YEAR = r"(?:199\d|20[0-3]\d)"
_DATES = lazy_compile(
    _YEAR + r"(?:[-/.](?:0?[1-9]|1[0-2])(?!\d|[,.]\d)(?:[-/.]\d{1,2}(?!\d))?|-ish\b)"
    r"|\b((?:in|since|circa|ca\.)\s+)" + _YEAR + r"(?![\d,.]\d)"
    r"|(?<=\()\s*20[12]\d\s*(?=\))"
    r"|^[\W_]*" + _YEAR + r"(?=[ \t]{2,}|\t|\s*:\s)", re.IGNORECASE | re.MULTILINE)
# "7 ~ 30", "1 - 12", "5–300", "1 to 12": the low end and where the high end starts
_RANGE = lazy_compile(r"(?<![\d.,])(\d[\d,.]*)(\s*(?:~|-|–|—|to)\s*)(?=\d)", re.IGNORECASE)
# a unit cell after the high end: "12 | h |"
_UNIT_AFTER_CELL = lazy_compile(r"^(\d[\d,.]*)\s*\|\s*([^\W\d_]+)\s*(?:\||$)")
_UNIT_CELL = lazy_compile(r"(\d)\s*\|\s*([^\W\d_]+)(\s*(?:\||$))")
_CJK_CHARS = lazy_compile(r"(?<=\d)(\s*)(?:个字符|字符|文字|글자|자(?![가-힣]))")
_LENGTH_CELL = lazy_compile(r"((?:\|\s*\d[\d,.]*\s*)+)(\|\s*(?:chars?|characters?)\s*(?:\||$))",
                            re.IGNORECASE)
_DIGITS = lazy_compile(r"\d")


def blank_uncounted(text: str) -> str:
    """`text` (lower case) with its dates, the low ends of ranges whose high end has a unit
    and its lengths in characters blanked: what is left are the numbers that may count."""
    if not _DIGITS.search(text):
        return text
    text = _DATES.sub(_blank_date, text)
    text = _LENGTH_CELL.sub(lambda m: " " * len(m.group(1)) + m.group(2), text)
    text = _CJK_CHARS.sub(r"\1 characters", text)
    return _UNIT_CELL.sub(_join_unit_cell, _RANGE.sub(_blank_low, text))


def _join_unit_cell(m: re.Match[str]) -> str:
    """"12 | h |" read as "12 h" where the cell after a number's is only a unit."""
    found = numbers_with_units(f"1 {m.group(2)}")
    if found and found[0][1] is not None:
        return f"{m.group(1)} {m.group(2)}{m.group(3)}"
    return m.group(0)


def _blank_date(m: re.Match[str]) -> str:
    return (m.group(1) or "") + " "  # "added in 2022": the words before the year stay


def _blank_low(m: re.Match[str]) -> str:
    rest = m.string[m.end():]
    cell = _UNIT_AFTER_CELL.match(rest)
    high = f"{cell.group(1)} {cell.group(2)}" if cell else rest[:40]
    found = numbers_with_units(high)
    if found and found[0][1] is not None and high.startswith(found[0][2].strip()[:1]):
        return " " * len(m.group(1)) + m.group(2)
    return m.group(0)

