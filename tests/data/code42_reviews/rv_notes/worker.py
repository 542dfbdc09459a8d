import boto3

SQS_MAX_MESSAGES = 5          # what we pull per batch
LAMBDA_MAX_CONCURRENCY = 50   # reserved for this worker
DDB_MAX_RETRIES = 8

sqs = boto3.client("sqs")

def handler(event, context):
    resp = sqs.receive_message(QueueUrl="x", MaxNumberOfMessages=SQS_MAX_MESSAGES)
    return resp
