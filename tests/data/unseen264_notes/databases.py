"""Databases cheat sheet (constants + docstrings).

RDS = managed relational, Multi-AZ = sync standby for HA (NOT for read scaling)
Read replicas = async, for read scaling, can be cross-region
Aurora = mysql/postgres compatible, storage auto grows, 6 copies across 3 AZs
DynamoDB = key-value/document, serverless, single-digit ms
ElastiCache = redis (persistence, replication, sorted sets) vs memcached (multithreaded, no persistence)
"""

# ---------------- DynamoDB ----------------
DDB_MAX_ITEM_KB = 400  # incl attribute names
DDB_RCU_STRONG_KB = 4  # 1 RCU = 1 strongly consistent read/s of up to 4 KB (or 2 eventually consistent)
DDB_WCU_KB = 1         # 1 WCU = 1 write/s up to 1 KB
DDB_MAX_GSI = 20       # per table (default quota)
DDB_MAX_LSI = 5        # must be created at table creation time
DDB_QUERY_PAGE_MB = 1  # query/scan returns max 1 MB per call, then LastEvaluatedKey
DDB_BATCH_WRITE_ITEMS = 25
DDB_BATCH_GET_ITEMS = 100
DDB_TRANSACT_ITEMS = 100  # TransactWriteItems, was 25
DDB_STREAMS_RETENTION_H = 24
DDB_PITR_DAYS = 35        # point in time recovery window
# TTL deletes expired items "within a few days" (usually 48h), no WCU consumed
# throttling -> ProvisionedThroughputExceededException (HTTP 400)
# DAX = in-memory cache for dynamo, microseconds. item cache default TTL 5 minutes
DAX_ITEM_TTL_DEFAULT_MIN = 5
# on-demand vs provisioned: on-demand for spiky/unknown, provisioned + auto scaling for predictable
# global tables = multi-region active-active, needs streams

# ---------------- RDS ----------------
RDS_BACKUP_RETENTION_DEFAULT_DAYS = 7  # console default (API default is 1)
RDS_BACKUP_RETENTION_MAX_DAYS = 35
RDS_MAX_READ_REPLICAS = 5  # mysql/postgres/mariadb
RDS_MAX_STORAGE_TIB = 64   # (sql server 16 TiB)
# manual snapshots kept until you delete them
# RDS Proxy: pools connections, good for lambda, failover up to 66% faster
# IAM DB auth token valid 15 minutes
RDS_IAM_TOKEN_MIN = 15
# Multi-AZ failover usually 60-120 seconds, DNS CNAME flips to standby

# ---------------- Aurora ----------------
AURORA_MAX_REPLICAS = 15
AURORA_MAX_STORAGE_TIB = 128
AURORA_COPIES = 6  # 2 per AZ x 3 AZs, tolerates losing 2 copies for writes, 3 for reads
AURORA_BACKTRACK_MAX_H = 72  # mysql only
# Aurora Global Database: up to 5 secondary regions, replication lag < 1 second, RPO 1 s RTO < 1 min
# Aurora Serverless v2 scales in ACUs (0.5 ACU min... now 0)

# ---------------- ElastiCache ----------------
# redis cluster mode enabled: up to 500 shards
# memcached max nodes per cluster = 20  (I think it's 40 now?)
MEMCACHED_MAX_NODES = 20

# ---------------- others ----------------
# Redshift = OLAP columnar warehouse. Redshift Spectrum queries S3
# Neptune = graph. DocumentDB = mongo. Keyspaces = cassandra. QLDB = ledger. Timestream = time series

def test_ddb_item():
    assert DDB_MAX_ITEM_KB > DDB_RCU_STRONG_KB
