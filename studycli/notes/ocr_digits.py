"""Digits a scan's text recognition misread as letters: handwriting OCR'd writes "1" as "l"
and "0" as "O" ("l00 MB", "max l6,000 IOPS", "16,OOO", "l MB/s") and "min" as "rnin"
("5 rnin"), so the figure was no number and its line no fact. A token of digits with "l" or
"O" among them is read as digits only where it can be nothing else: grouped by commas
("l0,000"), or before a unit or a thing counted ("l4 days", "l0 msgs"), or three characters or
more after a bound ("max l00", "= l00"). Never a capital "I" ("IO1" is a volume type), a
token led by "O", nor a short one standing alone ("l4 + l7" are layers 4 and 7)."""

from __future__ import annotations

import re

_TOKEN = re.compile(r"(?<![\w.,])[1-9l][0-9lO]*(?:,[0-9lO]{3})*(?![\w])")
_LONE_L = re.compile(
    r"(?<![\w.,/-])l(?=[ \t]*(?:[KMGT]B|[KMG]bps|sec|min|rnin|ms|hrs?|hours?|days?)\b)")
_RNIN = re.compile(r"(?<=\d)([ \t]*)rnins?\b")
_AFTER = re.compile(
    r"[ \t]*(?:[kmgtp]i?b\b|bytes?\b|[kmg]bps\b|ms\b|secs?\b|seconds?\b|mins?\b|minutes?\b|"
    r"rnins?\b|hrs?\b|hours?\b|days?\b|weeks?\b|months?\b|years?\b|%|"
    r"msgs?\b|messages?\b|records?\b|rec/s|req/s|requests?\b|parts?\b|iops\b|attempts?\b|"
    r"items?\b|rules?\b|instances?\b|inst\b|connections?\b|replicas?\b|nodes?\b)", re.IGNORECASE)
_BOUND = re.compile(r"(?:\bmax|\bmin|\bdefault|\bup to|[=:<>])[ \t]*$", re.IGNORECASE)
_GATE = re.compile(r"\d,?[lO]|[lO]\d|rnin|\bl[ \t]")


def repair_ocr_digits(text: str) -> str:
    """`text` with each misread figure written in digits, and "rnin" after one as "min"."""
    if not _GATE.search(text):
        return text
    text = _TOKEN.sub(lambda m: _digits(m, text), text)
    text = _LONE_L.sub("1", text)
    return _RNIN.sub(r"\1min", text)


def _digits(m: re.Match[str], text: str) -> str:
    token = m.group()
    if not any(c.isdigit() for c in token) or token.isdigit() \
            or not any(c.isdigit() for c in token.replace(",", "")):
        return token
    grouped = "," in token
    if not (grouped or _AFTER.match(text, m.end())
            or len(token) >= 3 and _BOUND.search(text, max(0, m.start() - 12), m.start())):
        return token
    return token.replace("l", "1").replace("O", "0")
