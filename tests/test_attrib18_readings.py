"""Session 15 (attrib18): readings of the note shapes of unseen41-43, each a general mechanism
(a ticket's plain lines that name another service in passing, invocation modes said per
sentence or ahead of a destination, a changelog's arrow from an old bound to a new one)."""

from __future__ import annotations

from studycli.extract import parse_note


def _facts(text: str, source: str = "n.txt") -> set[tuple[str, str, str, str, str]]:
    note = parse_note(text, source)
    return {(f.service, f.subject, f.attribute, f.qualifier, f.value)
            for f in note.facts if f.kind != "fact"}


def _services_of(text: str, value: str, source: str = "n.txt") -> set[str]:
    return {s for s, _, _, _, v in _facts(text, source) if v == value}


_TICKET = """STUDY-105
Summary: DynamoDB capacity + limits
Description:
  item size max 400 KB
  on-demand vs provisioned (provisioned + auto scaling). can switch modes once per 24h
  partition limits: 3000 RCU / 1000 WCU per partition
  BatchWriteItem up to 25 items
  DAX = in-memory cache for dynamo, microsecond latency, default item TTL 5 min
  Streams: records kept 24 hours, trigger lambda (event source mapping)
  PITR: continuous backups, restore to any second in last 35 days
"""


def test_a_service_named_in_passing_does_not_move_the_lines_after_it():
    # the ticket's lines after "(provisioned + auto scaling)" were Auto Scaling's, those after
    # "trigger lambda" Lambda's, those after "DAX = ... for dynamo" DAX's
    assert _services_of(_TICKET, "3000 RCUs") == {"DynamoDB"}
    assert _services_of(_TICKET, "25 items") == {"DynamoDB"}
    assert _services_of(_TICKET, "24 h") == {"DynamoDB"}
    assert _services_of(_TICKET, "35 days") == {"DynamoDB"}
    assert _services_of(_TICKET, "5 min") == {"DAX"}  # the line that opens with it is its own


def test_a_line_that_opens_with_a_service_still_moves_the_topic():
    text = "Summary: Kinesis\n  retention default 24 h\n  SQS keeps messages 4 days by default\n" \
           "  max 14 days\n"
    assert _services_of(text, "14 days") == {"SQS"}


def _modes(text: str, source: str = "n.md") -> set[tuple[str, str]]:
    return {(f.subject, f.value) for f in parse_note(text, source).facts
            if f.kind == "invocation_mode"}


def test_a_mode_list_is_read_though_a_destination_follows_it():
    # the DLQ at the line's end dropped the whole line: no invoker of the async mode was read
    text = "# Lambda\n- async (Event): S3, SNS, EventBridge -> Lambda retries 2 times, then DLQ\n"
    assert _modes(text) == {("S3", "asynchronous"), ("SNS", "asynchronous"),
                            ("EventBridge", "asynchronous")}
    # where failures go is still no invoker
    assert _modes("# Lambda\n- async destinations: on failure send to SQS or SNS\n") == set()


def test_each_sentence_says_its_own_invokers_mode():
    # SNS was read as synchronous: the sync mode's "(RequestResponse)" list ran on into the
    # next sentence
    text = "# Lambda\n- API GW -> Lambda is synchronous (RequestResponse). SNS -> Lambda is " \
           "async (Event).\n"
    assert _modes(text) == {("API Gateway", "synchronous"), ("SNS", "asynchronous")}


def test_a_number_after_an_arrow_is_the_target_services():
    text = "# Lambda\n- async (Event): S3, SNS, EventBridge -> Lambda retries 2 times\n"
    assert _services_of(text, "2 times", "n.md") == {"Lambda"}


def test_attempts_total_restates_the_retries():
    # "3 attempts" was read as a second retries value: both dropped as unsure, or the 3 kept
    # as the retries of another service
    for line in ("- Lambda retries 2 times (3 attempts total)",
                 "- asynchronous (Event): S3, SNS, EventBridge, CloudWatch Logs. Lambda retries "
                 "2 times (3 attempts total)"):
        facts = _facts(f"# Lambda\n{line}\n", "n.md")
        assert {(s, a, v) for s, _, a, _, v in facts if a == "retries"} == {
            ("Lambda", "retries", "2 times")}, line


def test_a_bound_that_an_arrow_changes_keeps_only_its_new_value():
    # the old value was read as the minimum: "Lambda max timeout 60s -> 5 min" gave min 60 s
    assert _facts("# Changes\n- 2015-10 Lambda max timeout 60s -> 5 min\n", "n.md") == {
        ("Lambda", "", "execution timeout", "max", "5 min")}
    assert _facts("# Changes\n- Lambda max timeout went from 5 min to 15 min\n", "n.md") == {
        ("Lambda", "", "execution timeout", "max", "15 min")}
    # a span an arrow gives, with no bound named before it, is still a span
    spans = _facts("# Lambda\n- /tmp configurable 512 MB -> 10 GB\n", "n.md")
    assert ("Lambda", "", "ephemeral storage (/tmp)", "min", "512 MB") in spans


def test_a_sentence_names_its_own_numbers():
    # each value took the name the next sentence opens with: 20 s as the visibility timeout,
    # 12 h as the retention period
    text = "# SQS\n- Long poll wait max 20 seconds. Visibility timeout default 30 s, max 12 " \
           "hours. Retention default 4 days, min 60 s, max 14 days.\n"
    named = {(a, q, v) for _, _, a, q, v in _facts(text, "n.md")}
    assert {("long polling wait time", "max", "20 s"), ("visibility timeout", "default", "30 s"),
            ("visibility timeout", "max", "12 h"), ("retention period", "default", "4 days"),
            ("retention period", "max", "14 days")} <= named
    assert ("visibility timeout", "max", "20 s") not in named


