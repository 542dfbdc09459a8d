"""An Excalidraw drawing (`.excalidraw`, JSON), and the Obsidian Excalidraw plugin's note of
one (`.excalidraw.md`): its boxes' words and its arrows' labels, as notes.

    {"type": "excalidraw", "elements": [
      {"id": "r1", "type": "rectangle", "boundElements": [{"type": "text", "id": "t1"}], ...},
      {"id": "t1", "type": "text", "text": "Lambda\\ntimeout max 15 min",
       "originalText": "Lambda\\ntimeout max 15 min", "containerId": "r1", ...},
      {"id": "a1", "type": "arrow", "startBinding": {"elementId": "r0"},
       "endBinding": {"elementId": "r1"}, ...},
      {"id": "t2", "type": "text", "text": "invokes (async)", "containerId": "a1", ...}]}

A text element in a shape, or standing alone, is a box: its first line an item, its other
lines items under it (formats/diagram_lines.py). One in an arrow is the arrow's label: said
of the two boxes the arrow binds ("- S3 -> Lambda: invokes (async)"). Each is cited on the
line of the file that holds its text. A wrapped text's `text` has line breaks Excalidraw put
in to fit its box; its `originalText` has only the student's own. Deleted elements (kept in
the file for undo) and the drawing's geometry, styles and images are no notes.

The plugin's `.excalidraw.md` writes every text element under "## Text Elements", each
ending in its id (`timeout max 15 min ^aB3dE5fG`), the drawing itself as JSON (by default
compressed, formats/lz_string.py) between `%%` lines: read line for line, the ids and the
drawing left out, an arrow's label said of the boxes it binds, as the drawing tells them.
"""

from __future__ import annotations

import json
import re

from studycli.formats import NotReadable
from studycli.formats.diagram_lines import box_items, edge_item, spread_out
from studycli.formats.spread import SpreadLines

_LINES = ("arrow", "line")


def excalidraw_to_markdown(lines: list[str]) -> SpreadLines:
    scene = _scene("\n".join(lines))
    ids = _id_lines(lines)
    found: list[tuple[int, list[str]]] = []
    cursor = 0
    for element, words, ends in _texts(scene):
        cursor = _line_of(lines, ids, element, words, cursor)
        found.append((cursor, [edge_item(ends, words)] if ends else box_items(words)))
    return spread_out(found)


def _scene(text: str) -> dict:
    try:
        scene = json.loads(text)
    except (ValueError, RecursionError) as exc:  # "[[[[...": nested past the parser's depth
        raise NotReadable(f"not an Excalidraw drawing: its JSON is broken ({exc})") from None
    if not isinstance(scene, dict) or not isinstance(scene.get("elements"), list):
        raise NotReadable('not an Excalidraw drawing: it has no "elements" list')
    return scene


def _texts(scene: dict) -> list[tuple[dict, str, tuple[str | None, str | None] | None]]:
    """Each live text element with words, in the file's order, its words, and for an arrow's
    label the words of the boxes its arrow binds (None for a box's text)."""
    elements = [e for e in scene["elements"] if isinstance(e, dict) and not e.get("isDeleted")]
    by_id = {e.get("id"): e for e in elements}
    texts = [(e, words) for e in elements if e.get("type") == "text" and (words := _words(e))]
    # what an arrow bound to it calls an element: a shape's bound text, or a text's own, or
    # for a shape with none the text grouped with it (a label laid over a box, not bound)
    said: dict[object, str] = {}
    grouped: dict[str, list[tuple[dict, str]]] = {}  # a group -> the free texts it holds
    for e, words in texts:
        for key in (e.get("id"), e.get("containerId")):
            if key is not None:  # (a free text's container is None: no element's name)
                said.setdefault(key, words)
        group = _first_group(e)
        if e.get("containerId") is None and group is not None:
            grouped.setdefault(group, []).append((e, words))
    ends = {_bound(e, end) for e in elements if e.get("type") in _LINES
            for end in ("startBinding", "endBinding")} - {None}  # what an arrow needs named
    for e in elements:
        group = _first_group(e)
        if e.get("id") in ends and e.get("id") not in said and group in grouped:
            name = _grouped_name(e, grouped[group])
            if name is not None:
                said[e.get("id")] = name
    out: list[tuple[dict, str, tuple[str | None, str | None] | None]] = []
    for e, words in texts:
        container = by_id.get(e.get("containerId"))
        if container is not None and container.get("type") in _LINES:
            start, end = _bound(container, "startBinding"), _bound(container, "endBinding")
            out.append((e, words, (None if start is None else said.get(start),
                                   None if end is None else said.get(end))))
        else:
            out.append((e, words, None))
    return out


