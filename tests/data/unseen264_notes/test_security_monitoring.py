"""IAM / KMS / Secrets / Cognito / CloudWatch / CloudTrail / Config.

policy evaluation: explicit DENY > explicit ALLOW > implicit deny (default)
SCPs don't grant anything, they set max permissions for accounts in an OU. don't apply to management account.
permission boundary = max perms for a user/role
"""
from datetime import timedelta

# ---------- IAM ----------
IAM_USERS_PER_ACCOUNT = 5000
IAM_GROUPS_PER_USER = 10
IAM_MANAGED_POLICIES_PER_ROLE = 10  # default, can raise to 20
IAM_MANAGED_POLICY_MAX_CHARS = 6144
IAM_ACCESS_KEYS_PER_USER = 2
# groups can't be nested, groups can't be principals in policies
# STS AssumeRole default session 1 hour, max 12 hours (role max session duration)
STS_DEFAULT_SESSION = timedelta(hours=1)
STS_MAX_SESSION = timedelta(hours=12)
# role chaining limited to 1 hour

# ---------- KMS ----------
KMS_ENCRYPT_MAX_KB = 4  # direct Encrypt API; bigger -> envelope encryption w/ GenerateDataKey
KMS_DELETION_WAIT_DAYS = (7, 30)  # default 30
# aws managed key rotation = every year automatically. customer managed: optional, every 1 year (now configurable 90-2560 days)
# KMS throttling -> ThrottlingException, shared quota e.g. 5,500 / 10,000 / 50,000 req/s depending on region
# CloudHSM = single tenant, FIPS 140-2 level 3, you manage keys. KMS = multi-tenant, level 3 now too

# ---------- Secrets Manager vs Parameter Store ----------
# Secrets Manager: automatic rotation with lambda (rotation every N days), $0.40/secret/month, cross-region replication
# Parameter Store: free standard tier, 10,000 params, 4 KB per param; advanced = 8 KB, 100,000 params, param policies (TTL)
SSM_STANDARD_PARAM_KB = 4
SSM_ADVANCED_PARAM_KB = 8
SECRETS_MANAGER_MAX_SECRET_KB = 64
# secret deletion recovery window 7 to 30 days

# ---------- Cognito ----------
# user pool = sign in / authentication, returns JWT (id, access, refresh tokens)
# identity pool = give temp AWS creds (federated identities) -> authorization to AWS services
# id/access token default expiry 1 hour, refresh token default 30 days (max 10 years)
COGNITO_REFRESH_DEFAULT_DAYS = 30

# ---------- WAF / Shield / GuardDuty etc ----------
# Shield Standard = free, L3/L4. Shield Advanced = $3,000/month, DDoS response team (SRT), cost protection
# WAF rate-based rule min = 100 requests per 5 minutes (was 2000)
# GuardDuty = threat detection (VPC flow logs, DNS logs, CloudTrail). Inspector = vuln scanning EC2/ECR/lambda
# Macie = PII in S3. Detective = root cause investigation

# ---------- CloudWatch ----------
CW_METRIC_RESOLUTION_STD_S = 60
CW_METRIC_RESOLUTION_HIGH_S = 1
EC2_BASIC_MONITORING_MIN = 5   # detailed monitoring = 1 minute
CW_METRIC_RETENTION_DAYS = 455  # 15 months
# 1 min datapoints kept 15 days, 5 min kept 63 days, 1 hour kept 455 days
# logs retention default = never expire (1 day to 10 years configurable)
CW_ALARM_STATES = ("OK", "ALARM", "INSUFFICIENT_DATA")
# memory + disk usage NOT default EC2 metrics -> need CloudWatch agent
# PutMetricData custom metric dimensions max 30
CW_MAX_DIMENSIONS = 30
# logs insights query timeout 15 minutes
# subscription filter -> kinesis / firehose / lambda / opensearch, max 2 per log group

# ---------- CloudTrail ----------
CLOUDTRAIL_EVENT_HISTORY_DAYS = 90
# management events logged by default, data events (S3 object-level, lambda invoke) are NOT - extra cost
# log file integrity validation = SHA-256 digest files
# delivers logs to S3 within ~15 minutes on average (5 min?)

# ---------- Config ----------
# config = resource config history + compliance rules. NOT who did it (that's CloudTrail)


def test_deny_wins():
    explicit_deny, explicit_allow = True, True
    assert (explicit_deny and not False) is True  # deny always wins


def test_sts():
    assert STS_DEFAULT_SESSION <= STS_MAX_SESSION
