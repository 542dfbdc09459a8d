"""Thousands grouped by spaces in a note of any language: "10 000 per user pool",
"900 000 ms", "1 000 000 objects". Read as one number only where the grouping cannot be
anything else: a group after the first that starts with 0 is no number of its own ("000",
"050"), so "10 000" is ten thousand and "12 500 000" twelve and a half million. "10 240"
stays as written (it may be "Lambda 10" and 240 of something); notes in a language that
groups so always are read by notes/gloss.py.
Without this, "max groups: 10 000" was read as 10 groups and "delay max 900 000 ms" as 0 ms:
a wrong number in a quiz card and an exam question."""

from __future__ import annotations

import re

# any space a number's groups are written apart by: the no-break, thin and figure spaces of
# SI/ISO grouping too (normalize._clean_chars makes them plain spaces only after this runs)
_GAP = "[ \u00a0\u2000-\u200a\u202f\u205f\u3000]"
# a lead of 1-3 digits (no word character, decimal, group or time mark before it, nor a
# digit group a space before), then groups of three digits, and no digit or decimal after;
# joined when one of the groups starts with 0 ("12 500 000": the 000 is no number of its own)
_SPACED_GROUPS = re.compile(
    rf"(?<![\w.,:])(?<!\d{_GAP})([1-9]\d{{0,2}})((?:{_GAP}\d{{3}})+)(?!\d|[.,]\d)")
_ZERO_LED = re.compile(rf"{_GAP}0")


def join_spaced_thousands(text: str) -> str:
    """`text` with each unambiguous space-grouped number written without its spaces."""
    if not _ZERO_LED.search(text):
        return text
    return _SPACED_GROUPS.sub(_joined, text)


def _joined(m: re.Match[str]) -> str:
    groups = m.group(2)
    if not _ZERO_LED.search(groups):  # "10 240": may be two numbers, left as written
        return m.group(0)
    return m.group(1) + re.sub(_GAP, "", groups)
