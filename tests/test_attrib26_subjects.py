"""Facts filed under the right subject and measure (session 26): a bound after a closed aside
is still its item's ("default expiry 3600 s (1 hr), max 7 days" is the presigned URL's, and
"s3 presigned url max expiry" answers it); a plain value beside a stated default is another
case of it, not a second default; what a size measures where notes write a parameter or a
second cap ("multipart_threshold", "TotalSegments", "25 items (or 4 MB)"). Each with its
near-misses, which stay as they were."""

import pytest

from studycli.extract import parse_note
from studycli.model import Kind
from tests.helpers import lookup_values, notes_conn


def _limits(text: str) -> set[tuple[str, str, str, str, str]]:
    return {(f.service, f.subject, f.attribute, f.qualifier, f.value)
            for f in parse_note(text, "n.md").facts if f.kind is not Kind.FACT}


@pytest.mark.parametrize("line, bound", [
    ("- presigned URL: default expiry 3600 s (1 hr), CLI max 604800 s = 7 days", "7 days"),
    ("- Presigned URL: default expiry 3600 s (1 h); max 7 days with IAM user creds", "7 days"),
    ("- presigned URL default expiry 3600 s (1 hr); CLI max 7 days (604800 sec)", "7 days"),
    ("S3 presigned URL default expiry :: 3600 s (1 h); CLI max 168 hours (7 days)", "168 h"),
])
def test_a_bound_after_a_closed_aside_is_still_the_items(line, bound):
    facts = _limits(f"# S3\n{line}\n")
    assert ("S3", "presigned URL", "max") == next(
        (s, sub, q) for s, sub, _, q, v in facts if v == bound), facts
    # its restatement in brackets is the same fact, not a subjectless second one
    assert all(sub == "presigned URL" for _, sub, *_ in facts), facts


def test_a_bound_after_an_aside_of_words_is_not_the_items():
    # "(push over HTTP/2, ...)" is no amount of the shard's: the stream's bound after it is
    # no shard's
    facts = _limits("# Kinesis Data Streams\n- with enhanced fan-out each consumer gets its own "
                    "2 MB/s per shard (push over HTTP/2, SubscribeToShard), max 20 EFO "
                    "consumers per stream.\n")
    assert not any(sub == "shard" and "20" in v for _, sub, _, _, v in facts), facts


def test_a_new_item_after_a_closed_aside_still_ends_the_subject():
    facts = _limits("# EBS\n- Recycle Bin for accidental delete (1 day - 1 yr retention), "
                    "Archive tier 75% cheaper (restore 24-72 h)\n")
    assert not any(sub == "Recycle Bin" and "72" in v for _, sub, _, _, v in facts), facts


def test_a_plain_value_beside_a_default_and_a_bound_is_another_case():
    facts = _limits("# RDS\n- automated backup: retention default 7days in console (1day if "
                    "create by CLI), max 35days, 0 = disable backups\n")
    assert ("RDS", "automated backups", "retention period", "default", "7 days") in facts, facts
    assert ("RDS", "automated backups", "retention period", "max", "35 days") in facts, facts
    defaults = {v for *_, q, v in facts if q == "default"}
    assert defaults == {"7 days"}, facts  # the CLI's 1 day is no second default
    assert ("RDS", "automated backups", "retention period (create)", "", "1 day") in facts
    via = _limits("# RDS\n- automated backups: retention default 7 days (console), 1 day via "
                  "API/CLI, max 35 days\n")
    assert {v for *_, q, v in via if q == "default"} == {"7 days"}, via


def test_a_plain_duration_below_a_bound_with_no_default_stated_is_still_the_default():
    facts = _limits("# SQS\n- message retention 4 days, max 14 days\n")
    assert ("SQS", "", "retention period", "default", "4 days") in facts, facts


def test_a_span_up_to_a_maximum_named_elsewhere_starts_at_its_minimum():
    facts = _limits("# STS\nSTS AssumeRole: default session 1 hour, range 15 min up to the "
                    "role's max session duration (max 12 h).\n")
    assert ("STS", "AssumeRole", "session duration", "min", "15 min") in facts, facts
    assert {v for *_, q, v in facts if q == "default"} == {"1 h"}, facts


def test_when_a_post_was_written_is_no_setting():
    posted = _limits("# Lambda\nAsked 3 years ago   Modified 8 months ago   Viewed 41k times\n"
                     "> **u/subnet_sally** · 3 days ago\n")
    assert not any(v.endswith(("years", "months", "days")) for *_, v in posted), posted
    # a bound on how long ago is still read: how recent a restore point can be
    pitr = _limits("# RDS\n- txn logs every 5 min -> PITR up to 5 min ago\n")
    assert any(v == "5 min" for *_, v in pitr), pitr


def test_an_example_in_another_language_is_no_value():
    facts = _limits("# ELB\nDeregistration delay: domyślnie 300 sekund, zakres 0–3600 sekund. "
                    "Ustaw niski (np. 30 s) jeśli requesty są krótkie.\n")
    assert not any(v == "30 s" for *_, v in facts), facts
    assert ("ELB", "", "deregistration delay", "default", "300 s") in facts, facts


