PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
-- flashcard app v0.3 export, deck = DVA messaging + dynamo
-- ease: 1=again 2=hard 3=good 4=easy
CREATE TABLE decks(id INTEGER PRIMARY KEY, name TEXT NOT NULL, created TEXT);
INSERT INTO decks VALUES(1,'DVA - SQS','2024-02-11');
INSERT INTO decks VALUES(2,'DVA - SNS','2024-02-11');
INSERT INTO decks VALUES(3,'DVA - Kinesis','2024-02-14');
INSERT INTO decks VALUES(4,'DVA - DynamoDB','2024-02-15');
CREATE TABLE cards(id INTEGER PRIMARY KEY, deck_id INTEGER, front TEXT, back TEXT, tags TEXT, ease INTEGER, due TEXT);
-- ===== SQS =====
INSERT INTO cards VALUES(1,1,'SQS max message size?','256 KB per message (use Extended Client Library + S3 for up to 2 GB)','sqs,limit',3,'2024-03-01');
INSERT INTO cards VALUES(2,1,'SQS default retention period','4 days default, min 60 seconds, max 14 days','sqs,default',2,'2024-02-20');
INSERT INTO cards VALUES(3,1,'visibility timeout default / max','default 30 seconds, range 0 sec to 12 hours','sqs,default',1,'2024-02-18');
INSERT INTO cards VALUES(4,1,'how to extend visibility while still processing?','call ChangeMessageVisibility API','sqs,api',3,'2024-03-05');
INSERT INTO cards VALUES(5,1,'delay queue range','0 to 15 minutes (DelaySeconds), default 0. per-message timer overrides it, not on FIFO per message','sqs',2,'2024-02-22');
INSERT INTO cards VALUES(6,1,'long polling max wait','ReceiveMessageWaitTimeSeconds up to 20 seconds (1-20), 0 = short polling','sqs,polling',3,'2024-03-02');
INSERT INTO cards VALUES(7,1,'ReceiveMessage max msgs per call','10 messages (MaxNumberOfMessages)','sqs,limit',4,'2024-03-10');
INSERT INTO cards VALUES(8,1,'FIFO throughput','300 msg/s without batching, 3,000 msg/s with batching (high throughput mode more)','sqs,fifo',2,'2024-02-21');
INSERT INTO cards VALUES(9,1,'FIFO dedup interval','5 minutes - use MessageDeduplicationId or content-based dedup (SHA-256 of body)','sqs,fifo',2,'2024-02-21');
INSERT INTO cards VALUES(10,1,'FIFO queue naming','name must end with .fifo suffix','sqs,fifo',4,'2024-03-15');
INSERT INTO cards VALUES(11,1,'ordering in FIFO is per ...?','per MessageGroupId - different groups can be consumed in parallel','sqs,fifo',3,'2024-03-03');
INSERT INTO cards VALUES(12,1,'in-flight msgs limit','standard ~120,000 in flight; FIFO 20,000','sqs,limit',1,'2024-02-19');
INSERT INTO cards VALUES(13,1,'DLQ - when does msg move?','after ReceiveCount exceeds maxReceiveCount of redrive policy. DLQ of FIFO must be FIFO too','sqs,dlq',3,'2024-03-04');
-- TODO double check the retention one for DLQ (enqueue timestamp kept??)
INSERT INTO cards VALUES(14,1,'SQS batch APIs max entries','10 entries per SendMessageBatch / DeleteMessageBatch','sqs,limit',3,'2024-03-06');
-- ===== SNS =====
INSERT INTO cards VALUES(20,2,'SNS subs per topic','12,500,000 subscriptions per topic','sns,limit',3,'2024-03-01');
INSERT INTO cards VALUES(21,2,'SNS topics per account','100,000 topics (soft)','sns,limit',2,'2024-02-25');
INSERT INTO cards VALUES(22,2,'SNS FIFO topic subscribers can be','only SQS queues (FIFO or standard). no Lambda/email/http','sns,fifo',1,'2024-02-20');
INSERT INTO cards VALUES(23,2,'fan-out pattern','SNS topic -> multiple SQS queues; queue access policy must allow sns to SendMessage','sns,pattern',3,'2024-03-08');
INSERT INTO cards VALUES(24,2,'filter policy','JSON filter policy on the subscription; matches message attributes (or body w/ MessageBody scope)','sns',2,'2024-02-27');
INSERT INTO cards VALUES(25,2,'SNS max msg size','256 KB, same as SQS','sns,limit',4,'2024-03-12');
INSERT INTO cards VALUES(26,2,'HTTP/S endpoint delivery retries','default retry policy: 3 retries ... total? check','sns',1,'2024-02-18');
-- ^ not sure abt that one, skip it in quiz
-- ===== Kinesis =====
INSERT INTO cards VALUES(30,3,'KDS shard write capacity','1 MB/s OR 1,000 records/s per shard (in)','kinesis,limit',2,'2024-02-24');
INSERT INTO cards VALUES(31,3,'KDS shard read capacity (shared)','2 MB/s per shard shared across all consumers, 5 GetRecords calls/s per shard','kinesis,limit',2,'2024-02-24');
INSERT INTO cards VALUES(32,3,'enhanced fan-out','2 MB/s per consumer per shard, push via SubscribeToShard (HTTP/2), ~70 ms latency vs ~200 ms','kinesis',3,'2024-03-02');
INSERT INTO cards VALUES(33,3,'KDS retention','default 24 hours, extend up to 365 days','kinesis,default',3,'2024-03-01');
INSERT INTO cards VALUES(34,3,'max record size KDS','1 MB data blob','kinesis,limit',4,'2024-03-14');
INSERT INTO cards VALUES(35,3,'error when writing too fast to a shard','ProvisionedThroughputExceededException -> retry w/ exponential backoff, better partition key, split shard','kinesis,error',2,'2024-02-26');
INSERT INTO cards VALUES(36,3,'capacity modes','provisioned (you pick shards) vs on-demand (default 4 MB/s write, scales on last 30 days peak)','kinesis,mode',3,'2024-03-05');
INSERT INTO cards VALUES(37,3,'GetRecords max','10 MB or 10,000 records per call','kinesis,limit',1,'2024-02-19');
INSERT INTO cards VALUES(38,3,'KCL rule','1 shard = max 1 KCL worker; checkpoints in a DynamoDB table','kinesis,kcl',3,'2024-03-07');
INSERT INTO cards VALUES(39,3,'Firehose buffer','buffer size 1-128 MB, buffer interval min 60 sec max 900 sec -> near real time not real time','firehose',2,'2024-02-23');
INSERT INTO cards VALUES(40,3,'Firehose destinations','S3, Redshift (via S3 COPY), OpenSearch, Splunk, HTTP endpoint + partners. NOT KDS','firehose',3,'2024-03-09');
-- ===== DynamoDB =====
INSERT INTO cards VALUES(50,4,'DDB max item size','400 KB (incl attribute names)','ddb,limit',4,'2024-03-20');
INSERT INTO cards VALUES(51,4,'1 RCU = ?','1 strongly consistent read/s of up to 4 KB, or 2 eventually consistent reads/s','ddb,capacity',2,'2024-02-25');
INSERT INTO cards VALUES(52,4,'1 WCU = ?','1 write/s of item up to 1 KB','ddb,capacity',3,'2024-03-03');
INSERT INTO cards VALUES(53,4,'transactional reads/writes cost','2x - TransactGetItems 2 RCU per 4 KB, TransactWriteItems 2 WCU per 1 KB','ddb,capacity',2,'2024-02-27');
INSERT INTO cards VALUES(54,4,'TransactWriteItems max items','25 items per transaction, 4 MB total','ddb,limit',2,'2024-02-28');
INSERT INTO cards VALUES(55,4,'LSI facts','must create at table creation; same PK diff sort key; max 5 LSI per table; 10 GB per partition key value limit','ddb,index',1,'2024-02-20');
INSERT INTO cards VALUES(56,4,'GSI max per table','20 GSIs default (soft)','ddb,index',3,'2024-03-04');
INSERT INTO cards VALUES(57,4,'GSI throttling','if GSI write capacity too low the BASE TABLE writes get throttled!!','ddb,index',1,'2024-02-18');
INSERT INTO cards VALUES(58,4,'Query/Scan page size','1 MB of data per call then LastEvaluatedKey for pagination','ddb,limit',3,'2024-03-06');
INSERT INTO cards VALUES(59,4,'BatchWriteItem limits','25 put/delete requests, 16 MB total. no UpdateItem in batch','ddb,limit',3,'2024-03-07');
INSERT INTO cards VALUES(60,4,'BatchGetItem limits','up to 100 items, 16 MB','ddb,limit',3,'2024-03-07');
INSERT INTO cards VALUES(61,4,'TTL - when are expired items deleted','background process, usually within 48 hours of expiry; still show in reads until then, filter them','ddb,ttl',2,'2024-02-26');
INSERT INTO cards VALUES(62,4,'DynamoDB Streams retention','24 hours','ddb,streams',4,'2024-03-18');
INSERT INTO cards VALUES(63,4,'stream view types','KEYS_ONLY, NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES','ddb,streams',2,'2024-02-22');
INSERT INTO cards VALUES(64,4,'DAX default item cache TTL','5 minutes; DAX cluster max 10 nodes; microsecond latency; no help for writes','ddb,dax',3,'2024-03-05');
INSERT INTO cards VALUES(65,4,'conditional write fails ->','ConditionalCheckFailedException (HTTP 400)','ddb,error',3,'2024-03-09');
INSERT INTO cards VALUES(66,4,'burst capacity','unused capacity saved for up to 300 seconds (5 min) of bursting','ddb,capacity',1,'2024-02-17');
INSERT INTO cards VALUES(67,4,'partition key value max length','2048 bytes; sort key 1024 bytes','ddb,limit',2,'2024-02-23');
INSERT INTO cards VALUES(68,4,'on-demand vs provisioned','on-demand = pay per request, no capacity planning, ~2.5x pricier per req; provisioned + auto scaling for predictable traffic. switch mode once per 24h','ddb,mode',3,'2024-03-11');
INSERT INTO cards VALUES(69,4,'optimistic locking in DDB','conditional writes on a version number attribute (DynamoDBMapper @DynamoDBVersionAttribute)','ddb',3,'2024-03-12');
INSERT INTO cards VALUES(70,4,'PartiQL?','SQL-compatible query language for DDB, works in console, no joins','ddb',4,'2024-03-21');
INSERT INTO cards VALUES(71,4,'what''s the diff Query vs Scan','Query = by partition key (efficient). Scan = reads whole table, parallel scan w/ Segment + TotalSegments','ddb',3,'2024-03-02');
INSERT INTO cards VALUES(72,4,'ProjectionExpression vs FilterExpression','Projection = which attrs returned; Filter applied AFTER read so still consumes RCU (doesn''t save capacity)','ddb',2,'2024-02-28');
CREATE TABLE reviews(card_id INTEGER, ts TEXT, result INTEGER);
INSERT INTO reviews VALUES(3,'2024-02-17 21:04',1);
INSERT INTO reviews VALUES(3,'2024-02-18 08:12',2);
INSERT INTO reviews VALUES(54,'2024-02-27 22:40',2);
INSERT INTO reviews VALUES(57,'2024-02-17 23:01',1);
CREATE INDEX idx_cards_deck ON cards(deck_id);
COMMIT;
