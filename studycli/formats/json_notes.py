"""Notes exported by a note app as JSON (Google Keep's Takeout, a Joplin or Simplenote export, a
script's dump of flashcards), read as the text they hold.

Only string values a person wrote are kept: a value with a space in it (an id, a timestamp, a
tag, a colour or an enum has none) or a title. A key naming a title (`title`, `heading`,
`subject`) makes its value a heading placed where its object opens, before the object's text
whatever the key order (Keep writes `textContent` before `title`), so the note's facts are
filed under it. Numbers, booleans and keys are not notes (a template's `"Timeout": 30` is a
setting).

Line for line: each line of the file gives the text of the strings on it, a body's own lines
joined by " · " (a pause the parser reads between statements), so a fact cites the line of
the file that holds it. A file packed with several notes' text on a line (a minified export)
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


def json_to_markdown(lines: list[str]) -> list[str]:
    if not _is_json("\n".join(lines)):
        return lines
    pieces = _pieces(lines)
    if all(len(texts) <= 1 for texts in pieces):
        return [_JOIN.join(part.strip() for part in texts[0].split("\n") if part.strip())
                if texts else "" for texts in pieces]
    return [part.rstrip() for texts in pieces for text in texts for part in text.split("\n")]


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except (ValueError, RecursionError):  # "[[[[..." nests past the decoder's depth
        return False
    return True


def _pieces(lines: list[str]) -> list[list[str]]:
    """Per line of the file, the headings and texts it gives, in order; a title's heading
    goes where its object opens."""
    pieces: list[list[str]] = [[] for _ in lines]
    opened: list[tuple[int, int]] = []  # per open object: its line, and its place on it
    key = ""
    for number, line in enumerate(lines):
        for match in _TOKEN.finditer(line):
            literal, colon, brace = match.groups()
            if brace:
                if brace == "{":
                    opened.append((number, len(pieces[number])))
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
            elif any(c.isspace() for c in value.strip()):
                pieces[number].append(value)
            key = ""
    return pieces


def _decoded(literal: str) -> str | None:
    try:
        return json.loads(f'"{literal}"')
    except ValueError:
        return None
