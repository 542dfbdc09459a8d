"""Document and container formats a student keeps notes in: a Kindle's My Clippings.txt, an
iCalendar study plan, an Obsidian Canvas, a Quarto document. Each is read as the markdown it
holds, through the real CLI, every fact cited at the line of the file that holds it; a plain
note that only resembles one is read as written."""

from __future__ import annotations

import json

import pytest

from studycli.formats import NotReadable, as_markdown
from tests.helpers import run_here

CLIPPINGS = """\ufeffAWS Certified Solutions Architect Study Guide (Piper, Ben)
- Your Highlight on page 52 | Location 790-792 | Added on Tuesday, 5 March 2024 07:52:10

A NAT gateway supports 5 Gbps of bandwidth and automatically scales up to 45 Gbps.
==========
AWS Certified Solutions Architect Study Guide (Piper, Ben)
- Your Highlight on page 66 | Location 1002-1003 | Added on Sunday, 17 March 2024 20:14:31

The default visibility timeout of an SQS queue is 30 seconds.
==========
AWS Certified Solutions Architect Study Guide (Piper, Ben)
- Your Highlight on page 66 | Location 1002-1003 | Added on Sunday, 17 March 2024 20:14:31

The default visibility timeout of an SQS queue is 30 seconds.
==========
"""

CALENDAR = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-CALNAME:SAA prep\r\nBEGIN:VEVENT\r\n"
    "DTSTART:20260914T180000Z\r\nUID:a1@example.com\r\n"
    "DESCRIPTION:IAM basics: max 2 access keys per user\\, managed policies per r\r\n"
    " ole: 10 by default\\, quota 20\\nSQS message retention default 4 days\\, max 14 da\r\n"
    " ys\r\n"
    "SUMMARY:Day 1 - limits\r\nBEGIN:VALARM\r\nDESCRIPTION:This is an event reminder\r\n"
    "END:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")

CANVAS = json.dumps({
    "nodes": [
        {"id": "a1", "type": "text", "x": 0, "y": 0, "width": 400, "height": 300,
         "text": "## SQS\n- message retention default 4 days, max 14 days\n"
                 "- max message size 256 KB"},
        {"id": "b2", "type": "text", "x": 500, "y": 0, "width": 400, "height": 300,
         "text": "## Kinesis Data Streams\n| setting | value |\n|---|---|\n"
                 "| retention default | 24 hours |"},
    ],
    "edges": [{"id": "e1", "fromNode": "a1", "toNode": "b2", "label": "queue vs stream"}],
}, indent="\t")

QUARTO = """---
title: "DVA wk3"
---

## Lambda basics

::: {.callout-note}
## Limits I keep forgetting
- timeout: default 3 sec, max 900 sec
:::

```{python}
#| label: cost
x = 1
```
"""


def _lookup(tmp_path, name: str, text: str, query: str, newline: str | None = None) -> dict:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / name).write_text(text, encoding="utf-8", newline=newline)
    db = tmp_path / "s.db"
    done = run_here("ingest", str(notes), "--json", db=db)
    assert done.returncode == 0, done.stderr
    hits = json.loads(run_here("lookup", query, "--json", db=db).stdout)
    assert hits, query
    assert hits[0]["source"].endswith(name)
    return hits[0]


def test_kindle_clippings_are_read_as_highlights_not_headings(tmp_path):
    hit = _lookup(tmp_path, "My Clippings.txt", CLIPPINGS, "sqs visibility timeout default")
    assert "30 s" in hit["value"] and hit["line"] == 9
    out = as_markdown(CLIPPINGS, ".txt").split("\n")
    assert len(out) == len(CLIPPINGS.split("\n"))
    assert not any(x.startswith("=") or "Your Highlight" in x or "Piper" in x for x in out)
    assert out[13] == ""  # the same passage highlighted twice is read once


def test_a_note_with_one_separator_or_a_dash_list_is_not_clippings():
    plain = ("SQS notes\n- retention | 4 days | default\n\nvisibility timeout 30 s\n"
             "==========\nKinesis\n- shards | 1 MB/s\n")
    assert as_markdown(plain, ".txt") == plain


def test_an_ics_description_is_unfolded_and_each_line_cited_where_it_is(tmp_path):
    hit = _lookup(tmp_path, "plan.ics", CALENDAR, "sqs message retention max", newline="")
    assert "14 days" in hit["value"]
    lines = CALENDAR.split("\r\n")
    assert hit["line"] == 8 and "SQS message retention" in lines[7]  # the line holding it
    out = as_markdown(CALENDAR, ".ics").split("\n")
    assert len(out) == len(lines)
    assert out[2] == "# SAA prep" and out[3] == "## Day 1 - limits"
    assert out[5:9] == ["", "IAM basics: max 2 access keys per user, managed policies per role: "
                        "10 by default, quota 20",
                        "SQS message retention default 4 days, max 14 days", ""]
    assert "reminder" not in "\n".join(out)


