-- 03_storage.sql  S3 / Glacier / EBS / EFS

-- ---------- S3 ----------
INSERT INTO facts (service, measure, value, unit, note) VALUES
  ('S3', 'max object size', '5', 'GB', NULL),
  ('S3', 'multipart upload recommended above', '100', 'MB', NULL),
  ('S3', 'multipart max parts', '10,000', 'parts', 'part size 5 MB - 5 GB (last part can be smaller)'),
  ('S3', 'buckets per account default', '100', 'buckets', 'soft limit'),
  ('S3', 'request rate per prefix', '3,500 PUT/COPY/POST/DELETE + 5,500 GET/HEAD', 'req/s', 'spread over prefixes to scale');
INSERT INTO facts (service, measure, value, unit, note) VALUES ('S3', 'durability', '99.999999999', '%', '11 nines, all classes');
INSERT INTO facts (service, measure, value, unit, note) VALUES ('S3', 'presigned URL max expiry (IAM user, SigV4)', '7', 'days', 'console presign max 12 h');
INSERT INTO facts (service, measure, value, unit, note) VALUES ('S3', 'SlowDown error', '503', 'HTTP', 'request rate too high for prefix');
-- S3 is strongly consistent read-after-write for PUT and DELETE since dec 2020

-- storage classes
INSERT INTO facts (service, measure, value, unit, note) VALUES
  ('S3 Standard-IA', 'min storage duration', '30', 'days', 'min billable object 128 KB'),
  ('S3 Glacier Flexible Retrieval', 'expedited retrieval', '1-5', 'minutes', NULL),
  ('S3 Glacier Flexible Retrieval', 'standard retrieval', '3-5', 'hours', NULL),
  ('S3 Glacier Flexible Retrieval', 'bulk retrieval', '5-12', 'hours', 'cheapest'),
  ('S3 Glacier Flexible Retrieval', 'min storage duration', '90', 'days', NULL),
  ('S3 Glacier Deep Archive', 'standard retrieval', 'within 12', 'hours', 'bulk within 48 h'),
  ('S3 Glacier Deep Archive', 'min storage duration', '180', 'days', NULL);
-- Standard vs Standard-IA: same ms latency + 11 9s, IA cheaper storage but per-GB retrieval fee + 30 day min
-- One Zone-IA = single AZ, 99.5% availability, fine for re-creatable data

-- ---------- EBS ----------
INSERT INTO facts (service, measure, value, unit, note) VALUES
  ('EBS gp3', 'baseline performance', '3,000 IOPS / 125 MB/s', 'free baseline', 'independent of size'),
  ('EBS gp3', 'max IOPS', '16,000', 'IOPS', 'max 1,000 MB/s'),
  ('EBS gp2', 'IOPS per GB', '3', 'IOPS/GB', 'burst to 3,000 for small vols'),
  ('EBS io2 Block Express', 'max IOPS', '256,000', 'IOPS', NULL),
  ('EBS', 'max volume size gp2/gp3', '16', 'TiB', NULL),
  ('EBS io1/io2', 'multi-attach max instances', '16', 'instances', 'same AZ only, Nitro');
-- EBS = one AZ (snapshot to move across). EFS = NFS, multi-AZ, thousands of instances mount it, linux only
-- EFS vs EBS cost: EFS ~3x gp2 price, use EFS-IA lifecycle
SELECT service, measure, value FROM facts WHERE service LIKE 'S3 Glacier%' ORDER BY service, measure;
SELECT * FROM facts WHERE measure LIKE '%min storage%';   -- IA 30 / flexible 90 / deep 180
