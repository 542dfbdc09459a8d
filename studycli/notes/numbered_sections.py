"""Numbered section titles of a plain-text note ("4. KMS", "4.2 Limits", "7.3 Amazon
DynamoDB") made headings, and a Word plain-text export's bullets ("o<TAB>", "§<TAB>") items.

A word processor's numbered headings come out of a plain-text export as bare lines: left as
text, "5. CLOUDTRAIL" was a list item of its own and the lines under it took the service of
whatever line above last named one ("Event history keeps 90 days" was CloudHSM's, from the
"CloudHSM vs KMS" line closing the section before), and a pdftotext handout's "7.3 Amazon
DynamoDB" owned none of its bullets."""

from __future__ import annotations

import re

from studycli.fences import in_fence_mask
from studycli.notes.plain_sections import ASIDE, HEADING, part_of
from studycli.services import find_services, without_service_names

# "4. KMS", " 1. AWS SUPPORT PLANS", "1.1.1 Policy evaluation": the number, then a title
_NUMBERED = re.compile(r"^ {0,3}(\d{1,2})((?:\.\d{1,2}){0,3})([.)]?)[ \t]+(\S.*?)\s*$")
# a title: a few words, no sentence's punctuation, no value given ("=", "->", ": 5 min")
_DOTTED_ANYWHERE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2}){1,3}[.)]?[ \t]+\S")
_TITLE = re.compile(r"^[A-Za-z(][^:;.,!?=|><*`\[\]{}\"]{0,58}$")
_DIGIT = re.compile(r"(?<![A-Za-z])\d")  # a number, not a name's digit ("S3", "EC2")
# Word's "Plain Text" export writes its bullet glyphs as characters of their symbol fonts:
# level one "·", level two "o" (Courier New), level three "§" (Wingdings), each and a tab
_WORD_BULLET = re.compile(r"^([·o§])\t+(?=\S)")
_WORD_LEVEL = {"·": 0, "o": 1, "§": 2}
MAX_TITLE_WORDS = 6


def _number(line: str) -> tuple[int, str, str] | None:
    """(depth, number, title) of a numbered line whose text is title-shaped ("4.2")."""
    m = _NUMBERED.match(line)
    if not m:
        return None
    top, sub, dot, title = m.groups()
    if not sub and not dot:  # "7 days" is a value, not "7. Days"
        return None
    if not _TITLE.match(title) or len(title.split()) > MAX_TITLE_WORDS:
        return None
    if _DIGIT.search(without_service_names(title)):
        return None
    from studycli.extract.quantities import find_quantities

    # "2.5 Gbps per tunnel", "1.5 GB" state a value ("1.2 Objects" counts none: a title)
    if any(q.unit and q.unit != "count" for q in find_quantities(line)):
        return None
    return sub.count("."), top + sub, title


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _next_text(lines: list[str], at: int) -> str:
    return next((x for x in lines[at + 1:] if x.strip()), "")


def _follows(number: str, before: str) -> bool:
    """Whether `number` comes next after `before` in one numbering: "5" after "4", "4.3"
    after "4.2", "5.1" after "4.2" (a new top section's first part)."""
    now, was = [int(n) for n in number.split(".")], [int(n) for n in before.split(".")]
    if len(now) != len(was):
        return False
    return now == was[:-1] + [was[-1] + 1] or (
        len(now) > 1 and now[:-2] == was[:-2] and now[-2] == was[-2] + 1 and now[-1] == 1)


def _candidates(lines: list[str], numbers: dict[int, tuple[int, str, str] | None]
                ) -> dict[int, tuple[int, str, str]]:
    """The numbered title lines no numbered sibling follows or precedes and no deeper
    indented line follows: a title over its section, not one point of a numbered list
    ("3. Lambda is serverless" over "4. SQS ...", "2. Attach the basic policy" after "1. Create
    the execution role", before the list's closing text) nor an outline's item over its own
    ("1. IAM" over "   a. Policies")."""
    found: dict[int, tuple[int, str, str]] = {}
    fenced = in_fence_mask(lines)
    before = ""  # the last line with text
    for i, line in enumerate(lines):
        number = None if fenced[i] else numbers.get(i)
        if number:
            depth = number[0]
            nxt = _next_text(lines, i)
            if _indent(nxt) <= _indent(line) and not _a_sibling(nxt, depth) \
                    and not _a_sibling(before, depth):
                found[i] = number
        if line.strip():
            before = line
    return found


def _is_a_service_name(title: str) -> bool:
    """"KMS", "7.3 Amazon DynamoDB", "CLOUDTRAIL (audit)", "Lambda limits": the title is one
    service's name, with "Amazon"/"AWS", an aside or a part of the service. "Create an IAM
    role", "Upload the zip to S3", "How to process changes with Lambda" name one in passing:
    a step's or a question's, not a section's title (review 2 of attr33, 1)."""
    named = find_services(title)
    if len({m.name for m in named}) != 1:
        return False
    rest = ASIDE.sub("", without_service_names(title))
    rest = " ".join(w for w in re.findall(r"[\w&/]+", rest) if w.lower() not in ("amazon", "aws"))
    return not rest or part_of(rest, named[0].name)


