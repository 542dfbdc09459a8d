"""Session 23 (attrib33b): the review of attrib33's attribution and ingest changes. Each test
is a reviewer's reproduction of a fact filed under a wrong service or a note lost, with the
near miss the original rule was made for kept working."""

from __future__ import annotations

from tests.helpers import json_out, parsed_quantities, run_here


def _owners(text: str) -> dict[str, str]:
    """value -> service of each quantity the note makes."""
    return {value: service for service, _, _, _, value in parsed_quantities(text, "n.md")}


def test_a_fact_line_naming_another_service_does_not_take_over_the_lines_after_it():
    owners = _owners("# Lambda\n\nSQS: batch size up to 10,000\ntimeout max 15 min\n"
                     "memory up to 10,240 MB\n")
    assert owners["10,000 batch size"] == "SQS"  # the line's own fact stays its service's
    assert owners["15 min"] == "Lambda" and owners["10,240 MB"] == "Lambda"  # were SQS's
    owners = _owners("# SQS\n\nSNS: 12,500,000 subscriptions per topic\n"
                     "visibility timeout max 12 hours\n")
    assert owners["12,500,000 subscriptions"] == "SNS" and owners["12 h"] == "SQS"
    owners = _owners("# SQS\n\n**SNS:** 256 KB max message\nvisibility timeout max 12 hours\n")
    assert owners["256 KB"] == "SNS" and owners["12 h"] == "SQS"
    owners = _owners("# CloudWatch\n\nEventBridge: 300 rules per event bus\n"
                     "metric retention 15 months\n")
    assert owners["300 rules"] == "EventBridge" and owners["15 months"] == "CloudWatch"
    # near miss: a bare label still heads the lines after it
    owners = _owners("# SQS\n\nSNS:\n256 KB max message\n")
    assert owners["256 KB"] == "SNS"


def test_lookup_answers_the_heading_services_fact_after_another_services_fact_line(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "lambda.md").write_text("# Lambda\n\nSQS: batch size up to 10,000\n"
                                     "timeout max 15 min\nmemory up to 10,240 MB\n",
                                     encoding="utf-8")
    db = tmp_path / "s.db"
    run_here("ingest", str(notes), db=db)
    for query in ("lambda timeout", "sqs max timeout"):
        answers = json_out(run_here("lookup", query, "--json", db=db))
        assert {a["service"] for a in answers if a["value"] == "15 min"} == {"Lambda"}, query


SQS = "# SQS\n\n- SQS max message size is 256 KB\n- SQS retention default is 4 days\n"


def _sources(db) -> set[str]:
    import sqlite3

    with sqlite3.connect(db) as conn:
        return {path for (path,) in conn.execute("SELECT path FROM sources")}


def _ingest_json(*args: str, db) -> dict:
    return json_out(run_here("ingest", *args, "--json", db=db))


def test_notes_on_a_drive_mounted_at_their_folder_are_kept_while_it_is_away(tmp_path):
    """The notes folder is the mount point (/Volumes/USB); the folder above holds other
    drives: was "sure" the folder was deleted, and its notes were removed."""
    volumes = tmp_path / "Volumes"
    (volumes / "USB").mkdir(parents=True)
    (volumes / "Backup").mkdir()  # another drive, mounted
    (volumes / "USB" / "sqs.md").write_text(SQS, encoding="utf-8")
    other = tmp_path / "other"
    other.mkdir()
    (other / "lambda.md").write_text("# Lambda\n\n- Lambda max timeout is 15 min\n",
                                     encoding="utf-8")
    db = tmp_path / "s.db"
    run_here("ingest", str(volumes / "USB"), db=db)
    (volumes / "USB").rename(tmp_path / "unplugged")
    report = _ingest_json(str(other), db=db)
    assert report["removed"] == [] and _sources(db) == {"sqs.md", "lambda.md"}
    [missing] = report["folders_missing"]
    assert missing["notes"] == ["sqs.md"] and missing["facts"] > 0
    summary = " ".join(run_here("ingest", str(other), db=db).stdout.split())
    assert "its folder" in summary and "is missing" in summary and "kept" in summary


