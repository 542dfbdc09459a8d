"""Mends from the last read of session 37's change (a code reader's findings)."""

from __future__ import annotations

from studycli.notes.identifier_keys import split_identifier_keys

from .helpers import lookup_values, notes_conn


def test_a_service_named_as_a_label_keeps_the_keys_split():
    """"- CloudFront: 400 edge locations" is a service's own name, read as "cloud front" by
    its humps: it named no service, and a note's keys were all left unsplit."""
    lines = ["sqsMaxMsgSize: 256KB", "cfn_max_outputs = 200", "- CloudFront: 400 edge locations"]
    split_identifier_keys(lines, [False] * 3)
    assert lines[:2] == ["sqs max msg size: 256KB", "cfn max outputs = 200"], lines


def test_a_limit_key_ending_in_a_resource_word_is_split():
    """"ddbMaxLSIPerTable: 5" is a limit per table, not a program's table name."""
    lines = ["ddbMaxLSIPerTable: 5", "snsMaxTopicName: 256 chars", "ec2_instance_id = i-123"]
    split_identifier_keys(lines, [False] * 3)
    assert lines == ["ddb max LSI per table: 5", "sns max topic name: 256 chars",
                     "ec2_instance_id = i-123"], lines


def test_an_item_naming_one_variant_with_each_or_all_still_names_it_alone(tmp_path):
    """"- ALB details (each listener)": "each" shares no setting with another variant."""
    conn = notes_conn(tmp_path, "# ELB\n- ALB details (each listener)\n"
                                "  - idle timeout default 60 sec\n")
    assert not lookup_values(conn, "nlb idle timeout default")


def test_an_on_demand_default_said_to_be_a_quota_answers_a_maximum(tmp_path):
    conn = notes_conn(tmp_path, "# Kinesis Data Streams\n\n"
                                "- on-demand default write 4 MB/s per shard (soft limit)\n")
    found = lookup_values(conn, "kinesis on-demand max write throughput")
    assert found and "4 MB/s" in found[0], found


def test_billing_per_second_with_no_service_named_asks_a_rate(tmp_path):
    """"billing per second" asked of notes with no per-second billing answered SQS's "Billed
    on requests" (a last reader, session 37, on the shipped notes): with no service named,
    "per second" still asks a rate; "ec2 billing per second minimum" reads it as how finely
    time is billed."""
    conn = notes_conn(tmp_path, "# SQS\n\n### Billing\n- Billed on `requests`\n\n"
                                "# EC2\n- billing per second (Linux), 60 s minimum\n")
    assert not lookup_values(conn, "billing per second")
    found = lookup_values(conn, "ec2 billing per second minimum")
    assert found and "60" in found[0], found


def test_a_default_count_is_no_maximum_where_its_line_gives_the_maximum(tmp_path):
    """"SGs per ENI = 5 (default), max 16": 5 answered "max security groups per eni" (a last
    reader, session 37); a noun after the bound's number is another count's ("up to
    12,500,000 subscriptions and 100,000 topics by default" still answers "sns max topics")."""
    conn = notes_conn(tmp_path, "# VPC\n- SGs per ENI = 5 (default), max 16\n\n"
                                "# SNS\n- up to 12,500,000 subscriptions and 100,000 topics by "
                                "default\n")
    # the line's statement may answer (its "max 16"), never the default's 5, first or among
    # the further matches (session 38: "SGs" now counts the security groups asked)
    found = lookup_values(conn, "max security groups per eni")
    assert not any(v.startswith("5 ") for v in found), found
    assert not found or "max 16" in found[0], found
    found = lookup_values(conn, "sns max topics")
    assert found and "100,000" in found[0], found


def test_a_maximum_of_another_count_on_the_line_leaves_a_default_standing(tmp_path):
    """"GSIs per table: 20 default; LSIs per table: max 5": the 5 is the LSIs' maximum, and
    "dynamodb max global secondary indexes" still answers 20 (a final reader, session 37)."""
    conn = notes_conn(tmp_path, "# DynamoDB\n- GSIs per table: 20 default; "
                                "LSIs per table: max 5\n")
    found = lookup_values(conn, "dynamodb max global secondary indexes")
    assert found and found[0].startswith("20"), found


def test_a_resolution_written_in_words_gives_no_retention(tmp_path):
    """"5-minute (300 s) resolution data available for 63 days": the parser writes the
    figure "5 min", which the line does not; its clause is found by its number, and the
    resolution answers no "how long does cloudwatch keep 1 minute metric data"."""
    conn = notes_conn(tmp_path, "# CloudWatch\n"
                                "- 5-minute (300 s) resolution data available for 63 days\n")
    found = lookup_values(conn, "how long does cloudwatch keep 1 minute metric data")
    assert not any(v.startswith("5 min") for v in found), found


_CLASSES = ("# S3 storage classes\n\n"
            "\tS3 Standard\tS3 Intelligent-Tiering\tS3 Standard-IA\tS3 One Zone-IA\n"
            "Minimum storage duration charge\tN/A\t30 days\t30 days\t30 days\n")


def test_another_variants_stale_claim_is_no_mark_on_a_right_figure(tmp_path):
    """The row's stale claim is Intelligent-Tiering's (its 30-day minimum is gone): Standard-IA
    and One Zone-IA keep theirs, and were shown "outdated per the AWS docs: there is none any
    more" (a final reader, session 37, on the shipped notes)."""
    from studycli.lookup.core import lookup

    conn = notes_conn(tmp_path, _CLASSES, name="classes.txt")
    for asked in ("s3 standard ia min storage duration", "s3 one zone ia min storage duration"):
        hits = lookup(conn, asked, limit=1).hits
        assert hits and hits[0]["value"].startswith("30 days"), (asked, hits)
        assert (hits[0].get("currency") or {}).get("status") not in ("outdated", "wrong"), hits[0]
