"""Whether a JavaScript or TypeScript file found in a folder is the student's notes written
as comments in code: a CDK stack kept as a cheat sheet ("// AWS reserves 5 IPs in every
subnet", "interval: cdk.Duration.seconds(30),   // default 30 s").

A folder holds scripts by the thousand (a tool's, a package's, a project's), so such a file
is passed over unless it keeps named constants (`code_constants.holds_facts`) or, here, its
comments read as study notes: many of them name AWS services (three or more different ones)
and many state figures, and they are not outweighed by the code around them (a project's
stack has a comment for every few dozen lines; a student's has one for every line or two).
API documentation (JSDoc's `@param`, `@returns`) names services and figures densely too, and
is no student's notes. Whatever passes is read by its comments only (`code_comments`): the
code's own values stay the program's settings.
"""

from __future__ import annotations

import re

from studycli.formats.code_comments import comment_of, comment_start

_DIGIT = re.compile(r"\d")
_SNIFF_LINES = 400
_MIN_NAMING = 5  # comment lines that name an AWS service
_MIN_FIGURES = 5  # comment lines that state a number (not one of a service's name)
_MIN_SERVICES = 3  # different services the comments name: notes range over a topic


def comments_are_notes(text: str) -> bool:
    """Whether a C-family source file's comments are a student's notes (see the module)."""
    from studycli.services import find_services, without_service_names

    comments, code = _comments_and_code(text.split("\n")[:_SNIFF_LINES])
    if len(comments) < max(_MIN_NAMING, _MIN_FIGURES) or 2 * len(comments) < code:
        return False
    if 10 * sum(1 for c in comments if c.startswith("@")) >= len(comments):
        return False  # API documentation's tags
    naming = figures = 0
    services: set[str] = set()
    for comment in comments:
        named = find_services(comment)
        naming += bool(named)
        services.update(m.name for m in named)
        figures += bool(_DIGIT.search(without_service_names(comment) if named else comment))
    return naming >= _MIN_NAMING and figures >= _MIN_FIGURES and len(services) >= _MIN_SERVICES


def _comments_and_code(lines: list[str]) -> tuple[list[str], int]:
    """The text of every comment (a `//` comment, a line of a `/* */` block) and how many
    lines hold code (a line of code with a comment beside it is both)."""
    comments: list[str] = []
    code = 0
    in_block = False
    for line in lines:
        if in_block:
            end = line.find("*/")
            words = (line[:end] if end >= 0 else line).strip().lstrip("*").strip()
            in_block = end < 0
            if words:
                comments.append(words)
            continue
        comment, in_block = comment_of(line)
        code += bool(line[:comment_start(line)].strip())
        if comment:
            comments.append(comment)
    return comments, code
