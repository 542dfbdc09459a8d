# study notes as BDD scenarios bc my team lead said it'd help me remember lol
# exams: DVA-C02 + SAA-C03 (kinesis, iam, kms, cognito)

Feature: Kinesis Data Streams behaviour
  # KDS = real-time, you manage shards (or on-demand mode)

  Scenario: writing to a single shard
    Given a provisioned stream with 1 shard
    When a producer writes more than 1 MB/sec or more than 1000 records/sec to that shard
    Then PutRecords returns ProvisionedThroughputExceededException
    And the fix is more shards, a better partition key, or retries w/ exponential backoff

  Scenario: reading from a shard with shared fan-out
    Given 3 consumers on the same shard using GetRecords
    Then they share 2 MB/sec read throughput per shard and max 5 GetRecords calls/sec per shard
    And with enhanced fan-out each consumer gets its own 2 MB/sec per shard (push via SubscribeToShard)

  Scenario: data retention
    Given a new stream
    Then records are kept 24 hours by default
    And retention can be increased up to 7 days
    And data is immutable, can't delete a record once written

  Scenario: record size
    When a producer puts a record bigger than 1 MB
    Then it's rejected (max data blob 1 MB)

  Scenario: ordering
    Given records with the same partition key
    Then they go to the same shard and stay ordered within that shard

  Scenario: Firehose vs Data Streams
    Given I need to load into S3 / Redshift / OpenSearch / Splunk with no code
    Then use Data Firehose, near real-time, buffer 1 MB-128 MB or 60-900 seconds
    And Firehose has no replay and no data storage, Data Streams does

Feature: IAM policy evaluation

  Scenario: explicit deny wins
    Given an identity policy that allows s3:GetObject
    And an SCP or resource policy that explicitly denies s3:GetObject
    When the user calls GetObject
    Then the call fails with AccessDenied (403) because explicit deny always wins

  Scenario: nothing says allow
    Given no policy mentions the action
    Then it's an implicit deny

  Scenario: policy sizes and counts
    Given an IAM role
    Then it can have up to 10 managed policies attached by default (can raise to 20)
    And the inline policy size limit for a role is 10,240 characters
    And managed policy max size is 6,144 characters
    And an account can have 5000 IAM users and 300 groups by default

  Scenario: assume role session length
    When I call sts:AssumeRole
    Then the default session is 1 hour, max duration configurable up to 12 hours
    And role chaining caps it at 1 hour

  Scenario: root user
    Given the root account
    Then enable MFA and don't use it day to day, no access keys
    And root-only tasks include closing the account and changing the support plan

Feature: KMS encryption

  Scenario: encrypting data directly with a KMS key
    When I call kms:Encrypt with more than 4 KB of plaintext
    Then it fails, direct Encrypt max is 4 KB
    And for bigger data use envelope encryption with GenerateDataKey

  Scenario: deleting a key
    When I schedule a customer managed key for deletion
    Then the waiting period is 7 to 30 days, default 30 days
    And during that time I can cancel the deletion

  Scenario: key rotation
    Given a customer managed symmetric key with automatic rotation on
    Then it rotates every 1 year (365 days), old key material kept to decrypt old data
    And AWS managed keys (aws/s3 etc) rotate every 3 years
    And imported key material can't be auto rotated

  Scenario: hitting request quotas
    When too many Encrypt/Decrypt/GenerateDataKey calls per second hit the shared quota
    Then KMS returns ThrottlingException
    And the shared quota is 5,500, 10,000, or 50,000 requests/sec depending on region

  Scenario: cross region
    Given a KMS key in us-east-1
    Then it can't be used in eu-west-1, keys are regional (unless multi-Region keys)

Feature: Cognito

  Scenario: user pools vs identity pools
    Given a mobile app that needs sign-up / sign-in
    Then use a Cognito User Pool, it returns JWTs (ID, access, refresh tokens)
    And use a Cognito Identity Pool (federated identities) to swap a token for temporary AWS creds via STS

  Scenario: token lifetimes
    Given default user pool app client settings
    Then ID and access tokens expire after 1 hour (configurable 5 min to 1 day)
    And refresh token defaults to 30 days (configurable 60 min to 10 years)

  Scenario: guest access
    Given an identity pool with unauthenticated access enabled
    Then guests get the unauth IAM role

  Scenario: wrong password
    When a user signs in with a bad password
    Then Cognito returns NotAuthorizedException
    And an unconfirmed user gets UserNotConfirmedException
