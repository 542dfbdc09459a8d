"""A note saved as a unified diff (session 28, lookup28; unseen80's monitoring_deploy_notes.diff):
the value a removed line states ("-- EC2 basic monitoring = every 1 min") comes after the value
of the line that replaced it ("+- ... every 5 min"), which otherwise tie, word for word."""

from __future__ import annotations

import json

import pytest

from .helpers import REPO, lookup_values, notes_conn, run_here

DIFF = """diff --git a/notes/ops.md b/notes/ops.md
index 1a2b3c4..5d6e7f8 100644
--- a/notes/ops.md
+++ b/notes/ops.md
@@ -1,8 +1,8 @@
 # Monitoring notes
 ## Metrics
-- Neptune backup window = every 1 hour, free
+- Neptune backup window = every 6 hours, free
 - Neptune snapshots kept 35 days
-- Glue crawler timeout 20 min
+- Glue crawler timeout 45 min
 - Glue job max concurrent runs 50
"""


@pytest.fixture(scope="module")
def diff_conn(tmp_path_factory):
    # saved as .txt: a .diff or .patch note is read as the note after the change (its removed
    # lines no notes at all, formats/diff_notes.py); one saved under another name keeps them
    conn = notes_conn(tmp_path_factory.mktemp("diff"), DIFF, name="ops.txt")
    yield conn
    conn.close()


def test_the_added_line_comes_before_the_line_it_replaces(diff_conn):
    values = lookup_values(diff_conn, "neptune backup window")
    assert values and "6 hours" in values[0], values
    values = lookup_values(diff_conn, "glue crawler timeout")
    assert values and "45 min" in values[0], values


def test_a_removed_line_is_still_shown_below(diff_conn):
    values = lookup_values(diff_conn, "glue crawler timeout")
    assert any("20 min" in v for v in values[1:]), values


def test_only_a_diff_note_has_removed_lines(tmp_path):
    from studycli.lookup.diff_removed import removed

    assert removed("-- item") and removed("-retention 1 year")
    assert not removed("- context item") and not removed("--- a/notes.md") and not removed("-")
    # a note that is no diff: a line starting with an arrow is the note's own statement
    conn = notes_conn(tmp_path, "# Lambda\n\n->Lambda cold start 2 s typical\n"
                                "- Lambda cold start 1 s with SnapStart\n")
    from studycli.store.lookup_lines import is_diff_note

    assert not is_diff_note(conn, "notes.md")
    conn.close()


def test_the_cli_answers_the_diffs_new_value(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "ops.diff").write_text(DIFF, encoding="utf-8")
    db = tmp_path / "facts.db"
    env = {"STUDYCLI_REFERENCE": str(REPO / "data" / "reference"), "COLUMNS": "200"}
    assert run_here("ingest", str(notes), db=db, env=env).returncode == 0
    result = run_here("lookup", "neptune backup window", "--json", "--limit", "3", db=db, env=env)
    assert result.returncode == 0, result.stderr
    assert "6 hours" in json.loads(result.stdout)[0]["value"]
