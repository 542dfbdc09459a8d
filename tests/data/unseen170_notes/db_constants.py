# db_constants.py
# SAA-C03 / DVA-C02 -- databases: DynamoDB, RDS, Aurora, ElastiCache, Redshift
# "if its on the exam its in here" - me, week 3

from enum import Enum, auto

# ======== DynamoDB ========
DDB_ITEM_MAX_KB = 400                # incl attribute names
DDB_RCU_KB = 4                       # 1 RCU = 1 strongly consistent read/s of up to 4KB (or 2 eventual)
DDB_WCU_KB = 1                       # 1 WCU = 1 write/s up to 1KB
DDB_PARTITION_KEY_MAX_BYTES = 2048
DDB_SORT_KEY_MAX_BYTES = 1024
DDB_GSI_PER_TABLE = 20               # soft
DDB_LSI_PER_TABLE = 5                # hard, only at table creation
DDB_QUERY_SCAN_PAGE_MB = 1           # result page max 1MB -> LastEvaluatedKey
DDB_BATCH_GET_MAX_ITEMS = 100        # 16 MB
DDB_BATCH_WRITE_MAX_ITEMS = 25       # 16 MB
DDB_TRANSACT_MAX_ITEMS = 25          # TransactWriteItems (think its 100 now? keep 25 for exam)
DDB_STREAMS_RETENTION_H = 24
DDB_TTL_DELETE_WITHIN_H = 48         # expired items deleted within ~48h, not instantly
DDB_PITR_MAX_DAYS = 35
DDB_TABLES_PER_REGION = 256          # default soft limit

class DdbReadConsistency(Enum):
    EVENTUAL = "default; may be stale, half the RCU cost"
    STRONG = "ConsistentRead=True; not supported on GSIs"
    TRANSACTIONAL = "TransactGetItems, 2x RCU"

class DdbCapacityMode(Enum):
    PROVISIONED = auto()   # default, RCU/WCU + auto scaling
    ON_DEMAND = auto()     # pay per request, spiky/unknown traffic

DDB_ERRORS = {
    "ProvisionedThroughputExceededException": "throttled (400) -> exp backoff, SDK retries automatically",
    "ConditionalCheckFailedException": "ConditionExpression false (optimistic locking w/ version attr)",
    "ValidationException": "item > 400KB, bad key schema etc",
    "TransactionCanceledException": "transaction failed - conflict or condition",
    "ResourceNotFoundException": "table not found / still CREATING",
    "ItemCollectionSizeLimitExceededException": "LSI item collection > 10GB",
}
DDB_ITEM_COLLECTION_MAX_GB = 10      # only when table has LSI

# DAX: microsecond cache for ddb, item cache default TTL 5 min
DAX_ITEM_TTL_DEFAULT_MIN = 5

# ======== RDS ========
RDS_MAX_STORAGE_TB = 64              # 16 TB for SQL Server
RDS_READ_REPLICAS_MAX = 5            # mysql/maria/postgres
RDS_BACKUP_RETENTION_DEFAULT_DAYS = 7   # console default; 1 via CLI/API
RDS_BACKUP_RETENTION_MAX_DAYS = 35
RDS_MANUAL_SNAPSHOT_RETENTION = "forever until deleted"
RDS_MAINT_WINDOW_MIN = 30
RDS_PROXY_IDLE_TIMEOUT_DEFAULT_MIN = 30

RDS_DEFAULT_PORTS = {
    "mysql": 3306, "mariadb": 3306, "postgres": 5432,
    "oracle": 1521, "sqlserver": 1433, "aurora-mysql": 3306,
}

# Multi-AZ vs Read replica  <-- ALWAYS on exam
MULTI_AZ = "synchronous replication, standby NOT readable, for HA/failover (60-120s DNS flip)"
READ_REPLICA = "asynchronous replication, readable, for scaling reads, can be cross-region"

# ======== Aurora ========
AURORA_REPLICAS_MAX = 15
AURORA_STORAGE_MAX_TB = 64           # autoscaling in 10GB increments
AURORA_COPIES_OF_DATA = 6            # across 3 AZ, writes need 4/6, reads 3/6
AURORA_FAILOVER_S = 30               # usually < 30s
AURORA_BACKTRACK_MAX_H = 72          # mysql only
AURORA_GLOBAL_SECONDARY_REGIONS = 5  # replication lag < 1s, RPO 1s / RTO < 1 min
AURORA_SERVERLESS_V2_MIN_ACU = 0.5

# ======== ElastiCache ========
# Redis vs Memcached:
#   redis = persistence, replication, multi-AZ failover, backups, sorted sets, pub/sub
#   memcached = multi-threaded, no persistence, no replication, simple sharding
REDIS_MAX_REPLICAS_PER_SHARD = 5
REDIS_CLUSTER_MODE_MAX_SHARDS = 500
REDIS_DEFAULT_PORT = 6379
MEMCACHED_DEFAULT_PORT = 11211

# ======== Redshift ========
REDSHIFT_DEFAULT_PORT = 5439
REDSHIFT_SNAPSHOT_RETENTION_DEFAULT_DAYS = 1   # automated
REDSHIFT_MAX_NODES = 128   # RA3
