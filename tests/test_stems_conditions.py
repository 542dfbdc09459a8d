"""Stems pin one answer: the context a value holds in (data/categories.json stem_conditions),
said once, and the measure named AWS's way where a note's word is vaguer."""

from __future__ import annotations

import json
import random
import re

import pytest

from studycli.model import Fact, Kind
from studycli.paths import data_dir
from studycli.questions import stems
from studycli.questions.ambiguity import needs_context
from tests.helpers import note_db

MB = 1048576


def _fact(service: str, attribute: str, number: float | None, unit: str, *, subject: str = "",
          qualifier: str = "max", kind: Kind = Kind.LIMIT, value: str = "x",
          low: float | None = None, high: float | None = None) -> Fact:
    return Fact(service=service, subject=subject, attribute=attribute, qualifier=qualifier,
                kind=kind, value=value, number=number, unit=unit, source="n.md", line=1,
                snippet="-", low=low, high=high)


def test_an_async_only_measure_names_the_invocation_type():
    stem = stems.value_stem(_fact("Lambda", "retry duration", 21600, "s", value="6 h"))
    assert stem == ("What is the maximum retry duration for AWS Lambda when the function is "
                    "invoked asynchronously?")


def test_a_condition_the_attribute_already_says_is_not_repeated():
    stem = stems.value_stem(_fact("Lambda", "retry duration (asynchronous)", 21600, "s"))
    assert "invoked asynchronously" not in stem
    assert stems.condition(_fact("Lambda", "async event age", 21600, "s")) == ""


def test_the_value_picks_the_context_when_aws_gives_one_per_context():
    sync = _fact("Lambda", "invocation payload size", 6 * MB, "B", value="6 MB")
    async_ = _fact("Lambda", "invocation payload size", 1 * MB, "B", value="1 MB")
    other = _fact("Lambda", "invocation payload size", 20 * MB, "B", value="20 MB")
    assert stems.condition(sync) == " when the function is invoked synchronously"
    assert stems.condition(async_) == " when the function is invoked asynchronously"
    assert stems.condition(other) == ""  # no context makes 20 MB right: no claim that it does


def test_a_rule_for_any_subject_and_the_narrower_rule_first():
    gp3 = _fact("EBS", "IOPS", 80000, "count", subject="gp3")
    io2 = _fact("EBS", "IOPS", 256000, "count", subject="io2")
    assert stems.value_stem(gp3) == "What is the maximum IOPS for Amazon EBS (gp3) per volume?"
    assert stems.condition(io2) == " per volume on Nitro-based instances"
    assert stems.condition(_fact("EBS", "IOPS per volume", 80000, "count", subject="gp3")) == ""


def test_a_rule_for_one_qualifier_leaves_the_others_alone():
    default = _fact("API Gateway", "integration timeout", 29, "s", qualifier="default",
                    kind=Kind.DEFAULT)
    minimum = _fact("API Gateway", "integration timeout", 0.05, "s", qualifier="min")
    assert stems.value_stem(default) == \
        "What is the default integration timeout for Amazon API Gateway (REST API)?"
    assert stems.condition(minimum) == ""


def test_a_measure_a_note_names_vaguely_is_asked_in_aws_terms():
    fact = _fact("Step Functions", "message size", 262144, "B", value="256 KB")
    assert stems.value_stem(fact) == ("What is the maximum input or output payload size of a "
                                      "state, task or execution for AWS Step Functions?")
    kms = _fact("KMS", "wait time", 30 * 86400, "s", qualifier="default", kind=Kind.DEFAULT)
    assert stems.value_stem(kms) == \
        "What is the default waiting period before a key is deleted for AWS KMS?"


def test_a_range_is_matched_on_its_upper_bound():
    fact = _fact("Step Functions", "execution duration", None, "s", qualifier="range",
                 kind=Kind.RANGE, low=0, high=31536000)
    assert stems.condition(fact) == " (Standard workflow)"
    five_min = _fact("Step Functions", "execution duration", 300, "s")
    assert stems.condition(five_min) == ""  # 5 min is Express: no Standard claim on it


def test_a_stated_condition_is_the_context_a_measure_needs():
    # Lambda's retries differ by invocation type: asked without one they have no single
    # answer; the stem's "when the function is invoked asynchronously" gives it one.
    assert not needs_context(_fact("Lambda", "retries", 2, "count"))
    assert needs_context(_fact("Lambda", "retries", 3, "count"))  # 3 picks no context
    assert needs_context(_fact("Step Functions", "execution duration", 300, "s"))


