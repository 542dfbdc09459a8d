// s3_cdn_limits.ts -- SAA-C03 / DVA-C02 notes, S3 + CloudFront
// kept as code because I remember code better than flashcards

export const KiB = 1024;
export const MiB = 1024 * KiB;
export const GiB = 1024 * MiB;
export const TiB = 1024 * GiB;

/** S3 object sizes */
export const S3_MAX_OBJECT_SIZE = 5 * TiB; // single object, 5 TB
export const S3_MAX_SINGLE_PUT = 5 * GiB; // one PUT call tops out at 5 GB
export const S3_MULTIPART_RECOMMENDED_OVER = 100 * MiB; // use multipart above 100 MB
export const S3_MULTIPART_MIN_PART = 5 * MiB; // every part except last
export const S3_MULTIPART_MAX_PARTS = 10_000;
export const S3_BUCKETS_PER_ACCOUNT_DEFAULT = 100; // soft limit, raise via support
// FIXME: heard they changed buckets-per-account recently, check before exam

/** request rates PER PREFIX per second */
export const S3_PUT_RATE_PER_PREFIX = 3_500; // PUT/COPY/POST/DELETE
export const S3_GET_RATE_PER_PREFIX = 5_500; // GET/HEAD

export const S3_METADATA_USER_MAX = 2 * KiB; // user-defined metadata 2 KB
export const S3_TAGS_PER_OBJECT = 10;
export const S3_KEY_MAX_BYTES = 1024; // key name length utf-8

export enum StorageClassMinDays {
  STANDARD = 0,
  STANDARD_IA = 30, // min storage duration 30 days, min billable object 128 KB
  ONEZONE_IA = 30,
  GLACIER_INSTANT = 90,
  GLACIER_FLEXIBLE = 90,
  DEEP_ARCHIVE = 180,
}

/**
 * Glacier retrieval times
 *  - Flexible expedited: 1-5 minutes
 *  - Flexible standard: 3-5 hours
 *  - Flexible bulk: 5-12 hours
 *  - Deep Archive standard: 12 hours, bulk: 48 hours
 */
export const DEEP_ARCHIVE_STANDARD_RETRIEVAL_H = 12;
export const DEEP_ARCHIVE_BULK_RETRIEVAL_H = 48;

// durability 11 nines for every class; availability differs
export const S3_STANDARD_AVAILABILITY = 99.99;
export const S3_ONEZONE_IA_AVAILABILITY = 99.5;

/** presigned URLs */
export const PRESIGN_DEFAULT_EXPIRY_S = 3600; // CLI default 1 hour
export const PRESIGN_MAX_EXPIRY_S = 7 * 24 * 60 * 60; // 7 days with SigV4 IAM user creds

// S3 consistency: strong read-after-write for PUT and DELETE since Dec 2020

export enum S3ErrorCode {
  NoSuchKey = 404,
  AccessDenied = 403,
  SlowDown = 503, // too many requests on a prefix -> back off
  PreconditionFailed = 412,
  EntityTooLarge = 400, // upload bigger than 5 GB in single PUT
  BucketAlreadyExists = 409,
}

// Replication: CRR vs SRR -- both need versioning ON on source AND destination
// RTC (replication time control) = 99.99% of objects in 15 min
export const S3_RTC_SLA_MINUTES = 15;

// Lifecycle: transition to STANDARD_IA only after 30 days in STANDARD
export const LIFECYCLE_MIN_DAYS_BEFORE_IA = 30;

// Encryption
// SSE-S3 = default for new objects since Jan 2023 (AES-256)
// SSE-KMS -> counts against KMS request quota!
// SSE-C -> HTTPS mandatory, you send key every request
export const DEFAULT_ENCRYPTION = "SSE-S3";

// Transfer Acceleration uses CloudFront edge locations
// S3 Select / Glacier Select -> filter with SQL, less data transferred

// Object Lock: governance mode (can override with perms) vs compliance mode (nobody, not even root)
// Legal hold = no retention period, stays until removed

// Event notifications -> SNS, SQS, Lambda, EventBridge
// TODO: event notifications typically delivered in seconds but can take a minute+

/* ================= CloudFront ================= */
export const CF_DEFAULT_TTL_S = 24 * 60 * 60; // 86400 = 1 day
export const CF_MAX_TTL_S = 365 * 24 * 60 * 60; // 1 year
export const CF_MIN_TTL_S = 0;
export const CF_MAX_FILE_SIZE = 20 * GiB; // max file size served... I think 20 GB?
export const CF_INVALIDATION_FREE_PATHS_PER_MONTH = 1_000;
export const CF_ORIGIN_RESPONSE_TIMEOUT_DEFAULT_S = 30;
export const CF_ORIGIN_CONNECT_ATTEMPTS_DEFAULT = 3;

// CloudFront Functions vs Lambda@Edge
//   CF Functions: JS only, viewer request/response only, < 1 ms, 10 KB code, millions req/s
//   Lambda@Edge: Node/Python, all 4 triggers, viewer 5 s / origin 30 s timeout
export const LAMBDA_EDGE_VIEWER_TIMEOUT_S = 5;
export const LAMBDA_EDGE_ORIGIN_TIMEOUT_S = 30;
export const CF_FUNCTION_MAX_CODE = 10 * KiB;

// OAC replaces OAI (OAI = legacy). OAC supports SSE-KMS.
// Signed URL = one file; signed cookies = many files
// Geo restriction: allowlist or blocklist by country

export enum CloudFrontHttpError {
  BadGateway = 502, // origin unreachable / SSL handshake fail
  GatewayTimeout = 504, // origin did not respond in time
}

// Global Accelerator vs CloudFront:
//   GA = anycast static IPs (2), TCP/UDP, no caching, good for gaming/VoIP
//   CloudFront = caching HTTP(S) content at the edge
export const GA_STATIC_IPS = 2;
