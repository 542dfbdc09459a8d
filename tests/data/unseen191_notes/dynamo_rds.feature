# databases — dynamodb, rds, aurora, elasticache
# (these scenarios r not runnable obviously, just how i remember stuff)

Feature: DynamoDB item + capacity math

  Scenario: item too big
    Given a table "Users"
    When I PutItem with a 500 KB item
    Then it fails with ValidationException "Item size has exceeded the maximum allowed size"
    # max item = 400 KB (names + values)

  Scenario Outline: capacity units
    When I do <op>
    Then it costs <units>
    Examples:
      | op                                   | units   |
      | 1 strongly consistent read up to 4KB | 1 RCU   |
      | 1 eventually consistent read up to 4KB | 0.5 RCU |
      | 1 transactional read up to 4KB       | 2 RCU   |
      | 1 write up to 1KB                    | 1 WCU   |
      | 1 transactional write up to 1KB      | 2 WCU   |

  Scenario: read consistency
    When I GetItem without ConsistentRead
    Then I get an eventually consistent read (default)
    # GSI = eventual only!! LSI can do strong

  Scenario: throttling
    When I exceed provisioned throughput
    Then I get ProvisionedThroughputExceededException (400)
    # SDK retries w/ exponential backoff

  Scenario Outline: index limits
    Then <idx> limit is <n>
    Examples:
      | idx | n                |
      | GSI | 20 per table     |
      | LSI | 5 per table, only at table creation |

  Scenario: query page
    Then Query/Scan returns max 1 MB per call, use LastEvaluatedKey
  # BatchGetItem 100 items / 16 MB ; BatchWriteItem 25 items / 16 MB
  # TTL deletes within 48 hrs of expiry (not instant)
  # Streams keep records 24 hrs
  # DAX = microsecond cache, default item TTL 5 min

Feature: RDS

  Scenario: multi-AZ vs read replica
    Given a Multi-AZ deployment
    Then the standby uses synchronous replication and is NOT readable
    Given a read replica
    Then it uses asynchronous replication and is readable
    # up to 5 read replicas for MySQL/Postgres/MariaDB (aurora 15)

  Scenario: backups
    When automated backups are on
    Then default retention is 7 days and max is 35 days
    # manual snapshots kept until u delete them
    # console default = 7, CLI/API default = 1 (?)

  Scenario: storage
    Then max storage is 64 TiB for MySQL/Postgres
    # SQL Server 16 TiB
    # storage autoscaling: triggers when free < 10%

  Scenario: default port
    Given a MySQL instance
    Then it listens on 3306
    # postgres 5432, oracle 1521, sql server 1433

Feature: Aurora
  Scenario: storage
    Then 6 copies across 3 AZs, auto grows in 10 GB steps up to 128 TiB
    # needs 4 of 6 for writes, 3 of 6 for reads
    # failover to replica ~30 sec
  # Aurora Serverless v2 min 0.5 ACU

Feature: ElastiCache
  Scenario: redis vs memcached
    Given Redis
    Then it has replication, Multi-AZ, persistence, backups, sorted sets
    Given Memcached
    Then it is multi-threaded, no replication, no persistence
    # redis default port 6379, memcached 11211