_FRAGMENTS = """KMS
symmetric default, AES-256
auto rotation every 1 yr for customer managed
---
KMS quota
5,500 req/s shared in most regions
---
CloudWatch Logs
retention 1 day -> 10 yrs, or never expire (default)
export to S3 takes up to 12 hrs
---
"""


def test_sticky_fragments_split_by_rules_are_lines_not_headings():
    # each fragment was one setext heading of all its lines: its later numbers were no facts,
    # and the export's 12 h went to S3
    facts = _facts(_FRAGMENTS)
    assert ("KMS", "", "interval", "", "1 year") in facts
    assert _services_of(_FRAGMENTS, "5500 requests/s") == {"KMS"}
    assert _services_of(_FRAGMENTS, "12 h") == {"CloudWatch Logs"}


def test_one_rule_under_a_title_block_stays_a_heading():
    text = "Study Guide\nChapter 7 - Databases\n----\n\nRDS backups kept 7 days\n"
    statements = [f for f in parse_note(text, "n.txt").facts if f.kind == "fact"]
    assert [f.attribute for f in statements] == ["study guide chapter 7 - databases"]


def test_a_footnote_is_about_what_cites_it():
    text = "# Kinesis Data Streams\n\nPer shard limits[^12]. Partition key decides the shard.\n" \
           "\n# EventBridge\n\nUp to 5 targets per rule[^10].\n\n" \
           "[^10]: 5 targets per rule, 100 rules per event bus.\n" \
           "[^12]: 1 MB/s or 1,000 records/s in, 2 MB/s out per shard.\n"
    assert _services_of(text, "1000 records/s", "n.md") == {"Kinesis Data Streams"}
    assert _services_of(text, "100 rules", "n.md") == {"EventBridge"}


def test_a_diff_fence_reads_its_added_and_kept_lines_not_its_removed_ones():
    text = "## DynamoDB\n\n```diff\n- DynamoDB item size max 64 KB\n" \
           "+ DynamoDB item size max 400 KB (attr names count towards it)\n" \
           "  storage auto grows in 10 GB increments up to 128 TiB\n```\n"
    values = {v for *_, v in _facts(text, "n.md")}
    assert "400 KB" in values and "128 TiB" in values
    assert "64 KB" not in values  # the removed line is what the notes no longer say


_DIALOGUE = """## NAT, endpoints

Student: NAT gateway bandwidth is 10 Gbps max?
Teacher: Starts at 5 Gbps and scales automatically up to 45 Gbps.
Student: domain registration max?
Teacher: 1-10 years.
"""


def test_a_dialogue_answer_is_about_what_the_question_asks():
    # the answer's numbers were named "starts" and "teacher"; the student's wrong 10 Gbps is
    # still no fact
    facts = _facts(_DIALOGUE, "n.md")
    # (what the teacher's line says, read as said: the parser does not vouch for the figure;
    # checking it against AWS is `check`'s work, not the reading's)
    assert ("VPC", "NAT gateway", "throughput", "max", "45 Gbps") in facts
    assert {a for _, _, a, _, v in facts if v == "10 years"} == {"domain registration"}
    assert "10 Gbps" not in {v for *_, v in facts}


def test_a_line_opening_with_a_subject_of_a_service_the_heading_names_is_that_services():
    # a new user's "## EC2 / EBS": io2 was filed EC2, with no subject
    text = "## EC2 / EBS\n* gp3 baseline 3000 IOPS, 125 MB/s\n* io2 block express up to " \
           "256,000 IOPS\n"
    assert ("EBS", "io2", "IOPS", "max", "256,000 IOPS") in _facts(text, "n.md")
    assert _services_of(text, "3000 IOPS", "n.md") == {"EBS"}


def test_duration_words_and_bounds_of_other_languages():
    text = "# Aurora\n- Backtrack: voltar no tempo sem restore, até 72 horas (só MySQL)\n" \
           "- CloudTrail event history 90 din tak free mein dikhta hai\n" \
           "- Multi-AZ : failover automatique en 60-120 secondes\n"
    facts = _facts(text, "n.md")
    assert ("Aurora", "", "backtrack window", "max", "72 h") in facts
    values = {v for *_, v in facts}
    assert {"90 days", "60–120 s"} <= values


def test_since_names_no_invocation_mode():
    from studycli.extract.invocation import mode_of

    assert mode_of("S3 has been strongly consistent since dec 2020") is None
    assert mode_of("API GW invokes lambda sinc") == "synchronous"  # the typo still reads


_FEATURE = """Feature: Kinesis Data Streams behaviour
  # KDS = real-time, you manage shards (or on-demand mode)

  Scenario: data retention
    Given a new stream
    Then records are kept 24 hours by default

Feature: KMS encryption

  Scenario: deleting a key
    When I schedule key deletion
    Then the waiting period is 7 to 30 days, default 30 days
"""


def test_gherkin_features_and_scenarios_title_their_steps():
    # every scenario after the first feature's was Kinesis's, under the subject "shard"
    assert _services_of(_FEATURE, "7–30 days", "n.feature") == {"KMS"}
    assert _services_of(_FEATURE, "24 h", "n.feature") == {"Kinesis Data Streams"}
