"""Source code in a C-family language (TypeScript, JavaScript, Java, Go, C#, Kotlin...) or a
shell script kept with the notes: a CDK stack or a handler annotated with what the student
learned, the commands a student ran while practising.

Only its comments are notes. The code's own values (`timeout: Duration.seconds(30)`,
`batchSize: 10`) are the author's settings, not AWS's limits, so a code line gives only the
comment after it. Line for line: line N of the markdown is line N of the file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from studycli.formats.keyvalues import comment_item, split_comment
from studycli.services import find_services

_BLOCK_LINE = re.compile(r"^\s*\*+/?\s?")  # the " * " a block comment's lines open with
_QUOTES = "'\"`"


def code_to_markdown(lines: list[str]) -> list[str]:
    out = [comment_item(comment) for _code, comment, _in_block in code_and_comments(lines)]
    from studycli.formats.cdk_scopes import is_cdk, said_in_scope

    return said_in_scope(lines, out) if is_cdk(lines) else out


def code_and_comments(lines: list[str]) -> Iterator[tuple[str, str, bool]]:
    """Each line's code, its comment's text and whether the line is inside a `/* */` block
    comment opened on a line above, line for line. A line inside a block is no code (a JSDoc
    line's "https://" is no `//` comment after a prop, its "{" opens nothing): its comment is
    its words less the " * " it opens with."""
    in_block = False
    for line in lines:
        if in_block:
            end = line.find("*/")
            text = line[:end] if end >= 0 else line
            in_block = end < 0
            yield "", (_BLOCK_LINE.sub("", text, count=1) if text.lstrip().startswith("*")
                       else text.strip()), True
            continue
        comment, in_block = comment_of(line)
        yield line[:comment_start(line)], comment, False


def comment_of(line: str) -> tuple[str, bool]:
    """The comment text on a code line (after // or inside /* */, outside string literals) and
    whether a block comment opens here without closing."""
    i = comment_start(line)
    if line.startswith("//", i):
        return line[i + 2:].lstrip("/!").strip(), False
    if line.startswith("/*", i):
        rest = line[i + 2:].lstrip("*!")
        end = rest.find("*/")
        if end >= 0:
            return rest[:end].strip(), False
        return rest.strip(), True
    return "", False


def comment_start(line: str) -> int:
    """Where a code line's // or /* comment begins, outside string literals; the line's length
    when it has none."""
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
        elif line.startswith(("//", "/*"), i):
            return i
        i += 1
    return len(line)


# A shell script's comment line; a banner ("# ---------- S3 ----------") names a section
_HASH_COMMENT = re.compile(r"^\s*#+ ?(.*?)\s*$")
_HASH_BANNER = re.compile(r"^\s*#+\s*[-=#*~]{3,}\s*([A-Za-z][\w &/+.()-]*?)\s*[-=#*~]*\s*$")


# a banner's text that states something ("S3 max object size 5 TB"): a number of a unit, or
# more words than a section's name has ("EC2", "Route 53" are names)
_CLOSING_MARKS = re.compile(r"\s+[-=#*~]{3,}$")
_STATED = re.compile(r"\b\d+(?:[.,]\d+)?\s*(?:[A-Za-z]+\b|%)|(?:\S+\s+){6}\S")


def hash_code_to_markdown(lines: list[str]) -> list[str]:
    """A shell script (or PowerShell's) kept with the notes ("cmds i ran in cloudshell"):
    its comments are the notes, a banner comment a heading; its commands are the author's,
    read only for the comment after them. Read as plain text, each "# max object size 5 TB"
    was a markdown heading, and no fact. A banner that states a fact ("#### S3 max object
    size 5 TB ####") is that fact, not a heading that quoted it."""
    from studycli.notes.terminal_log import command_service

    out: list[str] = []
    section: str | None = None  # the service the heading over a line names
    above: str | None = None  # the service of the command just above (output pasted under it)
    for number, line in enumerate(lines):
        if number == 0 and line.startswith("#!"):
            out.append("")  # the interpreter's line
            continue
        # "aws s3 mb ...  # names 3-63 chars": a command's own comment beside it is of the
        # command's service, said so where the heading over it names another (under a Lambda
        # banner). A command gives no heading to the comments under it: in a script a comment
        # stands before the command it is about as often as after (review of session 45)
        service = command_service(line)
        beside = split_comment(line, "#")[1] if service else ""
        if service and beside:
            named = find_services(beside)
            out.append(comment_item(beside if named or _named(service) == section
                                    else f"{service}: {beside}"))
            continue
        # output pasted under a command (an error AWS answered, a value with the student's
        # remark beside) is that command's, said of its service where the heading over it
        # names another. A plain comment under it is of its service only where no heading
        # names one and the command after the comments (if any) is of the same service: in a
        # script a comment stands before the command it is about as often as after, and
        # "aws ec2 ..." is as much EBS's or a VPC's as EC2's
        pasted = _pasted(line)
        plain = not pasted and not service and _hash_comment(line)
        if pasted and above and not find_services(pasted) and _named(above) != section:
            out.append(f"- {above} {pasted[2:]}")
            continue
        if plain and above and section is None and _named(
                _next_command(lines, number) or above) == _named(above):
            item = _hash_line(line)
            out.append(f"- {above} {item[2:]}" if item.startswith("- ")
                       and not find_services(item) else item)
            continue
        above = service or (above if pasted or plain else None)
        out.append(pasted or _hash_line(line))
        if out[-1].startswith("#"):
            section = _named(out[-1].lstrip("# ")) or section
    return out


def _hash_comment(line: str) -> bool:
    """Whether a line is a comment of the student's words (no banner)."""
    return bool(line.lstrip().startswith("#") and not _HASH_BANNER.match(line))


def _next_command(lines: list[str], number: int) -> str | None:
    """The service of the command that closes the comments from line `number` on (None if
    a blank line, any other line or the end closes them)."""
    from studycli.notes.terminal_log import command_service

    for line in lines[number + 1:]:
        if not _hash_comment(line):
            return command_service(line)
    return None


def _pasted(line: str) -> str:
    """The item a comment line that holds a command's output pasted means, else ""."""
    from studycli.notes.terminal_log import pasted_output_said

    comment = _HASH_COMMENT.match(line)
    if comment is None or _HASH_BANNER.match(line):
        return ""
    return pasted_output_said(comment.group(1))


def _named(text: str) -> str | None:
    """The service a heading or a command's namespace names, None if none."""
    found = find_services(text)
    return found[0].name if found else None


def _hash_line(line: str) -> str:
    from studycli.notes.terminal_log import pasted_output_said

    banner = _HASH_BANNER.match(line)
    comment = _HASH_COMMENT.match(line)
    if banner and not _STATED.search(banner.group(1)):
        return "## " + banner.group(1)
    if banner:
        return comment_item(banner.group(1))
    if comment:  # "#### S3 max object size 5 TB, single PUT max 5 GB ####": no closing marks
        # an error AWS answered or a command's output pasted with a remark beside it
        return pasted_output_said(comment.group(1)) or comment_item(
            _CLOSING_MARKS.sub("", comment.group(1)))
    return comment_item(split_comment(line, "#")[1])


_HELP_KEYWORD = re.compile(r"^\.[A-Z]+(?:\s+\S+)?$")
_TITLE = re.compile(r"^- [A-Za-z][\w &/+()-]{0,40}$")  # "- DynamoDB notes": words, no stop


def _block_titled(out: list[str], first: int) -> None:
    """A block comment whose first line names what its other lines are about ("DynamoDB
    notes" over "item max size 400 KB"): that line is a heading, as a banner is, so the lines
    under it are filed under the service it names."""
    lines = [k for k in range(first, len(out)) if out[k]]
    if len(lines) >= 2 and _TITLE.match(out[lines[0]]) and not _STATED.search(out[lines[0]]) \
            and len(out[lines[0]].split()) <= 5:
        out[lines[0]] = "## " + out[lines[0]][2:]


def powershell_to_markdown(lines: list[str]) -> list[str]:
    """A PowerShell script: a shell script's `#` comments, and its `<# ... #>` block comments
    (a help block, a note of several lines), whose lines are each a comment. Read as a shell
    script's, a block's lines were code, and the comment after them lost its subject."""
    out: list[str] = []
    in_block, first = False, 0  # inside a block comment, and the index of its first line
    for line in lines:
        if not in_block and "<#" in line and "#>" not in line.split("<#", 1)[1]:
            before, _, rest = line.partition("<#")
            out.append(comment_item(rest.strip()) if not before.strip() else _hash_line(before))
            in_block, first = True, len(out) - 1
        elif in_block:
            text, closes, _ = line.partition("#>")
            keyword = _HELP_KEYWORD.match(text.strip())  # ".SYNOPSIS": no note of its own
            out.append("" if keyword else comment_item(text.strip()))
            in_block = not closes
            if closes:
                _block_titled(out, first)
        else:
            out.append(_hash_line(line.replace("<#", "#", 1).replace("#>", "", 1)))
    return out
