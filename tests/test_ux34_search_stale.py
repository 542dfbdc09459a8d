"""`studycli search`: of two lines that say every word, the one the notes or the AWS reference
mark as out of date came first (bm25 favours the shorter line, and the old value's line is
often the shorter). The current line comes first now; the stale one stays, its mark shown."""

import json

import pytest
from typer.testing import CliRunner

from studycli.cli import app
from studycli.search_stale import marked_stale

runner = CliRunner()
NOTE = """# SQS

- SQS max message size is 256 KB
- SQS max message size is 1 MiB now, raised in 2025 with a bigger payload

# Team wiki

- wiki page quota: 10 pages (outdated)
- wiki page quota is 20 pages per team member since the spring reorganisation
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("stale")
    (folder / "notes").mkdir()
    (folder / "notes" / "n.md").write_text(NOTE)
    path = folder / "s.db"
    result = runner.invoke(app, ["ingest", str(folder / "notes"), "--db", str(path)])
    assert result.exit_code == 0, result.output
    return path


def _search(db, *words):
    result = runner.invoke(app, ["search", *words, "--db", str(db)])
    assert result.exit_code == 0, result.output
    as_json = runner.invoke(app, ["search", *words, "--db", str(db), "--json"])
    return result.output.splitlines(), json.loads(as_json.stdout)


def test_a_line_aws_finds_outdated_goes_after_the_current_one_with_its_mark(db):
    lines, hits = _search(db, "sqs", "message", "size")
    assert [h["line"] for h in hits] == [4, 3]
    assert hits[0]["outdated"] is None and hits[1]["outdated"]["by"] == "aws"
    assert lines[0].startswith("n.md:4")
    assert lines[1].startswith("n.md:3") and "(outdated per the AWS docs: now 1 MiB)" in lines[1]


def test_a_line_the_notes_mark_outdated_goes_after_the_current_one(db):
    lines, hits = _search(db, "wiki", "page", "quota")
    assert [h["line"] for h in hits] == [9, 8]
    assert hits[1]["outdated"]["by"] == "notes" and "(outdated)" in lines[1]


@pytest.mark.parametrize("text", [
    "- SQS max message size 256 KB (outdated)", "A: 25 items (or 4 MB) #outdated?",
    "OUTDATED: retention max 7 days", "- retention max 7 days - no longer true",
    "- max 5 read replicas [out of date]"])
def test_the_notes_marks_of_a_stale_line(text):
    assert marked_stale(text)


@pytest.mark.parametrize("text", [
    "TransactWriteItems up to 100 actions (used to be 25)", "CLB (old)",
    "- max msg size ~~64 KB~~ 256 KB", "(old advice about random prefixes is outdated)",
    ">> reply: that's outdated, it's 10,240 MB now (10 GB)"])
def test_a_line_that_names_an_old_value_is_not_stale(text):
    assert not marked_stale(text)
