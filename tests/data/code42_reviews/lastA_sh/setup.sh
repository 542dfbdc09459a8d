#!/usr/bin/env bash
# lab setup
export SQS_VISIBILITY_TIMEOUT=45
export LAMBDA_MEMORY=256
KINESIS_RETENTION_HOURS=48
aws kinesis create-stream --stream-name lab --shard-count 1
