"""Quarto and R Markdown documents (`.qmd`, `.rmd`): markdown with fenced divs, line for line.

A Quarto note is markdown with Pandoc's fenced divs around parts of it: a callout box

    ## Lambda basics
    ::: {.callout-note}
    ## Limits I keep forgetting
    - timeout: default 3 sec, max 900 sec
    :::

The heading inside a callout is the box's title, not a section of the document: read as
markdown it ended "Lambda basics", and every fact in the box and after it lost the service
its section named. Here a div's fence lines are left blank, and a heading that opens a
callout (or its `title="..."`) is written one level below the section it sits in, and the
section's own heading is written again on the callout's closing fence: the box's facts are
its title's, and those after the box the section's again (not "DynamoDB comparison"'s when
a box of that title sits under "## Lambda"). Code chunks (```` ```{python} ````) are
fences the parser already reads as code.
"""

from __future__ import annotations

import re

from studycli.fences import in_fence_mask

_DIV = re.compile(r"^\s*(:{3,})\s*(\{[^}]*\}|[\w-]+)?\s*$")
_TITLE = re.compile(r"""\btitle\s*=\s*(["'])(.*?)\1""")
_HEADING = re.compile(r"^(#{1,6})\s+(\S.*)$")


def quarto_to_markdown(lines: list[str]) -> list[str]:
    out = list(lines)
    fenced = in_fence_mask(lines)
    section = 1  # the level of the section a line is in (a callout's title goes below it)
    section_heading = ""  # that section's heading line, restated after a titled callout
    opened: list[int] = []  # open divs' fence lines
    titled: set[int] = set()  # the open divs whose title is written as a heading
    title_next = False  # the first line in a callout may be its title
    for k, line in enumerate(lines):
        if fenced[k]:
            continue
        div = _DIV.match(line)
        if div and (div.group(2) or opened):
            out[k] = ""
            if div.group(2):  # an opening fence: "::: {.callout-note}", "::: columns"
                opened.append(k)
                title = _TITLE.search(div.group(2))
                if title and title.group(2).strip():
                    out[k] = f"{'#' * min(section + 1, 6)} {title.group(2).strip()}"
                    titled.add(k)
                title_next = not title and "callout" in div.group(2)
            elif opened:
                if opened.pop() in titled and section_heading:
                    out[k] = section_heading
            continue
        heading = _HEADING.match(line)
        if heading and title_next:
            out[k] = f"{'#' * min(section + 1, 6)} {heading.group(2)}"
            titled.add(opened[-1])
        elif heading and not opened:
            section, section_heading = len(heading.group(1)), line.strip()
        if line.strip():
            title_next = False
    return out
