"""Question rules that keep a second right answer, a give-away or a misread out of a question."""

from __future__ import annotations

import random
import re

from studycli.model import Fact, Kind
from studycli.questions import FactPool, build_question, card_types_for
from studycli.questions.askable import askable
from studycli.questions.distractors import same_class
from studycli.questions.stems import meaning_names_code

KIB = 1024


def fact(service, subject, attribute, kind, qualifier, value, number=None, unit="", line=1,
         low=None, high=None):
    return Fact(service, subject, attribute, kind, qualifier, value, number, unit, low, high,
                "n.md", line, f"- {attribute}: {value}")


def questions(facts, target, seeds=range(20), as_written=True):
    pool = FactPool.from_facts(facts)
    pool.as_written = as_written  # these rules are about the notes' own values
    out = []
    for seed in seeds:
        for card_type in card_types_for(target):
            q = build_question(target, card_type, pool, random.Random(seed))
            if q is not None:
                out.append(q)
    return out


def test_a_stem_another_more_specific_fact_also_answers_is_not_asked():
    bare = fact("Lambda", "", "timeout", "limit", "", "900 s", 900, "s", 1)
    default = fact("Lambda", "", "timeout", "default", "default", "3 s", 3, "s", 2)
    maximum = fact("Lambda", "", "timeout", "limit", "max", "15 min", 900, "s", 3)
    facts = [bare, default, maximum]
    assert questions(facts, bare) == []
    assert questions(facts, default) and questions(facts, maximum)
    # An aside that narrows it ("without batching") makes the plain figure ambiguous too.
    plain = fact("SQS", "FIFO queue", "throughput", "limit", "max", "3,000/s", 3000, "per_s", 4)
    narrow = fact("SQS", "FIFO queue", "throughput (without batching)", "limit", "max",
                  "300/s", 300, "per_s", 5)
    assert questions([plain, narrow], plain) == []
    assert questions([plain, narrow], narrow)
    # Without a workflow type, Standard's 1 year and Express's 5 minutes both answer.
    general = fact("Step Functions", "", "execution duration", "limit", "max", "1 year",
                   31536000, "s", 6)
    express = fact("Step Functions", "Express workflow", "execution duration", "limit", "max",
                   "5 minutes", 300, "s", 7)
    assert questions([general, express], general) == []


def test_a_less_specific_value_is_never_a_wrong_option():
    bare = fact("Lambda", "", "retries", "limit", "", "3", 3, "count", 1)
    maximum = fact("Lambda", "", "retries", "limit", "max", "2", 2, "count", 2)
    for q in questions([bare, maximum], maximum):
        assert all(o != "3" for i, o in enumerate(q.options) if i not in q.answers), q.options


def test_error_class_and_code_meanings_never_mark_each_other_wrong():
    assert same_class("504", "5xx") and same_class("4xx", "403")
    assert not same_class("504", "4xx") and not same_class("502", "504")
    facts = [
        fact("API Gateway", "", "4xx", "error_code", "", "Client Error", line=1),
        fact("API Gateway", "", "5xx", "error_code", "", "Server Error", line=2),
        fact("API Gateway", "", "400", "error_code", "", "Bad Request", line=3),
        fact("API Gateway", "", "403", "error_code", "", "Access Denied", line=4),
        fact("API Gateway", "", "504", "error_code", "", "Integration timed out", line=5),
        fact("API Gateway", "", "429", "error_code", "", "Throttled by a usage plan", line=6),
        fact("Lambda", "", "ResourceConflictException", "error_code", "",
             "The function is being updated", line=7),
        fact("Lambda", "", "CodeStorageExceededException", "error_code", "",
             "Code storage quota used up", line=8),
    ]
    by = {f.attribute: f for f in facts}
    for q in questions(facts, by["4xx"]):
        if q.qtype == "code_to_meaning":
            assert "Bad Request" not in q.options and "Access Denied" not in q.options
    for q in questions(facts, by["504"]):
        if q.qtype == "code_to_meaning":
            assert "Server Error" not in q.options
    for target in facts:
        for q in questions(facts, target):
            if q.qtype == "meaning_to_code":
                assert not {"2xx", "3xx"} & set(q.options), q.options


