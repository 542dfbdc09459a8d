// security_ops.go - IAM / KMS / Secrets Manager / SSM / CloudWatch / CloudTrail / X-Ray / ECS
package awsnotes

import "time"

// ---------- IAM ----------
const (
	IamUsersPerAccount         = 5000
	IamGroupsPerUser           = 10
	IamManagedPoliciesPerRole  = 10 // default, can raise to 20
	IamRoleTrustPolicyMaxChars = 2048
	IamManagedPolicyMaxChars   = 6144
	IamInlineUserPolicyChars   = 2048
	IamAccessKeysPerUser       = 2
	IamMfaDevicesPerUser       = 8
	StsDefaultSessionDuration  = 1 * time.Hour // AssumeRole default
	StsMaxSessionDuration      = 12 * time.Hour
	StsRoleChainingMax         = 1 * time.Hour
	StsGetSessionTokenMax      = 36 * time.Hour
)

// policy evaluation: explicit DENY > explicit ALLOW > implicit deny
// SCP does not grant anything, just sets max; does NOT affect management account
// Permission boundary = max perms for user/role, also does not grant

// ---------- KMS ----------
const (
	KmsEncryptMaxBytes         = 4 * 1024 // Encrypt API direct plaintext 4 KB -> envelope encryption (GenerateDataKey) above
	KmsKeyDeletionWaitMin      = 7 * 24 * time.Hour
	KmsKeyDeletionWaitMax      = 30 * 24 * time.Hour
	KmsKeyDeletionWaitDefault  = 30 * 24 * time.Hour
	KmsAutoRotationDefault     = 365 * 24 * time.Hour // every 1 year for customer managed keys (when enabled)
	KmsAwsManagedRotation      = 3 * 365 * 24 * time.Hour // every 3 years
	KmsSharedRequestQuotaRps   = 5500 // symmetric crypto ops, some regions 10k / 50k
)

type KmsError string

const (
	KmsThrottling        KmsError = "ThrottlingException"      // over request quota -> backoff, data key caching
	KmsDisabled          KmsError = "DisabledException"
	KmsInvalidCiphertext KmsError = "InvalidCiphertextException"
	KmsKeyUnavailable    KmsError = "KMSInvalidStateException" // key pending deletion
)

// ---------- Secrets Manager vs SSM Parameter Store ----------
const (
	SecretMaxBytes              = 64 * 1024
	SecretRecoveryWindowDefault = 30 * 24 * time.Hour // 7-30 days
	SecretPriceUsdPerMonth      = 0.40
	SsmStandardParamMaxBytes    = 4 * 1024
	SsmAdvancedParamMaxBytes    = 8 * 1024
	SsmStandardParamsPerRegion  = 10_000
	SsmAdvancedParamsPerRegion  = 100_000
	SsmStandardThroughputTps    = 40 // default, higher throughput = paid
)

// Secrets Manager = built-in rotation w/ Lambda (RDS/Redshift/DocumentDB), cross-region replication, $$
// Parameter Store = free standard tier, no native rotation, hierarchy /app/prod/db, SecureString via KMS
// Advanced params support parameter policies (expiration/TTL)

// ---------- CloudWatch ----------
const (
	CwMetricResolutionStandard = 60 * time.Second
	CwMetricResolutionHigh     = 1 * time.Second
	CwEc2BasicMonitoring       = 5 * time.Minute // detailed = 1 min, costs extra
	CwMetricRetentionHighRes   = 3 * time.Hour
	CwMetricRetention1Min      = 15 * 24 * time.Hour
	CwMetricRetention5Min      = 63 * 24 * time.Hour
	CwMetricRetention1Hour     = 455 * 24 * time.Hour // 15 months
	CwDimensionsPerMetric      = 10
	CwAlarmHighResPeriod       = 10 * time.Second // or 30 s
	CwLogEventMaxBytes         = 256 * 1024
	CwPutLogEventsBatchBytes   = 1024 * 1024
	CwDashboardsFree           = 3
)

// Logs retention default = NEVER EXPIRE; configurable 1 day to 10 years
// Logs Insights query timeout 60 min
// Memory / disk usage NOT a default EC2 metric -> need CloudWatch agent
// Alarm states: OK, ALARM, INSUFFICIENT_DATA

// ---------- CloudTrail ----------
const (
	CloudTrailEventHistoryDays = 90
	CloudTrailDeliveryDelay    = 15 * time.Minute // events typically in ~15 min
	CloudTrailTrailsPerRegion  = 5
)

// management events logged by default, data events (S3 object-level, Lambda invoke) NOT by default - extra cost
// CloudTrail Insights = unusual API activity detection
// CloudTrail vs Config: CloudTrail = who did what API call; Config = what the resource config looked like over time + compliance rules

// ---------- X-Ray ----------
const (
	XRaySamplingReservoirPerSec = 1    // default: first request each second
	XRaySamplingFixedRate       = 0.05 // then 5% of additional requests
	XRayTraceRetention          = 30 * 24 * time.Hour
	XRayDaemonPortUDP           = 2000
	XRaySegmentDocMaxBytes      = 64 * 1024
)

// annotations = indexed, filterable (key-value, up to 50 per trace); metadata = NOT indexed
// AWS_XRAY_DAEMON_ADDRESS env var; Lambda: just enable active tracing

// ---------- ECS / Fargate ----------
const (
	FargateMinVcpu          = 0.25
	FargateMaxVcpu          = 16
	FargateMaxMemoryGB      = 120
	FargateEphemeralDefault = 20 // GiB, up to 200
	FargateEphemeralMax     = 200
	EcsTasksPerServiceMax   = 5000
	EcsContainersPerTaskDef = 10
	EcsStopTimeoutDefault   = 30 * time.Second // SIGTERM then SIGKILL
)

// Task role (app perms) vs execution role (pull ECR image, write logs)
// Launch types: EC2 (you manage instances, ECS agent) vs Fargate (serverless, pay per vCPU/mem/sec)
// ECS network modes: awsvpc (Fargate required), bridge (default on Linux EC2), host, none