PACKED_CALENDAR = (
    "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20260914T180000Z\r\nUID:b2@example.com\r\n"
    "DESCRIPTION:SQS:\\n- retention: 4 days\\n- max message size: 256 KB\\nSNS:\\n- max\r\n"
    "  message size: 256 KB\\nLambda:\\n- timeout: 900 s\\n- memory: 10240 MB\r\n"
    "SUMMARY:Day 2\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nDTSTART:20260915T180000Z\r\n"
    "DESCRIPTION:DynamoDB item size max 400 KB\r\nSUMMARY:Day 3\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n")


def test_an_ics_description_packed_on_fewer_lines_is_left_as_written():
    # nine short lines folded onto two: spread, they were merged with "; " onto one line and
    # moved onto the DTSTART and UID lines
    lines = PACKED_CALENDAR.split("\r\n")
    out = as_markdown(PACKED_CALENDAR, ".ics").split("\n")
    assert out[4:6] == lines[4:6]  # as a plain text file reads it
    assert out[2] == out[3] == "" and not any("; " in x for x in out)
    assert out[10] == "DynamoDB item size max 400 KB" and out[1] == "## Day 2"


def test_an_html_ics_description_is_broken_at_its_tags():
    html = ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDESCRIPTION:<b>SQS retention default 4 day"
            "s</b><br><ul>\r\n <li>SQS max message size 256 KB</li><li>SQS visibility timeo\r\n"
            " ut max 12 hours</li></ul>\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    out = as_markdown(html, ".ics").split("\n")
    assert out[2:5] == ["SQS retention default 4 days", "- SQS max message size 256 KB",
                        "- SQS visibility timeout max 12 hours"]


def test_a_canvas_card_is_read_as_its_markdown_near_its_line(tmp_path):
    hit = _lookup(tmp_path, "board.canvas", CANVAS, "kinesis retention default")
    assert "24 h" in hit["value"]
    file_lines = CANVAS.split("\n")
    card = next(k for k, x in enumerate(file_lines) if "Kinesis Data Streams" in x)
    assert hit["line"] - 1 in _own_lines(file_lines, card)  # inside its own card
    out = as_markdown(CANVAS, ".canvas").split("\n")
    assert len(out) == len(file_lines)
    assert "## SQS" in out and "| retention default | 24 hours |" in out
    assert "- SQS -> Kinesis Data Streams: queue vs stream" in out


def _own_lines(file_lines: list[str], card: int) -> range:
    low = max(k for k in range(card + 1) if file_lines[k].strip() == "{")
    high = min(k for k in range(card, len(file_lines)) if file_lines[k].strip() in ("}", "},"))
    return range(low, high + 1)


# as Obsidian saves a board: a card a line
OBSIDIAN_BOARD = """{
\t"nodes":[
\t\t{"id":"a","type":"text","text":"%s","x":0,"y":0,"width":250,"height":60},
\t\t{"id":"b","type":"text","text":"%s","x":300,"y":0,"width":250,"height":60},
\t\t{"id":"c","type":"file","file":"diagram.png","x":0,"y":300,"width":250,"height":60}
\t],
\t"edges":[
\t\t{"id":"e","fromNode":"a","fromSide":"right","toNode":"b","label":"queue vs stream"}
\t]
}"""


def test_a_canvas_of_one_line_cards_cites_each_card_on_its_own_line(tmp_path):
    board = OBSIDIAN_BOARD % ("SQS visibility timeout default 30 s",
                              "Kinesis shard write 1 MB/s per shard")
    hit = _lookup(tmp_path, "board.canvas", board, "kinesis shard write")
    assert "1 MB/s" in hit["value"] and hit["line"] == 4
    out = as_markdown(board, ".canvas").split("\n")
    assert out[2] == "SQS visibility timeout default 30 s" and out[6] == "## Links between cards"
    assert out[7] == "- queue vs stream"  # no card's first line copied as its title


def test_a_canvas_saved_a_card_a_line_is_read_each_card_cited_on_its_own_line(tmp_path):
    # as Obsidian saves it: two cards of several lines, one line each. Read line for line they
    # had nowhere to go, and the whole board was refused (named in a warning, never read)
    board = OBSIDIAN_BOARD % ("## SQS\\n- visibility timeout default 30 s\\n- retention 4 days",
                              "## Kinesis\\n- shard write 1 MB/s")
    out = as_markdown(board, ".canvas")
    assert out.split("\n")[:4] == ["## SQS", "- visibility timeout default 30 s",
                                    "- retention 4 days", ""]
    assert out.file_line[:3] == (3, 3, 3) and out.file_line[3:6] == (4, 4, 4)
    assert as_markdown(json.dumps(json.loads(CANVAS)), ".canvas").file_line[0] == 1  # one line
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "board.canvas").write_text(board, encoding="utf-8")
    db = tmp_path / "s.db"
    done = run_here("ingest", str(notes), "--json", db=db)
    assert done.returncode == 0 and "a card a line" not in done.stdout
    hit = json.loads(run_here("lookup", "sqs visibility timeout", "--json", db=db).stdout)[0]
    assert "30 s" in hit["value"] and hit["line"] == 3  # the SQS card's line of the file
    hit = json.loads(run_here("lookup", "kinesis shard write", "--json", db=db).stdout)[0]
    assert "1 MB/s" in hit["value"] and hit["line"] == 4
    found = json.loads(run_here("search", "retention", "--json", db=db).stdout)
    assert [f["line"] for f in found] == [3]  # search finds the packed card on its line


