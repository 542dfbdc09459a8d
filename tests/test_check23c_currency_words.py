"""check23c: what `check` and `compare` say of a stale note line, as a student reads it.

- `compare` marks a cell with the verdict `check` gives its note line, on its side: SQS's
  256 KB (outdated, now 1 MiB) and SNS's 256 KB (still the default; the maximum, 1 MiB, only
  by raising the topic's setting), never "AWS now: 1 MiB" alone for SNS.
- A limit that was once the documented one is OUTDATED (io2's 64,000 IOPS, NAT gateway's
  45 Gbps, gp2's 10,000 IOPS); a claim that never was so is WRONG (FIFO per-message timers);
  a value the reference knows only today's value of is "NOT WHAT AWS SAYS", neither.
- io2's limit cites the EBS guide's Provisioned IOPS page, not an API page about copying.
- One claim of one line is told once (S3's 100 buckets met by a max and a default entry),
  and "AWS now" gives a claim entry's value, not its whole sentence.

One note holds every case, so `check` runs twice (JSON and text) and `compare` once."""

from __future__ import annotations

import json

import pytest

from .helpers import run_here

NOTE = """# SQS vs SNS

## SQS
- Max message size: 256 KB

## SNS
- Messages are <=256KB payloads

# EBS
- io2 max 64,000 IOPS per volume
- gp2: max 10,000 IOPS

# VPC
- NAT Gateway: managed, per AZ, up to 45 Gbps, no SG on it

# S3
- max 100 buckets per account

# SQS FIFO
- Message timers (per-message DelaySeconds) work on standard AND FIFO queues

# Lambda
- Lambda layers: max 10 per function

# SQS Extended Client
- used for messages larger than 256 KB (SQS Max)
"""


@pytest.fixture(scope="module")
def checked(tmp_path_factory):
    """The note, its database, and `check --json` on it."""
    root = tmp_path_factory.mktemp("c23c")
    notes = root / "notes"
    notes.mkdir()
    (notes / "n.md").write_text(NOTE, encoding="utf-8")
    db = root / "c.db"
    done = run_here("check", str(notes), "--json", db=db)
    assert done.returncode == 1, done.stderr
    return notes, db, json.loads(done.stdout)


def _line(text: str) -> int:
    return NOTE.splitlines().index(text) + 1


def _at(found: list[dict], text: str) -> list[dict]:
    return [x for x in found if x["line"] == _line(text)]


def test_a_limit_once_documented_is_outdated_and_cites_the_page_that_states_it(checked):
    _, _, found = checked
    (io2,) = _at(found, "- io2 max 64,000 IOPS per volume")
    assert (io2["reference"]["id"], io2["status"]) == ("ebs.io2.iops.max", "outdated")
    assert io2["reference"]["url"] == \
        "https://docs.aws.amazon.com/ebs/latest/userguide/provisioned-iops.html"
    for line, entry in (("- gp2: max 10,000 IOPS", "ebs.gp2.iops.max"),
                        ("- NAT Gateway: managed, per AZ, up to 45 Gbps, no SG on it",
                         "vpc.nat-gateway.bandwidth")):
        assert [(x["reference"]["id"], x["status"]) for x in _at(found, line)] == \
            [(entry, "outdated")], line


def test_wrong_only_where_the_reference_knows_it_never_was(checked):
    notes, db, found = checked
    timers = _at(found, "- Message timers (per-message DelaySeconds) work on standard AND "
                        "FIFO queues")
    assert [x["status"] for x in timers] == ["wrong"]  # never so: the entry says it is unchanged
    (layers,) = _at(found, "- Lambda layers: max 10 per function")
    # above AWS's maximum (5), which AWS never lowered: never the limit (check23d)
    assert (layers["status"], layers["verdict"]) == ("wrong", "wrong")
    out = run_here("check", str(notes), db=db).stdout
    assert f"n.md:{_line('- Lambda layers: max 10 per function')}  WRONG" in out
    timer_line = _line("- Message timers (per-message DelaySeconds) work on standard AND FIFO "
                       "queues")
    assert f"n.md:{timer_line}  WRONG" in out
    assert f"n.md:{_line('- io2 max 64,000 IOPS per volume')}  OUTDATED" in out
    assert "not what AWS says" not in out  # every stale value here is known to be one or the other
    # a claim entry met by its pattern is told its value, not its whole sentence
    claim_at = out.index(f"n.md:{_line('- used for messages larger than 256 KB (SQS Max)')}  ")
    told = out[claim_at:claim_at + 400]
    assert "AWS now   1 MiB" in told and "can be up to" not in told


