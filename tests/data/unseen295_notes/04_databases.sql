-- 04_databases.sql   DynamoDB / RDS / Aurora / ElastiCache

-- ===== DynamoDB =====
INSERT INTO facts (service, measure, value, unit, note) VALUES
  ('DynamoDB', 'max item size', '64', 'KB', 'attr names count toward it'),
  ('DynamoDB', '1 RCU', '1 strongly consistent read/s of up to 4 KB', 'per RCU', 'or 2 eventually consistent reads/s'),
  ('DynamoDB', '1 WCU', '1 write/s of up to 1 KB', 'per WCU', 'round item size UP'),
  ('DynamoDB', 'GSIs per table default', '20', 'indexes', 'can add any time'),
  ('DynamoDB', 'LSIs per table', '5', 'indexes', 'only at table creation, same partition key');
INSERT INTO facts (service, measure, value, unit, note) VALUES ('DynamoDB', 'Query/Scan result page max', '1', 'MB', 'then LastEvaluatedKey -> paginate');
INSERT INTO facts (service, measure, value, unit, note) VALUES ('DynamoDB', 'BatchWriteItem max items', '25', 'items', 'max 16 MB per call');
INSERT INTO facts (service, measure, value, unit, note) VALUES ('DynamoDB', 'BatchGetItem max items', '100', 'items', NULL);
INSERT INTO facts (service, measure, value, unit, note) VALUES ('DynamoDB', 'TransactWriteItems max actions', '10', 'items', 'costs 2x WCU');
INSERT INTO facts (service, measure, value, unit, note) VALUES ('DynamoDB', 'Streams record retention', '24', 'hours', NULL);
INSERT INTO facts (service, measure, value, unit, note) VALUES ('DynamoDB', 'TTL expired item deletion', 'within 48', 'hours', 'background, still shows in reads until gone');
INSERT INTO facts (service, measure, value, unit, note) VALUES ('DynamoDB', 'ProvisionedThroughputExceededException', '400', 'HTTP', 'SDK retries w/ exponential backoff');
INSERT INTO facts (service, measure, value, unit, note) VALUES ('DAX', 'item cache TTL default', '5', 'minutes', 'microsecond reads');
-- example: 10 items/s of 6 KB strongly consistent = 10 * ceil(6/4)=2 -> 20 RCU ; eventual -> 10 RCU
-- strongly consistent vs eventually consistent: eventual costs half the RCU, may be stale ~1s

-- ===== RDS =====
INSERT INTO facts (service, measure, value, unit, note) VALUES
  ('RDS', 'read replicas max (MySQL/Postgres/MariaDB)', '5', 'replicas', 'can be cross-region'),
  ('RDS', 'automated backup retention default', '7', 'days', 'console default'),
  ('RDS', 'automated backup retention max', '35', 'days', '0 disables backups'),
  ('RDS', 'max storage', '64', 'TiB', 'storage autoscaling available');
-- Multi-AZ = SYNCHRONOUS standby, for HA/failover, standby not readable (classic)
-- Read replica = ASYNCHRONOUS replication, for read scaling
-- ports: MySQL 3306, PostgreSQL 5432
INSERT INTO facts (service, measure, value, unit, note) VALUES ('RDS', 'Multi-AZ failover time', '1-2', 'minutes', 'DNS CNAME flips to standby');

-- ===== Aurora =====
INSERT INTO facts (service, measure, value, unit, note) VALUES
  ('Aurora', 'storage copies', '6 copies across 3 AZs', 'copies', 'writes need 4/6, reads 3/6'),
  ('Aurora', 'read replicas max', '15', 'replicas', 'reader endpoint load balances'),
  ('Aurora', 'max storage', '128', 'TiB', 'grows in 10 GB increments'),
  ('Aurora', 'backtrack window max', '72', 'hours', 'MySQL-compatible only');

-- ===== ElastiCache =====
INSERT INTO facts (service, measure, value, unit, note) VALUES ('ElastiCache Redis', 'default port', '6379', 'port', NULL);
-- Redis vs Memcached: Redis = replication, multi-AZ failover, persistence/backups, sorted sets
--                     Memcached = multi-threaded, sharding only, no persistence, no replication
SELECT service, measure, value, unit FROM facts WHERE measure LIKE '%replica%';  -- RDS vs Aurora replicas
SELECT * FROM facts WHERE service='DynamoDB' AND measure LIKE '%max%';