def _first_group(element: dict) -> str | None:
    groups = element.get("groupIds")
    return groups[0] if isinstance(groups, list) and groups and isinstance(groups[0], str) \
        else None


def _grouped_name(shape: dict, texts: list[tuple[dict, str]]) -> str | None:
    """What a shape with no bound text is called by the free texts of its group: the one
    text, or of several the one laid inside the shape's box; None if that names no one
    (a group of two boxes and their labels: each is not the other's)."""
    if len(texts) == 1:
        return texts[0][1]
    if len(texts) > _TEXTS_LOOKED_AT:  # a whole diagram grouped: no box and its label
        return None
    inside = [words for e, words in texts if _inside(e, shape)]
    return inside[0] if len(inside) == 1 else None


_TEXTS_LOOKED_AT = 32  # (each arrow's end a bounded look: a drawing of thousands stays linear)


def _inside(text: dict, shape: dict) -> bool:
    """Whether a text's middle lies in a shape's box (Excalidraw's x, y, width, height)."""
    try:
        x = float(text["x"]) + float(text.get("width", 0)) / 2
        y = float(text["y"]) + float(text.get("height", 0)) / 2
        left, top = float(shape["x"]), float(shape["y"])
        right, bottom = left + float(shape["width"]), top + float(shape["height"])
    except (KeyError, TypeError, ValueError):
        return False
    return min(left, right) <= x <= max(left, right) and min(top, bottom) <= y <= max(top, bottom)


def _bound(arrow: dict, end: str) -> object:
    binding = arrow.get(end)
    bound = binding.get("elementId") if isinstance(binding, dict) else None
    return bound if isinstance(bound, str) else None  # (an id is a string: a list is none)


def _words(element: dict) -> str:
    """A text element's words as the student wrote them (not as wrapped to fit its box)."""
    for key in ("originalText", "text", "rawText"):
        value = element.get(key)
        if isinstance(value, str) and value.strip():
            return value.replace("\r", "")
    return ""


_ID = re.compile(r'"id"\s*:\s*("(?:[^"\\]|\\.)*")')
# how far below its id an element's text is looked for: an element is some 30 lines pretty-
# printed; a line longer than this is a drawing saved on one line, where everything is on it
_TEXT_WITHIN = 80
_LONG_LINE = 4096


def _id_lines(lines: list[str]) -> dict[str, int]:
    """Each element id as the file writes it (JSON, quoted) -> the line it is first on."""
    ids: dict[str, int] = {}
    for k, line in enumerate(lines):
        for m in _ID.finditer(line):
            ids.setdefault(m.group(1), k)
    return ids


def _line_of(lines: list[str], ids: dict[str, int], element: dict, words: str,
             cursor: int) -> int:
    """The line (0-based) of the file that holds the element's text: the first that does
    below its id's line; its id's line if none near does (a drawing saved on one line, or
    text the file escapes some other way); `cursor`, the last element's, if its id is not
    found either. Each element costs a bounded look: a drawing of thousands is read in
    linear time."""
    start = next((ids[e] for e in {json.dumps(element.get("id")),
                                   json.dumps(element.get("id"), ensure_ascii=False)}
                  if e in ids), None)
    if start is None:
        return cursor
    encoded = {json.dumps(words, ensure_ascii=False)[:60], json.dumps(words)[:60]}
    for k in range(start, min(len(lines), start + _TEXT_WITHIN)):
        if len(lines[k]) > _LONG_LINE:
            break
        if any(e in lines[k] for e in encoded):
            return k
    return start


# --- the Obsidian plugin's note of a drawing ----------------------------------------------

_BANNER = re.compile(r"^==⚠.*⚠==")  # "Switch to EXCALIDRAW VIEW ...": the plugin's, not a note
_DATA = re.compile(r"^#{1,2}\s+(Excalidraw Data|Text Elements|Element Links|Embedded Files|"
                   r"Drawing)\s*$")
