"""One rule for ingest, `conflicts`, lookup and compare (studycli.conflicts): the same key
stated differently in two notes is a conflict; two lines of one note are two cases of it
(most such pairs on development notes were cases the parser had not told apart), shown side
by side by compare as "your notes give", never as "notes disagree"."""

import json

from typer.testing import CliRunner

from studycli.cli import app

runner = CliRunner()

LIST = "- SQS retention default 4 days, max 7 days\n"
TABLE = ("## SQS vs Kinesis\n\n| Aspect | SQS | Kinesis |\n|---|---|---|\n"
         "| Ordering | FIFO queues only | per shard |\n"
         "| Retention | up to 14 days | up to 365 days |\n")


def ingest(tmp_path, files: dict[str, str]) -> dict:
    notes = tmp_path / "notes"
    notes.mkdir()
    for name, text in files.items():
        (notes / name).write_text(text)
    result = runner.invoke(app, ["ingest", str(notes), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def retention_conflicts() -> list:
    groups = json.loads(runner.invoke(app, ["conflicts", "--json"]).output)
    return [g for g in groups if "retention" in json.dumps(g).lower()]


def test_two_lines_of_one_note_are_no_conflict_anywhere_and_compare_shows_both(tmp_path):
    report = ingest(tmp_path, {"messaging.md": "# Messaging\n\n" + LIST + "\nText.\n\n" + TABLE})
    assert report["conflicts"] == 0 and retention_conflicts() == []
    assert "No conflicts" in runner.invoke(app, ["conflicts"]).output
    hits = json.loads(runner.invoke(app, ["lookup", "sqs max retention", "--json"]).output)
    assert not any(h["markers"].get("conflict") for h in hits)
    compare = runner.invoke(app, ["compare", "sqs", "kinesis"]).output
    assert "notes disagree" not in compare and "your notes give" in compare


def test_the_same_lines_in_two_notes_count_the_same(tmp_path):
    report = ingest(tmp_path, {"a.md": "# SQS\n\n" + LIST, "b.md": "# Streams\n\n" + TABLE})
    assert report["conflicts"] == 1 and len(retention_conflicts()) == 1


def test_a_default_and_a_max_in_one_note_are_no_conflict(tmp_path):
    report = ingest(tmp_path, {"sqs.md": "# SQS\n\n- SQS retention default 4 days\n\n"
                                         "Text.\n\n- SQS retention max 14 days\n"})
    assert report["conflicts"] == 0 and retention_conflicts() == []


def _shard_conflicts() -> list:
    groups = json.loads(runner.invoke(app, ["conflicts", "--json"]).output)
    return [[f["value"] for f in g["facts"]] for g in groups if "shard" in json.dumps(g)]


def test_two_measures_of_one_key_in_other_units_are_no_conflict(tmp_path):
    """"1000 records/s" in one note and "1 MB/s" in another are two measures of a shard's
    writes: a new user was shown their right note as disputed. A third note's "2 MB/s" does
    disagree, and only the values in bytes are shown as its sides."""
    one = "# Kinesis Data Streams\n\n- shard write throughput: 1 MB/s\n"
    other = "# Kinesis Data Streams\n\n- shard write throughput: 1000 records/s\n"
    report = ingest(tmp_path, {"a.md": one, "b.md": other})
    assert report["conflicts"] == 0 and _shard_conflicts() == []
    hits = json.loads(runner.invoke(app, ["lookup", "kinesis shard write throughput",
                                          "--json"]).output)
    assert hits and not any(h["markers"].get("conflict") for h in hits)
    (tmp_path / "notes" / "c.md").write_text(
        "# Kinesis Data Streams\n\n- shard write throughput: 2 MB/s\n")
    assert runner.invoke(app, ["ingest", str(tmp_path / "notes")]).exit_code == 0
    assert [sorted(g) for g in _shard_conflicts()] == [["1 MB/s", "2 MB/s"]]
    hits = json.loads(runner.invoke(app, ["lookup", "kinesis shard write throughput",
                                          "--json"]).output)
    records = [h for h in hits if h["source"] == "b.md"]
    assert records and not any(h["markers"].get("conflict") for h in records)
    assert all(h["markers"].get("conflict") for h in hits if h["source"] != "b.md")
