"""Attribution mechanisms for notes nobody has seen: whose number it is, what it is of, and
whether it is a number to learn at all. Every line here is written for the test, in wording
the development notes do not use."""

from __future__ import annotations

import pytest

from studycli.extract import parse_note
from studycli.model import Kind


def _quantities(text: str) -> list[tuple[str, str, str, str, str]]:
    note = parse_note(text, "n.md")
    return [(f.service, f.subject, f.attribute, f.qualifier, f.value)
            for f in note.facts if f.kind is not Kind.FACT]


# --- sub-services filed under a parent's heading (data/sub_services.json) ---

@pytest.mark.parametrize("heading,line,owner", [
    ("## Containers on ECS", "- Using Fargate, one task may reach 16 vCPU", "Fargate"),
    ("## Amazon RDS", "- In Aurora the cluster volume tops out at 128 TiB", "Aurora"),
    ("## Kinesis", "- Firehose holds data at most 900 seconds before it writes", "Data Firehose"),
])
def test_a_sub_service_named_before_the_number_owns_it(heading, line, owner):
    facts = _quantities(f"{heading}\n{line}\n")
    assert facts and {service for service, *_ in facts} == {owner}


def test_a_parent_named_in_the_line_keeps_it():
    facts = _quantities("## ECS\n- ECS on EC2 or Fargate: up to 10 containers per task def\n")
    assert facts and all(service == "ECS" for service, *_ in facts)


def test_a_sub_service_named_only_after_the_number_does_not_take_it():
    facts = _quantities("## RDS\n- read replicas: 5 for MySQL, more with Aurora\n")
    assert all(service == "RDS" for service, *_ in facts)


def test_a_sub_service_named_as_the_comparison_does_not_take_it():
    facts = _quantities("## ECS\n- unlike Fargate, the EC2 launch type lets a task use 192 GiB\n")
    assert all(service != "Fargate" for service, *_ in facts)


def test_an_edge_function_under_the_cdn_heading_is_lambdas_with_its_trigger_case():
    facts = _quantities("## CloudFront\n- Lambda@Edge gives viewer-side triggers 5 s and "
                        "origin-side triggers 30 s\n")
    assert facts and all((s, sub) == ("Lambda", "Lambda@Edge") for s, sub, *_ in facts)
    by_value = {value: attribute for *_, attribute, _, value in facts}
    assert "viewer" in by_value["5 s"] and "origin" in by_value["30 s"]


def test_trigger_cases_are_not_added_to_a_setting_that_names_its_side():
    facts = _quantities("## CloudFront\n- origin read timeout is 30 s by default for the "
                        "origin request event\n")
    assert all("trigger" not in attribute for _, _, attribute, _, _ in facts)


def test_a_capacity_unit_limit_next_to_a_cache_is_the_tables_not_the_caches():
    facts = _quantities("## DynamoDB\n- DAX in front helps reads; a single partition still caps "
                        "at 3,000 RCU\n")
    assert facts and all(service == "DynamoDB" for service, *_ in facts)


# --- a scope said once for several numbers ---

@pytest.mark.parametrize("line", [
    "- for each partition the ceiling is 3,000 RCU and 1,000 WCU",
    "- hard caps: 3,000 RCU & 1,000 WCU per partition",
])
def test_a_scope_said_once_holds_for_every_number_it_covers(line):
    facts = _quantities(f"## DynamoDB\n{line}\n")
    assert len(facts) == 2
    assert all(attribute.endswith("(per partition)") for _, _, attribute, _, _ in facts)


# --- numbers that are not limits ---

@pytest.mark.parametrize("line", [
    "- One read capacity unit equals one strongly consistent 4 KB read per second",
    "- 1 WCU: a single write per second of an item up to 1 KB",
    "- a RCU is two eventually consistent reads per second, items up to 4 KB",
])
def test_a_capacity_unit_defined_in_words_is_no_limit(line):
    note = parse_note(f"## DynamoDB\n{line}\n", "n.md")
    assert [f.kind for f in note.facts] == [Kind.FACT]  # searchable, never asked


