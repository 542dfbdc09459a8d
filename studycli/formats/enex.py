"""An Evernote export (.enex): XML around each note's content, ENML, which is HTML. Read as the
HTML it holds: each note's title as a line of its own (not a heading: a title listing
services, "storage (S3 / Glacier / EBS)", gave the note's first facts a subject); the note's
dates, tags, author and source, and its attachments (base64 data, often thousands of lines),
are no text of the note. Lines are kept where they are (an element dropped across lines leaves
its line breaks), so a fact is cited at its line of the export unless the content is packed on a
few lines (RENUMBERED, as for HTML)."""

from __future__ import annotations

import re

from studycli.formats.html import html_to_markdown

# elements whose text is metadata, not the note (their closing tag follows)
_METADATA = ("created", "updated", "tag", "note-attributes", "resource", "resource-attributes")
# the name ends at a space, "/" or ">": "<resource-attributes>" is no "<resource>" (whose end
# would be looked for, and found in a later note)
_OPEN = re.compile(r"<(" + "|".join(_METADATA) + r")(?=[\s/>])[^>]*>", re.I)
_TITLE = re.compile(r"<title>([^<]*)</title>", re.I)
_CDATA = re.compile(r"<!\[CDATA\[|\]\]>")


def _without_metadata(text: str) -> str:
    """The text with each metadata element blanked but its line breaks: one pass, each
    element's end found from its start. Of an unclosed one only its tag is dropped, never the
    note after it; a closing tag found absent is not looked for again (linear in the text,
    where thousands of unclosed tags would each scan to its end)."""
    out: list[str] = []
    at = 0
    found: dict[str, int] = {}  # closing tag -> where the last search found it (-1: nowhere)
    while (m := _OPEN.search(text, at)) is not None:
        close = f"</{m.group(1).lower()}>"
        if m.group().endswith("/>"):  # an empty element, <resource-attributes/>
            out.append(text[at:m.start()])
            at = m.end()
            continue
        known = found.get(close)
        # the next closing tag after an earlier start is the next after this one too, unless
        # it lies before this tag; none after an earlier start, none after this one
        if known is None or 0 <= known < m.end():
            known = found[close] = text.find(close, m.end())
        end = m.end() if known < 0 else known + len(close)  # unclosed: only the tag goes
        out.append(text[at:m.start()])
        out.append("\n" * text.count("\n", m.start(), end))
        at = end
    out.append(text[at:])
    return "".join(out)


def enex_to_markdown(lines: list[str]) -> list[str]:
    text = _without_metadata("\n".join(lines))
    text = _CDATA.sub("", _TITLE.sub(r"<div>\1</div>", text))
    return html_to_markdown(text.split("\n"))
