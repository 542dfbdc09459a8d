"""Trees drawn in plain text (`tree`'s output, and notes written in its style), read as the
nested lists they draw.

    DynamoDB                                   CloudWatch
    ├── item size: 400 KB max                  |-- Logs
    ├── indexes                                |   `-- retention: never expire
    │   └── GSI: 20 per table                  `-- Alarms
    └── streams                                    `-- actions per alarm: 5
        └── retention: 24 hours

Read as written, every branch is one more line of a paragraph, and "retention: 24 hours" is
nobody's retention. Here the line right above the first branch (the root) becomes a list item
and each branch an item nested as deep as it is drawn, so a branch is read under everything
it hangs from: "retention: 24 hours" is the DynamoDB stream's. A line with no branch of its own
inside the tree ("│   more words") continues the branch above it. A line that ends on a box's
side or corner ("+---- AZ-a ----+") is a drawn frame's, no branch. Line for line.
"""

from __future__ import annotations

import re

# a branch: the verticals and spaces of the levels above it, then "├──", "└──", "|--", "`--"
# or "+--" (ASCII trees), then the branch's text
_BRANCH = re.compile(r"^(?P<lead>(?:[ \t]|[│┃|](?=\s))*)(?P<mark>[├└┣┗╠╚][─━]+|[|`+]--+)"
                     r"[─\-\s>]*(?P<text>[\w(\[\"'/.$@*].*)$")
_ONLY_VERTICALS = re.compile(r"^(?P<lead>(?:[ \t]|[│┃|](?=\s))*[│┃|])\s+(?P<text>\S.*)$")


# a line that ends on a box's side or corner is a drawn frame's ("+---- AZ-a ----+", "|  |")
_FRAME_END = re.compile(r"(?:[+|│┃┐┘┤╮╯]|-{3,})\s*$")


def is_branch(line: str) -> bool:
    return _branch(line) is not None


def _branch(line: str) -> re.Match[str] | None:
    m = _BRANCH.match(line)
    if m and m.group("mark")[0] == "`" and "`" in line[m.end("mark"):].split(None, 1)[0]:
        return None  # "`--page-size` defaults to ...": a flag in backticks, not a branch
    return m if m and not _FRAME_END.search(line) else None


def _more(line: str) -> re.Match[str] | None:
    m = _ONLY_VERTICALS.match(line)
    return m if m and not _FRAME_END.search(line) else None


def trees_to_markdown(lines: list[str], fenced: list[bool] | None = None) -> list[str]:
    """`lines` with every tree (two branches or more, under a root) as nested list items."""
    out = list(lines)
    i = 0
    while i < len(lines):
        if (fenced and fenced[i]) or not _branch(lines[i]):
            i += 1
            continue
        end = i
        while end + 1 < len(lines) and not (fenced and fenced[end + 1]) and (
                _branch(lines[end + 1]) or _more(lines[end + 1])):
            end += 1
        _read_tree(lines, i, end, out)
        i = end + 1
    return out


def _read_tree(lines: list[str], first: int, last: int, out: list[str]) -> None:
    branches = [(k, m) for k in range(first, last + 1) if (m := _branch(lines[k]))]
    if len(branches) < 2:
        return
    root = first - 1
    base = branches[0][1].start("mark")
    rooted = root >= 0 and lines[root].strip() and not lines[root].lstrip().startswith(
        ("#", "-", "*", "|", "`")) and len(lines[root]) - len(lines[root].lstrip()) <= base
    columns: list[int] = []  # the column of each level's mark, outermost first
    item: int | None = None
    for k in range(first, last + 1):
        m = _branch(lines[k])
        if m is None:  # a vertical's words: the branch above goes on
            more = _more(lines[k])
            if item is not None and more:
                out[item] += " " + " ".join(more.group("text").split())
                out[k] = ""
            continue
        col = m.start("mark")
        while columns and columns[-1] > col:  # back out to this branch's level
            columns.pop()
        if not columns or columns[-1] < col:
            columns.append(col)
        depth = len(columns) - (0 if rooted else 1)
        out[k] = "  " * depth + "- " + " ".join(m.group("text").split())
        item = k
    if rooted:
        out[root] = "- " + " ".join(lines[root].split())
