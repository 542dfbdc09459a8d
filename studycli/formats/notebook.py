"""A Jupyter notebook (`.ipynb`, nbformat 4, and 3's worksheets), read as the notes it holds.

Its markdown cells are markdown; a code cell gives only its comments (as source files do,
formats/code_comments.py: `ddb.create_table(..., BillingMode='PAY_PER_REQUEST')` is the
author's setting, not an AWS limit); a cell's outputs are the machine's, never read, but for
the error a cell raised, what AWS answered the call (formats/notebook_errors.py). nbformat
3's heading cells are headings.

Line for line: Jupyter writes a cell's source one JSON string per line, so each source line is
placed on the line of the file that holds it and a fact cites the line a student can find.
A notebook whose source lines do not each have a line of their own (written by a script, or
minified) is read cell by cell and its lines counted so (as a packed HTML page is:
formats/html.py). A file that is not a notebook (not JSON, or no cells) is not read: the
student is told so, rather than shown a traceback or facts from its JSON punctuation.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

from studycli.formats import NotReadable
from studycli.formats.code_comments import comment_of as c_family_comment
from studycli.formats.keyvalues import comment_item, split_comment
from studycli.formats.notebook_errors import error_lines

# a JSON string literal, and whether a ":" follows it (a key); or a bracket
# (the string's body unrolled, a run of plain characters at a time: an output's image is
# megabytes of base64 on one line)
_TOKEN = re.compile(r'"([^"\\\n]*(?:\\.[^"\\\n]*)*)"(\s*:)?|([\[\]{}])')
# kernels whose comments open with "//" (the rest, Python, R, Julia, shells..., with "#")
_SLASH_LANGUAGES = ("javascript", "typescript", "java", "scala", "kotlin", "go", "c#",
                    "csharp", "c++", "cpp", "c", "rust", "swift", "groovy")
_MAGIC = re.compile(r"^\s*[%!]")  # a cell or line magic, a shell escape: code


def notebook_to_markdown(lines: list[str]) -> list[str]:
    text = "\n".join(lines)
    try:
        data = json.loads(text)
    except ValueError as exc:
        where = f" at line {exc.lineno}" if isinstance(exc, json.JSONDecodeError) else ""
        raise NotReadable(f"not a Jupyter notebook: its JSON is broken{where}; open it in "
                           "Jupyter and save it again, or export it as .md") from None
    except RecursionError:
        raise NotReadable("not a Jupyter notebook: its JSON nests too deep") from None
    cells = _cells(data)
    if cells is None:
        raise NotReadable("not a Jupyter notebook: it has no cells")
    comment = _comment_reader(_language(data))
    placed = _placed(lines, [source for _, source in cells])
    if placed is None:  # source lines not one to a line of the file: counted by cell
        out: list[str] = []
        for kind, source in cells:
            out.extend(_converted(kind, "".join(source).split("\n"), comment))
            out.append("")
        return out
    out = [""] * len(lines)
    firsts = sorted(at[0] for at in placed if at) + [len(lines)]
    for (kind, source), at in zip(cells, placed, strict=True):
        pieces = [piece.rstrip("\n") for piece in source]
        if len(set(at)) == len(at) and not any("\n" in piece for piece in pieces):
            for line, converted in zip(at, _converted(kind, pieces, comment), strict=True):
                out[line] = converted
        elif at:  # its source one string of many lines: from its line to the next cell's
            _spilled(_converted(kind, "".join(source).split("\n"), comment), at[0],
                     next(first for first in firsts if first > at[0]), out)
    error_lines(lines, out)  # what AWS answered a cell: its error output's line
    # a cell of more lines than the file has before the next one: the rest after them
    return "\n".join(out).split("\n") if any("\n" in line for line in out) else out


def _spilled(converted: list[str], first: int, end: int, out: list[str]) -> None:
    """A cell's lines onto the file's lines first..end (the JSON around its one string), one
    to a line; those it has more than that after the last. Only the lines below it in the
    file are numbered on: the notebook's other cells still cite their lines."""
    slots = max(end - first - 1, 1)  # the line before the next cell left blank
    for k, line in enumerate(converted[:slots]):
        out[first + k] = line
    if len(converted) > slots:
        out[first + slots - 1] += "\n" + "\n".join(converted[slots:])


