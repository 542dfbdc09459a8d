"""Notes exported by a note app as JSON (Google Keep's Takeout, a Joplin or Simplenote export, a
script's dump of flashcards), read as the text they hold.

Only string values a person wrote are kept: a value with a space in it (an id, a timestamp, a
tag, a colour or an enum has none) or a title. A key naming a title (`title`, `heading`,
`subject`) makes its value a heading, so the note's facts are filed under it.
Numbers, booleans and keys are not notes (a template's `"Timeout": 30` is a setting).

Line for line where the file allows: each line of the file gives the text of the strings on
it. A body stored as one string with `\\n` breaks (how every app writes it) is many lines of
text on one line of the file; then the note is read string by string, one line per line of
text, and its lines are counted so (as a packed HTML page is: formats/html.py).
A file that is not JSON at all is read as the plain text it is.
"""

from __future__ import annotations

import json
import re

# a JSON string literal, then whether a ":" follows it (a key)
_STRING = re.compile(r'"((?:[^"\\\n]|\\.){0,100000})"(\s*:)?')
_TITLE_KEYS = frozenset({"title", "heading", "subject"})  # not "name": a label is named too


def json_to_markdown(lines: list[str]) -> list[str]:
    if not _is_json("\n".join(lines)):
        return lines
    per_line = [_texts(line) for line in lines]
    if all(len(texts) <= 1 for texts in per_line):
        return [texts[0] if texts else "" for texts in per_line]
    return [text for texts in per_line for text in texts]


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except (ValueError, RecursionError):  # "[[[[..." nests past the decoder's depth
        return False
    return True


def _texts(line: str) -> list[str]:
    """The lines of text the strings on one line of the file hold."""
    out: list[str] = []
    key = ""
    for match in _STRING.finditer(line):
        try:
            value = json.loads(f'"{match.group(1)}"')
        except ValueError:
            continue
        if match.group(2):
            key = value.lower()
            continue
        if key in _TITLE_KEYS and value.strip():
            out.append("## " + " ".join(value.split()))
        elif any(c.isspace() for c in value.strip()):
            out.extend(part.rstrip() for part in value.split("\n"))
        key = ""
    return out