def test_the_size_an_upload_goes_multipart_at_is_no_object_size():
    code = _limits("# S3\n- upload_file switches to multipart once file > multipart_threshold "
                   "(TransferConfig default 8 MB), default max_concurrency 10\n")
    assert ("S3", "", "multipart threshold", "default", "8 MB") in code, code
    advice = _limits("# S3\n- max single object = 5 TB\n  - multipart recommended once file "
                     "> 100 MB\n")
    assert ("S3", "", "multipart threshold", "", "100 MB") in advice, advice
    # the single PUT's and the parts' sizes beside it keep their names
    put = _limits("# S3\n- S3 object max 5 TB, single PUT max 5 GB -> multipart recommended "
                  "> 100 MB, required > 5 GB\n")
    assert ("S3", "", "single PUT upload size", "max", "5 GB") in put, put
    parts = _limits("# S3\n- multipart recommended for anything > 100 MB, parts 5 MB to 5 GB, "
                    "max 10,000 parts\n")
    assert ("S3", "", "part size", "max", "5 GB") in parts, parts


def test_a_parameter_named_total_is_no_request_total():
    facts = _limits("# DynamoDB\nDynamoDB Scan max returned per call :: 1 MB, use parallel "
                    "scan (Segment/TotalSegments) for speed\n")
    assert not any(a.startswith("request payload size") for _, _, a, _, _ in facts), facts
    total = _limits("# DynamoDB\n- BatchWriteItem: up to 25 items, 16 MB total\n")
    assert any(a == "request payload size" and v == "16 MB" for _, _, a, _, v in total), total


def test_a_second_cap_in_brackets_is_the_requests_size():
    facts = _limits("# DynamoDB\nQ: max items in a TransactWriteItems call?\n"
                    "A: 25 items (or 4 MB)\n")
    assert not any(a == "item size" for _, _, a, _, _ in facts), facts
    assert any(a == "request payload size" and v == "4 MB" for _, _, a, _, v in facts), facts


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    db = notes_conn(tmp_path_factory.mktemp("attrib26"),
                    "# S3\n"
                    "- presigned URL: default expiry 3600 s (1 hr), CLI max 604800 s = 7 days\n"
                    "- upload_file switches to multipart once file > multipart_threshold "
                    "(TransferConfig default 8 MB)\n"
                    "- max object size 5 TB\n")
    yield db
    db.close()


@pytest.mark.parametrize("query, value", [
    ("s3 presigned url max expiry", "7 days"),
    ("s3 max object size", "5 TB"),
])
def test_lookup_answers_with_the_subjects_fact(conn, query, value):
    assert lookup_values(conn, query)[:1] == [value], lookup_values(conn, query)


def test_a_count_of_policies_users_or_parameters_is_no_policy_size():
    facts = _limits("# IAM\n- managed policy max 6,144 chars, 5,000 users per account\n"
                    "- IAM max managed policies per role :: 10 (can raise to 20)\n")
    assert ("IAM", "", "policy size", "max", "6144 characters") in facts, facts
    assert ("IAM", "", "users (per account)", "", "5000 users") in facts, facts
    # (managed ones: inline policies have no such count, session 27)
    assert ("IAM", "", "managed policies (per role)", "max", "10 managed policies") in facts, facts
    assert not any(a.startswith("policy size") and "characters" not in v
                   for _, _, a, _, v in facts), facts


def test_messages_in_flight_are_no_batch_received():
    facts = _limits("# SQS\nIn-flight limit (received but not deleted) for a standard queue is "
                    "~12,000 msgs, after that you get OverLimit.\n"
                    "- ReceiveMessage max 10 msgs per call\n")
    assert ("SQS", "standard queue", "in-flight messages", "", "12,000 messages") in facts, facts
    assert ("SQS", "ReceiveMessage", "batch size (per call)", "max", "10 messages") in facts


def test_where_a_scaling_starts_and_ends_are_its_bounds():
    facts = _limits("# VPC\n- NAT Gateway: managed, AZ-scoped, starts at 5 Gbps and scales to "
                    "45 Gbps\n")
    assert facts == {("VPC", "NAT gateway", "throughput", "min", "5 Gbps"),
                     ("VPC", "NAT gateway", "throughput", "max", "45 Gbps")}, facts


def test_a_range_whose_ends_are_one_amount_is_that_amount():
    facts = _limits("# S3\n- presigned URL: CLI/SDK with IAM user max 7 days - 604800 sec\n")
    assert facts == {("S3", "presigned URL", "URL expiry", "max", "7 days")}, facts


def test_what_a_query_or_scan_returns_per_page_is_the_page_size():
    facts = _limits("# DynamoDB\n- If Scan is slow / burns RCU → max 1 MB per page; parallel "
                    "scan (Segment/TotalSegments), or Query instead\n")
    assert facts == {("DynamoDB", "", "page size", "max", "1 MB")}, facts


def test_a_bound_the_item_said_already_begins_another_case():
    # "console max 12 hours" after the CLI's max is no second max of the same item: read as
    # one, the two were unsure which is which and both lost
    facts = _limits("# S3\n- Presigned URL: CLI/SDK max 7 days (604800 s), console max 12 "
                    "hours.\n")
    assert ("S3", "presigned URL", "URL expiry", "max", "7 days") in facts, facts
    assert not any(sub == "presigned URL" and v == "12 h" for _, sub, _, _, v in facts), facts


def test_an_escaped_line_break_ends_a_clause():
    # a calendar description too long to be placed line by line is read as written, its
    # lines joined by the escape "\n": the bound of the line before is not this number's
    facts = _limits("# IAM\nDESCRIPTION:IAM basics:\\n- max 2 access keys per user\\n- managed "
                    "policies attached per user/role/group: 10 by default (quota can go to 20)\n")
    assert ("IAM", "", "managed policies (per user)", "default", "10 managed policies") in facts, \
        facts
    assert not any(v == "10 managed policies" and q == "max" for *_, q, v in facts), facts
