# serverless - lambda + api gw + step functions
# DVA-C02 ch 5-7. TODO re-check the timeout numbers w/ the FAQ

Feature: Lambda function limits

  Scenario: timeout
    Given a function with no timeout configured
    When it runs longer than 3 seconds
    Then it is killed with "Task timed out after 3.00 seconds"
    # default timout = 3 sec, max = 5 min (300s)

  Scenario Outline: config limits
    When I configure <setting>
    Then the allowed range is <range>
    Examples:
      | setting            | range                    |
      | memory             | 128 MB - 10,240 MB (1 MB steps) |
      | /tmp storage       | 512 MB default, up to 10 GB |
      | env vars total     | 4 KB                     |
      | deployment zip     | 50 MB zipped (direct upload) |
      | unzipped pkg+layers| 250 MB                   |
      | container image    | 10 GB                    |
      | layers             | 5 per function           |

  Scenario: payload
    When I invoke synchronously with a 7 MB payload
    Then it fails with RequestEntityTooLargeException (413)
    # sync payload 6 MB req/resp, async 256 KB

  Scenario: concurrency
    Then the account has 1000 concurrent executions per region by default
    # reserved concurrency = cap for one fn; provisioned = pre-warmed, fixes cold starts
    # throttled sync -> 429 TooManyRequestsException

Feature: Lambda invocation types

  Scenario Outline: invocation modes
    When I call with InvocationType <type>
    Then <behaviour>
    Examples:
      | type            | behaviour                                    |
      | RequestResponse | sync, caller waits for result (the default)  |
      | Event           | async, queued, returns 202, retries 2x       |
      | DryRun          | just checks perms, returns 204               |
    # async: failed events -> DLQ (SNS/SQS) or on-failure destination
    # event source mapping (SQS, Kinesis, DynamoDB streams) = lambda POLLS

  Scenario: SQS batch
    Given an SQS event source mapping
    Then default batch size is 10, max 10,000 for standard
    # kinesis batch default 100

Feature: API Gateway

  Scenario: integration timeout
    When my lambda backend takes 35 s
    Then API GW returns 504 Gateway Timeout after 29 seconds
    # 29s hard limit (REST). (heard it can be raised now for regional?? not on exam)

  Scenario: throttling
    Then the account default is 10,000 rps steady with 5,000 burst
    # over the limit -> 429 Too Many Requests

  Scenario: payload
    When I send a 12 MB body
    Then it fails, max payload 10 MB

  Scenario: cache
    Then default cache TTL is 300 seconds, max 3600
    # cache size 0.5 GB - 237 GB

  # REST API vs HTTP API: HTTP = cheaper (~70%), faster, fewer features (no usage plans / API keys, no caching)
  # stage variables ~ env vars for stages

Feature: Step Functions
  Scenario: standard vs express
    Given a Standard workflow
    Then it can run up to 1 year, exactly-once execution
    Given an Express workflow
    Then max duration is 5 minutes, at-least-once
    # express = high volume event processing, cheaper
  # state payload max 256 KB
