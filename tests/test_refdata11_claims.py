"""The refdata11 reference additions (EventBridge archives keep events indefinitely unless told
otherwise; CodeBuild's build timeout also met as `duration`; S3's pre-2020 consistency model in
two more wordings; Fargate mounts EFS; LSIs only at table creation; function URL auth types;
Lambda runs the X-Ray daemon; an unqualified old maximum that is today's default) through the
real CLI and the shipped reference: a stale line is flagged under the entry that states today's
fact, a right one never."""

from __future__ import annotations

import pytest

from .helpers import check_findings, stale_flags, two_note_folder

# Lines as students write them in the development notes, reworded.
STALE = """# EventBridge

- archive + replay events for testing, archive keeps max 90 days

# CodeBuild

- CodeBuild timeout: default 60 min, max 8 hours

# S3

- why: new object PUTs are read-after-write consistent, overwrites are eventual
- why: read-after-write only guaranteed for new objects.

# Fargate

- Fargate tasks can't mount EFS, need EC2 launch type for shared file storage

# DynamoDB

- LSI: same partition key, diff sort key; can add LSIs later with UpdateTable

# Lambda

- function URL: always public - no auth option, so put auth logic in the code

# X-Ray

- on Lambda: bundle + run the X-Ray daemon yourself inside the function package

# SNS

- SNS msg size 256 KB
"""

RIGHT = """# EventBridge

- archive + replay: events kept indefinitely by default, or set a retention in days
- archive with 30 day retention for the orders bus

# CodeBuild

- CodeBuild timeout: default 60 min, max 36 hours

# S3

- strong read-after-write consistency for all PUTs, overwrites and deletes
- before Dec 2020 overwrites were eventual; now strongly consistent

# Fargate

- EFS mount works for both EC2 and Fargate launch types
- Fargate tasks can't use instance store volumes

# DynamoDB

- LSI: must be created at table creation; GSI can be added any time
- can't add LSIs later with UpdateTable, only GSIs

# Lambda

- function URL auth: AWS_IAM or NONE (NONE = public)

# X-Ray

- on EC2 you run the X-Ray daemon yourself; on Lambda just enable active tracing

# SNS

- SNS message size: default 256 KB, up to 1 MiB with MaximumMessageSize
"""


@pytest.fixture
def notes(tmp_path):
    return two_note_folder(tmp_path, STALE, RIGHT)


def test_each_stale_line_is_flagged_under_the_entry_that_states_todays_fact(notes, tmp_path):
    assert stale_flags(notes, tmp_path / "s.db") == {
        3: {("eventbridge.archive-retention", "wrong")},
        7: {("codebuild.build-timeout.max", "outdated")},
        11: {("s3.consistency", "outdated")},
        12: {("s3.consistency", "outdated")},
        16: {("fargate.efs-volumes", "outdated")},
        20: {("dynamodb.lsi.created-with-table", "wrong")},
        24: {("lambda.function-url.auth-type", "wrong")},
        28: {("xray.lambda.daemon", "wrong")},
        # the old maximum, kept as today's default: said with no "default", it is the old limit
        32: {("sns.message-size.max", "outdated")},
    }


def test_right_lines_are_never_flagged(notes, tmp_path):
    result, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert result.returncode == 0, (result.stderr, found)
    assert found == []
