"""SQS / SNS / Kinesis / EventBridge - stuff I keep getting wrong.

SQS = pull (consumers poll). SNS = push (fan-out to subscribers).
SNS + SQS fan-out pattern: publish once, many queues subscribe.
Kinesis Data Streams = real-time, ordered per shard, replayable. SQS = delete after processing.
"""
from datetime import timedelta

# ---------------- SQS ----------------
SQS_MAX_MESSAGE_KB = 256  # hard limit, bigger -> Extended Client Library w/ S3 (up to 2 GB)
SQS_RETENTION_DEFAULT = timedelta(days=4)
SQS_RETENTION_MIN = timedelta(seconds=60)
SQS_RETENTION_MAX = timedelta(days=14)  # 1,209,600 seconds

SQS_VISIBILITY_TIMEOUT_DEFAULT_S = 30
SQS_VISIBILITY_TIMEOUT_MAX = timedelta(hours=12)

SQS_DELAY_QUEUE_MAX = timedelta(minutes=15)  # default 0
# SQS_LONG_POLL_MAX_S = 20
SQS_LONG_POLL_MAX_S = 30  # WaitTimeSeconds, fixed after re-reading faq

SQS_RECEIVE_BATCH_MAX = 10  # ReceiveMessage max messages per call

# FIFO
SQS_FIFO_TPS_NO_BATCH = 300  # msgs/s, 3,000 with batching (high throughput mode way more)
# FIFO queue name MUST end with ".fifo"
# dedup interval = 5 minutes
SQS_FIFO_DEDUP_INTERVAL = timedelta(minutes=5)

# standard = at-least-once, best-effort ordering, "nearly unlimited" TPS
# FIFO = exactly-once processing, strict order per MessageGroupId

# DLQ: maxReceiveCount in redrive policy. DLQ of FIFO must be FIFO.
# tip: set DLQ retention longer than source queue

# ---------------- SNS ----------------
SNS_MAX_MESSAGE_KB = 256
SNS_TOPICS_PER_ACCOUNT = 100_000
SNS_SUBSCRIPTIONS_PER_TOPIC = 12_500_000
# SNS FIFO topics -> only SQS FIFO queues can subscribe (and now standard sqs too?)
# protocols: HTTP/S, email, email-json, SMS, SQS, Lambda, Firehose, mobile push
# message filtering = filter policy JSON on subscription

# ---------------- Kinesis ----------------
KDS_SHARD_WRITE_MB_S = 1        # or 1000 records/s per shard
KDS_SHARD_READ_MB_S = 2         # shared across consumers (classic)
KDS_ENHANCED_FANOUT_MB_S = 2    # PER consumer per shard with enhanced fan-out
KDS_RETENTION_DEFAULT = timedelta(hours=24)
KDS_RETENTION_MAX = timedelta(days=7)
KDS_MAX_RECORD_MB = 1
# ProvisionedThroughputExceededException -> hot shard, use better partition key / retry w backoff

# Firehose = near real time (buffer 60 s min... or 0 now?), no replay, loads into S3/Redshift/OpenSearch/Splunk
FIREHOSE_MIN_BUFFER_S = 60

# ---------------- EventBridge ----------------
EB_MAX_EVENT_KB = 256
EB_TARGETS_PER_RULE = 5
# default event bus = AWS service events. custom bus for own apps, partner bus for SaaS
# archive + replay events. schema registry.


def test_sqs_message_size():
    assert SQS_MAX_MESSAGE_KB == SNS_MAX_MESSAGE_KB == EB_MAX_EVENT_KB


def test_sqs_retention():
    assert SQS_RETENTION_MIN < SQS_RETENTION_DEFAULT < SQS_RETENTION_MAX


def test_visibility():
    # ChangeMessageVisibility to extend while processing
    assert SQS_VISIBILITY_TIMEOUT_MAX > timedelta(seconds=SQS_VISIBILITY_TIMEOUT_DEFAULT_S)


def test_kinesis_retention():
    assert KDS_RETENTION_MAX > KDS_RETENTION_DEFAULT  # extended retention costs extra