def _under_a_title_or_lead_in(lines: list[str], first: int) -> bool:
    """Whether the numbered run opens under a lead-in ("Event sources:", "Practice:",
    "Steps:" just above "1.") or under a title naming a service ("LAMBDA DEPLOYMENT LAB",
    "DYNAMODB" above it): its points are that section's list, not the note's sections
    ("1. S3" / "2. SQS" under "Event sources:" took Lambda's retries and batch sizes,
    review 2 of attr33, 2)."""
    above = [line.strip() for line in lines[:first] if line.strip()]
    if above and above[-1].endswith(":"):
        return True
    return any(_TITLE.match(line) and len(line.split()) <= MAX_TITLE_WORDS
               and find_services(line) for line in above)


def _a_sibling(line: str, depth: int) -> bool:
    m = _NUMBERED.match(line)
    return m is not None and m.group(2).count(".") == depth and bool(m.group(2) or m.group(3))


def numbered_titles_to_headings(lines: list[str]) -> set[int]:
    """In a note with no markdown heading of its own, numbered title lines are headings (their
    depth by their number's parts) where they are a note's sections: two or more titles, the
    top-level ones numbered in sequence ("4. KMS", "5. CLOUDTRAIL"), one of them naming a
    service, every one naming a service its name, each a service's name or a part of the
    service above it, none under a lead-in or a service's title (_a_run_of_services), and
    every dotted number ("1.2", "1.2.3") a title's (an outline whose dotted points are facts,
    "1.2.1 Max object size 5 TB", is nested as a list by normalize._outline_numbering_to_lists,
    each point under its parents). A deeper title naming no service is a heading only inside
    a service's section, nested under its title ("4.2 Limits" under "4. KMS") or a part of it
    (plain_sections.part_of); else it is left as text: as a heading it closed the service's
    section ("1. Item size" under "DynamoDB" took the service from every fact). Returns the
    indexes of the lines made headings."""
    if any(HEADING.match(line) for line in lines):
        return set()
    numbers = {i: _number(line) for i, line in enumerate(lines) if _NUMBERED.match(line)}
    if any(_DOTTED_ANYWHERE.match(line) and not numbers.get(i) for i, line in enumerate(lines)):
        return set()
    titles = _candidates(lines, numbers)
    if len(titles) < 2 or not _a_run_of_services(lines, titles):
        return set()
    headings = _headings(titles)
    for i, heading in headings.items():
        lines[i] = heading
    return set(headings)


def _a_run_of_services(lines: list[str], titles: dict[int, tuple[int, str, str]]) -> bool:
    """Whether the top-level titles are one numbering of services' sections: in sequence, one
    naming a service, every one naming a service its name (not "3. Upload the zip to S3", a
    step's), and the run under no lead-in or service's title (review 2 of attr33, 1-2)."""
    top = min(depth for depth, _, _ in titles.values())
    tops = [(number, title) for depth, number, title in titles.values() if depth == top]
    if any(not _follows(now, was) for (now, _), (was, _) in zip(tops[1:], tops, strict=False)):
        return False  # the last points of several numbered lists, not one note's sections
    if not any(find_services(title) for _, title in tops):
        return False
    if any(find_services(title) and not _is_a_service_name(title) for _, title in tops):
        return False  # numbered steps or questions, not sections
    return not _under_a_title_or_lead_in(lines, min(titles))


def _headings(titles: dict[int, tuple[int, str, str]]) -> dict[int, str]:
    """The heading each title line becomes ({} when a top-level title names no service nor a
    part of the one above: "3. Exam tips" after "2. SQS", as text, ran SQS's section on over
    "SNS" and its "Max message size 256 KB"; as a heading it would close it; the note is read
    as before, review 2 of attr33, 6)."""
    top = min(depth for depth, _, _ in titles.values())
    headings: dict[int, str] = {}
    service, at = "", -1  # the service section open and its title's depth
    for i, (depth, _, title) in titles.items():
        named = find_services(title)
        if named:
            service, at = named[0].name, depth
        elif service and depth > at:
            pass  # nested under the service's title: a part of its section
        elif service and part_of(title, service):
            depth = at + 1
        elif depth == top:
            return {}
        else:
            continue  # text of the section it is in
        headings[i] = "#" * (2 + depth) + " " + title
    return headings


def word_bullets_to_items(lines: list[str]) -> None:
    """A Word export's "o<TAB>text" and "§<TAB>text" at the margin are items nested by their
    glyph's level (the shallowest glyph the note uses is the outer level): left as text,
    they ran on as one paragraph and a line naming a service gave it to the lines after.
    Only where two or more lines open so (one "o<TAB>" is no export's list)."""
    found = [m.group(1) for m in map(_WORD_BULLET.match, lines) if m]
    if len(found) < 2:
        return
    used = set(found)
    outer = min(_WORD_LEVEL[g] for g in used)
    for i, line in enumerate(lines):
        m = _WORD_BULLET.match(line)
        if m:
            lines[i] = "  " * (_WORD_LEVEL[m.group(1)] - outer) + "- " + line[m.end():]
