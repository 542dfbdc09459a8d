"""A page laid out as a manual page (`aws s3 help` saved to a file, `man` output, or notes a
student writes in that layout): a title line naming the page, sections headed in capitals at
the margin, their text indented below.

    S3(7)                      Dana's AWS Study Manual                      S3(7)

    NAME
           s3, cloudfront - object storage + CDN
    LIMITS
      CloudFront
           --origins                 25 per distribution
    MODES
           RTC             Replication Time Control: 99.99% of objects in 15 min

Read as plain text, its section names were lines of no meaning, so each section's lines were
of whatever service the lines above had last named (S3's replication under CloudFront, whose
limits came before). Here the page's name is its title heading (what every section is of,
unless a subsection names another), each section a heading under it and a subsection (a
short line indented less than the text: "  CloudFront") a heading under that. The page's
footer (its title line again, at the end) is no note.

A section's text is read by its indentation, as man lays it out: a term over the lines
indented under it (an option over what it does and its default, an error's name over its
meaning) is one entry of that term (formats/definitions.py), and a row that goes on over a
line indented under it ("message size ...... 256 KB max (use Extended Client Lib + S3" over
"for up to 2 GB)") one row. Other text is left as it is.
"""

from __future__ import annotations

import re

from studycli.formats.definitions import entry_lines, is_term
from studycli.services import without_service_names

# "S3(7)   Dana's AWS Study Manual   S3(7)", "AWS-S3()     AWS-S3()": the page's name and
# section, at both ends of the line (the footer has it at its end)
_TITLE = re.compile(r"^\s*([\w.+-]{1,40})\((\w{0,3})\)(?:\s{2,}.*)?$")
_FOOTER = re.compile(r"\S\s{2,}([\w.+-]{1,40})\(\w{0,3}\)\s*$")
# a section's name: capitals at the margin ("SEE ALSO", "EXIT STATUS", "GLOBAL OPTIONS")
_SECTION = re.compile(r"^[A-Z][A-Z0-9]*(?:[ &/,-]{1,3}[A-Z0-9]+){0,4}\s*$")
# a subsection: a few words indented less than the section's text
_SUBSECTION = re.compile(r"^( {1,4})(\S+(?: \S+){0,3})\s*$")
_NUMBER = re.compile(r"(?<![\w.])\d")
_TEXT_INDENT = 5  # a section's text is indented this much or more (man writes 7)
MAN_SECTIONS = 3  # NAME and two more


def is_man_page(lines: list[str]) -> bool:
    """Whether `lines` are laid out as a manual page: a title line first ("S3(7)  ...  S3(7)":
    a note with a NAME section and no title is read as it was, its NAME's service over
    all of it), then a NAME section over its text, and two other sections or more headed in
    capitals at the margin, each over indented text (or a subsection over it)."""
    if not any(line.startswith("NAME") for line in lines):
        return False  # (most notes: no section is looked for)
    first = next((line for line in lines if line.strip()), "")
    if not _TITLE.match(first):
        return False
    named = sections = 0
    for i, line in enumerate(lines[:-1]):
        if _SECTION.match(line) and _opens_section(lines, i + 1):
            sections += 1
            named += line.strip() == "NAME"
    return named > 0 and sections >= MAN_SECTIONS


def man_page_to_markdown(lines: list[str]) -> list[str]:
    out = list(lines)
    in_section = False
    title_at = next((i for i, line in enumerate(lines) if line.strip()), None)
    # the footer (the title again) can only be the last line with text: found once, not per
    # line (a long page read every line after each one)
    last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].strip()), None)
    name = None
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if i == title_at and (title := _TITLE.match(line)):
            out[i], name = f"# {title.group(1)}", title.group(1)
        elif i == last and name and (footer := _FOOTER.search(line)) \
                and footer.group(1) == name:
            out[i] = ""  # the footer: the title's name again at the page's end
        elif _SECTION.match(line):
            out[i], in_section = f"## {line.strip()}", True
        elif in_section and _is_subsection(lines, i):
            out[i] = f"### {_SUBSECTION.match(line).group(2)}"  # type: ignore[union-attr]
    return hanging_read(lines, out)


# the section that shows how a command is called: its wrapped lines are one command's, no
# term over a description
_USAGE = frozenset({"## SYNOPSIS", "## USAGE"})
MAX_WRAPPED = 4  # a row goes on over a few lines at most


