"""An error only one service returns names that service (session 55, issue 10): a line with
"ConditionalCheckFailedException" under "# DB mistakes -- rds / aurora / dynamo" had been
RDS's (the heading's first service), "InsufficientInstanceCapacity" after a CloudWatch line
CloudWatch's, "503 SlowDown" under a CloudFront line CloudFront's, so "dynamodb conditional
write error" abstained (unseen166, unseen135, unseen146). extract/error_owners.py,
pipeline._filed_under_error_owners."""

from __future__ import annotations

from studycli.extract.error_owners import error_owner
from tests.helpers import first_hit_after_ingest, notes_conn

MISTAKES = (
    "# DB mistakes -- rds / aurora / dynamo / elasticache\n\n"
    "- Multi-AZ standby is synchronous, failover 60-120 s\n"
    "- ConditionalCheckFailedException -> condition expression false (optimistic locking)\n"
    "- read replicas async, up to 15 for Aurora\n"
)


def _services(conn) -> dict[tuple[int, str], str]:
    return {(line, kind): service for line, kind, service in conn.execute(
        "SELECT line, kind, service FROM facts").fetchall()}


def test_an_error_of_one_service_files_its_line_under_it(tmp_path):
    rows = _services(notes_conn(tmp_path, MISTAKES, name="db.md"))
    assert rows[(4, "error_code")] == "DynamoDB", rows
    assert rows[(3, "range")] == "RDS", rows  # the heading's lines that name no error stay


def test_the_line_before_gives_no_service_to_an_error_it_does_not_return(tmp_path):
    text = ("CloudWatch: basic monitoring every 5 min\n"
            "InsufficientInstanceCapacity = AWS out of capacity in that AZ, try another AZ\n"
            "InstanceLimitExceeded = hit your On-Demand instance limit\n")
    rows = _services(notes_conn(tmp_path, text, name="journal.txt"))
    assert rows[(2, "error_code")] == "EC2" and rows[(3, "error_code")] == "EC2", rows


def test_names_two_services_share_or_words_in_lower_case_claim_nothing():
    assert error_owner("ProvisionedThroughputExceededException = hot shard") == ""
    assert error_owner("TooManyRequestsException when throttled") == ""
    assert error_owner("NoSuchKey or ConditionalCheckFailedException") == ""  # two owners
    assert error_owner("cold starts slow down the first request") == ""
    assert error_owner("503 Slow Down - too many requests per prefix") == "S3"
    assert error_owner("the NoSuchKeyring helper") == ""  # a longer word is no error's name


def test_a_shared_error_keeps_the_lines_own_service(tmp_path):
    text = ("# Kinesis\n- ProvisionedThroughputExceededException = hot shard, split it\n"
            "# Lambda\n- cold starts slow down the first request by about 1 s\n")
    rows = _services(notes_conn(tmp_path, text, name="stream.md"))
    assert rows[(2, "error_code")] == "Kinesis Data Streams", rows
    assert {s for (line, _k), s in rows.items() if line == 4} == {"Lambda"}, rows


def test_a_line_naming_another_service_than_the_errors_is_left_to_its_clauses(tmp_path):
    text = "# CloudFront\n- Lambda@Edge origin fails with NoSuchKey: CloudFront returns 502\n"
    rows = _services(notes_conn(tmp_path, text, name="cf.md"))
    assert rows and "S3" not in rows.values(), rows  # (a fact of the line is kept)


def test_lookup_answers_the_error_from_a_heading_that_lists_services(tmp_path, monkeypatch):
    first = first_hit_after_ingest(tmp_path, monkeypatch, "db.md", MISTAKES,
                                   "dynamodb conditional write failed error")
    assert (first["service"], first["line"]) == ("DynamoDB", 4), first
    assert "ConditionalCheckFailedException" in first["value"] + first["snippet"], first


# Review (session 55): under a heading or an item naming one service, a line naming another
# service's error says how this service meets it; and "503 - slow down" in lower case is
# advice any throttled API gets, not S3's "503 Slow Down".
def test_a_heading_naming_one_service_keeps_its_line(tmp_path):
    text = ("# EMR\n\n"
            "- InsufficientInstanceCapacity -> use instance fleets, up to 5 instance types\n"
            "\n# Athena\n\n- SlowDown errors = too many files per prefix, partition to fix\n")
    rows = _services(notes_conn(tmp_path, text, name="analytics.md"))
    assert rows[(3, "limit")] == "EMR", rows
    assert rows[(7, "fact")] == "Athena", rows


def test_an_enclosing_item_naming_one_service_keeps_its_line(tmp_path):
    text = ("- Auto Scaling\n"
            "  - InsufficientInstanceCapacity: the group retries in the other AZs every 10 s\n")
    rows = _services(notes_conn(tmp_path, text, name="compute.md"))
    assert rows[(2, "limit")] == "Auto Scaling", rows


def test_503_slow_down_in_plain_words_is_no_s3_error():
    assert error_owner("503 - slow down the clients, add usage plans") == ""
    assert error_owner("503: slow down, retry with backoff") == ""
    assert error_owner("HTTP 503 SlowDown -> spread keys over prefixes") == "S3"
    assert error_owner("503 slowdown = > 5,500 GET/s per prefix") == "S3"


def test_an_error_lake_formation_also_returns_claims_nothing(tmp_path):
    # Lake Formation's governed-table transactions raise TransactionCanceledException too
    assert error_owner("TransactionCanceledException = the transaction was cancelled") == ""
    text = ("Lake Formation governed tables: ACID transactions over S3 data\n"
            "TransactionCanceledException -> start a new transaction and retry\n")
    rows = _services(notes_conn(tmp_path, text, name="journal.txt"))
    assert (2, "error_code") in rows and rows[(2, "error_code")] != "DynamoDB", rows