def test_meanings_that_name_their_code_are_not_asked_for_the_code():
    assert meaning_names_code("Bad Gateway", "502")
    assert meaning_names_code("Resource not found", "ResourceNotFoundException")
    assert not meaning_names_code("Integration timed out", "502")
    gateway = fact("API Gateway", "", "502", "error_code", "",
                   "Bad Gateway: the Lambda response was malformed", line=1)
    assert "meaning_to_code" not in card_types_for(gateway)
    assert "code_to_meaning" in card_types_for(gateway)


def test_a_meaning_that_is_only_the_http_reason_phrase_is_not_asked():
    """"403: Forbidden" tests the HTTP standard's name for the code, not the service
    (reviewers judged such cards trivial); what the service means by it is asked."""
    for code, meaning in (("403", "Forbidden"), ("502", "Bad Gateway"), ("504", "Gateway timeout"),
                          ("429", "Too Many Requests")):
        assert not askable(fact("API Gateway", "", code, "error_code", "", meaning))
    assert askable(fact("API Gateway", "", "403", "error_code", "",
                        "Forbidden: API key not associated with a usage plan"))
    assert askable(fact("API Gateway", "", "504", "error_code", "", "Integration timeout"))


def test_a_quantity_of_the_s3_glacier_family_is_not_asked():
    """"S3 Glacier" is three storage classes with different minimums: a number stated for the
    family is true of some of them only (data/categories.json ambiguous_subjects)."""
    family = fact("S3", "S3 Glacier", "minimum storage duration", "limit", "min", "90 days",
                  90 * 86400, "s")
    member = fact("S3", "S3 Glacier Deep Archive", "minimum storage duration", "limit", "min",
                  "180 days", 180 * 86400, "s")
    assert not askable(family) and askable(member)


def test_durability_distractors_differ_by_nines():
    facts = [fact("S3", "S3 Standard", "durability", "limit", "", "11 nines", 99.999999999, "%", 1),
             fact("S3", "S3 Standard", "availability", "limit", "", "99.99%", 99.99, "%", 2),
             fact("S3", "S3 One Zone-IA", "availability", "limit", "", "99.5%", 99.5, "%", 3)]
    for q in questions(facts, facts[0]):
        if q.options:
            wrong = [o for i, o in enumerate(q.options) if i not in q.answers]
            # every wrong option has at least six nines: none is an availability figure
            assert all(o.startswith("99.9999") for o in wrong), q.options


def test_a_minimum_of_one_and_a_non_service_invoker_are_not_asked():
    assert not askable(fact("EventBridge", "", "targets", "limit", "min", "1+", 1, "count"))
    assert askable(fact("EventBridge", "", "targets per rule", "limit", "max", "5", 5, "count"))
    esm = fact("Lambda", "event source mapping", "invocation", "invocation_mode", "",
               "synchronous")
    s3 = fact("Lambda", "S3", "invocation", "invocation_mode", "", "asynchronous")
    assert card_types_for(esm) == [] and card_types_for(s3) == ["invocation"]


def noted(service, subject, attribute, qualifier, value, number, unit, snippet):
    return Fact(service, subject, attribute, "limit", qualifier, value, number, unit, None, None,
                "n.md", 1, snippet)


def test_thresholds_examples_and_contrasts_are_not_asked_as_limits():
    from studycli.questions.attribution import misattributed

    threshold = noted("SQS", "extended client", "message size", "max", "256 KB", 256 * KIB, "B",
                      "- used for messages larger than 256 KB (SQS Max)")
    story = noted("Lambda", "", "shards", "", "100 active shards", 100, "count",
                  "If your stream has 100 active shards, at most 100 invocations run at once")
    example = noted("S3", "", "files", "", "1000 files", 1000, "count",
                    "Batch Operations runs a job over a list, e.g., 1000 files")
    contrast = noted("Kinesis Data Streams", "", "delivery latency", "", "60 s", 60, "s",
                     "Kinesis is real-time, delivery (~60 seconds) & Data Firehose near real time")
    for f in (threshold, story, example, contrast):
        assert misattributed(f) and not askable(f), f.snippet
    ceiling = noted("Lambda", "", "deployment package size", "max", "50 MB", 50 * KIB**2, "B",
                    "Upload the zip straight to Lambda if less than 50MB, else to S3 first")
    table = noted("S3", "S3 Standard", "availability", "", "99.99%", 99.99, "%",
                  "<b>Designed for availability</b>\t99.99%\t99.9%")
    plain = noted("SQS", "", "message size", "max", "256 KB", 256 * KIB, "B",
                  "- Messages are <=256KB payloads")
    for f in (ceiling, table, plain):
        assert not misattributed(f), f.snippet


