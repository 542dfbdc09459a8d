"""Kinesis consumer for the clickstream lab."""
import time
import boto3

KINESIS_STREAM = "clicks"
KINESIS_MAX_RECORDS = 500
KINESIS_POLL_INTERVAL_SECONDS = 1
DYNAMODB_CONFIG = {
    "table": "checkpoints",
    "read_capacity": 5,
    "write_capacity": 5,
    "ttl_days": 7,
}

def main():
    kinesis = boto3.client("kinesis")
    while True:
        time.sleep(KINESIS_POLL_INTERVAL_SECONDS)

main()
