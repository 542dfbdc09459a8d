"""Lambda limits as constants.

Lambda = event driven compute, you pay per request + GB-seconds.
Invocation types:
  - synchronous (RequestResponse): API Gateway, ALB, Cognito, SDK invoke -> caller waits, caller handles retries
  - asynchronous (Event): S3, SNS, EventBridge -> lambda queues the event, retries on its own
  - event source mapping (poller): SQS, Kinesis, DynamoDB Streams -> lambda polls the source
"""
from datetime import timedelta

LAMBDA_TIMEOUT_DEFAULT = timedelta(seconds=3)
LAMBDA_TIMEOUT_MAX = timedelta(minutes=15)  # 900 s

LAMBDA_MEMORY_MIN_MB = 128
LAMBDA_MEMORY_MAX_MB = 10240  # 10 GB, was 3008 MB before 2020
LAMBDA_MEMORY_DEFAULT_MB = 128

# vCPU scales with memory, 1 full vCPU at 1,769 MB
LAMBDA_MAX_VCPU = 6

LAMBDA_TMP_MAX_MB = 512  # /tmp ephemeral storage, can't change this

LAMBDA_SYNC_PAYLOAD_MB = 6      # request AND response
LAMBDA_ASYNC_PAYLOAD_KB = 256   # async event payload

LAMBDA_DEPLOY_ZIP_MB = 50              # zipped, direct upload
LAMBDA_DEPLOY_UNZIPPED_MB = 250        # incl. layers
LAMBDA_CONTAINER_IMAGE_GB = 10
LAMBDA_MAX_LAYERS = 5

LAMBDA_ENV_VARS_TOTAL_KB = 4

LAMBDA_CONCURRENCY_PER_REGION = 1000  # soft limit, default account concurrency
LAMBDA_UNRESERVED_MIN = 100  # can't reserve below this leftover

# async retries: 2 retries, event kept max 6 hours
LAMBDA_ASYNC_MAX_EVENT_AGE = timedelta(hours=6)

# throttled -> 429 TooManyRequestsException
LAMBDA_THROTTLE_HTTP = 429

# destinations (async): on-success / on-failure -> SQS, SNS, Lambda, EventBridge
# DLQ only supports SQS or SNS  (destinations are newer + preferred)

# provisioned concurrency = no cold starts. SnapStart = java (and now python/.net)

# versions are immutable, aliases are pointers. alias can split traffic between 2 versions (weighted)

# Lambda@Edge vs CloudFront Functions:
#   CloudFront Functions: JS only, < 1 ms, viewer request/response only, millions req/s
#   Lambda@Edge: node/python, up to 5 s viewer / 30 s origin triggers
def test_lambda_timeout():
    assert LAMBDA_TIMEOUT_DEFAULT < LAMBDA_TIMEOUT_MAX