def test_every_rule_is_well_formed_and_cites_aws():
    data = json.loads((data_dir() / "categories.json").read_text(encoding="utf-8"))
    rules = data["stem_conditions"]["rules"]
    known = {"service", "subject", "measures", "condition", "name", "qualifiers", "numbers",
             "unless", "url", "also", "checked", "statement", "replaces_subject",
             "qualifier_word"}
    for rule in rules:
        assert set(rule) <= known, rule
        assert "condition" in rule or "name" in rule or "qualifier_word" in rule, rule
        assert rule["measures"] and all(m == m.lower() for m in rule["measures"]), rule
        assert re.match(r"https://(docs\.aws\.amazon\.com|docs\.amazonaws\.cn|aws\.amazon\.com)/",
                        rule["url"]), rule
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", rule["checked"]) and rule["statement"], rule
        assert all(isinstance(n, (int, float)) for n in rule.get("numbers", [])), rule
        assert set(rule.get("qualifiers", [])) <= {"", "max", "min", "default", "range"}, rule
        cond = rule.get("condition", "")
        # a condition reads as the end of a question: no capital start, no final punctuation
        assert cond == "" or (cond[0].islower() or cond[0] == "(") and cond[-1] not in ".?", rule


@pytest.fixture(scope="module")
def notes(tmp_path_factory) -> list:
    """Real notes ingested into a real database: the stems of the cards their facts make."""
    from studycli.questions import FactPool, build_question, card_types_for
    from studycli.store.db import connect

    path = note_db(tmp_path_factory.mktemp("stems"), (
        "# Lambda\n"
        "- Lambda async max event age 6 h\n"
        "- Lambda sync payload 6 MB\n"
        "# Step Functions\n"
        "- SFN state payload max 256 KB\n"
        "# Firehose\n"
        "| Setting | Default | Range |\n|---|---|---|\n"
        "| Buffer size | 5 MiB | 1 - 128 MiB |\n"))
    db = connect(path, readonly=True)
    pool = FactPool.load(db)
    out = []
    for fact in pool.facts:
        for card_type in card_types_for(fact):
            q = build_question(fact, card_type, pool, random.Random(3))
            if q is not None:
                out.append(q)
    db.conn.close()
    return out


def test_cards_from_real_notes_carry_the_context_once(notes):
    asked = [q.stem for q in notes]
    assert any("Data Firehose when delivering to Amazon S3" in s for s in asked), asked
    assert any("input or output payload size of a state, task or execution" in s
               for s in asked), asked
    for stem in asked:
        # words, not substrings: "asynchronously" holds "asynchronous"
        assert len(re.findall(r"\basynchronous(?:ly)?\b", stem)) <= 1, stem
    for q in notes:
        assert not stems.leaks(q.stem, q.answer_text.split(" (AWS today")[0]), q.stem


def test_a_question_over_several_values_states_only_a_condition_all_of_them_share():
    # The notes give RDS's default retention as 1 day (API/CLI) and 7 days (console): one
    # question asking for both must not claim the API context for the console's 7 days.
    day = _fact("RDS", "retention period", 86400, "s", subject="automated backups",
                qualifier="default", kind=Kind.DEFAULT)
    week = _fact("RDS", "retention period", 604800, "s", subject="automated backups",
                 qualifier="default", kind=Kind.DEFAULT)
    stem = stems.value_stem(day)
    assert stem.endswith("when the DB instance is created with the RDS API or AWS CLI?")
    assert stems.shared_condition(stem, day, [day, week]) == \
        "What is the default retention period for Amazon RDS (automated backups)?"
    assert stems.shared_condition(stem, day, [day, day]) == stem


def test_a_subject_the_aws_name_already_says_is_not_repeated():
    fact = _fact("Step Functions", "message size", 262144, "B", subject="states")
    assert "(states)" not in stems.value_stem(fact)
    gp2 = _fact("EBS", "storage size", 16 * 1024 ** 4, "B", subject="gp2")
    assert stems.value_stem(gp2) == "What is the maximum volume size for Amazon EBS (gp2)?"


def test_a_parenthesised_condition_joins_the_subject_in_one_pair():
    links = _fact("API Gateway", "VPC links", 10, "count", subject="HTTP API",
                  qualifier="default", kind=Kind.DEFAULT)
    assert stems.value_stem(links) == ("What is the default number of VPC links for Amazon API "
                                       "Gateway (HTTP API, per account in one AWS Region)?")


def test_a_joined_condition_is_taken_back_out_for_several_values():
    ten = _fact("API Gateway", "VPC links", 10, "count", subject="HTTP API", qualifier="default",
                kind=Kind.DEFAULT)
    # a side whose condition differs (none here: another service's rule would give none)
    other = _fact("API Gateway", "VPC links", 10, "count", subject="HTTP API", qualifier="default",
                  kind=Kind.DEFAULT, value="y")
    stem = stems.value_stem(ten)
    assert stems.shared_condition(stem, ten, [ten, other]) == stem  # same condition: kept
    bare = _fact("Secrets Manager", "request rate", 5000, "per_s", subject="rotation")
    fifty = _fact("Secrets Manager", "request rate", 50, "per_s", subject="rotation")
    joined = stems.value_stem(fifty)
    assert "(rotation, PutSecretValue" in joined  # no rule for 5,000: the sides differ
    assert stems.shared_condition(joined, fifty, [fifty, bare]) == \
        "What is the maximum request rate for AWS Secrets Manager (rotation)?"


