-- 05_network_security.sql  VPC / Route 53 / CloudFront / IAM / STS / KMS / Cognito / Shield

-- VPC
INSERT INTO facts (service, measure, value, unit, note) VALUES
  ('VPC', 'VPCs per region default', '5', 'VPCs', 'soft'),
  ('VPC', 'CIDR block size range', '/16 to /28', 'netmask', NULL),
  ('VPC', 'reserved IPs per subnet', '5', 'IPs', 'first 4 + last 1 (network, router, DNS, future, broadcast)'),
  ('VPC', 'security group inbound rules default', '60', 'rules', 'outbound 60 separately'),
  ('EC2', 'Elastic IPs per region default', '5', 'EIPs', NULL);
INSERT INTO facts (service, measure, value, unit, note) VALUES ('VPC', 'NAT gateway bandwidth', 'up to 45', 'Gbps', 'scales automatically, AZ-scoped');
-- Security Group = STATEFUL, allow rules only, instance (ENI) level
-- NACL = STATELESS, allow + deny, subnet level, rules evaluated lowest number first
-- gateway endpoint (S3, DynamoDB only, free, route table) vs interface endpoint (ENI + PrivateLink, $/hr)

-- Route 53
INSERT INTO facts (service, measure, value, unit, note) VALUES ('Route 53', 'health check interval', '30', 'seconds', 'fast = 10 s costs extra');
-- alias record: free queries, works at zone apex; CNAME can't be at apex

-- CloudFront
INSERT INTO facts (service, measure, value, unit, note) VALUES ('CloudFront', 'default TTL', '24', 'hours', '86400 s if origin sends no Cache-Control');
-- CloudFront Functions (JS, viewer req/resp only, sub-ms) vs Lambda@Edge (Node/Python, all 4 triggers, up to 5s viewer / 30s origin)

-- IAM / STS
INSERT INTO facts (service, measure, value, unit, note) VALUES
  ('IAM', 'managed policies per role default', '10', 'policies', 'quota increase to 20'),
  ('IAM', 'managed policy max size', '6,144', 'characters', 'whitespace not counted'),
  ('STS', 'AssumeRole session default', '1', 'hour', NULL),
  ('STS', 'AssumeRole session max', '12', 'hours', 'role MaxSessionDuration setting');
-- eval logic: explicit DENY > explicit allow > implicit deny (default)

-- KMS
INSERT INTO facts (service, measure, value, unit, note) VALUES
  ('KMS', 'Encrypt API max plaintext', '1', 'MB', 'bigger -> GenerateDataKey (envelope encryption)'),
  ('KMS', 'key deletion waiting period default', '30', 'days', 'range 7-30'),
  ('KMS', 'automatic key rotation', '1', 'year', 'customer managed keys, opt-in');
-- KMS throttled -> ThrottlingException, use data key caching

-- Cognito
INSERT INTO facts (service, measure, value, unit, note) VALUES
  ('Cognito', 'ID/access token expiry default', '1', 'hour', NULL),
  ('Cognito', 'refresh token expiry default', '30', 'days', NULL);
-- user pool = authN (sign-in, JWTs). identity pool = authZ, swaps token for temp AWS creds (STS)

-- Shield
-- Shield Standard = free, automatic L3/L4. Shield Advanced = $3,000/month per org + DRT + cost protection
SELECT service, measure, value FROM facts WHERE unit='hour' OR unit='hours';
