"""Notes texted to oneself or a study buddy: a chat export's senders (one of them named as a
service is: "sam"), texting shorthand of measures and qualifiers ("dflt", "mx", "mn", "sz"),
and lookups typed the same way ("sqs mx msg sz")."""

from __future__ import annotations

import pytest

from tests.helpers import lookup_values, notes_fixture, parsed_quantities

_SAID = ["lambda timeout 15 min", "mem 128mb - 10gb", "/tmp storage 512mb", "env vars total 4kb",
         "api gateway now", "integration timeout 29s", "payload max 10mb",
         "sqs visibility timeout 12h"]


def _chat(senders: list[str]) -> str:
    return "".join(f"[3/2/24, 10:{10 + i} AM] {sender}: {message}\n"
                   for i, (sender, message) in enumerate(zip(senders, _SAID, strict=True)))


# one sender, who texts about many services, and a study group's export with a second
# sender: "sam" is a person, whatever AWS calls its Serverless Application Model
SELF = _chat(["sam"] * 8)
GROUP = _chat(["sam", "sam", "sam", "sam", "sam", "sam", "leo", "sam"])


@pytest.mark.parametrize("text", [GROUP, SELF])
def test_a_sender_named_as_a_service_is_a_person_in_a_chat(text):
    facts = parsed_quantities(text, "lambda_apigw_texts.txt")
    services = {value: service for service, _, _, _, value in facts}
    assert services["15 min"] == services["10 GB"] == services["4 KB"] == "Lambda"
    assert services["29 s"] == services["10 MB"] == "API Gateway"
    assert "SAM" not in services.values()


def test_a_study_log_of_services_keeps_them():
    # every sender a service, each saying its own facts: the service is what the line is about
    log = ("12/03/26, 21:16 - Lambda: max timeout 15 min\n"
           "12/03/26, 21:17 - SQS: max visibility timeout 12 h\n")
    services = {value: service for service, _, _, _, value in parsed_quantities(log, "l.txt")}
    assert services == {"15 min": "Lambda", "12 h": "SQS"}


@pytest.mark.parametrize("line, qualifier, value", [
    ("- visibility timeout dflt 30s, mx 12h, mn 0", "default", "30 s"),
    ("- visibility timeout dflt 30s, mx 12h, mn 0", "max", "12 h"),
    ("- visibility timeout def 30s, max 12h", "default", "30 s"),
    ("- msg sz mx 256kb", "max", "256 KB"),
    ("- mem mn 128mb, mx 10gb", "min", "128 MB"),
])
def test_texting_shorthand_of_qualifiers_is_read(line, qualifier, value):
    facts = parsed_quantities(f"# SQS\n\n{line}\n")
    assert any(q == qualifier and v == value for _, _, _, q, v in facts), facts


@pytest.mark.parametrize("line", ["- MX record: mail server of a domain, priority 10",
                                  "- def handler(event, context): return 10",
                                  "- free tier 1 mn requests per month"])
def test_what_only_looks_like_shorthand_is_left(line):
    facts = parsed_quantities(f"# Route 53\n\n{line}\n")
    assert not any(q in ("max", "min", "default") for _, _, _, q, _ in facts), facts


TEXTED = ("# SQS\n\n- msg size max 256 KB\n- visibility timeout default 30 s, max 12 h\n"
          "- retention default 4 days, max 14 days\n")
texted = notes_fixture(TEXTED)


@pytest.mark.parametrize("query, want", [
    ("sqs mx msg sz", "256 KB"), ("sqs vis timeout dflt", "30 s"),
    ("sqs visibility timeout mx", "12 h"), ("sqs retention mx", "14 days")])
def test_lookups_typed_in_shorthand(texted, query, want):
    assert lookup_values(texted, query)[:1] == [want]


CORRECTED = ("[11/20/23 22:01] me: sqs retention dflt 4d, min 1min, mx 7d\n"
             "[11/20/23 22:03] me: no its 14d not 7\n"
             "[11/20/23 22:04] me: visibility timeout mx 12h\n")


def test_a_reply_takes_back_the_figure_it_corrects():
    facts = parsed_quantities(CORRECTED, "sqs.txt")
    retention = {(q, v) for _, _, a, q, v in facts if a == "retention period"}
    assert ("max", "14 days") in retention
    assert not any("7 days" in v for _, v in retention), retention
    assert ("default", "4 days") in retention  # what the reply does not correct stays


corrected = notes_fixture(CORRECTED, name="sqs.txt")


def test_lookup_answers_the_corrected_figure(corrected):
    assert lookup_values(corrected, "sqs max retention")[:1] == ["14 days"]


@pytest.mark.parametrize("reply", [
    "- long polling wait time 20s not 30",  # a figure no line before gave
    "- retention 14 days not 7 hours",       # another unit: not the 7 days
])
def test_a_reply_of_another_figure_takes_nothing_back(reply):
    facts = parsed_quantities(f"# SQS\n\n- retention max 7 days\n{reply}\n")
    assert ("retention period", "max", "7 days") in {(a, q, v) for _, _, a, q, v in facts}