def test_counts_of_different_things_under_one_key_are_no_disagreement_and_not_asked():
    a = fact("Lambda", "event source mapping", "batch size", "limit", "max", "10 messages", 10,
             "count", 1)
    b = fact("Lambda", "event source mapping", "batch size", "limit", "max", "1000 batches", 1000,
             "count", 2)
    assert questions([a, b], a) == [] and questions([a, b], b) == []
    c = fact("Lambda", "event source mapping", "batch size", "limit", "max", "10,000 messages",
             10000, "count", 3)
    asked = questions([a, c], a)
    assert asked and all(q.conflict for q in asked)  # a real disagreement is still shown


def test_only_polled_services_are_asked_as_event_source_mappings():
    ec2 = fact("Lambda", "EC2", "invocation", "invocation_mode", "", "event source mapping")
    sqs = fact("Lambda", "SQS", "invocation", "invocation_mode", "", "event source mapping")
    assert card_types_for(ec2) == [] and card_types_for(sqs) == ["invocation"]


def test_a_measure_that_differs_by_context_needs_the_context_in_the_fact():
    # 3 retries hold in no one context (2 would: see the next test)
    bare = fact("Lambda", "", "retries", "limit", "max", "3", 3, "count")
    asynchronous = fact("Lambda", "asynchronous invocation", "retries", "limit", "max", "2", 2,
                        "count")
    assert questions([bare], bare) == []
    assert questions([asynchronous], asynchronous)


def test_a_value_that_holds_in_one_context_only_is_asked_in_that_context():
    # 2 retries are Lambda's asynchronous retries (stem_conditions with numbers): the stem says so
    two = fact("Lambda", "", "retries", "limit", "max", "2", 2, "count")
    asked = questions([two], two)
    assert asked and all("invoked asynchronously" in q.stem for q in asked)


def test_status_codes_and_exceptions_are_not_offered_against_each_other():
    facts = [
        fact("API Gateway", "", "5xx", "error_code", "", "Server Error", line=1),
        fact("API Gateway", "", "400", "error_code", "", "Bad Request", line=2),
        fact("API Gateway", "", "403", "error_code", "", "Access Denied", line=3),
        fact("API Gateway", "", "429", "error_code", "", "Throttled", line=4),
        fact("Lambda", "", "ServiceException", "error_code", "", "Internal error", line=5),
        fact("Lambda", "", "InvalidParameterValueException", "error_code", "",
             "A parameter is invalid", line=6),
        fact("Lambda", "", "ResourceConflictException", "error_code", "", "Already there",
             line=7),
        fact("Lambda", "", "CodeStorageExceededException", "error_code", "", "Storage full",
             line=8),
    ]
    by = {f.attribute: f for f in facts}
    for q in questions(facts, by["5xx"]):
        if q.qtype == "code_to_meaning":
            assert "Internal error" not in q.options, q.options
    for q in questions(facts, by["ServiceException"]):
        if q.qtype == "code_to_meaning":
            assert "Server Error" not in q.options, q.options


def test_a_code_name_is_no_meaning():
    from studycli.questions.askable import sensible_meaning

    assert not sensible_meaning("NoSuchKey", "404")
    assert not sensible_meaning("ACCESS_DENIED", "403")
    assert sensible_meaning("Not Found", "404")


def test_a_meaning_that_says_the_same_is_not_a_wrong_option():
    facts = [fact("API Gateway", "", "429", "error_code", "", "Too Many Requests", line=1),
             fact("S3", "", "503", "error_code", "", "SlowDown = too many requests", line=2),
             fact("API Gateway", "", "403", "error_code", "", "Forbidden", line=3),
             fact("API Gateway", "", "502", "error_code", "", "Bad Gateway", line=4),
             fact("API Gateway", "", "400", "error_code", "", "Malformed body", line=5)]
    for q in questions(facts, facts[0]):
        if q.qtype == "code_to_meaning":
            assert "SlowDown = too many requests" not in q.options, q.options


