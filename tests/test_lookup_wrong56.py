"""Session 56 (wrong56, issue 10): confident answers to what the notes do not say.

- A bound written as "as high as", "as many as", "largest", "biggest" (a maximum) or "as
  low as", "as few as", "smallest" (a minimum) is read as that bound, by the parser
  (data/cues.json, so the fact a card drills is a maximum) and by lookup's reading of a
  statement (data/lookup_synonyms.json): "Visibility timeout can go as high as 12 hours"
  answered "sqs min visibility timeout" with 12 h, "largest object is 50 TB" answered "s3
  multipart min part size".
- A figure a past run took ("Worker took ~45s per order") is no limit of the attribute the
  line names after it (extract/observed_runs.py): it answered "sqs min visibility timeout"
  with 45 s.
- A highlight's pointer to where it is in a book ("(Location 242)", "(p. 45)") is no figure
  of its line (lookup/section_refs.py): "HTTP 504: Gateway Timeout ... before the idle
  timeout. (Location 242)" answered "nlb idle timeout".
- Review: "as high as" said as a comparison ("twice as high as 30 seconds", "not as many as
  10 VPCs") is no bound, "at least as large as" stays a minimum, a superlative of the
  student's own ("the largest object I uploaded") is no bound, and a run whose figure is
  called the bound ("ran for 15 min max") states it (extract/limits.py, observed_runs.py).
  S3's object maximum is 50 TB today (AWS, "Amazon S3 objects overview").
"""

from __future__ import annotations

import json

from typer.testing import CliRunner

from studycli.cli import app
from tests.helpers import lookup_values, note_db, notes_fixture

QUEUE_LOG = """# Messaging log

## SQS

- Worker took ~45s per order, queue had default visibility timeout of 30 seconds so the
  messages came back twice.
- Per the docs recommendation. Visibility timeout can go as high as 12 hours.

## S3

- Our DB dump upload via a single PutObject died. Single PUT max is 5 GB; largest object is 50 TB.
"""

queue_log = notes_fixture(QUEUE_LOG)


