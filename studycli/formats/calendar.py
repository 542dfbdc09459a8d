"""A study plan kept in a calendar and exported as iCalendar (`.ics`, Google Calendar, Outlook,
Apple Calendar), line for line as markdown.

A calendar's notes are its events' DESCRIPTION fields: one property, folded at 75 octets onto
continuation lines that begin with a space (mid-word: "exp" / " licit DENY"), its own lines
written as the escape `\\n`, its commas as `\\,`. Read as plain text every fact was split at
the fold and glued to the next with "\\n". Here each property is unfolded and unescaped (a
description Google Calendar saved as HTML, `<b>SQS</b><br><ul><li>...`, broken at its `<br>`,
`<li>` and `<p>`), and each line of its text is written on a line of the file that holds part of it,
the one that holds most of it where the lines around leave it free, so a fact is cited at a
line holding its text. A description of more lines than the file's lines it is folded on
(short lines packed several to a line) cannot be cited so: it is left as written, as a plain
text file reads it, rather than its lines merged onto one or moved onto lines that do not
hold them. An event's SUMMARY is the heading over its description, on its BEGIN:VEVENT line
(the calendar's name, X-WR-CALNAME, the note's title); every other property (dates, ids,
reminders) is no note and is left blank.
"""

from __future__ import annotations

import re
from collections import Counter

# properties whose text is the student's: an event's or task's description and a comment
_TEXT = frozenset({"DESCRIPTION", "COMMENT", "X-ALT-DESC"})
_PROPERTY = re.compile(r"^([A-Za-z][\w-]*)((?:;[^:]*)?):(.*)$")
_ESCAPE = re.compile(r"\\([nN,;\\])")
_COMPONENT = re.compile(r"^(BEGIN|END):(\w[\w-]*)\s*$", re.IGNORECASE)
# components whose text is no note: a reminder's "This is an event reminder", a time zone
_SKIPPED = frozenset({"VALARM", "VTIMEZONE", "STANDARD", "DAYLIGHT"})


def looks_like_calendar(lines: list[str]) -> bool:
    return any(line.strip().upper() == "BEGIN:VCALENDAR" for line in lines[:5])


def calendar_to_markdown(lines: list[str]) -> list[str]:
    if not looks_like_calendar(lines):
        return lines
    out = [""] * len(lines)
    properties = _unfolded(lines)
    stack: list[tuple[str, int]] = []  # open components: (name, line of BEGIN)
    for start, end, name, params, value in properties:
        component = _COMPONENT.match(f"{name}:{value}")
        if component:
            if component.group(1).upper() == "BEGIN":
                stack.append((component.group(2).upper(), start))
            elif stack:
                stack.pop()
            continue
        if any(c in _SKIPPED for c, _ in stack):
            continue
        if name == "X-WR-CALNAME" and value.strip():
            out[start] = f"# {_unescape(value).strip()}"
        elif name == "SUMMARY" and value.strip() and stack:
            out[stack[-1][1]] = f"## {_unescape(value).strip()}"
        elif name in _TEXT and "FMTTYPE=TEXT/HTML" not in params.upper():
            if not _place(out, start, value):  # left as written
                out[start:end + 1] = lines[start:end + 1]
    return out


def _unfolded(lines: list[str]) -> list[tuple[int, int, str, str, str]]:
    """Each property: (first line, last line, NAME, parameters, value), its continuation
    lines joined; `value` keeps a marker "\\x00" where each line of the file began."""
    found: list[tuple[int, int, str, str, str]] = []
    k = 0
    while k < len(lines):
        match = _PROPERTY.match(lines[k].rstrip("\r"))
        start = k
        k += 1
        if not match:
            continue
        parts = [match.group(3)]  # joined once: a long property is not copied a line at a time
        while k < len(lines) and lines[k][:1] in (" ", "\t"):
            parts.append(lines[k].rstrip("\r")[1:])
            k += 1
        found.append((start, k - 1, match.group(1).upper(), match.group(2), "\x00".join(parts)))
    return found


def _unescape(value: str) -> str:
    return _ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1),
                       value.replace("\x00", ""))


def _place(out: list[str], start: int, value: str) -> bool:
    """Write each line of the text of a property that begins on line `start` on a line of the
    file that holds part of it (the one that holds most of it, where free), one a line.
    False, with nothing written, where its lines are more than that allows."""
    pieces = _pieces(value, start)
    at: list[int] = []
    for first, last, _, _ in pieces:  # forward: each as early as the one before allows
        at.append(max(first, at[-1] + 1) if at else first)
        if at[-1] > last:
            return False
    for k in range(len(pieces) - 1, -1, -1):  # backward: onto the line holding most of it
        _, last, most, _ = pieces[k]
        ceiling = last if k == len(pieces) - 1 else min(last, at[k + 1] - 1)
        at[k] = max(at[k], min(most, ceiling))
    for k, (_, _, _, piece) in enumerate(pieces):
        out[at[k]] = piece
    return True


def _pieces(value: str, start: int) -> list[tuple[int, int, int, str]]:
    """The lines of a property's unescaped text: (first line of the file it is on, last line,
    the line that holds most of it, text). A fold can split an escape: "\\" at one line's
    end, "n" at the next's."""
    text: list[str] = []
    origin: list[int] = []
    line = start
    k = 0
    while k < len(value):
        c = value[k]
        if c == "\x00":
            line += 1
            k += 1
            continue
        if c == "\\" and k + 1 < len(value):
            nxt = k + 1
            while nxt < len(value) and value[nxt] == "\x00":
                nxt += 1
            if nxt < len(value) and value[nxt] in "nN,;\\":
                text.append("\n" if value[nxt] in "nN" else value[nxt])
                origin.append(line)
                line += value.count("\x00", k, nxt)
                k = nxt + 1
                continue
        text.append(c)
        origin.append(line)
        k += 1
    joined = "".join(text)
    if _HTML_BREAK.search(joined):
        joined, origin = _html_lines(joined, origin)
    pieces = []
    pos = 0
    for piece in joined.split("\n"):
        if piece.strip():
            lines = origin[pos:pos + len(piece)]
            most = Counter(lines).most_common(1)[0][0]
            pieces.append((lines[0], lines[-1], most, piece.strip()))
        pos += len(piece) + 1
    return pieces


# a description Google Calendar saved as HTML: its line breaks are tags
_HTML_BREAK = re.compile(r"<(?:br|p|li|ul|ol|div)\b[^>]*>", re.IGNORECASE)
_HTML_TAG = re.compile(r"<(/?)(\w+)\b[^>]*>|&(amp|lt|gt|quot|nbsp|#39);")
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "nbsp": " ", "#39": "'"}
_BREAKS = frozenset({"br", "p", "li", "ul", "ol", "div"})


def _html_lines(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """`text` with its tags turned into line breaks (an item "- "), other tags dropped and
    entities decoded, each character still with the line of the file it came from."""
    out: list[str] = []
    lines: list[int] = []
    pos = 0
    for match in _HTML_TAG.finditer(text):
        out.append(text[pos:match.start()])
        lines.extend(origin[pos:match.start()])
        if match.group(3):
            said = _ENTITIES[match.group(3)]
        elif match.group(2).lower() == "li" and not match.group(1):
            said = "\n- "
        else:
            said = "\n" if match.group(2).lower() in _BREAKS else ""
        out.append(said)
        lines.extend([origin[match.start()]] * len(said))
        pos = match.end()
    out.append(text[pos:])
    lines.extend(origin[pos:])
    return "".join(out), lines
