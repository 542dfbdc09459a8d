"""Golden fixtures: a note in tests/golden/, and beside it the facts expected from it.

`NAME.expected` lists one fact per line (kind | service | subject | attribute | qualifier |
value | line), plain statements (kind "fact") included, since which lines stay plain rather than
become a card is part of what the parser decides, and one comparison per line (CMP | left |
right | aspect | left value | right value | line).
To review a change in the parser, run `python tests/test_parser_golden.py --update` and read
the diff.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from studycli.extract import parse_note

GOLDEN = Path(__file__).parent / "golden"
NOTES = sorted(p for p in GOLDEN.iterdir() if p.suffix in (".md", ".txt"))


def render(note_path: Path) -> str:
    note = parse_note(note_path.read_text(encoding="utf-8"), note_path.name)
    rows = [" | ".join([f.kind, f.service, f.subject, f.attribute, f.qualifier, f.value,
                        str(f.line)])
            for f in note.facts]
    rows += [" | ".join(["CMP", c.left, c.right, c.aspect, c.left_value, c.right_value,
                         str(c.line)])
             for c in note.comparisons]
    return "\n".join(rows) + "\n"


@pytest.mark.parametrize("note_path", NOTES, ids=[p.name for p in NOTES])
def test_golden(note_path: Path) -> None:
    expected = note_path.with_suffix(".expected").read_text(encoding="utf-8")
    assert render(note_path) == expected


if __name__ == "__main__" and "--update" in sys.argv:
    for path in NOTES:
        path.with_suffix(".expected").write_text(render(path), encoding="utf-8")
        print("wrote", path.with_suffix(".expected").name)