def test_capacity_units_with_a_limit_are_still_a_limit():
    facts = _quantities("## DynamoDB\n- capacity units: at most 40,000 RCU per table\n")
    assert [value for *_, value in facts] == ["40,000 RCUs"]


# (a trailing aside of doubt, "14 days (not sure, double-check)", now leaves the number read:
# tests/test_attrib8_doubt.py)
@pytest.mark.parametrize("line", [
    "- message retention (not sure) max 14 days",
    "- retention is 14 days... no wait, or was it 4 days",
    "- max delay (?) 15 min",
    "- iirc the max delay is 15 minutes",
])
def test_a_number_the_note_doubts_is_kept_only_as_a_statement(line):
    note = parse_note(f"## SQS\n{line}\n", "n.md")
    assert [f.kind for f in note.facts] == [Kind.FACT]


# --- the low end of a span is no default ---

def test_the_start_of_a_span_with_its_own_default_is_the_minimum():
    facts = _quantities("## STS\n- role sessions last **15 min** up to **12 h**, default **1 h**\n")
    quals = {value: qualifier for *_, qualifier, value in facts}
    assert quals == {"15 min": "min", "12 h": "max", "1 h": "default"}


# --- invocation modes only from a clause that says how the mapping invokes ---

def test_a_definition_of_the_three_modes_gives_the_mapping_no_mode():
    note = parse_note("## Lambda\nIf a caller blocks on the reply, that is synchronous; when the "
                      "service enqueues the event it is asynchronous; when Lambda polls a queue "
                      "that is an event source mapping.\n", "n.md")
    assert not [f for f in note.facts if f.subject == "event source mapping"]


def test_the_mappings_own_clause_still_gives_its_mode():
    note = parse_note("## Lambda\n- event source mappings (Kinesis, SQS) hand batches to the "
                      "function synchronously\n", "n.md")
    modes = {f.value for f in note.facts if f.subject == "event source mapping"}
    assert modes == {"synchronous"}


# --- attribute words ---

def test_a_file_size_for_caching_is_an_object_size_not_a_cache_size():
    facts = _quantities("## CloudFront\n- biggest file it will cache: file size for caching "
                        "tops out at 30 GB\n")
    assert [attribute for _, _, attribute, _, _ in facts] == ["object size"]


def test_a_duration_of_retries_is_named_for_them():
    facts = _quantities("## EventBridge\n- failed deliveries: retrying goes on for up to 24 h\n")
    assert [attribute for _, _, attribute, _, _ in facts] == ["retry duration"]


# --- a scenario's numbers, in openings the notes have not used ---

@pytest.mark.parametrize("line", [
    "- A logistics startup ingests 4,000 events per second from trucks",
    "- An insurance firm keeps 30 TB of scanned claims",
    "- In my project we had 12 queues and 40 consumers",
    "- Let's say you have 60 shards feeding one consumer",
    "- Our app pushes 75 messages per second",
])
def test_a_scenarios_numbers_are_not_limits(line):
    note = parse_note(f"## Amazon SQS\n{line}\n", "n.md")
    assert [f.kind for f in note.facts] == [Kind.FACT]


def test_a_line_about_a_customer_managed_thing_is_no_story():
    facts = _quantities("## KMS\n- The customer managed key is rotated every 365 days\n")
    assert [value for *_, value in facts] == ["365 days"]


@pytest.mark.parametrize("line", [
    "- each rule sends matched events to at least 1 target",
    "- a pattern can feed 1 or more targets",
])
def test_at_least_one_is_no_minimum(line):
    assert _quantities(f"## EventBridge\n{line}\n") == []


def test_a_real_minimum_above_one_is_kept():
    facts = _quantities("## ELB\n- an ALB must span at least 2 AZs\n")
    assert [(qualifier, value) for *_, qualifier, value in facts] == [("min", "2 AZs")]


# --- which number a word belongs to ---

def test_a_bracketed_label_right_after_each_value_tells_them_apart():
    facts = _quantities("## S3\n- Glacier Flexible Retrieval restore time: 1–5 min (expedited), "
                        "3–5 h (standard), 5–12 h (bulk)\n")
    attributes = {value: attribute for *_, attribute, qualifier, value in facts
                  if qualifier == "range"}
    assert attributes["3–5 h"].endswith("(standard)") and attributes["5–12 h"].endswith("(bulk)")


