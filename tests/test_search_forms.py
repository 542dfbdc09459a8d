"""`studycli search` reads abbreviations and a subject's other names as lookup does
(lookup/search_forms.py): "dead letter queue" finds "DLQ after maxReceiveCount", which
lookup found and search missed, and "visibility timeout" ranks the "vis timeout" lines
above an ALB's idle timeout (a new user's findings)."""

from __future__ import annotations

from typer.testing import CliRunner

from studycli.cli import app

NOTES = """# SQS
- vis timeout default 30s, max 12 hrs
- DLQ after maxReceiveCount

## ELB
ALB idle timeout default 60 sec
"""


def test_search_finds_a_subject_and_a_word_by_the_names_the_notes_write(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "n.md").write_text(NOTES, encoding="utf-8")
    db = str(tmp_path / "s.db")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(notes), "--db", db]).exit_code == 0
    out = runner.invoke(app, ["search", "dead", "letter", "queue", "--db", db]).output
    lines = out.splitlines()
    assert "DLQ after maxReceiveCount" in lines[1] and '"dlq"' in lines[0], out
    out = runner.invoke(app, ["search", "visibility", "timeout", "--db", db]).output
    lines = out.splitlines()
    assert '"vis"' in lines[0] and "vis timeout default 30s" in lines[1], out
    assert "ALB" not in out  # every word said now: the idle timeout is not listed


def _search(tmp_path, notes_text, *words):
    notes = tmp_path / "notes"
    notes.mkdir(exist_ok=True)
    (notes / "n.md").write_text(notes_text, encoding="utf-8")
    db = str(tmp_path / "s.db")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(notes), "--db", db]).exit_code == 0
    return runner.invoke(app, ["search", *words, "--db", db]).output


def test_a_line_saying_the_words_typed_ranks_above_one_saying_only_another_name(tmp_path):
    """The other names are the second pass: a line with "dead letter queue" itself is never
    below one that says only "DLQ" (reviewer: lines saying the phrase dropped out of 20)."""
    notes = "# SQS\n- DLQ\n" + "".join(
        f"- messages moved to the dead-letter queue after {i} retries of the consumer\n"
        for i in range(6))
    out = _search(tmp_path, notes, "dead", "letter", "queue")
    assert "moved to the dead-letter queue" in out.splitlines()[1], out
    assert out.rstrip().splitlines()[-1].rstrip().endswith("DLQ"), out


def test_unit_words_and_a_word_of_a_longer_name_are_not_read_as_another_name(tmp_path):
    """"min" is minutes more often than minimum, and "reserved" alone is not Reserved
    Instances (Lambda's reserved concurrency): neither is widened."""
    notes = "# Lambda\n- Rate to increase pollers ( 60 min )\n- minimum memory 128 MB\n" \
        "- RI discount up to 72%\n- reserved concurrency caps a function\n"
    out = _search(tmp_path, notes, "minimum")
    assert "60 min" not in out and "minimum memory" in out, out
    out = _search(tmp_path, notes, "reserved")
    assert "RI discount" not in out and "reserved concurrency" in out, out
