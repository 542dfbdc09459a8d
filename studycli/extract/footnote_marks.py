"""Footnotes cited by a superscript figure: "timeout default is short¹, max is 15 min²" under
"## Lambda config", and at the note's end "1. default timeout 3 seconds" or "¹ default timeout
3 seconds".

Read where it stands, a footnote took the service of the section above it (the last one of
the note): Lambda's /tmp size, environment variables and concurrency were SAM's, so "lambda
/tmp size" found nothing. A footnote that names no service of its own is about what the line
citing it is about, as pipeline's `[^n]` footnotes are, and is read under that line (its
words, "deployment pkg limits⁵", name the footnote's bare "50 MB zipped").

A footnote is a line opening with the superscript ("¹ ...") or a numbered item ("1. ...",
"1) ...") after the last line citing one, whose number a line before it cites; a superscript
after a unit ("m²") that no such line follows is left alone, and a numbered list before the
last citation is an ordinary list.
"""

from __future__ import annotations

import re

from studycli.extract.context import Context
from studycli.notes.blocks import Block

_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_DIGITS = str.maketrans(_SUPERSCRIPTS, "0123456789")
_ANY_SUPERSCRIPT = re.compile(f"[{_SUPERSCRIPTS}]")
# a citation: one or two superscript figures right after a word, a bracket or a figure's sign
_CITE = re.compile(r"(?<=[\w)\]%.,])([¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]?)(?![⁰¹²³⁴⁵⁶⁷⁸⁹])")
# a footnote: "¹ text", "- ¹ text", "1. text", "1) text"
_NOTE = re.compile(r"^\s*(?:[-*+]\s+)?(?:([¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]?)|(\d{1,2})[.)])\s*\S")


def footnotes_by_mark(jobs: list[tuple[Block, Context]], text: str
                      ) -> list[tuple[Block, Context]]:
    """`jobs` with each superscript footnote read in the context of the line citing it
    (`text`: the note as the blocks were read from, for a numbered item's number)."""
    if not any(_ANY_SUPERSCRIPT.search(block.text) for block, _ in jobs):
        return jobs  # most notes: no superscript (one scan per line, in C)
    from studycli.services import find_services

    lines = text.split("\n")
    cited: dict[str, tuple[str, str]] = {}  # number -> (service, citing text)
    last_cite = max((block.line for block, _ in jobs if _CITE.search(block.text)), default=0)
    out: list[tuple[Block, Context]] = []
    for block, ctx in jobs:
        number = _number(block, lines, last_cite)
        if number and number in cited and not find_services(block.text):
            service, citing = cited[number]
            ctx = Context(service, "", (citing, *ctx.ancestors))
        elif not number and ctx.service:
            for ref in _CITE.finditer(block.text):
                cited.setdefault(ref.group(1).translate(_DIGITS),
                                (ctx.service, _CITE.sub("", block.text)))
        out.append((block, ctx))
    return out


def _number(block: Block, lines: list[str], last_cite: int) -> str:
    """The footnote number `block` defines, "" if it is no footnote."""
    if not 0 < block.line <= len(lines):
        return ""
    m = _NOTE.match(lines[block.line - 1])
    if m is None:
        return ""
    if m.group(1):
        return m.group(1).translate(_DIGITS)
    return m.group(2) if block.line > last_cite else ""
