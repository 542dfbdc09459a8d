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
    # "baseline ... up to": nothing says which case "125 MB/s" is (the "and" joins it to the
    # baseline IOPS, whose label it does not take), so it is not asked; "up to 16,000 IOPS and
    # 1,000 MB/s" caps both (pass 11: a value joined to a capped one shares its cap)
    note = parse_note("## EBS\n- gp3: baseline 3,000 IOPS and 125 MB/s, up to 16,000 IOPS and "
                      "1,000 MB/s\n", "n.md")
    assert [(f.qualifier, f.value) for f in note.facts
            if f.kind != "fact" and f.unit == "B/s"] == [("max", "1000 MB/s")]
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


def _keyed(text: str) -> list[tuple[str, str, str, str, str]]:
    note = parse_note(text, "n.txt")
    return [(f.service, f.subject, f.attribute, f.qualifier, f.value)
            for f in note.facts if f.kind != "fact"]


def test_a_cheat_sheets_unpunctuated_lines_are_separate_statements():
    # 76 characters, no full stop: joined, "6MB" went to the "provisioned concurrency" line
    note = ("--- LAMBDA ---\n"
            "mem 128MB -> 10,240MB, 1MB increments. CPU scales w/ mem (1769MB = 1 vCPU)\n"
            "provisioned concurrency = pre-warmed, no cold start, costs $$\n"
            "sync invoke payload 6MB req/resp\n")
    facts = parse_note(note, "n.txt").facts
    payload = [f for f in facts if f.value == "6 MB"]
    assert [(f.line, f.subject) for f in payload] == [(4, "")]


def test_a_transcript_wrapped_by_a_tool_is_still_read_sentence_by_sentence():
    note = ("Now what if you want to send one message to many receivers. The producer sends\n"
            "messages to one SNS topic and as many event receivers as we want listen to the\n"
            "topic notifications. You can have up to 12,500,000 subscriptions per topic and\n"
            "the limit is 100,000 topics per account, and this can be increased. Subscribers\n"
            "can be SQS queues, Lambda functions and HTTP endpoints, emails, and SMS texts.\n")
    facts = _keyed(note)
    assert ("SNS", "", "subscriptions (per topic)", "max", "12,500,000 subscriptions") in facts
    assert ("SNS", "", "topics (per account)", "max", "100,000 topics") in facts


def test_a_banner_titles_the_lines_below_it():
    note = ("--- LAMBDA ---\nESM batch size SQS std: up to 10,000, FIFO max 10\n"
            "ESM batch window up to 300s\n")
    assert ("Lambda", "event source mapping", "batching window", "max", "300 s") in _keyed(note)


def test_a_destination_in_brackets_does_not_take_the_number():
    note = ("## Amazon EventBridge\n\n"
            "retry: up to 24 h and 185 attempts with exponential backoff + jitter, "
            "then DLQ (SQS standard queue) if set\n"
            "input transformer to reshape event before target. cross-account: put to other bus\n")
    services = {f[0] for f in _keyed(note)}
    assert services == {"EventBridge"}


def test_a_value_in_brackets_belongs_to_what_the_bracket_follows():
    note = ("✓ Cognito user pool authorizer (no code), Lambda authorizer (token or request based, "
            "result cache TTL default 300s, max 3600s), IAM (SigV4)\n")
    facts = _keyed(note)
    assert {(f[0], f[1]) for f in facts} == {("API Gateway", "Lambda authorizer")}


def test_a_relative_clause_gives_its_number_to_the_service_it_hangs_on():
    note = ("## Firehose\nFirehose does not store data, that's the key difference with Kinesis "
            "Data Streams which is real time, about 200 milliseconds, and stores data for "
            "replay.\n")
    assert [f[0] for f in _keyed(note)] == ["Kinesis Data Streams"]


@pytest.mark.parametrize("line", [
    "- 413 RequestTooLargeException -> payload > 6 MB",
    "- single PUT max 5 GB -> use multipart upload, recommended for > 100 MB",
])
def test_a_number_after_greater_than_is_a_threshold_not_a_minimum(line):
    facts = _keyed(f"## AWS Lambda\n{line}\n")
    assert not any(q == "min" for *_, q, _ in facts)


