"""Which numbers are limits of the thing a line is about, and whose they are."""

from __future__ import annotations

import pytest

from studycli.extract import parse_note


def _structured(text: str) -> list[tuple[str, str, str, str]]:
    note = parse_note(text, "n.md")
    return [(f.service, f.attribute, f.qualifier, f.value) for f in note.facts if f.kind != "fact"]


@pytest.mark.parametrize("line", [
    "- e.g. a stream with 100 shards gets 100 concurrent invocations",   # an example
    "- routes events to 1+ targets",                                      # a vague lower bound
    "- 1 WCU = 1 KB write per second",                                    # a unit definition
    "- transactional write = 2 WCU per 1 KB",                             # a ratio
    "- A company uploads 1000 files per day",                             # a story
    "- Free tier: 1M requests per month",                                 # a free-tier allowance
    "- storage grows in 10 GB increments",                                # an increment
    "- use multipart for objects larger than 100 MB",                     # a threshold
])
def test_numbers_that_are_not_limits_stay_plain_statements(line):
    note = parse_note(f"## Amazon S3\n{line}\n", "n.md")
    assert _structured(f"## Amazon S3\n{line}\n") == []
    assert [f.kind for f in note.facts] == ["fact"]  # still searchable


def test_a_limit_next_to_an_increment_is_kept():
    facts = _structured("## Lambda\n- Memory: 128MB - 10,240MB, 1 MB increments\n")
    assert ("Lambda", "memory", "max", "10,240 MB") in facts
    assert not any(value == "1 MB" for *_, value in facts)


def test_a_contrast_gives_each_value_to_its_own_service():
    facts = _structured("## Kinesis\n- KDS is real time, Firehose ~60 s buffering latency\n")
    assert [service for service, *_ in facts] == ["Data Firehose"]


def test_a_clause_that_names_one_other_service_gives_it_its_value():
    facts = _structured("## Kinesis\nKinesis is real-time, delivery (~60 seconds) & Data Firehose "
                        "in near real time\n")
    assert [service for service, *_ in facts] == ["Data Firehose"]


def test_a_service_later_in_a_clause_only_qualifies_the_value():
    facts = _structured("## S3\n- presigned URL max with IAM user creds: 7 days\n")
    assert facts and all(service == "S3" for service, *_ in facts)


def test_an_example_clause_does_not_reach_past_its_comma():
    facts = _structured("## Cognito\nCognito invokes Lambda triggers synchronously, for example "
                        "the pre sign-up trigger, and the trigger must respond within 5 seconds\n")
    assert any(value == "5 s" for *_, value in facts)


def test_a_worker_that_polls_step_functions_is_no_invoker_of_lambda():
    note = parse_note("## Lambda\n- Activity Worker on EC2/Lambda, using GetActivityTask API "
                      "call for poll\n- Lambda polls the SQS queue (event source mapping)\n",
                      "n.md")
    invokers = {f.subject: f.value for f in note.facts if f.kind == "invocation_mode"}
    assert "EC2" not in invokers
    assert invokers.get("SQS") == "event source mapping"


def test_a_row_of_a_service_we_do_not_know_is_not_the_tables_service():
    text = ("## Amazon VPC quotas\n\n| Resource | Default | Limit |\n|---|---|---|\n"
            "| Rules per security group | 60 | 1000 |\n"
            "| Amazon SWF open executions | 1,000 executions | 100,000 executions |\n")
    facts = _structured(text)
    assert ("VPC", "rules", "max", "1000 rules") in facts or any(
        value.startswith("1000") for *_, value in facts), facts
    assert not any("100,000" in value or "1,000" in value for *_, value in facts)


@pytest.mark.parametrize("line", [
    "- 300 msg/s, or 3,000 msg/s with batching",
    "- FIFO: 3,000 msg/s (with batching), 300 msg/s without",
    "- With batching, FIFO supports 3,000 msg/s; without, 300 msg/s",
    "- up to 3,000 messages per second with batching, 300 messages per second without",
])
def test_a_batching_qualifier_stays_with_its_number(line):
    facts = _structured(f"## SQS FIFO queues\n{line}\n")
    by_value = {value: attribute for _, attribute, _, value in facts}
    assert by_value["3000 messages/s"].endswith("(with batching)")
    assert by_value["300 messages/s"].endswith("(without batching)")


@pytest.mark.parametrize("line, value", [
    ("- IntervalSeconds (default 1), MaxAttempts (default 3)", None),
    ("- Scaling rate: 1,000 execution environments every 10 seconds", None),
    ("- Health checks run every 30 seconds by default", "30 s"),
])
def test_rates_and_named_settings(line, value):
    facts = _structured(f"## Step Functions\n{line}\n")
    assert [v for *_, v in facts] == ([value] if value else [])


def test_the_default_of_a_bound_is_not_the_default():
    facts = _structured("## CloudFront\n- The default TTL is 24 hours, the maximum TTL defaults "
                        "to 1 year, 31,536,000 seconds\n")
    assert [(q, v) for _, _, q, v in facts] == [("default", "24 h")]


@pytest.mark.parametrize("line", [
    "- DDB WCU = 1KB write/s",
    "- **RCU** = one strongly consistent read per second of up to **4 KB**",
    "- 1 capacity unit = 4 KB per second",
])
def test_what_a_capacity_unit_buys_is_no_limit(line):
    assert _structured(f"## DynamoDB\n{line}\n") == []


def test_a_practice_question_names_an_exception_but_does_not_define_it():
    note = parse_note("## Lambda\n**Q10.** Lambda gets `TooManyRequestsException` on sync invoke.\n"
                      "- TooManyRequestsException: concurrency limit reached (429)\n", "n.md")
    meanings = [f.value for f in note.facts if f.kind == "error_code"]
    assert meanings and not any(m.startswith("Q10") for m in meanings)


def test_two_values_for_one_setting_are_told_apart_by_their_own_words():
    facts = _structured("## Lambda\n- Deployment package: 50 MB zipped (direct upload), "
                        "250 MB unzipped\n")
    assert {(a, v) for _, a, _, v in facts} == {
        ("deployment package size (zipped)", "50 MB"),
        ("deployment package size (unzipped)", "250 MB")}


def test_two_values_for_one_setting_that_nothing_tells_apart_are_not_asked():
    # "baseline ... up to": the parser cannot tell which number is which setting
    note = parse_note("## EBS\n- gp3: baseline 3,000 IOPS and 125 MB/s, up to 16,000 IOPS and "
                      "1,000 MB/s\n", "n.md")
    assert [f for f in note.facts if f.kind != "fact" and f.unit == "B/s"] == []
    assert any(f.kind == "fact" for f in note.facts)


@pytest.mark.parametrize("text, attribute", [
    ("## EBS\n- gp2/gp3 size from 1 GiB to 16 TiB\n", "gp2/gp3 size"),
    ("## CloudFront\nThe origin response timeout defaults to 30 seconds.\n",
     "origin response timeout"),
])
def test_a_last_resort_attribute_name_keeps_whole_words_and_drops_units(text, attribute):
    assert {a for _, a, _, _ in _structured(text)} == {attribute}


def test_a_subject_one_paragraph_names_does_not_carry_to_the_next():
    note = parse_note("## Queues\n\nMessage size is max 256 KB. Anything bigger: use the SQS "
                      "Extended Client Library.\n\nRetention: 4 days by default.\n", "n.md")
    retention = [f for f in note.facts if f.attribute.startswith("retention")]
    assert retention and all(f.service == "SQS" and f.subject == "" for f in retention)
