"""Lookup on notes nobody tuned on (issue 10, round twenty-two): the misses of unseen32-34.

A service name typed as one word, a typo after "per", a count filed under the subject it is
per, one word of a subject's name, a price word that is part of a name, an order asked, and
a mode for "how many".
"""

from __future__ import annotations

from studycli.lookup.lexicon import lexicon
from studycli.lookup.query import understand
from tests.helpers import first_value, lookup_values, notes_conn


def test_a_service_name_typed_as_one_word_names_the_service():
    lex = lexicon()
    assert understand("default cooldown autoscaling", lex).services == ["Auto Scaling"]
    assert understand("secretsmanager rotation", lex).services == ["Secrets Manager"]


QUOTAS = """\
# IAM

## quotas

- users per account >> 5000
- groups a user can be in >> 10
- managed policies per role >> 10
"""


def test_a_typo_after_per_asks_per_its_fix(tmp_path):
    conn = notes_conn(tmp_path, QUOTAS, "iam.md")
    assert "5000" in first_value(conn, "max iam users per acount")


LAMBDA = """\
# Lambda

- layers per function: 5
- function timeout: 3 s default, 900 s max
- env vars: 4 KB total per function
"""


def test_one_word_of_a_subjects_name_does_not_say_it(tmp_path):
    # "url" typed for Lambda's "function URL": "layers per function" says "function" only
    conn = notes_conn(tmp_path, LAMBDA, "lambda.md")
    assert lookup_values(conn, "lambda function url timeout") == []
    assert lookup_values(conn, "lambda function url auth types") == []
    conn = notes_conn(tmp_path / "b", LAMBDA + "- function URL auth types: AWS_IAM or NONE\n",
                      "lambda.md")
    assert "AWS_IAM" in first_value(conn, "lambda function url auth types")


BILLING = """\
# Billing tools

- Cost Explorer = visualize past spend, forecast up to 12 months ahead
- Budgets = alerts on cost or usage, first 2 budgets free
"""


def test_a_price_word_in_a_name_asks_no_price(tmp_path):
    conn = notes_conn(tmp_path, BILLING, "billing.md")
    assert "12 months" in first_value(conn, "how far can cost explorer forecast")


POLICY = """\
# IAM

- policy evaluation: explicit DENY wins > explicit ALLOW > implicit deny
- managed policy size: 6,144 chars
- inline policy size for a role: 10,240 chars
- managed policies per role: 10
- a policy version limit: 5 versions per managed policy
"""


def test_a_chain_of_three_states_the_order_asked(tmp_path):
    from studycli.lookup import lookup

    conn = notes_conn(tmp_path, POLICY, "iam.md")
    hits = lookup(conn, "iam policy evaluation order", limit=3).hits
    assert "explicit DENY" in hits[0]["value"]
    assert hits[0]["answer_features"]["topic"] == 1.0  # "order" is said by the chain


def test_a_mode_says_not_how_many():
    from studycli.lookup.answer import NO_NUMBER, _shape

    lex = lexicon()
    q = understand("how many times does lambda retry async invocations", lex)
    mode = {"kind": "invocation_mode", "value": "asynchronous", "service": "Lambda",
            "subject": "S3", "attribute": "invocation", "snippet": "S3 invokes Lambda async",
            "unit": "", "number": None, "low": None, "high": None, "qualifier": ""}
    assert _shape(mode, q, lex) == NO_NUMBER


def test_a_count_filed_under_the_subject_asked_is_per_that_subject():
    from studycli.lookup.answer import _per_other

    lex = lexicon()
    q = understand("max inbound rules per security group", lex)
    row = {"kind": "limit", "value": "60 inbound rules", "service": "VPC",
           "subject": "security group", "attribute": "inbound rules",
           "snippet": "SG: 60 inbound rules per SG, 5 SGs per ENI", "unit": "count",
           "number": 60.0, "low": None, "high": None, "qualifier": "max"}
    assert not _per_other(row, q, lex)
    # of no subject, said per "SG" only: "per security group" is said by its initials too
    # (session 38; it was read as "per security", which no "per SG" says)
    assert not _per_other({**row, "subject": ""}, q, lex)
    assert _per_other({**row, "subject": "", "snippet": "60 inbound rules per ENI"}, q, lex)


COMPARISONS = ("# Messaging compared\n\n"
               "SQS vs SNS vs EventBridge. Unlike SQS (pull model, messages persisted up to 14"
               " days), SNS is push and keeps nothing. Unlike SNS, EventBridge filters on any"
               " field, with archive + replay.\n")


def test_a_number_of_a_sentence_naming_only_another_service_is_not_the_one_asked(tmp_path):
    conn = notes_conn(tmp_path, COMPARISONS, "compare.md")
    # the 14 days is SQS's, in a sentence that names SQS; EventBridge is named later
    assert not any("14 days" in v for v in lookup_values(conn, "eventbridge archive retention"))
    assert "14 days" in first_value(conn, "sqs message retention")


def test_an_items_number_in_a_list_counts_nothing():
    from studycli.lookup.answer import NO_SHAPE, _shape

    lex = lexicon()
    q = understand("max instances in asg per region", lex)
    row = {"kind": "fact", "value": "termination policy: 1) the AZ with most instances 2) the "
                                    "oldest template",
           "service": "Auto Scaling", "subject": "", "attribute": "termination policy",
           "snippet": "", "unit": "", "number": None, "low": None, "high": None,
           "qualifier": ""}
    assert _shape(row, q, lex) < NO_SHAPE
    thread = "25/ Default termination policy: the AZ with most instances first"
    assert _shape({**row, "value": thread}, q, lex) < NO_SHAPE
    # (round 25: a number naming what it counts holds the count asked in full)
    assert _shape({**row, "value": "max 20 instances per region"}, q, lex) == 1.0


