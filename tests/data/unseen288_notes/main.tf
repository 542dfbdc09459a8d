# messaging.tf -- SQS / SNS / EventBridge lab (saa + dva)
# run: terraform apply -var env=lab   (remember to destroy!!)

resource "aws_sqs_queue" "orders" {
  name                       = "orders-${var.env}"
  visibility_timeout_seconds = 30      # default 30s, max 12h
  message_retention_seconds  = 345600  # 4 days = default. min 60s, max 14 days
  max_message_size           = 262144  # 256 KB hard max (bigger -> extended client lib + S3)
  delay_seconds              = 0       # delay queue max 15 min
  receive_wait_time_seconds  = 20      # long polling, 20s is the max. 0 = short polling (default)

  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.orders_dlq.arn
    maxReceiveCount     = 5   # after 5 receives -> DLQ
  })
}

resource "aws_sqs_queue" "orders_dlq" {
  name                      = "orders-dlq-${var.env}"
  message_retention_seconds = 1209600  # set DLQ retention longer than source!! (expiry is based on original enqueue time)
}

# FIFO: name MUST end in .fifo
# 300 msg/s without batching, 3,000 msg/s with batching (high throughput mode is more)
resource "aws_sqs_queue" "payments" {
  name                        = "payments-${var.env}.fifo"
  fifo_queue                  = true
  content_based_deduplication = true   # dedup window = 5 minutes
}
# in-flight limit: ~120,000 standard, 20,000 FIFO

resource "aws_sns_topic" "alerts" {
  name = "alerts-${var.env}"
  # sns msg size max 256 KB, same as sqs
  # subscriptions per topic: 12,500,000 (soft)
}

resource "aws_sns_topic_subscription" "alerts_sqs" {
  topic_arn            = aws_sns_topic.alerts.arn
  protocol             = "sqs"
  endpoint             = aws_sqs_queue.orders.arn
  raw_message_delivery = true   # otherwise body is wrapped in sns JSON envelope
  # filter policy: max 5 attribute names per policy
}

resource "aws_cloudwatch_event_rule" "nightly" {
  name                = "nightly-${var.env}"
  schedule_expression = "cron(0 2 * * ? *)"   # UTC!! not local time
  # max 5 targets per rule
}
# eventbridge event size max 256 KB. default event bus per account = 1 ("default")

# SNS -> SQS fanout vs SQS alone: SNS = push, SQS = pull (consumers poll)
# kinesis vs sqs: kinesis keeps order per shard + multiple consumers can replay; sqs msg deleted once processed

# lambda.tf -- functions for the orders lab

resource "aws_lambda_function" "worker" {
  function_name = "orders-worker-${var.env}"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/worker.zip"   # direct upload zip max 50 MB, 250 MB unzipped (incl layers)
  memory_size   = 512    # 128 MB (default) up to 3,008 MB
  timeout       = 60     # default 3 sec!!  max 5 min
  layers        = []     # max 5 layers per function

  ephemeral_storage {
    size = 512   # /tmp default 512 MB
  }

  environment {
    variables = {
      QUEUE_URL = aws_sqs_queue.orders.url   # env vars total 4 KB max
    }
  }

  reserved_concurrent_executions = 50   # account default concurrency = 1000 per region (soft)
}

# SQS trigger = event source mapping (lambda POLLS the queue, synchronous invoke)
resource "aws_lambda_event_source_mapping" "orders" {
  event_source_arn                   = aws_sqs_queue.orders.arn
  function_name                      = aws_lambda_function.worker.arn
  batch_size                         = 10     # sqs default 10, max 10,000 (needs batching window)
  maximum_batching_window_in_seconds = 5      # up to 300s
  function_response_types            = ["ReportBatchItemFailures"]   # partial batch response
}
# queue visibility timeout should be >= 6x function timeout (AWS recommendation)

# s3 -> lambda is ASYNC (event invoke). lambda retries async events 2 times then onfailure dest / DLQ
resource "aws_lambda_function_event_invoke_config" "worker" {
  function_name                = aws_lambda_function.worker.function_name
  maximum_retry_attempts       = 2      # 0-2
  maximum_event_age_in_seconds = 21600  # max 6 hours
}

# container image lambda: see Dockerfile
# invocation types (cli --invocation-type): RequestResponse (default, sync) | Event (async) | DryRun (perms check only)
# sync payload 6 MB req/resp, async payload 256 KB
# kinesis / dynamodb streams -> lambda: event source mapping, processes per shard IN ORDER, failing batch blocks the shard until it expires

resource "aws_lambda_alias" "live" {
  name             = "live"
  function_name    = aws_lambda_function.worker.function_name
  function_version = "3"   # $LATEST can't be used for weighted alias routing
}

# network.tf -- vpc lab. cidr sizing: /16 biggest, /28 smallest
resource "aws_vpc" "lab" {
  cidr_block           = "10.20.0.0/16"
  enable_dns_hostnames = true
  # 5 VPCs per region default (soft)
}

resource "aws_subnet" "public_a" {
  vpc_id                  = aws_vpc.lab.id
  cidr_block              = "10.20.1.0/24"   # 256 - 5 reserved = 251 usable
  map_public_ip_on_launch = true
}

resource "aws_nat_gateway" "a" {
  allocation_id = aws_eip.nat.id
  subnet_id     = aws_subnet.public_a.id
  # nat gw: 5 Gbps, auto scales to 100 Gbps. AZ-scoped -> one per AZ for HA
  # nat instance = you manage it + disable source/dest check
}
resource "aws_eip" "nat" {}  # 5 elastic IPs per region

resource "aws_security_group" "web" {
  vpc_id = aws_vpc.lab.id
  # SG = STATEFUL, allow rules only. 60 inbound + 60 outbound rules per SG, max 5 SGs per ENI
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_network_acl_rule" "deny_bad" {
  network_acl_id = aws_vpc.lab.default_network_acl_id
  rule_number    = 90    # lowest number wins, range 1-32766
  egress         = false
  protocol       = "tcp"
  rule_action    = "deny"
  cidr_block     = "203.0.113.0/24"
  from_port      = 22
  to_port        = 22
}
# NACL = STATELESS -> must allow ephemeral ports 1024-65535 outbound for replies

resource "aws_vpc_endpoint" "s3" {
  vpc_id       = aws_vpc.lab.id
  service_name = "com.amazonaws.us-east-1.s3"
  # gateway endpoint: only S3 + DynamoDB, free. everything else = interface endpoint (ENI, PrivateLink, $/hr)
}

# peering: NOT transitive, no overlapping CIDRs. many vpcs -> transit gateway
# flow logs -> cloudwatch logs or s3, don't capture packet contents
# route53 health check every 30s by default (fast = 10s)
# alias record can point at zone apex, CNAME can't. alias queries to aws resources are free
