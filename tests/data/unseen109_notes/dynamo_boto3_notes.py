"""
dynamo_boto3_notes.py  -- DVA-C02 prep, DynamoDB + S3 w/ boto3
I learn better by writing the code so facts are in the comments. not meant to run as-is lol

DYNAMODB BASICS
  - max item size 400 KB (attr names + values count toward it)
  - partition key only OR partition key + sort key (composite)
  - table names 3-255 chars
  - GSI: up to 20 per table (default quota), LSI: max 5, LSI must be created at table creation
  - LSI shares the partition key, adds 10 GB limit per partition key value (item collection)
  - GSI = eventually consistent reads ONLY. LSI can do strongly consistent
"""
import boto3
from boto3.dynamodb.conditions import Key, Attr

ddb = boto3.resource("dynamodb", region_name="us-east-1")
table = ddb.Table("Orders")

# ---------------- CAPACITY MATH ----------------
# 1 RCU = 1 strongly consistent read/sec of item up to 4 KB
#       = 2 eventually consistent reads/sec (4 KB each)
#   transactional read = 2 RCU per 4 KB
# 1 WCU = 1 write/sec up to 1 KB ; transactional write = 2 WCU per 1 KB
# ex: 10 strongly consistent reads/s of 6 KB items -> round up to 8 KB = 2 RCU each -> 20 RCU
# ex: 12 writes/s of 1.5 KB -> round 2 KB -> 24 WCU
# on-demand = pay per request, no capacity planning, ~2.5x pricier than provisioned (old course said 2.5x)
# switch between provisioned <-> on-demand once every 24 hrs
# throttled -> ProvisionedThroughputExceededException (SDK retries w/ exponential backoff)
# hot partition: one partition max 3000 RCU / 1000 WCU

def get_order(order_id):
    # GetItem default = eventually consistent. ConsistentRead=True -> strong (costs 2x)
    return table.get_item(Key={"orderId": order_id}, ConsistentRead=True)

def put_if_new(item):
    # conditional write: fails with ConditionalCheckFailedException
    table.put_item(Item=item, ConditionExpression="attribute_not_exists(orderId)")

def batch_write(items):
    # BatchWriteItem: max 25 items per call, max 16 MB total request, each item still <=400 KB
    # no UpdateItem in batch -- only put/delete
    # UnprocessedItems returned if throttled -> retry them yourself (batch_writer does it)
    with table.batch_writer() as bw:
        for it in items:
            bw.put_item(Item=it)

def batch_get(keys):
    # BatchGetItem: max 100 items / 16 MB per call
    client = boto3.client("dynamodb")
    return client.batch_get_item(RequestItems={"Orders": {"Keys": keys}})

def query_customer(cust_id):
    """
    Query returns max 1 MB of data per call (before filter expression!)
    -> paginate with LastEvaluatedKey / ExclusiveStartKey
    FilterExpression applied AFTER read, so you still pay RCU for filtered out items
    Limit param = max items evaluated
    Scan: also 1 MB page. parallel scan w/ Segment + TotalSegments
    """
    resp = table.query(KeyConditionExpression=Key("custId").eq(cust_id))
    items = resp["Items"]
    while "LastEvaluatedKey" in resp:
        resp = table.query(KeyConditionExpression=Key("custId").eq(cust_id),
                           ExclusiveStartKey=resp["LastEvaluatedKey"])
        items += resp["Items"]
    return items

def transact(order, stock):
    # TransactWriteItems: up to 100 actions per transaction, 4 MB total (used to be 25 items!)
    # all or nothing. fails -> TransactionCanceledException
    pass

# ---------------- STREAMS / TTL / DAX ----------------
# DynamoDB Streams: records kept 24 hours. view types: KEYS_ONLY, NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES
# TTL: attribute = epoch seconds (number). expired items deleted within ~48 hrs (not instant!), no WCU used
# DAX: microsecond latency, item cache default TTL 5 min, port 8111. DAX = eventually consistent only
# DAX vs ElastiCache: DAX for dynamo reads w/ no code change (well, diff client), ElastiCache for aggregated results
# PITR: restore any second in last 35 days
# global tables: last writer wins for conflicts

# =====================================================
# S3
# =====================================================
s3 = boto3.client("s3")

# object size max 5 TB. single PUT max 5 GB
# multipart: recommended > 100 MB, REQUIRED > 5 GB
#   parts 5 MB - 5 GB each (last part can be smaller), max 10,000 parts
# boto3 TransferConfig default multipart_threshold = 8 MB, chunksize 8 MB
from boto3.s3.transfer import TransferConfig
cfg = TransferConfig(multipart_threshold=100 * 1024 * 1024, max_concurrency=10)

def upload(path):
    s3.upload_file(path, "my-bucket", "big/file.bin", Config=cfg)

def presign(key):
    # presigned URL default expiry 3600 s (1 hr)
    # max 7 days (604800 s) with SigV4 / IAM user creds.  if signed with role creds -> dies when session ends
    # console presign: 1 min - 12 hrs
    return s3.generate_presigned_url("get_object",
                                     Params={"Bucket": "my-bucket", "Key": key},
                                     ExpiresIn=3600)

# consistency: strong read-after-write for PUT/DELETE/LIST since Dec 2020 (no more eventual!)
# request rate: 3,500 PUT/COPY/POST/DELETE and 5,500 GET/HEAD per sec PER PREFIX
# buckets per account: 100 soft limit
# bucket names 3-63 chars, lowercase, globally unique
# S3 errors: 403 AccessDenied, 404 NoSuchKey, 503 SlowDown (too many requests -> backoff)
#            409 BucketAlreadyExists
# SSE-S3 (AES-256, default now), SSE-KMS (KMS quota can throttle!), SSE-C (HTTPS required), client side
# S3 Select / Glacier Select: filter with SQL server-side -> up to 400% faster, 80% cheaper
# metadata: user-defined max 2 KB. tags: max 10 per object
# lifecycle: Standard-IA min 30 days before transition, min object 128 KB billed
# Glacier Flexible retrieval: expedited 1-5 min, standard 3-5 hrs, bulk 5-12 hrs
# Deep Archive: standard 12 hrs, bulk 48 hrs