def test_a_side_only_nearly_said_is_not_said():
    from studycli.lookup.answer import _topic

    lex = lexicon()
    q = understand("fsx lustre scratch vs persistent", lex)
    row = {"kind": "fact", "value": "SNS: push, pub/sub, no persistence", "service": "SNS",
           "subject": "", "attribute": "sns vs sqs", "snippet": "- SNS: push, no persistence",
           "unit": "", "number": None, "low": None, "high": None}
    assert _topic(row, q, lex) < 0.5


def test_a_measure_does_not_answer_a_name_asked():
    from studycli.lookup.answer import OTHER_SHAPE, _shape

    lex = lexicon()
    q = understand("asg default health check type", lex)
    row = {"kind": "default", "value": "300 s", "service": "Auto Scaling", "subject": "",
           "attribute": "health check grace period", "snippet": "grace period default 300 s",
           "unit": "s", "number": 300.0, "low": None, "high": None, "qualifier": "default"}
    assert _shape(row, q, lex) == OTHER_SHAPE
    assert _shape(row, understand("asg default health check grace period", lex), lex) == 1.0


def test_an_exception_name_says_what_it_is_of():
    from studycli.lookup.answer import _topic

    lex = lexicon()
    q = understand("dynamodb throttling error", lex)
    row = {"kind": "error_code", "value": "exceed provisioned -> backoff", "service": "DynamoDB",
           "subject": "", "attribute": "ProvisionedThroughputExceededException",
           "snippet": "exceed provisioned -> ProvisionedThroughputExceededException, backoff",
           "unit": "", "number": None, "low": None, "high": None}
    assert _topic(row, q, lex) >= 0.6


def test_one_invokers_mode_is_one_item_of_the_list_asked():
    from studycli.lookup.answer import OTHER_SHAPE, _shape

    lex = lexicon()
    row = {"kind": "invocation_mode", "value": "synchronous", "service": "Lambda",
           "subject": "ELB", "attribute": "invocation", "snippet": "ALB invokes lambda sync",
           "unit": "", "number": None, "low": None, "high": None, "qualifier": ""}
    assert _shape(row, understand("lambda invocation types", lex), lex) == OTHER_SHAPE
    assert _shape(row, understand("alb lambda invocation type", lex), lex) == 1.0


def test_a_default_is_no_max_where_its_line_gives_the_max():
    from studycli.lookup.answer import _other_qualifier

    lex = lexicon()
    row = {"kind": "default", "value": "30 s", "service": "SQS", "subject": "",
           "attribute": "visibility timeout", "qualifier": "default", "unit": "s",
           "snippet": "- visibility timeout: default 30 s, max 12 hours", "number": 30.0,
           "low": None, "high": None}
    assert _other_qualifier(row, understand("sqs visibility timeout max", lex), lex)
    # a line without a bound of its own: the default quota is the max there is
    quota = {**row, "value": "1000 executions", "unit": "count", "number": 1000.0,
             "service": "Lambda", "attribute": "concurrent executions",
             "snippet": "- concurrent executions: default 1000"}
    assert not _other_qualifier(quota, understand("lambda max concurrent executions", lex),
                                lex)
    # but a duration's default is a setting's, no maximum (session 29, abstain29:
    # answer._default_setting; "cloudfront maximum ttl" was answered by the default TTL)
    assert _other_qualifier({**row, "snippet": "- visibility timeout: default 30 s"},
                            understand("sqs visibility timeout max", lex), lex)
    # a count's default beside a bound of another noun ("up to 12,500,000 subscriptions")
    topics = {**row, "value": "100,000 topics", "unit": "count", "number": 100000.0,
              "service": "SNS", "attribute": "topics",
              "snippet": "up to 12,500,000 subscriptions and 100,000 topics by default"}
    assert not _other_qualifier(topics, understand("max sns topics per account", lex), lex)


def test_config_asks_for_a_value_as_settings_does():
    lex = lexicon()
    from studycli.lookup.text import stem

    assert stem("config") in lex.weak_stems and stem("configuration") in lex.weak_stems


def test_a_subjects_name_another_services_line_says_is_of_that_line_too():
    from studycli.lookup.answer import _service

    lex = lexicon()
    q = understand("on demand minimum billing linux", lex)
    assert not q.services and q.implied_services  # "on-demand": a capacity mode's name
    row = {"kind": "fact", "value": "On-Demand: per second billing (Linux, min 60 s)",
           "service": "EC2", "subject": "", "attribute": "pricing",
           "snippet": "- On-Demand: per second billing (Linux, min 60 s)", "unit": "",
           "number": None, "low": None, "high": None, "context": None}
    assert _service(row, q, lex) == 0.8
    assert _service(row, understand("kinesis on demand mode write capacity", lex), lex) == 0.0


def test_a_count_closing_an_aside_is_still_a_count():
    """The list-number rule ("1) pick AZ") blanked any small number before a ")": "layers
    (max 5) per function" lost its 5 and the line read as counting nothing."""
    from studycli.lookup.answer import _without_non_counts

    assert "5" in _without_non_counts("lambda layers (max 5) per function")
    assert "15" in _without_non_counts("read replicas: 5 (aurora 15) per cluster")
    listed = _without_non_counts("1) pick az 2) within it 3) then")
    assert not any(ch.isdigit() for ch in listed)
