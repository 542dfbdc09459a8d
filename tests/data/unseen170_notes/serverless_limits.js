// serverless_limits.js  --  DVA-C02 notes as code (Lambda / API GW / Step Functions)
// all times in seconds unless name ends _MS / _MIN. sizes in MB unless _KB
'use strict';

const MIN = 60;

// ===== Lambda =====
const LAMBDA_TIMEOUT_DEFAULT_S = 3;
const LAMBDA_TIMEOUT_MAX_S = 15 * MIN;            // 900s
const LAMBDA_MEMORY_MIN_MB = 128;
const LAMBDA_MEMORY_MAX_MB = 3008;                 // 64MB increments
const LAMBDA_MEMORY_DEFAULT_MB = 128;
const LAMBDA_TMP_DEFAULT_MB = 512;                 // /tmp ephemeral storage, can raise to 10240
const LAMBDA_TMP_MAX_MB = 10240;
const LAMBDA_ZIP_UPLOAD_MAX_MB = 50;               // zipped, direct upload
const LAMBDA_UNZIPPED_MAX_MB = 250;                // incl. layers
const LAMBDA_CONTAINER_IMAGE_MAX_GB = 10;
const LAMBDA_LAYERS_MAX = 5;
const LAMBDA_ENV_VARS_MAX_KB = 4;                  // total size all env vars
const LAMBDA_CONCURRENCY_DEFAULT = 1000;           // per region, soft limit
const LAMBDA_SYNC_PAYLOAD_MAX_MB = 6;              // request + response
const LAMBDA_ASYNC_PAYLOAD_MAX_KB = 256;
const LAMBDA_ASYNC_RETRIES_DEFAULT = 2;            // so 3 tries total
const LAMBDA_ASYNC_EVENT_MAX_AGE_H = 6;
const LAMBDA_DEPLOYMENT_STORAGE_GB = 75;           // code storage per region

const InvocationType = Object.freeze({
  RequestResponse: 'sync - caller waits, errors go back to caller (API GW, ALB, SDK default)',
  Event: 'async - queued internally, lambda retries 2x, then DLQ / on-failure destination (S3, SNS, EventBridge)',
  DryRun: 'just validates params + permissions, no run',
});
// event source mapping (poll based): SQS, Kinesis, DynamoDB Streams, MSK -> lambda polls
// kinesis/ddb streams: retries until record expires, blocks the shard!! use bisect + maxRetry
const ESM_SQS_BATCH_MAX = 10000;     // standard queue, 10 for FIFO
const ESM_KINESIS_BATCH_DEFAULT = 100;
const ESM_SQS_BATCH_DEFAULT = 10;

// Lambda invoke error codes (HTTP status -> what it means)
const LAMBDA_ERRORS = {
  429: 'TooManyRequestsException - throttled, concurrency limit hit',
  413: 'RequestTooLargeException - payload > 6MB',
  502: 'InvalidRuntimeException / bad response from function',
  504: 'timeout from API GW integration (29s) not lambda itself',
  400: 'InvalidParameterValueException',
  404: 'ResourceNotFoundException - wrong fn name/ARN',
  500: 'ServiceException - aws side',
};

// cold start tips: provisioned concurrency, SnapStart (java), keep pkg small, init code outside handler

// ===== API Gateway =====
const APIGW_TIMEOUT_MAX_S = 29;                   // integration timeout, 50ms min
const APIGW_PAYLOAD_MAX_MB = 10;
const APIGW_THROTTLE_RPS_DEFAULT = 10000;          // account level per region
const APIGW_BURST_DEFAULT = 5000;
const APIGW_CACHE_TTL_DEFAULT_S = 300;             // 0..3600
const APIGW_CACHE_TTL_MAX_S = 3600;
const APIGW_CACHE_SIZE_MAX_GB = 237;
const APIGW_WEBSOCKET_IDLE_MIN = 10;
const APIGW_WEBSOCKET_CONN_MAX_H = 2;

const ApiType = {
  REST: 'full features: usage plans, api keys, caching, request validation, WAF',
  HTTP: 'cheaper (~70% less) + lower latency, JWT authorizers, no caching/usage plans',
  WEBSOCKET: 'two-way, $connect/$disconnect/$default routes',
};
// Endpoint types: edge-optimized (default, via CloudFront), regional, private (VPC endpoint)
const APIGW_ENDPOINT_DEFAULT = 'EDGE';

// ===== Step Functions =====
const SFN_STANDARD_MAX_DURATION_DAYS = 365;       // 1 yr
const SFN_EXPRESS_MAX_DURATION_MIN = 5;
const SFN_PAYLOAD_MAX_KB = 256;
const SFN_HISTORY_MAX_EVENTS = 25000;
// standard = exactly-once, auditable history, priced per state transition
// express  = at-least-once (async) / at-most-once (sync), priced per exec + duration, high volume IoT/streaming

// ===== SAM / misc =====
const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31';
const COGNITO_ID_TOKEN_TTL_DEFAULT_MIN = 60;

module.exports = {
  LAMBDA_TIMEOUT_DEFAULT_S, LAMBDA_TIMEOUT_MAX_S, LAMBDA_MEMORY_MAX_MB,
  InvocationType, LAMBDA_ERRORS, ApiType, APIGW_TIMEOUT_MAX_S,
};
