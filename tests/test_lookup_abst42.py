"""Lookups the notes cannot answer (session 42, abst42): a figure whose clause states it as
another attribute of the service asked, of the same kind of value, is no answer
(lookup/attribute_said.py); a clause that words the attribute asked by a synonym the
lexicon knows keeps its answer.

AWS facts the tests rely on: an SQS queue's visibility timeout defaults to 30 seconds (max 12
hours) and its long-polling wait time (ReceiveMessageWaitTimeSeconds) defaults to 0, up to
20 seconds (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/
sqs-short-and-long-polling.html); CloudFront's default TTL is 24 hours, its maximum TTL
365 days, and its origin response timeout 30 seconds by default
(https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/
distribution-web-values-specify.html); GuardDuty keeps findings 90 days and
exports updated findings to S3 every 6 hours by default (https://docs.aws.amazon.com/
guardduty/latest/ug/guardduty_exportfindings.html); Cognito ID tokens are valid 1 hour by
default (https://docs.aws.amazon.com/cognito/latest/developerguide/
amazon-cognito-user-pools-using-the-id-token.html).
"""

from __future__ import annotations

from .helpers import first_value, lookup_values, notes_conn


def test_a_visibility_timeout_is_no_long_polling_wait_time(tmp_path):
    conn = notes_conn(tmp_path, "# SQS\n\n* visibility timeout default 30 sec, max 12 hours\n")
    assert lookup_values(conn, "sqs long polling default wait time") == []
    assert "30" in first_value(conn, "sqs visibility timeout default")
    # the attribute asked said by the clause: answered
    conn = notes_conn(tmp_path / "b", "# SQS\n\n* long polling wait time max 20 sec\n")
    assert "20" in first_value(conn, "sqs long polling max wait time")


def test_a_cache_ttl_is_no_origin_response_timeout(tmp_path):
    conn = notes_conn(tmp_path, "# CloudFront\n\n- default TTL 24 hours, max TTL 365 days\n")
    assert lookup_values(conn, "cloudfront origin response timeout") == []
    assert "365" in first_value(conn, "cloudfront max ttl")


def test_a_retention_is_no_export_frequency(tmp_path):
    conn = notes_conn(tmp_path, "# GuardDuty\n\n- findings retention: 90 days\n")
    assert lookup_values(conn, "guardduty findings export frequency") == []
    assert "90" in first_value(conn, "guardduty findings retention")


def test_an_attribute_worded_by_a_synonym_keeps_its_answer(tmp_path):
    # "validity" is the lexicon's synonym of "expiry": the same attribute, worded otherwise
    conn = notes_conn(tmp_path, "# Cognito\n\n- **ID/access token** validity default "
                                "**1 hour** (5 min – 1 day)\n")
    assert "1" in first_value(conn, "cognito id token expiry default")


def test_a_clause_naming_no_other_measure_keeps_its_answer(tmp_path):
    # the figure's clause says "reserved" only, the heading the rest: no other measure named
    conn = notes_conn(tmp_path, "# Lambda\n\n## Concurrency\n\n- reserved: max 900 per "
                                "function\n")
    assert "900" in first_value(conn, "lambda reserved concurrency max")
    # a clause saying a word of the attribute asked answers, whatever else it names
    conn = notes_conn(tmp_path / "b", "# ELB\n\n* health check timeout 5 s, interval 30 s\n")
    assert "5" in first_value(conn, "alb health check timeout default")
