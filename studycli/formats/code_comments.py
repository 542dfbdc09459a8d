"""Source code in a C-family language (TypeScript, JavaScript, Java, Go, C#, Kotlin...) or a
shell script kept with the notes: a CDK stack or a handler annotated with what the student
learned, the commands a student ran while practising.

Only its comments are notes. The code's own values (`timeout: Duration.seconds(30)`,
`batchSize: 10`) are the author's settings, not AWS's limits, so a code line gives only the
comment after it. Line for line: line N of the markdown is line N of the file.
"""

from __future__ import annotations

import re

from studycli.formats.keyvalues import comment_item, split_comment

_BLOCK_LINE = re.compile(r"^\s*\*+/?\s?")  # the " * " a block comment's lines open with
_QUOTES = "'\"`"


def code_to_markdown(lines: list[str]) -> list[str]:
    out: list[str] = []
    in_block = False
    for line in lines:
        if in_block:
            end = line.find("*/")
            text = line[:end] if end >= 0 else line
            out.append(comment_item(_BLOCK_LINE.sub("", text, count=1) if text.lstrip()
                                    .startswith("*") else text.strip()))
            in_block = end < 0
            continue
        comment, opens_block = comment_of(line)
        out.append(comment_item(comment))
        in_block = opens_block
    return out


def comment_of(line: str) -> tuple[str, bool]:
    """The comment text on a code line (after // or inside /* */, outside string literals) and
    whether a block comment opens here without closing."""
    quote = ""
    i = 0
    while i < len(line):
        ch = line[i]
        if quote:
            if ch == "\\":
                i += 2
                continue
            if ch == quote:
                quote = ""
        elif ch in _QUOTES:
            quote = ch
        elif line.startswith("//", i):
            return line[i + 2:].lstrip("/!").strip(), False
        elif line.startswith("/*", i):
            rest = line[i + 2:].lstrip("*!")
            end = rest.find("*/")
            if end >= 0:
                return rest[:end].strip(), False
            return rest.strip(), True
        i += 1
    return "", False


# A shell script's comment line; a banner ("# ---------- S3 ----------") names a section
_HASH_COMMENT = re.compile(r"^\s*#+ ?(.*?)\s*$")
_HASH_BANNER = re.compile(r"^\s*#+\s*[-=#*~]{3,}\s*([A-Za-z][\w &/+.()-]*?)\s*[-=#*~]*\s*$")


def hash_code_to_markdown(lines: list[str]) -> list[str]:
    """A shell script (or PowerShell's) kept with the notes ("cmds i ran in cloudshell"):
    its comments are the notes, a banner comment a heading; its commands are the author's,
    read only for the comment after them. Read as plain text, each "# max object size 5 TB"
    was a markdown heading, and no fact."""
    out: list[str] = []
    for number, line in enumerate(lines):
        if number == 0 and line.startswith("#!"):
            out.append("")  # the interpreter's line
            continue
        banner = _HASH_BANNER.match(line)
        comment = _HASH_COMMENT.match(line)
        if banner:
            out.append("## " + banner.group(1))
        elif comment:
            out.append(comment_item(comment.group(1)))
        else:
            out.append(comment_item(split_comment(line, "#")[1]))
    return out
