"""Session 51 (abst51): lookups answered with what the notes say of another member of a
family, or of another attribute, where the notes do not answer the question asked.

- RDS's two Multi-AZ deployments exclude one another (data/lookup_synonyms.json,
  "variant_families"): a Multi-AZ DB instance deployment's failover time is no Multi-AZ DB
  cluster's (RDS's engines are no family here: session 33's review found asides such as
  "(incl. SQL Server)" read as one engine's, tests/test_lookup_precise33.py);
- a line's leading label may end in a bracket naming the member ("multi-AZ (instance):
  ..."): the clauses after it go on about that member (lookup/figure_member.py PART_LABEL);
- a line naming a member of a family is that member's whatever service it is filed under
  ("ALB idle timeout default 60 s" under a networking heading is no NLB's idle timeout);
- a figure naming no member that the AWS reference knows as one member's (matched at ingest:
  "integration timeout 29 s" is a REST API's, "execution history 90 days" a Standard
  workflow's) answers no question of another member, nor does the statement of its line
  (lookup/reference_member.py); a member asked that the reference does not tell apart
  keeps the figure;
- a CloudFront origin's connection timeout is a setting of its own beside its response
  timeout (lookup/attribute_said.py _SIBLINGS), and a statement's later figure with no
  setting named goes on about the setting before it ("origin response timeout default
  30 s, max 120 s");
- "onezone IA", written as one word, names S3 One Zone-IA too;
- a member named after a measure, typed before a bare kind of number ("glacier instant
  retrieval time"), asks that measure: a figure whose line says it only in the member's
  name (its minimum storage duration) is no answer (lookup/name_measure.py).
"""

from __future__ import annotations

import json

from typer.testing import CliRunner

from studycli.cli import app
from studycli.lookup import variants
from studycli.lookup.name_measure import measure_in_name, measure_unsaid
from studycli.lookup.query import Query
from tests.helpers import lookup_values, note_db, notes_fixture

RDS_NOTES = """# RDS

- multi-AZ (instance): sync standby, NOT readable, failover 60-120 s, same endpoint
"""

rds_notes = notes_fixture(RDS_NOTES)


def test_rds_multi_az_deployments_are_a_family():
    assert variants.named("multi-AZ (instance): sync standby") == {
        ("RDS", 0): {"Multi-AZ DB instance"}}
    assert variants.named("rds multi az cluster failover time") == {
        ("RDS", 0): {"Multi-AZ DB cluster"}}
    assert variants.named("rds multi az failover time") == {}


def test_a_labelled_multi_az_instance_line_does_not_answer_for_a_db_cluster(rds_notes):
    assert lookup_values(rds_notes, "rds multi az cluster failover time") == []
    assert "60" in lookup_values(rds_notes, "rds multi az instance failover time")[0]
    assert "60" in lookup_values(rds_notes, "rds multi az failover time")[0]


def test_the_cli_says_not_in_your_notes_for_a_multi_az_cluster(tmp_path):
    db = note_db(tmp_path, RDS_NOTES)
    out = CliRunner().invoke(app, ["lookup", "rds multi az cluster failover time", "--db",
                                   str(db)])
    assert out.exit_code == 1, out.output
    assert "Not in your notes" in out.output


S3_NOTES = """# S3

| class | min duration | min billable size |
|---|---|---|
| Glacier Instant Retrieval | 90 days | 128 KB |
| Glacier Deep Archive | 180 days | - |

- Deep Archive retrieval: standard 12 hours, bulk 48 hours
"""

s3_notes = notes_fixture(S3_NOTES, "s3.md")


def test_a_class_named_after_its_retrieval_asks_the_retrieval_time(s3_notes):
    assert lookup_values(s3_notes, "glacier instant retrieval time") == []
    assert lookup_values(s3_notes, "glacier instant retrieval retrieval time") == []
    # the class's own figures still answer what they are, and a name of no measure asks none
    assert lookup_values(s3_notes, "glacier instant retrieval min storage duration")[:1] == [
        "90 days"]
    assert "12" in lookup_values(s3_notes, "deep archive retrieval time")[0]


def _query(text: str) -> Query:
    return Query(text)