_BLOCK_ID = re.compile(r"\s*\^[\w-]{6,}\s*$")  # "timeout max 15 min ^aB3dE5fG"
_ID_AT_END = re.compile(r"\^([\w-]{6,})\s*$")


def excalidraw_note_to_markdown(lines: list[str]) -> list[str]:
    """A `.excalidraw.md` note line for line: the student's markdown above the drawing's data
    as it is, each text element's lines as a box's items (an arrow's label as a statement of
    the boxes it binds), the front matter, the plugin's banner, links, embedded files and the
    drawing's JSON blank."""
    out = list(lines)
    end_front = _front_matter_end(lines)
    out[:end_front] = [""] * end_front
    edges = _edges_of_note(lines)
    section = ""
    block: list[int] = []  # the lines of the text element being read
    in_comment = False
    for k in range(end_front, len(lines)):
        line = lines[k]
        heading = _DATA.match(line.strip())
        if line.strip() == "%%":
            in_comment = not in_comment
            out[k] = ""
            continue
        if in_comment or _BANNER.match(line.strip()):
            out[k] = ""
            continue
        if heading:
            section = heading.group(1)
            out[k] = ""
            continue
        if section in ("Element Links", "Embedded Files", "Drawing"):
            out[k] = ""
        elif section == "Text Elements":
            if not line.strip():
                continue
            block.append(k)
            ident = _ID_AT_END.search(line)
            if ident:  # the element's last line
                _write_element(out, lines, block, edges.get(ident.group(1)))
                block = []
    if block:
        _write_element(out, lines, block, None)
    return out


def _write_element(out: list[str], lines: list[str], block: list[int],
                   ends: tuple[str | None, str | None] | None) -> None:
    words = [_BLOCK_ID.sub("", lines[k]) for k in block]
    if ends is not None:  # an arrow's label, on its first line
        out[block[0]] = edge_item(ends, " ".join(words))
        for k in block[1:]:
            out[k] = ""
        return
    items = box_items("\n".join(words))
    kept = [k for k, text in zip(block, words, strict=True) if text.strip()]
    for k in block:
        out[k] = ""
    for k, item in zip(kept, items, strict=False):
        out[k] = item


def _front_matter_end(lines: list[str]) -> int:
    if not lines or lines[0].strip().lstrip("\ufeff") != "---":
        return 0
    for k in range(1, min(len(lines), 60)):
        if lines[k].strip() == "---":
            return k + 1
    return 0


_DRAWING_FENCE = re.compile(r"^\s*```(json|compressed-json)\s*$")


def _edges_of_note(lines: list[str]) -> dict[str, tuple[str | None, str | None]]:
    """The text id of each arrow's label -> the words of the boxes the arrow binds, from the
    note's drawing: JSON ("```json"), or JSON compressed by LZ-String ("```compressed-json",
    the plugin's default, in lines of 256 characters)."""
    fence = _drawing_fence(lines)
    if fence is None:
        return {}
    start, kind = fence
    end = next((k for k in range(start + 1, len(lines)) if lines[k].strip() == "```"),
               len(lines))
    drawing: str | None = "\n".join(lines[start + 1:end])
    if kind == "compressed-json":
        from studycli.formats.lz_string import decompress_from_base64

        drawing = decompress_from_base64("".join("\n".join(lines[start + 1:end]).split()))
    try:
        scene = _scene(drawing or "")
    except NotReadable:
        return {}
    return {str(e.get("id")): ends for e, _words, ends in _texts(scene) if ends is not None}


def _drawing_fence(lines: list[str]) -> tuple[int, str] | None:
    """The line and kind of the fence that opens the drawing: the first inside the `%%`
    block or after the "Drawing" heading, not a ```json of the student's own above it (an
    SNS filter policy in their notes)."""
    in_comment = in_drawing = False
    for k, line in enumerate(lines):
        if line.strip() == "%%":
            in_comment = not in_comment
            continue
        heading = _DATA.match(line.strip())
        if heading:
            in_drawing = heading.group(1) == "Drawing"
        elif (in_comment or in_drawing) and (m := _DRAWING_FENCE.match(line)):
            return k, m.group(1)
    return None
