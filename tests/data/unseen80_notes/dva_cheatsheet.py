"""
dva_cheatsheet.py  -- my DVA-C02 cheat sheet as python lol
integration + API services: SQS, SNS, EventBridge, API Gateway, Step Functions
run it to print the dicts before the exam (python3 dva_cheatsheet.py)
"""
import boto3  # noqa (not actually used much)

# ---------------- SQS ----------------
SQS = {
    'max_msg_kb': 256,                 # 256 KB per message, bigger -> Extended Client Library + S3
    'retention_default_days': 7,       # message retention default
    'retention_min_s': 60,             # 1 min
    'retention_max_days': 14,          # 1,209,600 s
    'visibility_default_s': 30,        # visibility timeout default 30 sec
    'visibility_max_h': 12,            # max 12 hours
    'long_poll_max_s': 20,             # WaitTimeSeconds max 20s (0 = short polling, default)
    'delay_max_min': 15,               # DelaySeconds up to 15 min (900s), default 0
    'max_receive_batch': 20,           # ReceiveMessage MaxNumberOfMessages max
    'fifo_tps': 300,                   # FIFO: 300 msg/s w/o batching, 3,000 with batching
    'fifo_dedup_window_min': 10,        # dedup interval 5 minutes
}
# standard queue = at-least-once, best-effort ordering, ~unlimited throughput
# FIFO name must end in .fifo  !!
# DLQ: after maxReceiveCount receives the msg moves to the DLQ. DLQ of FIFO must be FIFO
# error when you call ChangeMessageVisibility w/ stale receipt handle -> ReceiptHandleIsInvalid
# queue doesn't exist -> AWS.SimpleQueueService.NonExistentQueue (QueueDoesNotExist in boto3)

# ---------------- SNS ----------------
SNS = {
    'max_msg_kb': 256,                 # same as SQS
    'topics_per_account': 100_000,     # standard topics
    'subs_per_topic': 12_500_000,      # standard topic
    'fifo_topic_subs': 100,            # FIFO topics -> only SQS subs
}
# fan-out pattern: SNS -> multiple SQS queues (need queue policy allowing sns.amazonaws.com)
# message filtering via filter policy JSON on the subscription (default: attributes, can be payload)
# SNS vs SQS: SNS push/pub-sub, no persistence; SQS pull, keeps msgs until consumed
# SMS, email, HTTP(S), Lambda, SQS, Firehose, mobile push protocols

# ---------------- EventBridge ----------------
EVENTBRIDGE = {
    'max_event_kb': 256,               # PutEvents entry size
    'targets_per_rule': 10,
    'putevents_batch': 10,             # entries per PutEvents call
}
# default event bus gets AWS service events; custom buses for your apps; partner buses for SaaS
# archive + replay events. schema registry generates code bindings
# retry policy default: 24 h and 185 attempts, then DLQ (SQS) if configured

# ---------------- API Gateway ----------------
APIGW = {
    'integration_timeout_s': 29,       # 50 ms - 29 s for REST (can request increase now)
    'max_payload_mb': 6,               # request payload
    'throttle_rps': 10_000,            # account level, per region
    'burst': 5_000,
    'cache_ttl_default_s': 300,        # stage cache, max 3600, 0 = disabled
    'cache_size_gb': (0.5, 237),       # 0.5 GB up to 237 GB
}
# API types: REST (full features, caching, usage plans, API keys), HTTP (cheaper, faster, JWT auth), WebSocket
# endpoint types: edge-optimized (default for REST), regional, private
# errors:
#   400 bad request, 403 = access denied / WAF / wrong path(!!), 429 = throttled (Too Many Requests)
#   502 = bad gateway (lambda proxy returned bad format), 504 = integration timeout (>29s)
# stage variables ~ env vars for stages, e.g. point to lambda alias
# canary deployments on stages -> % of traffic
# usage plans + API keys -> throttling/quota per client
# auth: IAM (sigv4), Lambda authorizer (token or request), Cognito user pool authorizer
# Lambda authorizer result cache TTL default 300s (max 3600)

# ---------------- Step Functions ----------------
SFN = {
    'standard_max_duration': '1 year',
    'express_max_duration_min': 5,
    'payload_kb': 256,                 # input/output per state
    'history_events': 25_000,          # standard workflow execution history
}
# Standard = exactly-once, auditable, priced per state transition
# Express = at-least-once (async) / at-most-once (sync), priced per exec + duration, high volume
# states: Task, Choice, Parallel, Map, Wait, Pass, Succeed, Fail
# error handling: Retry (IntervalSeconds default 1, MaxAttempts default 3, BackoffRate default 2.0) + Catch
# States.ALL, States.Timeout, States.TaskFailed error names

def show():
    # quick boto3 reminder; send_message with DelaySeconds=900 max
    sqs = boto3.client('sqs')
    # sqs.send_message(QueueUrl=url, MessageBody='hi', DelaySeconds=10)
    # sqs.receive_message(QueueUrl=url, WaitTimeSeconds=20)  # long poll
    for name, d in [('SQS', SQS), ('SNS', SNS), ('EB', EVENTBRIDGE), ('APIGW', APIGW), ('SFN', SFN)]:
        print(name, d)

if __name__ == '__main__':
    show()
