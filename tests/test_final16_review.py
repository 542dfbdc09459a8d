"""The final read-through of session 16's change: each mend pinned."""

from __future__ import annotations

from tests.helpers import check_findings


def test_a_short_name_two_services_share_names_no_subject():
    # "standard" is S3 Standard's short name and an SQS standard queue's: a plain word of
    # each ("Standard retrieval" under "## S3" is Glacier's retrieval tier)
    from studycli.extract.short_subjects import short_subject

    assert short_subject("- Standard retrieval: 3-5 hours", "S3") == ""
    assert short_subject("- standard queues: at-least-once", "SQS") == ""
    assert short_subject("- streams keep records 24 hours", "DynamoDB") == "DynamoDB Streams"


def test_a_dated_line_saying_before_of_no_change_is_still_told(tmp_path):
    # "before it is killed" puts nothing in the past: the old 5 min maximum is told
    note = tmp_path / "log.md"
    note.write_text("## Lambda\n- 2024-03: Lambda timeout max 5 min before it is killed\n",
                    encoding="utf-8")
    _, found = check_findings(note, db=tmp_path / "c.db")
    assert any(f["status"] == "outdated" and f["line"] == 2 for f in found), found
