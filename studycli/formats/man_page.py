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
short line indented less than the text: "  CloudFront") a heading under that. The text is
left as it is; the page's footer (its title line again, at the end) is no note.
"""

from __future__ import annotations

import re

# "S3(7)   Dana's AWS Study Manual   S3(7)", "AWS-S3()     AWS-S3()": the page's name and
# section, at both ends of the line (the footer has it at its end)
_TITLE = re.compile(r"^\s*([\w.+-]{1,40})\((\w{0,3})\)(?:\s{2,}.*)?$")
_FOOTER = re.compile(r"\S\s{2,}[\w.+-]{1,40}\(\w{0,3}\)\s*$")
# a section's name: capitals at the margin ("SEE ALSO", "EXIT STATUS", "GLOBAL OPTIONS")
_SECTION = re.compile(r"^[A-Z][A-Z0-9]*(?:[ &/,-]{1,3}[A-Z0-9]+){0,4}\s*$")
# a subsection: a few words indented less than the section's text
_SUBSECTION = re.compile(r"^( {1,4})(\S+(?: \S+){0,3})\s*$")
_TEXT_INDENT = 5  # a section's text is indented this much or more (man writes 7)
MAN_SECTIONS = 3  # NAME and two more


def is_man_page(lines: list[str]) -> bool:
    """Whether `lines` are laid out as a manual page: a NAME section whose text is indented
    below it, and two other sections or more headed in capitals at the margin, each over
    indented text."""
    if not any(line.startswith("NAME") for line in lines):
        return False  # (most notes: no section is looked for)
    named = sections = 0
    for i, line in enumerate(lines[:-1]):
        if _SECTION.match(line) and _indented_text(lines[i + 1]):
            sections += 1
            named += line.strip() == "NAME"
    return named > 0 and sections >= MAN_SECTIONS


def man_page_to_markdown(lines: list[str]) -> list[str]:
    out = list(lines)
    titled = in_section = False
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        title = _TITLE.match(line)
        if title and not titled:
            out[i], titled = f"# {title.group(1)}", True
        elif titled and _FOOTER.search(line) and not any(x.strip() for x in lines[i + 1:]):
            out[i] = ""  # the footer: the title again at the page's end
        elif _SECTION.match(line):
            out[i], in_section = f"## {line.strip()}", True
        elif in_section and (sub := _SUBSECTION.match(line)) and i + 1 < len(lines) \
                and _indented_text(lines[i + 1]):
            out[i] = f"### {sub.group(2)}"
    return out


def _indented_text(line: str) -> bool:
    return bool(line.strip()) and len(line) - len(line.lstrip(" ")) >= _TEXT_INDENT

