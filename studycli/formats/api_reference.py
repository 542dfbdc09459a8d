"""A parameter's entry copied from an AWS API Reference page (or written in its layout): the
parameter's name on a line of its own, its description and its constraints indented under it.

    Timeout
      The amount of time (in seconds) that Lambda allows a function to run before stopping it.
      Type: Integer
      Default: 3
      Valid Range: Minimum value of 1. Maximum value of 900.
      Required: No

Read as a paragraph, the name was a line of no meaning and its constraints were nobody's:
"Minimum value of 1. Maximum value of 900." named no setting and no unit, so "lambda max
timeout" found nothing, and the entry's default was lost. Here each line of the entry becomes
a list item that opens with the parameter's name in words ("- timeout: The amount of time
...", "- timeout default: 3 s", "- timeout: min 1 s. max 900 s."; as a line going on under
one item, "Default: 300" was read by its own words, a "start latency"), its `Type:` and
`Required:` lines blank (they teach nothing, and "Required: No" answered anything), the
reference's wording of a bound said as the parser reads one ("Minimum value of 1" -> "min 1",
"Maximum length of 256" -> "max 256 characters") and each bare number of a bound, a default or
a range in the unit the entry says: by the parameter's name (`PendingWindowInDays`: days,
`DurationSeconds`: s), by its description ("(in seconds)"), or by a number the entry converts
itself ("Maximum value of 31536000 (365 days)": seconds).

Only an entry whose indented lines hold a constraint line of the reference's own (`Type:`,
`Default:`, `Valid Range:`, `Valid Values:`, `Required:`, `Length Constraints:`, `Pattern:`,
`Array Members:`) is read so: a short line over indented text is otherwise anything.
"""

from __future__ import annotations

import re

from studycli.formats.code_names import identifier_words, name_and_unit
from studycli.formats.definitions import with_unit
from studycli.formats.keyvalues import KEY_UNITS

# a parameter's name, or an operation's and a parameter's ("AssumeRole DurationSeconds",
# "ScheduleKeyDeletion.PendingWindowInDays"): identifiers, no sentence
_NAME = re.compile(r"^(?:([A-Z][A-Za-z0-9]*)[ .])?([A-Za-z][a-z0-9]*(?:[A-Z][A-Za-z0-9]*)*)$")
# the reference's own constraint lines
CONSTRAINT = re.compile(r"^(?:Type|Default|Valid\s+Range|Valid\s+Values|Required|Length\s+"
                        r"Constraints|Pattern|Array\s+Members)\s*:", re.IGNORECASE)
# constraint lines a student writes in an outline of their own as well
_STUDENT_WORDS = re.compile(r"^(?:Default|Required)\s*:", re.IGNORECASE)
# "Minimum value of 1.", "Maximum length of 256.", "Maximum number of 10 items."
_BOUND_OF = re.compile(r"\b(Minimum|Maximum)\s+(value|length|number)\s+of\s+(?=\d)",
                       re.IGNORECASE)
# "Length Constraints: ... max 256": a string's length counts characters
_LENGTH = re.compile(r"\b(max|min)\s+(\d[\d,]*)(?=\s*(?:[.;,)]|$))")
# "(in seconds)", "in seconds,": the unit the description gives the parameter's numbers
_IN_UNIT = re.compile(r"\bin\s+(" + "|".join(sorted(
    (k for k in KEY_UNITS if len(k) > 2), key=len, reverse=True)) + r")\b", re.IGNORECASE)
# a number the entry converts itself: "86400 (1 day)", "262144 (256 KB)"
_CONVERTED = re.compile(r"(?<![\w.])(\d[\d,]*)\s*\(\s*(\d+(?:\.\d+)?)\s*([A-Za-z]+)\s*\)")
# each unit's size in its dimension's base (seconds, bytes), to tell a converted number's unit
_TIME = {"s": 1, "ms": 0.001, "min": 60, "h": 3600, "days": 86400, "weeks": 604800,
         "years": 31536000}
