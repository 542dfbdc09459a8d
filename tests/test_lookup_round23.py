"""Lookup on notes nobody tuned on (issue 10, round twenty-three): the misses of unseen35-37.

A value a changelog says a measure "was", an initialism's word said alone, a hard-wrapped
item's second line, a plural ending a service's name, a dimension word inside a service's
name, initials counted before "per", a line naming two services under one's heading, and
words notes write short ("inst", "opt") or otherwise ("mandatory").
"""

from __future__ import annotations

from studycli.lookup.lexicon import lexicon
from studycli.lookup.query import understand
from tests.helpers import first_value, lookup_values, notes_conn

CHANGELOG = """\
# Lambda changelog

- CHANGED: Lambda max timeout was 5 min, now 15 min
- CHANGED: Lambda billing granularity was 100 ms rounding, now 1 ms
"""


def test_a_value_the_line_says_it_was_ranks_below_what_it_is_now(tmp_path):
    conn = notes_conn(tmp_path, CHANGELOG, "changes.md")
    assert first_value(conn, "lambda billing granularity") != "100 ms"
    assert first_value(conn, "lambda max timeout") != "5 min"


def test_a_value_said_before_and_after_was_is_not_superseded():
    from studycli.lookup.features import _only_in_past

    line = "changed: max event age was fixed 6 hrs, now configurable 60 sec to 6 hours"
    assert not _only_in_past(line, 6 * 3600)
    assert _only_in_past("lambda max timeout was 5 min, now 15 min", 300)
    assert _only_in_past("aws managed keys rotate every year too (was 3 years)", 3 * 365 * 86400)


DYNAMO = """\
# DynamoDB

- practice the RCU math more
- the "400 KB" and "29 sec" numbers come up like every test
- Q: Point in time recovery? A: PITR lets you restore to any second in the last 35 days.
"""


def test_one_word_of_an_initialisms_phrase_does_not_say_it(tmp_path):
    # "29 sec" is a time; "time" of "point in time recovery" does not say PITR
    q = understand("dynamo pitr how far back", lexicon())
    assert q.name_parts.get("pitr") == frozenset({"point", "time", "recovery"})
    conn = notes_conn(tmp_path, DYNAMO, "ddb.md")
    assert "35 days" in first_value(conn, "dynamo pitr how far back")


SCAN = """\
ELB notes (scan)

 Deregistration delay (connection draining)
   default 300 s, range 1-3600 s
 Sticky sessions: cookie AWSALB
"""


def test_a_wrapped_items_second_line_is_read_with_the_line_it_continues(tmp_path):
    from studycli.lookup.context import _wrapped_from

    lines = {3: "Deregistration delay (connection draining)", 4: "default 300 s, range 1-3600 s"}
    assert _wrapped_from(lines, 4) == lines[3]
    assert _wrapped_from({3: "Timeouts.", 4: "default 300 s"}, 4) == ""  # a sentence ends
    assert _wrapped_from({3: "# ELB", 4: "default 300 s"}, 4) == ""
    conn = notes_conn(tmp_path, SCAN, "scan.txt")
    assert "300" in first_value(conn, "elb deregistration delay default")


def test_a_plural_ending_a_services_name_counts_nothing():
    # no unit asked, so a bound on a plural would guess a count: "streams" ends the name
    q = understand("kinesis data streams max", lexicon())
    assert "count" not in q.dimensions and not q.counted
    assert "count" in understand("max ebs volumes", lexicon()).dimensions


def test_a_dimension_word_inside_a_services_name_asks_no_unit():
    q = understand("which storage gateway to replace tape backups", lexicon())
    assert q.services == ["Storage Gateway"] and not q.dimensions
    assert "B" in understand("lambda ephemeral storage max", lexicon()).dimensions


def test_initials_before_per_are_what_is_counted(tmp_path):
    q = understand("max gsi per dynamodb table", lexicon())
    assert "gsi" in q.counted
    conn = notes_conn(tmp_path, "# DynamoDB\n\n- Writes are durable across 3 AZs\n", "d.md")
    assert lookup_values(conn, "max gsi per dynamodb table") == []


APIGW = """\
# API Gateway

Q: What's the max payload size? A: 10 MB for REST APIs. For bigger files use S3 pre-signed URLs
instead of sending through API Gateway.
"""


def test_a_line_naming_two_services_is_of_the_one_its_heading_names(tmp_path):
    from studycli.lookup.lexicon import lexicon as lex
    from studycli.lookup.lines import line_answers

    conn = notes_conn(tmp_path, APIGW.replace("\ninstead", " instead"), "apigw.md")
    q = understand("api gateway max payload", lex())
    found = line_answers(conn, q, lex(), None, 3)
    assert found and found[0]["service"] == "API Gateway" and "10 MB" in found[0]["value"]


