"""The part of a long note line that an answer comes from, for the one line of evidence shown
under it.

A line too long for the terminal is cut at its width; when the value's number is said only
further on (a table row whose first cell is about Standard queues, its second "If you use
batching, FIFO queues support up to 3,000 messages per second"), the cut shows words about
something else as the answer's evidence, and drops the condition the figure holds under. The
evidence then starts at the sentence that states the number.

Stdlib only (re) and note_numbers, which the lookup path imports already.
"""

from __future__ import annotations

import re

from studycli.note_numbers import number_said

# Where a sentence or a table cell ends: a full stop before a space, a tab, a cell's bar
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)|\s*\t\s*|\s+\|\s+")


def _says_number(text: str, hit: dict) -> bool:
    number, low, high = hit.get("number"), hit.get("low"), hit.get("high")
    if number is None and low is None and high is None:
        return False
    return number_said(text, number, low, high, hit.get("unit") or None) is not None


def evidence_start(text: str, hit: dict, shown: int) -> int:
    """Where in `text` (one line, already cleaned for display) the evidence for `hit` should
    start: 0 when the line fits in `shown` characters, when the number is said within them,
    or when the line does not say it at all; else the start of the first sentence or cell
    that says it."""
    if len(text) <= shown or _says_number(text[:shown], hit):
        return 0
    for m in _SENTENCE_END.finditer(text):
        start = m.end()
        end = _SENTENCE_END.search(text, start)
        sentence = text[start:end.start() if end else len(text)]
        if _says_number(sentence, hit):
            return start
    return 0
