# ~/aws-cheats/storage.zsh  -- sourced from .zshrc
alias s3ls='aws s3 ls'
alias s3ll='aws s3 ls --recursive --human-readable'
function s3size() { aws s3 ls "s3://$1" --recursive --summarize --human-readable | tail -2 }

# ===== S3 =====
# max object size 5 TB
# single PUT max 5 GB -> multipart recommended > 100 MB, required > 5 GB
# multipart: max 10,000 parts, each part 5 MB to 5 GB (last part can be smaller)
# buckets per account: 100 (soft limit)
# perf: 3,500 PUT/COPY/POST/DELETE + 5,500 GET/HEAD req/s per prefix
# strong read-after-write consistency for everything since Dec 2020
aws s3 cp big.iso s3://my-study-bkt/isos/ --storage-class STANDARD_IA
# Standard-IA + One Zone-IA: min storage duration 30 days, min billable object 128 KB
# Glacier Instant Retrieval: min storage 90 days, ms retrieval
# Glacier Flexible Retrieval: expedited 1-5 min, standard 3-5 hours, bulk 5-12 hours
# Deep Archive: min 180 days, standard retrieval within 12 hours, bulk within 48 hours
# Intelligent-Tiering: no retrieval fees, small monthly monitoring fee per object
aws s3 presign s3://my-study-bkt/report.pdf --expires-in 600
# presign --expires-in default 3600 sec, max 604800 sec (SigV4)
# versioning: once on it can only be SUSPENDED, never disabled
# MFA delete -> only root can enable, via CLI
# SSE-S3 (AES-256, default), SSE-KMS (audit in cloudtrail, KMS quotas!), SSE-C (https only, you send key), client-side
# replication CRR/SRR needs versioning on BOTH buckets, existing objects not copied (use Batch Replication)
# Object Lock: governance (can override w/ perms) vs compliance (nobody, not even root)
#aws s3 rb s3://old-bkt --force   # DELETES EVERYTHING
#aws s3 sync ./site s3://my-study-bkt --delete

# ===== EBS =====
# gp3: baseline 3,000 IOPS + 125 MB/s regardless of size, up to 16,000 IOPS / 1,000 MB/s
# gp2: 3 IOPS per GB, burst to 3,000, max 10,000 IOPS
# io2 Block Express: up to 256,000 IOPS
# multi-attach: io1/io2 only, up to 16 Nitro instances in same AZ
# st1 / sc1 (HDD) can NOT be boot volumes
# max volume size gp2/gp3 16 TiB
# EBS is locked to one AZ -> snapshot + restore to move it
# aws ec2 create-snapshot --volume-id vol-0abc123def4567890 --description "pre-exam"
# snapshot archive tier: 75% cheaper, restore 24-72 hours

# ===== EFS / FSx / others =====
# EFS vs EBS: EFS = NFS, multi-AZ, mount from 1000s of instances, linux only, pay per GB used; EBS = block, 1 AZ, (mostly) 1 instance
# EFS lifecycle -> IA default after 30 days no access
# FSx for Windows = SMB + AD; FSx for Lustre = HPC / ML, S3 integration
# Storage Gateway: S3 File GW, FSx File GW, Volume GW (cached / stored), Tape GW
# Snowball Edge storage optimized ~80 TB usable
# Snowcone = 8 TB HDD, small, can use DataSync
