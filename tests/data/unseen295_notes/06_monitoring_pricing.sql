-- 06_monitoring_pricing.sql  CloudWatch / CloudTrail / X-Ray / support plans / pricing (mostly CLF stuff)

-- CloudWatch
INSERT INTO facts (service, measure, value, unit, note) VALUES
  ('CloudWatch Logs', 'default retention', '30', 'days', 'set retention per log group'),
  ('CloudWatch', 'EC2 basic monitoring period', '5', 'minutes', 'free'),
  ('CloudWatch', 'EC2 detailed monitoring period', '1', 'minute', 'paid'),
  ('CloudWatch', 'high-resolution custom metric min period', '1', 'second', 'StorageResolution=1'),
  ('CloudWatch', '1-minute datapoints kept', '15', 'days', 'then rolled up to 5 min (63 d), 1 h (455 d)');
INSERT INTO facts (service, measure, value, unit, note) VALUES ('CloudWatch Logs', 'PutLogEvents batch max', '1', 'MB', 'max 10,000 events per batch');
-- alarm states: OK / ALARM / INSUFFICIENT_DATA
-- memory + disk usage NOT default EC2 metrics -> need CloudWatch agent

-- CloudTrail
INSERT INTO facts (service, measure, value, unit, note) VALUES ('CloudTrail', 'event history (no trail)', '30', 'days', 'management events only, create trail -> S3 for longer');
-- data events (S3 object level, Lambda invoke) are OFF by default, cost extra

-- X-Ray
INSERT INTO facts (service, measure, value, unit, note) VALUES
  ('X-Ray', 'default sampling rule', 'first request each second + 5%', 'of additional requests', 'reservoir 1, rate 0.05'),
  ('X-Ray', 'daemon port', '2000', 'UDP', NULL);
-- annotations = indexed (filter in console), metadata = not indexed

-- Support plans
CREATE TABLE IF NOT EXISTS support_plans (plan TEXT, case_type TEXT, response TEXT, price_from TEXT);
INSERT INTO support_plans VALUES ('Developer', 'general guidance', '< 24 business hours', '$29/month');
INSERT INTO support_plans VALUES ('Developer', 'system impaired', '< 12 business hours', NULL);
INSERT INTO support_plans VALUES ('Business', 'production system down', '< 4 hours', '$100/month');
INSERT INTO support_plans VALUES ('Enterprise On-Ramp', 'business-critical system down', '< 30 minutes', '$5,500/month');
INSERT INTO support_plans VALUES ('Enterprise', 'business-critical system down', '< 15 minutes', '$15,000/month');
-- Basic = free, docs + forums + core Trusted Advisor checks. full TA from Business up. TAM only Enterprise (pool of TAMs for On-Ramp)

-- Pricing
INSERT INTO facts (service, measure, value, unit, note) VALUES
  ('EC2 Reserved Instances', 'max discount vs on-demand', 'up to 72', '%', '1 or 3 year term'),
  ('EC2 Spot', 'max discount vs on-demand', 'up to 90', '%', '2 minute interruption notice'),
  ('Lambda', 'free tier requests', '1,000,000', 'requests/month', '+ 400,000 GB-seconds');
-- Spot vs RI: spot = interruptible batch stuff, RI = steady state 24/7
SELECT plan, response FROM support_plans WHERE case_type LIKE '%down%';
SELECT * FROM facts WHERE unit='%';
