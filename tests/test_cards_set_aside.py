"""Cards whose facts left the notes (set-aside sample notes, a deleted note) are never asked:
`cards` lists them only with --all, and `stats` counts them apart from the cards the student
suspended (one suspension read "suspended 187")."""

import json

from typer.testing import CliRunner

from studycli.cli import app

runner = CliRunner()


def test_cards_of_a_deleted_note_are_hidden_and_counted_apart(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "s3.md").write_text("# S3\n\n- S3 maximum object size is 5 TB\n")
    (notes / "sqs.md").write_text("# SQS\n\n- SQS message size max 256 KB\n"
                                  "- SQS retention max 14 days\n")
    assert runner.invoke(app, ["ingest", str(notes)]).exit_code == 0
    every = json.loads(runner.invoke(app, ["cards", "--json"]).output)
    sqs = {c["id"] for c in every if c["service"] == "sqs"}
    assert sqs
    (notes / "sqs.md").unlink()
    assert runner.invoke(app, ["ingest", str(notes)]).exit_code == 0

    listed = json.loads(runner.invoke(app, ["cards", "--json"]).output)
    assert listed and not {c["id"] for c in listed} & sqs
    assert all(not c["missing"] for c in listed)
    shown = json.loads(runner.invoke(app, ["cards", "--all", "--json"]).output)
    assert {c["id"] for c in shown} >= sqs
    text = runner.invoke(app, ["cards"]).output
    assert "missing from notes" not in text and f"{len(sqs)} cards whose facts" in text
    alone = runner.invoke(app, ["cards", "--service", "sqs"]).output
    assert "No cards of your notes here" in alone and "--all" in alone

    stats = json.loads(runner.invoke(app, ["stats", "--json"]).output)
    assert (stats["suspended"], stats["missing"]) == (0, len(sqs))
    assert stats["cards"] == len(shown)  # the key keeps its meaning: every card
    table = runner.invoke(app, ["stats"]).output
    assert f"{len(sqs)} cards not counted" in table
