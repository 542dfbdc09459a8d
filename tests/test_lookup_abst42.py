"""Lookups the notes cannot answer (session 42, abst42): a figure whose clause states it as
another attribute of the service asked, of the same kind of value, is no answer
(lookup/attribute_said.py), even where it shares a word with the attribute asked ("health
check interval" for a health check timeout); a clause that words the measure asked by a
synonym the lexicon knows keeps its answer.

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
amazon-cognito-user-pools-using-the-id-token.html); an ALB health check times out after 5 s
by default and runs every 30 s (https://docs.aws.amazon.com/elasticloadbalancing/latest/
application/target-group-health-checks.html); an RDS backup window is the daily time the
backup runs, its retention period how long backups are kept (1 day by default from the API);
a manual approval action times out after 7 days (https://docs.aws.amazon.com/codepipeline/
latest/userguide/approvals.html); an S3 presigned URL signed with SigV4 is valid up to 7 days.
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


def test_a_cache_ttl_stays_no_origin_response_timeout(tmp_path):
    # a guard, not this change's: main refuses it already (review 42 finding 3)
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


def test_a_neighbour_sharing_the_subject_noun_is_no_answer(tmp_path):
    # review 42 finding 1: an ALB health check times out after 5 s by default and runs every
    # 30 s; "health check" said is no "timeout" said
    conn = notes_conn(tmp_path, "# ELB\n\n* health check interval 30 s, unhealthy threshold 2\n")
    assert lookup_values(conn, "alb health check timeout default") == []
    assert "30" in first_value(conn, "alb health check interval")


def test_a_backup_window_is_no_backup_retention(tmp_path):
    # finding 2: "window" relates to "retention" only through the phrase "moving window"
    conn = notes_conn(tmp_path, "# RDS\n\n- backup window 30 min\n")
    assert lookup_values(conn, "rds backup retention default") == []
    assert "30" in first_value(conn, "rds backup window")


def test_an_expiry_states_a_timeout(tmp_path):
    # a manual approval action times out after 7 days: "expires" says its timeout
    conn = notes_conn(tmp_path, "# CodePipeline\n\n- manual approval action expires after "
                                "7 days\n")
    assert "7" in first_value(conn, "codepipeline manual approval timeout")


def test_a_presigned_url_validity_is_its_expiry(tmp_path):
    # finding 4: "validity" <-> "expiry" in the lexicon (S3 presigned URLs signed with SigV4
    # are valid up to 7 days)
    conn = notes_conn(tmp_path, "# S3\n\n- presigned URL expires after 7 days max (SigV4)\n")
    assert "7 days" in first_value(conn, "s3 presigned url max validity")
