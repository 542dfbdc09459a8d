"""A plain-text note whose `#` lines are the student's comments, not headings: a terminal
session's log with `# >> presigned url default 3600 s` under each command's output, a
console's quota table pasted with `## NAT GW scales up to 45 Gbps` remarks under it.

Read as markdown, each such line was a heading, so the line below it took it as its
subject, and the facts it states were a heading's words, filed as the section's name. Here
each is a list item of its words (the marks, and a `>>` after them, dropped), line for line.
Only the lines of a run of comments are: a heading elsewhere in the note stays a heading.
"""

from __future__ import annotations

import re

from studycli.fences import in_fence_mask

COMMENT = re.compile(r"^#{1,6}[ \t]+(?:>+[ \t]*)?(\S.*)$")
_HEADING = re.compile(r"^(#{1,6})[ \t]+\S")


def comment_runs(lines: list[str]) -> list[range]:
    """The runs of three or more `#` lines in a row, outside code fences, that are comments.
    Headings come one at a time, with what they head under them, or as an outline's stack
    (`# AWS Storage` / `## S3` / `### Standard-IA`): a run in which some line is deeper than
    the one before it is headings, not comments; comments are written at one level."""
    fenced = in_fence_mask(lines)
    runs: list[range] = []
    start = 0
    levels: list[int] = []
    for i, line in enumerate([*lines, ""]):
        m = _HEADING.match(line) if i < len(lines) and not fenced[i] else None
        if m:
            if not levels:
                start = i
            levels.append(len(m.group(1)))
            continue
        if len(levels) >= 3 and all(b <= a for a, b in zip(levels, levels[1:], strict=False)):
            runs.append(range(start, i))
        levels = []
    return runs


# a comment's text as written after its marks, its indentation kept (an API Reference
# entry's lines are indented under its parameter's name: formats/api_reference.py)
_INDENTED = re.compile(r"^#{1,6}[ \t](.*)$")


def comments_to_items(lines: list[str]) -> list[str]:
    from studycli.formats.api_reference import api_entries, inline_constraints
    from studycli.formats.http_messages import is_message_line

    out = list(lines)
    runs = comment_runs(lines)
    # a raw HTTP response pasted as comments ("# HTTP/1.1 400 Bad Request" over "# {...}") is
    # no heading however short its run: read as headings, its two lines ended the section
    # of the service above them
    in_runs = {i for run in runs for i in run}
    after = False
    for i, line in enumerate(lines):
        m = COMMENT.match(line) if line.startswith("#") else None
        after = is_message_line(m.group(1).strip(), after) if m else False
        if after and m and i not in in_runs:
            out[i] = f"- {m.group(1)}"
    for run in runs:
        for i in run:
            if m := COMMENT.match(lines[i]):
                out[i] = f"- {inline_constraints(m.group(1))}"
        texts = [m.group(1) if (m := _INDENTED.match(lines[i])) else "" for i in run]
        for k, text in api_entries(texts).items():
            out[run[k]] = text
    return out
