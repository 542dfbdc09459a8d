"""security_iam.py -- IAM / STS / KMS / Secrets Mgr / Cognito / WAF / Shield / GuardDuty

study consts for SAA + DVA. # = my notes, some from practice exams (tutorials dojo)
"""

HOUR = 3600
DAY = 24 * HOUR

# ---- IAM ----
IAM_USERS_PER_ACCOUNT = 5000
IAM_GROUPS_PER_ACCOUNT = 300
IAM_GROUPS_PER_USER = 10
IAM_ROLES_PER_ACCOUNT = 1000
IAM_MANAGED_POLICIES_PER_ROLE = 10        # can raise to 20
IAM_MANAGED_POLICY_MAX_CHARS = 6144
IAM_INLINE_ROLE_POLICY_MAX_CHARS = 10240
IAM_ACCESS_KEYS_PER_USER = 2
IAM_MFA_DEVICES_PER_USER = 8
IAM_ROLE_SESSION_DEFAULT_S = 1 * HOUR
IAM_ROLE_SESSION_MAX_S = 12 * HOUR        # MaxSessionDuration
IAM_ROLE_CHAINING_MAX_S = 1 * HOUR        # role chaining capped at 1 hr

# policy eval: explicit DENY > explicit ALLOW > implicit deny (default)
POLICY_EVAL_ORDER = ["explicit deny", "SCP", "resource-based", "permissions boundary", "session", "identity"]
# SCP does NOT affect management account. SCPs never grant perms, only limit

# ---- STS ----
STS_ASSUME_ROLE_MIN_S = 15 * 60           # 900 s
STS_GET_SESSION_TOKEN_DEFAULT_S = 12 * HOUR
STS_GET_SESSION_TOKEN_MAX_S = 36 * HOUR
STS_FEDERATION_TOKEN_MAX_S = 36 * HOUR
STS_ERRORS = {
    "ExpiredToken": "session creds expired, re-assume",
    "AccessDenied": "trust policy doesn't allow caller / no sts:AssumeRole",
    "MalformedPolicyDocument": "session policy json bad",
    "RegionDisabledException": "STS not activated in that region",
    "PackedPolicyTooLarge": "session policy + tags too big",
}

# ---- KMS ----
KMS_DIRECT_ENCRYPT_MAX_BYTES = 4 * 1024   # 4 KB, bigger -> envelope encryption (GenerateDataKey)
KMS_KEY_DELETION_WAIT_MIN_DAYS = 7
KMS_KEY_DELETION_WAIT_MAX_DAYS = 30       # default 30
KMS_KEY_DELETION_WAIT_DEFAULT_DAYS = 30
KMS_AUTO_ROTATION_DAYS = 365              # customer managed, optional; AWS managed = every yr too
KMS_REQUESTS_PER_S_SHARED = 5500          # some regions 10k/30k, ThrottlingException
KMS_KEY_TYPES = {
    "aws_owned": "free, you can't see them (e.g. SSE-S3 default)",
    "aws_managed": "aws/s3, aws/ebs ... free key, $ per API call, can't manage rotation",
    "customer_managed": "$1/month, full control of key policy, rotation optional",
}
# symmetric (AES-256, default, never leaves KMS unencrypted) vs asymmetric (RSA/ECC, public key downloadable)
KMS_DEFAULT_KEY_SPEC = "SYMMETRIC_DEFAULT"

# S3 encryption modes: SSE-S3 (AES256, default since Jan 2023), SSE-KMS (x-amz-server-side-encryption: aws:kms), SSE-C (https only), client-side
S3_SSE_HEADER_KMS = "aws:kms"

# ---- Secrets Manager vs Parameter Store ----
SECRETS_MGR_ROTATION_DEFAULT_DAYS = 30    # built-in rotation w/ lambda for RDS/Redshift/DocDB
SECRETS_MGR_MAX_SECRET_KB = 64
SECRETS_MGR_RECOVERY_WINDOW_DEFAULT_DAYS = 30   # 7-30 days before actual deletion
SECRETS_MGR_PRICE_PER_SECRET_MONTH = 0.40
SSM_PARAM_STANDARD_MAX_KB = 4             # free, 10,000 params
SSM_PARAM_ADVANCED_MAX_KB = 8             # $0.05/param/month, 100,000 params, policies (TTL)
SSM_STANDARD_PARAMS_MAX = 10_000
# SecretsMgr = auto rotation + cross region replication, $$; ParamStore = cheaper, no native rotation

# ---- Cognito ----
COGNITO_ACCESS_TOKEN_DEFAULT_MIN = 60     # 5 min - 1 day
COGNITO_REFRESH_TOKEN_DEFAULT_DAYS = 30   # up to 3650
# User pool = authN (sign up/sign in, JWT) ; Identity pool = authZ -> temp AWS creds via STS

# ---- WAF / Shield / GuardDuty / Inspector / Macie ----
WAF_RATE_RULE_MIN_REQ = 100               # per 5 min window (lowered to 10 now? exam says 100)
WAF_RATE_WINDOW_S = 5 * 60
WAF_WEB_ACL_CAPACITY_WCU = 1500           # default max WCUs per web ACL
SHIELD_ADVANCED_USD_MONTH = 3000          # + 1 yr commitment, DRT/SRT team access, cost protection
# Shield Standard = free, L3/L4 auto. WAF = L7 (sqli, xss, geo, rate)
GUARDDUTY_FINDINGS_RETENTION_DAYS = 90
GUARDDUTY_FREE_TRIAL_DAYS = 30
MACIE_PURPOSE = "find PII in S3 (ML)"
INSPECTOR_TARGETS = ["EC2", "ECR images", "Lambda"]
ACM_CERT_VALIDITY_DAYS = 395              # public certs (13 months), auto-renew if DNS validated
