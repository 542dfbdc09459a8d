"""A line under a queue's or a stream's heading whose subject is Lambda's event source mapping
(ESM, event source mapping, trigger) sets Lambda's setting, not the source's own: a new
user's "ESM batch size SQS default 10" under "# SQS" was filed as SQS's batch size, and
"sqs max batch size" then answered 10 with a warning that the AWS docs give 1 message."""

from __future__ import annotations

from studycli.extract import parse_note
from studycli.model import Kind
from tests.helpers import ingest_text, run_here

NOTES = """# SQS
- ESM batch size SQS default 10
- visibility timeout default 30 sec

# Kinesis Data Streams
- ESM batch size default 100
- retention default 24 hours
"""

# the mapping or a trigger mentioned on a line about the source's own measures leaves them its own
OWN_MEASURES = """# SQS
- as a Lambda trigger: visibility timeout should be 6x the function timeout, default 30 sec
- visibility timeout triggers redelivery after 30 sec default, max 12 hours
- ESM polls with long polling; max wait time 20 sec
- ESM = Lambda polls; message retention max 14 days

# Kinesis Data Streams
- streams trigger Lambda; stream records kept 24 hours
- trigger batch size default 100
"""


def _owners() -> dict[str, tuple[str, str]]:
    note = parse_note(NOTES, "n.md")
    return {f.value: (f.service, f.subject) for f in note.facts
            if f.kind in (Kind.LIMIT, Kind.DEFAULT)}


def test_the_mapping_named_under_its_source_is_lambdas():
    owners = _owners()
    assert owners["10 batch size"] == ("Lambda", "event source mapping")
    assert owners["100 batch size"] == ("Lambda", "event source mapping")
    # the source's own settings stay its own
    assert owners["30 s"] == ("SQS", "")
    assert owners["24 h"] == ("Kinesis Data Streams", "")


def test_the_sources_own_measures_stay_its_own():
    note = parse_note(OWN_MEASURES, "n.md")
    facts = [f for f in note.facts if f.kind in (Kind.LIMIT, Kind.DEFAULT)]
    assert facts
    for f in facts:
        assert f.service in ("SQS", "Kinesis Data Streams"), (f.value, f.service, f.subject)


def test_sqs_batch_size_is_not_answered_by_the_mappings(tmp_path):
    _, db, _ = ingest_text(tmp_path, NOTES)
    shown = run_here("lookup", "sqs max batch size", db=db).stdout
    assert "AWS docs give 1 message" not in shown
    assert not shown.startswith("10 batch size\nSQS")


def test_under_lambda_a_source_named_before_its_own_measures_keeps_them():
    # a final read: under "# Lambda" any "event source" plus a digit kept the queue's line
    # Lambda's, so "lambda max retention" answered SQS's 14 days
    note = parse_note("# Lambda\n"
                      "- SQS as event source: visibility timeout 6x function timeout, "
                      "retention max 14 days\n"
                      "- SQS event source batch size default 10, max 10,000\n", "lambda.md")
    by_line: dict[int, set[str]] = {}
    for f in note.facts:
        if f.kind in (Kind.LIMIT, Kind.DEFAULT):
            by_line.setdefault(f.line, set()).add(f.service)
    assert by_line[2] == {"SQS"}, note.facts
    assert by_line[3] == {"Lambda"}, note.facts  # the mapping's own batch size stays Lambda's
