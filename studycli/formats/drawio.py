"""A draw.io / diagrams.net file (`.drawio`, `.dio`, or exported as `.xml` or as an `.svg`
that keeps a copy of the diagram): its boxes' text and its arrows' labels, as notes.

    <mxfile><diagram name="Serverless" id="p1"><mxGraphModel><root>
      <mxCell id="2" value="&lt;b&gt;Lambda&lt;/b&gt;&lt;br&gt;timeout max 15 min"
              style="rounded=1;html=1;" vertex="1" parent="1">...</mxCell>
      <mxCell id="4" value="invokes (async)" edge="1" source="3" target="2" parent="1">...

A vertex's `value` (or its `<UserObject label=...>`'s) is a box: HTML reduced to its text,
each line break (`<br>`, a `<div>`) a line of its own, its first line an item and the others
items under it (formats/diagram_lines.py); a box inside a container (a VPC, a swimlane) under
the container's. An edge's value, or the label cells it holds, is said of the two boxes it
joins ("- S3 -> Lambda: invokes (async)"). A page named by the student is a heading. Each is
cited on the line of the file where its cell begins. A page saved compressed (base64 of raw
deflate of the URL-encoded XML, draw.io's older default) is read the same way, each of its
cells cited on the line that holds the page's data.
"""

from __future__ import annotations

import base64
import binascii
import html
import re
import zlib
from dataclasses import dataclass
from typing import NamedTuple
from urllib.parse import unquote
from xml.parsers import expat

from studycli.formats import NotReadable
from studycli.formats.diagram_lines import box_items, edge_item, spread_out, text_lines
from studycli.formats.spread import SpreadLines

# no larger than a note may be (ingest.MAX_NOTE_BYTES): a page that inflates past it is refused
MAX_PAGE_BYTES = 8 * 1024 * 1024
_DEFAULT_PAGE = re.compile(r"^Page[- ]\d+$", re.IGNORECASE)


@dataclass
class _Cell:
    """A box, an edge or an edge's label: its text, and the line of the file it begins on."""

    id: str
    parent: str
    text: str
    line: int  # 0-based, in the file
    edge: bool
    source: str
    target: str
    page: int = -1  # the index of the page it was read in (-1: none)
    free_text: bool = False  # drawn with draw.io's Text tool (style "text;..."): no shape
    box: tuple[float, float, float, float] | None = None  # x, y, width, height (geometry)


@dataclass
class _Page:
    """A page (`<diagram>`): its name, and where it is compressed its data and their line."""

    name: str
    line: int
    data: list[str]  # the page's text: compressed data, where it is
    data_line: int


def drawio_to_markdown(lines: list[str]) -> SpreadLines:
    cells, pages = _read("\n".join(lines))
    for k, page in enumerate(pages):
        packed = "".join(page.data).strip()
        if packed:
            inner, _ = _read(_inflate(packed), at_line=page.data_line)
            for c in inner:
                c.page = k
            cells.extend(inner)
    # pages on one line of the file (an SVG's `content`, a .drawio saved on one line) each
    # keep their heading above their own cells
    found: list[_Found] = []
    for k, page in enumerate(pages):
        if page.name and not _DEFAULT_PAGE.match(page.name):
            found.append(_Found(page.line, k, 0, [f"## {page.name}"], ""))
    by_id = {c.id: c for c in cells}
    depths = _depths(by_id)
    owners = _captions_under_boxes(cells, by_id)
    depths.update({ident: depths.get(owner.id, 0) + 1 for ident, owner in owners.items()})
    labels: dict[str, list[_Cell]] = {}  # an edge's id -> the label cells it holds
    for c in cells:
        parent = by_id.get(c.parent)
        if parent is not None and parent.edge and not c.edge:
            labels.setdefault(parent.id, []).append(c)
    for c in cells:
        parent = by_id.get(c.parent)
        if c.edge:
            said = " ".join(" ".join(text_lines(x.text)) for x in [c, *labels.get(c.id, [])])
            if said.strip():
                ends = (_box_text(by_id, c.source), _box_text(by_id, c.target))
                # at its own depth: an edge in a container written at depth 0 took the
                # container's later boxes under it
                found.append(_Found(c.line, c.page, 1,
                                    [edge_item(ends, said, depths.get(c.id, 0))], c.id))
        elif c.text.strip() and not (parent is not None and parent.edge):
            found.append(_Found(c.line, c.page, 1, box_items(c.text, depths.get(c.id, 0)), c.id))
    return spread_out(_in_reading_order(found, owners), in_order=True)


class _Found(NamedTuple):
    """A page heading, box or edge as markdown lines, and where it is read."""
    line: int  # the file line that holds it
    page: int
    kind: int  # 0 for a page's heading, 1 for a cell
    pieces: list[str]
    ident: str  # the cell's id ("" for a heading)


