"""A manual page kept as its troff source (`lambda.1`, rendered with `man ./lambda.1`), line for
line as markdown: read as the text it renders, not as its markup's words.

    .TH LAMBDA 1 "2024-03-02"          -> # LAMBDA
    .SH OPTIONS                        -> ## OPTIONS
    .TP                                -> (blank)
    .BI \\-\\-timeout " SECONDS"         -> --timeout SECONDS
    (default: 3; max 900 = 15 min)     -> - timeout: (default: 3 s; max 900 s = 15 min)

Read as plain text, ".BI \\-\\-memory\\-size" was an attribute "bi memory size", "\\fB429\\fR" a
"B 429", and every value under a tagged paragraph's tag was of no attribute. Here a request
that only sets fonts (.B, .I, .BR, .BI ...) is its words, font escapes (\\fB, \\fR) and
"\\-" are what they print, requests that only lay out (.PP, .br, .nf, .RS) are blank lines,
comments no notes; .TH is the page's title, .SH and .SS its sections, and a .TP tag with the
lines under it one entry, its tag what its description is about (formats/definitions.py), as
a plain manual page's (formats/man_page.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from studycli.formats.definitions import entry_lines

# a comment line: .\" or '\" (and \" at a line's start)
_COMMENT = re.compile(r"^(?:[.']\s*)?\\\"")
_REQUEST = re.compile(r"^[.']\s*([A-Za-z]{1,3})\b\s*(.*)$")
# requests that set a font for their arguments, alternating or not
_FONTS = frozenset({"B", "I", "R", "SM", "SB", "BR", "BI", "IB", "IR", "RB", "RI"})
_ALTERNATING = frozenset({"BR", "BI", "IB", "IR", "RB", "RI"})
_HEADINGS = {"TH": "#", "SH": "##", "SS": "###"}
# requests that start a new paragraph (ending a tagged one's description)
_BREAKS = frozenset({"TP", "PP", "P", "LP", "IP", "HP", "SH", "SS", "TH"})
# escapes and what they print: fonts print nothing, "\-" a minus, "\(em" a dash ...
_ESCAPES: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    (re.compile(r"\\f(?:\[[^\]]{0,20}\]|\(..|.)"), ""),
    (re.compile(r"\\\(em|\\\[em\]"), "—"),
    (re.compile(r"\\\(en|\\\[en\]"), "–"),
    (re.compile(r"\\\(bu|\\\[bu\]"), "•"),
    (re.compile(r"\\\(co|\\\[co\]"), "©"),
    # pandoc writes every apostrophe and quote as a named glyph
    (re.compile(r"\\\(aq|\\\[aq\]"), "'"),
    (re.compile(r"\\\((?:lq|rq|dq)|\\\[(?:lq|rq|dq)\]"), '"'),
    (re.compile(r"\\\(oq|\\\[oq\]"), "'"),
    (re.compile(r"\\~"), " "),  # an unbreakable space: "5\~GB" is 5 GB
    (re.compile(r"\\[&|^%:]"), ""),
    (re.compile(r"\\[- ]"), lambda m: m.group(0)[1]),
    (re.compile(r"\\e"), "\\\\"),
    (re.compile(r"\\\".*$"), ""),
]
# the evidence a note is troff source: its title request, or section requests
_TH = re.compile(r"^\.TH\s+\S")
_SH = re.compile(r"^\.S[HS]\s+\S")


def is_troff(lines: list[str]) -> bool:
    """Whether `lines` are a manual page's troff source: a .TH title among its first lines
    over a section (.SH or .SS), or three sections."""
    sections = sum(1 for line in lines if _SH.match(line))
    titled = any(_TH.match(line) for line in lines[:20])
    return (titled and sections >= 1) or sections >= 3


def rendered(text: str) -> str:
    """A line's text as troff prints it: escapes read."""
    for pattern, replacement in _ESCAPES:
        if "\\" not in text:
            break
        text = pattern.sub(replacement, text)
    return text


def _arguments(rest: str) -> list[str]:
    """A request's arguments: words, or quoted strings kept whole."""
    return [m.group(1) if m.group(1) is not None else m.group(2)
            for m in _ARGUMENT.finditer(rest)]


_ARGUMENT = re.compile(r'"([^"]*)"?|(\S+)')


def _line_text(line: str) -> tuple[str | None, str]:
    """(the request a line makes, or None for text; the words it prints)."""
    if _COMMENT.match(line):
        return "comment", ""
    request = _REQUEST.match(line)
    if not request:
        return None, rendered(line)
    name, rest = request.group(1), request.group(2)
    if name in _FONTS:
        args = _arguments(rest)
        joined = "".join(args) if name in _ALTERNATING else " ".join(args)
        return name, rendered(joined).strip()
    if name == "IP":
        # ".IP tag": a tagged paragraph, as .TP's; a bare ".IP" only indents
        args = _arguments(rest)
        return name, rendered(args[0]).strip() if args else ""
    if name in _HEADINGS:
        args = _arguments(rest)
        words = args[:1] if name == "TH" else args
        return name, rendered(" ".join(words)).strip()
    return name, ""


def _ends_entry(read: tuple[str | None, str]) -> bool:
    """Whether a line ends a tagged paragraph's description: a new paragraph or a comment.
    A bare ".IP" only indents the paragraph under the tag ("(default: 3600; max 43200)" on
    an option's second paragraph) and is the entry's still."""
    request, text = read
    if request == "IP" and not text:
        return False
    return request in _BREAKS or request == "comment"


def troff_to_markdown(lines: list[str]) -> list[str]:
    read = [_line_text(line) for line in lines]
    out: list[str] = []
    fill: int | None = None  # the output line the paragraph being filled opened on
    i = 0
    while i < len(lines):
        request, text = read[i]
        if request in _HEADINGS:
            out.append(f"{_HEADINGS[request]} {text}" if text else "")
            i += 1
        elif request in ("TP", "IP") and (text or request == "TP") and i + 1 < len(lines):
            if request == "TP":
                out.append("")
                i += 1
            else:
                read[i] = (None, text)  # ".IP tag": the tag is on the request's own line
            end = i + 1  # the tag's line, then its description up to the next paragraph
            while end < len(lines) and not _ends_entry(read[end]):
                end += 1
            tag, description = read[i][1], [t for _, t in read[i + 1:end]]
            if tag and description and description[0].strip():
                out.extend(entry_lines(tag, description))
            else:
                out.extend(t for _, t in read[i:end])
            i = end
        elif (request is None or request in _FONTS) and text.strip() and fill is not None:
            # troff fills a paragraph: "limits a session to" / ".B 1 hour" / "regardless
            # ..." is one sentence, its figure no line of its own (the other lines are left
            # blank, line for line)
            out[fill] = f"{out[fill]} {text.strip()}"
            out.append("")
            i += 1
            continue
        else:
            out.append(text)
            i += 1
            if (request is None or request in _FONTS) and text.strip():
                fill = len(out) - 1
                continue
        fill = None
    return out