def test_the_measure_is_read_from_the_name_only_before_a_kind_of_number():
    asked = measure_in_name(_query("glacier instant retrieval time"))
    assert asked is not None and asked[0] == "retrieval"
    assert measure_in_name(_query("glacier instant retrieval min storage duration")) is None
    assert measure_in_name(_query("deep archive retrieval time")) is None
    # a name ending in the member's kind, no action: "express workflow duration" asks the
    # workflow's duration
    assert measure_in_name(_query("express workflow duration limit")) is None
    row = {"kind": "limit", "attribute": "minimum storage duration", "value": "90 days",
           "snippet": "| Glacier Instant Retrieval | 90 days | 128 KB |"}
    said = {"kind": "fact", "attribute": "glacier instant retrieval",
            "value": "Glacier Instant Retrieval: ms retrieval",
            "snippet": "- Glacier Instant Retrieval: ms retrieval"}
    assert measure_unsaid(row, asked)
    assert not measure_unsaid(said, asked)
    # a figure the parser names after the member names the measure by it
    polling = measure_in_name(_query("sqs long polling time"))
    assert polling is not None and polling[0] == "poll"
    wait = {"kind": "limit", "attribute": "long polling wait time", "value": "20 s",
            "snippet": "- long polling: wait up to 20 s"}
    assert not measure_unsaid(wait, polling)
    # a parsed figure named by the class alone names no measure
    named = {"kind": "limit", "attribute": "glacier instant retrieval", "value": "90 days",
             "snippet": "- glacier instant retrieval: 90 days"}
    assert measure_unsaid(named, asked)
    assert measure_unsaid(dict(named, attribute="glacier instant retrieval (kb)"), asked)


NETWORKING_NOTES = """# Networking notes

## VPC

- idle timeout ALB default 60 seconds
- VPC CIDR max /16
"""

networking_notes = notes_fixture(NETWORKING_NOTES)


def test_an_alb_figure_filed_under_another_service_does_not_answer_for_an_nlb(
        networking_notes):
    assert lookup_values(networking_notes, "nlb idle timeout") == []
    assert lookup_values(networking_notes, "alb idle timeout default")[:1] == ["60 s"]


MEMBER_NOTES = """# Step Functions

## history?

- Standard keeps execution history 90 days. Express goes to CloudWatch Logs.

# API Gateway

- integration timeout 29 s
"""

member_notes = notes_fixture(MEMBER_NOTES)


def test_a_figure_the_reference_knows_as_another_members_does_not_answer(member_notes):
    assert lookup_values(member_notes, "http api integration timeout") == []
    assert lookup_values(member_notes, "step functions express history retention") == []
    assert lookup_values(member_notes, "express workflow history retention") == []
    # the member the reference knows it of, or none asked, keeps the answer
    assert lookup_values(member_notes, "rest api integration timeout")[:1] == ["29 s"]
    assert lookup_values(member_notes, "api gateway integration timeout")[:1] == ["29 s"]
    assert lookup_values(member_notes, "step functions execution history retention")[:1] == [
        "90 days"]


def test_the_cli_says_not_in_your_notes_for_an_http_api_on_a_rest_figure(tmp_path):
    db = note_db(tmp_path, MEMBER_NOTES)
    out = CliRunner().invoke(app, ["lookup", "http api integration timeout", "--db", str(db)])
    assert out.exit_code == 1, out.output
    assert "Not in your notes" in out.output


ONE_ZONE_NOTES = """# S3

- S3 onezone ia availability: 99.5%
"""


def test_onezone_written_as_one_word_names_one_zone_ia(tmp_path):
    assert variants.named("S3 onezone ia availability: 99.5") == {
        ("S3", 0): {"S3 One Zone-IA"}}
    db = note_db(tmp_path, ONE_ZONE_NOTES)
    out = CliRunner().invoke(app, ["lookup", "s3 standard ia availability", "--db", str(db)])
    assert out.exit_code == 1, out.output
    out = CliRunner().invoke(app, ["lookup", "one zone ia availability", "--json", "--db",
                                   str(db)])
    assert out.exit_code == 0, out.output
    assert "99.5" in json.loads(out.stdout)[0]["value"]


CLOUDFRONT_NOTES = """# CloudFront

- origin response timeout default 30 s, max 120 s
"""

