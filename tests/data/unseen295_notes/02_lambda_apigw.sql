-- 02_lambda_apigw.sql  (DVA heavy)

-- ============ Lambda limits ============
INSERT INTO facts (service, measure, value, unit, note) VALUES
  ('Lambda', 'timeout max', '5', 'minutes', 'long jobs -> step functions / ECS'),
  ('Lambda', 'timeout default', '3', 'seconds', 'console default'),
  ('Lambda', 'memory range', '128 - 10,240', 'MB', '1 MB steps, CPU scales w/ memory'),
  ('Lambda', '/tmp ephemeral storage max', '512', 'MB', NULL),
  ('Lambda', 'deployment pkg zipped (direct upload)', '50', 'MB', 'bigger -> upload via S3'),
  ('Lambda', 'deployment pkg unzipped incl layers', '250', 'MB', NULL),
  ('Lambda', 'container image max', '10', 'GB', 'ECR image');

INSERT INTO facts (service, measure, value, unit, note) VALUES
  ('Lambda', 'concurrent executions per region default', '1,000', 'executions', 'soft, ask support'),
  ('Lambda', 'sync invocation payload', '6', 'MB', 'request and response each'),
  ('Lambda', 'async invocation payload', '256', 'KB', NULL),
  ('Lambda', 'env vars total size', '4', 'KB', 'all vars together'),
  ('Lambda', 'layers per function', '5', 'layers', NULL);

-- async behaviour
INSERT INTO facts (service, measure, value, unit, note) VALUES ('Lambda', 'async retries on error', '3', 'retries', 'then DLQ / on-failure destination');
INSERT INTO facts (service, measure, value, unit, note) VALUES ('Lambda', 'async max event age', '6', 'hours', 'event dropped after this');
INSERT INTO facts (service, measure, value, unit, note) VALUES ('Lambda', 'throttle error', '429', 'HTTP', 'TooManyRequestsException (reserved concurrency hit)');
INSERT INTO facts (service, measure, value, unit, note) VALUES ('Lambda', 'SQS event source batch size default', '10', 'messages', 'max 10,000 for standard queues w/ batch window');

-- invocation type per trigger (learn this table!!)
CREATE TABLE IF NOT EXISTS invoke_modes (source TEXT, mode TEXT, note TEXT);
INSERT INTO invoke_modes VALUES
  ('API Gateway', 'synchronous', 'caller waits for response'),
  ('ALB', 'sync', 'Lambda as target group, multi-value headers optional'),
  ('S3 event notification', 'asynchronous', 'retries handled by lambda'),
  ('SNS', 'async', 'event invocation'),
  ('SQS', 'poll-based (event source mapping)', 'lambda polls the queue, failed batch goes back to queue'),
  ('Kinesis Data Streams', 'event source mapping, batches per shard in order', 'bad record blocks the shard until expiry'),
  ('EventBridge rule', 'asynchronous invoke', NULL),
  ('Cognito sync trigger', 'synchronous invoke', 'user pool triggers');

-- ============ API Gateway ============
INSERT INTO facts (service, measure, value, unit, note) VALUES
  ('API Gateway', 'integration timeout', '30', 'seconds', 'same for REST and HTTP APIs'),
  ('API Gateway', 'account throttle default', '10,000 rps steady / 5,000 burst', 'requests', 'per region, token bucket'),
  ('API Gateway', 'max payload size', '10', 'MB', NULL),
  ('API Gateway', 'cache TTL default', '300', 'seconds', 'max 3600 s, 0 = caching off');
INSERT INTO facts (service, measure, value, unit, note) VALUES ('API Gateway', 'WebSocket idle timeout', '10', 'minutes', 'connection max duration 2 hours');

-- error codes seen in labs
CREATE TABLE IF NOT EXISTS error_codes (service TEXT, code INTEGER, meaning TEXT);
INSERT INTO error_codes VALUES
  ('API Gateway', 503, 'throttled - too many requests, client should back off'),
  ('API Gateway', 502, 'Bad Gateway: lambda proxy returned malformed response'),
  ('API Gateway', 504, 'Integration timeout (backend took too long)'),
  ('API Gateway', 403, 'Missing Authentication Token = wrong path/method, also WAF blocks');

-- REST API vs HTTP API: HTTP API ~70% cheaper + lower latency, but no usage plans / API keys / request validation
-- edge-optimized = via CloudFront POPs, regional = same region clients, private = VPC endpoint only
SELECT source, mode FROM invoke_modes WHERE mode LIKE '%sync%';
SELECT * FROM facts WHERE service='Lambda' AND unit IN ('MB','GB','KB');  -- all the size limits at once
