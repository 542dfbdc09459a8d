"""A conflict's sides say which the AWS reference supports: a new user's "10 min" Lambda
timeout was shown beside the notes' 900 s as one opinion among two."""

from __future__ import annotations

from studycli.lookup import lookup
from studycli.ui.lookup_plain import render
from tests.helpers import two_note_folder


def test_each_side_of_a_conflict_carries_what_the_aws_docs_say_of_it(tmp_path):
    from studycli.ingest import ingest_paths
    from studycli.store.db import connect

    notes = two_note_folder(tmp_path, "## Lambda\n- max timeout = 10 min\n",
                            "## Lambda\n- max timeout: 900 seconds\n")
    db = connect(tmp_path / "facts.db")
    ingest_paths(db, [notes])
    result = lookup(db.conn, "lambda max timeout", limit=3)
    conflict = result.to_json()[0]["markers"]["conflict"]
    status = {side["source"]: side["status"] for side in conflict["sides"]}
    assert status == {"right.md": "current", "stale.md": "wrong"}
    text = render(result, width=100)
    stale = next(line for line in text.splitlines() if "stale.md:" in line and "10 min" in line)
    assert "wrong per the AWS docs" in stale
    right = next(line for line in text.splitlines() if "right.md:" in line and "900 s" in line)
    assert "per the AWS docs" not in right
