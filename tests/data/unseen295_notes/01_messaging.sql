-- 01_messaging.sql
-- SQS / SNS / Kinesis / EventBridge
-- (run this first, it makes the table)

DROP TABLE IF EXISTS facts;
CREATE TABLE facts (
  id      INTEGER PRIMARY KEY AUTOINCREMENT,
  service TEXT NOT NULL,
  measure TEXT NOT NULL,
  value   TEXT,          -- text bc ranges
  unit    TEXT,
  note    TEXT
);

-- ================= SQS =================
INSERT INTO facts (service, measure, value, unit, note) VALUES
  ('SQS', 'max message size', '256', 'KB', 'bigger payloads -> extended client lib, body goes to S3'),
  ('SQS', 'message retention default', '4', 'days', NULL),
  ('SQS', 'message retention max', '14', 'days', 'min is 60 sec'),
  ('SQS', 'visibility timeout default', '30', 'seconds', NULL),
  ('SQS', 'visibility timeout max', '12', 'hours', 'ChangeMessageVisibility to extend'),
  ('SQS', 'long polling max wait', '20', 'seconds', 'ReceiveMessageWaitTimeSeconds, 0 = short polling'),
  ('SQS', 'delay queue max', '15', 'minutes', 'DelaySeconds, default 0');

INSERT INTO facts (service, measure, value, unit, note) VALUES ('SQS', 'max messages per ReceiveMessage', '10', 'messages', 'MaxNumberOfMessages');
INSERT INTO facts (service, measure, value, unit, note) VALUES ('SQS', 'FIFO throughput', '300', 'msg/s', 'without batching; 3,000 msg/s with batching');
INSERT INTO facts (service, measure, value, unit, note) VALUES ('SQS', 'FIFO dedup interval', '5', 'minutes', 'MessageDeduplicationId or content-based dedup');
-- standard queue = at-least-once delivery, best-effort ordering (dupes possible -> idempotent consumers!)
-- FIFO = exactly-once processing, strict ordering per MessageGroupId, name must end in .fifo

-- ================= SNS =================
INSERT INTO facts (service, measure, value, unit, note) VALUES
  ('SNS', 'max message size', '64', 'KB', 'publish payload'),
  ('SNS', 'subscriptions per standard topic', '12,500,000', 'subscriptions', NULL),
  ('SNS', 'topics per account', '100,000', 'topics', 'soft limit');
-- fan-out pattern: SNS topic -> N SQS queues (queue policy must allow sns.amazonaws.com)
-- SNS filter policy lives on the SUBSCRIPTION not the topic

-- ================= Kinesis =================
INSERT INTO facts (service, measure, value, unit, note) VALUES
  ('Kinesis Data Streams', 'retention default', '7', 'days', NULL),
  ('Kinesis Data Streams', 'retention max', '365', 'days', 'long term retention costs extra'),
  ('Kinesis Data Streams', 'shard write capacity', '1 MB/s or 1,000 records/s', 'per shard', 'ProvisionedThroughputExceeded if over'),
  ('Kinesis Data Streams', 'shard read capacity', '2', 'MB/s per shard', 'shared across all standard consumers'),
  ('Kinesis Data Streams', 'max record size', '1', 'MB', 'data blob before base64');
-- enhanced fan-out: each consumer gets its own 2 MB/s/shard, pushed via SubscribeToShard (HTTP/2)
INSERT INTO facts (service, measure, value, unit, note) VALUES ('Kinesis Data Firehose', 'min buffer interval', '60', 'seconds', 'near real time, NOT real time');
-- Firehose has no replay / no data storage. KDS = replay. (exam loves this)

-- ================= EventBridge =================
INSERT INTO facts (service, measure, value, unit, note) VALUES ('EventBridge', 'max event size', '256', 'KB', 'PutEvents entry');
INSERT INTO facts (service, measure, value, unit, note) VALUES ('EventBridge', 'targets per rule', '5', 'targets', NULL);
-- schedule expressions: rate(5 minutes) or cron(0 12 * * ? *)

-- comparisons
-- SQS vs SNS: SQS = pull (consumers poll), SNS = push to subscribers
SELECT service, measure, value, unit FROM facts WHERE measure LIKE '%max message size%';  -- SQS 256 vs SNS, check
SELECT * FROM facts WHERE service LIKE 'Kinesis%' ORDER BY measure;
