// messaging.go - SQS / SNS / EventBridge / Kinesis / Step Functions
// go run won't do anything useful, these are my notes lol
package awsnotes

import "time"

// ===== SQS =====
const (
	SqsMaxMessageBytes        = 256 * 1024         // 256 KB; bigger -> Extended Client Library w/ S3 (up to 2 GB)
	SqsRetentionDefault       = 4 * 24 * time.Hour // 4 days
	SqsRetentionMax           = 14 * 24 * time.Hour
	SqsRetentionMin           = 60 * time.Second
	SqsVisibilityDefault      = 30 * time.Second
	SqsVisibilityMax          = 12 * time.Hour
	SqsDelayMax               = 15 * time.Minute // delay queue, default 0
	SqsLongPollMaxWait        = 20 * time.Second // ReceiveMessageWaitTimeSeconds
	SqsMaxMessagesPerReceive  = 10
	SqsInflightStandardMax    = 120_000
	SqsInflightFifoMax        = 20_000
	SqsFifoThroughputNoBatch  = 300  // msg/s without batching
	SqsFifoThroughputBatching = 3000 // msg/s with batch of 10
	SqsMaxReceiveCountDLQ     = 1000 // redrive policy maxReceiveCount range 1..1000
)

// FIFO queue name must end in ".fifo"; dedup interval 5 minutes
const SqsFifoDedupWindow = 5 * time.Minute

// standard: at-least-once, best-effort ordering, "unlimited" TPS
// fifo: exactly-once processing, ordered per MessageGroupId

// SQS vs SNS vs Kinesis:
//   SQS = pull (consumers poll), msg deleted after processing, no replay
//   SNS = push to many subscribers (fanout), no persistence
//   Kinesis = pull, ordered per shard, replay within retention, multiple consumers read same data

type SqsErrorCode string

const (
	ErrOverLimit             SqsErrorCode = "OverLimit"                      // 120k in-flight reached
	ErrReceiptHandleInvalid  SqsErrorCode = "ReceiptHandleIsInvalid"
	ErrMessageNotInflight    SqsErrorCode = "MessageNotInflight"
	ErrQueueDoesNotExist     SqsErrorCode = "AWS.SimpleQueueService.NonExistentQueue"
	ErrBatchEntryIdsNotDistinct SqsErrorCode = "BatchEntryIdsNotDistinct"
)

// ===== SNS =====
const (
	SnsMaxMessageBytes         = 128 * 1024 // 128 KB payload
	SnsTopicsPerAccount        = 100_000
	SnsSubscriptionsPerTopic   = 12_500_000
	SnsFifoTopicThroughput     = 300 // msg/s per topic
	SnsFilterPolicyMaxAttrs    = 5   // attribute names per filter policy
)

// SNS protocols: HTTP/S, email, email-json, SQS, Lambda, SMS, mobile push, Firehose
// SNS FIFO topic can ONLY deliver to SQS FIFO (and standard SQS now?) - FIXME
// fanout pattern: SNS -> multiple SQS queues (needs SQS access policy allowing sns)

// ===== EventBridge =====
const (
	EbMaxEventBytes        = 256 * 1024
	EbTargetsPerRule       = 5
	EbRulesPerBusDefault   = 300
	EbRetryDefaultAttempts = 185            // retries up to 185 times
	EbRetryDefaultMaxAge   = 24 * time.Hour // then DLQ if configured
	EbArchiveReplay        = true
)

// EventBridge vs SNS: EB = content filtering on whole event, schema registry, 3rd party SaaS sources, 5 targets/rule
//                     SNS = higher throughput, many subscribers, simpler

// ===== Kinesis Data Streams =====
const (
	KdsShardWriteMBps       = 1    // 1 MB/s or 1000 records/s IN per shard
	KdsShardWriteRecords    = 1000
	KdsShardReadMBps        = 2    // shared across consumers; enhanced fan-out = 2 MB/s PER consumer
	KdsShardGetRecordsTPS   = 5    // GetRecords calls per sec per shard
	KdsMaxRecordBytes       = 1024 * 1024
	KdsRetentionDefault     = 24 * time.Hour
	KdsRetentionMax         = 365 * 24 * time.Hour
)

// errors
const KdsThrottleError = "ProvisionedThroughputExceededException" // hot shard -> better partition key, retry w/ backoff

// On-demand mode: default 4 MB/s write capacity, scales to 2x previous peak over 30 days
// Firehose: near real-time, buffer 60 s min (was 60-900 s), destinations S3/Redshift/OpenSearch/Splunk/HTTP
const FirehoseBufferIntervalMin = 60 * time.Second
const FirehoseBufferSizeMaxMB = 128

// Kinesis Data Streams vs Firehose:
//   KDS = real-time (~200 ms), you manage shards, custom consumers, replay
//   Firehose = fully managed, near real-time, no replay, loads into destinations

// ===== Step Functions =====
const (
	SfnStandardMaxDuration = 365 * 24 * time.Hour // 1 year
	SfnExpressMaxDuration  = 5 * time.Minute
	SfnMaxPayloadBytes     = 256 * 1024
	SfnHistoryEventsMax    = 25_000
)

// Standard: exactly-once, priced per state transition, execution history 90 days
// Express: at-least-once (async) or at-most-once (sync), priced per duration/memory
// Task tokens: .waitForTaskToken -> pause until SendTaskSuccess, up to 1 year
// Error names: States.ALL, States.Timeout, States.TaskFailed, States.Permissions
// Retry defaults: IntervalSeconds 1, MaxAttempts 3, BackoffRate 2.0
const (
	SfnRetryIntervalDefault = 1 * time.Second
	SfnRetryMaxAttemptsDefault = 3
	SfnRetryBackoffDefault = 2.0
)
