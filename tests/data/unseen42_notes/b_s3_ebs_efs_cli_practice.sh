#!/usr/bin/env bash
# SAA-C03 storage practice -- cmds i ran in cloudshell, week 4
# dont actually run this top to bottom, half of it is commented for a reason
set -euo pipefail

BUCKET=my-saa-study-bkt-2291
REGION=us-east-1

# ---------- S3 ----------
# bucket names globally unique, 3-63 chars, lowercase, no underscores
# 100 buckets per account default (soft limit, can raise to 1000)
aws s3 mb s3://$BUCKET --region $REGION

# max object size 5 GB. single PUT max 5 GB, use multipart above 100 MB (recommended)
# multipart: parts 5 MB - 5 GB, max 10,000 parts
aws s3 cp ./bigfile.iso s3://$BUCKET/iso/ --storage-class STANDARD_IA

# perf: 3,500 PUT/COPY/POST/DELETE and 5,500 GET/HEAD per sec PER PREFIX
# consistency: strong read-after-write for everything since Dec 2020
aws s3api put-bucket-versioning --bucket $BUCKET --versioning-configuration Status=Enabled
# versioning: once enabled can only SUSPEND, never disable again

# storage classes (min duration / min size):
#   Standard-IA  -> 30 days min, 128 KB min billable object
#   One Zone-IA  -> 30 days, 1 AZ only (99.5% availability)
#   Glacier Instant Retrieval -> 90 days, ms retrieval
#   Glacier Flexible -> 90 days, expedited 1-5 min, standard 3-5 hrs, bulk 5-12 hrs
#   Glacier Deep Archive -> 180 days, standard 12 hrs, bulk 48 hrs
#   Intelligent-Tiering -> small monthly monitoring fee per object, no retrieval fees
# durability 11 9s (99.999999999%) for all classes
aws s3api put-bucket-lifecycle-configuration --bucket $BUCKET --lifecycle-configuration file://lifecycle.json
# lifecycle: can't go Standard -> Standard-IA before 30 days

# encryption: SSE-S3 is default for new objects since Jan 2023 (AES-256)
# SSE-KMS -> subject to KMS request quotas (5,500 / 10,000 / 30,000 rps depends on region)
# SSE-C -> https only, you send the key every request
aws s3api put-bucket-encryption --bucket $BUCKET \
  --server-side-encryption-configuration '{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms"}}]}'

# presigned url: CLI default expiry 3600 s, max 7 days (604800 s) w/ IAM user creds
aws s3 presign s3://$BUCKET/iso/bigfile.iso --expires-in 604800

# replication: CRR / SRR need versioning on BOTH buckets. existing objects NOT replicated (use Batch Replication)
# S3 Transfer Acceleration -> edge locations, bucket name can't have dots
# 403 AccessDenied = bucket policy / block public access / KMS key policy
# 503 SlowDown = too many requests on one prefix, spread the keys
# 404 NoSuchKey ; 409 BucketAlreadyExists (someone else owns the name)
# 400 EntityTooLarge on >5GB single put

# ---------- EBS ----------
# AZ-locked! move across AZ = snapshot -> restore in other AZ
# gp3: baseline 3,000 IOPS + 125 MiB/s regardless of size, up to 16,000 IOPS / 1,000 MiB/s
# gp2: 3 IOPS per GB, burst to 3000, max 16,000 IOPS
# io2 Block Express: up to 256,000 IOPS, 64 TiB. io1 max 64,000 IOPS
# st1 (throughput HDD) / sc1 (cold HDD) -> can NOT be boot volumes
# multi-attach: io1/io2 only, up to 16 Nitro instances same AZ
# volume size gp2/gp3 1 GiB - 16 TiB
aws ec2 create-volume --availability-zone us-east-1a --size 100 --volume-type gp3 --iops 3000 --throughput 125

# root volume deleted on termination by default, extra volumes NOT deleted (DeleteOnTermination=false)
aws ec2 create-snapshot --volume-id vol-0abc123 --description "study snap"
# snapshots incremental, stored in S3 (you cant see them). EBS Snapshot Archive = 75% cheaper, 24-72 h restore
# Recycle Bin for snapshots -> retention 1 day to 1 year
# fast snapshot restore (FSR) -> no init latency, $$$

# ---------- EFS ----------
# NFS v4.1, linux only (no windows -> use FSx for Windows)
# multi-AZ, thousands of concurrent clients, pay per GB used (no provisioning)
# performance mode: General Purpose (default) vs Max I/O
# throughput mode: Bursting, Provisioned, Elastic (recommended now)
# storage tiers: Standard, Infrequent Access (IA), Archive. lifecycle e.g. move to IA after 30 days
# EFS vs EBS vs S3: EFS = shared file many instances, EBS = 1 instance block, S3 = object over http
aws efs create-file-system --performance-mode generalPurpose --throughput-mode elastic --encrypted

# mount target: 1 per AZ, security group must allow NFS port 2049
# aws efs create-mount-target --file-system-id fs-123 --subnet-id subnet-aaa --security-groups sg-nfs

# ---------- instance store ----------
# ephemeral, lost on stop/terminate (survives reboot). very high IOPS. good for cache/buffer

# ---------- Storage Gateway / Snow quick ----------
# File GW (NFS/SMB -> S3), Volume GW (iSCSI), Tape GW (VTL)
# Snowcone 8 TB HDD, Snowball Edge Storage Optimized 80 TB, Snowmobile 100 PB
# rule of thumb: >1 week over network -> use Snowball

echo "done"
