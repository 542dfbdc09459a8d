"""Wrong answers testers found on main (session 47): a byte count shown as "1024 B", a range's
bound answering for the range, `facts` silent on a mistyped service, ..."""

from __future__ import annotations

import pytest

from tests.helpers import first_value, lookup_values, notes_conn, parsed_quantities, run_here

# 9. a byte count is shown in words, its thousands separated ----------------------------------


@pytest.mark.parametrize("line, value", [
    ("- object key max length 1024 bytes (UTF-8)", "1,024 bytes"),
    ("- object key max length 1024B", "1,024 bytes"),
    ("- metadata key max 1 byte", "1 byte"),
    ("- tag value max 256 bytes", "256 bytes"),
])
def test_a_byte_count_is_spelled_out(line, value):
    facts = parsed_quantities(f"# S3\n\n{line}\n")
    assert [v for *_, v in facts] == [value]


def test_a_byte_count_answers_as_a_student_reads_it(tmp_path):
    conn = notes_conn(tmp_path, "# S3\n\n- object key max length 1024 bytes (UTF-8)\n")
    assert first_value(conn, "s3 object key max length") == "1,024 bytes"


# 9. a range's bound answers no better than the range it was read from ------------------------

ARCHIVE = ("# EBS\n\n* EBS Snapshot Archive = 75% cheaper, restore takes 24-72 hr, "
           "min 90 days archived\n")


def test_a_range_outranks_its_own_bound(tmp_path):
    conn = notes_conn(tmp_path, ARCHIVE)
    values = lookup_values(conn, "ebs snapshot archive restore time")
    assert values and values[0] == "24–72 h", values


def test_a_bound_asked_is_still_the_bound(tmp_path):
    conn = notes_conn(tmp_path, "# Lambda\n\n- memory 128 MB - 10,240 MB\n")
    assert first_value(conn, "lambda max memory") == "10,240 MB"


# 7. `facts --service` with a mistyped service suggests the one meant -------------------------


def test_facts_suggests_the_service_a_typo_means(tmp_path):
    notes_conn(tmp_path, "# Lambda\n\n- timeout default 3 sec, max 900 sec\n").close()
    done = run_here("facts", "--service", "lambdaa", db=tmp_path / "facts.db")
    assert done.returncode == 0
    assert "No facts match." in done.stdout
    assert "did you mean: Lambda?" in done.stderr


def test_facts_suggests_nothing_for_a_known_service_with_no_facts(tmp_path):
    notes_conn(tmp_path, "# Lambda\n\n- timeout default 3 sec, max 900 sec\n").close()
    done = run_here("facts", "--service", "dynamodb", db=tmp_path / "facts.db")
    assert "No facts match." in done.stdout
    assert "did you mean" not in done.stderr


# 2. "con/sin", "mit/ohne" batching: the notes' other languages' with/without ----------------


@pytest.mark.parametrize("line", [
    "- FIFO: 300 msg/s sin batching, 3000 con batching",
    "- FIFO: 300 msg/s ohne Batching, 3000 mit Batching",
    "- FIFO: 300 msg/s sans batching, 3000 avec batching",
])
def test_batching_in_another_language_tells_the_two_figures_apart(tmp_path, line):
    conn = notes_conn(tmp_path, f"# SQS\n\n{line}\n")
    assert first_value(conn, "sqs fifo throughput with batching") == "3000 messages/s"
    assert first_value(conn, "sqs fifo throughput without batching") == "300 messages/s"


# 4. a minimum asked is not answered by a default or by the other bound ------------------------


@pytest.mark.parametrize("text, query", [
    ("# Lambda\n\n- timeout dflt 3 sec\n", "lambda min timeout"),
    ("# VPC\n\n- VPC CIDR block size: /16 max\n", "vpc min cidr"),
])
def test_a_minimum_asked_is_not_another_figure(tmp_path, text, query):
    assert lookup_values(notes_conn(tmp_path, text), query) == []


def test_a_minimum_after_a_maximum_is_still_a_minimum(tmp_path):
    # "16, min" is no "16 min" (minutes): the min bounds the /28
    conn = notes_conn(tmp_path, "# VPC\n\n- CIDR: max /16, min /28\n")
    assert first_value(conn, "vpc min cidr") == "CIDR: min /28"
    assert first_value(conn, "vpc max cidr") == "CIDR: max /16"


# 2. a figure the parser named by its kind alone is its label's measure -----------------------

KMS_CARD = "# KMS\n\nKMS automatic key rotation\tevery 1 year\n"


def test_a_cards_interval_answers_no_other_settings_period(tmp_path):
    conn = notes_conn(tmp_path, KMS_CARD, name="cards.tsv")
    assert lookup_values(conn, "kms key deletion waiting period") == []


