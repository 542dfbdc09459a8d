"""Review final_A of int45: a reply "NEW not OLD" whose figure names a measure of its own takes
back no other measure's figure; a range goes by either end; the documented exclusions (a
contrast, a line of its own) hold; a dated log of one service keeps that service."""

from __future__ import annotations

import pytest

from tests.helpers import lookup_values, notes_fixture, parsed_quantities


@pytest.mark.parametrize("text, kept", [
    ("# SQS\n- visibility timeout default 30 s\n- receive message wait time 20 s not 30 s\n",
     ("visibility timeout", "default", "30 s")),
    ("# Lambda\n- timeout: default 3 s\n- init phase limit 10 s not 3 s\n",
     ("execution timeout", "default", "3 s")),
])
def test_a_reply_of_its_own_measure_takes_back_no_other_measures_figure(text, kept):
    facts = {(a, q, v) for _, _, a, q, v in parsed_quantities(text)}
    assert kept in facts, facts


SQS_TRAP = notes_fixture("# SQS\n- visibility timeout default 30 s\n"
                         "- receive message wait time 20 s not 30 s\n", name="sqs.md")


def test_lookup_of_the_default_visibility_timeout_is_its_own(SQS_TRAP):
    assert lookup_values(SQS_TRAP, "sqs default visibility timeout")[:1] == ["30 s"]


def test_a_reply_takes_back_a_range_by_either_end():
    facts = parsed_quantities("# SQS\nretention dflt 4d, min 1min, mx 7d\n"
                              "no its 14d not 7. mx 14d\n")
    values = {(a, q, v) for _, _, a, q, v in facts}
    assert ("retention period", "max", "14 days") in values
    assert not any("7 days" in v for _, _, v in values), values


@pytest.mark.parametrize("reply", [
    "- 30 days, not 90 days (that's Glacier Flexible)",  # a contrast: the other thing's
    "- 14 days not 90 days like SQS",
    "- Standard-IA min storage duration 30 days, not 90 days",  # a line of its own measure
])
def test_the_reply_rules_exclusions_take_nothing_back(reply):
    facts = parsed_quantities(f"# S3\n- Glacier Instant Retrieval min storage duration 90 days\n"
                              f"{reply}\n")
    assert any(v == "90 days" for _, _, _, _, v in facts), facts


def test_a_dated_log_of_one_service_keeps_it_though_it_names_others():
    log = ("12/03/26, 21:16 - Lambda: max timeout 15 min\n"
           "12/03/26, 21:17 - Lambda: memory max 10240 MB\n"
           "12/03/26, 21:18 - Lambda: event sources include SQS, Kinesis and DynamoDB streams\n"
           "12/03/26, 21:19 - Lambda: async retries 2 times, then a DLQ on SNS or SQS\n"
           "12/03/26, 21:20 - Lambda: /tmp max 10 GB\n")
    services = {value: service for service, _, _, _, value in parsed_quantities(log, "l.txt")}
    assert services.get("15 min") == services.get("10 GB") == services.get("2 times") == "Lambda", \
        services
