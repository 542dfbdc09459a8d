"""Right lines `check` told a student were wrong (check19, from the development claims files'
false flags), beside the stale lines of the same measures it must still flag, through the real
CLI and the shipped reference:

- a number the note says was set ("retention raised to 7 days") is a setting, not the old
  maximum; one AWS lets the student set ("can be extended to 7 days") may be;
- a number right after "burst" or "baseline" is that quantity ("gp2 burst up to 3,000 IOPS"),
  not the volume type's maximum;
- a number after another service's name, on a line that never names the fact's own
  ("Cognito waits max 5 s, 3 retries" under a Lambda heading), is that service's;
- a retired service's finding needs a line that names it (a DocumentDB line filed under QLDB);
- a line whose words state today's rule ("unless zero buffering") leaves its old number undecided;
- "strongly consistent now for all PUTs" agrees with S3's consistency model."""

from __future__ import annotations

import pytest

from .helpers import check_findings, stale_flags, two_note_folder

STALE = """# Kinesis

- Kinesis Data Streams retention 7 days

# EBS

- gp2: max 10,000 IOPS

# Lambda

- Lambda async: 3 retries on error

# QLDB

- QLDB = immutable ledger database

# Firehose

- Firehose buffer interval min 60 sec

# Kinesis settings

- Kinesis Data Streams retention 24 hours by default, can be extended to 168 hours
- Kinesis Data Streams retention 24 hours by default, can be set to a maximum of 7 days
"""

RIGHT = """# Kinesis

- Kinesis Data Streams with retention raised to 7 days

# EBS

- gp2 burst up to 3,000 IOPS using credit bucket (5.4 million credits)

# Lambda

- Trigger timeout 5 s!! (Cognito waits max 5 s, 3 retries)

# QLDB

- document store, MongoDB compatible = DocumentDB

# Firehose

- Firehose: min 60s buffer interval unless zero buffering

# S3

- S3 is strongly consistent now for all PUTs/DELETEs, don't pick answers about eventual consistency
"""


@pytest.fixture
def notes(tmp_path):
    return two_note_folder(tmp_path, STALE, RIGHT)


def test_the_stale_lines_of_the_same_measures_are_still_flagged(notes, tmp_path):
    assert stale_flags(notes, tmp_path / "s.db") == {
        3: {("kinesis.retention-period.max", "outdated")},
        7: {("ebs.gp2.iops.max", "outdated")},  # gp2's old 10,000 (check23c)
        11: {("lambda.retries.max", "wrong")},
        13: {("qldb.end-of-support", "outdated")},  # the heading names QLDB too
        15: {("qldb.end-of-support", "outdated")},
        19: {("firehose.buffer-interval.min", "outdated")},
        # what AWS lets the student set ("can be extended to") is no value they set
        23: {("kinesis.retention-period.max", "outdated")},
        24: {("kinesis.retention-period.max", "outdated")},
    }


def test_right_lines_are_not_flagged(notes, tmp_path):
    result, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    flagged = [(x["line"], x["reference"]["id"]) for x in found
               if x["status"] in ("outdated", "wrong")]
    # Only the heading that names QLDB; not the DocumentDB line the parser files under it.
    assert flagged == [(13, "qldb.end-of-support")], found