def _in_reading_order(found: list[_Found],
                      owners: dict[str, _Cell]) -> list[tuple[int, list[str]]]:
    """(file line, markdown lines) of each of `found`: by page and line, a caption right
    after the box it stands under (each still cited on its own line)."""
    found.sort(key=lambda f: (f.line, f.page, f.kind))  # (stable: cells stay in file order)
    place = {f.ident: k for k, f in enumerate(found) if f.ident}

    def key(k: int, f: _Found) -> tuple[int, int, int]:
        # a caption's place is its box's, after it: by the box's index, not its file line (a
        # page saved on one line, or compressed, has every cell on one line)
        owner = owners.get(f.ident)
        return (place[owner.id], 1, k) if owner and owner.id in place else (k, 0, 0)

    keyed = sorted(enumerate(found), key=lambda pair: key(*pair))
    return [(f.line, f.pieces) for _k, f in keyed]


_CAPTION_GAP = 30  # draw.io's Text tool makes a text 30 high: about one line's gap


def _captions_under_boxes(cells: list[_Cell], by_id: dict[str, _Cell]) -> dict[str, _Cell]:
    """Each free text (draw.io's Text tool: no shape) -> the box with text it is written
    under: the nearest shape above it, in its parent, whose width it overlaps. A student who
    draws "Lambda" as a box and writes its limits as loose lines below it ("timeout max 15
    min", "memory 128 MB - 10 GB") means them of the box, as the lines inside a box are;
    read in the file's order each was an item of its own, of no service. A box that holds
    cells (a container) is left to its children; a text over no box stays where it is."""
    holders = {c.parent for c in cells}
    # every shape, with text or none (an AWS icon captioned with the Text tool has none): the
    # nearest above a text is what it is written under
    shapes = [c for c in cells if not c.edge and not c.free_text and c.box is not None
              and not (c.parent in by_id and by_id[c.parent].edge)]
    owners: dict[str, _Cell] = {}
    if not shapes:
        return owners
    by_parent: dict[tuple[int, str], list[_Cell]] = {}
    for b in shapes:
        by_parent.setdefault((b.page, b.parent), []).append(b)
    reach: dict[str, float] = {}  # a box's id -> the bottom of it and the captions it took
    texts = [c for c in cells if c.free_text and not c.edge and c.box is not None
             and c.text.strip()]
    for c in sorted(texts, key=lambda c: c.box[1] if c.box else 0):
        x, y, width, height = c.box or (0, 0, 0, 0)
        above = [b for b in by_parent.get((c.page, c.parent), ())
                 if b.box is not None and b.box[1] + b.box[3] / 2 <= y
                 and x < b.box[0] + b.box[2] and b.box[0] < x + max(width, 1)]
        if not above:
            continue
        box = max(above, key=lambda b: (b.box[1] if b.box else 0, -b.line))
        if not box.text.strip() or box.id in holders or box.box is None:
            continue  # a caption of a shape with no text (or a container) names none
        bottom = reach.get(box.id, box.box[1] + box.box[3])
        if y - bottom > max(height, _CAPTION_GAP):
            continue  # a text far below a box is not written under it
        owners[c.id] = box
        reach[box.id] = max(bottom, y + height)
    return owners


def _geometry(attrs: dict[str, str]) -> tuple[float, float, float, float] | None:
    """A cell's x, y, width and height (draw.io leaves out a 0), None where one is no number."""
    try:
        return tuple(float(attrs.get(k) or 0) for k in ("x", "y", "width", "height"))  # type: ignore[return-value]
    except ValueError:
        return None


def _box_text(by_id: dict[str, _Cell], ident: str) -> str | None:
    cell = by_id.get(ident)
    return cell.text if cell is not None and cell.text.strip() else None


def _depths(by_id: dict[str, _Cell]) -> dict[str, int]:
    """Each cell's id -> how many boxes with text hold it (a subnet in a VPC in a region),
    each cell's chain of parents walked once (a diagram of thousands nested is linear)."""
    depths: dict[str, int] = {}
    for cell in by_id.values():
        chain: list[_Cell] = []
        walked: set[str] = set()
        at: _Cell | None = cell
        while at is not None and at.id not in depths and at.id not in walked:
            chain.append(at)
            walked.add(at.id)
            at = by_id.get(at.parent)
        depth = depths.get(at.id, 0) if at is not None else 0
        holder = at if at is not None and at.id in depths else None
        for c in reversed(chain):
            depth += bool(holder is not None and holder.text.strip() and not holder.edge)
            depths[c.id] = depth
            holder = c
    return depths


