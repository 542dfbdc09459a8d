"""A plain-text note made of titled paragraphs: "STORAGE GATEWAY" or "Trusted Advisor:" on its
own line after a blank one, the lines of its paragraph straight under it at the margin, the
next paragraph opening with the next such title. Each title is made a heading over its
paragraph: left as text, the title was one line of its paragraph and every line after a line
naming another service in passing took that one ("core checks: S3 bucket permissions ..."
under "Trusted Advisor:" gave S3 the refresh interval and the rest of the paragraph; "S3 File
Gateway -> ..." gave S3 the cached volume size under "STORAGE GATEWAY")."""

from __future__ import annotations

import re

from studycli.notes.plain_sections import HEADING, UNDERLINE, part_of
from studycli.services import find_services

# a few words, no number but a service name's, no sentence's end ("STORAGE GATEWAY", "DIRECT
# CONNECT (DX)", "Trusted Advisor:", "ROUTE 53", "S3")
_TITLE = re.compile(r"^[A-Za-z][^:.,;!?|#=\d*`>\[\]{}\"]{0,38}[^:.,;!?|#=\d\s*`]:?\s*$")
_ITEM = re.compile(r"^(?:[-*+]|\d{1,3}[.)])\s+\S")
MAX_TITLE_WORDS = 5


def _names_lettered(line: str) -> str:
    """`line` with the digits of the service names in it made letters: the "3" of "S3" and
    the "53" of "ROUTE 53" are a name's, no number stated (a title states none)."""
    for m in reversed(find_services(line)):
        line = line[:m.start] + re.sub(r"\d", "N", line[m.start:m.end]) + line[m.end:]
    return line


def _is_title(lines: list[str], i: int) -> bool:
    """Title-shaped, in capitals or a label ending in ":", at the margin after a blank line
    (or the note's start), a line of text straight under it."""
    line = lines[i]
    if not _TITLE.match(_names_lettered(line)) or len(line.split()) > MAX_TITLE_WORDS:
        return False
    letters = [c for c in line if c.isalpha()]
    capitals = (len(letters) >= 3 or bool(find_services(line))) \
        and all(c.isupper() for c in letters)
    if not (capitals or line.rstrip().endswith(":")):
        return False
    if i and lines[i - 1].strip() and not UNDERLINE.match(lines[i - 1]):
        return False
    # (a title over indented lines or items is normalize._plain_titles_to_headings' to read)
    return i + 1 < len(lines) and bool(lines[i + 1].strip()) \
        and not lines[i + 1][:1].isspace() and not _ITEM.match(lines[i + 1]) \
        and not UNDERLINE.match(lines[i + 1])


def _paragraph_end(lines: list[str], i: int) -> int:
    """The index after the last line of the paragraph the title at `i` opens."""
    k = i + 1
    while k < len(lines) and lines[k].strip():
        k += 1
    return k


def titled_paragraphs_to_headings(lines: list[str]) -> set[int]:
    """In a note with no markdown heading of its own, each title whose paragraph is followed
    (after blank lines) by another such title or the note's end becomes a heading: its
    section is then its own paragraph, never prose after it that no title opens. Only where
    two or more titles qualify and one names a service. A title naming no service under a
    service's title is a part of its section when it names one ("LIMITS" under "LAMBDA"), else
    text in it: a generic label ("Exam tips:", "Remember:") closed the service's section and
    its lines had no service. Only a title naming another service closes a section. Returns
    the indexes of the lines made headings."""
    if any(HEADING.match(line) for line in lines):
        return set()
    titles = [i for i in range(len(lines)) if _is_title(lines, i)]
    kept: set[int] = set()
    for i in reversed(titles):  # (whether the next title is kept is known, from below)
        k = _paragraph_end(lines, i)
        while k < len(lines) and not lines[k].strip():
            k += 1
        if k == len(lines) or k in kept:
            kept.add(i)
    if len(kept) < 2 or not any(find_services(lines[i]) for i in kept):
        return set()
    made: set[int] = set()
    service = ""  # of the service section open
    for i in sorted(kept):
        title = lines[i].strip().rstrip(":").strip()
        named = find_services(title)
        if named:
            service = named[0].name
            lines[i] = "##### " + title
        elif not service:
            lines[i] = "##### " + title  # a topic of its own, under no service
        elif part_of(title, service):
            lines[i] = "###### " + title
        else:
            continue  # text of the service's section
        made.add(i)
    return made