def test_an_edge_value_that_took_the_other_values_label_is_asked_of_neither():
    facts = _quantities("## CloudFront\n- Lambda@Edge:: up to 5 s (viewer) / 30 s (origin)\n")
    assert [(attribute, value) for _, _, attribute, _, value in facts] == [
        ("execution timeout (viewer trigger)", "5 s")] or all(
        "viewer" not in attribute for _, _, attribute, _, value in facts if value == "30 s")


def test_a_word_past_a_turn_belongs_to_the_number_after_it():
    facts = _quantities("## Cognito\n- the hook has to answer in 5 seconds, or Cognito retries "
                        "it up to 3 times\n")
    by_value = {value: attribute for *_, attribute, _, value in facts}
    assert "retr" not in by_value["5 s"]


def test_a_line_opening_with_an_edge_function_under_the_cdn_heading_is_lambdas():
    note = parse_note("## CloudFront basics\n- Lambda@Edge code runs when CloudFront calls it; a "
                      "viewer trigger is cut off after 5 seconds\n", "n.md")
    owners = {(f.service, f.subject) for f in note.facts if f.kind is Kind.LIMIT}
    assert owners == {("Lambda", "Lambda@Edge")}


# --- status codes listed on one line ---

def test_each_status_code_in_a_list_keeps_only_its_own_name():
    note = parse_note("## CloudFront\n- error codes\n  - 403 Forbidden, 404 NotFound, "
                      "504 GatewayTimeout (origin too slow)\n", "n.md")
    codes = {f.attribute: f.value for f in note.facts if f.kind is Kind.ERROR_CODE}
    assert codes == {"403": "Forbidden", "404": "NotFound", "504": "GatewayTimeout"}


# --- claims and old values ---

@pytest.mark.parametrize("line", [
    "- Glacier Select scans run up to 300% faster",
    "- Savings Plans: up to 72% cheaper than on-demand",
])
def test_a_percentage_that_compares_is_no_limit(line):
    assert _quantities(f"## S3\n{line}\n") == []


def test_an_availability_percentage_is_still_a_value():
    assert [value for *_, value in _quantities("## S3\n- One Zone-IA availability 99.5%\n")] \
        == ["99.5%"]


def test_an_old_value_is_dropped_and_its_replacement_named_like_it():
    facts = _quantities("## Lambda\n- asynchronous event payload 256 KB (previously; now 1 MB)\n")
    assert [(attribute, value) for _, _, attribute, _, value in facts] == [
        ("invocation payload size (asynchronous)", "1 MB")]


def test_a_scope_per_availability_zone_is_kept():
    facts = _quantities("## EC2\n- spread placement group: at most 7 running instances per AZ\n")
    assert [attribute for _, _, attribute, _, _ in facts] == ["running instances (per az)"]


# --- a plain value beside a stated bound of the same setting ---

def test_a_plain_value_beside_a_maximum_is_named_by_its_own_label():
    facts = _quantities("## RDS\n- Max allocated storage 64 TiB (MySQL), Oracle Standard 32 TiB\n")
    named = {value: (attribute, qualifier) for _, _, attribute, qualifier, value in facts}
    assert named["64 TiB"][1] == "max"
    assert named["32 TiB"][0].endswith("(Oracle Standard)")


def test_a_value_with_a_question_mark_is_not_asked():
    facts = _quantities("## CodeBuild\n- builds time out after 60 min by default, max 8 hours "
                        "(or 36 h?)\n")
    assert "36 h" not in [value for *_, value in facts]


def test_one_min_resolution_is_no_minimum():
    facts = _quantities("## CloudWatch\n- high-res: 1-min datapoints stay 15 days\n")
    assert all(qualifier != "min" for *_, qualifier, _ in facts)


def test_after_a_bracket_or_and_a_service_start_that_services_clause():
    facts = _quantities("## Cognito\n- the Lambda hook has 5 s to reply (sync) or Cognito "
                        "tries again up to 3 times\n")
    owners = {value: service for service, *_, value in facts}
    assert owners.get("3 times") == "Cognito"