def test_a_file_of_the_same_name_elsewhere_is_not_the_missing_note_moved(tmp_path):
    """usb/aws/sqs.md away, an unrelated other/sqs.md ingested: was counted as renamed."""
    (tmp_path / "usb" / "aws").mkdir(parents=True)
    (tmp_path / "usb" / "aws" / "sqs.md").write_text(SQS, encoding="utf-8")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "sqs.md").write_text("# SQS\n\n- SQS visibility timeout max is "
                                               "12 hours\n", encoding="utf-8")
    db = tmp_path / "s.db"
    run_here("ingest", str(tmp_path / "usb" / "aws"), db=db)
    (tmp_path / "usb").rename(tmp_path / "unplugged")
    report = _ingest_json(str(tmp_path / "other"), db=db)
    assert report["removed"] == [] and len(_sources(db)) == 2
    out = run_here("lookup", "sqs max message size", db=db).stdout
    assert "256 KB" in out  # the note on the drive is still taught


def test_a_renamed_folder_ingested_from_where_it_is_now_moves_its_notes(tmp_path):
    """Near miss: the same text read under the new name is the same note, moved."""
    (tmp_path / "aws").mkdir()
    (tmp_path / "aws" / "sqs.md").write_text(SQS, encoding="utf-8")
    db = tmp_path / "s.db"
    run_here("ingest", str(tmp_path / "aws"), db=db)
    (tmp_path / "aws").rename(tmp_path / "aws-notes")
    report = _ingest_json(str(tmp_path / "aws-notes"), db=db)
    assert [r.get("moved_to") for r in report["removed"]] == ["sqs.md"] or \
        report["removed"] == []
    assert report["folders_missing"] == [] and len(_sources(db)) == 1


def test_a_note_stored_with_no_file_is_not_claimed_by_another_note_of_its_template(tmp_path):
    """sqs-notes/notes.md and lambda-notes/notes.md share headings and a tip line: the tip
    and headings made the Lambda note "hold half" the SQS note's lines, and replace it."""
    template = "# {0}\n\n## Limits\n\n- {1}\n\n## Defaults\n\n- {2}\n\n## Exam tips\n\n" \
               "- read the question twice\n- watch for the word \"default\"\n"
    notes = {"sqs-notes": template.format("SQS", "max message size 256 KB",
                                          "retention period 4 days"),
             "lambda-notes": template.format("Lambda", "max timeout 15 min",
                                             "memory 128 MB")}
    for folder, text in notes.items():
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "notes.md").write_text(text, encoding="utf-8")
    db = tmp_path / "s.db"
    run_here("ingest", str(tmp_path / "sqs-notes" / "notes.md"), db=db)
    import sqlite3

    with sqlite3.connect(db) as conn:  # as an older version left it
        conn.execute("UPDATE sources SET file = NULL, folder = NULL")
    run_here("ingest", str(tmp_path / "lambda-notes"), db=db)
    assert len(_sources(db)) == 2
    assert "256 KB" in run_here("lookup", "sqs max message size", db=db).stdout


def test_a_follow_up_asking_only_for_another_bound_files_no_fact_under_a_wrong_attribute():
    """"### Q2: And the default?" after "### Q1: What is the max SQS message retention?": its
    "4 days" was stored as SQS's limit "duration" (`lookup sqs max duration` answered it)."""
    from studycli.extract import parse_note
    from studycli.model import Kind

    facts = parse_note("# Notes\n\n### Q1: What is the max SQS message retention?\n14 days\n\n"
                       "### Q2: And the default?\n4 days\n", "n.md").facts
    assert {(f.service, f.attribute, f.kind) for f in facts if f.line == 4} == {
        ("SQS", "retention period", Kind.LIMIT)}
    assert [f for f in facts if f.line == 7 and f.service] == []  # was SQS limit "duration"
    # near miss: a follow-up naming its own setting still asks on about the service before
    owners = _owners("# Notes\n\n### How much memory can I give a Lambda?\n10,240 MB\n\n"
                     "### And the max timeout?\n15 min\n")
    assert owners["15 min"] == "Lambda"


def test_an_aside_labelled_with_a_service_is_that_services_to_its_end():
    owners = _owners("# Kinesis Data Streams\n\n"
                     "- retention up to 365 days (SQS: 14 days max, default 4 days)\n")
    assert owners == {"365 days": "Kinesis Data Streams", "14 days": "SQS",
                      "4 days": "SQS"}  # the 4 days was Kinesis's
    # near miss: an aside's later clause with no label is read as clauses are
    owners = _owners("# SQS\n\n- max message size 256KB - bigger payloads via Extended "
                     "Client Library (S3 pointer, up to 2GB)\n")
    assert owners["2 GB"] == "SQS"
