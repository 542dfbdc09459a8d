"""Numbered section titles of a plain-text note ("4. KMS", "4.2 Limits", "7.3 Amazon
DynamoDB") made headings, and a Word plain-text export's bullets ("o<TAB>", "§<TAB>") items.

A word processor's numbered headings come out of a plain-text export as bare lines: left as
text, "5. CLOUDTRAIL" was a list item of its own and the lines under it took the service of
whatever line above last named one ("Event history keeps 90 days" was CloudHSM's, from the
"CloudHSM vs KMS" line closing the section before), and a pdftotext handout's "7.3 Amazon
DynamoDB" owned none of its bullets."""

from __future__ import annotations

import re

from studycli.fences import in_fence_mask
from studycli.services import without_service_names

# "4. KMS", " 1. AWS SUPPORT PLANS", "1.1.1 Policy evaluation": the number, then a title
_NUMBERED = re.compile(r"^ {0,3}(\d{1,2})((?:\.\d{1,2}){0,3})([.)]?)[ \t]+(\S.*?)\s*$")
# a title: a few words, no sentence's punctuation, no value given ("=", "->", ": 5 min")
_DOTTED_ANYWHERE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2}){1,3}[.)]?[ \t]+\S")
_TITLE = re.compile(r"^[A-Za-z(][^:;.,!?=|><*`\[\]{}\"]{0,58}$")
_DIGIT = re.compile(r"(?<![A-Za-z])\d")  # a number, not a name's digit ("S3", "EC2")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
# Word's "Plain Text" export writes its bullet glyphs as characters of their symbol fonts:
# level one "·", level two "o" (Courier New), level three "§" (Wingdings), each and a tab
_WORD_BULLET = re.compile(r"^([·o§])\t+(?=\S)")
_WORD_LEVEL = {"·": 0, "o": 1, "§": 2}
MAX_TITLE_WORDS = 6


def _number(line: str) -> tuple[int, str, str] | None:
    """(depth, top number, title) of a numbered line whose text is title-shaped."""
    m = _NUMBERED.match(line)
    if not m:
        return None
    top, sub, dot, title = m.groups()
    if not sub and not dot:  # "7 days" is a value, not "7. Days"
        return None
    if not _TITLE.match(title) or len(title.split()) > MAX_TITLE_WORDS:
        return None
    if _DIGIT.search(without_service_names(title)):
        return None
    from studycli.extract.quantities import find_quantities

    # "2.5 Gbps per tunnel", "1.5 GB" state a value ("1.2 Objects" counts none: a title)
    if any(q.unit and q.unit != "count" for q in find_quantities(line)):
        return None
    return sub.count("."), top, title


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _next_text(lines: list[str], at: int) -> str:
    return next((x for x in lines[at + 1:] if x.strip()), "")


def numbered_titles_to_headings(lines: list[str]) -> set[int]:
    """In a note with no markdown heading of its own, a numbered title line is a heading (its
    depth by its number's parts) when the line after it is no numbered sibling and no deeper
    indented line: a title over its section, not one point of a numbered list ("3. Lambda is
    serverless" over "4. SQS ...") nor an outline's item over its own ("1. IAM" over
    "   a. Policies"). Only where two or more such titles are found (a single "1. Overview"
    could be a list's point), and where every dotted number ("1.2", "1.2.3") numbers a title:
    an outline whose dotted points are facts ("1.2.1 Max object size 5 TB") is nested as a
    list (normalize._outline_numbering_to_lists), each point under its parents."""
    if any(_HEADING.match(line) for line in lines):
        return set()
    if any(_DOTTED_ANYWHERE.match(line) and not _number(line) for line in lines):
        return set()
    titles: dict[int, tuple[int, str]] = {}
    fenced = in_fence_mask(lines)
    for i, line in enumerate(lines):
        found = None if fenced[i] else _number(line)
        if not found:
            continue
        depth, _, title = found
        nxt = _next_text(lines, i)
        if _indent(nxt) > _indent(line):
            continue  # "1. IAM" over "   a. Policies": an outline's item over its own items
        after = _NUMBERED.match(nxt)
        if after and after.group(2).count(".") == depth and (after.group(2) or after.group(3)):
            continue  # a sibling follows: a numbered list's point
        titles[i] = (depth, title)
    if len(titles) < 2:
        return set()
    for i, (depth, title) in titles.items():
        lines[i] = "#" * (2 + depth) + " " + title
    return set(titles)


def word_bullets_to_items(lines: list[str]) -> None:
    """A Word export's "o<TAB>text" and "§<TAB>text" at the margin are items nested by their
    glyph's level (the shallowest glyph the note uses is the outer level): left as text,
    they ran on as one paragraph and a line naming a service gave it to the lines after.
    Only where two or more lines open so (one "o<TAB>" is no export's list)."""
    found = [m.group(1) for m in map(_WORD_BULLET.match, lines) if m]
    if len(found) < 2:
        return
    used = set(found)
    outer = min(_WORD_LEVEL[g] for g in used)
    for i, line in enumerate(lines):
        m = _WORD_BULLET.match(line)
        if m:
            lines[i] = "  " * (_WORD_LEVEL[m.group(1)] - outer) + "- " + line[m.end():]
