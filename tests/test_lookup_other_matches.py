""""Other matches" under a lookup's answer: a new user saw lines cut mid-word and named by
junk ("RDS / saa)", "SQS / zettelkasten dump - dva …"). A statement's attribute is the heading
over it or its first words, no name: it is named by its service and subject, its own line gets
the room, a cut ends at a word's end, and the answer's own line is not listed again."""

from __future__ import annotations

from studycli.ingest import ingest_paths
from studycli.lookup import lookup
from studycli.store.db import connect
from studycli.ui.lookup_plain import _short, render

NOTES = """# zettelkasten dump - dva serverless week three notes

SQS visibility timeout default 30 sec, max 12 hours
SQS long polling: wait time up to 20 sec, cuts empty receives and cost for idle consumers
"""


def test_a_cut_ends_at_a_word():
    assert _short("Multi-AZ : réplication SYNC vers une standby", 26) == "Multi-AZ : réplication…"
    assert _short("x" * 30, 10) == "x" * 9 + "…"  # one long word: cut where it must be


def test_statements_are_named_by_service_and_not_repeated(tmp_path):
    note = tmp_path / "zettel.md"
    note.write_text(NOTES, encoding="utf-8")
    db = connect(tmp_path / "n.db")
    ingest_paths(db, [note])
    text = render(lookup(db.conn, "sqs visibility timeout", limit=5), width=100)
    assert "zettelkasten" not in text, text  # the heading names no fact
    assert text.count("visibility timeout default 30 sec, max 12 hours") == 1, text
