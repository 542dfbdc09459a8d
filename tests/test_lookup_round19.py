"""Lookup on notes nobody tuned on (issue 10, round nineteen): a practice journal's question
gives way to the answer marked under it ("→", "right:", "✓"), a statement labelled with a
question number is a statement, and a marked answer line reads the question over it.
"""

from __future__ import annotations

from studycli.lookup.journal import _marked_answer
from tests.helpers import first_value, lookup_values, notes_conn

MISTAKES_LOG = """\
DVA practice mistakes

[set3] Step Functions, wait for a human approval before continuing
   wrong: poll a DynamoDB table from a Lambda loop
   right: task token callback (.waitForTaskToken) and SendTaskSuccess
   why: the state machine pauses for free until the token comes back

[set3] Kinesis consumer falls behind, iterator age grows
   wrong: add more consumers on the same shard
   right: raise the shard count (UpdateShardCount) or use enhanced fan-out
"""


def test_a_mistakes_log_question_gives_way_to_its_right_answer(tmp_path):
    conn = notes_conn(tmp_path, MISTAKES_LOG, "log.txt")
    first = first_value(conn, "step functions wait for human approval")
    assert "task token" in first.lower()
    assert "poll a dynamodb" not in " ".join(lookup_values(conn, "step functions wait for "
                                                           "human approval")).lower()


ARROW_JOURNAL = """\
# CLF practice journal

Marking: ✗ = what I picked and it was wrong, → = the correct answer.

Q7. Which region holds the billing metrics of CloudWatch?
✗ every region
→ us-east-1 only, for the EstimatedCharges metric

Q8. How many AZs does a default VPC subnet span?
✓ one AZ per subnet
"""


def test_an_arrow_marks_the_answer_under_a_journal_question(tmp_path):
    conn = notes_conn(tmp_path, ARROW_JOURNAL, "journal.md")
    assert "us-east-1" in first_value(conn, "cloudwatch billing metrics region")


def test_a_wrong_pick_is_never_the_answer():
    lines = {("n", 1): "Q1. Which plan gives a TAM?", ("n", 2): "✗ Business",
             ("n", 3): "→ Enterprise On-Ramp"}
    assert _marked_answer(lines, ("n", 1)) == (3, "Enterprise On-Ramp",
                                                "Q1. Which plan gives a TAM?")
    # a question answered on its own line, or a block of unmarked lines, has none
    assert _marked_answer({("n", 1): "Q2. ALB idle timeout? 60 s", ("n", 2): "→ 60 s"},
                          ("n", 1)) is None
    assert _marked_answer({("n", 1): "Setup notes", ("n", 2): "→ install the agent"},
                          ("n", 1)) is None


NUMBERED_STATEMENTS = """\
# DVA journal, set 2

Q3: DynamoDB optimistic locking -> ConditionExpression, fails: ConditionalCheckFailedException

Q4: SQS long polling cuts empty receives (ReceiveMessageWaitTimeSeconds up to 20 s)
"""


def test_a_numbered_statement_with_no_marked_answer_is_a_statement(tmp_path):
    conn = notes_conn(tmp_path, NUMBERED_STATEMENTS, "journal.md")
    assert "ConditionExpression" in " ".join(lookup_values(conn,
                                                           "ConditionalCheckFailedException"))


VOCABULARY = """\
# Monitoring

- EC2 metrics: basic monitoring every 5 min, detailed monitoring interval 1 min (paid)
- DynamoDB writes over the table's capacity fail with ProvisionedThroughputExceededException
- IAM policy eval order: explicit deny, then explicit allow, else implicit deny
"""


def test_words_students_type_for_what_notes_write(tmp_path):
    conn = notes_conn(tmp_path, VOCABULARY, "monitoring.md")
    # "frequency" is an interval's; "throttling" is a throughput exceeded; "evaluation" is
    # written "eval", and "logic" only asks
    assert "1 min" in " ".join(lookup_values(conn, "ec2 detailed monitoring frequency"))
    assert "ProvisionedThroughputExceededException" in " ".join(
        lookup_values(conn, "dynamodb throttling error"))
    assert "explicit deny" in " ".join(lookup_values(conn, "iam policy evaluation logic"))


SCALING = """\
SAA outline, compute

II. Auto Scaling
   A. Scaling policies
      1. Target tracking: keep CPU at 50%
      2. Step scaling with alarms
   B. Warmup and cooldown: cooldown default 300 seconds
"""