@pytest.mark.parametrize("board", ['{"nodes": {"a": 1}, "edges": 5}', '{"nodes": 5}'])
def test_a_canvas_whose_nodes_are_no_list_is_not_readable(board):
    with pytest.raises(NotReadable):
        as_markdown(board, ".canvas")


def test_a_quarto_callout_title_stays_inside_its_section(tmp_path):
    hit = _lookup(tmp_path, "wk3.qmd", QUARTO, "lambda max timeout")
    assert "900 s" in hit["value"] and hit["line"] == 9
    out = as_markdown(QUARTO, ".qmd").split("\n")
    assert out[6] == "" and out[7] == "### Limits I keep forgetting"
    assert out[9] == "## Lambda basics"  # the section again after the box
    assert out[12] == "#| label: cost"  # a code chunk is left to the parser as code


MARP = """---
marp: true
paginate: true
---

## Kinesis Data Streams
- record max size 1 MB
<!-- _class: lead -->
<!-- speaker: retention default 24 hours, max 365 days -->
"""


def test_a_marp_decks_speaker_notes_are_read_on_their_line(tmp_path):
    hit = _lookup(tmp_path, "deck.marp.md", MARP, "kinesis retention default")
    assert "24 h" in hit["value"] and hit["line"] == 9
    out = as_markdown(MARP, ".md").split("\n")
    assert out[7] == ""  # a directive is a setting of the deck, no note


def test_a_markdown_note_that_is_no_deck_keeps_its_comments():
    plain = "## SQS\n<!-- todo: check retention -->\n- retention 4 days\n"
    assert as_markdown(plain, ".md") == plain
    front = "---\ntags: [marp]\n---\n<!-- marp: true -->\n"
    assert as_markdown(front, ".md") == front
    # "marp: true" in the body, after the front matter's closing "---", makes no deck
    body = "---\ntitle: SQS\n---\nmarp: true\n<!-- todo: check retention -->\n- 4 days\n"
    assert as_markdown(body, ".md") == body


HACKMD = """# Messaging
[TOC]

:::info
SNS = push, SQS = pull
:::

## SQS
{%youtube 2-Jq8sE0cIs %}
- visibility timeout default 30 s
"""


def test_hackmd_blocks_and_embeds_are_no_labels_of_the_facts_below(tmp_path):
    hit = _lookup(tmp_path, "msg.md", HACKMD, "sqs visibility timeout default")
    assert "30 s" in hit["value"] and hit["line"] == 10
    assert "youtube" not in json.dumps(hit).lower()
    out = as_markdown(HACKMD, ".md").split("\n")
    assert out[1] == out[3] == out[5] == out[8] == "" and out[4] == "SNS = push, SQS = pull"


def test_a_note_quoting_one_container_line_is_read_as_written():
    one = "## SQS\n:::info\n- visibility timeout default 30 s\n:::\n"
    assert as_markdown(one, ".md") == one


SETEXT_NOTE = """SQS
==========
- Standard | retention 4 days default | max 14 days
- FIFO | 300 msg/s without batching | 3,000 with batching

Kinesis
==========
- shard read | 2 MB/s per shard | 5 reads/s
- shard write | 1 MB/s per shard | 1,000 records/s
"""


def test_a_note_of_setext_headings_over_pipe_bullets_is_no_kindle_export(tmp_path):
    # a clipping's header has a page or location and an "Added on" date with a time of day
    assert as_markdown(SETEXT_NOTE, ".txt") == SETEXT_NOTE
    hit = _lookup(tmp_path, "aws.txt", SETEXT_NOTE, "kinesis shard read")
    assert "2 MB/s" in hit["value"] and hit["line"] == 8


def test_facts_after_a_quarto_callout_are_its_sections_again(tmp_path):
    note = ("## Lambda\n\n::: {.callout-tip}\n## DynamoDB comparison\n- item size max 400 KB\n"
            ":::\n\n- timeout max 900 seconds\n")
    out = as_markdown(note, ".qmd").split("\n")
    assert out[3] == "### DynamoDB comparison" and out[5] == "## Lambda"
    hit = _lookup(tmp_path, "wk4.qmd", note, "lambda timeout max")
    assert hit["service"] == "Lambda" and hit["line"] == 8


def test_a_canvas_of_file_cards_only_is_passed_over_in_silence(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "diagram.canvas").write_text(json.dumps({"nodes": [
        {"id": "a", "type": "file", "file": "vpc.png", "x": 0, "y": 0}], "edges": []}))
    (notes / "lambda.md").write_text("# Lambda\n- timeout max 900 s\n", encoding="utf-8")
    done = run_here("ingest", str(notes), "--json", db=tmp_path / "s.db")
    assert done.returncode == 0 and "empty note" not in done.stdout + done.stderr