_SIZE = {"bytes": 1, "KB": 1024, "KiB": 1024, "MB": 1024 ** 2, "MiB": 1024 ** 2,
         "GB": 1024 ** 3, "GiB": 1024 ** 3, "TB": 1024 ** 4, "TiB": 1024 ** 4}
_SINGULAR = {"second": "s", "minute": "minutes", "hour": "hours", "day": "days",
             "week": "weeks", "year": "years", "byte": "bytes"}
# a bare number of a range ("Valid Range 0-2") or of a default ("Default: 3") takes the unit
# too: with_unit reads those after "default", "min" and "max" only
_BARE_RANGE = re.compile(r"\b((?:Valid\s+)?Range\s*:?\s*)(\d[\d,]*)\s*(-|–|to)\s*(\d[\d,]*)"
                         r"(?=\s*(?:[.;,)]|$))", re.IGNORECASE)


def api_entries(lines: list[str]) -> dict[int, str]:
    """{index: its markdown} for each line of a parameter entry in `lines` (the lines as
    written, with their indentation); lines of no entry are left out."""
    out: dict[int, str] = {}
    i = 0
    while i < len(lines):
        end = _entry_end(lines, i)
        if end is None:
            i += 1
            continue
        out.update(_entry(lines, i, end))
        i = end
    return out


def api_entries_to_items(lines: list[str]) -> list[str]:
    """`lines` with each parameter entry outside code fences read as items (and in a fence of no
    language, as a student pastes a reference page into: its entries too, the fence's other
    lines left unread as before)."""
    from studycli.fences import in_fence_mask

    fenced = in_fence_mask(lines)
    # (a `#` line is left to the reader of a note's comments, formats/hash_comments.py, which
    # reads its entries and its lines so itself, or to markdown as a heading)
    out = [line if fenced[i] or line.startswith("#") else inline_constraints(line)
           for i, line in enumerate(lines)]
    for i, text in api_entries(lines).items():
        out[i] = text
    for start, end in _plain_fences(lines, fenced):
        read = _entries_in(lines, start, end)
        if read:
            out[start] = out[end] = ""
            for k in range(start + 1, end):
                if k not in read:
                    out[k] = ""
    return out


def _entries_in(lines: list[str], start: int, end: int) -> dict[int, str]:
    return {start + 1 + k: text for k, text in api_entries(lines[start + 1:end]).items()}


_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})\s*(\w*)\s*$")


def _plain_fences(lines: list[str], fenced: list[bool]) -> list[tuple[int, int]]:
    """(opening, closing) of each fence that names no language or plain text."""
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        opened = _FENCE.match(lines[i])
        if not opened:
            i += 1
            continue
        mark = opened.group(1)
        end = next((j for j in range(i + 1, len(lines))
                    if lines[j].strip().startswith(mark) and not lines[j].strip().strip(mark[0])),
                   None)
        if end is None:
            break
        if opened.group(2).lower() in ("", "text", "txt", "plain", "plaintext"):
            found.append((i, end))
        i = end + 1
    return found


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _entry_end(lines: list[str], i: int) -> int | None:
    """The index after the entry whose name is line `i`, or None where line `i` opens none."""
    if not _NAME.match(lines[i].strip()):
        return None
    indent = _indent(lines[i])
    end = i + 1
    while end < len(lines) and lines[end].strip() and _indent(lines[end]) > indent:
        end += 1
    # the innermost name over the constraints is the entry: a block of its own lines at one
    # indentation (an outer "Request Parameters" over two entries, or a student's outline
    # "SQS" over "Visibility timeout" over "Default: 30 seconds", is no entry: read so, one
    # entry's "(in seconds)" gave another's bounds seconds and the sub-topic was lost)
    if end == i + 1 or len({_indent(lines[k]) for k in range(i + 1, end)}) > 1:
        return None
    # and a line only the reference writes: "Default:" and "Required:" are a student's words
    # too ("EC2" over "Required: key pair for SSH" is a note, not a parameter's entry)
    if not any(CONSTRAINT.match(lines[k].strip()) and not _STUDENT_WORDS.match(lines[k].strip())
               for k in range(i + 1, end)):
        return None
    return end


