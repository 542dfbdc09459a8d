"""Digits a scan's text recognition misread as letters: handwriting OCR'd writes "1" as "l"
and "0" as "O" ("l00 MB", "max l6,000 IOPS", "16,OOO", "l MB/s") and "min" as "rnin"
("5 rnin"), so the figure was no number and its line no fact. A token of digits with "l" or
"O" among them is read as digits only where it can be nothing else: grouped by commas
("l0,000"), or before a unit or a thing counted ("l4 days", "l0 msgs"), or three characters or
more after a bound ("max l00", "= l00"). Never a capital "I" ("IO1" is a volume type), a
token led by "O", nor a short one standing alone ("l4 + l7" are layers 4 and 7).
A two-character one ("l5 rnin", "l0 msgs") only in a text that shows a scan's hand ("rnin"
after a figure, an "O" among digits, a misread figure grouped by commas, or two misread
figures or more), and "l1" to "l7" only before a unit of time, size or rate: they name layers
and cache levels ("ALB: l7 rules", "NLB handles l4 connections", "l2 nodes")."""

from __future__ import annotations

import re

_TOKEN = re.compile(r"(?<![\w.,])[1-9l][0-9lO]*(?:,[0-9lO]{3})*(?![\w])")
_LONE_L = re.compile(
    r"(?<![\w.,/-])l(?=[ \t]*(?:[KMGT]B|[KMG]bps|sec|min|rnin|ms|hrs?|hours?|days?)\b)")
_RNIN = re.compile(r"(?<=\d)([ \t]*)rnins?\b")
_UNIT_AFTER = (
    r"[ \t]*(?:[kmgtp]i?b\b|bytes?\b|[kmg]bps\b|ms\b|secs?\b|seconds?\b|mins?\b|minutes?\b|"
    r"rnins?\b|hrs?\b|hours?\b|days?\b|weeks?\b|months?\b|years?\b|%)")
_UNIT = re.compile(_UNIT_AFTER, re.IGNORECASE)
_AFTER = re.compile(
    _UNIT_AFTER + r"|[ \t]*(?:"
    r"msgs?\b|messages?\b|records?\b|rec/s|req/s|requests?\b|parts?\b|iops\b|attempts?\b|"
    r"items?\b|rules?\b|instances?\b|inst\b|connections?\b|replicas?\b|nodes?\b)", re.IGNORECASE)
_BOUND = re.compile(r"(?:\bmax|\bmin|\bdefault|\bup to|[=:<>])[ \t]*$", re.IGNORECASE)
# where a misread figure may be: a digit beside an "l" or "O" (a token is found from there,
# not by trying _TOKEN at every "l" of the note: that scanned a note at a fifth of the speed)
# (two patterns, each opening with "l" or "O": one alternating both scans at half the speed)
_HIT_AFTER = re.compile(r"[lO](?:(?<=\d[lO])|(?<=\d,[lO]))")
_HIT_BEFORE = re.compile(r"[lO],?\d")
_RNIN_SAID = re.compile(r"[\dl][ \t]*rnins?\b")
_TOKEN_CHARS = frozenset("0123456789lO,")
_LAYER = re.compile(r"l[1-7]")


def repair_ocr_digits(text: str) -> str:
    """`text` with each misread figure written in digits, and "rnin" after one as "min"."""
    rnin = "rnin" in text and _RNIN_SAID.search(text) is not None
    tokens = _tokens(text)
    lone = [m.start() for m in _LONE_L.finditer(text)] if tokens or rnin else []
    if not (tokens or rnin):
        return text
    misread = [m.group() for m in tokens if _digits(m, text, True) != m.group()]
    scanned = rnin or len(misread) + len(lone) >= 2 \
        or any(len(t) > 2 and ("O" in t or "," in t) for t in misread)
    out: list[str] = []
    done = 0
    for m in tokens:
        out += (text[done:m.start()], _digits(m, text, scanned))
        done = m.end()
    text = "".join(out) + text[done:]
    if scanned:  # "l MB/s": a lone "l" is a figure only on a page that shows a scan's hand
        text = _LONE_L.sub("1", text)
    return _RNIN.sub(r"\1min", text) if rnin else text


def _tokens(text: str) -> list[re.Match[str]]:
    """The tokens of digits with an "l" or "O" among them, in order."""
    found: list[re.Match[str]] = []
    after = 0
    hits = sorted({m.start() for m in _HIT_AFTER.finditer(text)}
                  | {m.start() for m in _HIT_BEFORE.finditer(text)})
    for hit in hits:
        if hit < after:
            continue
        start = hit
        while start > 0 and text[start - 1] in _TOKEN_CHARS:
            start -= 1
        m = _TOKEN.match(text, start)
        if m is not None and m.end() > hit:
            found.append(m)
            after = m.end()
        else:
            after = hit + 1
    return found


def _digits(m: re.Match[str], text: str, scanned: bool) -> str:
    token = m.group()
    if not any(c.isdigit() for c in token) or token.isdigit() \
            or not any(c.isdigit() for c in token.replace(",", "")):
        return token
    if len(token) == 2 and not scanned:
        return token  # a typed note's "l0 msgs" is as its writer meant it
    if _LAYER.fullmatch(token) and not _UNIT.match(text, m.end()):
        return token  # "l7 rules", "l4 connections": layers
    grouped = "," in token
    if not (grouped or _AFTER.match(text, m.end())
            or len(token) >= 3 and _BOUND.search(text, max(0, m.start() - 12), m.start())):
        return token
    return token.replace("l", "1").replace("O", "0")