def test_words_notes_write_short_or_otherwise():
    lex = lexicon()
    concept = understand("which cloudformation section is required", lex).topic[-1]
    assert "mandatory" in concept
    assert lex.short_forms.get("inst") == "instanc" and lex.short_forms.get("opt") == "optimiz"


MATRIX = """\
# Messaging compared

| | SQS Standard | SQS FIFO | SNS | EventBridge | Kinesis |
|---|---|---|---|---|---|
| Max message size | 256 KB | 256 KB | 256 KB | 256 KB | 1 MB per record |
| Throughput | ~unlimited | 300 msg/s | 12,500,000 subscriptions per topic | soft | 1 MB/s |
"""


def test_a_count_per_a_scope_is_no_throughput(tmp_path):
    from studycli.lookup.answer import _unit_shape

    lex = lexicon()
    q = understand("sns fifo topic throughput", lex)
    fact = {"unit": "count", "kind": "limit", "value": "12,500,000 subscriptions"}
    assert _unit_shape({"count"}, q, fact, fact["value"], lex)[1] is False
    rate = {"unit": "count", "kind": "limit", "value": "16,000 IOPS"}
    assert _unit_shape({"count"}, q, rate, rate["value"], lex)[1] is True
    conn = notes_conn(tmp_path, MATRIX, "compare.md")
    assert "12,500,000" not in " ".join(lookup_values(conn, "sns fifo topic throughput"))


LAMBDA_SIZES = """\
# Lambda

- memory: 128 MB up to 3008 MB, in 64 MB steps
- /tmp (ephemeral storage) 512 MB to 10,240 MB
"""


def test_an_attribute_naming_only_a_dimension_ranks_below_one_saying_the_topic():
    from studycli.lookup.features import DIMENSION_ONLY, Seen, attribute_asked

    lex = lexicon()
    q = understand("lambda /tmp size", lex)
    fact = {"service": "Lambda", "subject": "", "attribute": "size", "kind": "limit",
            "value": "3008 MB", "snippet": "- 128 MB up to 3008 MB, in 64 MB steps"}
    assert attribute_asked(Seen(fact, q, lex.stopwords, None)) == DIMENSION_ONLY


INVOCATION = """\
# Lambda invocation types

- API Gateway invokes Lambda synchronously
- Asynchronous (Event): S3, SNS. Lambda retries 2 times (3 attempts total)
- Cognito trigger must respond within 5 s, 3 retries
"""


def test_a_mode_says_not_how_many_and_the_mode_typed_is_said(tmp_path):
    conn = notes_conn(tmp_path, INVOCATION, "lambda.md")
    assert first_value(conn, "lambda async invoke retries") == "2 times"
    assert first_value(conn, "lambda async retry count") == "2 times"


def test_a_quota_exceeded_asks_what_follows_not_its_value():
    lex = lexicon()
    q = understand("what error when kms request quota exceeded", lex)
    assert "limit" not in q.kinds and q.qualifier is None and "error_code" in q.kinds
    q = understand("what happens if i exceed kms request quota", lex)
    assert "limit" not in q.kinds and q.qualifier is None
    assert understand("kms request quota", lex).qualifier == "max"


# --- review of round twenty-three --------------------------------------------------------


def test_a_value_a_change_verb_follows_was_is_the_new_one(tmp_path):
    # "was increased to 15 min": 15 min is what it is now, "(from 5 min)" what it was
    conn = notes_conn(tmp_path, "# Lambda\n\n- Lambda max timeout was increased to 15 min "
                      "(from 5 min)\n", "l.md")
    assert first_value(conn, "lambda max timeout") == "15 min"


def test_were_marks_a_value_no_longer_so(tmp_path):
    from studycli.lookup.features import _WAS

    conn = notes_conn(tmp_path, "# Changelog\n\n- CHANGED: Lambda max timeout and memory were "
                      "5 min and 3 GB, now 15 min\n", "c.md")
    assert first_value(conn, "lambda max timeout") == "15 min"
    assert _WAS.search("kinesis retention limits were 24 hours, now 365 days")
    assert not _WAS.search("the old limit wasn't 24 hours")
    assert not _WAS.search("max timeout was raised to 15 min")


def test_an_exceeded_quota_word_that_is_common_keeps_the_quota_asked(tmp_path):
    conn = notes_conn(tmp_path, "# KMS\n\n- KMS request quota: 5,500 req/sec shared, "
                      "ThrottlingException when over\n", "k.md")
    assert "5,500" in first_value(conn, "kms quota over")


def test_a_plural_ending_in_ps_is_no_rate():
    from studycli.lookup.per_time import RATE_WORD

    assert all(RATE_WORD.search(v) for v in ("16,000 IOPS", "3,000 TPS", "10 req/s"))
    assert not any(RATE_WORD.search(v) for v in ("5 Elastic IPs", "20 steps", "5 apps",
                                                 "7 per secondary region"))
