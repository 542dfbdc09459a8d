"""Mends from the session's last code review: a note's file name never speaks over the
heading a line sits under (search), and a number a line calls settable is no old maximum
(check)."""

from __future__ import annotations

import json

from studycli.lookup.search import search_notes
from tests.helpers import notes_conn, run_here


def test_a_line_under_a_heading_is_not_the_file_names_other_service(tmp_path):
    conn = notes_conn(tmp_path, "# SQS\n\n- message retention 4 days default, max 14 days\n",
                      name="lambda_sqs_sns.md")
    hits = [(h.source.rsplit("/", 1)[-1], h.line)
            for h in search_notes(conn, "sns retention").hits]
    assert ("lambda_sqs_sns.md", 3) not in hits or not search_notes(
        conn, "sns retention").every_word, hits


def test_a_settable_value_is_no_old_maximum(tmp_path):
    notes = tmp_path / "n"
    notes.mkdir()
    (notes / "a.md").write_text("# SNS\n\n- SNS msg size 256 KB, configurable\n\n# Lambda\n\n"
                                "| Resource | Default |\n|---|---|\n| /tmp storage | 512 MB |\n",
                                encoding="utf-8")
    result = run_here("check", str(notes), "--json", db=tmp_path / "c.db")
    assert json.loads(result.stdout or "[]") == [], result.stdout
    (notes / "a.md").write_text("# SNS\n\n- SNS msg size 256 KB\n", encoding="utf-8")
    result = run_here("check", str(notes), "--json", db=tmp_path / "c.db")
    assert [x["status"] for x in json.loads(result.stdout or "[]")] == ["outdated"]
