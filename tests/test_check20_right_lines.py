"""Right lines `check` told a student were wrong (check20, from the false flags of unseen41-43),
beside stale lines of the same measures it must still flag, through the real CLI and the
shipped reference:

- a line that opens with the date it records is a changelog entry: its old value was true
  that day ("- 2015-10 Lambda max timeout 60s -> 5 min");
- a line that says its retired service is being retired is right ("QLDB is being retired");
- an invocation mode the parser gave an invoker from another clause of its line ("API GW ->
  Lambda is synchronous. SNS -> Lambda is async") is not the line's claim;
- a number filed under a subject whose own current value the line gives right after naming
  it ("io1 / io2: up to 64,000 IOPS (io2 Block Express up to 256,000)") is another subject's."""

from __future__ import annotations

import pytest

from .helpers import check_findings, stale_flags, stale_ids, two_note_folder

STALE = """# Lambda

- Lambda max timeout 5 min
- Lambda memory max 3008 MB

# Invocation

- SNS -> Lambda is synchronous (RequestResponse)

# QLDB

- QLDB = immutable ledger

# EBS

- io2: up to 64,000 IOPS
"""

RIGHT = """# Timeline

- 2015-10 Lambda max timeout 60s -> 5 min
- 2017-11 Lambda memory max 1536 MB -> 3008 MB

# Invocation

- API GW -> Lambda is synchronous (RequestResponse). SNS -> Lambda is async (Event).

# Databases

- [kmurphy] QLDB is being retired btw, maybe not on exam anymore

# EBS

- io1 / io2: provisioned IOPS, up to 64,000 IOPS on Nitro (io2 Block Express up to 256,000)
"""


@pytest.fixture
def notes(tmp_path):
    return two_note_folder(tmp_path, STALE, RIGHT)


def test_the_stale_lines_of_the_same_measures_are_still_flagged(notes, tmp_path):
    flags = stale_flags(notes, tmp_path / "s.db")
    assert ("lambda.execution-timeout.max", "outdated") in flags[3]
    assert ("lambda.memory.max", "outdated") in flags[4]
    assert ("lambda.invocation.sns", "wrong") in flags[8]
    assert ("qldb.end-of-support", "outdated") in flags[12]
    # io2's 64,000 was its documented limit before io2 Block Express (check23c): outdated
    assert flags[16] == {("ebs.io2.iops.max", "outdated")}


def test_right_lines_are_not_flagged(notes, tmp_path):
    result, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    flagged = [(x["line"], x["reference"]["id"]) for x in found
               if x["status"] in ("outdated", "wrong")]
    assert flagged == [], found


def test_one_line_one_quantity_one_finding(tmp_path):
    """"Kinesis record max 1 MB" met both by the record size's max entry (through the line's
    fact) and by its claim entry (through the same line's text): one finding, the keyed one."""
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "k.md").write_text("# Kinesis\n\n- Kinesis record max 1 MB, retention max 7 days\n",
                                encoding="utf-8")
    _, found = check_findings(notes, db=tmp_path / "k.db")
    assert sorted(x["reference"]["id"] for x in found if x["line"] == 3) == [
        "kinesis.record-size.max", "kinesis.retention-period.max"], found


OLD_VALUES_ANYWHERE = """# sticky notes

cfn
200 resources per template

# Networking dialogue

Student: and the NAT gateway?
Teacher: Starts at 5 Gbps and scales automatically up to 45 Gbps.
Teacher: hosted connections 50 Mbps - 10 Gbps.

# Kinesis Data Streams

Scenario: a shard
  Then it's rejected (max data blob 1 MB)
  And AWS managed keys (aws/s3 etc) rotate every 3 years
  Then use Data Firehose, near real-time, buffer 1 MB-128 MB or 60-900 seconds

# X-Ray

- daemon listens on TCP port 2000

```diff
- GSI: max 5 per table
```
"""


def test_old_values_told_on_lines_filed_anywhere(tmp_path):
    """Commonly stale values whose words name them (unseen41-43's misses), on lines the parser
    files under no service or another one: each is told, under its own entry."""
    notes = two_note_folder(tmp_path, OLD_VALUES_ANYWHERE, "# nothing\n")
    flags = stale_ids(notes, tmp_path / "o.db")
    assert "cloudformation.resources.max" in flags[4]
    assert "vpc.nat-gateway.bandwidth" in flags[9]
    assert "directconnect.hosted.bandwidth" in flags[10]
    # the line's own fact meets the max entry by key: that finding is kept, not the claim's
    assert flags[15] & {"kinesis.record-size.max", "kinesis.record-size.claim"} == {
        "kinesis.record-size.max"}
    assert "kms.rotation.aws-managed" in flags[16]
    assert "firehose.buffer-interval.min" in flags[17]
    assert "xray.daemon.port" in flags[21]
    assert "dynamodb.gsi.gsis-per-table.max" in flags[24]


def test_commonly_wrong_statements_told_and_right_ones_left(tmp_path):
    """HTTP APIs given usage plans (three development sets), Function URLs said to take IAM
    auth only, EFS-IA's old transition days written with slashes; the many right lines that
    say HTTP APIs have no usage plans are not flagged."""
    stale = ("# API Gateway\n\n- HTTP APIs support usage plans and API keys, just like REST APIs.\n"
             "\n# Lambda\n\n- function urls only support IAM auth theres no public option\n"
             "\n# EFS\n\n- EFS-IA lifecycle: move after N days, options 7/14/30/60/90\n")
    right = ("# API Gateway\n\n- REST vs HTTP API: HTTP is cheaper + faster, no usage plans, "
             "no caching\n- HTTP API cheaper (~70%), faster, no usage plans/API keys\n")
    notes = two_note_folder(tmp_path, stale, right)
    flags = stale_ids(notes, tmp_path / "s.db")
    assert "apigateway.http-api.usage-plans" in flags[3]
    assert "lambda.function-url.auth-type" in flags[7]
    assert "efs.lifecycle.transition-to-ia-days" in flags[11]
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert [x for x in found if x["status"] in ("outdated", "wrong")] == []