def test_one_claim_of_one_line_is_told_once(checked):
    _, _, found = checked
    buckets = _at(found, "- max 100 buckets per account")
    assert len(buckets) == 1 and buckets[0]["status"] == "outdated", buckets


def test_compare_marks_each_side_as_check_judges_its_line(checked):
    _, db, found = checked
    sqs_line, sns_line = _line("- Max message size: 256 KB"), _line("- Messages are <=256KB "
                                                                     "payloads")
    judged = {x["line"]: x["status"] for x in found if x["line"] in (sqs_line, sns_line)}
    assert judged == {sqs_line: "outdated", sns_line: "outdated"}
    out = run_here("compare", "sqs", "sns", db=db, env={"COLUMNS": "200"}).stdout
    flat = " ".join(out.split())
    sqs_cell, sns_cell = out.index(f"n.md:{sqs_line}"), out.index(f"n.md:{sns_line}")
    assert sqs_cell > 0 and sns_cell > 0
    assert "AWS now: 1 MiB [" in flat  # the SQS side, outdated
    # the SNS side: the note's 256 KB is still the default, as `check` says of the line
    assert "still AWS's default; the max is now 1 MiB (topic MaximumMessageSize)" in flat
    assert "AWS now: 1 MiB (topic" not in flat


def test_an_entry_cannot_say_both_that_aws_changed_it_and_that_it_never_did():
    from studycli.reference.schema import validate_entry

    entry = {"id": "sqs.x.max", "service": "SQS", "subject": "", "attribute": "x",
             "qualifier": "max", "kind": "limit", "value": "10", "number": 10,
             "unit": "count", "statement": "Up to 10.", "checked": "2026-12-01",
             "url": "https://docs.aws.amazon.com/x.html", "verified": True}
    assert not [p for p in validate_entry({**entry, "unchanged": True}) if "unchanged" in p]
    assert [p for p in validate_entry({**entry, "unchanged": True, "previously": ["5"]})
            if "unchanged contradicts" in p]
    assert [p for p in validate_entry({**entry, "unchanged": "yes"}) if "unchanged" in p]


def test_a_line_claim_marks_only_the_cell_of_its_side_that_states_its_old_value():
    """A finding `check` reads off a line's text (no fact of its own) marks the cell of its
    side whose number is the claim's old value, not the other side's, nor another number."""
    from studycli.compare_currency import CheckFindings
    from studycli.compare_model import Side

    claim = {"status": "outdated", "source": "n.md", "line": 4, "fact_id": "", "value": "x",
             "json": {"service": "SQS", "subject": ""}, "current_value": "1 MiB",
             "url": "https://docs.aws.amazon.com/q.html", "note_default": "",
             "unit": "B", "old_numbers": [262144.0]}
    found = CheckFindings([claim])
    sqs, kinesis = Side("SQS"), Side("Kinesis Data Streams")
    mark = found.for_cell(sqs, "256 KB", "n.md", 4, ())
    assert mark is not None and (mark.status, mark.now) == ("outdated", "1 MiB")
    assert found.for_cell(kinesis, "256 KB", "n.md", 4, ()) is None  # the other side's
    assert found.for_cell(sqs, "14 days", "n.md", 4, ()) is None  # another measure's cell
    assert found.for_cell(sqs, "256 KB", "n.md", 5, ()) is None  # another line
