"""Notes whose lines are not the file's lines one for one (formats/spread.py): a note kept as
a unified diff, read as the note after the change, each line cited on its line of the diff."""

from __future__ import annotations

import json

from studycli.formats import as_markdown
from tests.helpers import run_here

DIFF = """diff --git a/notes/dva.md b/notes/dva.md
index 4e1a9c2..b07d3f1 100644
--- a/notes/dva.md
+++ b/notes/dva.md
@@ -1,9 +1,9 @@
 # Monitoring (DVA-C02)

 ## CloudWatch metrics
-- EC2 basic monitoring = every 1 min, free
+- EC2 basic monitoring = every 5 min, free
 - namespace + dimensions
 | mode | downtime |
 |---|---|
-| Rolling | yes |
+| Rolling | no (reduced capacity) |
 | Immutable | no |
"""


def test_a_diff_is_read_as_the_note_after_the_change():
    out = as_markdown(DIFF, ".diff")
    assert out.split("\n") == [
        "# Monitoring (DVA-C02)", "", "## CloudWatch metrics",
        "- EC2 basic monitoring = every 5 min, free", "- namespace + dimensions",
        "| mode | downtime |", "|---|---|", "| Rolling | no (reduced capacity) |",
        "| Immutable | no |", ""]
    # each on its line of the diff (1-based): the removed lines left out, not blanked, so the
    # table is one table
    assert out.file_line[:5] == (6, 7, 8, 10, 11) and out.file_line[7] == 15


def test_a_diff_note_answers_with_its_new_value_on_its_line(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "fixes.diff").write_text(DIFF, encoding="utf-8")
    db = tmp_path / "s.db"
    assert run_here("ingest", str(notes), db=db).returncode == 0
    hits = json.loads(run_here("lookup", "ec2 basic monitoring interval", "--json",
                               db=db).stdout)
    assert "5 min" in hits[0]["value"] and hits[0]["line"] == 10
    assert not any("1 min" in h["value"] for h in hits)  # the removed line is no fact


def test_a_file_with_no_hunk_is_read_as_written():
    text = "- SQS max message size 256 KB\n-- not a hunk\n"
    assert as_markdown(text, ".patch").split("\n") == text.split("\n")


def test_a_hunk_runs_to_the_next_header_whatever_its_header_counted():
    # the first hunk says 3 lines after the change and has 2: counted, the second hunk's
    # header was read as its last line and the second hunk was dropped as "between hunks"
    text = ("--- a/n.md\n+++ b/n.md\n@@ -1,2 +1,3 @@\n ## SQS\n+- retention 4 days\n"
            "@@ -9,2 +10,2 @@\n ## X-Ray\n-- daemon port 3000\n+- daemon listens on port 2000\n")
    out = as_markdown(text, ".diff")
    # (the second hunk's header breaks the section: a blank line, on the header's line)
    assert out.split("\n") == ["## SQS", "- retention 4 days", "", "## X-Ray",
                               "- daemon listens on port 2000", ""]
    assert out.file_line[:5] == (4, 5, 6, 7, 9)


CHEATSHEET_PY = """import boto3

# ------------ SQS ------------
SQS = {
    'retention_default_days': 4,       # message retention default
    'visibility_max_h': 12,
}

config = {
    'timeout': 30,
}

def show():
    client = boto3.client('sqs', config={'retries': 7})
    print(SQS)
"""


def test_a_programs_dict_named_after_a_service_is_read_as_its_notes():
    # a script that prints its cheat sheet: read as code, only its comments were read, and
    # "'retention_default_days': 4" gave nothing
    out = as_markdown(CHEATSHEET_PY, ".py").split("\n")
    assert out[4] == "- retention default: 4 days (message retention default)"
    assert out[5] == "- visibility max: 12 h"
    assert "30" not in " ".join(out) and "7" not in " ".join(out)  # a program's own settings