@pytest.mark.parametrize("query", ["kms key rotation period", "kms rotation frequency"])
def test_a_cards_interval_still_answers_its_own_measure(tmp_path, query):
    conn = notes_conn(tmp_path, KMS_CARD, name="cards.tsv")
    assert first_value(conn, query) == "1 year"


# 1. CloudFront Functions' figure is no Lambda@Edge's, nor the reverse -------------------------


@pytest.mark.parametrize("line", [
    "CloudFront Functions: <1ms max execution. Lambda@Edge: 5s viewer / 30s origin",
    "- CloudFront Functions < 1 ms max execution vs Lambda@Edge 5 s viewer / 30 s origin",
    "- CloudFront Functions: < 1 ms max execution, Lambda@Edge: 5 s viewer / 30 s origin",
])
def test_lambda_at_edge_is_not_given_cloudfront_functions_figure(tmp_path, line):
    conn = notes_conn(tmp_path, f"# CloudFront\n\n{line}\n")
    values = lookup_values(conn, "lambda@edge max duration")
    assert values[:1] != ["1 ms"], values
    assert "5 s" not in lookup_values(conn, "cloudfront functions max execution time")[:1]


def test_a_clause_set_against_another_opens_on_its_own_part():
    facts = parsed_quantities("# CloudFront\n\n- CloudFront Functions < 1 ms max execution "
                              "vs Lambda@Edge 5 s viewer / 30 s origin\n")
    assert {(s, sub) for s, sub, _a, _q, v in facts if v in ("5 s", "30 s")} == {
        ("Lambda", "Lambda@Edge")}


# 2. a capacity named for its scope ("partition throughput") keeps the scope ------------------


def test_a_partitions_throughput_is_filed_per_partition():
    facts = parsed_quantities("# DynamoDB\n\nDynamoDB max partition throughput\t3000 RCU / "
                              "1000 WCU\n", name="cards.tsv")
    assert {a for _s, _sub, a, _q, _v in facts} == {"rcu (per partition)", "wcu (per partition)"}


# 8. a page's address is indented as far as leaves it whole -----------------------------------


def test_an_address_too_long_for_its_indent_is_indented_as_far_as_it_fits():
    from studycli.ui.links import place

    url = "https://docs.aws.amazon.com/general/latest/gr/" + "q" * 28 + ".html"  # 79 chars
    assert len(url) == 79
    assert place(url, 6, 80) == " " + url
    assert place(url, 0, 80) == url
    assert place(url + "xx", 6, 80) == url + "xx"  # wider than the terminal: column 0


# 3. an acknowledgement opening a message or paragraph closes no topic ------------------------
# (a rule that dropped the carried service after "cool." / "ok." / "thanks!" was reverted: the
# line after an acknowledgement is mostly about the same thing, and "ok." is Polish "około")

ACKNOWLEDGED = [
    ("[10:01] me: whats the lambda timeout max\n[10:02] tutor: 15 minutes\n"
     "[10:03] me: thanks! memory max 10 GB then\n[10:04] tutor: yep 10,240 MB\n",
     "chat.txt", "lambda max memory", "Lambda"),
    ("me: how long does sqs keep messages\n\nbot: 4 days default, up to 14 days\n\n"
     "me: cool. visibility timeout default 30 sec\n\nbot: yes, max 12 hours\n",
     "chat.md", "sqs visibility timeout default", "SQS"),
    ("# Week 3\n\nLambda: timeout 15 min max.\n\nGreat. Memory up to 10 GB.\n\n"
     "Also /tmp is 10 GB max.\n", "week3.md", "lambda max tmp storage", "Lambda"),
    ("## Week 2\n\nDynamoDB item max 400 KB.\n\nok. 20 GSI na tabele, 5 LSI.\n",
     "tydzien2.md", "dynamodb max gsi", "DynamoDB"),
]


@pytest.mark.parametrize("text, name, query, service", ACKNOWLEDGED)
def test_an_acknowledgement_keeps_the_topic_talked_about(tmp_path, text, name, query, service):
    from studycli.lookup import lookup

    hits = lookup(notes_conn(tmp_path, text, name=name), query, limit=3).to_json()
    assert hits and hits[0]["service"] == service, hits[:1]
    assert hits[0]["kind"] != "fact", hits[:1]  # its figure, not the line as a statement


@pytest.mark.parametrize("text, query, value", [
    # an outline's "b." is no word naming another measure
    ("# RDS\n\n- automated backups\n    - retention default 7 days\n    - b. max 35 days\n",
     "rds backup retention max", "35 days"),
    # a range's own clause, not the clause before it, names its measure
    ("KMS customer managed key rotation :: optional, yearly by default, can set 90 days to "
     "2560 days\n", "customer managed kms key rotation period", None),
])
def test_a_figure_named_by_its_kind_keeps_its_answer(tmp_path, text, query, value):
    values = lookup_values(notes_conn(tmp_path, text, name="cards.txt"), query)
    assert values, query
    if value:
        assert values[0] == value