def _bounds_said(text: str) -> str:
    """"Minimum value of 1. Maximum length of 256." -> "min 1. max 256."."""
    return _BOUND_OF.sub(lambda m: m.group(1)[:3].lower() + " ", text)


def _words_and_unit(parameter: str) -> tuple[list[str], str | None]:
    """A parameter's name in words, less the unit it names, and that unit
    (`PendingWindowInDays`: "pending window", days)."""
    words, unit = name_and_unit(identifier_words(parameter))
    while unit and len(words) > 1 and words[-1].lower() in ("in", "of"):
        words = words[:-1]
    return words, unit


def _entry(lines: list[str], i: int, end: int) -> dict[int, str]:
    name = _NAME.match(lines[i].strip())
    assert name is not None
    operation, parameter = name.group(1), name.group(2)
    words, unit = _words_and_unit(parameter)
    description = [lines[k].strip() for k in range(i + 1, end)]
    unit = unit or _said_unit(description)
    said = " ".join([*([operation] if operation else []), *words])
    out = {i: ""}
    for k, text in enumerate(description):
        out[i + 1 + k] = _constraint_item(said, text, unit)
    return out


# the reference's lines that say nothing a student asks: the value's type, whether it is
# required (read as a statement of the setting, "Required: No" was an answer to anything)
_SAYS_NOTHING = re.compile(r"^(?:Type|Required|Pattern)\s*:", re.IGNORECASE)
# "Default: 300" -> "default cooldown default: 300"; "Valid Range: ..." -> "timeout: ..."
_LABEL = re.compile(r"^(Default|Valid\s+Range|Valid\s+Values|Length\s+Constraints|Array\s+"
                    r"Members)\s*:\s*", re.IGNORECASE)
_LABEL_SAID = {"default": " default", "valid range": "", "valid values": " values",
               "length constraints": " length", "array members": " items"}


def _constraint_item(said: str, text: str, unit: str | None) -> str:
    """One line of an entry as an item of its own that names the parameter: each line is
    read as about it, not only the first (a line going on under an item was read by its own
    words: "Default: 300" under "default cooldown" was a "start latency")."""
    if _SAYS_NOTHING.match(text):
        return ""
    text = _bounds_said(text)
    label = _LABEL.match(text)
    if label and label.group(1).lower().startswith("length"):
        text = _LENGTH.sub(r"\1 \2 characters", text)
    if unit:
        text = _CONVERTED.sub(lambda m: _with_unit_said(m, unit), text)
        text = _BARE_RANGE.sub(rf"\1\2 {unit} \3 \4 {unit}", text)
        if label and label.group(1).lower() == "default":
            text = with_unit(text, unit)
    if label:
        word = _LABEL_SAID[" ".join(label.group(1).lower().split())]
        rest = text[label.end():]
        if unit and not word:
            rest = with_unit(rest, unit)
        return f"- {said}{word}: {rest}"
    return f"- {said}: {with_unit(text, unit)}"


def _with_unit_said(m: re.Match, unit: str) -> str:
    """"31536000 (365 days)" -> "31536000 s (365 days)" where the two are one amount."""
    if _converted_unit(float(m.group(1).replace(",", "")), float(m.group(2)),
                       m.group(3)) != unit:
        return m.group(0)
    return f"{m.group(1)} {unit} ({m.group(2)} {m.group(3)})"


