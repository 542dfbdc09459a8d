"""Markdown with an editor's own blocks (HackMD, CodiMD, Docusaurus, VuePress), line for line.

    :::info
    **TL;DR** SQS = queue (consumers PULL), SNS = push
    :::
    {%youtube 2-Jq8sE0cIs %}
    [TOC]

A `:::info` ... `:::` container, a `{%youtube id %}` embed and a `[TOC]` marker are settings of
the page, not notes: read as markdown, an embed's line above a list became the label of every
fact in it ("{%youtube 2-jq8se0cis %}" as the attribute of "msg size up to 256 KB"). Their
lines are left blank; a container's title (`:::spoiler Kinesis limits`, `:::tip Exam trick`)
is kept as a bold line. Told apart by two such lines at least (formats.as_markdown): a note
that quotes one is read as it is written.
"""

from __future__ import annotations

import re

from studycli.fences import in_fence_mask
from studycli.formats import CONTAINER_KINDS, EMBED_KINDS

# a line of the editors' own syntax (the names formats.as_markdown looks for)
_OPEN = re.compile(rf"^\s*:{{3,}}\s*({CONTAINER_KINDS})\b[ \t]*(.*)$", re.IGNORECASE)
_CLOSE = re.compile(r"^\s*:{3,}\s*$")
_EMBED = re.compile(rf"^\s*\{{%\s*({EMBED_KINDS})\b[^%]*%\}}\s*$", re.IGNORECASE)
_TOC = re.compile(r"^\s*\[(?:TOC|toc)\]\s*$")


def containers_to_markdown(lines: list[str]) -> list[str]:
    out = list(lines)
    fenced = in_fence_mask(lines)
    depth = 0
    for k, line in enumerate(lines):
        if fenced[k]:
            continue
        opened = _OPEN.match(line)
        if opened:
            depth += 1
            title = opened.group(2).strip().strip("{}").strip()
            out[k] = f"**{title}**" if title and not title.startswith(".") else ""
        elif _CLOSE.match(line) and depth:
            depth -= 1
            out[k] = ""
        elif _EMBED.match(line) or _TOC.match(line):
            out[k] = ""
    return out
