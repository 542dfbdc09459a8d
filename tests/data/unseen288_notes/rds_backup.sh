#!/usr/bin/env bash
# rds_backup.sh -- manual snapshot + copy to DR region. run from cron on bastion
set -euo pipefail
DB=lab-mysql
DR_REGION=us-west-2
KMS_KEY=alias/lab-rds   # kms Encrypt API direct max 4 KB of data -> envelope encryption (GenerateDataKey) for more
# kms key deletion: waiting period 7-30 days, default 30. auto rotation = every year
# rds backup retention default 7 days (console), max 35 days. 0 = disables automated backups
# automated backups deleted with instance, MANUAL snapshots kept until you delete them
# mysql read replicas: up to 5 per source, async replication. multi-AZ = sync standby, NOT readable (failover ~60-120s)
# aurora: up to 15 replicas, 6 copies of data across 3 AZs, storage auto grows to 128 TiB
# rds storage autoscaling kicks in when free space < 10%
# rds proxy: pools connections, good for lambda -> rds (too many connections error)

TS=$(date +%Y%m%d-%H%M)
aws rds create-db-snapshot --db-instance-identifier "$DB" --db-snapshot-identifier "$DB-$TS"
aws rds wait db-snapshot-available --db-snapshot-identifier "$DB-$TS"

# encrypted snapshot copy across region needs KMS key in DEST region
aws rds copy-db-snapshot --region "$DR_REGION" \
  --source-db-snapshot-identifier "arn:aws:rds:us-east-1:${ACCOUNT}:snapshot:$DB-$TS" \
  --target-db-snapshot-identifier "$DB-$TS" --kms-key-id "$KMS_KEY"

# EBS snapshots (bastion root vol): incremental, stored in s3 behind the scenes
# gp2: 3 IOPS per GB, burst to 3,000. gp3: 3,000 IOPS + 125 MiB/s baseline regardless of size
# io2: up to 64,000 IOPS. st1/sc1 HDD can't be boot volumes
# ebs is AZ-locked -> snapshot + restore to move AZ
aws ec2 create-snapshot --volume-id "$BASTION_VOL" --description "bastion $TS"

# cloudwatch alarm on failure. ec2 basic monitoring = 5 min, detailed = 1 min
# custom metric high resolution = 1 second. metrics kept 15 months
aws cloudwatch put-metric-data --namespace Lab/Backup --metric-name SnapshotOK --value 1

# cloudtrail event history = 90 days free, for longer create a trail -> s3
echo "done $TS"
