"""`studycli search`: the lines of a note section whose heading says the words searched.

A student searching a service expects its section: under "## Aurora", "- Up to 15 read
replicas" never says "Aurora", and `search aurora` showed only the heading and the lines
that name it. The lines of a markdown section (down to the next heading of its level or
above, its subsections included) whose heading says every word searched are added after
the lines that say the words themselves (they rank below them), each marked with the heading
that matched, a few per section so that one long section cannot flood the results.
lookup/search_section.py does the same for a line that says some of the words itself.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from studycli.lookup.search import SearchHit, SearchResult
from studycli.store import note_lines

PER_SECTION = 5      # a section's lines shown at most: its heading is shown, the note at hand
MAX_HEADINGS = 20    # headings read per search
SECTION_READ = 200   # lines read after a heading to find where its section ends
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")


@dataclass
class HeadingHit(SearchHit):
    """A line found by its section's heading, not by its own words."""
    heading: str = ""

    def to_dict(self) -> dict:
        return {**super().to_dict(), "heading": self.heading}


def add_section_lines(conn: sqlite3.Connection, result: SearchResult, limit: int) -> None:
    """Append to `result.hits`, up to `limit` hits in all, the lines under a heading that says
    every searched word which are not hits already."""
    room = limit - len(result.hits)
    if room <= 0 or not result.hits or not result.every_word or not result.searched:
        return
    shown = {(h.source, h.line) for h in result.hits}
    added: list[SearchHit] = []
    for source, line, text in note_lines.headings(conn, _match(result), MAX_HEADINGS):
        heading = _HEADING.match(text)
        if heading is None:
            continue
        level, title = len(heading.group(1)), heading.group(2).strip()
        taken = 0
        for n, body in _section(conn, source, line, level):
            if taken >= PER_SECTION or len(added) >= room:
                break
            if (source, n) in shown:
                continue
            shown.add((source, n))
            added.append(HeadingHit(source, n, body, [], 0.0, heading=title))
            taken += 1
        if len(added) >= room:
            break
    result.hits.extend(added)


def _match(result: SearchResult) -> str:
    """Every searched word, as search_notes searched it (a service's other names too)."""
    terms = []
    for word in result.searched:
        names = [word, *result.widened.get(word, [])]
        quoted = [f'"{n}"' for n in names]
        terms.append(quoted[0] if len(quoted) == 1 else "(" + " OR ".join(quoted) + ")")
    return " AND ".join(terms)


def _section(conn: sqlite3.Connection, source: str, line: int, level: int
             ) -> list[tuple[int, str]]:
    """The lines under a heading of `level`, up to the next heading of that level or above."""
    out = []
    for n, text in note_lines.lines_after(conn, source, line, SECTION_READ):
        heading = _HEADING.match(text)
        if heading is not None and len(heading.group(1)) <= level:
            break
        if heading is None:  # a subheading is no line of notes; its lines are
            out.append((n, text))
    return out
