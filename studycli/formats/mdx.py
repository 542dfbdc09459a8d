"""An MDX page (markdown with JSX: Docusaurus, Nextra, a course site), line for line as markdown.

MDX is markdown, but for its JavaScript: read as markdown, `import { Callout } from '...'`
lines were notes, a `<Callout type="warning">` line opened an HTML block that swallowed the
fact under it up to the next blank line, the body of a `<Tab>` indented four spaces was a code
block, and a `<Table headers={[...]} rows={[[...], ...]} />` component was a heap of quotes
and brackets. Here: import and export statements and `{/* comments */}` are blanked; a line of
a component's tags is blanked (a `label` or `title` it gives is kept, bold, as the words that
name what follows); what a component wraps is its lines dedented; arrays of strings given as
a component's props (`headers`, `rows`) are HTML table rows (formats/rows.py).
"""

from __future__ import annotations

import json
import re

from studycli.formats.rows import html_row

# an ES module's statement, not prose that opens with the word ("import key material: only
# symmetric keys", "export of key material is not possible")
ESM_STATEMENT = re.compile(r"""^(?:import\s+(?:["']|[^"']*?\bfrom\s*["']|\{[^}]*$)"""
                           r"""|export\s+(?:const|default|function|let|var|class|async)\b)""")
# a line that opens, closes or is a component (capitalised, or a namespaced one: <Foo.Bar>)
_TAG_LINE = re.compile(r"^\s*</?[A-Z][\w.]*(?:\s[^<>]*)?/?>\s*$")
_TAG_OPEN = re.compile(r"^\s*<([A-Z][\w.]*)(?=[\s/>]|$)")
_TAG_CLOSE = re.compile(r"^\s*</([A-Z][\w.]*)\s*>\s*$")
_LABEL = re.compile(r"""\b(?:label|title|heading|summary)="""
                    r"""(?:"([^"]*)"|'([^']*)'|\{["'`]([^"'`]*)["'`]\})""")
_INLINE_TAG = re.compile(r"</?[A-Z][\w.]*(?:\s[^<>]*)?/?>")
_QUOTED = r"""(?:"(?:[^"\\]|\\.)*"|'[^']*')"""
# a line of an array of strings, maybe a prop's: headers={["a", "b"]} or  ["a", "b"],
_STRINGS = re.compile(rf"^\s*(?:\w+=\{{?)?\s*\[\s*({_QUOTED}\s*(?:,\s*{_QUOTED}\s*)*),?\s*\]"
                      r"\s*,?\s*\}?\s*$")
_STRING = re.compile(r""""((?:[^"\\]|\\.)*)"|'([^']*)'""")


def mdx_to_markdown(lines: list[str]) -> list[str]:
    reader = _Reader(lines)
    fenced = False
    depth = -1  # inside an import or export statement: its brackets open, else -1
    for i, line in enumerate(lines):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        elif fenced:
            continue
        elif depth >= 0 or (not reader.opened and ESM_STATEMENT.match(line)):
            # a statement may run over several lines (the names an import lists, an
            # object exported): to where its brackets close
            reader.out[i] = ""
            depth = max(depth, 0) + sum(line.count(c) for c in "{[(") - sum(
                line.count(c) for c in "}])")
            if depth <= 0:
                depth = -1
        else:
            reader.line(i, _uncommented(line) if "{/*" in line else line)
    return reader.out


class _Reader:
    """A page's lines outside its code and imports, read with the components open."""

    def __init__(self, lines: list[str]):
        self.out = list(lines)
        self.opened: list[str] = []  # the components open around a line, innermost last
        self.in_tag = False  # inside an opening tag spread over several lines (its props)
        self.rows: list[int] = []  # the lines of a table given as props
        self.indent: int | None = None  # the indent of the open component's body, once seen

    def line(self, i: int, line: str) -> None:
        out = self.out
        if self.in_tag:
            out[i] = _row(line, self.rows, i) or ""
            if line.rstrip().endswith(">"):  # its props end: the component closed, or open
                self.in_tag = False
                if line.rstrip().endswith("/>") and self.opened:
                    self.opened.pop()
                _end_rows(out, self.rows)
                self.rows = []
            return
        close = _TAG_CLOSE.match(line)
        start = _TAG_OPEN.match(line)
        if close or start:
            self.indent = None
        if close:
            if close.group(1) in self.opened:
                del self.opened[len(self.opened) - 1 - self.opened[::-1].index(close.group(1)):]
            out[i] = ""
        elif start and f"</{start.group(1)}>" in line:  # <Badge>text</Badge>: its words
            out[i] = _INLINE_TAG.sub("", line)
        elif start:
            label = _LABEL.search(line)
            out[i] = f"**{next(g for g in label.groups() if g is not None)}**" if label else ""
            self.opened.append(start.group(1))
            if not _TAG_LINE.match(line):
                self.in_tag = True
            elif line.rstrip().endswith("/>"):
                self.opened.pop()
        elif self.opened:
            out[i] = self._body(line)
        else:
            out[i] = line


    def _body(self, line: str) -> str:
        """A component's body line, indented as JSX is, dedented: no code block, but an item
        nested in another stays nested in it."""
        indent = len(line) - len(line.lstrip())
        if self.indent is None and line.strip():
            self.indent = indent
        return line[min(indent, self.indent or 0):].rstrip()


def _uncommented(line: str) -> str:
    """A line without its `{/* comments */}` (found by position: a pattern retried from
    every "{/*" of a line of them took seconds)."""
    kept, at = [], 0
    while (start := line.find("{/*", at)) >= 0 and (end := line.find("*/}", start + 3)) >= 0:
        kept.append(line[at:start])
        at = end + 3
    return "".join(kept) + line[at:]


def _row(line: str, rows: list[int], i: int) -> str | None:
    """A prop's line that is an array of strings (`["sam build", "builds deps"],`) as an
    HTML table row, its line kept in `rows`."""
    m = _STRINGS.match(line)
    if not m:
        return None
    cells = [_unquote(s) for s in _STRING.finditer(m.group(1))]
    rows.append(i)
    return html_row(cells, header=len(rows) == 1 and "headers" in line.lower())


def _unquote(m: re.Match) -> str:
    if m.group(1) is not None:
        try:
            return json.loads(f'"{m.group(1)}"')
        except ValueError:
            return m.group(1)
    return m.group(2)


def _end_rows(out: list[str], rows: list[int]) -> None:
    if rows:
        out[rows[0]] = "<table>" + out[rows[0]]
        out[rows[-1]] += "</table>"
