"""An Obsidian Canvas (`.canvas`, JSON Canvas): a board of cards, each a markdown note.

    {"nodes": [{"id": "s3basics", "type": "text",
                "text": "## S3 basics\\n- max object size = 5 TB\\n- ...", "x": -600, ...}],
     "edges": [{"fromNode": "s3basics", "toNode": "repl", "label": "versioning needed"}]}

Read as plain text the whole card was one line of JSON (`"text": "## S3 basics\\n- max
object ...`), its heading, list and table lost. Each text card's markdown is written out a
line a line from the line of the file its text is on, over the lines of its own card that
hold no note (its id, type, position and size, its braces): a fact is cited on its card's
text or beside it, inside that card, never on another card's lines. An edge's label ("versioning
needed for") is a line of its own. A card whose lines do not fit its own (Obsidian saves a
card a line: a card of three lines has one) cannot be read line for line: such a board is read
spread out (formats/spread.py), every line of a card cited on the line of the file that holds
the card's text, never on another card's. A canvas with no text at all (file and link cards)
is read as empty.
"""

from __future__ import annotations

import json
import re

from studycli.formats import NotReadable
from studycli.formats.spread import SpreadLines


def canvas_to_markdown(lines: list[str]) -> list[str]:
    try:
        board = json.loads("\n".join(lines))
    except (ValueError, RecursionError) as exc:  # "{{{{...": nested past the parser's depth
        raise NotReadable(f"not a canvas: its JSON is broken ({exc})") from None
    if not isinstance(board, dict):
        return lines
    for key in ("nodes", "edges"):
        if not isinstance(board.get(key) or [], list):
            raise NotReadable(f'not a canvas: its "{key}" is no list')
    out = [""] * len(lines)
    used = -1  # the last line written
    for line, text in _cards(board, lines):
        pieces = text.split("\n")
        low, high = _own_lines(lines, line)
        low = max(low, used + 1)
        if pieces[0] == f"## {_LINKS}" and len(pieces) > high - low + 1:
            # Obsidian's `"edges":[` line, on a line of its own before the first edge
            edges = next((k for k in range(low - 1, used, -1) if '"edges"' in lines[k]), None)
            if edges is not None and not _HOLDS_TEXT.search(lines[edges]):
                out[edges], pieces = pieces[0], pieces[1:]
        if line < low or len(pieces) > high - low + 1:
            return _spread(_cards(board, lines))
        start = max(low, min(line, high - len(pieces) + 1))
        out[start:start + len(pieces)] = pieces
        used = start + len(pieces) - 1
    return out


def _spread(cards: list[tuple[int, str]]) -> SpreadLines:
    """A board whose cards do not fit their lines (Obsidian saves a card a line) as markdown
    of its own length, each card's lines cited on the line of the file that holds its text,
    a blank line between cards: not the note line for line, yet every fact on the line that
    holds it."""
    out: list[str] = []
    at: list[int] = []
    for line, text in cards:
        pieces = ["", *text.split("\n")] if out else text.split("\n")
        out.extend(pieces)
        at.extend([line] * len(pieces))
    return SpreadLines(out, at)


# a line of a card that holds no note: a brace, or a key of its geometry, kind or ends
_NO_NOTE = re.compile(
    r'^\s*"(?:id|type|x|y|width|height|color|fromNode|toNode|fromSide|toSide|fromEnd|toEnd|'
    r'file|subpath|url|background|backgroundStyle)"\s*:\s*(?:"(?:[^"\\]|\\.)*"|[-\w.+]+)\s*,?'
    r'\s*$')
_HOLDS_TEXT = re.compile(r'"(?:text|label)"')
_OPENS = re.compile(r"^\s*\{\s*$")
_CLOSES = re.compile(r"^\s*\}\s*,?\s*$")


def _own_lines(lines: list[str], line: int) -> tuple[int, int]:
    """The lines of the card whose text is on `line` that hold nothing else: those before it
    up to its opening brace, those after it down to its closing brace."""
    low = line
    while low > 0 and (_NO_NOTE.match(lines[low - 1]) or _OPENS.match(lines[low - 1])):
        low -= 1
        if _OPENS.match(lines[low]):
            break
    high = line
    while high + 1 < len(lines) and (_NO_NOTE.match(lines[high + 1])
                                     or _CLOSES.match(lines[high + 1])):
        high += 1
        if _CLOSES.match(lines[high]):
            break
    return low, high


def _cards(board: dict, lines: list[str]) -> list[tuple[int, str]]:
    """(line of the file the text is on, markdown) of each card, group and edge label with
    text, in the file's order."""
    found: list[tuple[int, str]] = []
    at = (0, 0)  # where the last text was found: (line, column)
    nodes = [n for n in board.get("nodes") or [] if isinstance(n, dict)]
    titles = {n.get("id"): _title(n) for n in nodes}
    edges_at = len(nodes)
    items = [*nodes, *(board.get("edges") or [])]
    for k, item in enumerate(items):
        if not isinstance(item, dict):
            continue
        text = item.get("text") if item.get("type", "text") == "text" else None
        if not isinstance(text, str) or not text.strip():
            text = item.get("label")
        if not isinstance(text, str) or not text.strip():
            continue
        if "label" in item and text is item.get("label") and "fromNode" not in item:
            continue  # a group's label: which cards it frames is geometry, not order
        at = _found_at(lines, text, at)
        text = text.replace("\r", "")
        if k >= edges_at:  # an edge's label says how the two cards it joins relate
            ends = [titles.get(item.get("fromNode")), titles.get(item.get("toNode"))]
            said = " -> ".join(t for t in ends if t)
            text = f"- {said}: {' '.join(text.split())}" if said else f"- {text.strip()}"
            if k == edges_at or not found:
                text = f"## {_LINKS}\n{text}"
        found.append((at[0], text))
    return found


_LINKS = "Links between cards"


def _title(node: dict) -> str:
    """What a card is called in an edge's line: its first heading, else its first line if it
    states no number (a card's first line "SQS retention 4 days" copied onto the edge's line
    would be a fact cited on a line that does not hold it)."""
    text = node.get("text") if isinstance(node.get("text"), str) else node.get("label")
    if not isinstance(text, str):
        return str(node.get("file") or "")
    lines = [x.strip() for x in text.split("\n") if x.strip()]
    heading = next((x for x in lines if x.startswith("#")), None)
    if heading is None:
        heading = lines[0] if lines and not any(c.isdigit() for c in lines[0]) else ""
    return heading.lstrip("#").strip()[:60]


def _found_at(lines: list[str], text: str, at: tuple[int, int]) -> tuple[int, int]:
    """Where, at or after `at` (line, column), the file holds `text` JSON-encoded as it writes
    it; `at` itself if it is nowhere (the file escaped it some other way). A cursor, not a
    search from each line's start: a canvas saved on one line is read once, not once a card."""
    line, column = at
    for encoded in {json.dumps(text, ensure_ascii=False)[:60], json.dumps(text)[:60]}:
        for k in range(line, len(lines)):
            where = lines[k].find(encoded, column if k == line else 0)
            if where >= 0:
                return k, where + len(encoded)
    return at
