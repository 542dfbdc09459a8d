"""bench/dev_shapes.py builds large notes out of the development notes: each must be read to
its end as the files it is made of are, or its MB/s would be measured on a note whose rest
is one code fence (a file that ends inside a fence made every file after it code: in a 1 MB
merged note, facts only in its first tenth and a few other places)."""

from __future__ import annotations

import sys
from pathlib import Path

from studycli.extract import parse_note
from studycli.formats import as_markdown

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

import dev_shapes  # noqa: E402


def test_a_merged_note_is_read_to_its_end() -> None:
    text = as_markdown(dev_shapes.make("merged", 300_000), ".md")
    lines = text.count("\n")
    note = parse_note(text, "merged.md")
    tenths = {fact.line * 10 // lines for fact in note.facts}
    assert tenths == set(range(10))  # facts in every tenth of the note


def test_a_file_that_leaves_a_fence_open_is_closed() -> None:
    closed = dev_shapes._closed("# SQS\n\n```bash\naws sqs list-queues\n")
    assert closed is not None and closed.rstrip().endswith("```")
    after = as_markdown(f"{closed}\n\n# Lambda\n- timeout max 900 seconds\n", ".md")
    assert any(f.service == "Lambda" for f in parse_note(after, "n.md").facts)


def test_every_shape_is_varied_not_repeated() -> None:
    text = dev_shapes.make("code-ish", 400_000)  # about three copies of its files
    lines = [line for line in text.splitlines() if any(c.isdigit() for c in line)]
    assert len(set(lines)) > 0.6 * len(lines)
