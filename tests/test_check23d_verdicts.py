"""check23d: one verdict for a stale note line, worded alike wherever it is told.

- A statement of how AWS works that records no change (VPC peering is not transitive), and a
  maximum a note states above AWS's current one (AWS raises limits; a lowered one records
  `previously`), are WRONG; a value below today's maximum with no recorded history is only
  "not what AWS says" (it may be an old limit). `check --json` gives it as `verdict`.
- "AWS says" unless the line is outdated ("AWS now" tells of a change).
- compare marks a cell that writes the finding's value in other words ("30 seconds", "30 s").
- compare checks only the lines its cells come from, and marks each row for its own sides."""

from __future__ import annotations

import json

import pytest

from .helpers import run_here

NOTE = """# VPC
- VPC peering is transitive

# SQS
- SQS visibility timeout max 24 hours

# DynamoDB
- DynamoDB item size max 500 KB

# Lambda
- Lambda layers: max 3 per function
"""


@pytest.fixture(scope="module")
def checked(tmp_path_factory):
    root = tmp_path_factory.mktemp("c23d")
    notes = root / "notes"
    notes.mkdir()
    (notes / "n.md").write_text(NOTE, encoding="utf-8")
    db = root / "c.db"
    done = run_here("check", str(notes), "--json", db=db)
    assert done.returncode == 1, done.stderr
    return notes, db, json.loads(done.stdout)


def _line(text: str) -> int:
    return NOTE.splitlines().index(text) + 1


def test_misconceptions_and_values_above_the_maximum_are_wrong_below_it_only_differ(checked):
    notes, db, found = checked
    verdicts = {x["line"]: (x["status"], x["verdict"]) for x in found}
    assert verdicts[_line("- VPC peering is transitive")] == ("wrong", "wrong")
    assert verdicts[_line("- SQS visibility timeout max 24 hours")] == ("wrong", "wrong")
    assert verdicts[_line("- DynamoDB item size max 500 KB")] == ("wrong", "wrong")
    # 3 of AWS's 5 layers: an old limit or a mistake, the reference cannot tell
    assert verdicts[_line("- Lambda layers: max 3 per function")] == ("wrong", "differs")
    out = run_here("check", str(notes), db=db, env={"COLUMNS": "200"}).stdout
    assert f"n.md:{_line('- VPC peering is transitive')}  WRONG" in out
    assert f"n.md:{_line('- Lambda layers: max 3 per function')}  NOT WHAT AWS SAYS" in out
    assert "AWS now" not in out and "AWS says  12 h" in out  # nothing here was ever right
    assert "0 outdated, 3 wrong, 1 not what AWS says" in out


def test_verdict_rules_on_entries():
    from studycli.reference.entry import Entry, verdict

    base = {"id": "x", "service": "SQS", "attribute": "a", "kind": "limit", "qualifier": "max",
            "value": "20 s", "number": 20, "unit": "s"}

    class Fact:
        unit, number, high, snippet = "s", 30.0, None, "max 30 s"

    assert verdict("wrong", Entry(base, "f"), Fact()) == "wrong"
    Fact.number = 10.0
    assert verdict("wrong", Entry(base, "f"), Fact()) == "differs"
    assert verdict("wrong", Entry({**base, "changed": "2024-01"}, "f"), Fact()) == "wrong"
    assert verdict("outdated", Entry(base, "f"), Fact()) == "outdated"
    default = {**base, "qualifier": "default", "kind": "default"}
    Fact.number = 30.0
    assert verdict("wrong", Entry(default, "f"), Fact()) == "differs"
    claim = {**base, "kind": "fact", "qualifier": "", "value": "not supported", "number": None,
             "unit": ""}
    assert verdict("wrong", Entry(claim, "f"), Fact()) == "wrong"


def test_compare_marks_a_cell_that_writes_the_unit_another_way():
    from studycli.compare_currency import CheckFindings
    from studycli.compare_model import Side

    finding = {"status": "wrong", "source": "n.md", "line": 7, "fact_id": "", "value": "30 s",
               "json": {"service": "SQS", "subject": ""}, "current_value": "20 s",
               "url": "https://docs.aws.amazon.com/q.html", "note_default": "", "unit": "s",
               "old_numbers": []}
    found = CheckFindings([finding])
    mark = found.for_cell(Side("SQS"), "30 seconds", "n.md", 7, ())
    assert mark is not None and mark.now == "20 s"
    assert found.for_cell(Side("SQS"), "20 seconds", "n.md", 7, ()) is None


def test_compare_checks_only_its_cells_lines_and_falls_back_to_stored(tmp_path, monkeypatch):
    from studycli import checking
    from studycli.compare_currency import check_findings

    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.md").write_text("# SQS\n- SQS visibility timeout max 24 hours\n",
                                encoding="utf-8")
    (notes / "b.md").write_text("# DynamoDB\n- DynamoDB item size max 500 KB\n",
                                encoding="utf-8")
    db_path = tmp_path / "c.db"
    assert run_here("ingest", str(notes), db=db_path).returncode == 0
    from studycli.database import ensure_database

    db = ensure_database(db_path)
    a = db.conn.execute("SELECT source FROM note_lines WHERE text LIKE '%visibility%'"
                        ).fetchone()[0]
    monkeypatch.setattr(checking, "load", lambda *args: None)  # no whole check kept
    sources: list = []
    real = checking._full_check
    monkeypatch.setattr(checking, "_full_check",
                        lambda store, s, svc: sources.append(s) or real(store, s, svc))
    found = check_findings(db, {(a, 2)})
    assert found is not None and list(found.by_place) == [(a, 2)]
    assert sources == [{a}]  # the one note, not every note
    assert check_findings(db, {(a, 2)}) is not None and sources == [{a}]  # kept: read back
    # (the compared notes' kept findings are read back under their own key: compare26)
    monkeypatch.setattr(checking, "notes_key", lambda *args: 1 / 0)
    assert check_findings(db, {(a, 2)}) is None  # compare then reads the stored statuses


def test_lookup_and_compare_word_a_finding_as_check_does(checked):
    """The same finding, the same words: 'wrong' and 'AWS says' (no 'now': it never was so),
    'not what AWS says' where the reference cannot tell, in lookup's text and JSON."""
    _, db, _ = checked
    wrong = run_here("lookup", "sqs visibility timeout max", db=db).stdout
    assert "wrong per the AWS docs: AWS says 12 h" in wrong and "now 12 h" not in wrong
    differs = run_here("lookup", "lambda layers max", db=db).stdout
    assert "! not what AWS says: AWS says 5 layers" in differs
    told = json.loads(run_here("lookup", "lambda layers max", "--json", db=db).stdout)
    currency = told[0]["markers"]["currency"]
    assert (currency["status"], currency["verdict"]) == ("wrong", "differs")


def test_a_compare_cell_says_what_check_calls_its_line():
    from studycli.compare_model import Cell
    from studycli.ui.compare_view import _stale_said

    assert _stale_said(Cell("30 s", "n.md", 3, aws="20 s", aws_verdict="wrong")) == \
        "wrong; AWS says: 20 s"
    assert _stale_said(Cell("256 KB", "n.md", 4, aws="1 MiB", aws_verdict="outdated")) == \
        "outdated; AWS now: 1 MiB"
    assert _stale_said(Cell("3", "n.md", 5, aws="5 layers", aws_verdict="differs")) == \
        "not what AWS says; AWS says: 5 layers"
