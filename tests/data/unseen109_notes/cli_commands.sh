#!/usr/bin/env bash
# cli_commands.sh -- aws cli cheat sheet for SAA-C03 labs
# don't run top to bottom!! ids are fake. comments = stuff that was on the exam prep

REGION=us-east-1

########## EC2 ##########
# launch instance. t2/t3 = burstable, CPU credits. t3 unlimited mode default ON for t3 (t2 default = standard)
# user data runs once at first boot as root, max 16 KB (before base64)
aws ec2 run-instances --image-id ami-0abc123 --instance-type t3.micro --count 1 \
  --key-name mykey --user-data file://bootstrap.sh --region $REGION

# instance metadata: curl http://169.254.169.254/latest/meta-data/  (IMDSv2 needs token PUT first, token TTL up to 6 hrs)
aws ec2 modify-instance-metadata-options --instance-id i-0123 --http-tokens required

# stop vs terminate: stop -> EBS root kept, instance store lost. terminate -> root EBS deleted by default (DeleteOnTermination=true), extra vols kept
# hibernate: RAM saved to encrypted EBS root, RAM must be < 150 GB, max 60 days hibernated
aws ec2 stop-instances --instance-ids i-0123 --hibernate

# spot: 2 min interruption notice. spot block (1-6 hrs) -> still on exam?? 
# vCPU limit on-demand standard = 5 vCPUs default for new accts (ask for increase)
aws ec2 request-spot-instances --spot-price "0.03" --instance-count 2 --type one-time --launch-specification file://spec.json

# placement groups: cluster (same AZ, low latency 10Gbps), spread (max 7 instances per AZ per group), partition (up to 7 partitions per AZ)
aws ec2 create-placement-group --group-name hpc-pg --strategy cluster

# elastic IP: 5 per region default. charged $0.005/hr for ALL public IPv4 now (since Feb 2024)
aws ec2 allocate-address --domain vpc

########## EBS ##########
# gp3: 3000 IOPS + 125 MB/s baseline regardless of size, up to 16,000 IOPS / 1000 MB/s
# gp2: 3 IOPS per GB, min 100, burst 3000, max 16,000
# io2 Block Express: up to 256,000 IOPS, 64 TiB. io1/io2 multi-attach up to 16 nitro instances same AZ
# st1/sc1 HDD cant be boot volumes. st1 max 500 MiB/s
# volume is AZ-locked -> snapshot to move it
aws ec2 create-volume --availability-zone us-east-1a --size 100 --volume-type gp3 --iops 4000

# snapshots are incremental, stored in S3 (you don't see the bucket)
# first snapshot = full copy. can take while volume in use
aws ec2 create-snapshot --volume-id vol-0abc --description "nightly"

# copy to another region (DR). encrypted snapshot copy needs KMS key in dest region
aws ec2 copy-snapshot --source-region us-east-1 --source-snapshot-id snap-0abc --region eu-west-1 --encrypted
# snapshot archive tier: 75% cheaper, restore 24-72 hrs, min 90 days archived
# recycle bin: retention 1 day - 1 year for deleted snapshots
# fast snapshot restore (FSR) -> no latency on first read, $$$
# snapshots per region: 100,000 default quota
aws ec2 enable-fast-snapshot-restores --availability-zones us-east-1a --source-snapshot-ids snap-0abc

########## S3 ##########
# cp/sync. sync only copies new/changed files. --delete removes extra files from dest
aws s3 sync ./site s3://my-site-bucket --delete
# s3 cli auto uses multipart above 8 MB (multipart_threshold)
aws configure set default.s3.multipart_threshold 64MB
# presign: default 3600s, --expires-in max 604800 (7 days)
aws s3 presign s3://my-bucket/report.pdf --expires-in 600
# versioning: once enabled can only suspend, never disable
aws s3api put-bucket-versioning --bucket my-bucket --versioning-configuration Status=Enabled
# MFA delete: only root can enable, only via CLI
# lifecycle rules per bucket max 1000
aws s3api put-bucket-lifecycle-configuration --bucket my-bucket --lifecycle-configuration file://lc.json

########## SQS ##########
# standard: unlimited TPS, at-least-once, best-effort order
# FIFO: 300 msg/s without batching, 3000 with batching (10 per batch). name must end .fifo
# message max 256 KB -> bigger use Extended Client lib (S3, up to 2 GB)
aws sqs create-queue --queue-name orders.fifo --attributes FifoQueue=true,ContentBasedDeduplication=true
# retention default 4 days, min 60 s, max 14 days
aws sqs set-queue-attributes --queue-url $Q --attributes MessageRetentionPeriod=1209600
# long polling: WaitTimeSeconds 1-20 s (0 = short polling, default)
aws sqs receive-message --queue-url $Q --wait-time-seconds 20 --max-number-of-messages 10
# visibility timeout: default 30s, 0s -> 12 hrs. change-message-visibility to extend
aws sqs change-message-visibility --queue-url $Q --receipt-handle $RH --visibility-timeout 120
# delay queue: 0-15 min (default 0). per-message DelaySeconds not supported on FIFO
# dedup interval FIFO = 5 min
# in-flight max 120,000 standard, 20,000 FIFO

########## SNS ##########
# topics per account 100,000 std, subs per topic 12,500,000
# msg size 256 KB. FIFO topics -> only SQS FIFO (and std SQS) subscribers
aws sns create-topic --name alerts
aws sns subscribe --topic-arn arn:aws:sns:us-east-1:111122223333:alerts --protocol email --notification-endpoint me@example.com
# filter policy JSON on subscription -> subscriber only gets matching msgs (default scope = message attributes)
aws sns set-subscription-attributes --subscription-arn $SUB --attribute-name FilterPolicy --attribute-value file://filter.json

########## KMS ##########
# encrypt API max 4 KB plaintext directly -> bigger data use GenerateDataKey (envelope encryption)
aws kms encrypt --key-id alias/app-key --plaintext fileb://secret.txt
aws kms generate-data-key --key-id alias/app-key --key-spec AES_256
# key deletion waiting period 7-30 days, default 30
aws kms schedule-key-deletion --key-id 1234abcd --pending-window-in-days 7
# auto rotation for customer managed keys: every 1 yr (365 days) default, now configurable 90-2560 days. AWS managed = every year
aws kms enable-key-rotation --key-id 1234abcd
# request quotas: shared 5,500 / 10,000 / 50,000 req/s depending on region (cryptographic ops) -> ThrottlingException
# multi-region keys: same key id, replicate to other regions
