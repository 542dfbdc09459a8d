""""What the AWS docs say" when the notes do not answer: computed by the lookup library
(`LookupResult.docs`, lookup/docs.py), honouring `--service`, never an answer (`--json`
prints `[]`, exit 1)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from studycli.fastpath import lookup as fast
from studycli.lookup import lookup
from studycli.store.db import connect
from tests.helpers import note_db

ROOT = Path(__file__).resolve().parent.parent
NOTE = """# SQS
- max message size: 256 KB
- default visibility timeout: 30 seconds
- message retention: 4 days by default, up to 14 days
"""


@pytest.fixture(scope="module")
def sqs_db(tmp_path_factory) -> Path:
    return note_db(tmp_path_factory.mktemp("docs"), NOTE, "sqs.md")


def test_the_library_says_what_the_docs_say_only_when_the_notes_do_not(sqs_db):
    conn = connect(sqs_db, readonly=True).conn
    try:
        silent = lookup(conn, "dynamodb max item size")
        answered = lookup(conn, "sqs max message size")
        filtered_away = lookup(conn, "dynamodb max item size", service="SQS")
        implied = lookup(conn, "max item size", service="dynamodb")
    finally:
        conn.close()
    assert silent.hits == [] and [d["service"] for d in silent.docs] == ["DynamoDB"]
    assert "400 KB" in silent.docs[0]["statement"]
    assert silent.docs[0]["url"].startswith("https://")
    assert answered.hits and answered.docs == []  # an answer from the notes: no docs line
    # --service SQS asks about SQS: DynamoDB's entry is not what was asked
    assert filtered_away.hits == [] and filtered_away.docs == []
    # --service names the service the query leaves out
    assert implied.hits == [] and [d["service"] for d in implied.docs] == ["DynamoDB"]


def run(capsys, *args: str) -> tuple[int, str]:
    code = fast.main(list(args))
    out, _ = capsys.readouterr()
    return code, out


def test_text_output_honours_service(capsys, sqs_db):
    code, out = run(capsys, "--db", str(sqs_db), "dynamodb max item size")
    assert code == 1 and "AWS docs say" in out and "400 KB" in out
    code, out = run(capsys, "--db", str(sqs_db), "--service", "sqs", "dynamodb max item size")
    assert code == 1 and out.startswith("Not in your notes") and "AWS docs say" not in out
    code, out = run(capsys, "--db", str(sqs_db), "--service", "dynamodb", "max item size")
    assert code == 1 and "AWS docs say" in out and "400 KB" in out


def test_json_stays_empty_on_an_abstention(sqs_db):
    done = subprocess.run([sys.executable, "-m", "studycli", "lookup", "--json", "--db",
                           str(sqs_db), "dynamodb max item size"], capture_output=True,
                          text=True, cwd=ROOT)
    assert (done.returncode, json.loads(done.stdout), done.stderr) == (1, [], "")


def test_a_quota_of_other_things_per_region_is_not_the_one_asked():
    """"max vpcs per region" shares "region" with the egress-only gateways' quota (whose
    statement even mentions VPCs), but a count of gateways is not a count of VPCs: no entry
    rather than another quota a student would read as the VPC limit."""
    from studycli.lookup.docs import aws_docs_say

    for asked in ("max vpcs per region", "how many vpcs per region"):
        assert aws_docs_say(asked) == []
    named = aws_docs_say("vpc egress-only internet gateways per region")
    assert [d["id"] for d in named] == ["vpc.egress-only-igw.default"]
    assert [d["id"] for d in aws_docs_say("max cidr blocks per vpc")] == [
        "vpc.ipv4-cidr-blocks.default"]


def test_a_fact_the_reference_restates_for_check_is_said_once():
    # an Aurora global database's secondary Regions were listed three times (the keyed
    # entry, its claim entry and its any-line copy: one fact of one page), and the first
    # shown was a copy's, not the fact as the reference keys it
    from studycli.lookup.docs import aws_docs_say

    said = aws_docs_say("aurora global database max secondary regions", limit=3)
    assert [d["id"] for d in said] == ["aurora.global-database.secondaries.max"]
    said = aws_docs_say("rds max read replicas", limit=3)
    assert [d["id"] for d in said] == ["rds.read-replicas.max"]


def test_a_restated_fact_is_removed_after_the_answer_filter_not_before():
    # the fast-interval claim entry was replaced by the entry it restates before the "does
    # this answer?" filter, and the default 30 s was shown for the fast interval (10 s)
    from studycli.lookup.docs import aws_docs_say

    said = aws_docs_say("Route 53 fast health check request interval default")
    assert [d["id"] for d in said] == ["route53.health-check-interval.fast"]
    assert "10 seconds" in said[0]["statement"]


def test_the_sns_default_message_size_says_the_maximum_it_can_be_raised_to():
    """"sns message size" showed only "every topic has a MaximumMessageSize of 262,144 bytes"
    while a quiz card said 1 MiB: both right (large-message-payloads.html), and the default's
    entry now says how far the attribute is raised, so neither reads as a contradiction."""
    from studycli.lookup.docs import aws_docs_say

    said = aws_docs_say("sns message size")
    assert said and "262,144 bytes" in said[0]["statement"] and "1 MiB" in said[0]["statement"]
    assert said[0]["url"] == "https://docs.aws.amazon.com/sns/latest/dg/large-message-payloads.html"


def test_an_entry_of_one_of_two_services_asked_answers_without_naming_the_other():
    """Two services in a question ("api gateway lambda timeout") usually ask one's setting in
    the other's setting: a gate that required the entry to name the other service lost these
    right answers and showed CodeDeploy's Lambda blue/green rule for an EC2 question (reviewer,
    session 32), so it was reverted."""
    from studycli.lookup.docs import aws_docs_say

    def first(query):
        return [d["id"] for d in aws_docs_say(query)][:1]

    assert first("codedeploy default deployment config ec2") == [
        "codedeploy.deployment-config.default"]
    assert first("api gateway lambda timeout") == ["apigateway.integration-timeout.default"]
    assert first("elb ec2 health check interval") == ["elb.health-check-interval.default"]
    assert first("firehose default buffer s3") == ["firehose.buffer-interval.default"]
    assert first("cloudfront s3 max file size") == ["cloudfront.file-size.max"]