def test_a_quota_tables_default_column_is_the_quota_not_a_default_setting():
    note = ("## Amazon API Gateway\n\n| Resource | Default | Adjustable? |\n|---|---|---|\n"
            "| WebSocket idle timeout | 10 minutes | no |\n| Stages per API | 10 | yes |\n")
    facts = _keyed(note)
    assert ("API Gateway", "WebSocket API", "idle timeout", "", "10 min") in facts
    assert not any(q == "default" for *_, q, _ in facts)


@pytest.mark.parametrize("line, attribute", [
    ("FIFO: 300 msg/s w/o batching, 3000 w/ batching", "msg per second (without batching)"),
    ("5 targets per rule", "targets (per rule)"),
])
def test_the_qualifier_the_note_gives_stays_with_the_number(line, attribute):
    note = f"## SQS and EventBridge\n- {line}\n"
    assert attribute in {f[2] for f in _keyed(note)}


def test_two_sizes_told_apart_by_their_labels():
    note = ("• SSM Parameter Store: standard param 4 KB, 10,000 params free; advanced 8 KB, "
            "100,000 params, param policies (TTL)\n")
    attributes = {f[2]: f[4] for f in _keyed(note) if f[4].endswith("KB")}
    assert attributes == {"parameter value size (standard)": "4 KB",
                          "parameter value size (advanced)": "8 KB"}


def test_a_worked_calculation_states_no_limit():
    note = "## DynamoDB\n- 6KB -> 2 units x 20 = 40 RCU. eventually consistent would be 20\n"
    assert _keyed(note) == []


def test_services_far_apart_after_a_colon_are_not_a_list_of_invokers():
    note = ("## Lambda\nnote: lambda itself can run 15 min but API GW gives up at 29s. "
            "Make it async (return 202 + poll / SQS)\n")
    assert not [f for f in parse_note(note, "n.md").facts if f.kind == "invocation_mode"]
    listed = parse_note("## Lambda\nsync: API GW, ALB, Cognito, SDK invoke, Lex\n", "n.md").facts
    assert {f.subject for f in listed if f.kind == "invocation_mode"} == {
        "API Gateway", "ELB", "Cognito", "Lex"}


def test_an_api_name_is_not_the_attribute_word_inside_it():
    facts = _keyed("## Kinesis Data Streams\n"
                   "- GetRecords 5 calls/s per shard, up to 10MB / 10,000 records per call\n")
    assert not any(f[2].startswith(("record rate", "record size")) for f in facts)


def test_a_subject_added_on_with_incl_is_not_the_numbers_subject():
    facts = _keyed("## AWS Lambda\n\n| Resource | Quota |\n|---|---|\n"
                   "| Unzipped incl. layers | 250 MB |\n")
    assert facts and all(f[1] != "layers" for f in facts)


def test_a_label_before_the_service_does_not_hide_whose_line_it_is():
    note = ("## DynamoDB\n- alternative: Kinesis Data Streams for DynamoDB -> longer retention "
            "(up to 1 yr), more consumers\n")
    assert {f[0] for f in _keyed(note)} == {"Kinesis Data Streams"}


def test_a_label_before_a_colon_names_the_value_after_it():
    note = ("## Cognito\n\n| Token | Default | Range |\n|---|---|---|\n"
            "| ID token | 1 hour | 5 min – 1 day |\n"
            "| Refresh token | 30 days | 60 min – 10 years |\n")
    attributes = {f[2] for f in _keyed(note)}
    # (the vocabulary names the two validities: data/attributes.json, Cognito)
    assert attributes == {"ID/access token validity", "refresh token validity"}


def test_a_word_after_a_comma_labels_the_next_number_not_the_one_before():
    facts = _keyed("## API Gateway\n- WebSocket API: connection max 2 h, idle 10 min\n")
    assert ("API Gateway", "WebSocket API", "connection duration", "max", "2 h") in facts
    assert ("API Gateway", "WebSocket API", "idle timeout", "", "10 min") in facts


@pytest.mark.parametrize("line, subject", [
    ("- TransactWriteItems — max 25 items per transaction, 4MB total", "TransactWriteItems"),
    ("- BatchGetItem: up to 100 items, 16 MB max response", "BatchGetItem"),
    ("- ReceiveMessageWaitTimeSeconds max 20s", ""),   # a parameter, not an operation
])
def test_an_api_operation_opening_a_line_is_its_numbers_subject(line, subject):
    facts = _keyed(f"## DynamoDB and SQS\n{line}\n")
    assert facts and {f[1] for f in facts} == {subject}
