"""
messaging_consts.py -- SAA/DVA study, messaging stuff (SQS / SNS / Kinesis / EventBridge)
keep as constants so i can import them in my flashcard script lol
units: bytes unless it says _S (seconds) / _MIN / _DAYS
"""
from enum import Enum

KiB = 1024

# ---------------- SQS ----------------
SQS_MAX_MESSAGE_BYTES = 256 * KiB          # 262_144, bigger -> use extended client lib + S3
SQS_EXTENDED_CLIENT_MAX_BYTES = 2 * KiB * KiB * KiB  # 2 GB via S3 pointer
SQS_MIN_MESSAGE_BYTES = 1                  # 1 byte min
SQS_RETENTION_DEFAULT_DAYS = 4
SQS_RETENTION_MIN_S = 60                   # 1 min
SQS_RETENTION_MAX_DAYS = 14
SQS_VISIBILITY_TIMEOUT_DEFAULT_S = 30
SQS_VISIBILITY_TIMEOUT_MAX_S = 12 * 60 * 60   # 12 hrs
SQS_DELAY_QUEUE_MAX_S = 15 * 60               # 15 min, default 0
SQS_LONG_POLL_MAX_WAIT_S = 20                 # ReceiveMessageWaitTimeSeconds, 0 = short poll
SQS_RECEIVE_MAX_MSGS_PER_CALL = 10            # MaxNumberOfMessages 1-10
SQS_BATCH_MAX_ENTRIES = 10                    # SendMessageBatch / DeleteMessageBatch
SQS_INFLIGHT_MAX_STANDARD = 120_000
SQS_INFLIGHT_MAX_FIFO = 20_000
SQS_FIFO_TPS_NO_BATCH = 300                   # 300 msg/s, 3000 w/ batching of 10
SQS_FIFO_TPS_BATCHED = 3_000
SQS_DEDUP_INTERVAL_MIN = 5                    # MessageDeduplicationId window
SQS_DLQ_MAX_RECEIVE_COUNT_DEFAULT = 10        # redrive policy maxReceiveCount  (i think??)

class SqsQueueType(Enum):
    STANDARD = "at-least-once, best-effort ordering, ~unlimited TPS"
    FIFO = "exactly-once processing, strict order per MessageGroupId, name must end .fifo"

# ---------------- SNS ----------------
SNS_MAX_MESSAGE_BYTES = 256 * KiB
SNS_TOPICS_PER_ACCOUNT = 100_000              # standard topics soft limit
SNS_SUBSCRIPTIONS_PER_TOPIC = 12_500_000      # 12.5M
SNS_FIFO_TOPIC_TPS = 300                      # same as sqs fifo
SNS_SMS_MAX_CHARS = 140                       # bytes actually, 160 GSM chars

SNS_PROTOCOLS = ["http", "https", "email", "email-json", "sms", "sqs",
                 "lambda", "application", "firehose"]
# NOTE: SNS FIFO topic can only deliver to SQS (FIFO or std) subscribers

# ---------------- Kinesis Data Streams ----------------
KDS_SHARD_WRITE_MB_S = 1                      # or 1000 records/s per shard
KDS_SHARD_WRITE_RECORDS_S = 1_000
KDS_SHARD_READ_MB_S = 2                       # shared between consumers (classic)
KDS_SHARD_READ_TX_S = 5                       # 5 GetRecords / sec / shard
KDS_ENHANCED_FANOUT_MB_S_PER_CONSUMER = 2
KDS_RECORD_MAX_BYTES = 1 * KiB * KiB          # 1 MB payload
KDS_RETENTION_DEFAULT_H = 24
KDS_RETENTION_MAX_DAYS = 7                    # extended retention
KDS_GETRECORDS_MAX_RECORDS = 10_000           # or 10 MB per call

# Firehose: near real-time, buffer 1 MB-128 MB or 60-900 s, NOT for custom consumers
FIREHOSE_BUFFER_INTERVAL_MIN_S = 60
FIREHOSE_BUFFER_INTERVAL_MAX_S = 900
FIREHOSE_RECORD_MAX_BYTES = 1000 * KiB        # 1,000 KiB

# ---------------- EventBridge ----------------
EVENTBRIDGE_MAX_EVENT_BYTES = 256 * KiB
EVENTBRIDGE_TARGETS_PER_RULE = 5
EVENTBRIDGE_RETRY_DEFAULT_H = 24              # retries up to 24h / 185 attempts then DLQ
EVENTBRIDGE_RETRY_MAX_ATTEMPTS = 185
EVENTBRIDGE_RULES_PER_BUS = 300

# SQS error codes that show up in practice qs
SQS_ERRORS = {
    "AWS.SimpleQueueService.NonExistentQueue": "queue url wrong / deleted (QueueDoesNotExist)",
    "OverLimit": "too many inflight msgs (120k std) -> OverLimit on receive",
    "InvalidMessageContents": "msg has chars not allowed (not XML/unicode valid)",
    "ReceiptHandleIsInvalid": "using stale receipt handle after visibility expired",
    "QueueDeletedRecently": "wait 60s after DeleteQueue before reusing the name",
    "MessageNotInflight": "ChangeMessageVisibility on msg not in flight",
}

# SQS vs SNS vs Kinesis (exam-ese)
COMPARE = {
    "sqs_vs_sns": "SQS = pull (consumers poll), SNS = push (pub/sub fan out)",
    "sqs_vs_kinesis": "SQS msg deleted after consume; kinesis replay until retention, ordered per shard",
    "standard_vs_fifo": "std = at least once + maybe out of order; fifo = exactly once + ordered, 300 tps",
}