def test_a_value_no_word_names_takes_the_nearest_named_setting_of_its_kind():
    facts = _quantities("## Cognito\n- refresh tokens: 30 days by default and configurable "
                        "from 1 hour to 3650 days\n")
    assert all(attribute != "duration" for _, _, attribute, _, _ in facts)
    assert len({attribute for _, _, attribute, _, _ in facts}) == 1


def test_minutes_before_a_number_are_not_a_minimum():
    facts = _quantities("## CloudWatch\n- 5 min 63 days retention for metrics\n")
    assert all(qualifier != "min" for *_, qualifier, _ in facts)


def test_a_threshold_spelled_with_a_typo_is_still_a_threshold():
    facts = _quantities("## SQS\n### Large payloads\n- the S3-backed client is for bodies bigger "
                        "that 256 KB\n")
    assert facts == []


def test_a_hyphened_number_measures_the_noun_it_comes_before():
    # "a 2-minute warning": the number is an adjective of "warning" (was "aws back")
    facts = parse_note("## EC2\n- Spot: up to 90% off, AWS can take it back with a 2-minute "
                       "warning → batch, CI\n", "x.md").facts
    assert [f.attribute for f in facts if f.kind == Kind.LIMIT] == ["warning"]


def test_words_after_a_number_end_with_its_sentence():
    # "60 s minimum. others per hour. no commitment": "others commitment short" named nothing
    facts = parse_note("## EC2 pricing\n- On-Demand: pay per second, 60 s minimum. others per "
                       "hour. no commitment → short workloads\n", "x.md").facts
    limits = [f for f in facts if f.kind == Kind.LIMIT]
    assert limits and all("others" not in f.attribute for f in limits)


def test_a_table_printed_two_up_is_two_tables():
    # "Service | Limit | Service | Limit": a row holds two unrelated rows (a DynamoDB item
    # size was read with the Redis port beside it as "6379 items"; KMS's 4 KB as Cognito's)
    note = parse_note("## Cognito ‖ KMS\n\n| Service | Limit | Service | Limit |\n"
                      "|---|---|---|---|\n"
                      "| users per pool | 40 million | Encrypt API | max 4 KB plaintext |\n"
                      "| ID token | 1 hr default | key deletion | waiting period 7–30 days |\n",
                      "x.md")
    statements = [f.value for f in note.facts if f.kind == Kind.FACT]
    assert "users per pool | 40 million" in statements
    assert "Encrypt API | max 4 KB plaintext" in statements
    # each half is the service the heading names in its place
    assert {f.service for f in note.facts if f.kind != Kind.FACT and f.unit == "B"} == {"KMS"}
    assert "Cognito" in {f.service for f in note.facts if f.unit == "s"}


def test_a_hyphened_number_measures_the_words_it_comes_before_to_the_clause_end():
    # "a 15-min hard cap per invoke" is the hard cap's, not "hard"'s
    facts = parse_note("## Lambda\n- Lambda gets a 15-min hard cap per invoke\n", "x.md").facts
    assert [f.attribute for f in facts if f.kind == Kind.LIMIT] == ["hard cap invoke"]


def test_a_document_db_in_a_dynamodb_line_is_still_dynamodb():
    # "document db" is an ordinary phrase, not Amazon DocumentDB
    facts = parse_note("# DynamoDB\n- a document db and key-value store; item max 400 KB\n",
                       "x.md").facts
    assert {f.service for f in facts if f.kind == Kind.LIMIT} == {"DynamoDB"}


def test_a_two_up_table_under_a_heading_naming_two_services_in_a_phrase_is_the_tables():
    # "## Kinesis Data Streams and Firehose" over one 2-up Kinesis table: its right half is
    # not Firehose's; only a heading split in two ("Cognito ‖ KMS") gives each half a service
    note = parse_note("## Kinesis Data Streams and Firehose\n\n| Setting | Value | Setting | "
                      "Value |\n|---|---|---|---|\n| shards per stream | 500 | retention max | "
                      "365 days |\n| write per shard | 1 MB/s | retention default | 24 hours |\n",
                      "x.md")
    assert {f.service for f in note.facts if f.kind != Kind.FACT} == {"Kinesis Data Streams"}
