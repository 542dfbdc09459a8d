"""Web addresses laid out so that they can still be opened: never cut, never folded by us.

A URL folded onto two lines (what Rich does to a long word) cannot be clicked or copied
whole, and half of the AWS pages the reference cites are longer than 80 columns. So a URL
goes where it fits: on its own row at the text's indent, or, when it is longer than that
room, on a line of its own from column 0 that the terminal wraps (a terminal's own wrap
keeps it one line: clickable, and copied without a break). Inside a panel or a wrapped
paragraph a URL is replaced by a numbered mark, "[1]", and printed whole under the panel:
after "[1] " when both fit, else under the mark, from column 0.

Standard library only: the lookup fast path lays out its URLs with `place` without Rich.
"""

from __future__ import annotations

import re

from studycli.lazy_regex import lazy_compile

# Up to the first space or bracket; a full stop, comma or quote after it ends a sentence.
URL = lazy_compile(r"https?://[^\s()<>\[\]{}\"']*[^\s()<>\[\]{}\"'.,;:!?]")


def place(url: str, indent: int, width: int) -> str:
    """`url` indented by `indent` when it fits in `width`, else by as much as leaves it whole
    on the line (an "! outdated" page under an Other matches entry went back to column 0,
    away from its match, for want of a column or two), else from column 0 (whole)."""
    return " " * max(0, min(indent, width - len(url))) + url


def footnote(text: str, pages: list[str], label: str = "") -> str:
    """`text` with each URL in it replaced by "[n]", n its place in `pages` (added when new),
    so a paragraph wraps cleanly and the addresses are printed whole elsewhere. `label`
    goes before n ("[link 1]") where "[1]" already marks another list's pages."""
    def mark(match: re.Match) -> str:
        url = match.group()
        if url not in pages:
            pages.append(url)
        return f"[{label}{pages.index(url) + 1}]"

    return URL.sub(mark, text)


def footnote_lines(pages: list[str], indent: int, width: int, label: str = "") -> list[str]:
    """"[1] https://…" lines for `pages`, at `indent`. When the marker and its address do not
    fit in `width` together, the marker goes on a line of its own and the address on the
    next, from column 0 (see `place`): after a "[1] " prefix, a terminal's wrap would break
    the address mid-name at the edge, and a copied or clicked address would be cut."""
    lines: list[str] = []
    for n, url in enumerate(pages, start=1):
        mark = " " * indent + f"[{label}{n}]"
        if len(mark) + 1 + len(url) <= width:
            lines.append(f"{mark} {url}")
        else:
            lines += [mark, url]
    return lines
