#!/bin/bash
# databases cheat sheet (dynamo is BIG on DVA)

# ===== DynamoDB =====
# max item size 64 KB
# 1 RCU = 1 strongly consistent read/s of up to 4 KB (= 2 eventually consistent reads)
# 1 WCU = 1 write/s of up to 1 KB
# transactional read/write = 2x the capacity units
# Query/Scan return max 1 MB per call -> paginate with LastEvaluatedKey
# BatchWriteItem max 25 items; BatchGetItem max 100 items
# TransactWriteItems up to 100 actions
# GSI default max 20 per table; LSI max 5 and ONLY at table creation
# TTL: expired items deleted within ~48 hours, not instantly
# DynamoDB Streams: records kept 24 hours
# throttled -> ProvisionedThroughputExceededException (SDK retries w/ exponential backoff)
# DAX: microsecond reads, item cache TTL default 5 min
aws dynamodb scan --table-name Music --max-items 1000 --page-size 100
# --page-size = items per API call under the hood, avoids timeouts
aws dynamodb put-item --table-name Music \
  --item '{"Artist":{"S":"Acme"},"SongTitle":{"S":"Happy Day"}}' \
  --condition-expression "attribute_not_exists(Artist)"
# condition fails -> ConditionalCheckFailedException
# on-demand vs provisioned: on-demand = pay per request, unknown / spiky traffic; provisioned = predictable, cheaper w/ auto scaling
# Global tables need streams enabled, last writer wins

# ===== RDS =====
# read replicas: max 5 per source DB
# automated backups: retention default 7 days, max 35 days (0 = disabled)
# Multi-AZ = SYNC replication, for HA / failover (not for read scaling)
# read replica = ASYNC, for read scaling, can be cross-region
# max storage 64 TiB for most engines
aws rds create-db-instance --db-instance-identifier study-db --engine mysql \
   --db-instance-class db.t3.micro --allocated-storage 20 \
   --master-username admin --manage-master-user-password --backup-retention-period 7
# default ports: mysql/aurora mysql 3306, postgres 5432, sql server 1433, oracle 1521
# RDS Proxy: pools connections, great for lambda, failover up to 66% faster
# encryption only at creation -> snapshot, copy w/ encryption, restore

# ===== Aurora =====
# 6 copies of data across 3 AZs (4/6 needed for writes, 3/6 for reads)
# up to 15 Aurora replicas
# storage auto-grows in 10 GB increments up to 128 TiB
# failover typically < 30 sec
# backtrack: rewind up to 72 hours (mysql only)
# Aurora Serverless v2 scales in ACUs (0.5 ACU increments)

# ===== ElastiCache / others =====
# redis vs memcached: redis = persistence, replication, multi-AZ, sorted sets, backups; memcached = multithreaded, sharding only, no persistence
# lazy loading vs write-through: lazy = only cache what's requested, stale data possible; write-through = always fresh, write penalty
# Redshift = OLAP columnar data warehouse, not OLTP
# Neptune = graph, DocumentDB = mongo compatible, Keyspaces = cassandra, QLDB = ledger
