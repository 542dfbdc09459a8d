"""A tab-separated row (a TSV, Anki or Quizlet export) is shown with its cells apart, " | ", in
lookup, the quiz and the exam: printed raw, the terminal's tab stops scattered the cells and
the quiz wrapped the row mid-row ("visibility timeout      SQS" / "30 s    12 h"). A leading
tab is a line's indent and stays; `--json` keeps the line as written. (The commands run
through the console script's entry in this process, run_here: lookup's fast path included.)"""

from __future__ import annotations

import json

from studycli.sanitize import cells_apart
from tests.helpers import run_here

TSV = ("setting\tservice\tdefault\tmax\n"
       "visibility timeout\tSQS\t30 s\t12 h\n"
       "message retention\tSQS\t4 days\t14 days\n")


def test_interior_tabs_part_cells_and_an_indent_stays():
    assert cells_apart("visibility timeout\tSQS\t30 s\t12 h") == \
        "visibility timeout | SQS | 30 s | 12 h"
    assert cells_apart("\t- has access to public AWS services") == \
        "\t- has access to public AWS services"
    assert cells_apart("\tmemory\t\t128 MB \t") == "\tmemory | 128 MB"
    assert cells_apart("no tab here") == "no tab here"


def test_lookup_shows_a_tsv_row_with_its_cells_apart(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "defaults.tsv").write_text(TSV, encoding="utf-8")
    db = tmp_path / "n.db"
    assert run_here("ingest", str(notes), db=db).returncode == 0
    shown = run_here("lookup", "sqs visibility timeout max", db=db).stdout
    assert "visibility timeout | SQS | 30 s | 12 h" in shown, shown
    assert "\t" not in shown
    hits = json.loads(run_here("lookup", "sqs visibility timeout max", "--json", db=db).stdout)
    assert hits and "\t" in hits[0]["snippet"]


def test_a_long_statement_answer_wraps_whole(tmp_path):
    """A statement answer cut at the width lost what was asked ("hooks order: ApplicationStop
    -> BeforeInstall -> AfterInstall ->…", a new user's "codedeploy lifecycle hook order"):
    it wraps under its first line instead."""
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "cram.txt").write_text(
        "CodeDeploy appspec hooks order: ApplicationStop -> BeforeInstall -> AfterInstall -> "
        "ApplicationStart -> ValidateService -> BeforeAllowTraffic -> AfterAllowTraffic\n",
        encoding="utf-8")
    db = tmp_path / "n.db"
    assert run_here("ingest", str(notes), db=db).returncode == 0
    out = run_here("lookup", "codedeploy lifecycle hook order", db=db).stdout.splitlines()
    answer = " ".join(line.strip() for line in out[:out.index("CodeDeploy   [fact]")])
    assert answer.endswith("AfterAllowTraffic"), out
    assert all(len(line) <= 100 for line in out), out


def test_a_tsv_statement_answer_shows_its_cells_apart(tmp_path):
    # a last read: the evidence line read "CodeDeploy hooks order | ApplicationStop -> ...",
    # the answer line above it "CodeDeploy hooks order ApplicationStop -> ..." (the README
    # says a tab-separated line is shown with its cells apart in lookup)
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "cram.tsv").write_text(
        "CodeDeploy hooks order\tApplicationStop -> BeforeInstall -> AfterInstall\n",
        encoding="utf-8")
    db = tmp_path / "n.db"
    assert run_here("ingest", str(notes), db=db).returncode == 0
    out = run_here("lookup", "codedeploy hooks order", db=db).stdout.splitlines()
    assert out[0].startswith("CodeDeploy hooks order | ApplicationStop"), out