EDGE = """\
SAA outline, edge

III. CloudFront
   A. Origins: S3 buckets, ALB, any HTTP server
   B. Edge cache default TTL 24 hours, max 1 year
"""


def test_an_outline_item_is_read_under_its_parent_not_a_siblings_child(tmp_path):
    from studycli.lookup.context import _parent_item

    lines = {3: "II. Auto Scaling", 4: "A. Scaling policies", 5: "1. Target tracking",
             6: "2. Step scaling with alarms", 7: "B. Warmup and cooldown"}
    assert _parent_item(lines, 7) == "II. Auto Scaling"
    # bullets of an export that lost its indentation: levels in the order the list uses them
    plans = {1: "• Support plans", 2: "o Developer", 3: "▪ general < 24h", 4: "o Business",
             5: "▪ production down < 1 hr"}
    assert _parent_item(plans, 5) == "o Business"
    conn = notes_conn(tmp_path, SCALING, "outline.md")
    assert "300" in first_value(conn, "asg default cooldown")


def test_an_outline_line_filed_under_a_service_it_never_names(tmp_path):
    # the parser files "B. Edge cache ..." under S3, named on the line over it
    conn = notes_conn(tmp_path, EDGE, "outline.md")
    assert "24 h" in first_value(conn, "cloudfront default ttl")


GATEWAY = """\
# API Gateway

- max message size 10 MB (REST)
- integration timeout 29 s
- WebSocket API: connection duration 2 hours
"""


def test_a_subject_named_by_one_word_is_not_said_by_its_services_name(tmp_path):
    # "websocket" names the WebSocket API: the REST payload's "API" does not say it
    conn = notes_conn(tmp_path, GATEWAY, "apigw.md")
    assert lookup_values(conn, "api gateway websocket message size") == []
    assert "10 MB" in first_value(conn, "api gateway max message size")


S3_RATES = """\
# S3 cheat sheet

S3 — per prefix: 3,500 PUT/POST/DELETE + 5,500 GET/HEAD per sec
S3 — 503 SlowDown = over the request rate of a prefix → spread keys over prefixes
"""


def test_an_http_method_before_requests_is_what_is_counted(tmp_path):
    conn = notes_conn(tmp_path, S3_RATES, "s3.md")
    # the statement's "5,500", or the rate the parser reads from it since pass 12
    assert "5500" in first_value(conn, "s3 get requests per second per prefix").replace(",", "")


def test_write_capacity_asks_a_throughput():
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import understand

    assert "B/s" in understand("kinesis shard write capacity", lexicon()).dimensions
    assert "B/s" not in understand("ebs volume capacity", lexicon()).dimensions


def test_a_statement_of_how_another_service_invokes_lambda_is_another_invokers():
    from studycli.lookup.answer import _another_invoker
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import understand
    from studycli.model import Kind

    q = understand("cognito trigger lambda sync or async", lexicon())
    fact = {"kind": Kind.FACT, "service": "Lambda", "subject": "",
            "value": "Asynchronously via S3 event notification; failed events go to a DLQ"}
    assert _another_invoker(fact, q, lexicon())
    own = {**fact, "value": "CLI/SDK invoke, API Gateway, ALB, Cognito triggers"}
    assert not _another_invoker(own, q, lexicon())
    assert not _another_invoker({**fact, "value": "Lambda polls, invokes synchronously"}, q,
                                lexicon())


SNS = """\
# SNS limits

- SNS FIFO topic: max 100 subscriptions, 300 msg/s
- SNS standard topics: up to 12,500,000 subscriptions per topic
- SNS: 100,000 topics per account
"""


def test_a_special_case_does_not_outrank_the_general_measure_on_a_shared_word(tmp_path):
    conn = notes_conn(tmp_path, SNS, "sns.md")
    assert "12,500,000" in first_value(conn, "sns max subscriptions per topic").replace(
        "12500000", "12,500,000")


COUNTS = """\
# CLF practice journal

Q3. Support plans of AWS, how many?
✗ 3
→ 5: Basic, Developer, Business, Enterprise On-Ramp, Enterprise

Q4. VPC 10.0.0.0/16, how many usable IPs in a /24 subnet?
✓ 251
"""


def test_a_count_opening_the_answer_to_a_how_many_question(tmp_path):
    conn = notes_conn(tmp_path, COUNTS, "journal.md")
    assert first_value(conn, "how many support plans").startswith("5")
    # the question counts IPs, not subnets
    assert "251" not in " ".join(lookup_values(conn, "max subnets per vpc"))
