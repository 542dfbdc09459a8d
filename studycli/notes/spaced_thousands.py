"""Thousands grouped by spaces in a note of any language: "10 000 per user pool",
"900 000 ms", "1 000 000 objects". Read as one number only where the grouping cannot be
anything else: a group after the first that starts with 0 is no number of its own ("000",
"050"), so "10 000" is ten thousand. "10 240" stays as written (it may be "Lambda 10" and
240 of something); notes in a language that groups so always are read by notes/gloss.py.
Without this, "max groups: 10 000" was read as 10 groups and "delay max 900 000 ms" as 0 ms:
a wrong number in a quiz card and an exam question."""

from __future__ import annotations

import re

_GAP = "[ \u00a0\u202f]"
# a lead of 1-3 digits (no word character, decimal, group or time mark before it, nor a
# digit group a space before: "12 500 000" is left whole, as "12 500" may not group), then
# groups of three digits, the first of which starts with 0, and no digit or decimal after
_ZERO_LED_GROUPS = re.compile(
    rf"(?<![\w.,:])(?<!\d{_GAP})([1-9]\d{{0,2}})((?:{_GAP}0\d\d)(?:{_GAP}\d{{3}})*)"
    r"(?!\d|[.,]\d)")


def join_spaced_thousands(text: str) -> str:
    """`text` with each unambiguous space-grouped number written without its spaces."""
    if " 0" not in text and "\u00a00" not in text and "\u202f0" not in text:
        return text
    return _ZERO_LED_GROUPS.sub(lambda m: m.group(1) + re.sub(_GAP, "", m.group(2)), text)
