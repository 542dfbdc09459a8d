"""An outline exported from an outliner or mind-mapping app as XML (OPML from Workflowy,
Dynalist, OmniOutliner or Logseq; FreeMind or Freeplane `.mm`), line for line as nested
markdown bullets.

Each `<outline text="...">` (`<node TEXT="...">`) becomes a bullet indented by its depth in
the outline, its note (`_note`) read after it on the same line; a FreeMind node's rich note
(`<richcontent TYPE="NOTE">`, an HTML page in the node) is read a paragraph a line, each an
item under the node (its lines were blank: the details a student wrote under a node were
lost); the `<head>`'s `<title>` is the first heading. A branch that is a bare label under
another ("Developer" under "Support plans") is said with it ("Support plans / Developer"),
so its leaves' facts carry both. Every other tag and line is not the student's text and
reads as blank.
Tags are found with a pattern that never crosses a `<` or `>`, so a line of brackets costs
one pass.
"""

from __future__ import annotations

import re
from html import unescape

from studycli.formats.html import _TITLE  # the page's <title>, as an HTML page's

_TAG = re.compile(r"<(/?)(outline|node)\b([^<>]*?)(/?)>", re.IGNORECASE)
_OPEN = re.compile(r"<(?:outline|node)\b", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_TEXT_NAMES = ("text", "title")
_NOTE_NAMES = ("_note", "note")
_SPACES = re.compile(r"\s+")
# a FreeMind or Freeplane node's note or details, an HTML page of its own inside the node
_RICH_OPEN = re.compile(r"<richcontent\b", re.IGNORECASE)
_RICH_CLOSE = re.compile(r"</richcontent\s*>", re.IGNORECASE)
_ANY_TAG = re.compile(r"<[^<>]*>")
_WRAPPED_MAX = 20  # lines one tag's attributes may wrap over


def outline_to_markdown(lines: list[str]) -> list[str]:
    if any(len(_OPEN.findall(line)) > 1 for line in lines if "<" in line):
        # elements packed on a line (an app's export on one line): one element a line, the
        # lines then counted by element, as a packed HTML page's are by block (html.py)
        lines = _OPEN.sub(lambda m: "\n" + m.group(), "\n".join(lines)).split("\n")
    out: list[str] = []
    depth = 0
    labels: list[str] = []  # the text of each element open above, by depth
    rich = False  # inside a node's rich note (FreeMind's <richcontent TYPE="NOTE">)
    for line in _tags_joined(lines):
        if rich or _RICH_OPEN.search(line):
            # the note's paragraphs are the node's details: each an item under the node
            rich = not _RICH_CLOSE.search(line)
            text = _clean(_ANY_TAG.sub(" ", line))
            out.append("  " * depth + "- " + text if text else "")
            continue
        title = _TITLE.search(line) if "<" in line else None
        if title and not _TAG.search(line):
            out.append("# " + _clean(title.group(1)))
            continue
        item = ""  # one element a line (packed lines were split above)
        for match in _TAG.finditer(line):
            closing, _, attributes, self_closing = match.groups()
            if closing:
                depth = max(0, depth - 1)
                continue
            text = _item(attributes)
            if text and not item:
                item = "  " * depth + "- " + _in_context(text, labels[:depth], bool(self_closing))
            if not self_closing:
                labels[depth:] = [text]
                depth += 1
        out.append(item)
    return out


_LABEL_WORDS = 3  # a node of this many words or fewer, no number or statement, is a label
_STATEMENT = re.compile(r"\d|[:=>]|\s[—-]\s")


def _in_context(text: str, above: list[str], leaf: bool) -> str:
    """A branch's text, with the branch it hangs from when both are bare labels: a map's
    "Developer" under "Support plans" means "Support plans / Developer", and the facts of
    its children ("from $29/month") are filed under the words the student would ask with.
    The map's root (the exam, the course) and a leaf are said as written."""
    if leaf or len(above) < 2 or not _label(text) or not _label(above[-1]):
        return text
    return f"{above[-1]} / {text}"


def _label(text: str) -> bool:
    return 0 < len(text.split()) <= _LABEL_WORDS and not _STATEMENT.search(text)


def _tags_joined(lines: list[str]) -> list[str]:
    """The lines, where a tag's attributes wrap onto following lines joined on its first
    line and the lines it took left blank, so each element is read whole at its own line."""
    out = list(lines)
    i = 0
    while i < len(out):
        start = max(out[i].rfind("<outline"), out[i].rfind("<node"))
        if start >= 0 and ">" not in out[i][start:]:
            end = i + 1
            while end < len(out) and end - i < _WRAPPED_MAX and ">" not in out[end]:
                end += 1
            if end < len(out) and end - i < _WRAPPED_MAX:
                out[i] = " ".join(part.strip() for part in out[i:end + 1])
                out[i + 1:end + 1] = [""] * (end - i)
                i = end
        i += 1
    return out


def _item(attributes: str) -> str:
    """The bullet an outline element's attributes say: its text, then its note."""
    values = {name.lower(): double if double is not None else single
              for name, double, single in _ATTRIBUTE.findall(attributes)}
    text = next((_clean(values[n]) for n in _TEXT_NAMES if values.get(n)), "")
    note = next((_clean(values[n]) for n in _NOTE_NAMES if values.get(n)), "")
    if note and text:
        return f"{text} — {note}"
    return text or note


def _clean(value: str) -> str:
    """An attribute's text as one line: entities decoded ("&#10;" is a line break in the app,
    here a pause: the note's lines stay with the item they annotate)."""
    return _SPACES.sub(" ", unescape(value).replace("\n", " · ")).strip(" ·")
