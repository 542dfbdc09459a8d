"""Texted notes, what review 45 found: a reply that names its own qualifier takes nothing back
of another one's, a dated study log keeps its services with one non-service sender or one
wide-ranging message, a DNS question's "mx" is an MX record's, a lower-case "mx" before an
MX record's priority or host is no maximum, and "def 1:" is a numbered definition."""

from __future__ import annotations

import pytest

from tests.helpers import lookup_values, notes_fixture, parsed_quantities


@pytest.mark.parametrize("text, name", [
    ("[3/2/24, 10:10 AM] leo: sqs retention max 14 days\n"
     "[3/2/24, 10:11 AM] kai: and the default is 4 days not 14\n", "chat.txt"),
    ("# SQS\n- retention max 14 days\n- min is 1 day not 14\n", "sqs.md"),
])
def test_a_reply_naming_another_qualifier_takes_back_nothing(text, name):
    facts = parsed_quantities(text, name)
    maxima = {v for _, _, _, q, v in facts if q == "max"}
    assert maxima == {"14 days"}, facts


SQS_CHAT = notes_fixture("[3/2/24, 10:10 AM] leo: sqs retention max 14 days\n"
                         "[3/2/24, 10:11 AM] kai: and the default is 4 days not 14\n",
                         name="chat.txt")


def test_lookup_of_the_maximum_is_not_the_replys_default(SQS_CHAT):
    assert lookup_values(SQS_CHAT, "sqs max retention")[:1] == ["14 days"]


@pytest.mark.parametrize("log", [
    ("12/03/26, 21:16 - Lambda: max timeout 15 min\n"
     "12/03/26, 21:17 - SQS: max visibility timeout 12 h\n"
     "12/03/26, 21:18 - Note: review these before the exam\n"),
    ("12/03/26, 21:16 - Lambda: max timeout 15 min\n"
     "12/03/26, 21:17 - Lambda: triggers include SQS, SNS, S3 and Kinesis\n"
     "12/03/26, 21:18 - SQS: max visibility timeout 12 h\n"),
])
def test_a_study_log_keeps_its_services_with_one_other_sender_or_message(log):
    services = {value: service for service, _, _, _, value in parsed_quantities(log, "l.txt")}
    assert services.get("15 min") == "Lambda" and services.get("12 h") == "SQS", services


R53 = notes_fixture("# Route 53\n"
                    "- MX record: mail servers, lower priority value preferred\n"
                    "- TTL max 172800 s\n"
                    "- alias record free for AWS targets\n"
                    "- max 10000 records per hosted zone by default\n", name="r53.md")


@pytest.mark.parametrize("query", ["route 53 mx record", "mx record priority"])
def test_a_dns_questions_mx_is_an_mx_record(R53, query):
    values = lookup_values(R53, query)
    assert values and "MX record" in values[0], values


@pytest.mark.parametrize("line", ["- mx 10 mail.example.com = priority 10",
                                  "- mx priority 10 is preferred over 20"])
def test_a_lower_case_mx_records_priority_is_no_maximum(line):
    from studycli.extract import parse_note

    facts = parse_note(f"# Route 53\n\n{line}\n", "r53.md").facts
    assert facts and not any(f.qualifier == "max" or "max" in f.value.lower().split()
                             for f in facts), [(f.qualifier, f.value) for f in facts]


def test_a_numbered_definition_is_no_default():
    facts = parsed_quantities("# VPC\n- def 1: VPC peering is not transitive\n"
                              "- def 3: peering connections max 125 per VPC\n")
    assert not any(q == "default" for _, _, _, q, _ in facts), facts
    assert any(q == "max" and v.startswith("125") for _, _, _, q, v in facts), facts
