"""Headings a note writes by underlining them (markdown's "setext" headings).

    Secrets Manager vs Parameter Store
    ----------------------------------
    - secret max size 64 KB

A line of only "=" or "-" under a line of text makes that text a heading (level 1 for "=",
2 for "-"), in markdown and in the plain-text notes students write the same way (some 140
development sets do). Lookup read a line's section (lookup/lines.headings_over) from "#"
headings only, so a line filed under the service of its file or its neighbours ("secret max
size 64 KB" under IAM) never had its section's service read for it, and lookup abstained.

Not a heading: an underline after a blank line (a thematic break, "---" between sections),
under a list item, a quote, a table row or a "#" heading (markdown reads those as a rule), or
a line of one or two dashes, which a plain-text note writes as a bullet or a separator. Nor
the last line of a run of text lines: markdown underlines the whole paragraph, and a plain-text
note that writes a separator right under its last line ("Transfer Acceleration uses CloudFront
edges" over "-----" over the next section's "DynamoDB" and "item max size 400 KB") underlines
no heading; read as one, its service spoke for the section after it ("cloudfront max item
size" answered DynamoDB's 400 KB). A heading's text stands after a blank line, at the note's
top, or right under another heading.
A plain-text note's heading framed by dashes or equals signs ("---- RDS ----", "== Lambda ==")
is one too (framed_heading). Stdlib only (the lookup fast path).
"""

from __future__ import annotations

import re

_UNDERLINE = re.compile(r" {0,3}(?:={3,}|-{3,})[ \t]*\Z")
# what the line over an underline must not be for the two to make a heading
_NOT_TEXT = re.compile(r"\s*(?:[-*+>|#\u2022]|\d+[.)]\s|```|~~~|\Z)")


def underline_level(text: str) -> int:
    """1 for a "===" underline, 2 for a "---" one, 0 for any other line."""
    if not _UNDERLINE.match(text):
        return 0
    return 1 if text.strip()[0] == "=" else 2


def setext_heading(above: tuple[int, str] | None, line: int, text: str,
                   before: tuple[int, str] | None = None) -> tuple[int, str] | None:
    """The (level, text) of the heading that `text`, at `line`, underlines, where `above` is
    the note line right over it and `before` the one over that (each its number and text, or
    None for none; a blank line is not stored, so a line number that is not one less is a
    blank line between them); None when it underlines none."""
    level = underline_level(text)
    if not level or above is None or above[0] != line - 1:
        return None
    over = above[1]
    if _NOT_TEXT.match(over) or underline_level(over):
        return None
    if before is not None and before[0] == above[0] - 1 and not _starts_section(before[1]):
        return None  # the last line of a run of text, a separator under it
    return level, over.strip()


def _starts_section(text: str) -> bool:
    """Whether a line may stand right over a heading's text: a "#" heading, an underline or
    a code block's fence."""
    return bool(underline_level(text) or _SECTION_EDGE.match(text))


_SECTION_EDGE = re.compile(r"#{1,6}(?:\s|\Z)|\s*(?:`{3,}|~{3,})")


# a heading framed by dashes or equals signs on both sides, as plain-text notes write one:
# "---- RDS ----", "== Lambda =="; up to 60 characters, figures not excluded ("--- max 15 min
# ---" is read as a heading too: a framed line is a plain-text note's heading far more often)
_FRAMED = re.compile(r" {0,3}([-=])\1{1,}[ \t]+([A-Za-z][^\n]{0,58}?)[ \t]+\1{2,}[ \t]*\Z")


def framed_heading(text: str) -> tuple[int, str] | None:
    """The (level, text) of a heading framed by "--" or "==" runs ("---- RDS ----": 2,
    "RDS"; "== Lambda ==": 1, "Lambda"), or None. Lookup read none: the note's underlined
    title over "---- RDS ----" ("DATABASES -- RDS / Aurora / DynamoDB / ElastiCache") was the
    section of every RDS line, and its words completed "rds multi az db cluster failover
    time" for the instance's 60-120 s."""
    m = _FRAMED.match(text)
    if not m or m.group(2).count(text.strip()[0] * 2):
        return None
    return (1 if m.group(1) == "=" else 2), m.group(2).strip()