def test_a_measure_is_matched_as_the_stem_spells_it():
    fifo = _fact("SQS", "msg per second (with batching)", 3000, "per_s", subject="FIFO queue",
                 qualifier="")
    assert stems.value_stem(fifo).endswith("(FIFO queue) without high-throughput mode?")


def test_a_setting_is_named_as_a_setting_for_its_default_and_range():
    # SNS's 256 KiB is the default of a topic's MaximumMessageSize, not a "default message size"
    default = _fact("SNS", "message size", 262144, "B", qualifier="default", kind=Kind.DEFAULT)
    raised = _fact("SNS", "message size", 1048576, "B")
    assert stems.value_stem(default) == \
        "What is the default MaximumMessageSize setting of a topic for Amazon SNS?"
    assert stems.value_stem(raised) == ("What is the maximum message size for Amazon SNS when "
                                        "the topic's MaximumMessageSize is raised?")


@pytest.mark.parametrize("fact, says", [
    (Fact("API Gateway", "", "message size", Kind.LIMIT, "max", "10 MB", 10485760.0, "B",
          source="n.md", line=1, snippet="x"),
     "request payload size for amazon api gateway for a rest or http api"),
    (Fact("Kinesis Data Streams", "", "record rate", Kind.LIMIT, "max", "1000 records/s", 1000.0,
          "per_s", source="n.md", line=1, snippet="x"), "for writes to one shard"),
    (Fact("Lambda", "", "execution timeout", Kind.LIMIT, "max", "900 s", 900.0, "s",
          source="n.md", line=1, snippet="x"), "lambda (outside lambda managed instances)?"),
])
def test_a_value_that_holds_for_one_api_direction_or_function_type_says_which(fact, says):
    """10 MB is a REST/HTTP API request payload (a WebSocket message is 128 KB); 1,000
    records/s is a shard's write rate; 15 minutes is not Lambda Managed Instances' 90."""
    from studycli.questions.stems import value_stem

    assert says in value_stem(fact).lower(), value_stem(fact)


def test_a_vague_interval_is_named_as_the_key_rotation_period():
    """A note's "KMS interval: 365 days" asked as "the default interval for AWS KMS" has two
    answers (a key's deletion waiting period defaults to 30 days)."""
    for qualifier, kind, number in (("default", Kind.DEFAULT, 365 * 86400),
                                    ("min", Kind.LIMIT, 90 * 86400),
                                    ("max", Kind.LIMIT, 2560 * 86400)):
        stem = stems.value_stem(_fact("KMS", "interval", number, "s", qualifier=qualifier,
                                      kind=kind))
        assert "automatic key rotation period" in stem and "interval" not in stem, stem
    # another KMS duration keeps its own words
    assert "rotation" not in stems.value_stem(_fact("KMS", "interval", 30 * 86400, "s",
                                                    qualifier="default", kind=Kind.DEFAULT))


def test_the_lowest_maximum_event_age_is_not_asked_as_an_events_minimum_age():
    stem = stems.value_stem(_fact("Lambda", "async event age", 60, "s", qualifier="min"))
    assert stem.startswith("What is the minimum value of the Maximum event age setting"), stem


def test_an_aside_that_repeats_the_measure_in_the_plural_is_dropped():
    fact = _fact("API Gateway", "message size (messages)", 128 * 1024, "B",
                 subject="WebSocket API")
    assert "(messages)" not in stems.value_stem(fact)
    kept = _fact("SQS", "visibility timeout (queue)", 30, "s", qualifier="default",
                 kind=Kind.DEFAULT)
    assert "(queue)" in stems.value_stem(kept)


def test_a_queues_default_delay_is_not_asked_of_a_delay_queue():
    """A delay queue is one whose delay is above 0: "the default delivery delay for Amazon SQS
    (delay queue)" contradicts itself; AWS words it as a queue's default (minimum) delay."""
    fact = _fact("SQS", "delivery delay", 0, "s", subject="delay queue", qualifier="default",
                 kind=Kind.DEFAULT)
    stem = stems.value_stem(fact)
    assert "delay queue" not in stem and "delivery delay of a queue" in stem, stem
    most = _fact("SQS", "delivery delay", 900, "s", subject="delay queue")
    assert "(delay queue)" in stems.value_stem(most)


