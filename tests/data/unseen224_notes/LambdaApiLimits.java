package notes.dva;

/**
 * Lambda + API Gateway limits for DVA-C02.
 * Everything in seconds / MB unless the name says otherwise.
 * NOTE TO SELF: re-check memory & /tmp numbers, the course video was from 2020.
 */
public final class LambdaApiLimits {

    // ---------- Lambda ----------
    public static final int LAMBDA_MAX_TIMEOUT_S = 15 * 60;      // 900 s
    public static final int LAMBDA_DEFAULT_TIMEOUT_S = 3;        // console default
    public static final int LAMBDA_MIN_MEMORY_MB = 128;
    public static final int LAMBDA_MAX_MEMORY_MB = 3008;         // 64 MB increments
    public static final int LAMBDA_DEFAULT_MEMORY_MB = 128;
    public static final int LAMBDA_TMP_MAX_MB = 10 * 1024;       // ephemeral /tmp up to 10 GB
    public static final int LAMBDA_TMP_DEFAULT_MB = 512;
    public static final int LAMBDA_ENV_VARS_MAX_BYTES = 4 * 1024; // all env vars together 4 KB
    public static final int LAMBDA_ZIP_DIRECT_UPLOAD_MB = 50;    // zipped, direct upload
    public static final int LAMBDA_UNZIPPED_MAX_MB = 250;        // incl. layers
    public static final int LAMBDA_CONTAINER_IMAGE_MAX_GB = 10;
    public static final int LAMBDA_MAX_LAYERS = 5;
    public static final int LAMBDA_SYNC_PAYLOAD_MB = 6;          // request & response, sync
    public static final int LAMBDA_ASYNC_PAYLOAD_KB = 256;       // event (async) invoke
    public static final int LAMBDA_REGIONAL_CONCURRENCY = 1000;  // soft limit per region
    public static final int LAMBDA_UNRESERVED_MIN = 100;         // always kept unreserved
    // TODO: burst concurrency was 500-3000 per region depending on region... now "1000 per 10 s per function"?

    /** Async invoke: retries 2 times by default (3 attempts total), then DLQ / on-failure destination */
    public static final int LAMBDA_ASYNC_RETRIES_DEFAULT = 2;
    public static final int LAMBDA_ASYNC_MAX_EVENT_AGE_S = 6 * 60 * 60; // 6 hours

    public enum InvocationType {
        REQUEST_RESPONSE, // sync: API GW, ALB, Cognito, SDK invoke
        EVENT,            // async: S3, SNS, EventBridge, CloudWatch Logs subscription, SES
        DRY_RUN
        // event source mapping (POLL): SQS, Kinesis, DynamoDB Streams, MSK -> Lambda polls, sync invoke
    }

    /** throttle / invoke errors */
    public enum LambdaError {
        TooManyRequestsException,          // 429 - concurrency limit hit (throttle)
        RequestEntityTooLargeException,    // 413 - payload > 6 MB
        ResourceNotFoundException,         // 404
        ServiceException,                  // 500
        EC2ThrottledException,             // 502 - ENI issue in VPC
        KMSAccessDeniedException           // 502 - can't decrypt env vars
    }

    // SQS event source: batch size default 10, max 10,000 for standard queue
    public static final int ESM_SQS_BATCH_DEFAULT = 10;
    public static final int ESM_SQS_BATCH_MAX = 10_000;
    // Kinesis ESM: batch default 100, max 10,000; parallelization factor up to 10
    public static final int ESM_KINESIS_BATCH_DEFAULT = 100;
    public static final int ESM_KINESIS_PARALLELIZATION_MAX = 10;

    // SnapStart: Java (and now Python/.NET) -- cuts cold start, not with provisioned concurrency
    // Provisioned concurrency vs reserved concurrency:
    //   reserved = cap AND guarantee for one function, free
    //   provisioned = pre-initialised envs, no cold start, costs money

    // Aliases: weighted alias routing for canary, max 2 versions
    public static final int ALIAS_MAX_WEIGHTED_VERSIONS = 2;

    // ---------- API Gateway ----------
    public static final int APIGW_INTEGRATION_TIMEOUT_MAX_MS = 29_000; // hard limit 29 s
    public static final int APIGW_INTEGRATION_TIMEOUT_MIN_MS = 50;
    public static final int APIGW_PAYLOAD_MAX_MB = 10;
    public static final int APIGW_ACCOUNT_RPS = 10_000;               // steady-state per region
    public static final int APIGW_ACCOUNT_BURST = 5_000;
    public static final int APIGW_CACHE_DEFAULT_TTL_S = 300;          // 5 min
    public static final int APIGW_CACHE_MAX_TTL_S = 3600;             // 1 hour
    public static final double APIGW_CACHE_MAX_GB = 237;
    public static final int WEBSOCKET_MAX_CONNECTION_H = 2;
    public static final int WEBSOCKET_IDLE_TIMEOUT_MIN = 10;
    public static final int WEBSOCKET_FRAME_MAX_KB = 32;

    public enum ApiGwError {
        BAD_REQUEST(400),
        ACCESS_DENIED(403),          // also WAF block, wrong stage/resource
        TOO_MANY_REQUESTS(429),      // throttled -- usage plan / account limit
        BAD_GATEWAY(502),            // bad lambda proxy response format
        SERVICE_UNAVAILABLE(503),
        INTEGRATION_TIMEOUT(504);    // backend took > 29 s
        final int http;
        ApiGwError(int h) { this.http = h; }
    }

    // REST API vs HTTP API:
    //   HTTP API = cheaper (~70% less), lower latency, JWT authorizers, no usage plans/API keys, no caching
    //   REST API = usage plans, API keys, caching, request validation, WAF
    // Endpoint types: edge-optimized (default), regional, private
    public static final String APIGW_DEFAULT_ENDPOINT = "EDGE";

    // Stage variables, canary deployments on stages
    // Lambda authorizer result cache TTL default 300 s, max 3600
    public static final int AUTHORIZER_CACHE_DEFAULT_S = 300;

    private LambdaApiLimits() {}
}