cloudfront_notes = notes_fixture(CLOUDFRONT_NOTES)


def test_a_response_timeout_does_not_answer_for_the_connection_timeout(cloudfront_notes):
    assert lookup_values(cloudfront_notes, "cloudfront origin connection timeout default") == []
    assert lookup_values(cloudfront_notes, "cloudfront origin response timeout default")[
        :1] == ["30 s"]
    # "read" is a name of the response timeout, no setting of its own
    assert lookup_values(cloudfront_notes, "cloudfront origin read timeout default")[:1] == [
        "30 s"]


# review of abst51: what a student writes of a class named after its retrieval, and of an
# API the reference entry's member shares its figure with

IR_LINE_NOTES = """# S3

- Glacier Instant Retrieval: access in ms, min storage 90 days
"""

ir_line_notes = notes_fixture(IR_LINE_NOTES, "ir.md")


def test_a_class_s_access_is_its_retrieval(ir_line_notes):
    # notes word a storage class's retrieval as its access: the line saying it answers
    assert lookup_values(ir_line_notes, "glacier instant retrieval time")[:1] == [
        "Glacier Instant Retrieval: access in ms, min storage 90 days"]
    asked = measure_in_name(_query("glacier instant retrieval time"))
    assert asked is not None
    line = {"kind": "fact", "attribute": "glacier instant retrieval",
            "value": "Glacier Instant Retrieval: millisecond access",
            "snippet": "- Glacier Instant Retrieval: millisecond access"}
    assert not measure_unsaid(line, asked)
    # the 90-day row still says no retrieval
    row = {"kind": "limit", "attribute": "minimum storage duration", "value": "90 days",
           "snippet": "| Glacier Instant Retrieval | 90 days | 128 KB |"}
    assert measure_unsaid(row, asked)


def test_a_websocket_api_shares_the_rest_api_integration_timeout(member_notes):
    # WebSocket APIs time integrations out at 50 ms - 29 s too (the reference entry's
    # aliases); an HTTP API's is 30 s
    assert lookup_values(member_notes, "websocket api integration timeout")[:1] == ["29 s"]
    assert lookup_values(member_notes, "http api integration timeout") == []


SHARED_NOTES = """# ELB

- deregistration delay default 300 s

# API Gateway

- payload max 10 MB
- integration timeout min 50 ms
"""

shared_notes = notes_fixture(SHARED_NOTES, "shared.md")


def test_a_figure_of_the_whole_service_answers_for_each_member(shared_notes):
    # the reference files these under ALB or REST API only as spellings notes use: ELB's
    # deregistration delay is 300 s for an NLB too, an HTTP API's payload is 10 MB as a REST
    # API's, and its integration timeout is also set from 50 ms
    assert lookup_values(shared_notes, "nlb deregistration delay default")[:1] == ["300 s"]
    assert lookup_values(shared_notes, "http api max payload size")[:1] == ["10 MB"]
    assert lookup_values(shared_notes, "http api integration timeout min")[:1] == ["50 ms"]


ORIGIN_NOTES = """# CloudFront

- origin response timeout 30 s, keep-alive 5 s
- origin connection timeout 10 s
"""

origin_notes = notes_fixture(ORIGIN_NOTES, "origin.md")


def test_the_origin_timeouts_are_told_apart_by_the_words_before_their_figures(origin_notes):
    # the keep-alive's 5 s (whatever the parser names it) is no connection timeout, and
    # "read" names the response timeout (OriginReadTimeout), not the connection timeout
    assert lookup_values(origin_notes, "cloudfront origin connection timeout")[:1] == ["10 s"]
    assert lookup_values(origin_notes, "cloudfront origin read timeout")[:1] == ["30 s"]
    assert lookup_values(origin_notes, "cloudfront origin response timeout")[:1] == ["30 s"]


def test_a_keep_alive_figure_is_no_connection_timeout(tmp_path):
    db = note_db(tmp_path, "# CloudFront\n\n- origin response timeout 30 s, keep-alive 5 s\n")
    out = CliRunner().invoke(app, ["lookup", "cloudfront origin connection timeout", "--db",
                                   str(db)])
    assert out.exit_code == 1, out.output
    assert "Not in your notes" in out.output
