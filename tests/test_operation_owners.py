"""An API operation only one service has names that service (session 56, issue 10): in a lab's
`sqs_worker.py`, "# BatchWriteItem max 25 items" and "# TransactWriteItems max 25 items" were
SQS's (the file's name), and "ReceiveMessage returns at most 10 messages per call" in a log
under "sqs / sns / kinesis" CloudWatch's (the line before), so "dynamodb batchwriteitem max
items" and "sqs receivemessage max msgs" abstained (unseen288, unseen284).
extract/operation_owners.py, pipeline._filed_under_error_owners."""

from __future__ import annotations

from studycli.extract.operation_owners import operation_owner
from tests.helpers import first_hit_after_ingest, notes_conn

WORKER = (
    '"""queue_worker.py - drain the orders queue into the table."""\n'
    "import boto3\n"
    "\n"
    "MAX_MESSAGES = 10       # SQS receive batch max\n"
    "WRITE_CHUNK = 25        # BatchWriteItem max 25 items, 16 MB total\n"
    "TXN_ITEMS = 25          # TransactWriteItems max 25 items per txn\n"
)
LOG = (
    "INCIDENT LOG (sqs / sns / kinesis)\n"
    "==================================\n"
    "\n"
    "2024-03-02  empty receives\n"
    "  CloudWatch showed many empty receives, so we turned on long polling.\n"
    "  ReceiveMessage returns at most 10 messages per call.\n"
)


def _facts(conn) -> dict[int, set[tuple[str, str, str]]]:
    rows: dict[int, set[tuple[str, str, str]]] = {}
    for line, service, kind, value in conn.execute(
            "SELECT line, service, kind, value FROM facts").fetchall():
        rows.setdefault(line, set()).add((service, kind, value))
    return rows


def test_an_operation_of_one_service_files_a_code_comment_under_it(tmp_path):
    rows = _facts(notes_conn(tmp_path, WORKER, name="queue_worker.py"))
    assert ("DynamoDB", "limit", "25 items") in rows[5], rows
    assert ("DynamoDB", "limit", "16 MB") in rows[5], rows
    assert ("DynamoDB", "limit", "25 items") in rows[6], rows
    assert all(s == "SQS" for s, _k, _v in rows[4]), rows  # the line naming no operation stays


def test_the_line_before_gives_no_service_to_an_operation_it_does_not_have(tmp_path):
    rows = _facts(notes_conn(tmp_path, LOG, name="incident_log.txt"))
    assert ("SQS", "limit", "10 messages") in rows[6], rows
    assert {s for s, _k, _v in rows[6]} == {"SQS"}, rows


def test_a_line_naming_another_service_is_left_to_its_clauses(tmp_path):
    text = "# Lambda\n- Lambda polls the queue with ReceiveMessage, batch size up to 10,000\n"
    rows = _facts(notes_conn(tmp_path, text, name="lambda.md"))
    assert rows[2] and {s for s, _k, _v in rows[2]} == {"Lambda"}, rows


def test_shared_names_policy_actions_and_settings_claim_nothing():
    assert operation_owner("BatchWriteItem max 25 items") == "DynamoDB"
    assert operation_owner("ReceiveMessage returns at most 10 messages") == "SQS"
    assert operation_owner("AssumeRole default session 1 h") == ""  # an IAM role's, as asked
    assert operation_owner("PutRecord max 1 MB") == ""  # Data Firehose has one too
    assert operation_owner("GetRecords returns up to 10 MB") == ""  # so do DynamoDB Streams
    assert operation_owner('"Action": "s3:PutObject"') == ""  # an IAM policy's permission
    assert operation_owner("ReceiveMessageWaitTimeSeconds = 20") == ""  # a queue's setting
    assert operation_owner("SendMessageBatch then PutItem") == ""  # two services' operations
    # Amazon Connect's Participant Service has a SendMessage too: the name is shared
    assert operation_owner("SendMessage body max 256 KB") == ""
    assert operation_owner("putitem in lower case") == ""  # the name as AWS writes it


def test_lookup_answers_the_operations_limit_from_the_code_comment(tmp_path, monkeypatch):
    first = first_hit_after_ingest(tmp_path, monkeypatch, "queue_worker.py", WORKER,
                                   "dynamodb batchwriteitem max items")
    assert (first["service"], first["line"], first["value"]) == ("DynamoDB", 5, "25 items"), first


def test_a_heading_naming_one_service_keeps_its_lines_operations(tmp_path):
    # DAX's item cache serves GetItem: its 5-minute TTL is DAX's, not DynamoDB's (whose TTL
    # expires items); Lambda's SQS batch of 10,000 is the event source mapping's, not
    # ReceiveMessage's 10 (review of session 56)
    text = ("# DAX\n- item cache: GetItem and BatchGetItem results, default TTL 5 minutes\n"
            "\n# Lambda event source mapping\n- ReceiveMessage batch size up to 10,000\n")
    rows = _facts(notes_conn(tmp_path, text, name="notes.md"))
    assert rows[2] and {s for s, _k, _v in rows[2]} == {"DAX"}, rows
    assert rows[5] and {s for s, _k, _v in rows[5]} == {"Lambda"}, rows


def test_names_other_services_share_claim_nothing():
    # the RDS Data API (and Redshift's) has a BatchExecuteStatement too:
    # https://docs.aws.amazon.com/rdsdataservice/latest/APIReference/API_BatchExecuteStatement.html
    assert operation_owner("BatchExecuteStatement request max 4 MiB") == ""
    # Amazon Glacier's vault API completes a multipart upload by the same name:
    # https://docs.aws.amazon.com/amazonglacier/latest/dev/api-multipart-complete-upload.html
    assert operation_owner("CompleteMultipartUpload needs the tree hash, part size max 4 GB") == ""
