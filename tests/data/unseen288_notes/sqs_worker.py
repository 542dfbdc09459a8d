#!/usr/bin/env python3
"""sqs_worker.py - poll orders queue, write to dynamo. boto3 practice for DVA."""
import os
import time
import boto3
from botocore.exceptions import ClientError

QUEUE_URL = os.environ["QUEUE_URL"]
TABLE = os.environ.get("TABLE", "orders-lab")

MAX_BATCH = 10            # SQS batch max (receive / send / delete batch)
WAIT_SECS = 20            # long poll
DDB_BATCH_WRITE = 25      # BatchWriteItem max 25 items, 16 MB total
DDB_BATCH_GET = 100       # BatchGetItem max 100 items
DDB_TXN_MAX = 25          # TransactWriteItems max 25 items per txn
QUERY_PAGE = 1 * 1024 * 1024   # Query/Scan return max 1 MB per call -> paginate w/ LastEvaluatedKey
MAX_RETRIES = 5           # botocore 'legacy' retry mode default = 5 attempts, standard mode = 3

sqs = boto3.client("sqs")
ddb = boto3.client("dynamodb")


def backoff(attempt):
    # exponential backoff + jitter (exam answer for throttling every time)
    return min(20, (2 ** attempt) * 0.1)


def put_orders(items):
    for i in range(0, len(items), DDB_BATCH_WRITE):
        chunk = items[i:i + DDB_BATCH_WRITE]
        req = {TABLE: [{"PutRequest": {"Item": it}} for it in chunk]}
        for attempt in range(MAX_RETRIES):
            try:
                resp = ddb.batch_write_item(RequestItems=req)
            except ClientError as e:
                code = e.response["Error"]["Code"]
                # ProvisionedThroughputExceededException = HTTP 400 (not 5xx!)
                # ThrottlingException = control plane calls (CreateTable etc) too fast
                if code in ("ProvisionedThroughputExceededException", "ThrottlingException"):
                    time.sleep(backoff(attempt))
                    continue
                # ConditionalCheckFailedException = 400, condition expression false (optimistic locking w/ version attr)
                raise
            req = resp.get("UnprocessedItems") or {}   # partial success is NOT an exception!
            if not req:
                break
            time.sleep(backoff(attempt))


def main():
    while True:
        resp = sqs.receive_message(
            QueueUrl=QUEUE_URL,
            MaxNumberOfMessages=MAX_BATCH,
            WaitTimeSeconds=WAIT_SECS,
            AttributeNames=["ApproximateReceiveCount"],
        )
        msgs = resp.get("Messages", [])
        if not msgs:
            continue
        put_orders([{"pk": {"S": m["MessageId"]}, "sk": {"S": "order"}} for m in msgs])
        # delete only after success, else msg reappears after visibility timeout
        # ChangeMessageVisibility to extend if processing slow
        sqs.delete_message_batch(
            QueueUrl=QUEUE_URL,
            Entries=[{"Id": str(i), "ReceiptHandle": m["ReceiptHandle"]} for i, m in enumerate(msgs)],
        )
        # AWS.SimpleQueueService.NonExistentQueue = queue deleted / wrong region
        # after DeleteQueue must wait 60 seconds before creating queue with same name


if __name__ == "__main__":
    main()
