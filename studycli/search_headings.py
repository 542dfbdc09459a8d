"""`studycli search`: the lines of a note section whose heading says the words searched.

A student searching a service expects its section: under "## Aurora", "- Up to 15 read
replicas" never says "Aurora", and `search aurora` showed only the heading and the lines
that name it. The lines of a markdown section (down to the next heading of its level or
above, its subsections included) whose heading says every word searched are added after
the lines that say the words themselves (they rank below them), each marked with the heading
that matched, a few per section so that one long section cannot flood the results.
lookup/search_section.py does the same for a line that says some of the words itself.
A code fence's lines are neither headings ("# create the aurora cluster" is a shell comment)
nor lines of a section, and a note's lone "# title" is not expanded: it names the whole note.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from studycli.fences import in_fence_mask
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
    notes: dict[str, _Note] = {}
    for source, line, text in note_lines.headings(conn, _match(result), MAX_HEADINGS):
        if source not in notes:
            notes[source] = _Note.read(conn, source)
        note = notes[source]
        at = note.index.get(line)
        heading = _HEADING.match(text)
        if heading is None or at is None or note.fenced[at]:
            continue  # a "# comment" in a code block is no heading
        level, title = len(heading.group(1)), heading.group(2).strip()
        if level == 1 and note.titles == 1:
            continue  # the note's title ("# DVA cram sheet: Lambda / SQS"): all of its lines
        taken = 0
        for n, body in note.section(at, level):
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


@dataclass
class _Note:
    """A note's stored lines, with which are in a code fence (a fence's "# create the
    cluster" is a shell comment, not a heading, and its code is no line of a section)."""
    lines: list[tuple[int, str]]
    fenced: list[bool]
    index: dict[int, int]   # line number -> position in `lines`
    titles: int             # level-1 headings outside fences: a lone one is the note's title

    @classmethod
    def read(cls, conn: sqlite3.Connection, source: str) -> _Note:
        lines = note_lines.lines_after(conn, source, 0, -1)  # -1: no limit
        fenced = in_fence_mask([text for _, text in lines])
        titles = sum(1 for (_, text), f in zip(lines, fenced, strict=True)
                     if not f and (h := _HEADING.match(text)) and h.group(1) == "#")
        return cls(lines, fenced, {n: i for i, (n, _) in enumerate(lines)}, titles)

    def section(self, at: int, level: int) -> list[tuple[int, str]]:
        """The lines under the heading at position `at` of `level`, up to the next heading
        of that level or above (SECTION_READ lines read at most), fenced lines left out."""
        out = []
        for i in range(at + 1, min(at + 1 + SECTION_READ, len(self.lines))):
            if self.fenced[i]:
                continue
            n, text = self.lines[i]
            heading = _HEADING.match(text)
            if heading is not None and len(heading.group(1)) <= level:
                break
            if heading is None:  # a subheading is no line of notes; its lines are
                out.append((n, text))
        return out
