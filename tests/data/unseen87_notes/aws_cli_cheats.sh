#!/usr/bin/env bash
# aws cli cheats -- dva/saa prep (kenji)  -- DONT actually run this whole file lol
# profile stuff: --profile dev, --region us-east-1, --output json|table|text
# creds precedence: cli params > env vars > cli creds file > config file > container creds > instance profile

set -euo pipefail
BUCKET=kenji-study-bkt-2026

########## S3 ##########
aws s3 mb s3://$BUCKET                          # bucket names 3-63 chars, globally unique, lowercase
aws s3 cp big.iso s3://$BUCKET/                 # cli auto switches to multipart above 8 MB (multipart_threshold default)
aws s3 cp ./site s3://$BUCKET/ --recursive      # max 10,000 parts per multipart upload, part 5 MB - 5 GB
aws s3 sync . s3://$BUCKET/backup --delete      # sync only copies changed files
aws s3 ls s3://$BUCKET --recursive --human-readable --summarize
aws s3 presign s3://$BUCKET/report.pdf --expires-in 604800   # default expiry 3600 s (1h), max 7 days w/ SigV4
aws s3api put-bucket-versioning --bucket $BUCKET --versioning-configuration Status=Enabled   # once on, can only SUSPEND, never disable
aws s3api put-bucket-encryption --bucket $BUCKET \
  --server-side-encryption-configuration '{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms"}}]}'
  # SSE-S3 default on all new objects since Jan 2023 (AES-256)
aws s3api get-object --bucket $BUCKET --key nope.txt out.txt  # missing key -> 404 NoSuchKey (403 AccessDenied if no s3:ListBucket)
aws s3api list-buckets   # soft limit 100 buckets per account (can raise to 1000)
# 301 PermanentRedirect = wrong region endpoint; 503 SlowDown = too many req on a prefix

########## EC2 ##########
aws ec2 describe-instances --filters "Name=instance-state-name,Values=running" \
  --query 'Reservations[].Instances[].InstanceId' --output text
aws ec2 run-instances --image-id ami-0abc123 --instance-type t3.micro --count 1 \
  --user-data file://boot.sh      # user data max 16 KB, runs as root on FIRST boot only (by default)
aws ec2 stop-instances --instance-ids i-0123456789abcdef0   # EBS root kept, instance store data LOST
aws ec2 run-instances --dry-run ...   # dry run -> DryRunOperation if allowed, UnauthorizedOperation if not
aws ec2 describe-account-attributes --attribute-names max-instances
  # on-demand limit is vCPU based now (e.g. 5 vCPU std for new acct), was 20 instances
aws ec2 allocate-address    # elastic IP: 5 per region default
aws ec2 create-snapshot --volume-id vol-0abc --description "nightly"   # snapshots incremental, stored in S3
aws sts decode-authorization-message --encoded-message "$MSG"   # decode the UnauthorizedOperation blob
# spot: 2 minute interruption notice; spot block (1-6h) deprecated
# IMDSv2 -> PUT token first, token TTL up to 21600 s (6h)

########## IAM ##########
aws iam create-user --user-name dev-bob
aws iam attach-user-policy --user-name dev-bob --policy-arn arn:aws:iam::aws:policy/ReadOnlyAccess
   # max 10 managed policies attached per user/role/group
aws iam create-access-key --user-name dev-bob    # max 2 access keys per user
aws iam list-users   # 5000 IAM users per account
aws iam create-group --group-name devs      # 300 groups per acct, user can be in max 10 groups
aws iam put-role-policy ...   # inline policy size: role 10,240 chars, user 2048, group 5120
aws iam simulate-principal-policy --policy-source-arn arn:aws:iam::111122223333:user/dev-bob --action-names s3:GetObject
# managed policy doc max 6,144 chars; explicit Deny ALWAYS wins over Allow
aws sts get-caller-identity   # "whoami" - works even with no perms

########## CloudWatch Logs ##########
aws logs create-log-group --log-group-name /app/api    # logs never expire by default (retention = Never expire)
aws logs put-retention-policy --log-group-name /app/api --retention-in-days 30   # 1 day .. 10 yrs (3653 days)
aws logs tail /app/api --follow --since 1h
aws logs filter-log-events --log-group-name /app/api --filter-pattern ERROR
aws logs put-log-events ...   # batch max 1 MB (1,048,576 bytes) / 10,000 events; single event max 256 KB
aws logs create-export-task ... # export to S3 can take up to 12 hrs, not realtime -> use subscription filter
aws logs put-subscription-filter ...   # max 2 subscription filters per log group
aws logs start-query --log-group-name /app/api --query-string 'fields @timestamp, @message | sort @timestamp desc | limit 20' \
  --start-time $(date -d '-1 hour' +%s) --end-time $(date +%s)   # Logs Insights query timeout 60 min
# metric filters only apply to NEW events after creation, not historical

########## KMS ##########
aws kms create-key --description "app key"     # symmetric AES-256 by default (SYMMETRIC_DEFAULT)
aws kms encrypt --key-id alias/app --plaintext fileb://secret.txt   # direct encrypt max 4 KB data!! bigger -> envelope encryption
aws kms generate-data-key --key-id alias/app --key-spec AES_256   # GenerateDataKey = envelope enc
aws kms schedule-key-deletion --key-id 1234abcd --pending-window-in-days 7   # waiting period 7-30 days, default 30
aws kms enable-key-rotation --key-id 1234abcd   # auto rotation every 1 year (customer managed); AWS managed keys rotate every 3 yrs
# shared quota: ~5500 req/s for crypto ops (some regions 10k/30k) -> ThrottlingException
# kms decrypt on disabled key -> DisabledException ; wrong key -> InvalidCiphertextException
aws kms list-aliases