def _said_unit(description: list[str]) -> str | None:
    """The unit an entry's description gives its numbers: "(in seconds)", else the one a
    number it converts itself is in ("Maximum value of 31536000 (365 days)": seconds)."""
    for text in description:
        said = _IN_UNIT.search(text)
        if said:
            return KEY_UNITS[said.group(1).lower()]
    for text in description:
        for m in _CONVERTED.finditer(text):
            unit = _converted_unit(float(m.group(1).replace(",", "")), float(m.group(2)),
                                   m.group(3))
            if unit:
                return unit
    return None


def _converted_unit(number: float, amount: float, word: str) -> str | None:
    """The unit `number` is in, where it is `amount` `word` ("86400 (1 day)": s)."""
    unit = KEY_UNITS.get(word.lower()) or _SINGULAR.get(word.lower().rstrip("s")) \
        or KEY_UNITS.get(word.lower().rstrip("s") + "s")
    if unit is None:
        return None
    unit = {"minutes": "min", "hours": "h"}.get(unit, unit)
    for table in (_TIME, _SIZE):
        if unit in table:
            whole = amount * table[unit]
            return next((u for u, size in table.items()
                         if abs(number * size - whole) < 1e-6 * whole), None)
    return None


# a parameter named in a line before the reference's words of its constraints
# ("ScheduleKeyDeletion PendingWindowInDays: Valid Range 7-30, Default: 30",
# "(MaximumEventAgeInSeconds Valid Range: Minimum value of 60. ...)")
_INLINE = re.compile(r"\b(?:([A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+)\s+)?"
                     r"([A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+)(?:\s*\([^()]*\))?\s*:?\s*"
                     r"(?=Valid\s+Range\b|Default\s*:|(?:Minimum|Maximum)\s+(?:value|length)\s+of\b)")
_VALID = re.compile(r"\bValid\s+Range\b", re.IGNORECASE)
# how far a parameter's constraints go on the line: to the end of its brackets or the line
_INLINE_END = re.compile(r"\)|$")


def inline_constraints(text: str) -> str:
    """A line with the reference's wording of a bound said as the parser reads one ("Minimum
    value of 1. Maximum value of 21600 (6 hours)" -> "min 1 s. max 21600 s (6 hours)"), its
    "Valid Range" a range (no setting called "valid"), and where it names a parameter before
    them, the parameter in words ("ScheduleKeyDeletion PendingWindowInDays: Valid Range 7-30,
    Default: 30" -> "schedule key deletion pending window: range 7 days - 30 days, Default:
    30 days"), each bare number of a bound, a range or a default in the unit the name says, or
    else the unit a number the line converts is in; any other line as it is."""
    if not (_BOUND_OF.search(text) or _VALID.search(text) or _INLINE.search(text)):
        return text
    named = list(_INLINE.finditer(text))
    if not named:
        return _said(_reference_bounds_in_unit(text))
    parts: list[str] = []
    at = 0
    for m in named:
        if m.start() < at:
            continue
        closed = _INLINE_END.search(text, m.end())
        end = closed.start() if closed else len(text)
        words, unit = _words_and_unit(m.group(2))
        said = _said(text[m.end():end])
        unit = unit or _said_unit([said])
        parts += [_said(text[at:m.start()]), text[m.start():m.start(2)], " ".join(words), ": ",
                  _in_unit(said, unit) if unit else said]
        at = end
    return "".join(parts) + _said(text[at:])


# a bound in the reference's words, maybe converted: "Maximum value of 21600 (6 hours)"
_WORDED_BOUND = re.compile(r"\b(?:Minimum|Maximum)\s+(?:value|length|number)\s+of\s+"
                           r"(\d[\d,]*)(?![\d,]*\s*[A-Za-z%])(\s*\(\s*(\d+(?:\.\d+)?)\s*"
                           r"([A-Za-z]+)\s*\))?", re.IGNORECASE)


