"""Notes exported by a note app as JSON (Google Keep's Takeout, a Joplin or Simplenote export, a
script's dump of flashcards), read as the text they hold.

Only string values a person wrote are kept: a value with a space in it (an id, a timestamp, a
tag, a colour or an enum has none), a number with its unit ("400KB"), or a title. A key
naming a title (`title`, `heading`, `subject`) makes its value a heading placed where its
object opens, before the object's text whatever the key order (Keep writes `textContent`
before `title`), so the note's facts are filed under it. Numbers, booleans and keys are not
notes (a template's `"Timeout": 30` is a setting).

Line for line: each line of the file gives the text of the strings on it (a flashcard's
question and answer on one line), joined by " · " (a pause the parser
reads between statements), so a fact cites the line of the file that holds it; a body of
several lines in one string is laid out one line a line from its own (_spilled). A file packed
with several notes, or a note's title and text, on a line (a minified export)
has no useful line numbers: it is read note by note, one line per line of text, its lines
counted so (as a packed HTML page is: formats/html.py). A file that is not JSON at all is
read as the plain text it is.
"""

from __future__ import annotations

import json
import re

# a JSON string literal (and whether a ":" follows: a key), or an object's brace
_TOKEN = re.compile(r'"((?:[^"\\\n]|\\.){0,100000})"(\s*:)?|([{}])')
_TITLE_KEYS = frozenset({"title", "heading", "subject"})  # not "name": a label is named too
_JOIN = " · "
# a flashcard's short answer ("400KB", "14d", "1.5GB"): a number and its unit, kept though it
# has no space (an id or a timestamp is no such thing)
_QUANTITY = re.compile(r"\s*\d[\d.,]*\s*[A-Za-z%/]{1,12}\s*$")


def json_to_markdown(lines: list[str]) -> list[str]:
    if not _is_json("\n".join(lines)):
        return lines
    pieces, opens = _pieces(lines)
    # line for line unless a line holds a title with text, or several notes' text
    if all(len(texts) <= 1 or (opens[i] <= 1 and not any(t.startswith("## ") for t in texts))
           for i, texts in enumerate(pieces)):
        return _spilled(pieces)
    return [part.rstrip() for texts in pieces for text in texts for part in text.split("\n")]


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except (ValueError, RecursionError):  # "[[[[..." nests past the decoder's depth
        return False
    return True


def _pieces(lines: list[str]) -> tuple[list[list[str]], list[int]]:
    """Per line of the file, the headings and texts it gives, in order (a title's heading
    goes where its object opens), and how many objects open on it."""
    pieces: list[list[str]] = [[] for _ in lines]
    opens = [0] * len(lines)
    opened: list[tuple[int, int]] = []  # per open object: its line, and its place on it
    key = ""
    for number, line in enumerate(lines):
        for match in _TOKEN.finditer(line):
            literal, colon, brace = match.groups()
            if brace:
                if brace == "{":
                    opened.append((number, len(pieces[number])))
                    opens[number] += 1
                elif opened:
                    opened.pop()
                key = ""
                continue
            value = _decoded(literal)
            if value is None:
                continue
            if colon:
                key = value.lower()
                continue
            if key in _TITLE_KEYS and value.strip():
                at_line, place = opened[-1] if opened else (number, len(pieces[number]))
                pieces[at_line].insert(place, "## " + " ".join(value.split()))
            elif any(c.isspace() for c in value.strip()) or _QUANTITY.match(value):
                pieces[number].append(value)
            key = ""
    return pieces, opens


def _decoded(literal: str) -> str | None:
    try:
        return json.loads(f'"{literal}"')
    except ValueError:
        return None


def _spilled(pieces: list[list[str]]) -> list[str]:
    """Line for line: each line's texts joined by " · ", but a text of several lines (a
    Keep note's body: "Support plans" / "- Basic: ... 7 core Trusted Advisor checks" /
    "- Developer: from $29/mo ...") laid on its own line and the lines below it that hold no
    text (its note's tags, timestamps, closing braces), one line of text a line, so its
    list stays a list: joined on one line, every item of it was filed under the service one
    of them names. What does not fit is joined on the last line it may use."""
    out = [""] * len(pieces)
    for i, texts in enumerate(pieces):
        parts = [part.strip() for text in texts for part in text.split("\n") if part.strip()]
        if not parts:
            continue  # (a line a text above may have spilled onto)
        if len(texts) != 1 or len(parts) <= 1:
            out[i] = _JOIN.join(parts)  # a card's question and answer: one line, as written
            continue
        room = 1
        while i + room < len(pieces) and not pieces[i + room] and room < len(parts):
            room += 1
        if not any(_MARKED.match(part) for part in parts):
            parts = ["- " + part for part in parts]  # lines of their own: see _MARKED
        out[i:i + room] = parts[:room - 1] + [_JOIN.join(parts[room - 1:])]
    return out


# A note's line that markdown reads as a line of its own. In a note app a line break ends a
# thought, where markdown runs a paragraph's lines on as one (and would file "data transfer
# IN is free" under the service the line above names): a body whose lines are all unmarked
# is read as a list, a line an item; a body with its own list keeps its shape.
_MARKED = re.compile(r"^(?:[-*+•#>|]|\d+[.)]\s)")
