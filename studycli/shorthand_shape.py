"""The shape of a student's own shorthand for a name: all capitals with no vowel past the first
letter ("LMB", "DDB"), or camel case of short parts one of which is such a skeleton ("SecMgr",
"StepFn"), and whether one fits a name (its letters in order, from the first).

Stdlib only: the lookup fast path imports it (notes/service_shorthand.py reads a note's
shorthand at ingest; lookup/answer.py reads a line's opening one)."""

from __future__ import annotations

import re

MIN_LETTERS = 3
MAX_LETTERS = 8
_CAMEL = re.compile(r"[A-Z][a-z0-9]*|[a-z0-9]+")
# a line's first word, past indentation, a list mark, a heading's or quote's mark, emphasis
OPENER = re.compile(r"^[ \t]*(?:[-*+•]|\d{1,3}[.)]|#{1,6}|>)?[ \t]*[*_`]*"
                    r"(?P<tok>[A-Za-z][A-Za-z0-9]*)(?![A-Za-z0-9@&'_-])")
_WORD_START = re.compile(r"(?<![a-z0-9])[a-z0-9]")


def shaped(token: str) -> bool:
    """Written as a shorthand, not a word: all capitals with no vowel past the first letter
    ("LMB", "DDB"; not "EDIT", "PART", "SESSION": a heading's or a label's word), or camel
    case of short parts one of which is such a skeleton ("SecMgr", "StepFn"; not "ChatGPT",
    "DataSync")."""
    letters = sum(ch.isalpha() for ch in token)
    if not MIN_LETTERS <= letters <= MAX_LETTERS or len(token) > MAX_LETTERS:
        return False
    if token.isupper():
        return _skeleton(token)
    if not token[0].isupper() or token[1:].isupper() or token[1:].islower():
        return False
    parts = _CAMEL.findall(token)
    return all(len(p) <= 4 for p in parts) and any(len(p) >= 2 and _skeleton(p) for p in parts)


def _skeleton(word: str) -> bool:
    """No vowel past the first letter ("Mgr", "LMB", "Fn")."""
    return not any(ch in "aeiouy" for ch in word[1:].lower())


def parts_of(token: str) -> list[str]:
    """A shorthand's parts, lower-cased: one for all capitals ("lmb"), else its camel-case
    parts ("sec", "mgr")."""
    return [token.lower()] if token.isupper() else [p.lower() for p in _CAMEL.findall(token)]


def fits(parts: list[str], name: str) -> bool:
    """Whether a shorthand's parts are the name's letters in order, from its first, each part
    after the first opening a word of the name (L-M-B in "lambda", Sec-Mgr in "secrets
    manager")."""
    words = re.findall(r"[a-z0-9]+", name.lower())
    if not words or not parts or not parts[0] or parts[0][0] != words[0][0]:
        return False
    text = " ".join(words)
    at = 0
    for k, part in enumerate(parts):
        if k:  # a camel-case part opens a word at or after where the last one ended
            start = next((m.start() for m in _WORD_START.finditer(text, at)
                          if text[m.start()] == part[0]), None)
            if start is None:
                return False
            at = start
        for ch in part:
            at = text.find(ch, at)
            if at == -1:
                return False
            at += 1
    return True


def skeleton_prefix(low: str, alias: str) -> bool:
    """Whether an all-capitals shorthand ("lmb") is how its letters open a one-word name's
    skeleton (its first letter, then its consonants in order, none skipped: "lmbd" of
    "lambda", "apgw" of "apigw"). Letters picked anywhere in a name read acronyms as services:
    HDD was Health Dashboard, SWF and SMB Snow Family, DRS Data Firehose, SVM SAM."""
    if not alias.isalpha():
        return False
    skeleton = alias[0] + "".join(ch for ch in alias[1:] if ch not in "aeiouy")
    return skeleton.startswith(low)


def names(token: str, name: str) -> bool:
    """Whether the shorthand `token` stands for `name`: an all-capitals one by the name's
    skeleton (skeleton_prefix), a camel-case one by its parts (fits). Ingest and lookup ask
    the same question: they read "HDD" alike."""
    if token.isupper():
        return skeleton_prefix(token.lower(), name)
    return fits(parts_of(token), name)

