-- my_aws_quotas.sql
-- personal quotas db for DVA-C02 / SAA-C03. load w/ sqlite3 quotas.db < e_quotas_db.sql
-- values are what my course said, double check before exam!!

CREATE TABLE IF NOT EXISTS quotas (
    id        INTEGER PRIMARY KEY,
    service   TEXT NOT NULL,
    quota     TEXT NOT NULL,
    value     TEXT,
    unit      TEXT,
    note      TEXT
);

CREATE TABLE IF NOT EXISTS error_codes (
    service   TEXT,
    code      TEXT,
    meaning   TEXT
);

-- ===== Kinesis =====
INSERT INTO quotas (service, quota, value, unit, note) VALUES
 ('Kinesis Data Streams', 'write per shard', '1', 'MB/s', 'or 1000 records/s per shard'),
 ('Kinesis Data Streams', 'read per shard (shared)', '2', 'MB/s', '5 GetRecords calls/s per shard, shared by all consumers'),
 ('Kinesis Data Streams', 'enhanced fan-out read', '2', 'MB/s per consumer per shard', 'push via SubscribeToShard, HTTP/2'),
 ('Kinesis Data Streams', 'retention default', '24', 'hours', 'extendable up to 365 days'),
 ('Kinesis Data Streams', 'record size max', '1', 'MB', 'data blob before base64'),
 ('Kinesis Firehose', 'buffer interval', '60-900', 'seconds', 'near real time, not real time! min buffer 1 MiB'),
 ('Kinesis Firehose', 'destinations', 'S3, Redshift (via S3 COPY), OpenSearch, Splunk, HTTP endpoint', NULL, 'no replay, no storage');
-- KDS vs SQS: KDS ordering per shard (partition key) + replay; SQS deletes msgs after processing

-- ===== IAM =====
INSERT INTO quotas (service, quota, value, unit, note) VALUES
 ('IAM', 'users per account', '5000', 'users', 'use identity federation above that'),
 ('IAM', 'groups per user', '10', 'groups', 'groups cannot be nested'),
 ('IAM', 'managed policies per role', '10', 'policies', 'can request increase to 20'),
 ('IAM', 'roles per account', '1000', 'roles', 'default'),
 ('IAM', 'inline policy size (role)', '10,240', 'characters', 'user inline 2048 chars'),
 ('IAM', 'managed policy size', '6144', 'characters', 'whitespace not counted'),
 ('STS', 'AssumeRole session duration', '15 min - 12 h', NULL, 'default 1 hour; role chaining capped at 1 h'),
 ('IAM', 'access keys per user', '2', 'keys', 'so you can rotate');
-- policy eval: explicit DENY > explicit allow > implicit deny. SCPs dont grant, only limit
-- permission boundary = max perms for a user/role, doesn't grant by itself

-- ===== KMS =====
INSERT INTO quotas (service, quota, value, unit, note) VALUES
 ('KMS', 'Encrypt/Decrypt direct payload max', '4', 'KB', 'bigger -> envelope encryption w/ GenerateDataKey'),
 ('KMS', 'key deletion waiting period', '7-30', 'days', 'default 30 days'),
 ('KMS', 'automatic rotation (AWS managed keys)', '1', 'year', 'customer managed: optional, every 1 yr'),
 ('KMS', 'shared request quota (symmetric)', '5500', 'req/s', 'higher in big regions: 10,000 / 50,000'),
 ('KMS', 'aliases per key', '50', 'aliases', NULL);
-- CMK types: AWS owned, AWS managed (aws/s3 ...), customer managed ($1/month each)
-- KMS keys are region-scoped; multi-region keys exist for cross region replication

-- ===== Cognito =====
INSERT INTO quotas (service, quota, value, unit, note) VALUES
 ('Cognito', 'user pool id token validity', '1', 'hour', 'range 5 min - 1 day'),
 ('Cognito', 'refresh token validity default', '30', 'days', 'range 60 min - 10 years'),
 ('Cognito', 'user pools per account', '1000', 'pools', NULL);
-- user pool = authentication (sign-in, JWT). identity pool = authorization -> temp AWS creds via STS
-- ALB can auth users via Cognito user pool directly

-- ===== CloudFormation =====
INSERT INTO quotas (service, quota, value, unit, note) VALUES
 ('CloudFormation', 'resources per template', '200', 'resources', 'use nested stacks for more'),
 ('CloudFormation', 'outputs per template', '200', 'outputs', NULL),
 ('CloudFormation', 'parameters per template', '200', 'parameters', NULL),
 ('CloudFormation', 'template body max (direct)', '51,200', 'bytes', 'via S3 url: 1 MB'),
 ('CloudFormation', 'stacks per account', '2000', 'stacks', 'soft');
-- DeletionPolicy: Retain / Snapshot / Delete(default). UpdateReplacePolicy same options
-- !GetAtt vs !Ref, Fn::ImportValue for cross-stack (exported output names unique per region)
-- StackSets deploy across accounts + regions; drift detection shows manual changes
-- rollback on failure is default; UPDATE_ROLLBACK_FAILED -> ContinueUpdateRollback

-- ===== CloudWatch =====
INSERT INTO quotas (service, quota, value, unit, note) VALUES
 ('CloudWatch', 'standard metric resolution', '60', 'seconds', 'detailed EC2 monitoring 1 min, basic 5 min'),
 ('CloudWatch', 'high resolution custom metric', '1', 'second', 'alarms at 10 s or 30 s'),
 ('CloudWatch', 'metric retention (1-min points)', '15', 'days', '5-min kept 63 days, 1-hour kept 455 days (15 months)'),
 ('CloudWatch Logs', 'default log retention', 'never expire', NULL, 'set 1 day to 10 years'),
 ('CloudWatch', 'dimensions per metric', '10', 'dimensions', 'was 10, check if 30 now'),
 ('CloudWatch Logs', 'PutLogEvents batch max', '1', 'MB', '10,000 events per batch');
-- EC2 memory + disk usage NOT default metrics -> need CloudWatch agent

-- ===== CodeDeploy / CodeBuild =====
INSERT INTO quotas (service, quota, value, unit, note) VALUES
 ('CodeBuild', 'build timeout default', '60', 'minutes', 'max 8 hours (480 min)'),
 ('CodeDeploy', 'deployment config defaults', 'OneAtATime', NULL, 'others: HalfAtATime, AllAtOnce, custom'),
 ('CodeDeploy', 'lambda traffic shifting', 'Canary10Percent5Minutes / Linear10PercentEvery1Minute / AllAtOnce', NULL, 'canary = 2 steps, linear = equal steps');
-- appspec.yml hooks order (EC2): ApplicationStop -> DownloadBundle -> BeforeInstall -> Install -> AfterInstall -> ApplicationStart -> ValidateService

INSERT INTO error_codes (service, code, meaning) VALUES
 ('Kinesis', 'ProvisionedThroughputExceededException', 'hot shard, too many writes/reads -> better partition key, backoff, split shard'),
 ('KMS', 'ThrottlingException', 'over KMS request quota, cache data keys'),
 ('STS', 'AccessDenied on AssumeRole', 'trust policy missing the principal'),
 ('CloudFormation', 'InsufficientCapabilitiesException', 'need CAPABILITY_IAM or CAPABILITY_NAMED_IAM'),
 ('CodeDeploy', 'HEALTH_CONSTRAINTS', 'too many instances failed, min healthy hosts not met');
-- end
