"""Shapes of a new user's note lines the parser read wrong (session 28): a clause of a subject
and a value sharing the measure the line named before, a pasted Service Quotas table whose
column headers are shortened, practice cards whose question names the measure, and a plain
note's title line."""

from __future__ import annotations

from typer.testing import CliRunner

from studycli.extract import parse_note


def _facts(text: str, name: str = "n.md"):
    return parse_note(text, name).facts


def _limits(text: str, name: str = "n.md") -> set[tuple]:
    return {(f.subject, f.attribute, f.qualifier, f.value) for f in _facts(text, name)
            if f.kind.value != "fact"}


def test_a_clause_of_a_subject_and_a_value_shares_the_measure_named_before():
    got = _limits("## S3\n- Standard-IA min storage 30 days, Glacier Deep Archive 180 days\n")
    assert ("S3 Standard-IA", "minimum storage duration", "min", "30 days") in got
    assert ("S3 Glacier Deep Archive", "minimum storage duration", "min", "180 days") in got
    # the other way round: the named clause second is no help to the first
    got = _limits("## S3\n- One Zone-IA 30 days, Glacier Flexible Retrieval min storage 90 days\n")
    assert ("S3 Glacier Flexible Retrieval", "minimum storage duration", "min", "90 days") in got
    assert not any(a == "s3 one zone-ia" for _s, a, _q, _v in got)
    # a clause with a measure of its own keeps it
    got = _limits("## EBS\n- gp3 baseline 3000 IOPS, io2 max 64,000 IOPS\n")
    assert ("io2", "IOPS", "max", "64,000 IOPS") in got


def test_shortened_service_quotas_headers_are_no_sides_compared(tmp_path):
    text = ("Lambda quotas\nQuota name\tApplied value\tAWS default\tAdjustable\n"
            "Concurrent executions\t1,000\t1,000\tYes\n"
            "Function and layer storage\t75 GB\t75 GB\tYes\n")
    note = parse_note(text, "lambda_quotas.txt")
    assert not note.comparisons  # "AWS default vs Applied value" named no two things
    assert not any(f.subject in ("AWS default", "Applied value") for f in note.facts)
    # the row's own words name its measure: the code storage quota, not the /tmp size
    storage = [f for f in note.facts if f.value == "75 GB"]
    assert storage and {f.attribute for f in storage} == {"code storage"}
    # "| AWS | Azure |" still compares two things: "AWS" alone is no console qualifier
    from studycli.extract.comparisons import qualifier_column
    assert qualifier_column("AWS") is None and qualifier_column("AWS default") == "default"
    assert qualifier_column("Applied value") == ""

    from studycli.cli import app
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "lambda_quotas.txt").write_text(text)
    db = str(tmp_path / "f.db")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(notes), "--db", db]).exit_code == 0
    listed = runner.invoke(app, ["compare", "--db", db])
    assert "Applied value" not in listed.output and "AWS default" not in listed.output


def test_a_card_question_names_the_measure_its_answer_gives():
    text = ("Q: Default KDS retention?\nA: 24 hrs, can extend to 7 days\n\n"
            "Q: Which service for exactly-once processing + ordering?\nA: SQS FIFO\n")
    facts = _facts(text, "cards.txt")
    got = {(f.service, f.attribute, f.qualifier, f.value) for f in facts}
    assert ("Kinesis Data Streams", "retention period", "default", "24 h") in got
    assert ("SQS", "which service for exactly-once processing + ordering", "",
            "A: SQS FIFO") in got
    # the card's marks are no words of a fact's name
    assert not any(f.attribute.startswith("q:") or f.attribute.endswith("?") for f in facts)
    # words before the answer's number are a sentence of their own: no value of the question
    facts = _facts("Q: Default KDS retention?\nA: Use the default, then extend it to 7 days "
                   "for replay\n", "cards.txt")
    assert not any(f.qualifier == "default" and f.value == "7 days" for f in facts)


def test_a_plain_notes_title_line_is_no_fact():
    facts = _facts("Practice test 1 - mistakes to review\n\nQ: Lambda max timeout?\nA: 15 min\n",
                   "practice.txt")
    assert not any("practice test" in f.value.lower() for f in facts)
    assert any(f.attribute == "execution timeout" and f.value == "15 min" for f in facts)
    # a first line that says something stays: a definition, a quantity, a line run on
    for first in ("DAX = in-memory cache for DynamoDB", "Lambda timeout 15 min",
                  "SQS is a pull based queue."):
        facts = _facts(f"{first}\n\nmore notes on SQS\n", "n.txt")
        assert any(f.line == 1 for f in facts), first
    # nor is a lone line of a note a title
    assert any(f.line == 1 for f in _facts("SQS long polling cuts empty receives\n", "n.txt"))