def hanging_read(lines: list[str], out: list[str]) -> list[str]:
    """`out` (the page's markdown so far, line for line with `lines`) with each text line
    that lines below it are indented under read with them: a term over its description as
    one entry (formats/definitions.py), a longer row that goes on over the lines under it
    ("message size ...... 256 KB max (use Extended Client Lib + S3" over "for up to 2 GB)")
    as one line, the row's, its other lines blank."""
    usage = listed = False
    i = 0
    while i < len(lines):
        if out[i].startswith("#"):
            usage, listed = out[i].strip() in _USAGE, False
            i += 1
            continue
        end = _hanging_end(lines, out, i)
        if end == i + 1:
            if listed and out[i] == lines[i]:
                # text after an entry, at the section's indent: no line of the entry's (as
                # indented text after a list item, it was read as the item's own)
                out[i] = lines[i].lstrip(" \t")
            i += 1
            continue
        text, column = lines[i].strip(), _indent(lines[i + 1])
        tag = lines[i][:column].strip()
        if not usage and lines[i][column - 2:column] == "  " and is_term(tag):
            # "FIFO   exactly-once processing, ..." over lines indented to its text: man's
            # tag and the first line of its paragraph on one line (tried first: the whole
            # line is no term, its tag is)
            out[i:end] = entry_lines(tag, [lines[i][column:], *lines[i + 1:end]])[1:]
            listed = True
        elif not usage and is_term(text):
            end = _paragraphs_end(lines, out, end, column)
            out[i:end] = entry_lines(text, lines[i + 1:end])[:end - i]
            listed = True
        elif end - i - 1 <= MAX_WRAPPED:
            out[i] = (lines[i][:_indent(lines[i])] if not listed else "") \
                + " ".join(x.strip() for x in lines[i:end])
            out[i + 1:end] = [""] * (end - i - 1)
        i = end
    return out


def _hanging_end(lines: list[str], out: list[str], i: int) -> int:
    """The index after the lines indented under text line `i` (i + 1 when there are none):
    line `i` opens a paragraph (the line above it blank, a heading, or indented deeper: the
    end of the entry before), and the lines under it are indented past it."""
    line = lines[i]
    if not line.strip() or out[i] != line or _indent(line) < _TEXT_INDENT:
        return i + 1  # (a line at the margin is the page's own, a section's name; one
        # indented less than a section's text, "  max object 5 TB", is no text's)
    indent = _indent(line)
    if i and lines[i - 1].strip() and not out[i - 1].startswith("#") \
            and _indent(lines[i - 1]) <= indent:
        return i + 1  # a paragraph's line goes on from the one above
    end = i + 1
    while end < len(lines) and lines[end].strip() and _indent(lines[end]) > indent + 1 \
            and out[end] == lines[end]:
        end += 1
    return end


def _paragraphs_end(lines: list[str], out: list[str], end: int, column: int) -> int:
    """The index after a term's description of several paragraphs: past each blank line
    that more text at the description's indent follows ("--visibility-timeout (integer)" /
    "Seconds a received message stays hidden." / blank / "Default: 30. Maximum: 43200", as
    `aws sqs help` prints it: the default is the option's)."""
    while end + 1 < len(lines) and not lines[end].strip() and lines[end + 1].strip() \
            and _indent(lines[end + 1]) >= column and out[end + 1] == lines[end + 1]:
        end += 1
        while end < len(lines) and lines[end].strip() and _indent(lines[end]) >= column \
                and out[end] == lines[end]:
            end += 1
    return end


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _is_subsection(lines: list[str], i: int) -> bool:
    """A short line indented less than the text below it, naming no number ("  CloudFront";
    "  max object 5 TB" over indented text is a fact, not a heading)."""
    sub = _SUBSECTION.match(lines[i])
    if not sub or i + 1 >= len(lines) or not _indented_text(lines[i + 1]):
        return False
    return not _NUMBER.search(without_service_names(sub.group(2)))


def _opens_section(lines: list[str], i: int) -> bool:
    """Whether line `i` (the one under a section's name) is its text: any indented line
    (a subsection's "  CloudFront" over the text indented more, too)."""
    line = lines[i]
    return bool(line.strip()) and line[0] in " \t"


def _indented_text(line: str) -> bool:
    return bool(line.strip()) and len(line) - len(line.lstrip(" ")) >= _TEXT_INDENT
