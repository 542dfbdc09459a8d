"""A plain-text note whose `#` lines are the student's comments, not headings: a terminal
session's log with `# >> presigned url default 3600 s` under each command's output, a
console's quota table pasted with `## NAT GW scales up to 45 Gbps` remarks under it.

Read as markdown, each such line was a heading, so the line below it took it as its
subject, and the facts it states were a heading's words, filed as the section's name. Here
each is a list item of its words (the marks, and a `>>` after them, dropped), line for line.
"""

from __future__ import annotations

import re

COMMENT = re.compile(r"^#{1,6}[ \t]+(?:>+[ \t]*)?(\S.*)$")


def comments_to_items(lines: list[str]) -> list[str]:
    return [f"- {m.group(1)}" if (m := COMMENT.match(line)) else line for line in lines]
