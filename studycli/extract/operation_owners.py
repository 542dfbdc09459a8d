"""An API operation only one service has names that service: "BatchWriteItem max 25 items"
is DynamoDB's limit, "ReceiveMessage returns at most 10 messages per call" SQS's, wherever
the line stands but under a heading or item naming one other service. A heading that lists
several services, the line before it, or the file a code comment sits in (`sqs_worker.py`:
"# BatchWriteItem max 25 items" had been SQS's) gave such lines to another service, so a
lookup of the operation's limit found nothing under its service. The line is the
operation's service's when it names no other service (one naming another is left to its
clauses, as error_owners.py leaves a line naming another service than its error's), and no
heading or item around it names its service alone (error_owners.line_owner with
operation_owner) ("# DAX":
"item cache: GetItem results, default TTL 5 minutes" is DAX's).

Only operations of one service are listed, from each service's API reference; a name two
services share stays with the line's context: `PutRecord` is Kinesis Data Streams' and Data
Firehose's, `GetRecords` Kinesis Data Streams' and DynamoDB Streams', `BatchExecuteStatement`
DynamoDB's, the RDS Data API's and the Redshift Data API's, `SendMessage` SQS's and the
Amazon Connect Participant Service's, `CompleteMultipartUpload` S3's and the Amazon Glacier
vaults' (https://docs.aws.amazon.com/amazonglacier/latest/dev/api-multipart-complete-upload.html),
`Publish`, `Invoke`,
`Query` and `Scan` are English words too. STS's `AssumeRole` is left out: its session lasts
as long as the IAM role's maximum session duration allows, and notes file it, and students
ask it, as IAM's ("iam role max session duration" found it no more once it was STS's). An
IAM policy's action ("s3:PutObject") names a permission, not the call: the line is the
policy's."""

from __future__ import annotations

import re

# Sources, each service's list of API actions:
# DynamoDB https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Operations_Amazon_DynamoDB.html
# SQS https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_Operations.html
# S3 https://docs.aws.amazon.com/AmazonS3/latest/API/API_Operations_Amazon_Simple_Storage_Service.html
# Kinesis Data Streams https://docs.aws.amazon.com/kinesis/latest/APIReference/API_Operations.html
_OWNED: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("DynamoDB", ("BatchWriteItem", "BatchGetItem", "TransactWriteItems", "TransactGetItems",
                  "PutItem", "GetItem", "UpdateItem", "DeleteItem", "ExecuteTransaction")),
    ("SQS", ("ReceiveMessage", "SendMessageBatch", "DeleteMessage",
             "DeleteMessageBatch", "ChangeMessageVisibility", "ChangeMessageVisibilityBatch",
             "PurgeQueue", "GetQueueAttributes", "SetQueueAttributes")),
    ("S3", ("PutObject", "GetObject", "CreateMultipartUpload", "UploadPart",
            "ListObjectsV2", "DeleteObjects")),
    ("Kinesis Data Streams", ("PutRecords",)),
)
_OWNER = {name: service for service, names in _OWNED for name in names}
# the names as written, whole (not "ReceiveMessageWaitTimeSeconds", a queue's setting), and
# not after a colon: "s3:PutObject" is an IAM policy's action
_OPERATION = re.compile(
    r"(?<![A-Za-z0-9:])(?:" + "|".join(sorted(_OWNER, key=len, reverse=True))
    + r")(?![A-Za-z0-9])", re.ASCII)


def operation_owner(text: str) -> str:
    """The one service whose own API operations `text` names ("" if it names none, or
    operations of two services)."""
    owners = {_OWNER[m.group(0)] for m in _OPERATION.finditer(text)}
    return owners.pop() if len(owners) == 1 else ""

