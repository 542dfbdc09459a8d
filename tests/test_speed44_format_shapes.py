"""bench/shapes.py's notes in the other formats ingest reads (org, AsciiDoc, an HTML page,
CSV, plain text), which bench/ingest_shapes.py times by their suffix: each must be read by
its own converter to its end, or its MB/s would be measured on a note read as something else
(an HTML page read as markdown is one HTML block; a note that stops yielding facts halfway is
half a note)."""

from __future__ import annotations

import sys
from pathlib import Path

from studycli.extract import parse_note
from studycli.formats import as_markdown

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from shapes import FORMAT_SHAPES  # noqa: E402


def test_each_format_shape_is_read_by_its_converter_to_its_end() -> None:
    assert {suffix for _make, suffix in FORMAT_SHAPES.values()} == {
        ".org", ".adoc", ".html", ".csv", ".txt"}
    for name, (make, suffix) in FORMAT_SHAPES.items():
        text = make(30_000)
        assert 30_000 <= len(text.encode()) < 32_000, name
        read = as_markdown(text, suffix)
        note = parse_note(read, f"bench{suffix}")
        lines = read.count("\n") + 1
        tenths = {fact.line * 10 // lines for fact in note.facts}
        assert tenths >= set(range(9)), (name, sorted(tenths))  # facts all along the note
        if suffix in (".html", ".org", ".adoc"):
            assert read != text, name  # converted, not read as it was written
