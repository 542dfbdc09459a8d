"""check19's claims read on every note line (claim_any_line): commonly stale figures on lines
the parser reads no fact from or files under another service (a CLI log comment, a YAML or
.ini key, a LaTeX item, a CSV quota row), verified against the AWS pages the entries cite:
S3's 5 TB object and 100-bucket figures, Kinesis's 1 MB record and 7-day retention maxima,
CloudFormation's 60 parameters / outputs per template, CloudWatch Logs'
256 KB event, Lambda's 256 KB asynchronous payload, two Availability Zones per Region, and
CloudFront's 20 GB file size; and, beside each, a right line the same patterns leave alone."""

from __future__ import annotations

import pytest

from .helpers import check_findings, stale_flags, two_note_folder

# No headings: nothing tells the parser which service a line is about.
STALE = r"""# >> cli auto uses multipart. single PUT max 5 GB, object max 5 TB
  \item max object size: $\leq$ 5\,TB
object_max: "5 TB"
# >> bucket names 3-63 chars, lowercase. 100 buckets per account (soft)
# >> record max 1 MB. partition key decides shard
# >> retention default 24h, can bump to max 7 days (168h)
# (resources_per_template: 200 waits for a verified resources entry)
parameters_per_template: 60
outputs_per_template: 60
# >> log event max 256 KB. PutLogEvents batch max 1 MB / 10,000 events
# sync payload max 6 MB req/resp, async payload max 256 KB
- each region has min 2 AZs (usually 3)
Max file size per object (CloudFront): 20 GB
"""

RIGHT = r"""- S3 objects up to 50 TB now (was 5 TB); single PUT max 5 GB
- an S3 Glacier archive can be up to 40 TB
- 10,000 buckets per account by default (was 100)
- Firehose record max 1,000 KiB, Kinesis record max 10 MiB (default 1 MiB)
- KDS retention: default 24 h, max 365 days
- CloudFormation: 500 resources, 200 parameters, 200 outputs per template
- API Gateway: 300 resources per API
- log event max 1 MB, PutLogEvents batch 1 MB
- Lambda async payload 1 MB (was 256 KB); sync 6 MB
- SNS message size 256 KB by default
- ALB needs at least 2 AZs (subnets in two AZs)
- each Region has at least 3 AZs
- Multi-AZ deployments span at least 2 AZs in a Region
- CloudFront caches files up to 50 GB
"""


@pytest.fixture
def notes(tmp_path):
    return two_note_folder(tmp_path, STALE, RIGHT)


def test_stale_figures_are_flagged_on_lines_without_facts(notes, tmp_path):
    flags = stale_flags(notes, tmp_path / "s.db")
    ids = {line: {entry for entry, status in found if status in ("outdated", "wrong")}
           for line, found in flags.items()}
    expected = {1: "s3.object-size.max", 2: "s3.object-size.max", 3: "s3.object-size.max",
                4: "s3.buckets.default", 5: "kinesis.record-size.claim",
                6: "kinesis.retention-period.claim",
                8: "cloudformation.parameters.max", 9: "cloudformation.outputs.max",
                10: "cloudwatch-logs.event-size.claim",
                11: "lambda.invocation-payload-size.async.claim",
                12: "ec2.region.availability-zones.min", 13: "cloudfront.file-size.max"}
    for line, entry in expected.items():
        assert entry in ids.get(line, set()), (line, flags.get(line))


def test_right_lines_are_left_alone(notes, tmp_path):
    result, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    flagged = [(x["line"], x["reference"]["id"]) for x in found
               if x["status"] in ("outdated", "wrong")]
    assert flagged == [], found
    assert result.returncode == 0, result.stderr
