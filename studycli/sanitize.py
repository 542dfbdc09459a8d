"""Text from notes and file names made safe for a terminal: the one sanitizer every renderer uses.

A shared note is untrusted input. Printed raw, an escape sequence in it could clear the
screen, retitle the window, plant an OSC 8 link or write the clipboard (OSC 52), and a bidi
override could make a line read differently from what it says. Standard library only, so
the fast paths (lookup, quiz) can use it without importing Rich.

Whole escape sequences are removed (so no "[2J" debris is left behind); any other control
character (C0 except newline and tab, DEL, C1) becomes a space (a vertical tab or form feed
from Word or pdftotext separates words: "baseline\x0b3000 IOPS" must not read
"baseline3000"); the bidi controls are removed.
"""

from __future__ import annotations

import re

from studycli.lazy_regex import lazy_compile

_SEQUENCE = (
    r"\x1b\[[0-?]*[ -/]*[@-~]?"            # CSI (cursor, colour, clear screen)
    r"|\x1b\][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # OSC (title, hyperlink, clipboard)
    r"|\x1b[PX^_][^\x1b\x9c]*(?:\x1b\\|\x9c)?"       # DCS, SOS, PM, APC strings
    r"|\x1b[ -/]*[0-~]?"                    # other escapes (ESC c resets the terminal)
    r"|\x9b[0-?]*[ -/]*[@-~]?"              # 8-bit CSI
    r"|[\x9d\x90\x98\x9e\x9f][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # 8-bit OSC/DCS/SOS/PM/APC
)
_CONTROLS = r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
_UNSAFE = re.compile(f"{_SEQUENCE}|{_CONTROLS}")
# The characters json.dumps(ensure_ascii=False) leaves raw but a terminal may act on.
_JSON_UNSAFE = lazy_compile(r"[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def safe_text(text: str) -> str:
    """`text` with every escape sequence and bidi control removed and every other control
    character made a space (newlines and tabs are kept)."""
    return _UNSAFE.sub(_replacement, text) if _UNSAFE.search(text) else text


def _replacement(m: re.Match) -> str:
    found = m.group()
    return " " if len(found) == 1 and _C0_C1.fullmatch(found) else ""


_C0_C1 = re.compile(r"[\x00-\x08\x0b-\x1a\x1c-\x1f\x7f-\x8f\x91-\x97\x99-\x9c]")


def is_safe(text: str) -> bool:
    return _UNSAFE.search(text) is None


def safe_json(data, **dumps_args) -> str:
    """JSON text that is safe to print: the data is unchanged (json.loads gives it back), but
    DEL, C1 and bidi controls are written as \\uXXXX escapes, as C0 controls already are."""
    import json  # here: the lookup fast path prints text without importing json

    text = json.dumps(data, ensure_ascii=False, **dumps_args)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


# HTML a note may carry (pasted from a web page or exported from a wiki or Anki): shown as the
# text a reader of the page saw. Only known tag names, so "<bucket-name>" or "<=256KB" in a
# note stays as written; only entities ending in ";", so "?a=1&para=2" is not read as "¶".
_HTML_TAGS = ("a|abbr|b|big|blockquote|body|br|caption|center|code|col|colgroup|dd|del|div|dl|"
              "dt|em|font|h[1-6]|head|hr|html|i|img|ins|kbd|li|mark|ol|p|pre|s|small|span|"
              "strike|strong|sub|sup|table|tbody|td|tfoot|th|thead|tr|tt|u|ul")
_BREAK = lazy_compile(r"<br\s*/?>", re.IGNORECASE)
_CELL_END = lazy_compile(r"</t[dh]>\s*(?=<t[dh][\s>])", re.IGNORECASE)  # between two cells
_TAG = lazy_compile(rf"</?(?:{_HTML_TAGS})(?:\s[^<>]*)?/?>", re.IGNORECASE)
_BLOCK = ("p", "div", "td", "th", "tr", "li", "h", "table", "dd", "dt", "blockquote", "pre")
_ENTITY = lazy_compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
_SPACES = lazy_compile(r"[ \u00a0]{2,}")


def readable(text: str) -> str:
    """A note line's HTML shown as text: line breaks as "; ", table cells apart as " | ",
    other tags removed (a paragraph or row boundary as a space), entities decoded ("&nbsp;"
    a plain space). Text the line strikes ("<del>64 KB</del> 256 KB", "[s]5 min[/s]",
    "{~~5 min~>15 min~~}", "~~7 days~~") is dropped first, as the parser drops it
    (studycli/taken_back.py): left in with its tags removed, "64 KB 256 KB" showed the struck
    value as if current.
    Line for line: the result has no newline the input lacked. A line whose "&" or "<" is
    plain text ("C++ & Rust", "<=256KB") comes back as written."""
    if ("<" not in text and "&" not in text and "[" not in text and "{" not in text
            and "~~" not in text):
        return text
    from studycli.taken_back import shown_without_struck  # stdlib only: fast paths too

    out = shown_without_struck(text)
    if "<" not in out and "&" not in out and out == text:
        return text
    out = _BREAK.sub("; ", out)
    out = _CELL_END.sub(" | ", out)
    out = _TAG.sub(lambda m: " " if m.group().lower().lstrip("</").startswith(_BLOCK)
                   else "", out)
    if "&" in out:
        if _ENTITY.search(out):  # html's import (its 2,231 entity names) for an entity only:
            import html  # an exam over notes saying "S3 & Glacier" had imported it

            # "&#27;" must not become an escape byte, nor "&#10;" split the line
            out = _ENTITY.sub(lambda m: safe_text(html.unescape(m.group())).replace("\n", " "),
                              out)
        out = out.replace("\u00a0", " ")
    if out == text:
        return text
    indent = text[:len(text) - len(text.lstrip(" \t"))]  # a nested bullet keeps its indent
    return indent + _SPACES.sub(" ", out.strip(" "))


_CELL_TAB = re.compile(r"[ ]*\t[\t ]*")


def cells_apart(text: str) -> str:
    """A tab-separated row (a TSV, Anki or Quizlet export) shown with its cells apart, as " | ":
    a terminal's tab stops scattered them and wrapped the row mid-cell. A leading tab is the
    line's indent and stays."""
    body = text.lstrip("\t ")
    if "\t" not in body.rstrip("\t "):
        return text
    return text[:len(text) - len(body)] + _CELL_TAB.sub(" | ", body.rstrip("\t "))


def shown_line(text: str) -> str:
    """A note line as a renderer shows it: its HTML as text (readable) and a tab-separated
    row's cells apart (cells_apart)."""
    return cells_apart(readable(text))


_EMPHASIS = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|`([^`]+)`")


def unmarked(text: str) -> str:
    """A note line as read, not as typed: markdown's bold and code marks taken off
    ("a **24-hour** window", "`DelaySeconds`"), the words kept."""
    if "*" not in text and "`" not in text:
        return text
    return _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), text)
