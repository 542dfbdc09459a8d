"""Text a note has taken back, in the markups students strike text with: HTML's
"<del>64 KB</del> 256 KB" (also <s>, <strike>), BBCode's "[s]5 min[/s] 15 min" (also
[strike], [del]) and CriticMarkup's deletion "{--7 days--}{++14 days++}" and substitution
"{~~5 min~>15 min~~}" (two study partners editing one note). The struck part is the
student's own correction: it is dropped before the note is read, so that no fact, quiz card
or lookup answer gives the old value (GFM's "~~5 TB~~ 5 GB" is dropped the same way by
notes/normalize.py). Inserted text ("{++14 days++}") is kept without its marks. A fact's
snippet is stored as written, struck value included; every view of it (sanitize.readable:
quiz, facts, cards, lookup, exam, the `search` index) drops the struck part, GFM's "~~x~~"
included (`shown_without_struck`).

Line for line: a struck part that spans lines leaves its line breaks, so every fact keeps
its line number; an edit's new text wrapped over lines is read on the line the edit opens.
Here, not in notes/: the views (sanitize.readable) import it on the everyday commands' fast
paths, which must not import the parser's package (tests/test_reliability_startup.py).
Without this, "max {~~5 min~>15 min~~}" taught Lambda's maximum timeout as 5 min, and
"<del>7 days</del> 14 days" was read as two values and gave none."""

from __future__ import annotations

import re

from studycli.lazy_regex import lazy_compile

# compiled on first use: sanitize.readable imports this on the fast paths for any line
# with a "[" or "{"
# a struck span is short (a figure, a phrase): bounded, so an unclosed mark costs little
_HTML_STRUCK = lazy_compile(r"<(del|s|strike)(?:\s[^<>]{0,200})?>([^<]{0,500})</\1\s*>",
                          re.IGNORECASE)
_BBCODE_STRUCK = lazy_compile(r"\[(s|strike|del)\]([^\[]{0,500})\[/\1\]", re.IGNORECASE)
_CRITIC_DELETED = lazy_compile(r"\{--((?:(?!--\}).){0,500}?)--\}", re.DOTALL)
_CRITIC_INSERTED = lazy_compile(r"\{\+\+((?:(?!\+\+\}).){0,500}?)\+\+\}", re.DOTALL)
_CRITIC_SUBSTITUTED = lazy_compile(r"\{~~((?:(?!~>|~~\}).){0,500}?)~>((?:(?!~~\}).){0,500}?)~~\}",
                                 re.DOTALL)
_MARKS = ("<", "[", "{--", "{++", "{~~")
# GFM's strike as notes/normalize.py drops it when reading a line (code lines excepted there)
GFM_STRUCK = lazy_compile(r"(?<!~)~~(?=[^\s~])[^~\n]*?(?<=[^\s~])~~(?!~)\s*")


def drop_taken_back(text: str) -> str:
    """`text` without the parts its markup strikes (their line breaks kept) and with
    CriticMarkup's insertions and substitutions as their new text."""
    if not any(mark in text for mark in _MARKS):
        return text
    if "{~~" in text:
        text = _CRITIC_SUBSTITUTED.sub(lambda m: _joined(m.group(2), m.group(1)), text)
    if "{--" in text:
        text = _CRITIC_DELETED.sub(lambda m: _breaks(m.group(1)), text)
    if "{++" in text:
        text = _CRITIC_INSERTED.sub(lambda m: _joined(m.group(1)), text)
    if "<" in text and "</" in text:
        text = _HTML_STRUCK.sub(lambda m: _breaks(m.group(2)), text)
    if "[/" in text:
        text = _BBCODE_STRUCK.sub(lambda m: _breaks(m.group(2)), text)
    return text


def shown_without_struck(text: str) -> str:
    """A note line as a view shows it: `drop_taken_back`, and GFM's "~~7 days~~ 365 days"
    too, which the parser drops in notes/normalize.py (a view left "~~7 days~~" showing, a
    terminal printing it plain: the struck value read as current)."""
    text = drop_taken_back(text)
    return GFM_STRUCK.sub("", text) if "~~" in text else text


def _joined(new: str, struck: str = "") -> str:
    """The new text of an edit on the line the edit opens on (an edit wrapped over two lines,
    "{~~max wait 10 s~>max wait\n20 s~~}", reads as one line: "max wait 20 s"), then every
    line break of the edit, so that the lines below keep their numbers."""
    breaks = struck.count("\n") + new.count("\n")
    return new.replace("\n", " ") + "\n" * breaks


def _breaks(struck: str) -> str:
    """What is left of a struck part: its line breaks (each fact keeps its line number), or a
    space, so that the words either side of it stay apart."""
    return "\n" * struck.count("\n") or " "
