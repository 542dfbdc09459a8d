// db_limits.test.ts -- RDS / Aurora / DynamoDB / ElastiCache
// "tests" that assert what I think the limits are. if one fails in my head, I re-read the docs.
import { describe, expect, it } from "vitest";
import * as db from "./db_constants";

describe("RDS", () => {
  it("storage", () => {
    expect(db.RDS_MAX_STORAGE_GIB).toBe(64 * 1024); // 64 TiB for mysql/postgres/mariadb
    expect(db.RDS_SQLSERVER_MAX_STORAGE_GIB).toBe(16 * 1024); // SQL Server 16 TiB
  });
  it("read replicas", () => {
    expect(db.RDS_MAX_READ_REPLICAS).toBe(5); // per source DB (mysql, postgres, mariadb)
    // replication is ASYNC for read replicas, SYNC for Multi-AZ standby
  });
  it("backups", () => {
    expect(db.RDS_BACKUP_RETENTION_DEFAULT_DAYS).toBe(7); // console default; API default 1
    expect(db.RDS_BACKUP_RETENTION_MAX_DAYS).toBe(35);
    // manual snapshots kept until you delete them
  });
  it("failover", () => {
    expect(db.RDS_MULTI_AZ_FAILOVER_SECONDS).toEqual([60, 120]); // 1-2 minutes, DNS CNAME flip
  });
  it("storage autoscaling", () => {
    // triggers when free space < 10% for 5 min and 6 h since last change
    expect(db.RDS_AUTOSCALE_FREE_PCT).toBe(10);
  });
  it("ports", () => {
    expect(db.PORTS.mysql).toBe(3306);
    expect(db.PORTS.postgres).toBe(5432);
    expect(db.PORTS.oracle).toBe(1521);
    expect(db.PORTS.sqlserver).toBe(1433);
  });
});

describe("RDS Proxy", () => {
  it("failover faster", () => {
    // reduces failover time by up to 66%; only reachable from inside VPC; IAM auth via Secrets Manager
    expect(db.RDS_PROXY_FAILOVER_REDUCTION_PCT).toBe(66);
  });
});

describe("Aurora", () => {
  it("replicas and copies", () => {
    expect(db.AURORA_MAX_REPLICAS).toBe(15);
    expect(db.AURORA_DATA_COPIES).toBe(6); // 6 copies across 3 AZs
    expect(db.AURORA_WRITE_QUORUM).toBe(4); // 4 of 6 for write
    expect(db.AURORA_READ_QUORUM).toBe(3); // 3 of 6 for read
  });
  it("storage", () => {
    expect(db.AURORA_MAX_STORAGE_TIB).toBe(64); // auto grows in 10 GB increments
  });
  it("failover", () => {
    expect(db.AURORA_FAILOVER_MAX_SECONDS).toBe(30); // under 30 s typical
  });
  it("global database", () => {
    expect(db.AURORA_GLOBAL_SECONDARY_REGIONS).toBe(5);
    expect(db.AURORA_GLOBAL_REPLICATION_LAG_S).toBe(1); // < 1 second
    expect(db.AURORA_GLOBAL_RTO_MINUTES).toBe(1);
  });
  it("backtrack", () => {
    expect(db.AURORA_BACKTRACK_MAX_HOURS).toBe(72); // mysql only
  });
});

describe("DynamoDB", () => {
  it("item size", () => {
    expect(db.DDB_MAX_ITEM_BYTES).toBe(400 * 1024); // 400 KB incl attribute names
  });
  it("capacity units", () => {
    // 1 RCU = 1 strongly consistent read/s of up to 4 KB (or 2 eventually consistent)
    expect(db.DDB_RCU_ITEM_KB).toBe(4);
    // 1 WCU = 1 write/s of up to 1 KB
    expect(db.DDB_WCU_ITEM_KB).toBe(1);
    // transactional = 2x the cost
  });
  it("partitions", () => {
    expect(db.DDB_PARTITION_MAX_RCU).toBe(3000);
    expect(db.DDB_PARTITION_MAX_WCU).toBe(1000);
    expect(db.DDB_PARTITION_MAX_GB).toBe(10);
  });
  it("indexes", () => {
    expect(db.DDB_MAX_GSI).toBe(5); // TODO: pretty sure this was raised, course said 5
    expect(db.DDB_MAX_LSI).toBe(5); // LSI only at table creation, same partition key
  });
  it("batch + query", () => {
    expect(db.DDB_BATCH_WRITE_MAX_ITEMS).toBe(25);
    expect(db.DDB_BATCH_GET_MAX_ITEMS).toBe(100);
    expect(db.DDB_QUERY_PAGE_MAX_BYTES).toBe(1024 * 1024); // 1 MB per Query/Scan page
    expect(db.DDB_TRANSACT_MAX_ITEMS).toBe(25);
  });
  it("streams + ttl + pitr", () => {
    expect(db.DDB_STREAM_RETENTION_HOURS).toBe(24);
    expect(db.DDB_TTL_DELETE_WITHIN_HOURS).toBe(48); // expired items removed within ~48h
    expect(db.DDB_PITR_DAYS).toBe(35);
  });
  it("DAX", () => {
    expect(db.DAX_ITEM_CACHE_TTL_DEFAULT_S).toBe(5 * 60); // 5 min default
    // DAX = microseconds, DynamoDB only; ElastiCache = general purpose, app code changes
  });
});

export enum DynamoDbError {
  ProvisionedThroughputExceededException = 400, // throttled, SDK retries w/ exponential backoff
  ConditionalCheckFailedException = 400,         // conditional write failed (optimistic locking)
  TransactionConflictException = 400,
  ItemCollectionSizeLimitExceededException = 400, // LSI collection > 10 GB
  ValidationException = 400,                       // item too big etc
  InternalServerError = 500,
}

// ElastiCache: Redis vs Memcached
//   Redis = replication, Multi-AZ failover, persistence (AOF), backups, sorted sets, pub/sub
//   Memcached = multi-threaded, sharding only, no persistence, no replication
// Redis max replicas per shard = 5
export const REDIS_REPLICAS_PER_SHARD = 5;

// On-demand vs provisioned capacity: on-demand ~ 2.5x pricier per request, instant scaling to 2x prev peak
