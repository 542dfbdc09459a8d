# study notes - messaging (SQS / SNS / EventBridge) for DVA-C02
# writing these as feature files bc thats how my brain works lol

Feature: SQS message limits
  As a dev studying for DVA
  I want to remember the SQS numbers

  Background:
    Given a standard queue named "orders-q"

  Scenario: message too large
    When I send a 300 KB message
    Then the send fails with InvalidParameterValue
    # max msg size is 256 KB (262,144 bytes) -- use extended client lib + S3 for up to 2 GB

  Scenario: default retention
    When I create the queue without setting MessageRetentionPeriod
    Then messages are kept for 4 days
    And the retention can be set from 60 sec up to 14 days

  Scenario: visibility timeout
    When a consumer receives a msg and doesnt delete it
    Then the msg is invisible for 30 seconds by default
    And the max visibility timeout is 12 hours
    # ChangeMessageVisibility to extend while processing

  Scenario: long polling
    When I set ReceiveMessageWaitTimeSeconds to 20
    Then the receive call waits up to 20 sec (max) for messages
    # 0 = short polling = the default. long polling cuts empty receives = cheaper

  Scenario Outline: batch + delay limits
    When I call <api>
    Then the limit is <limit>
    Examples:
      | api                  | limit                        |
      | SendMessageBatch     | 10 messages per batch        |
      | ReceiveMessage       | max 10 msgs per call         |
      | DelaySeconds         | 0 to 900 sec (15 min)        |
      | in-flight (standard) | ~120,000 msgs                |
      | in-flight (FIFO)     | 20,000 msgs                  |

Feature: FIFO queues

  Scenario: throughput
    Given a FIFO queue "payments.fifo"
    When I send without batching
    Then I get 300 msgs/sec
    And with batching 3000 msgs/sec
    # ?? high throughput mode is more, not sure how much, skip

  Scenario: dedup
    When I send the same MessageDeduplicationId twice within 5 minutes
    Then the second one is accepted but not delivered
    # dedup interval = 5 min. content based dedup uses SHA-256 of body

  Scenario: name
    When I create a FIFO queue named "payments"
    Then it fails because the name must end in .fifo

Feature: Dead letter queues
  Scenario: maxReceiveCount
    Given a redrive policy with maxReceiveCount 5
    When a message is received 5 times without delete
    Then it moves to the DLQ
    # DLQ of a FIFO queue must also be FIFO!!
    # DLQ retention: set it longer than the source q (enqueue timestamp kept)

Feature: SNS basics
  Scenario: msg size
    When I publish a 256 KB message to a topic
    Then it is accepted
    # same 256KB as SQS. billed per 64KB chunk

  Scenario Outline: subscription protocols
    When I subscribe a <endpoint>
    Then delivery works
    Examples:
      | endpoint |
      | SQS      |
      | Lambda   |
      | HTTP/S   |
      | email    |
      | SMS      |
      | Kinesis Data Firehose |

  Scenario: topics per account
    Then the default quota is 100,000 topics per account
    And 12,500,000 subscriptions per topic

  # SNS vs SQS: SNS = push, pub/sub, no persistence ; SQS = pull, msgs stored until consumed/expired
  # fan-out = SNS topic -> many SQS queues

Feature: EventBridge
  Scenario: event size
    When I PutEvents with a 300 KB entry
    Then it fails, max event size is 256 KB
  # default event bus per account + up to 100 custom buses (?? check)
  # rules per bus default 300
