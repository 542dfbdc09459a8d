"""A line setting services side by side (lookup/compared_side.py), with no "A vs B" heading
above it: what its parts say of each side."""

from __future__ import annotations

from .helpers import lookup_values, notes_conn


def test_a_list_of_services_sets_none_side_by_side(tmp_path):
    # "S3, SNS, EventBridge" lists the invokers; the retries after the arrow are Lambda's
    conn = notes_conn(tmp_path, "# Lambda\n\n"
                                "ASYNC (Event): S3, SNS, EventBridge -> Lambda retries 2 times\n")
    assert lookup_values(conn, "lambda async retries")[0] == "2 times"
    conn.close()


# session 53: a part that names no side, and a slash glued to the word before it. What the
# notes state agrees with the AWS documentation: a Secrets Manager secret is at most 64 KB
# (docs.aws.amazon.com/secretsmanager/latest/userguide/reference_limits.html); a CodePipeline
# manual approval action waits 7 days before it fails (docs.aws.amazon.com/codepipeline/
# latest/userguide/approvals.html); an S3 presigned URL made with an IAM user's credentials
# lasts at most 7 days (docs.aws.amazon.com/AmazonS3/latest/userguide/
# using-presigned-url.html).


def test_a_slash_glued_to_a_word_opens_no_part(tmp_path):
    # "w/ lambda" is "with Lambda": Lambda opens no part, the 64 KB is no Lambda figure
    conn = notes_conn(tmp_path, "# Security\n\n- Secrets Manager: auto rotation w/ lambda (min "
                                "rotation interval 1 day), $0.40/secret/month, secret max 64 KB\n"
                                "- S3 pre-signed URL max expiry (CLI/SDK w/ IAM user): 7 days\n")
    assert lookup_values(conn, "secrets manager max secret size")[0] == "64 KB"
    assert lookup_values(conn, "presigned url max expiry")[0] == "7 days"
    conn.close()


def test_a_figure_in_a_part_naming_no_side_is_no_sides(tmp_path):
    # SNS opens the part before the 7 days, not the 7 days' own part
    conn = notes_conn(tmp_path, "# CI/CD\n\ncodepipeline manual approval :: approval action, "
                                "SNS notify, pipeline waits up to 7 days\n")
    assert lookup_values(conn, "codepipeline manual approval how long does it wait")[0] \
        == "7 days"
    conn.close()


def test_a_figure_in_a_sides_own_part_is_still_that_sides(tmp_path):
    # the rule of session 52 kept: SNS's part holds SNS's figure only
    conn = notes_conn(tmp_path, "# Messaging\n\n- retention: SQS 4 days default, SNS none, "
                                "SNS max 12,500,000 subscriptions\n")
    assert not [v for v in lookup_values(conn, "sns retention default") if "4 days" in v]
    conn.close()


def test_a_figure_in_a_clause_of_another_side_is_no_answer(tmp_path):
    # review of session 53: the 4 KB stands in Parameter Store's clause (after the ";"),
    # in a part naming no side: no answer to "secrets manager max secret size" (a Secrets
    # Manager secret is at most 64 KB, a standard parameter 4 KB: docs.aws.amazon.com/
    # secretsmanager/latest/userguide/reference_limits.html, docs.aws.amazon.com/
    # systems-manager/latest/userguide/parameter-store-advanced-parameters.html)
    conn = notes_conn(tmp_path, "# Security\n\n- Secrets Manager auto rotation w/ Lambda, "
                                "$0.40/secret/mo; Parameter Store std = free, 4KB values, "
                                "advanced 8KB\n")
    assert "4 KB" not in lookup_values(conn, "secrets manager max secret size")
    conn.close()



def test_a_service_glued_to_a_slash_says_nothing_of_itself_alone(tmp_path):
    # unseen261: "eventbridge/cloudwatch events" names a pair of invokers in a list; it
    # opens no part of its own, so the line compares no services and the 3 retries
    # are Lambda's (the figure the note states; AWS retries an async invocation twice:
    # docs.aws.amazon.com/lambda/latest/dg/invocation-async-error-handling.html)
    conn = notes_conn(tmp_path, "# Lambda\n\nasync invoke: s3 events, sns, eventbridge/cloudwatch "
                                "events -> lamda retries 3 times then DLQ or destination\n")
    assert lookup_values(conn, "lambda async retries")[0] == "3 times"
    conn.close()