def test_a_table_row_whose_label_is_another_measure_is_not_asked():
    from studycli.questions.attribution import misattributed

    wrong = noted("Lambda", "", "concurrent executions", "", "1024 files", 1024, "count",
                  "| File descriptors | 1,024 |")
    right = noted("Lambda", "", "concurrent executions", "default", "1,000", 1000, "count",
                  "| Concurrent executions | 1,000 | Tens of thousands (request) |")
    headless = noted("EBS", "gp2", "IOPS", "max", "16,000", 16000, "per_s",
                     "| gp2 | 16,000 | 250 MB/s | 1 GiB – 16 TiB |")
    assert misattributed(wrong)
    assert not misattributed(right) and not misattributed(headless)


def test_a_step_size_is_not_a_limit():
    from studycli.questions.attribution import misattributed

    step = noted("Lambda", "", "memory", "", "64 MB", 64 * KIB**2, "B",
                 "- memory 128MB - 3008MB, 64MB increments")
    top = noted("Lambda", "", "memory", "max", "3008 MB", 3008 * KIB**2, "B",
                "- memory 128MB - 3008MB, 64MB increments")
    assert misattributed(step) and not misattributed(top)


def test_a_unit_definition_is_not_a_limit():
    from studycli.questions.attribution import misattributed

    wcu = noted("DynamoDB", "", "throughput", "max", "1 KB", KIB, "B",
                "- 1 WCU = 1 KB write per second")
    assert misattributed(wcu)


def test_an_exception_whose_name_spells_its_meaning_is_not_asked():
    from studycli.questions.askable import askable

    leak = fact("Lambda", "", "ResourceConflictException", "error_code", "",
                "Resource already exists")
    plain = fact("Lambda", "", "ServiceException", "error_code", "",
                 "Lambda encountered an internal error")
    status = fact("API Gateway", "", "504", "error_code", "", "Integration timed out")
    assert not askable(leak)
    assert askable(plain) and askable(status)


def test_a_latency_figure_is_not_asked_as_a_quota():
    from studycli.questions.askable import askable

    latency = fact("Lambda", "provisioned concurrency", "start latency", "limit", "max", "100 ms",
                   0.1, "s")
    timeout = fact("Lambda", "", "execution timeout", "limit", "max", "900 s", 900, "s")
    assert not askable(latency) and askable(timeout)


def test_a_zero_floor_is_no_wrong_option_for_a_range_that_starts_near_zero():
    wait = fact("SQS", "long polling", "long polling wait time", "range", "range", "1–20 s",
                unit="s", low=1, high=20)
    for q in questions([wait], wait):
        wrong = [o for i, o in enumerate(q.options) if i not in q.answers]
        assert "0 to 20 seconds" not in wrong, q.options


def test_an_invoker_that_calls_either_way_gets_no_invocation_card():
    sfn = fact("Lambda", "Step Functions", "invocation", "invocation_mode", "", "synchronous")
    s3 = fact("Lambda", "S3", "invocation", "invocation_mode", "", "asynchronous")
    assert card_types_for(sfn) == [] and card_types_for(s3) == ["invocation"]


def test_a_rate_under_another_condition_is_no_wrong_option():
    without = fact("SQS", "FIFO queue", "throughput (without batching)", "limit", "max",
                   "300 messages/s", 300, "per_s", 1)
    with_ = fact("SQS", "FIFO queue", "throughput (with batching)", "limit", "max",
                 "3000 messages/s", 3000, "per_s", 2)
    for q in questions([without, with_], with_):
        wrong = [o for i, o in enumerate(q.options) if i not in q.answers]
        assert not any(o.startswith("300 ") for o in wrong), q.options


def test_a_narrower_measure_of_the_subject_is_never_a_wrong_option():
    """'availability SLA 99%' is an availability too: no wrong option for 'availability'."""
    facts = [fact("S3", "S3 One Zone-IA", "availability", "limit", "", "99.5%", 99.5, "%", 1),
             fact("S3", "S3 One Zone-IA", "availability SLA", "limit", "", "99%", 99.0, "%", 2),
             fact("S3", "S3 Standard", "availability", "limit", "", "99.99%", 99.99, "%", 3),
             fact("S3", "S3 Standard-IA", "availability", "limit", "", "99.9%", 99.9, "%", 4)]
    pool = FactPool.from_facts(facts, as_written=True)
    for seed in range(20):
        q = build_question(facts[0], "choice", pool, random.Random(seed))
        assert q is not None and "99%" not in q.options, q.options


