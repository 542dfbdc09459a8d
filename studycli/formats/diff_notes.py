"""A note kept as a unified diff (`git diff > notes.diff`, a `.patch`): read as the note it
makes, its lines after the change.

Read as plain text, every line of a diff began with its column of "+", "-" or " ": an added
line "+- EC2 basic monitoring = every 5 min" was no list item, and the removed line above it
("-- ... every 1 min", the value the student corrected) was read as a fact too, in conflict
with the new one. Here a hunk's context and added lines are the note, each cited on its line of
the diff; its removed lines, hunk headers ("@@ -1,22 +1,24 @@") and the file headers (`diff
--git`, `index`, `---`, `+++`) are left out, not blanked, so that a table or a list a removed
line sat in stays one table (formats/spread.py: each line with the file's line it was read
from). A hunk runs to the next hunk or file header, whatever its header counted (a diff edited
by hand often miscounts). A file with no hunk is read as written.
"""

from __future__ import annotations

import re

from studycli.formats.spread import SpreadLines

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@")


def diff_to_markdown(lines: list[str]) -> list[str]:
    out: list[str] = []
    at: list[int] = []
    in_hunk = False
    for k, line in enumerate(lines):
        # a hunk header starts a hunk whatever the one before counted: a diff edited by hand
        # often counts its lines wrong, and counting them read a header as a line of the note
        hunk = _HUNK.match(line)
        if hunk:
            # each hunk its own section: the last hunk's list or table does not run on into
            # this one; the header's trailing text (git's nearest heading above the hunk,
            # "@@ -40,3 +40,4 @@ # Kinesis") is the heading the hunk's lines sit under
            trailing = line[hunk.end():].strip()
            if _HEADING.match(trailing) or (out and out[-1].strip()):
                out.append(trailing if _HEADING.match(trailing) else "")
                at.append(k)
            in_hunk = True
            continue
        if not in_hunk or line.startswith("\\"):  # headers; "\ No newline at end of file"
            continue
        if line.startswith(_FILE_HEADERS) or (
                line.startswith("--- ") and k + 1 < len(lines)
                and lines[k + 1].startswith("+++ ")):
            in_hunk = False  # the next file's headers, up to its first hunk
            continue
        mark = line[:1]
        if mark == "-":
            continue
        if mark not in ("+", " ", ""):  # no line of a hunk: text around the diff
            in_hunk = False
            continue
        out.append(line[1:])  # an added line, or context (" ", or "" an editor trimmed)
        at.append(k)
    if not at:
        return lines
    return SpreadLines(out, at)


_HEADING = re.compile(r"#{1,6}\s+\S")
_FILE_HEADERS = ("diff ", "index ", "Only in ", "Binary files ")