def _facts(tmp_path, text: str) -> list[dict]:
    db = note_db(tmp_path, text)
    result = CliRunner().invoke(app, ["facts", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_as_high_as_is_a_maximum_of_the_fact(tmp_path):
    facts = _facts(tmp_path, "# SQS\n\n- Visibility timeout can go as high as 12 hours.\n")
    limits = [f for f in facts if f["kind"] == "limit" and f["number"] == 43200]
    assert [f["qualifier"] for f in limits] == ["max"]


def test_largest_is_a_maximum_and_as_low_as_a_minimum(tmp_path):
    facts = _facts(tmp_path, "# S3\n\n- largest object is 50 TB\n"
                             "- Lambda memory can be as low as 128 MB\n")
    bounds = {(f["service"], f["value"]): f["qualifier"] for f in facts
              if f["kind"] == "limit"}
    assert bounds == {("S3", "50 TB"): "max", ("Lambda", "128 MB"): "min"}


def test_what_a_run_took_is_no_limit(tmp_path):
    facts = _facts(tmp_path, "# SQS\n\n- Worker took ~45s per order, queue had default "
                             "visibility timeout of 30 seconds\n")
    assert not [f for f in facts if f["number"] == 45 and f["kind"] != "fact"]
    # the default the same line states is still read
    assert [f["value"] for f in facts if f["kind"] == "default"] == ["30 s"]


def test_the_present_tense_still_states_a_figure(tmp_path):
    facts = _facts(tmp_path, "# RDS\n\n- Multi-AZ failover takes 60-120 seconds\n")
    assert [(f["low"], f["high"]) for f in facts if f["kind"] == "range"] == [(60, 120)]


def test_a_minimum_asked_is_not_answered_by_a_maximum_or_a_run(queue_log):
    assert lookup_values(queue_log, "sqs min visibility timeout") == []
    assert lookup_values(queue_log, "s3 multipart min part size") == []


def test_the_maximum_still_answers(queue_log):
    assert lookup_values(queue_log, "sqs max visibility timeout")[:1] == ["12 h"]
    assert lookup_values(queue_log, "s3 max object size")[:1] == ["50 TB"]


def test_the_cli_says_not_in_your_notes(tmp_path):
    db = note_db(tmp_path, QUEUE_LOG)
    result = CliRunner().invoke(app, ["lookup", "--db", str(db), "sqs min visibility timeout"])
    assert result.exit_code == 1
    assert "Not in your notes" in result.output


def test_a_statement_saying_as_high_as_bounds_the_other_way():
    from studycli.lookup.answer import _says_other_bound
    from studycli.lookup.lexicon import lexicon

    line = "Visibility timeout can go as high as 12 hours."
    assert _says_other_bound(line, "min", lexicon())
    assert not _says_other_bound(line, "max", lexicon())
    assert _says_other_bound("memory can be as low as 128 MB", "max", lexicon())


HIGHLIGHTS = """# Highlights

## ELB

- HTTP 504: Gateway Timeout — the target failed to respond before the idle timeout. (Location 242)

## EBS

- Throughput Optimized HDD (st1) and Cold HDD (sc1) cannot be used as boot volumes. (Location 320)

## Lambda

- Container image code package size: 10 GB (maximum uncompressed image size, including all
  layers). (Location 153)
- Layers: five layers per function. (Location 180)
"""

highlights = notes_fixture(HIGHLIGHTS)


def test_a_book_location_is_no_figure_of_the_line(highlights):
    assert lookup_values(highlights, "nlb idle timeout") == []
    assert lookup_values(highlights, "st1 max throughput") == []


def test_the_line_still_answers_with_its_own_figure(highlights):
    assert lookup_values(highlights, "lambda max layers")[:1] == [
        "Layers: five layers per function. (Location 180)"]


def test_only_a_bracketed_pointer_is_blanked():
    from studycli.lookup.section_refs import without_references

    assert without_references("max 5 MB (p. 45)") == "max 5 MB (see §)"
    assert without_references("limit (pp. 3-4), [page 12]") == "limit (see §), (see §)"
    assert without_references("(page size 1 MB) max (5 pages)") == \
        "(page size 1 MB) max (5 pages)"


# Review of wrong56: the "as high as" cues and the past-run reading matched too much.

def _sub(tmp_path):
    sub = tmp_path / "b"
    sub.mkdir()
    return sub


def _bounds(tmp_path, service: str, line: str) -> list[tuple[str, str]]:
    facts = _facts(tmp_path, f"# {service}\n\n- {line}\n")
    return [(f["qualifier"], f["value"]) for f in facts if f["kind"] == "limit"]


def test_a_multiple_as_high_as_a_figure_is_a_comparison_not_a_bound(tmp_path):
    # "twice as high as 30 seconds" compares; it taught "sqs max visibility timeout: 30 s"
    assert ("max", "30 s") not in _bounds(
        tmp_path, "SQS", "the visibility timeout is twice as high as 30 seconds")
    assert ("max", "16 TiB") not in _bounds(
        _sub(tmp_path), "EBS", "io2 Block Express volume size is 4x as large as 16 TiB")


def test_not_as_many_as_is_no_maximum(tmp_path):
    assert ("max", "10 VPCs") not in _bounds(
        tmp_path, "VPC", "Not as many as 10 VPCs: the default quota is 5 per Region")


def test_at_least_as_large_as_stays_a_minimum(tmp_path):
    assert _bounds(tmp_path, "EBS", "The restored volume must be at least as large as 100 GiB") \
        == [("min", "100 GiB")]


def test_a_run_whose_figure_is_called_the_bound_is_the_bound(tmp_path):
    # the past tense with the bound said right after the figure states the limit
    assert ("max", "15 min") in _bounds(tmp_path, "Lambda", "Lambda ran for 15 min max")
    assert [v for _, v in _bounds(
        _sub(tmp_path), "Lambda",
        "My function ran for 900 seconds which is the maximum timeout")] == ["900 s"]


def test_a_superlative_of_the_students_own_is_no_bound(tmp_path):
    # "the largest object I uploaded" is the student's record; it hid S3's 50 TB maximum
    assert _bounds(tmp_path, "S3", "the largest object I uploaded was 2 GB; "
                                   "max object size is 50 TB") == [("max", "50 TB")]
    assert ("max", "300 GB") not in _bounds(_sub(tmp_path), "DynamoDB",
                                            "biggest table we ran had 300 GB")


# Review of the review (mendA56): "you" is anyone, so the service's bound; the comparison's
# blanking reads lookup's statements too.

def test_a_superlative_said_of_you_is_the_services_bound(tmp_path):
    assert _bounds(tmp_path, "S3", "the largest object you can store is 50 TB") \
        == [("max", "50 TB")]
    assert _bounds(_sub(tmp_path), "DynamoDB", "biggest item you can write is 400 KB") \
        == [("max", "400 KB")]


def test_lookup_reads_no_bound_in_a_comparison():
    from studycli.lookup.answer import _bounds as said_bound
    from studycli.lookup.lexicon import lexicon

    assert not said_bound("the visibility timeout is twice as high as 30 seconds", "max",
                          lexicon())
    assert not said_bound("Not as many as 10 VPCs", "max", lexicon())
    assert said_bound("as many as 10 VPCs", "max", lexicon())
    assert said_bound("at least as large as 100 GiB", "min", lexicon())


def test_a_comparison_does_not_answer_the_maximum(tmp_path):
    # the figure a multiple is compared with is no limit of the line's thing
    # (extract/attribution.not_a_limit): the line is a statement, no "30 s" maximum
    db = note_db(tmp_path, "# SQS\n\n- the visibility timeout is twice as high as 30 seconds\n")
    result = CliRunner().invoke(app, ["lookup", "--db", str(db), "sqs max visibility timeout"])
    assert not result.output.startswith("30 s"), result.output
    assert "[limit]" not in result.output, result.output
    db = note_db(_sub(tmp_path), "# EBS\n\n- io2 volume size is 4x as large as 16 TiB\n")
    result = CliRunner().invoke(app, ["lookup", "--db", str(db), "ebs max volume size"])
    assert not result.output.startswith("16 TiB"), result.output
