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
