"""A study plan kept in a calendar and exported as iCalendar (`.ics`, Google Calendar, Outlook,
Apple Calendar), line for line as markdown.

A calendar's notes are its events' DESCRIPTION fields: one property, folded at 75 octets onto
continuation lines that begin with a space (mid-word: "exp" / " licit DENY"), its own lines
written as the escape `\\n`, its commas as `\\,`. Read as plain text every fact was split at
the fold and glued to the next with "\\n". Here each property is unfolded and unescaped, and
each line of its text is written on a line of the file that holds part of it (the first
line it reaches that is still free: two short lines folded onto one line of the file go on
consecutive lines of the property), so a fact is cited within the lines its text spans. An
event's SUMMARY is the heading over its description, on its BEGIN:VEVENT line (the
calendar's name, X-WR-CALNAME, the note's title); every other property (dates, ids,
reminders) is no note and is left blank.
"""

from __future__ import annotations

import re

from studycli.formats.spread import spread

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
    ends = _component_ends(properties, len(lines))
    stack: list[tuple[str, int]] = []  # open components: (name, line of BEGIN)
    used = 0  # lines up to here hold text already
    for start, end, name, params, value in properties:
        component = _COMPONENT.match(f"{name}:{value}")
        if component:
            if component.group(1).upper() == "BEGIN":
                stack.append((component.group(2).upper(), start))
                used = start + 1
            elif stack:
                stack.pop()
            continue
        if any(c in _SKIPPED for c, _ in stack):
            continue
        if name == "X-WR-CALNAME" and value.strip():
            out[start] = f"# {_unescape(value).strip()}"
            used = start + 1
        elif name == "SUMMARY" and value.strip() and stack:
            out[stack[-1][1]] = f"## {_unescape(value).strip()}"
        elif name in _TEXT and "FMTTYPE=TEXT/HTML" not in params.upper():
            # free lines: from the last written to the end of the component it is in
            limit = ends.get(stack[-1][1], end + 1) - 1 if stack else end
            used = _place(out, used, max(end, limit), start, value) + 1
    return out


def _component_ends(properties: list[tuple[int, int, str, str, str]], count: int
                    ) -> dict[int, int]:
    """The line of each component's END, by the line of its BEGIN."""
    ends: dict[int, int] = {}
    open_: list[int] = []
    for start, _, name, _, _ in properties:
        if name == "BEGIN":
            open_.append(start)
        elif name == "END" and open_:
            ends[open_.pop()] = start
    for begin in open_:
        ends[begin] = count
    return ends


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
        value = match.group(3)
        while k < len(lines) and lines[k][:1] in (" ", "\t"):
            value += "\x00" + lines[k].rstrip("\r")[1:]
            k += 1
        found.append((start, k - 1, match.group(1).upper(), match.group(2), value))
    return found


def _unescape(value: str) -> str:
    return _ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1),
                       value.replace("\x00", ""))


def _place(out: list[str], low: int, high: int, start: int, value: str) -> int:
    """Write the text of a property that begins on line `start` onto lines `low`..`high`
    (formats/spread.py). Returns the last line written."""
    return spread(out, _pieces(value, start), low, high)


def _pieces(value: str, start: int) -> list[tuple[int, str]]:
    """The lines of a property's unescaped text, each with the line of the file it begins
    on (a fold can split an escape: "\\" at one line's end, "n" at the next's)."""
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
    pieces = []
    pos = 0
    for piece in "".join(text).split("\n"):
        if piece.strip():
            # the line its first words are on: a fold that leaves one letter of it ("\nR" /
            # " otation: ...") at the end of a line does not make that line its own
            pieces.append((origin[pos + min(len(piece) - 1, _FIRST_WORDS)], piece.rstrip()))
        pos += len(piece) + 1
    return pieces


_FIRST_WORDS = 12