def _read(text: str, at_line: int | None = None) -> tuple[list[_Cell], list[_Page]]:
    """The cells and pages of a draw.io file's XML; `at_line`: the file line every cell is
    cited on (a compressed page's, whose XML has lines of its own)."""
    reader = _Reader(at_line)
    try:
        reader.parser.Parse(text, True)
    except expat.ExpatError as exc:
        raise NotReadable(f"not a draw.io diagram: its XML is broken ({exc})") from None
    return reader.cells, reader.pages


class _Reader:
    """An expat parse of a draw.io file, its cells and pages gathered as they start (expat
    knows each tag's line; ElementTree does not)."""

    def __init__(self, at_line: int | None) -> None:
        self.at_line = at_line
        self.cells: list[_Cell] = []
        self.pages: list[_Page] = []
        self.objects: list[tuple[str, str]] = []  # an open <UserObject>/<object>: id, label
        self.in_page = False  # in a <diagram> before its <mxGraphModel>: compressed data
        self.in_cell = False  # in an <mxCell>: its <mxGeometry> is its place
        self.parser = expat.ParserCreate()
        self.parser.StartElementHandler = self.start
        self.parser.EndElementHandler = self.end
        self.parser.CharacterDataHandler = self.data
        # draw.io's SVG export declares SVG 1.1's document type (an external DTD expat does
        # not fetch); an entity declared in an internal subset is refused: none to expand
        self.parser.EntityDeclHandler = self.no_entity

    def here(self) -> int:
        return self.at_line if self.at_line is not None else self.parser.CurrentLineNumber - 1

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if name == "svg" and attrs.get("content", "").lstrip().startswith("<mxfile"):
            # an SVG exported with a copy of its diagram: the diagram's file, escaped, in
            # one attribute, every cell cited on the line that holds it
            cells, pages = _read(attrs["content"], at_line=self.here())
            for c in cells:
                c.page += len(self.pages) if c.page >= 0 else 0
            self.cells.extend(cells)
            self.pages.extend(pages)
        elif name == "diagram":
            self.in_page = True
            self.pages.append(_Page(attrs.get("name", ""), self.here(), [], self.here()))
        elif name == "mxGraphModel":
            self.in_page = False  # the page's cells follow as XML, not as compressed data
        elif name in ("UserObject", "object"):
            self.objects.append((attrs.get("id", ""), attrs.get("label", "")))
        elif name == "mxCell":
            ident, value = attrs.get("id", ""), attrs.get("value", "")
            if self.objects and not ident:  # a cell with data: the object's id and label
                ident, value = self.objects[-1]
            self.cells.append(_Cell(ident, attrs.get("parent", ""), _plain(value), self.here(),
                                    attrs.get("edge") == "1", attrs.get("source", ""),
                                    attrs.get("target", ""), len(self.pages) - 1,
                                    attrs.get("style", "").startswith("text;")))
            self.in_cell = True
        elif name == "mxGeometry" and self.in_cell and attrs.get("as") == "geometry":
            self.cells[-1].box = _geometry(attrs)

    def end(self, name: str) -> None:
        if name == "mxCell":
            self.in_cell = False
        elif name in ("UserObject", "object") and self.objects:
            self.objects.pop()
        elif name == "diagram":
            self.in_page = False

    def data(self, chunk: str) -> None:
        if self.in_page and self.pages:
            page = self.pages[-1]
            if chunk.strip() and not page.data:  # where its data begins
                page.data_line = self.here()
            if page.data or chunk.strip():
                page.data.append(chunk)

    def no_entity(self, *_args: object) -> None:
        raise NotReadable("not a draw.io diagram: it declares an entity of its own")


def _inflate(packed: str) -> str:
    """A compressed page's XML: base64, then raw deflate, then URL-encoding undone."""
    try:
        raw = base64.b64decode(packed, validate=False)
        inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        xml = inflater.decompress(raw, MAX_PAGE_BYTES)
        if inflater.unconsumed_tail:
            raise NotReadable("not a draw.io diagram: a compressed page inflates past "
                              f"{MAX_PAGE_BYTES // 2**20} MB")
        return unquote(xml.decode("utf-8"))
    except (binascii.Error, zlib.error, UnicodeDecodeError) as exc:
        raise NotReadable(f"not a draw.io diagram: a compressed page cannot be read ({exc})"
                          ) from None


_BREAK = re.compile(r"<br\s*/?>|</?(?:div|p|li|ul|ol|tr|h[1-6])\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_MARKUP = re.compile(r"</?[a-zA-Z][^>]*>")  # a tag, not "latency < 10 ms"


def _plain(value: str) -> str:
    """A cell's value as text: HTML's line breaks and blocks as new lines, other markup
    (`<b>`, `<font>`, `<span style=...>`) dropped, entities (`&nbsp;`, `&amp;`) undone."""
    if _MARKUP.search(value):
        value = _TAG.sub("", _BREAK.sub("\n", value))
    return html.unescape(value).replace("\xa0", " ")
