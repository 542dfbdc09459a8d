"""Session 23 (attrib33): the reviewer's reproductions of session 22's attribution rules
(tests/test_attrib32_review.py) filing facts under the wrong service, or under none, on notes
nobody tuned on. Each test also keeps the near-miss form the rule was made for."""

from __future__ import annotations

from studycli.extract import parse_note
from studycli.model import Kind
from tests.helpers import parsed_quantities


def _owners(text: str) -> dict[str, str]:
    """value -> service of each quantity the note makes."""
    return {value: service for service, _, _, _, value in parsed_quantities(text, "n.md")}


def _codes(text: str) -> set[tuple[str, str]]:
    return {(f.service, f.attribute) for f in parse_note(text, "n.md").facts
            if f.kind is Kind.ERROR_CODE}


def test_a_label_line_naming_another_service_heads_a_run_under_a_service_heading():
    owners = _owners("# SQS\n\nSNS:\nmax message size 256 KB\n"
                     "up to 12,500,000 subscriptions per topic\n")
    assert owners["256 KB"] == "SNS" and owners["12,500,000 subscriptions"] == "SNS"
    owners = _owners("## Kinesis Data Streams\n\n**Firehose**\nbuffer interval 60 to 900 s\n"
                     "buffer size 1 MB to 128 MB\n")
    assert owners["900 s"] == "Data Firehose" and owners["128 MB"] == "Data Firehose"
    facts = parse_note("# CloudWatch\n\nEventBridge: rules per event bus 300\n"
                       "targets per rule 5\n", "n.md").facts
    assert {f.service for f in facts if f.line == 3} == {"EventBridge"}  # its own line only


def test_a_line_saying_what_another_service_is_still_heads_no_run():
    for separator in (" - ", ": ", " = "):
        owners = _owners(f"## Lambda\nLambda runs code without servers\n"
                         f"DynamoDB Streams{separator}trigger source\ntimeout 15 min max\n"
                         f"memory up to 10 GB\n")
        assert owners["15 min"] == "Lambda" and owners["10 GB"] == "Lambda", separator


def test_a_label_naming_more_than_a_service_or_a_version_heads_no_run():
    facts = parse_note("# CloudFormation\n\nSAM: `Transform: AWS::Serverless-2016-10-31`\n"
                       "StackSets = multi account/region, max 2000 stacks\n", "n.md").facts
    assert {f.service for f in facts if f.line == 4} == {"CloudFormation"}
    owners = _owners("--- FIREHOSE ---\nnear real time, min buffer 60s\n"
                     "lambda transform: blueprint, invocation timeout up to 5 min\n"
                     "failed records -> backup S3 bucket, retried 24 h\n")
    assert owners["24 h"] == "Data Firehose"  # a Firehose feature's label, not Lambda's run


def test_a_part_under_a_heading_that_is_its_services_name_is_that_services():
    for note in ("# ElastiCache\n\n## Read replicas\n\n- up to 5 read replicas per shard\n",
                 "## Amazon ElastiCache\n\n### Read replicas\n\n"
                 "- up to 5 read replicas per shard\n"):
        assert _owners(note)["5 read replicas"] == "ElastiCache"  # was RDS's


def test_a_part_under_a_document_title_naming_a_service_among_other_words_is_not_its():
    owners = _owners("# My EC2 study notes\n\n## Read replicas\n\n- up to 15 read replicas\n")
    assert owners["15 read replicas"] == "RDS"  # the part's own service, not EC2


def test_a_follow_up_questions_answer_keeps_its_service_past_an_aside_naming_another():
    owners = _owners("# Notes\n\n### What is the SQS visibility timeout max?\n12 hours\n\n"
                     "### And the message retention max?\n14 days (Kinesis: up to 365 days)\n")
    assert owners["14 days"] == "SQS"  # was Kinesis's
    assert owners["365 days"] == "Kinesis Data Streams"  # the aside's own number
    owners = _owners("# Notes\n\n### How long can a Lambda run?\n5 min\n\n"
                     "### And the max timeout?\n15 min (Step Functions if longer)\n")
    assert owners["15 min"] == "Lambda"  # was Step Functions'


def test_a_number_in_a_bracket_opening_with_a_service_is_that_services():
    owners = _owners("# SQS\n\n- message retention max 14 days (Kinesis: up to 365 days)\n")
    assert owners == {"14 days": "SQS", "365 days": "Kinesis Data Streams"}  # were dropped
    # near miss: a value in a later clause of the aside is read as clauses are
    owners = _owners("# SQS\n\n- max message size 256KB - bigger payloads via Extended "
                     "Client Library (S3 pointer, up to 2GB)\n"
                     "- 12 months free (EC2 750 hrs/month, S3 5 GB Standard)\n")
    assert owners["2 GB"] == "SQS" and owners["5 GB"] == "S3"


def test_a_numbered_follow_up_question_goes_on_about_the_one_before():
    facts = parse_note("# Practice set 3\n\n### Q1: What is the SQS max retention?\n14 days\n\n"
                       "### Q2: And the default retention?\n4 days\n", "n.md").facts
    assert {f.service for f in facts if f.line == 7} == {"SQS"}  # was lost
    # (a follow-up naming only its bound, "And the default?", files nothing: attrib33b)
    owners = _owners("# Practice set 3\n\n### Q1: What is the SQS max retention?\n14 days\n\n"
                     "### Q2: What is the max message size?\n256 KB\n")
    assert "256 KB" not in owners  # a numbered question of its own asks about nothing before


def test_an_error_tables_service_column_names_each_codes_owner():
    codes = _codes("# Error codes cheat sheet\n\n| Code | Service | Meaning |\n|---|---|---|\n"
                   "| 429 | Lambda | TooManyRequestsException, throttled |\n"
                   "| 503 | S3 | SlowDown, reduce request rate |\n")
    assert codes == {("Lambda", "429"), ("S3", "503")}


def test_an_error_comes_from_the_service_that_returns_it():
    codes = _codes("# Error codes cheat sheet\n\n| Code | Meaning |\n|---|---|\n"
                   "| 502 | bad gateway from ALB when the target returns garbage |\n"
                   "| 504 | gateway timeout from API Gateway after 29 s |\n"
                   "| 403 | AccessDenied from S3 bucket policy |\n"
                   "| 500 | Lambda failed reading from DynamoDB |\n")
    assert codes == {("ELB", "502"), ("API Gateway", "504"), ("S3", "403"), ("Lambda", "500")}


def test_a_line_naming_what_the_runs_service_replaces_does_not_move_the_run():
    owners = _owners("Amazon Kinesis Data Streams\n"
                     "Real-time streaming, replaces SQS when you need replay\n"
                     "**Limits:**\n- retention up to 365 days\n")
    assert owners == {"365 days": "Kinesis Data Streams"}  # was SQS's
    owners = _owners("Amazon Kinesis Data Streams\nReal-time streaming\n"
                     "SQS keeps messages up to 14 days\n")
    assert owners["14 days"] == "SQS"  # a line about another service is still its
