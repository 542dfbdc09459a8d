"""A note written as a specification numbers its clauses ("2.1.4 Parts SHALL be between 5 MB
and 5 GB", " 4.1  Item size MUST NOT exceed 400 KB") under numbered sections ("## 2. S3
Objects", "SECTION 4  DYNAMODB"): each clause becomes a list item nested by its number under
the section's heading, its number dropped, and a "SECTION 4  DYNAMODB" line a heading.

Left as text, a clause's number was read as a figure ("2.1 Object size" gave S3 a limit of
"2.1 objects", "4.3 Indexes" one of "4.3 indexes") and "SECTION 4  DYNAMODB" was no heading:
the lines under it kept the service of the section before (DynamoDB's item size was filed
under RDS). The clauses under a plain numbered line ("5.  Lambda" over "5.1  Limits") are
normalize._outline_numbering_to_lists's to nest under it, with their lettered points: made a
heading, a student's outline ("1. Amazon EBS" / "1.1 Volume types") lost the comparisons its
items make."""

from __future__ import annotations

import re

from studycli.dotted_address import ADDRESS_AT
from studycli.fences import in_fence_mask
from studycli.notes.plain_sections import HEADING
from studycli.services import find_services

# "2.1.4 Multipart: ...", " 4.10 PITR: ...", "2.1. Object size": a dotted number, then text
# (not an address: "10.0.0.255 = broadcast" states the address)
_CLAUSE = re.compile(rf"^(\s*)(?!{ADDRESS_AT})(\d{{1,3}}(?:\.\d{{1,3}})+)\.?[ \t]+(\S.*)$")
# "## 2. S3 Objects", "## 1 VPC", "### 1.7 Security Groups vs NACLs": a numbered heading
_NUMBERED_HEADING = re.compile(r"^\s{0,3}#{1,6}[ \t]+(\d{1,3}(?:\.\d{1,3})*)\.?[ \t]+\S")
# "SECTION 4  DYNAMODB", "Section 2: RDS", "Part 3 - Lambda": a section's number and title
_SECTION = re.compile(r"^\s{0,3}(?i:section|part|chapter|§)[ \t]*(\d{1,3})[.:)]?(?:[ \t]+[-–—])?"
                      r"[ \t]+(\S.*?)\s*$")
# "5.  Lambda", "2) SQS": a plain numbered line, over an outline normalize nests itself
_PLAIN_TOP = re.compile(r"^\s{0,3}\d{1,3}[.)]\s+\S")
# a point of a list or an outline under a clause: "- ...", "a) ...", "iv. ..."
_POINT = re.compile(r"^\s*(?:[-*+•]|[a-z][.)]|[ivx]{1,4}[.)])\s")
# a title: a few words, no sentence's punctuation, no value ("5.  Lambda", "TERMINOLOGY",
# "ELASTICACHE (short)"); "3. Lambda is serverless, max 15 min" is a point, not a title
_TITLE = re.compile(r"^[A-Za-z(][^:;.,!?=|><*`\[\]{}\"\d]{0,58}$")
MAX_TITLE_WORDS = 6
# a numbered document numbers several clauses: one dotted line is a figure or a version
MIN_CLAUSES = 3
# the highest section number a clause's first part takes ("99.9" is a percentage)
MAX_SECTION = 50


def clauses_to_items(lines: list[str]) -> set[int]:
    """Numbered clauses to nested items and their sections' titles to headings, in place,
    where the note numbers at least MIN_CLAUSES clauses (see the module). Returns the indexes
    of the lines made headings."""
    fenced = in_fence_mask(lines)
    clauses = {i: m for i, m in enumerate(map(_CLAUSE.match, lines))
               if m and not fenced[i] and _a_clause(m) and not _over_prose(lines, i, m)}
    if len(clauses) < MIN_CLAUSES:
        return set()
    made: set[int] = set()
    tops = {m.group(2).split(".")[0] for m in clauses.values()}
    # the parts of the number of the section the clauses are under; None under a plain
    # "5.  Lambda", whose outline normalize._outline_numbering_to_lists nests as its items
    section_parts: int | None = 0
    for i, line in enumerate(lines):
        if fenced[i]:
            continue
        clause = clauses.get(i)
        if clause is not None:
            if section_parts is not None:
                parts = clause.group(2).count(".") + 1
                depth = max(0, parts - section_parts - 1)
                lines[i] = "   " * depth + "- " + clause.group(3)
            continue
        heading = _NUMBERED_HEADING.match(line)
        if heading:
            section_parts = heading.group(1).count(".") + 1
        elif HEADING.match(line):
            section_parts = 0
        elif _PLAIN_TOP.match(line):
            section_parts = None
        elif (section := _SECTION.match(line)) and _in_the_numbering(section.group(1), tops) \
                and _a_title(section.group(2)):
            lines[i] = "## " + section.group(2)
            made.add(i)
            section_parts = 1
    return made


def _in_the_numbering(number: str, tops: set[str]) -> bool:
    """Whether a section's number opens clauses ("SECTION 4" over "4.1 ...") or comes just
    before a section that does ("SECTION 1  TERMINOLOGY" before "SECTION 2  RDS", "2.1 ...")."""
    return number in tops or str(int(number) + 1) in tops


def _a_clause(m: re.Match[str]) -> bool:
    """Whether a dotted line is a clause, not a figure that opens it ("1.5 GB per file")."""
    from studycli.extract.quantities import find_quantities

    number = m.group(2)
    if number.count(".") == 1 and len(number.split(".")[1]) > 2:
        return False  # "1.234 seconds": a decimal, not a clause
    parts = number.split(".")
    if any(part.startswith("0") for part in parts) or int(parts[0]) > MAX_SECTION:
        # "0.25 vCPU: 0.5 GB to 2 GB", "99.99 S3 Standard availability": a figure (a clause
        # is numbered from 1, with no leading 0, under a few dozen sections); read as one,
        # its number was dropped and the line lost its figure
        return False
    at = len(m.group(1))
    return not any(q.start == at and q.unit and q.unit != "count"
                   for q in find_quantities(m.group(0)))


def _over_prose(lines: list[str], at: int, m: re.Match[str]) -> bool:
    """A numbered title over paragraphs ("6.2 Elastic Load Balancing" over a study guide's
    prose): a section's title, left to the readers of plain titles, not one clause."""
    after = next((line for line in lines[at + 1:] if line.strip()), "")
    return _a_title(m.group(3)) and not _CLAUSE.match(after) and not _POINT.match(after) \
        and not _SECTION.match(after)


def _a_title(text: str) -> bool:
    """Whether a section line's text is a title ("Lambda", "TERMINOLOGY", "ELASTICACHE
    (short)"), a service's name kept with its digits ("EC2", "S3")."""
    words = text.split()
    if len(words) > MAX_TITLE_WORDS:
        return False
    plain = text
    for named in sorted(find_services(text), key=lambda n: -n.start):
        plain = plain[:named.start] + "x" + plain[named.end:]
    return _TITLE.match(plain) is not None
