// jest-ish notes for EC2 / ASG / Kinesis / ECS / CloudFront / billing
// CLF-C02 + SAA overlap. values = what I remember from the course, verify later

const EC2 = { spotNoticeSec: 120, vCpuOnDemandDefault: 5, stopHibernateMaxRamGB: 150 };

describe('EC2', () => {
  test('spot interruption notice is 2 minutes', () => {
    expect(EC2.spotNoticeSec).toBe(120);
  });

  test('hibernate needs RAM under 150 GB and max 60 days hibernated', () => {
    expect(EC2.stopHibernateMaxRamGB).toBe(150);
    expect(HIBERNATE_MAX_DAYS).toBe(60);
  });

  test('reserved instance terms are 1 or 3 years', () => {
    expect(RI_TERMS_YEARS).toEqual([1, 3]);
    // standard RI up to 72% off, convertible up to 66%, savings plans up to 72%
  });

  test('spot up to 90% off on-demand', () => {
    expect(SPOT_MAX_DISCOUNT).toBe(0.9);
  });

  test('instance limit error', () => {
    expect(launchOverLimit()).toThrow('InstanceLimitExceeded');
    // no capacity in AZ -> InsufficientInstanceCapacity (different!)
  });

  test('placement groups', () => {
    // cluster = low latency 1 AZ ; spread = max 7 instances per AZ per group ; partition = up to 7 partitions per AZ
    expect(SPREAD_MAX_PER_AZ).toBe(7);
  });
});

describe('Auto Scaling', () => {
  test('default cooldown is 300 sec', () => {
    expect(ASG_DEFAULT_COOLDOWN).toBe(300);
  });

  test('health check grace period default', () => {
    expect(ASG_HEALTH_GRACE).toBe(300); // console might set 300, API 0 ??
  });

  test('default termination policy', () => {
    // AZ w/ most instances -> oldest launch config/template -> closest to next billing hr
    expect(DEFAULT_TERMINATION).toBe('Default');
  });
});

describe('Kinesis Data Streams', () => {
  test('shard write limit 1 MB/s or 1000 records/s', () => {
    expect(SHARD_WRITE_MBPS).toBe(1);
    expect(SHARD_WRITE_RECORDS).toBe(1000);
  });

  test('shard read 2 MB/s shared, 5 GetRecords calls/s', () => {
    expect(SHARD_READ_MBPS).toBe(2);
    // enhanced fan-out = 2 MB/s PER consumer
  });

  test('retention default 24h up to 365 days', () => {
    expect(KDS_RETENTION_DEFAULT_H).toBe(24);
    expect(KDS_RETENTION_MAX_DAYS).toBe(365);
  });

  test('record max size', () => {
    expect(KDS_RECORD_MAX_MB).toBe(1);
  });

  test('over the shard limit', () => {
    expect(putOverLimit()).toThrow('ProvisionedThroughputExceededException');
  });
  // KDS vs Firehose: KDS = real time, you manage shards, replay; Firehose = near real time (buffer 60s min), serverless, no replay
});

describe('ECS / Fargate', () => {
  test('fargate task max 16 vCPU 120 GB', () => {
    expect(FARGATE_MAX_VCPU).toBe(4);
    expect(FARGATE_MAX_MEM_GB).toBe(30);
    // ^ ok these are the numbers from my old notes, title is from the new slide. which one??
  });
  // EC2 launch type = you manage instances; Fargate = serverless
  // task role vs execution role: task role = app perms; execution role = pull ECR image + send logs
});

describe('CloudFront', () => {
  test('default TTL 24h', () => {
    expect(CF_DEFAULT_TTL).toBe(86400);
  });
  // origin shield, OAC replaces OAI for S3
});

describe('Billing', () => {
  test('free tier ec2 750 hrs/month t2.micro or t3.micro 12 months', () => {
    expect(FREE_TIER_EC2_HOURS).toBe(750);
  });
  test('budgets first 2 free', () => {
    expect(FREE_BUDGETS).toBe(2);
  });
  // Cost Explorer forecast 12 months ; Trusted Advisor full checks need Business/Enterprise support
  // support plans: basic, developer, business (<1hr prod down), enterprise (15 min critical)
});