def _cells(data: object) -> list[tuple[str, list[str]]] | None:
    """Each cell's kind and its source as the strings the file holds, or None if `data` is
    no notebook. nbformat 4 lists `cells`; 3 lists them in `worksheets`, a code cell's
    source under `input`, a heading cell's level beside its text."""
    if not isinstance(data, dict):
        return None
    if isinstance(data.get("cells"), list):
        raw = data["cells"]
    elif isinstance(data.get("worksheets"), list):
        raw = [cell for sheet in data["worksheets"] if isinstance(sheet, dict)
               for cell in sheet.get("cells") or [] if isinstance(sheet.get("cells"), list)]
    else:
        return None
    cells: list[tuple[str, list[str]]] = []
    for cell in raw:
        if not isinstance(cell, dict):
            continue
        kind = str(cell.get("cell_type", ""))
        source = cell.get("source", cell.get("input", ""))
        pieces = [source] if isinstance(source, str) else [
            piece for piece in source if isinstance(piece, str)] if isinstance(
            source, list) else []
        if kind == "heading" and pieces:
            level = cell.get("level")
            kind = f"heading{max(1, min(6, level)) if isinstance(level, int) else 1}"
        cells.append((kind, pieces))
    return cells


def _language(data: dict) -> str:
    found = data.get("metadata")
    metadata: dict = found if isinstance(found, dict) else {}
    for key, field in (("kernelspec", "language"), ("language_info", "name")):
        block = metadata.get(key)
        if isinstance(block, dict) and isinstance(block.get(field), str):
            return block[field].lower()
    return str(metadata.get("language", "python")).lower()


def _comment_reader(language: str) -> Callable[[str], str]:
    """A code line -> its comment's text, for the notebook's language."""
    if language in _SLASH_LANGUAGES:
        return lambda line: c_family_comment(line)[0]
    if language == "sql":
        return lambda line: line.split("--", 1)[1].strip() if "--" in line else ""
    return lambda line: split_comment(line, "#")[1]


def _converted(kind: str, lines: list[str], comment: Callable[[str], str]) -> list[str]:
    if kind == "code":
        return [comment_item(comment(line)) if not _MAGIC.match(line) else ""
                for line in lines]
    if kind.startswith("heading"):
        level = int(kind[len("heading"):])
        return ["#" * level + " " + line.strip().lstrip("#").strip() if line.strip() else ""
                for line in lines]
    return list(lines)  # markdown, and raw cells: text as written


def _placed(lines: list[str], sources: list[list[str]]) -> list[list[int]] | None:
    """Per cell, the line of the file that holds each of its source strings (a string of many
    lines, or strings sharing a line, are its cell's to place), or None if some cannot be
    found: a notebook packed on a line, numbered by its cells."""
    found = _source_strings(lines)
    placed: list[list[int]] = []
    k = 0
    last = -1
    for source in sources:
        if not source:
            placed.append([])
            continue
        # the next `source` array in the file with this cell's strings (metadata of an
        # extension may hold a key of that name too: it is passed over)
        while k < len(found) and [text for _, text in found[k]] != source:
            k += 1
        if k == len(found):
            return None
        at = [line for line, _ in found[k]]
        if at[0] <= last:  # cells sharing a line: a notebook packed on a few lines
            return None
        last = at[-1]
        placed.append(at)
        k += 1
    return placed


def _source_strings(lines: list[str]) -> list[list[tuple[int, str]]]:
    """Every `source` (or `input`) value in the file, in order: its strings, each with its
    line."""
    found: list[list[tuple[int, str]]] = []
    collecting = -1  # the bracket depth of the `source` array being read, or -1
    depth = 0
    after_key = False  # the token before was a `source` key
    for number, line in enumerate(lines):
        for match in _TOKEN.finditer(line):
            literal, colon, bracket = match.groups()
            if bracket:
                if bracket in "[{":
                    depth += 1
                    if after_key and bracket == "[":
                        collecting = depth
                        found.append([])
                else:
                    if depth == collecting:
                        collecting = -1
                    depth -= 1
                after_key = False
                continue
            if colon:
                after_key = collecting < 0 and literal in ("source", "input")
                continue
            if collecting == depth or after_key:
                value = _decoded(literal)
                if after_key:
                    found.append([(number, value)])
                else:
                    found[-1].append((number, value))
            after_key = False
    return found


def _decoded(literal: str) -> str:
    try:
        return json.loads(f'"{literal}"')
    except ValueError:
        return literal