def test_a_meaning_that_is_only_the_http_standard_name_is_not_asked():
    def code(attribute, value):
        return fact("API Gateway", "", attribute, "error_code", "", value)

    assert not askable(code("400", "Bad Request - Generic"))
    assert not askable(code("4XX", "Client errors"))
    assert not askable(code("5xx", "server-side error"))
    assert askable(code("403", "Access denied - the authorizer denies the request"))
    assert askable(code("504", "Integration timeout after 29 s"))


def test_an_invoker_configured_either_way_makes_no_invocation_question():
    """An SES receipt rule's Lambda action is Event by default or RequestResponse as set: "how
    does SES invoke the function?" has two right answers (data/categories.json)."""
    from studycli.questions.stems import invoker_is_service

    for invoker, asked in (("SES", False), ("Step Functions", False), ("SNS", True)):
        f = Fact("Lambda", invoker, "invocation", Kind.INVOCATION_MODE, "", "asynchronous",
                 source="n.md", line=1, snippet="x")
        assert invoker_is_service(f) is asked, invoker


def test_cloudfront_is_named_as_the_feature_that_invokes_lambda():
    """"An application uses Amazon CloudFront to trigger a Lambda function" could mean a function
    URL behind CloudFront; its events reach a function through Lambda@Edge."""
    from studycli.questions.stems import invocation_stem

    f = Fact("Lambda", "CloudFront", "invocation", Kind.INVOCATION_MODE, "", "synchronous",
             source="n.md", line=1, snippet="x")
    assert "Amazon CloudFront (Lambda@Edge)" in invocation_stem(f)


def test_eventbridge_is_named_as_its_rules_that_invoke_lambda():
    """"Which TWO services invoke a Lambda function synchronously?" offered "Amazon EventBridge" as
    a wrong (asynchronous) option, but an EventBridge pipe invokes its Lambda target synchronously
    by default (reviewer of unseen92): the invoker asked or offered is the rule."""
    from studycli.questions.stems import invocation_stem, invoker_name

    f = Fact("Lambda", "EventBridge", "invocation", Kind.INVOCATION_MODE, "", "asynchronous",
             source="n.md", line=1, snippet="x")
    assert invoker_name(f) == "Amazon EventBridge (rules)"
    assert "Amazon EventBridge (rules)" in invocation_stem(f)


def test_a_value_the_aws_docs_vouch_for_is_the_only_right_answer_beside_other_notes():
    """A new user's note said "max timeout = 10 min (default 3 sec)" beside a shipped note's
    900 s: the quiz asked "Your notes disagree" and keyed both, teaching 10 min as right.
    The reference vouches for 900 s; the other line is named in the explanation, never keyed."""
    vouched = fact("Lambda", "", "execution timeout", "limit", "max", "900 s", 900, "s", 1)
    doubtful = Fact("Lambda", "", "execution timeout", "limit", "max", "10 min", 600, "s", None,
                    None, "mine.md", 4, "- max timeout = 10 min  (default 3 sec)")
    wrong = Fact("Lambda", "", "execution timeout", "limit", "max", "5 min", 300, "s", None,
                 None, "old.md", 7, "- max timeout 5 min")
    for other in (doubtful, wrong):
        asked = questions([vouched, other], vouched, seeds=range(5), as_written=False)
        assert asked
        for q in asked:
            assert not q.conflict and "disagree" not in q.stem
            assert f"{other.source}:{other.line} says" in q.explanation
            keyed = " ".join(q.options[i] for i in q.answers) if q.options else q.answer_text
            assert not re.search(r"(?<![\d.])(?:10|5) min", keyed), keyed


def test_the_range_aws_had_before_it_changed_is_no_wrong_option():
    """A note's 'object size 0B to 5TB' (S3 raised it to 50 TB): the question keyed 0 to 50 TB
    and offered the note's '0 to 5 TB' as a wrong option, marking the student's older (and
    older exam items') answer false (an expert reviewer's finding)."""
    tib = 1024 ** 4
    note = Fact("S3", "", "object size", "range", "range", "0 B to 5 TB", None, "B", 0, 5 * tib,
                "s3.md", 6, "6. Files can have **size** from 0B to 5TB.")
    asked = questions([note], note, seeds=range(10), as_written=False)
    choices = [q for q in asked if q.options]
    assert choices
    for q in choices:
        assert "0 to 50 TB" in [q.options[i] for i in q.answers]
        assert "0 to 5 TB" not in q.options, q.options
