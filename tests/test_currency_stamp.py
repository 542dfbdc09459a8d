"""An edited note gets its facts checked against the AWS reference again at the next ingest,
even when it keeps the same number of facts (its rows are replaced in the same rowids)."""

from __future__ import annotations

from .helpers import REPO, run_cli, run_here

ENV = {"STUDYCLI_REFERENCE": str(REPO / "tests" / "data" / "reference_fixture")}


def test_an_edit_to_an_outdated_value_is_marked_at_once(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    note = notes / "sqs.md"
    db = tmp_path / "s.db"
    note.write_text("# SQS\n\n- Max message size is 1 MiB\n", encoding="utf-8")
    assert run_here("ingest", str(notes), db=db, env=ENV).returncode == 0  # the setup
    note.write_text("# SQS\n\n- Max message size is 256 KB\n", encoding="utf-8")
    ingest = run_cli("ingest", str(notes), db=db, env=ENV)
    assert "1 outdated" in ingest.stdout, ingest.stdout
    lookup = run_cli("lookup", "sqs max message size", db=db, env=ENV)
    assert "outdated per the AWS docs: now 1 MiB" in lookup.stdout, lookup.stdout
