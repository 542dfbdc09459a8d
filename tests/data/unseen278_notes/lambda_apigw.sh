#!/usr/bin/env bash
# lambda + api gateway cheats

alias lfn='aws lambda list-functions --query "Functions[].FunctionName" --output table'
alias llogs='aws logs tail /aws/lambda/resize-img --follow'

# ---------- Lambda ----------
aws lambda create-function --function-name resize-img \
  --runtime python3.12 --handler app.handler \
  --role arn:aws:iam::123456789012:role/lambda-exec \
  --zip-file fileb://function.zip \
  --timeout 30 --memory-size 512
# memory 128 MB -> 10,240 MB in 1 MB steps, CPU scales with memory (1,769 MB = 1 vCPU)
# --timeout default 3 sec
echo "remember: lambda timeout max 5 min"
# /tmp ephemeral storage max 512 MB
# deployment pkg: 50 MB zipped (direct upload), 250 MB unzipped incl. layers
# container image lambda: image up to 10 GB
# env vars: 4 KB total for all of them
# layers: max 5 per function
# concurrency: 1,000 concurrent executions per region (soft limit, ask support)
# payload: sync invoke 6 MB request/response, async (Event) 256 KB
aws lambda invoke --function-name resize-img --invocation-type Event \
  --payload '{"k":"v"}' --cli-binary-format raw-in-base64-out out.json
# invocation types: RequestResponse = sync (the default), Event = async, DryRun = just checks permissions
# async: lambda retries 2 more times on error (3 attempts total), keeps event up to 6 hours
# who calls how:
#   S3, SNS, EventBridge, SES        -> async
#   API GW, ALB, Cognito, SDK invoke -> sync
#   SQS, Kinesis, DynamoDB Streams   -> event source mapping (lambda polls)
# throttled invoke -> TooManyRequestsException (rate exceeded)
# ESM from SQS: batch size up to 10,000 for standard queue (FIFO max 10)
# reserved vs provisioned concurrency: reserved = guarantee + cap for that fn, no extra cost; provisioned = pre-warmed envs, no cold starts, $$
# destinations (async): on-success / on-failure -> SQS, SNS, Lambda, EventBridge
# versions immutable, aliases point to versions (weighted alias for canary)
# function URL = dedicated https endpoint, auth NONE or AWS_IAM

# ---------- API Gateway ----------
# integration timeout 29 sec (REST API)
# max payload 10 MB
# throttling: 10,000 rps steady + 5,000 burst per account per region
# throttled client gets 429 Too Many Requests
# 502 Bad Gateway = lambda proxy returned bad format (body not string, no statusCode)
# 504 Gateway Timeout = integration took too long
# 403 = missing auth token (wrong path/stage!) or WAF / resource policy deny
# stage cache: TTL default 300 sec, max 3600 sec; cache size 0.5 GB to 237 GB
# REST vs HTTP API: HTTP API ~70% cheaper + lower latency but fewer features (no usage plans / API keys / caching)
# usage plans + API keys = per-client quotas (REST only)
# websocket API: idle timeout 10 min, connection max 2 hours
# endpoint types: edge-optimized (default), regional, private
# aws apigateway create-deployment --rest-api-id a1b2c3d4e5 --stage-name dev
# aws apigateway flush-stage-cache --rest-api-id a1b2c3d4e5 --stage-name prod