def test_asides_side_by_side_read_as_one():
    """"the maximum number of topics (per account) (standard topics)" read as two note
    fragments to a reviewer: both asides are said in plain words (questions/asides.py), and
    a condition after a parenthesis joins it."""
    fact = _fact("SNS", "topics (per account) (standard topics)", 100000, "count")
    assert "number of standard topics per account for" in stems.value_stem(fact)
    assert "(" not in stems.value_stem(fact)
    assert stems.joined("topics (per account)", " (standard topics)") == \
        "topics (per account, standard topics)"
    assert stems.joined("retry duration", " when invoked") == "retry duration when invoked"


def test_a_storage_classs_availability_is_the_one_it_is_designed_for():
    """Standard-IA is designed for 99.9% availability; its SLA promises 99%: "the availability"
    alone has two answers."""
    fact = _fact("S3", "availability", 99.9, "%", subject="S3 Standard-IA", qualifier="")
    assert "designed-for availability" in stems.value_stem(fact)


def test_seven_instances_per_az_is_a_spread_placement_groups_limit():
    stem = stems.value_stem(_fact("EC2", "instances (per az)", 7, "count"))
    assert "spread placement group" in stem, stem


def test_a_storage_classs_128_kb_is_its_minimum_billable_size():
    """Smaller objects can be stored in Standard-IA and are charged as 128 KB."""
    fact = _fact("S3", "object size", 131072, "B", subject="S3 Standard-IA", qualifier="min")
    assert "minimum billable object size" in stems.value_stem(fact)
    tiering = _fact("S3", "object size", 131072, "B", subject="S3 Intelligent-Tiering")
    assert "billable" not in stems.value_stem(tiering)


def test_a_load_balancers_default_interval_is_its_health_check_interval():
    fact = _fact("ELB", "interval", 30, "s", qualifier="default", kind=Kind.DEFAULT)
    assert "health check interval" in stems.value_stem(fact)


def test_a_shards_read_throughput_says_it_is_shared():
    """Each enhanced fan-out consumer gets its own 2 MB/s per shard."""
    fact = _fact("Kinesis Data Streams", "read throughput", 2 * MB, "B/s", subject="shard",
                 qualifier="")
    assert "without enhanced fan-out" in stems.value_stem(fact)
    said = _fact("Kinesis Data Streams", "read throughput (enhanced fan-out)", 2 * MB, "B/s",
                 subject="shard", qualifier="")
    assert "without enhanced fan-out" not in stems.value_stem(said)


def test_eventbridge_retry_default_names_the_rule_whose_target_it_is():
    # a rule's target: 24 hours; a newer Custom Event Bus subscriber: 300 seconds by default
    stem = stems.value_stem(_fact("EventBridge", "retry duration", 86400, "s",
                                  qualifier="", kind=Kind.DEFAULT, value="24 h"))
    assert stem.endswith("for Amazon EventBridge when a rule delivers an event to its target?")
    said = stems.value_stem(_fact("EventBridge", "rule retry duration", 86400, "s",
                                  qualifier="", kind=Kind.DEFAULT, value="24 h"))
    assert "when a rule" not in said


@pytest.mark.parametrize(("attribute", "qualifier", "number", "said"), [
    ("TTL", "default", 3600, "when created with the AWS CLI (aws s3 presign)"),
    ("expiry", "default", 3600, "when created with the AWS CLI (aws s3 presign)"),
    ("TTL", "max", 604800, "when signed with Signature Version 4"),
])
def test_a_presigned_url_expiry_filed_under_its_subject_names_its_tool(attribute, qualifier,
                                                                        number, said):
    # S3 sets no default: 3600 s is the CLI's (an SDK's presigner differs)
    fact = _fact("S3", attribute, number, "s", subject="presigned URL", qualifier=qualifier,
                 kind=Kind.DEFAULT if qualifier == "default" else Kind.LIMIT)
    assert stems.value_stem(fact).endswith(f"(presigned URL) {said}?")
    assert "expiration time" in stems.value_stem(fact)  # AWS's name, not the note's "TTL"


def test_a_note_abbreviation_in_the_measure_is_spelled_out():
    fact = _fact("Route 53", "interval (std)", 30, "s", subject="health check", qualifier="")
    assert "standard interval" in stems.value_stem(fact) and "std" not in stems.value_stem(fact)


def test_a_rate_s3_supports_at_least_is_asked_as_supported_not_minimum():
    # "at least 5,500 GET/HEAD per second per partitioned prefix" is no floor a workload must
    # reach (reviewers read "the minimum GET/HEAD request rate" so)
    stem = stems.value_stem(_fact("S3", "GET request rate", 5500, "per_s", qualifier="min"))
    assert "supported GET" in stem and "minimum" not in stem
    other = stems.value_stem(_fact("Lambda", "memory", 128 * MB, "B", qualifier="min"))
    assert "minimum" in other
