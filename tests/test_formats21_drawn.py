"""Tables drawn with box characters (a terminal's output pasted into a note) and Mermaid mind
maps and timelines are read as the tables and lists they draw, each fact at its own line of
the file; a note with one stray box character or a flowchart reads as before
(studycli/formats/box_tables.py, mermaid.py)."""

from __future__ import annotations

import json

from studycli.formats import as_markdown
from tests.helpers import run_here

BOX = """\
quotas pasted from the terminal

$ aws-limits show --svc sqs
┌──────────────────┬────────────────┬──────────┐
│ Quota            │ Value          │ Notes    │
├──────────────────┼────────────────┼──────────┤
│ Max message size │ 256 KB         │ bigger - │
│                  │                │ > S3     │
├──────────────────┼────────────────┼──────────┤
│ Message          │ default 4 days │ max 14   │
│ retention period │                │ days     │
└──────────────────┴────────────────┴──────────┘
"""

MINDMAP = """\
# Storage

```mermaid
mindmap
  root((S3))
    Objects
      max object size 5 TB
    Glacier Deep Archive
      min storage duration 180 days
```

```mermaid
timeline
    title S3 history
    2020 : Snowcone launched at re:Invent
         : strong read-after-write consistency
```
"""


def _lookup(tmp_path, name: str, text: str, query: str) -> dict:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / name).write_text(text, encoding="utf-8")
    db = tmp_path / "s.db"
    assert run_here("ingest", str(notes), db=db).returncode == 0
    result = run_here("lookup", query, "--json", db=db)
    return json.loads(result.stdout)[0]


def test_a_box_table_is_a_table_each_row_at_its_first_line():
    out = as_markdown(BOX, ".txt").split("\n")
    assert len(out) == len(BOX.split("\n"))
    assert out[2] == "## aws-limits show --svc sqs"  # the command that drew it heads it
    assert out[3] == "<table>"
    assert out[6] == ("<tr><td>Max message size</td><td>256 KB</td>"
                      "<td>bigger - &gt; S3</td></tr>")
    # a cell wrapped over two lines is one cell again, its row cited at the line it starts on
    assert out[9].startswith("<tr><td>Message retention period</td><td>default 4 days</td>")
    assert out[7] == out[8] == out[10] == ""


def test_a_box_tables_fact_is_found_at_its_line(tmp_path):
    hit = _lookup(tmp_path, "quotas.txt", BOX, "sqs max retention period")
    assert (hit["value"], hit["line"]) == ("14 days", 10)


def test_a_note_with_one_box_character_or_a_one_column_box_reads_as_written():
    plain = "SQS │ retention max 14 days\n┌ stray corner\nend\n"
    assert as_markdown(plain, ".txt") == plain
    banner = "┌────────────┐\n│ EXAM NOTES │\n└────────────┘\nSQS max 14 days\n"
    assert as_markdown(banner, ".txt") == banner
    assert as_markdown(banner, ".md") == banner


def test_a_mind_maps_nodes_are_a_nested_list_on_their_lines():
    out = as_markdown(MINDMAP, ".md").split("\n")
    assert len(out) == len(MINDMAP.split("\n"))
    assert out[2:4] == ["", ""]  # the fence and the diagram's kind
    assert out[4:8] == ["- S3", "  - Objects", "    - max object size 5 TB",
                        "  - Glacier Deep Archive"]
    assert out[9:13] == ["", "", "", ""]
    # a timeline's events under its title, each with its period; "re:Invent" is one word
    assert out[13:15] == ["- S3 history", "  - 2020: Snowcone launched at re:Invent"]
    assert out[15:17] == ["  - 2020: strong read-after-write consistency", ""]


def test_a_mind_maps_fact_is_found_under_its_node(tmp_path):
    hit = _lookup(tmp_path, "storage.md", MINDMAP, "glacier deep archive min storage duration")
    assert (hit["value"], hit["line"]) == ("180 days", 9)


def test_a_flowchart_is_left_to_the_markdown_reader():
    flow = "```mermaid\nflowchart TD\n  A[SQS max 256 KB] --> B[Lambda]\n```\n"
    assert as_markdown(flow, ".md") == flow


def test_a_fence_of_drawn_tables_is_read_a_fence_of_code_is_not():
    fenced = "# SQS\n\n```\n" + BOX.split("\n\n", 1)[1] + "```\n"
    out = as_markdown(fenced, ".md").split("\n")
    assert len(out) == len(fenced.split("\n"))
    assert out[2] == "" and out[3] == "## aws-limits show --svc sqs" and out[4] == "<table>"
    assert out[-2] == ""  # the closing fence
    code = "```python\nprint('x')\n" + BOX.split("\n\n", 1)[1] + "```\n"
    # a fence of code is read by its comments only (formats/fenced_code.py): the table its
    # program printed is code's output, no table of the note's
    out = as_markdown(code, ".md").split("\n")
    assert len(out) == len(code.split("\n"))
    assert not [line for line in out if line not in ("", "<!-- -->")], out
