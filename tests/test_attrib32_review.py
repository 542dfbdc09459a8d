"""Session 22 (lookup32c): the reviewer's reproductions of lookup32a's attribution mechanisms
filing facts under the wrong service on notes nobody tuned on. Each mechanism keeps the case
it was built for (tests/test_attrib21_runs.py)."""

from __future__ import annotations

from tests.helpers import parsed_quantities


def _owners(text: str, name: str = "n.md") -> dict[str, str]:
    """value -> service of each quantity the note makes."""
    return {value: service for service, _, _, _, value in parsed_quantities(text, name)}


def test_a_line_naming_another_service_under_a_service_heading_heads_no_run():
    owners = _owners("## Lambda\nLambda runs code without servers\n"
                     "DynamoDB Streams - trigger source\ntimeout 15 min max\n"
                     "memory up to 10 GB\n")
    assert owners["15 min"] == "Lambda" and owners["10 GB"] == "Lambda"  # were DynamoDB's


def test_a_head_line_naming_the_headings_service_starts_no_run():
    owners = _owners("# Lambda\n\nLambda: serverless compute, pay per ms\n"
                     "SQS: queue, Lambda polls it\nbatch size up to 10,000\n")
    assert owners == {"10,000 batch size": "Lambda"}


def test_a_numbered_question_does_not_inherit_the_previous_questions_service():
    owners = _owners("# Exam Q journal\n\n"
                     "### Q1: Which service for a 20 GB file upload via API Gateway?\n"
                     "payload max 10 MB, so use S3 presigned URL.\n\n"
                     "### Q2: What is the retention max?\n"
                     "7 days by default, extendable to 365 days for Kinesis.\n")
    assert owners["365 days"] == owners["7 days"] == "Kinesis Data Streams"  # not API Gateway


def test_a_question_whose_answer_names_a_service_does_not_inherit_another():
    owners = _owners("# Practice\n\n### How long can a Lambda run?\n15 minutes max.\n\n"
                     "### What's the default TTL on a cache behavior?\n"
                     "24 hours; min 0 s for CloudFront.\n")
    assert owners["15 min"] == "Lambda"
    assert owners["24 h"] == owners["0 s"] == "CloudFront"


def test_a_labelled_list_under_a_comparison_does_not_go_on_with_either_service():
    owners = _owners("# Streaming\n\nSQS vs Kinesis Data Streams: SQS deletes after consume, "
                     "Kinesis keeps records for replay.\n**Limits:**\n"
                     "- retention up to 365 days\n- shard write 1 MB/s\n")
    assert owners.get("365 days") != "SQS"


def test_a_labelled_list_under_two_services_goes_to_neither():
    owners = _owners("# Messaging\n\nSQS and SNS are often used together. SQS polls, SNS "
                     "pushes.\n**Limits:**\n- message size 256 KB\n")
    assert owners.get("256 KB") not in {"SQS", "SNS"}


def test_an_error_tables_fix_column_names_no_owner_of_the_code():
    from studycli.extract import parse_note
    from studycli.model import Kind

    facts = parse_note("# Troubleshooting\n\n## HTTP errors I keep mixing up\n\n"
                       "| Code | Meaning | Fix |\n|---|---|---|\n"
                       "| 429 | throttled | raise Lambda concurrency or buffer with SQS |\n"
                       "| 403 | access denied | check the S3 bucket policy |\n",
                       "n.md").facts
    codes = {(f.service, f.attribute) for f in facts if f.kind is Kind.ERROR_CODE}
    assert ("SQS", "429") not in codes and ("Lambda", "429") not in codes
    assert ("S3", "403") not in codes


def test_an_error_tables_meaning_names_no_owner_after_from_or_before_target():
    from studycli.extract import parse_note
    from studycli.model import Kind

    facts = parse_note("# AWS\n\n## Error codes cheat table\n\n| Code | Meaning |\n|---|---|\n"
                       "| 429 TooManyRequestsException | API Gateway throttling or Lambda "
                       "concurrency |\n"
                       "| 502 | bad gateway from ALB when the Lambda target returns garbage |\n",
                       "n.md").facts
    codes = {(f.service, f.attribute) for f in facts if f.kind is Kind.ERROR_CODE}
    assert {("API Gateway", "429"), ("Lambda", "429")} <= codes
    assert {s for s, code in codes if code == "502"} == {"ELB"}  # the ALB returns it


def test_a_part_named_alone_does_not_take_the_documents_title_service():
    owners = {(value, service) for service, _, _, _, value in parsed_quantities(
        "# My EC2 study notes\n\n## Read replicas\n\n- up to 15 read replicas\n")}
    assert owners == {("15 read replicas", "RDS")}


def test_a_title_naming_a_part_alone_still_parses():
    owners = _owners("# Read replicas\n\n- up to 15 read replicas\n")
    assert owners == {"15 read replicas": "RDS"}


def test_an_answer_naming_another_service_only_as_what_else_to_do_goes_on_with_the_thread():
    owners = _owners("# DVA Q&A\n\n### How much memory can I give a Lambda?\n"
                     "128 MB up to 10,240 MB.\n\n### How big can /tmp be?\n"
                     "512 MB, fixed, can't change it -> mount EFS if you need more.\n")
    assert owners["512 MB"] == "Lambda"  # was nobody's
