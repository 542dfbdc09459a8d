"""A Marp slide deck (`marp: true` in its front matter, formats.as_markdown): markdown whose
speaker notes are HTML comments, line for line.

    ## Kinesis Data Streams
    - record max size 1 MB
    <!-- ProvisionedThroughputExceededException = hot shard: better partition key -->

A presenter's notes under a slide are the student's own notes, often the facts the slide left
out; read as markdown, a comment is no text. Here a comment's text is read on its line
("<!-- speaker: ... -->" without its markers), but for Marp's directives (`<!-- paginate: true
-->`, `<!-- _class: lead -->`), which are settings of the deck. The lines of a comment over
several lines are read as they are written, its markers left blank.
"""

from __future__ import annotations

import re

from studycli.fences import in_fence_mask

_COMMENT = re.compile(r"^(\s*)<!--\s?(.*?)\s*-->\s*$")
_OPEN = re.compile(r"^\s*<!--\s*$")
_CLOSE = re.compile(r"^\s*-->\s*$")
# Marp's (and Marpit's) directives, global and local ("_class": this slide only)
_DIRECTIVE = re.compile(
    r"^_?(?:theme|style|headingDivider|lang|size|math|title|author|description|image|url|"
    r"paginate|header|footer|class|backgroundColor|backgroundImage|backgroundPosition|"
    r"backgroundRepeat|backgroundSize|color|marp|transition)\s*:", re.IGNORECASE)


def marp_to_markdown(lines: list[str]) -> list[str]:
    out = list(lines)
    fenced = in_fence_mask(lines)
    for k, line in enumerate(lines):
        if fenced[k] or "<!--" not in line and "-->" not in line:
            continue
        comment = _COMMENT.match(line)
        if comment:
            text = comment.group(2).strip()
            out[k] = "" if not text or _DIRECTIVE.match(text) else comment.group(1) + text
        elif _OPEN.match(line) or _CLOSE.match(line):
            out[k] = ""
    return out
