"""DVA-C02 notes -- DynamoDB / API Gateway / Cognito / KMS.

Keeping these as a python file bc I can import them into my flashcard script lol.
Numbers in the dicts, explanation in the comments. Don't trust the ones w/ '??'.
"""

# ---------------------------------------------------------------- DynamoDB
DYNAMODB = {
    'item_size_max_kb': 400,          # whole item incl attribute names!
    'partition_key_max_bytes': 2048,
    'sort_key_max_bytes': 1024,
    'gsi_per_table': 20,              # default quota
    'lsi_per_table': 5,
    'lsi_collection_max_gb': 10,      # per partition key value when you have an LSI
    'batch_write_max_items': 100,
    'batch_get_max_items': 100,       # and 16 MB total
    'query_scan_page_mb': 1,          # 1 MB per response then LastEvaluatedKey
    'transact_max_items': 100,
    'ttl_delete_within_hours': 48,    # "usually within 48h" -- not instant
    'streams_retention_h': 24,
}

"""
RCU / WCU math (this WILL be on the exam):
  1 RCU = 1 strongly consistent read/s of item up to 4 KB
        = 2 eventually consistent reads/s (up to 4 KB each)
  transactional read = 2 RCU per 4 KB
  1 WCU = 1 write/s of item up to 1 KB, transactional write = 2 WCU
  e.g. 10 items/s of 6 KB strongly consistent -> ceil(6/4)=2 -> 20 RCU
       eventually consistent -> 10 RCU
"""

# GSI vs LSI
#   LSI: same partition key, diff sort key. MUST be created at table creation (can't add later)
#        uses the table's RCU/WCU, supports strong consistency
#   GSI: any PK/SK, add anytime, own RCU/WCU, eventual consistency ONLY
#   GSI throttled -> base table writes throttled too!!
DYNAMODB_INDEX_NOTES = "LSI = creation time only; GSI = anytime"

# errors
#   ProvisionedThroughputExceededException -> exponential backoff (SDK does it)
#   ConditionalCheckFailedException -> your condition expression was false (optimistic locking w/ version attr)
#   ValidationException: item size exceeded 400KB
DDB_ERRORS = ['ProvisionedThroughputExceededException', 'ConditionalCheckFailedException',
              'TransactionCanceledException']

# DAX: in-memory cache for DDB, microsecond reads, item cache TTL default 5 minutes
# DAX vs ElastiCache: DAX = drop in for DDB API, ElastiCache = aggregation results / anything
DAX = {'item_ttl_default_min': 5, 'port': 8111, 'max_nodes': 11}

# on-demand vs provisioned: on-demand = pay per request, no capacity planning, ~2.5x pricier
# can switch modes once per 24 hours
DDB_CAPACITY_SWITCH = '1 per 24h'

# ---------------------------------------------------------------- API Gateway
APIGW = {
    'integration_timeout_max_ms': 29000,   # 50 ms - 29 s
    'payload_max_mb': 10,
    'throttle_steady_rps_account': 10000,  # per region
    'throttle_burst': 5000,
    'cache_ttl_default_s': 300,
    'cache_ttl_max_s': 3600,               # 0 = caching off
    'cache_size_gb': (0.5, 237),
    'stage_variables': True,
}

"""
Error codes from API GW (memorize):
  400 Bad Request, 403 Access Denied / WAF filtered / missing API key,
  429 Too Many Requests (throttled -> quota or rate exceeded),
  502 Bad Gateway -> lambda returned bad format (proxy integration needs statusCode + body),
  503 Service Unavailable, 504 Integration Timeout (after 29 sec)
"""

# REST vs HTTP vs WebSocket
#   REST API: usage plans + API keys, caching, request validation, WAF, private endpoints
#   HTTP API: cheaper (~70% less), faster, JWT authorizers native, NO caching, no usage plans
#   WebSocket: two-way, routes by $connect / $disconnect / $default, @connections to push back
API_TYPES = ('REST', 'HTTP', 'WEBSOCKET')

# endpoint types: Edge-optimized (default, via CloudFront), Regional, Private (VPC endpoint only)
# edge-optimized cert must be in us-east-1 ACM. regional -> same region cert
APIGW_ENDPOINTS = ['EDGE', 'REGIONAL', 'PRIVATE']

# authorizers: IAM (sigv4), Cognito user pool, Lambda authorizer (TOKEN or REQUEST type)
# lambda authorizer result cached default 300s, up to 3600s
LAMBDA_AUTHORIZER_CACHE_TTL_S = 300

# canary deployments on stage: % traffic to canary, promote later
# integration types: AWS_PROXY (lambda proxy), AWS, HTTP, HTTP_PROXY, MOCK

# ---------------------------------------------------------------- Cognito
COGNITO = {
    'user_pool': 'authN - sign up / sign in, returns JWT (id, access, refresh tokens)',
    'identity_pool': 'authZ - exchange token for temp AWS creds via STS',
    'id_token_validity_default_h': 1,
    'refresh_token_validity_default_days': 30,   # can be 60 min .. 10 years
    'lambda_triggers': ['PreSignUp', 'PostConfirmation', 'PreAuthentication',
                        'PreTokenGeneration', 'CustomMessage'],
}
# user pool vs identity pool = classic exam trap
#   "users need to upload directly to S3" -> identity pool (temp creds) w/ IAM role
#   "sign in w/ google + get JWT for API GW" -> user pool (federation w/ social IdP)
# unauth (guest) access -> identity pool only
# adaptive auth / compromised creds -> advanced security features in user pool

# ---------------------------------------------------------------- KMS
KMS = {
    'encrypt_api_max_kb': 4,          # > 4 KB -> envelope encryption w/ GenerateDataKey
    'deletion_wait_days': (7, 30),    # default 30
    'auto_rotation_years': 1,         # customer managed keys, optional. aws managed: every 1 yr
    'symmetric_key_spec': 'AES-256',
    'request_quota_shared_rps': 5500, # some regions 10k / 30k ??
}

"""
Envelope encryption:
  GenerateDataKey -> plaintext data key + encrypted data key
  encrypt data locally w/ plaintext key, throw plaintext away, store encrypted DEK with data
  decrypt: call KMS Decrypt on the DEK, then decrypt data locally
  Encryption SDK does this + data key caching (reduces KMS calls -> fixes ThrottlingException)
"""

# key types: AWS owned (free, invisible) / AWS managed (aws/s3, aws/ebs) / customer managed ($1/mo)
# key policy is REQUIRED on every CMK. cross-account -> key policy + IAM policy in other acct
# KMS keys are regional; multi-region keys exist (mrk- prefix)
# ThrottlingException -> exponential backoff or request quota increase
KMS_ERRORS = ['ThrottlingException', 'AccessDeniedException', 'KMSInvalidStateException']

# S3 SSE-KMS: every GET/PUT calls KMS -> can hit KMS quota! S3 bucket keys reduce calls ~99%
