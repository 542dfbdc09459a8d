"""Footnotes cited by a superscript figure: "timeout default is short¹, max is 15 min²" under
"## Lambda config", and at the note's end "1. default timeout 3 seconds" or "¹ default timeout
3 seconds".

Read where it stands, a footnote took the service of the section above it (the last one of
the note): Lambda's /tmp size, environment variables and concurrency were SAM's, so "lambda
/tmp size" found nothing. A footnote that names no service of its own is about what the line
citing it is about, as pipeline's `[^n]` footnotes are, and is read under that line (its
words, "deployment pkg limits⁵", name the footnote's bare "50 MB zipped").

A footnote is a line opening with the superscript ("¹ ...") or a numbered item ("1. ...",
"1) ...") after the last line citing one, whose number a line before it cites; it answers the
nearest such line (a note may number its footnotes afresh in each section), once. A numbered
item is a footnote only in a block of footnotes a rule ("---") or a "Notes" line opens after
that line: anything else between (a heading in any style: "## Kinesis" / "1. retention
default 24 hours") makes it the section's own list. A superscript after a unit ("m²") that no
such line follows is left alone, and a numbered list before the last citation is an ordinary
list.
"""

from __future__ import annotations

import re

from studycli.extract.context import Context
from studycli.notes.blocks import Block

# a markdown footnote's definition, "[^12]: 1 MB/s or 1,000 records/s in" (pipeline reads
# whose it is; compared_heading takes the first for the start of a note's end matter)
FOOTNOTE_DEF = re.compile(r"^\W{0,3}\[\^([^\]\s]{1,20})\]:")
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_DIGITS = str.maketrans(_SUPERSCRIPTS, "0123456789")
_ANY_SUPERSCRIPT = re.compile(f"[{_SUPERSCRIPTS}]")
# a citation: one or two superscript figures right after a word, a bracket or a figure's sign;
# never right after a digit, where a superscript is an exponent ("2¹⁰ partitions", "10⁶")
_CITE = re.compile(r"(?<=[^\W\d]|[)\]%.,])([¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]?)(?![⁰¹²³⁴⁵⁶⁷⁸⁹])")
# a footnote: "¹ text", "- ¹ text", "1. text", "1) text"
_NOTE = re.compile(r"^\s*(?:[-*+]\s+)?(?:([¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]?)|(\d{1,2})[.)])\s*\S")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
_RULE = re.compile(r"^\s{0,3}(?:-{3,}|\*{3,}|_{3,})\s*$")
# a line or heading that opens a note's footnotes
_NOTES_OPEN = re.compile(r"^\W*(?:foot\s*notes?|notes?|references?|sources?)\W*$", re.I)


def footnotes_by_mark(jobs: list[tuple[Block, Context]], text: str
                      ) -> list[tuple[Block, Context]]:
    """`jobs` with each superscript footnote read in the context of the line citing it
    (`text`: the note as the blocks were read from, for a numbered item's number)."""
    if not any(_ANY_SUPERSCRIPT.search(block.text) for block, _ in jobs):
        return jobs  # most notes: no superscript (one scan per line, in C)
    from studycli.services import find_services

    lines = text.split("\n")
    cited: dict[str, tuple[str, str, int]] = {}  # number -> (service, citing text, its line)
    last_cite = max((block.line for block, _ in jobs if _CITE.search(block.text)), default=0)
    out: list[tuple[Block, Context]] = []
    for block, ctx in jobs:
        number = _number(block, lines, last_cite)
        if number and number in cited and not find_services(block.text) \
                and _still_footnotes(lines, cited[number][2], block.line):
            service, citing, _ = cited.pop(number)  # read once: a later "1." is no footnote
            ctx = Context(service, "", (citing, *ctx.ancestors))
        elif not number and ctx.service:
            for ref in _CITE.finditer(block.text):
                # the nearest citation of a number is the one its footnote answers: a note
                # whose sections number their footnotes afresh cites "¹" in each
                cited[ref.group(1).translate(_DIGITS)] = (
                    ctx.service, _CITE.sub("", block.text), block.line)
        out.append((block, ctx))
    return out


def _still_footnotes(lines: list[str], cite: int, line: int) -> bool:
    """Whether a footnote at `line` can answer the citation at `cite`: a "¹ ..." line always
    can; a numbered item only in a block of footnotes that a rule ("---") or a "Notes" /
    "Footnotes" / "References" line (a heading, or a line of that word alone) opens after the
    citation, with nothing but footnotes and blank lines after it. Whatever else stands
    between (a heading in any style, "== KINESIS", "Kinesis Data Streams:", a bold line, a
    "Notes:" label inside a section) makes a numbered item that section's own list: under it
    "1. retention default 24 hours" is Kinesis's, not Lambda's footnote."""
    if lines[line - 1].lstrip(" \t-*+")[:1] in _SUPERSCRIPTS:
        return True
    opened = False
    for text in lines[cite:line - 1]:
        if _RULE.match(text) or _opens_notes(text):
            opened = True
        elif text.strip() and not _NOTE.match(text) and not text[:1].isspace():
            opened = False
    return opened


def _opens_notes(text: str) -> bool:
    """Whether `text` heads a note's footnotes: "## Notes", "## References:", or "Notes" /
    "**Footnotes**" alone on its line. "Notes:" that is no heading is a section's own label
    ("## Kinesis" / "Notes:" / "1. retention default 24 hours")."""
    if _HEADING.match(text):
        return bool(_NOTES_OPEN.match(text.lstrip().lstrip("#").strip()))
    return bool(_NOTES_OPEN.match(text.strip())) and not text.rstrip().endswith(":")


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
