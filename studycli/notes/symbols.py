"""Cram-sheet notation read as the words the parser knows.

Symbol-dense notes write bounds as maths: "targets ≤ 5 per rule", "1 min ≤ t ≤ 14 d",
"λ t_max = 900 s". The quantity reader takes "≤" before a size or a duration as a maximum,
but read as written:
- a bound on a bare count was no fact ("LSI ≤ 5 per table", "users/acct ≤ 5000": no "max"
  before the count, and a count has no unit to say it is one);
- a quantity boxed in by two bounds ("50 ms ≤ t ≤ 29 s") gave its lower end as a default
  (a confident wrong answer: "integration timeout default 50 ms");
- "λ" (Lambda's logo, a cram sheet's name for it) was no service, so its lines were filed
  under whatever service the page named last.

Here "A ≤ x ≤ B" becomes the range "A – B" (its variable kept where it is a name, "0 ≤ TTL ≤
3600 s" is "TTL 0 – 3600 s", and dropped where it is a letter or two, "t", "vt"), "≤ N" ("<=")
after a word becomes "max N" and "≥ N" (">=") "min N" where N is a count (before a size, a
duration or a rate the quantity reader takes the symbol as it is), and a "λ" standing alone
(no Greek letter beside it: "λεπτά" is Greek) becomes "Lambda". Left as written: "<" and
">" (an arrow's "<->", "->", a condition's "payload > 6 MB"), "≤" after a figure with no
second bound ("5 ≤ n": which bound of what?), "~" and "≈" (approximate: the quantity reader
keeps them), "×" (a multiplier: "retries 2×").
Every rewrite stays on its line: line N of the output is line N of the note.
"""

from __future__ import annotations

import re

_NUMBER = r"\d[\d,]*(?:\.\d+)?"
_QUANTITY = rf"{_NUMBER}(?:[ \t]?[A-Za-z%/]{{1,8}})?"
_LE = r"(?:≤|<=)(?!>)"
# "1 min ≤ t ≤ 14 d", "0 ≤ TTL ≤ 3600 s", "128 MB ≤ m ≤ 10,240 MB": one name between two
# figures, each bounded; the name a word or two of letters (a subscript's "_" too)
_BOXED = re.compile(
    rf"(?<![\w.,])({_QUANTITY})[ \t]*{_LE}[ \t]*([A-Za-z][\w]*(?:[ \t][A-Za-z][\w]*)?)"
    rf"[ \t]*{_LE}[ \t]*({_QUANTITY})(?![\w])")
# a bound after a word (or its colon, a comma, a bracket) and before a figure
_BOUND = re.compile(r"(?<=[A-Za-z)\](:,;])([ \t]*)(≤|<=(?!>)|≥|>=)[ \t]*(?=\d)")
_WORDS = {"≤": "max", "<=": "max", "≥": "min", ">=": "min"}
# a figure with a unit of size, time, share or rate after it: the quantity reader reads a
# bound before it already ("zip ≤ 50 MB"), and a condition's ("lasts ≥ 5 min") is left to it
_MEASURED = re.compile(
    r"[\d,.]+[ \t]?(?:[KMGTP]i?B\b|B\b|bytes?\b|[KMGTP]o\b|ms\b|s\b|secs?\b|seconds?\b|"
    r"mins?\b|minutes?\b|h\b|hrs?\b|hours?\b|d\b|days?\b|wks?\b|weeks?\b|mo\b|months?\b|"
    r"yrs?\b|years?\b|chars?\b|characters?\b|%|[KMGT]bps\b|/|[×x](?!\w))", re.IGNORECASE)
# a figure and the thing it counts after it ("(≤ 8 healthy records)")
_COUNTED = re.compile(r"[\d,.]+[ \t]+[A-Za-z]")
_VARIABLE_CHARS = 2  # "t", "vt", "d": a letter or two stand for the line's quantity
_LAMBDA = re.compile(r"(?<![\u0370-\u03ff\u1f00-\u1fff])λ(?![\u0370-\u03ff\u1f00-\u1fff])")


def read_symbols(text: str) -> str:
    """`text` with its bounds written as symbols ("≤", "≥", "<=", ">=") and its "λ" in words."""
    if not any(sign in text for sign in ("≤", "≥", "<=", ">=", "λ")):
        return text  # most notes: nothing to read
    if "λ" in text:
        text = _LAMBDA.sub("Lambda", text)
    if "≤" in text or "<=" in text:
        text = _BOXED.sub(_boxed, text)
    if "≤" in text or "≥" in text or "<=" in text or ">=" in text:
        text = _BOUND.sub(_bound, text)
    return text


def _bound(m: re.Match[str]) -> str:
    if _MEASURED.match(m.string, m.end()):
        return m.group(0)  # a size, a duration, a rate: read as written
    if m.start() and m.string[m.start() - 1] == "(" and not _COUNTED.match(m.string, m.end()):
        # "annotations indexed (≤ 50)": a remark on the words before it, which count nothing
        # (read as a bound, it took the unit of the line's other figure: "max 50 KB")
        return m.group(0)
    gap = m.group(1) or ("" if m.string[m.start() - 1] == "(" else " ")  # "(max 8", "rules max"
    return f"{gap}{_WORDS[m.group(2)]} "


def _boxed(m: re.Match[str]) -> str:
    low, name, high = m.group(1), m.group(2), m.group(3)
    if len(name.replace("_", "")) <= _VARIABLE_CHARS:
        return f"{low} – {high}"
    return f"{name} {low} – {high}"
