#!/usr/bin/env bash
# messaging cheat sheet - SQS / SNS / Kinesis / EventBridge
# (don't run this whole file lol)

export QURL="https://sqs.us-east-1.amazonaws.com/123456789012/orders-q"

# ---------- SQS ----------
aws sqs create-queue --queue-name orders-q \
  --attributes VisibilityTimeout=60,MessageRetentionPeriod=345600
# VisibilityTimeout default 30s, max 12h
# retention default 4 days (345600 sec), max 14 days / 1209600 sec, min 60 sec
# max message size 256 KB -> bigger payloads = extended client lib + S3 (up to 2 GB)
aws sqs receive-message --queue-url $QURL --max-number-of-messages 10 --wait-time-seconds 20
# long polling: WaitTimeSeconds max 20 sec (0 = short polling = the default)
# max-number-of-messages per receive: 1 to 10
# DelaySeconds (delay queue) default 0, max 15 minutes (900 sec)
# in-flight msgs: ~120,000 standard queue, 20,000 FIFO
# FIFO throughput: 300 msg/s without batching, 3,000 msg/s with batching
# FIFO queue name must end in .fifo
# FIFO dedup interval = 5 minutes (MessageDeduplicationId or content-based)
aws sqs set-queue-attributes --queue-url $QURL --attributes '{"RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:us-east-1:123456789012:orders-dlq\",\"maxReceiveCount\":\"5\"}"}'
# DLQ: after maxReceiveCount receives msg moves to DLQ. DLQ of FIFO queue must also be FIFO
# SendMessageBatch / DeleteMessageBatch = up to 10 msgs per batch
#aws sqs purge-queue --queue-url $QURL   # purge can take up to 60 sec, careful!!
echo "remember: SQS standard = at-least-once + best-effort order, FIFO = exactly-once processing + strict order"

# ---------- SNS ----------
aws sns publish --topic-arn arn:aws:sns:us-east-1:123456789012:alerts --message "test from cli"
# standard topic: up to 12.5 million subscriptions per topic
# topics per account: 100,000 (standard)
# SNS FIFO topic -> subscribers can only be SQS (FIFO or standard) queues
# filter policy = JSON on message attributes (or body), no filter = sub gets everything
# sns vs sqs: SNS = push pub/sub, fan-out to many; SQS = pull, consumers poll, msg stays until deleted
# fan-out pattern = SNS topic -> multiple SQS queues

# ---------- Kinesis Data Streams ----------
aws kinesis create-stream --stream-name clicks --shard-count 2
# per shard write: 1 MB/s or 1,000 records/s
# per shard read: 2 MB/s shared across all consumers (classic)
# enhanced fan-out: 2 MB/s per consumer per shard, push via SubscribeToShard
# retention default 24 hours, max 7 days
# single record (data blob) max 1 MiB
# ProvisionedThroughputExceeded on put -> hot shard, better partition key
# kinesis vs sqs: kinesis = ordered per shard, replay, many consumers read same data; sqs = msg deleted after consume
# Firehose: near real-time, buffer interval 60-900 sec, targets S3 / Redshift / OpenSearch / Splunk, no replay

# ---------- EventBridge ----------
# default event bus = 1 per account per region, named "default"
# max 5 targets per rule
# archive + replay events, schema registry
cat <<'EOF' > pattern.json
{ "source": ["aws.ec2"], "detail-type": ["EC2 Instance State-change Notification"] }
EOF
aws events put-rule --name ec2-state --event-pattern file://pattern.json
# aws events put-targets --rule ec2-state --targets "Id"="1","Arn"="arn:aws:lambda:us-east-1:123456789012:function:notify"