def _reference_bounds_in_unit(text: str) -> str:
    """A line naming no parameter with its bounds in the reference's words each in the unit
    one of them converts itself to ("Minimum value of 1. Maximum value of 21600 (6 hours)":
    seconds). Only those bounds, and only by their own conversion: the line's other numbers
    may be other things' ("shards: Minimum value of 1 ...; retention default 24, up to 8760
    (365 days)": the shards were hours)."""
    bounds = list(_WORDED_BOUND.finditer(text))
    units = {_converted_unit(float(m.group(1).replace(",", "")), float(m.group(3)), m.group(4))
             for m in bounds if m.group(2)}
    if len(units) != 1 or None in units:
        return text
    unit = units.pop()
    for m in reversed(bounds):
        text = f"{text[:m.end(1)]} {unit}{text[m.end(1):]}"
    return text


def _said(text: str) -> str:
    """The reference's words of bounds as the parser reads them: "Valid Range" a range,
    "Minimum value of 1" "min 1"."""
    return _VALID.sub("range", _bounds_said(text))


def _in_unit(text: str, unit: str) -> str:
    text = _CONVERTED.sub(lambda m: _with_unit_said(m, unit), text)
    return _BARE_RANGE.sub(rf"\1\2 {unit} \3 \4 {unit}", with_unit(text, unit))


# a parameter's name in a table's first cell
_IDENTIFIER = re.compile(r"^[\s*`]*[A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+[\s*`]*$")
# a cell's bare span ("0 to 20", "1-10")
_BARE_SPAN = re.compile(r"^(\s*\d[\d,]*)(\s*(?:to|-|–)\s*)(\d[\d,]*)(?=\s*$)")
# a cell that is a bare number, maybe with a remark in brackets ("30", "0 (short polling)")
_BARE_CELL = re.compile(r"^\s*(\d[\d,]*)(\s*(?:\([^()]*\))?\s*)$")


def with_converted_units(row: list[str], header_units: list[str] | None = None) -> list[str]:
    """A table row whose numbers the row converts itself, as an API Reference's attribute
    table writes them ("| MessageRetentionPeriod | 60 (1 minute) to 1209600 (14 days) |
    345600 (4 days) |"), with each such number said as its conversion ("1 minute to 14
    days") and the row's bare numbers ("| VisibilityTimeout | 0 to 43200 (12 hours) | 30 |")
    in the unit the conversions show (seconds): read as written, the range was no range
    and "(4 days)" a limit, the default's bare 30 nothing. A row whose conversions disagree
    on the unit, or that has none, is as it was.

    Only a row of one parameter (its first cell an identifier) gives its bare numbers the
    unit, and never in a column whose header (`header_units`) says a unit of its own: a
    row of a service's quotas mixes quantities ("| Lambda | 10240 (10 GB) | 900 |" under
    "Max memory | Max timeout (s)": the 900 was MB)."""
    units = {_converted_unit(float(m.group(1).replace(",", "")), float(m.group(2)), m.group(3))
             for cell in row for m in _CONVERTED.finditer(cell)}
    if not units and row and _IDENTIFIER.match(row[0]):
        # no conversion: the unit a parameter's name says ("ReceiveMessageWaitTimeSeconds")
        units = {_words_and_unit(row[0].strip(" *`"))[1]}
    if len(units) != 1 or None in units:
        return row
    unit = units.pop()
    assert unit is not None
    one_parameter = bool(row) and _IDENTIFIER.match(row[0]) is not None
    own = [*(header_units or []), *[""] * len(row)]
    out = []
    for k, cell in enumerate(row):
        cell = _CONVERTED.sub(lambda m: f"{m.group(2)} {m.group(3)}"
                              if _converted_unit(float(m.group(1).replace(",", "")),
                                                 float(m.group(2)), m.group(3)) == unit
                              else m.group(0), cell)
        if one_parameter and not own[k]:
            cell = _BARE_CELL.sub(rf"\1 {unit}\2", cell)
            cell = _BARE_SPAN.sub(rf"\1 {unit}\2\3 {unit}", cell)
        out.append(cell)
    return out
