"""An Obsidian Canvas (`.canvas`, JSON Canvas): a board of cards, each a markdown note.

    {"nodes": [{"id": "s3basics", "type": "text",
                "text": "## S3 basics\\n- max object size = 5 TB\\n- ...", "x": -600, ...}],
     "edges": [{"fromNode": "s3basics", "toNode": "repl", "label": "versioning needed"}]}

Read as plain text the whole card was one line of JSON (`"text": "## S3 basics\\n- max
object ...`), its heading, list and table lost. Each text card's markdown is written out a
line a line from the line of the file its text is on, over the lines of its card that hold
no note (its id, position and size), so a fact is cited on or beside the line of the file
that holds it (formats/spread.py); an edge's label ("versioning needed for") is a line of its
own. A canvas saved compact (a card a line) has no lines to spare: its cards' lines are then
written after one another, and its line numbers count the cards' lines (formats.RENUMBERED).
"""

from __future__ import annotations

import json

from studycli.formats import NotReadable
from studycli.formats.spread import fits, spread


def canvas_to_markdown(lines: list[str]) -> list[str]:
    try:
        board = json.loads("\n".join(lines))
    except (ValueError, RecursionError) as exc:  # "{{{{...": nested past the parser's depth
        raise NotReadable(f"not a canvas: its JSON is broken ({exc})") from None
    if not isinstance(board, dict):
        return lines
    cards = _cards(board, lines)
    # a blank line between cards where the file has room: a card's last paragraph or table
    # must not run on into the next card's first line
    pieces = [(line, piece) for k, (line, text) in enumerate(cards)
              for piece in ([""] if k else []) + text.split("\n")]
    if not fits(len(pieces), 0, len(lines) - 1):
        pieces = [(line, piece) for line, text in cards for piece in text.split("\n")]
    if not fits(len(pieces), 0, len(lines) - 1):
        return _one_after_another(lines, cards)
    out = [""] * len(lines)
    spread(out, pieces, 0, len(lines) - 1)
    return out


def _cards(board: dict, lines: list[str]) -> list[tuple[int, str]]:
    """(line of the file the text is on, markdown) of each card, group and edge label with
    text, in the file's order."""
    found: list[tuple[int, str]] = []
    line = 0
    nodes = [n for n in board.get("nodes") or [] if isinstance(n, dict)]
    titles = {n.get("id"): _title(n) for n in nodes}
    edges_at = len(nodes)
    items = [*nodes, *(board.get("edges") or [])]
    for k, item in enumerate(items):
        if not isinstance(item, dict):
            continue
        text = item.get("text") if item.get("type", "text") == "text" else None
        key = "text"
        if not isinstance(text, str) or not text.strip():
            text, key = item.get("label"), "label"
        if not isinstance(text, str) or not text.strip():
            continue
        if key == "label" and "fromNode" not in item:
            continue  # a group's label: which cards it frames is geometry, not order
        line = _line_of(lines, key, text, line)
        text = text.replace("\r", "")
        if k >= edges_at:  # an edge's label says how the two cards it joins relate
            ends = [titles.get(item.get("fromNode")), titles.get(item.get("toNode"))]
            said = " -> ".join(t for t in ends if t)
            text = f"- {said}: {' '.join(text.split())}" if said else f"- {text.strip()}"
            if k == edges_at or not found:
                text = f"## {_LINKS}\n{text}"
        found.append((line, text))
    return found


_LINKS = "Links between cards"


def _title(node: dict) -> str:
    """What a card is called in an edge's line: its first heading, else its first line."""
    text = node.get("text") if isinstance(node.get("text"), str) else node.get("label")
    if not isinstance(text, str):
        return str(node.get("file") or "")
    lines = [x.strip() for x in text.split("\n") if x.strip()]
    heading = next((x for x in lines if x.startswith("#")), lines[0] if lines else "")
    return heading.lstrip("#").strip()[:60]


def _line_of(lines: list[str], key: str, text: str, after: int) -> int:
    """The line at or after `after` that holds `key`'s value `text` (JSON-encoded as the file
    writes it; else the first line after `after` that holds the key). Looked for a little
    way on: a card's text is near the card before it."""
    encoded = (json.dumps(text, ensure_ascii=False)[:60], json.dumps(text)[:60])
    first = None
    for k in range(after, min(len(lines), after + _LOOKAHEAD)):
        if f'"{key}"' in lines[k]:
            if encoded[0] in lines[k] or encoded[1] in lines[k]:
                return k
            first = k if first is None else first
    return after if first is None else first


_LOOKAHEAD = 2000


def _one_after_another(lines: list[str], cards: list[tuple[int, str]]) -> list[str]:
    """Every card's lines after one another, each card where its line was."""
    out: list[str] = []
    by_line: dict[int, list[str]] = {}
    for line, text in cards:
        by_line.setdefault(line, []).extend([*text.split("\n"), ""])
    for k in range(len(lines)):
        out.extend(by_line.get(k, [""]))
    return out
