"""`compare`: under "## SQS vs SNS", a line labelled with one side's name ("**SNS** - push,
...", "- **SQS**: pull, ...") is that side's, as a line under "### SQS" is: a label's line
that named the other side too ("unlike SNS") was dropped, and "Kinesis Data Streams" (whose
"Data" is also Data Firehose's first word) named both. Under a side's own heading, a line
naming the other side went to the other side. Real CLI on a real SQLite file."""

import json

import pytest
from typer.testing import CliRunner

from studycli.cli import app
from studycli.extract import parse_note

runner = CliRunner()

LABELS = """# Messaging

## SQS vs SNS

**SQS** - pull model, consumers poll; unlike SNS, one consumer per message
- **SNS**: push model to subscribers; fan-out, unlike SQS
"""
HEADINGS = """# Messaging again

## SQS vs SNS

### SQS
- pull model, consumers poll for work
- unlike SNS, each message read by one consumer

### SNS
- push model, delivered to subscribers
- fan-out, unlike SQS
"""
STREAMS = """# Streaming

## Kinesis vs Firehose

- **Kinesis Data Streams** - real time, you manage shards, replay possible
- **Firehose** - near real time, fully managed, no replay
"""


def _sides(text: str) -> dict[int, tuple[str, str]]:
    """note line -> (left cell, right cell) of the rows the note gives."""
    return {c.line: (c.left_value, c.right_value)
            for c in parse_note(text, "n.md").comparisons}


def test_a_bold_label_gives_its_line_to_that_side_though_it_names_the_other():
    rows = _sides(LABELS)
    assert rows[5][0].startswith("SQS - pull model") and rows[5][1] == ""
    assert rows[6][0] == "" and rows[6][1].startswith("SNS: push model")


def test_a_side_heading_gives_its_lines_to_that_side():
    rows = _sides(HEADINGS)
    assert all(rows[n][0] and not rows[n][1] for n in (6, 7)), rows
    assert all(rows[n][1] and not rows[n][0] for n in (10, 11)), rows


def test_a_label_that_is_one_sides_full_name_is_that_sides():
    rows = _sides(STREAMS)
    assert rows[5][0].startswith("Kinesis Data Streams - real time") and not rows[5][1]
    assert rows[6][1].startswith("Firehose - near real time") and not rows[6][0]


def test_a_line_giving_each_side_a_label_is_no_one_sides():
    text = "# M\n\n## SQS vs SNS\n\n- SQS: pull, polled; SNS: push to subscribers\n"
    assert all(not (left and not right) for left, right in _sides(text).values())


@pytest.fixture(scope="module")
def compared(tmp_path_factory):
    folder = tmp_path_factory.mktemp("labels")
    (folder / "notes").mkdir()
    (folder / "notes" / "labels.md").write_text(LABELS)
    db = folder / "c.db"
    result = runner.invoke(app, ["ingest", str(folder / "notes"), "--db", str(db)])
    assert result.exit_code == 0, result.output
    shown = runner.invoke(app, ["compare", "sqs", "sns", "--db", str(db), "--json"])
    assert shown.exit_code == 0, shown.output
    return json.loads(shown.stdout)


def test_compare_shows_each_labelled_line_on_its_side(compared):
    rows = {r["line"]: (r["left"], r["right"]) for r in compared["rows"]
            if r["source"] == "labels.md"}
    assert rows[5][0] and not rows[5][1] and rows[6][1] and not rows[6][0]
