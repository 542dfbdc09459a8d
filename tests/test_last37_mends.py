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
