#!/usr/bin/env bash
# IAM / STS / KMS / Cognito / secrets

alias awho='aws sts get-caller-identity'

# ===== IAM =====
# users per account 5,000; groups per account 300; user can be in max 10 groups
# managed policies attached per user / role: 10 (default quota)
# inline policy size: user 2,048 chars, group 5,120 chars, role 10,240 chars
# customer managed policy max 6,144 chars
# roles per account 1,000 (default)
# eval order: explicit DENY > explicit allow > implicit deny (default)
# groups can't contain groups; roles can't be in groups
aws iam create-user --user-name dev-bob
aws iam attach-user-policy --user-name dev-bob --policy-arn arn:aws:iam::aws:policy/ReadOnlyAccess
# permission boundary = max perms an identity CAN have, doesn't grant anything
# access denied from any API -> HTTP 403 AccessDenied
# aws iam create-access-key --user-name dev-bob   # max 2 access keys per user

# ===== STS =====
aws sts assume-role --role-arn arn:aws:iam::123456789012:role/ReadOnly \
  --role-session-name test --duration-seconds 3600
# assume-role: default 1 hour, min 15 min, max 12 hours (if role max session set)
# role chaining -> max 1 hour session
# get-session-token (MFA): default 12 hours, max 36 hours
# aws sts decode-authorization-message --encoded-message <msg>  # decode the blob in UnauthorizedOperation errors

# ===== KMS =====
# Encrypt API: max 4 KB plaintext -> bigger = envelope encryption with GenerateDataKey
# key deletion waiting period 7-30 days, default 30 days
# automatic rotation for customer managed keys: every 3 years
# over the request quota -> ThrottlingException
aws kms encrypt --key-id alias/study-key --plaintext fileb://secret.txt --output text --query CiphertextBlob
# aws kms schedule-key-deletion --key-id alias/study-key --pending-window-in-days 7

# ===== Secrets Manager vs Parameter Store =====
# SM = native auto rotation via lambda, cross-region replication, $0.40 per secret per month
# Parameter Store = standard tier free, no native rotation, SecureString via KMS
# param size: standard 4 KB, advanced 8 KB
# standard params: max 10,000 per account per region
cat <<'EOF'
aws ssm get-parameter --name /study/db/pass --with-decryption
aws secretsmanager get-secret-value --secret-id study/db
EOF

# ===== Cognito =====
# user pool vs identity pool: user pool = sign-up / sign-in, returns JWTs (authN); identity pool = swaps token for temp AWS creds (authZ to AWS)
# id + access token expire after 1 hour (default)
# refresh token default 30 days
echo "remember: ALB can auth directly with cognito user pool, API GW uses cognito authorizer"

# ===== edge security =====
# Shield Standard = free, L3/L4 DDoS; Shield Advanced = $3,000/month, 24/7 DRT, cost protection
# WAF = L7 rules (SQLi, XSS, rate-based), attaches to ALB, API GW, CloudFront, AppSync
# ACM cert for CloudFront MUST be in us-east-1
# GuardDuty = threat detection (VPC flow logs, DNS, CloudTrail); Inspector = vuln scans EC2/ECR/lambda; Macie = PII in S3
